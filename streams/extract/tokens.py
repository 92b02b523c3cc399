"""Per-paragraph token strings, offsets and sentence bounds, read in one pass.

doc[i] builds a new Token object on every access, and Token.sent rescans the
doc: the rules read these tables instead.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Hashable
from operator import add
from typing import Any

from spacy.attrs import IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .docstate import SENT_STARTS
from .tokenizer import SHAPE_KEY


# The token attributes read from the Doc; the word's own ones (its string, lower
# case, IS_PUNCT, IS_ALPHA, IS_STOP) are read once per word of a vocabulary (_ORTHS).
ORTH_ATTRS = [ORTH, IDX, LENGTH, SPACY]
MAX_WORDS = 500_000     # words a vocabulary's _ORTHS keeps before it starts afresh
TABLE_KEY = "diplo_tokens"
LOWERS_KEY = "diplo_lowers"
SENT_STARTS_KEY = SENT_STARTS
SENT_SPANS_KEY = "diplo_sentence_spans"


def text_of(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds it from the tokens on every access."""
    last = _last
    if last[0] is doc:
        return last[1].whole     # (the text the table was cut from: this one)
    text = doc.user_data.get("diplo_text")
    if text is None:
        text = doc.user_data["diplo_text"] = doc.text
    return text


class TokenTable:
    """Per-doc token strings and offsets, made in one pass: doc[i] builds a new
    Token object on every access, which costs more than the rules themselves."""

    __slots__ = ("text", "lower", "idx", "punct", "space", "alpha", "stop", "end", "whole", "word_set", "columns")

    def __init__(self, doc: Doc) -> None:
        # One array read instead of a Token object per token.  LOWER is
        # str.lower of the text; the flags are 0/1 (SPACY: a space follows;
        # IS_PUNCT, IS_ALPHA, IS_STOP: the word's lexeme's, as to_array gives
        # them, but read once per word: to_array costs several times more per
        # flag than per offset).
        text = self.whole = text_of(doc)
        shape = doc.user_data.pop(SHAPE_KEY, None)
        if shape is not None and shape[0] is text and len(shape[1]) == len(doc):
            _, orths, idx, length, self.space = shape    # read by the tokenizer already (_rejoin)
        else:
            orths, idx, length, self.space = doc.to_array(ORTH_ATTRS).T.tolist()
        self.idx = idx
        self.end = list(map(add, idx, length))
        # The token strings from their word's row, by ORTH (the string's id):
        # the same strings as the paragraph's slices (a token's ORTH is its
        # text), with no slice made and hashed per token.  Per-token work in C
        # (map, zip) where it can be: a Python loop over the tokens costs
        # several hundred instructions a token.
        by_orth = _orths_of(doc.vocab)
        rows = list(map(by_orth.get, orths))
        try:
            # A word not seen before leaves a None, which zip refuses: cheaper
            # than a `None in rows` scan on every paragraph, as most have none.
            columns = zip(*rows)
        except TypeError:
            rows = [row or _orth_row(doc.vocab, by_orth, o) for row, o in zip(rows, orths)]
            columns = zip(*rows)
        if rows:
            self.text, self.lower, self.punct, self.alpha, self.stop, *self.columns = map(list, columns)
        else:
            self.text, self.lower, self.punct, self.alpha, self.stop = [], [], [], [], []
            self.columns = [[] for _ in _columns_of(doc.vocab).judges]
        # The paragraph's lower-case words as a set, for the "does the paragraph hold any of
        # these words" tests (word_set.isdisjoint(S)): a set against a set walks the smaller
        # one (a word list walks every token into S, a lookup into a lexicon table each).
        self.word_set = set(self.lower)


# vocab id -> (the vocab, ORTH -> (the word, its lower case, IS_PUNCT, IS_ALPHA, IS_STOP, the word's
# columns: see word_column)): the flags depend on the language (its stop words), so each vocabulary
# keeps its own.
_ORTHS: dict[int, tuple[Vocab, dict[int, tuple]]] = {}


def _orths_of(vocab: Vocab) -> dict[int, tuple]:
    held = _ORTHS.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _ORTHS[id(vocab)] = (vocab, {})
    return held[1]


def _orth_row(vocab: Vocab, by_orth: dict[int, tuple], orth: int) -> tuple:
    """A word's string, lower case, lexeme flags and columns, by its ORTH, kept in `by_orth`."""
    if len(by_orth) > MAX_WORDS:      # a stream's vocabulary keeps growing
        by_orth.clear()
    word = vocab.strings[orth]
    lex = vocab[word]
    low = word.lower()
    if low == word:
        low = word      # one string, not two equal ones (str.lower makes a new one)
    row = by_orth[orth] = (word, low, int(lex.is_punct), int(lex.is_alpha), int(lex.is_stop),
                           *map(_shared, [judge(word, low) for judge in _columns_of(vocab).judges]))
    return row


# One object per value of the rows' int and str columns (word bits, lemma marks), shared by the words
# that have it: a paragraph's rows are split by zip, which touches each value it hands out (a count
# written in the object), so a value shared by many words is one memory line, not one a word.
_SHARED: dict = {}


def _shared(value: Any) -> Any:
    if type(value) is int or type(value) is str:    # (not bool: True == 1 would come back as 1)
        if len(_SHARED) > MAX_WORDS:
            _SHARED.clear()
        return _SHARED.setdefault(value, value)
    return value


# What a word's row holds besides its strings and flags: what the rules judge of the word alone, each
# judgment in a column of its own (TokenTable.columns).  A memo of its own per judgment (word -> value)
# is one table lookup a token per judgment, each in a different large table (a cache miss apiece); the
# row is read once a token anyway (TokenTable), and its columns come with it, split in C.
MAX_COLUMNS = 16    # columns a vocabulary's rows hold; past them word_column gives None


class _Columns:
    __slots__ = ("vocab", "judges", "keys")

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.judges: list[Callable[[str, str], Any]] = []
        self.keys: dict[Hashable, int] = {}


_COLUMNS: dict[int, _Columns] = {}


def _columns_of(vocab: Vocab) -> _Columns:
    held = _COLUMNS.get(id(vocab))
    if held is None or held.vocab is not vocab:
        held = _COLUMNS[id(vocab)] = _Columns(vocab)
    return held


def word_column(vocab: Vocab, key: Hashable, judge: Callable[[str, str], Any]) -> int | None:
    """The index in TokenTable.columns of the column that holds judge(word, lower case) of each
    token's word, judged once per word of the vocabulary (a pure function of the word: the same
    key, the same judge).  None past MAX_COLUMNS: the caller judges the words itself.  A table
    made before the column's first call has no such column (check len(table.columns))."""
    held = _columns_of(vocab)
    index = held.keys.get(key)
    if index is None:
        if len(held.judges) >= MAX_COLUMNS:
            return None
        index = held.keys[key] = len(held.judges)
        held.judges.append(judge)
        _orths_of(vocab).clear()    # the rows made before lack the column
    return index


def forget_column(vocab: Vocab, key: Hashable) -> None:
    """Drop the column of `key` (its judge has changed): the rows are made again without it
    (its index stays taken, by a column of None)."""
    held = _columns_of(vocab)
    index = held.keys.pop(key, None)
    if index is not None:
        held.judges[index] = _no_judgment
        _orths_of(vocab).clear()


def _no_judgment(word: str, low: str) -> None:
    return None


class WordColumn:
    """One owner's column (word_column) in the rows of the vocabularies it reads, by the key it was
    registered under: where the owner's key changes (its judge's data grew), it is registered again."""

    __slots__ = ("vocab", "key", "index")

    def __init__(self) -> None:
        self.vocab: Vocab | None = None
        self.key: Hashable = None
        self.index: int | None = None

    def values(self, table: TokenTable, vocab: Vocab, key: Hashable,
               judge: Callable[[str, str], Any]) -> list | None:
        """judge(word, lower case) of each token of `table` (a Doc's of `vocab`), from its column;
        None where the column is not to be had (the caller judges the words itself)."""
        if self.vocab is not vocab or self.key != key:
            if self.vocab is vocab:
                forget_column(vocab, self.key)
            self.vocab, self.key, self.index = vocab, key, word_column(vocab, key, judge)
        index = self.index
        return table.columns[index] if index is not None and index < len(table.columns) else None


# The Doc last asked for and its table: ~40 calls a paragraph ask for the same Doc, and an
# identity test is cheaper than reading doc.user_data (a Cython property, then a dict).
# The tuple holds the Doc, so no other Doc can take its id; one tuple is swapped whole.
_last: tuple[Doc | None, TokenTable | None] = (None, None)


def token_table(doc: Doc) -> TokenTable:
    global _last
    last = _last
    if last[0] is doc:
        return last[1]
    try:
        table = doc.user_data[TABLE_KEY]
    except KeyError:
        table = doc.user_data[TABLE_KEY] = TokenTable(doc)
        doc.user_data[LOWERS_KEY] = table.lower
    _last = (doc, table)
    return table


def release(doc: Doc) -> None:
    """Forget `doc` as the Doc last asked for (the extractor calls this when its paragraph is done):
    held here, the paragraph's Doc and all it holds would be freed only when the next paragraph asks
    for its table, after that one's first allocations took fresh memory instead of theirs (still
    in the caches)."""
    global _last
    if _last[0] is doc:
        _last = (None, None)


def lowers(doc: Doc) -> list[str]:
    # Called tens of times per paragraph: an identity test once the table exists.
    last = _last
    if last[0] is doc:
        return last[1].lower
    try:
        return doc.user_data[LOWERS_KEY]
    except KeyError:
        return token_table(doc).lower


def token_starts(doc: Doc) -> list[int]:
    return token_table(doc).idx


def joining_hyphen(doc: Doc, i: int) -> bool:
    """Token i (i > 0) is a hyphen written tight between two words: "Kassym-Jomart",
    "Australia-Indonesia", "Western-supplied"."""
    return hyphen_joins(token_table(doc), i)


def hyphen_joins(table: TokenTable, i: int) -> bool:
    """joining_hyphen, for a caller that holds the Doc's table already."""
    return table.text[i] == "-" and not table.space[i - 1] and not table.space[i]


def char_span(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Character offsets of tokens s..e (exclusive), from the token table."""
    table = token_table(doc)
    return table.idx[s], table.end[e - 1]


def span_text(doc: Doc, s: int, e: int) -> str:
    """doc[s:e].text without building the Span: a slice of the paragraph."""
    table = token_table(doc)
    return text_of(doc)[table.idx[s]:table.end[e - 1]]


class Sentence:
    """A sentence's token and character bounds: what the rules read of it
    (a spaCy Span costs more to build than the lookups it serves)."""

    __slots__ = ("start", "end", "start_char", "end_char")

    def __init__(self, start: int, end: int, start_char: int, end_char: int) -> None:
        self.start, self.end, self.start_char, self.end_char = start, end, start_char, end_char


def sentence_of(doc: Doc, i: int) -> Sentence:
    """The sentence holding token i (cheaper than doc[i].sent)."""
    # Read from user_data (where the sent_starts extension lives): doc._ builds
    # an accessor object on every access, and this runs for every trigger and cue.
    data = doc.user_data
    starts = data.get(SENT_STARTS_KEY) or [0]
    k = bisect_right(starts, i) - 1
    # The sentences of the paragraph, made once.
    cached = data.get(SENT_SPANS_KEY)
    if cached is None or cached[0] is not starts:
        table = token_table(doc)
        n = len(table.idx)
        ends = [*starts[1:], n]
        cached = data[SENT_SPANS_KEY] = (starts, [
            Sentence(a, b, table.idx[a] if a < n else 0, table.end[b - 1] if b > a else (table.idx[a] if a < n else 0))
            for a, b in zip(starts, ends)])
    return cached[1][k]


def phrase_length(low: list[str], i: int, phrases) -> int:
    """Tokens of the longest of `phrases` (token tuples) starting at token i, else 0."""
    by_word = _by_word(phrases, 0)
    if by_word is not None and 0 <= i < len(low):
        phrases = by_word.get(low[i], ())     # only those that begin with the word there
    # Loops, not generators: these run at many tokens, over a phrase or two each,
    # and building a generator costs more than the comparisons.
    best = 0
    for p in phrases:
        if len(p) > best and tuple(low[i:i + len(p)]) == p:
            best = len(p)
    return best


def phrase_ends_at(low: list[str], k: int, phrases, lo: int = 0) -> bool:
    """One of `phrases` ends right before token k, not starting before lo."""
    return phrase_length_before(low, k, phrases, lo) > 0


def phrase_length_before(low: list[str], k: int, phrases, lo: int = 0) -> int:
    """Tokens of the longest of `phrases` that ends right before token k, not starting before lo, else 0."""
    by_word = _by_word(phrases, -1)
    if by_word is not None and 0 < k <= len(low):
        phrases = by_word.get(low[k - 1], ())     # only those that end with the word there
    best = 0
    for p in phrases:
        if len(p) > best and k - len(p) >= lo and tuple(low[k - len(p):k]) == p:
            best = len(p)
    return best


# A word class's phrases by their first (0) or last (-1) word, for the tuples
# of MIN_INDEXED phrases or more that the grammar holds (a rule asks about
# one phrase at many tokens, and most tokens begin or end none of them).
MIN_INDEXED = 4
MAX_INDEXED = 256   # tuples kept indexed (the grammar has a few dozen)
_INDEXED: dict[tuple[int, int], tuple[tuple, dict[str, list[tuple[str, ...]]] | None]] = {}


def phrases_beginning(phrases, word: str):
    """Those of `phrases` (token tuples) that may begin with `word`, in their order: all
    of them for a short or unindexable list."""
    by_word = _by_word(phrases, 0)
    return phrases if by_word is None else by_word.get(word, ())


def _by_word(phrases, at: int) -> dict[str, list[tuple[str, ...]]] | None:
    """`phrases` by the word at `at`, or None (a short or unindexable list: look through it all)."""
    if type(phrases) is not tuple or len(phrases) < MIN_INDEXED:
        return None
    held = _INDEXED.get((id(phrases), at))
    if held is None or held[0] is not phrases:      # (holding the tuple keeps its id from reuse)
        if len(_INDEXED) >= MAX_INDEXED:
            _INDEXED.clear()
        by_word: dict[str, list[tuple[str, ...]]] | None = {}
        for p in phrases:
            if type(p) is not tuple or not p:
                by_word = None      # an empty phrase matches everywhere
                break
            by_word.setdefault(p[at], []).append(p)
        held = _INDEXED[id(phrases), at] = (phrases, by_word)
    return held[1]
