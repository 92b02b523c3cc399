"""The tokenizer of every pipeline: spaCy's own for the language, with one more
infix, and bounded on text with no spaces.

Registered as a spaCy tokenizer so that it is built once with its final
rules: setting `infix_finditer` on a built tokenizer reloads all its special
cases, which for Indonesian (about 16,000 hyphenated exceptions) costs a
second or more of start-up.

spaCy strips affixes off a space-free chunk one at a time, and at each step
searches its regexes over (and copies) the whole rest of the chunk: quadratic
in the chunk's length (20,000 quote marks in a row took close to a minute),
and dear even on short chunks dense with marks.  Here the affix searches read
a window of AFFIX_WINDOW characters at the chunk's edge (an affix is a few
characters long), and a chunk of LONG_CHUNK characters or more, no word of
news prose (the longest in our gold has 19), is tokenized in slices of SLICE
characters: its tokens may break at a slice's edge, and the cost stays linear.

A tokenizer exception that only keeps a hyphenated word whole ("anak-anak",
"Abu-abu": 15,577 of Indonesian's 16,000) is answered from a set instead of
being added as a special case: spaCy builds every special case's lexemes and
affix analysis at start-up, 1.5-3 s for Indonesian alone.  `token_match` asks
the set wherever spaCy would look for a special case of the string left after
an affix, and `_rejoin` merges such a word back where another infix split its
chunk ("anak-anak/remaja"), as spaCy's special-case matcher does: the tokens are
the same (tests/extract/test_tokenizer.py).
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import eq
from collections.abc import Callable, Iterable
from typing import Any
from re import _constants as sre_constants, _parser as sre_parser

from spacy import registry, util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.attrs import IDX, LENGTH, ORTH as ORTH_ATTR, SPACY
from spacy.strings import get_string_id
from spacy.symbols import ORTH
from spacy.tokens import Doc

LONG_CHUNK = 100
SHAPE_KEY = "diplo_shape"   # (text, ORTH, IDX, LENGTH, SPACY) _rejoin read and kept
SLICE = 16
PUNCT_RUN = 4       # the longest run of punctuation in our gold has 2 characters
AFFIX_WINDOW = 8    # characters an affix search reads: an affix and its context
STEP_BUDGET = 4000  # affix searches a paragraph may take before the bounded way
MAX_WINDOWS = 20_000    # affix windows whose search answer is kept (most answers are None)
_LONG = re.compile(rf"\S{{{LONG_CHUNK},}}")
_RUN = re.compile(rf"[^\w\s]{{{PUNCT_RUN},}}")


class _TooDear(Exception):
    """A long chunk, or more affix steps than the budget: take the bounded way."""


class _Budget:
    left = float("inf")     # no limit outside a call (special cases load at start-up)


def _windowed(search: Callable | None, head: bool, budget: _Budget) -> Callable | None:
    """The prefix (head) or suffix search, run on the first or last
    AFFIX_WINDOW characters only, so that each affix step costs the same
    whatever the chunk's length (the suffix regex costs about 1 µs per
    character it is searched over).  The answer for a window is kept: spaCy
    caches no chunk that a special case splits ("(17/4/2025),", "AS,"), so
    the same few windows are searched again in every paragraph that has them
    (a regex search costs some 10 µs; the answer, a match object, is only read)."""
    if search is None:
        return None
    seen: dict[str, Any] = {}

    def find(string: str):
        budget.left -= 1
        if len(string) >= LONG_CHUNK or budget.left < 0:
            raise _TooDear
        window = string[:AFFIX_WINDOW] if head else string[-AFFIX_WINDOW:]
        try:
            return seen[window]
        except KeyError:
            if len(seen) >= MAX_WINDOWS:     # a bounded memo
                seen.clear()
            found = seen[window] = search(window)
            return found
    return find


def prefix_search(prefixes: Iterable[str]) -> Callable:
    """compile_prefix_regex(prefixes).search, answering the same, faster.

    spaCy anchors each prefix with "^" and joins them; an anchor in every
    branch keeps the regex engine from skipping positions, so a word with no
    prefix (most of them) is tried at each of its characters against every
    branch (Indonesian: 171 branches, ~20 us a word against ~1 us).  A match
    at the start is the same whichever way it is asked, so the prefixes are
    matched unanchored at position 0; only a branch a piece leaves without
    its anchor ("<a([^>]+)>" of "<(b|…)\\s?/>|<a([^>]+)>") can match further
    on, and the anchored search is asked then, where that branch's first
    character occurs after the start."""
    pieces = [p for p in prefixes if p.strip()]
    regex = re.compile("|".join("^" + p for p in pieces))     # as util.compile_prefix_regex
    loose = _loose_starts(regex)
    if loose is None:
        return regex.search     # anchored as a whole (the engine tries the start only), or not understood
    start = re.compile("|".join(pieces)).match
    search = regex.search

    def find(string: str):
        found = start(string)
        if found is None and loose and not loose.isdisjoint(string[1:]):
            return search(string)
        return found
    return find


def _loose_starts(regex: re.Pattern) -> frozenset[str] | None:
    """The first characters of the branches of `regex` not anchored at the
    start, when there are anchored branches and every loose one begins with a
    literal character; else None."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        tree = list(sre_parser.parse(regex.pattern, regex.flags))
    except (re.error, AttributeError, TypeError):
        return None
    if len(tree) != 1 or tree[0][0] is not sre_constants.BRANCH:
        return None
    firsts = set()
    for branch in tree[0][1][1]:
        head = list(branch)[:1]
        if head == [(sre_constants.AT, sre_constants.AT_BEGINNING)]:
            continue
        if not head or head[0][0] is not sre_constants.LITERAL:
            return None
        firsts.add(chr(head[0][1]))
    return frozenset(firsts)


def _sliced(segment: str):
    """segment cut before and after every long chunk, and long chunks into slices."""
    at = 0
    for m in _LONG.finditer(segment):
        if m.start() > at:
            yield segment[at:m.start()]
        yield from (segment[i:min(i + SLICE, m.end())] for i in range(m.start(), m.end(), SLICE))
        at = m.end()
    if at < len(segment):
        yield segment[at:]


def _pieces(text: str):
    """(piece, one token per character?) covering text in order: runs of
    punctuation apart, one token per character, the rest for spaCy in slices."""
    at = 0
    for m in _RUN.finditer(text):
        yield from ((p, False) for p in _sliced(text[at:m.start()]))
        yield m.group(), True
        at = m.end()
    yield from ((p, False) for p in _sliced(text[at:]))


class BoundedTokenizer(Tokenizer):
    """spaCy's Tokenizer, the same on any paragraph without a space-free chunk
    of LONG_CHUNK characters and within the step budget (every paragraph of
    our gold).  Else the paragraph is tokenized in pieces: long chunks in
    slices of SLICE characters (tokens may break at a slice's edge), runs of
    PUNCT_RUN or more punctuation characters one token per character (as
    spaCy mostly splits them), the rest by spaCy."""

    budget: _Budget
    whole: frozenset[str] = frozenset()

    def __call__(self, text: str) -> Doc:
        doc, whole_text = self._tokenize(text)
        if self.whole and "-" in text:
            return _rejoin(doc, self.whole, text if whole_text else doc.text, whole_text)
        return doc

    def _tokenize(self, text: str) -> tuple[Doc, bool]:
        """(the Doc, whether it is spaCy's own: its offsets index `text`)."""
        self.budget.left = STEP_BUDGET
        try:
            return super().__call__(text), True
        except _TooDear:
            pass
        finally:
            self.budget.left = float("inf")
        # The pieces' tokens joined into one Doc (Doc.from_docs is slower by far);
        # special-case attributes such as NORM are not carried over, for text no
        # news paragraph holds.
        words, spaces = [], []
        for piece, by_char in _pieces(text):
            if by_char:
                words += piece
                spaces += [False] * len(piece)
                continue
            for i, n, space in super().__call__(piece).to_array([IDX, LENGTH, SPACY]).tolist():
                words.append(piece[i:i + n])
                spaces.append(bool(space))
        return Doc(self.vocab, words=words, spaces=spaces), False


# "U.S.-drafted", "U.N.-backed": an abbreviation's final dot hides the hyphen
# from spaCy's infix rule for letters, and with it the actor.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
NAME = "diplo.Tokenizer.v1"


HYPHEN = get_string_id("-")     # the ORTH of a hyphen token
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
MAX_HYPHENS = 4     # the most hyphens a kept-whole word may hold (Indonesian's have 3)
MANY = 1000         # fewer such words stay special cases: the set and _rejoin would not pay (English has 37)


def split_exceptions(exceptions: dict[str, list[dict]]) -> tuple[dict[str, list[dict]], frozenset[str]]:
    """(the special cases left, the hyphenated words an exception only keeps whole)."""
    whole = frozenset(s for s, toks in exceptions.items() if len(toks) == 1 and toks[0].get(ORTH) == s
                      and _HYPHENATED.fullmatch(s) and s.count("-") <= MAX_HYPHENS)
    if len(whole) < MANY:
        return exceptions, frozenset()
    return {s: toks for s, toks in exceptions.items() if s not in whole}, whole


def _rejoin(doc: Doc, whole: frozenset[str], text: str, keep: bool = False) -> Doc:
    """Merge the tokens of a kept-whole word that an infix split ("ibu-ibu/bapak-bapak"),
    leftmost and longest first.  keep: leave the tokens read, when none
    merge, for the token table (doc.user_data[SHAPE_KEY]; text is the
    paragraph's own string)."""
    # The tokens' ids, offsets and spaces from one array read (a Token object
    # per token costs several times more); no "-" alone: nothing to merge.
    orths, idx, length, space = doc.to_array([ORTH_ATTR, IDX, LENGTH, SPACY]).T.tolist()
    if keep:
        doc.user_data[SHAPE_KEY] = (text, orths, idx, length, space)
    if HYPHEN not in orths:
        return doc
    spans = _merges([text[i:i + n] for i, n in zip(idx, length)], orths, space, whole)
    if spans:
        doc.user_data.pop(SHAPE_KEY, None)
        with doc.retokenize() as retokenizer:
            for a, b in spans:
                retokenizer.merge(doc[a:b])
    return doc


def _merges(words: list[str], orths: list[int], space: list[int], whole: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the token runs to merge into a kept-whole word, leftmost and
    longest first.  Only a word tight before a hyphen token can open one: those
    are looked at (their hyphens found in C), not every token of the paragraph."""
    n, spans, free = len(words), [], 0     # tokens before `free` are merged already
    for h in compress(range(1, n - 1), map(eq, orths[1:n - 1], repeat(HYPHEN))):
        i = h - 1
        if i < free or space[i] or space[h]:
            continue
        word, last = words[i], None
        for j in range(h, min(n, i + 2 * MAX_HYPHENS + 1)):
            word += words[j]
            if word in whole:
                last = j
            if space[j]:
                break
        if last is not None:
            spans.append((i, last + 1))
            free = last + 1
    return spans


def _whole_or(whole: frozenset[str], token_match: Callable[[str], object] | None) -> Callable[[str], bool]:
    if token_match is None:
        return whole.__contains__
    return lambda string: string in whole or bool(token_match(string))


@registry.tokenizers(NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        budget = _Budget()
        rules, whole = split_exceptions(d.tokenizer_exceptions)
        tokenizer = BoundedTokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=_windowed(prefix_search(d.prefixes) if d.prefixes else None, True, budget),
            suffix_search=_windowed(util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
                                    False, budget),
            infix_finditer=util.compile_infix_regex([*d.infixes, ABBREVIATION_HYPHEN]).finditer,
            token_match=_whole_or(whole, d.token_match),
            url_match=d.url_match,
        )
        tokenizer.budget = budget
        tokenizer.whole = whole
        return tokenizer
    return make


CONFIG = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}


# Rows and the tokenizer agree.  A row may name a hyphenated word as one word
# ("cease-fire", "pull-out", "co-operation"), as a reader writes it; the
# tokenizer keeps it whole only where the language's exceptions do (Indonesian
# "anak-anak"), and otherwise cuts it at the hyphen ("cease", "-", "fire"), so
# the row's word would never be seen.  as_tokenized reads a pattern as the
# tokenizer reads its words: each such word becomes its tokens, in a variant of
# the pattern of its own.  The rows are written that way (a row "…_hyphen" of
# the split words); tests/extract/test_retreat_events.py holds the RETREAT and
# COOPERATE rows to it.  Expanding every row at load time was tried: it wakes
# words other types' rows name but never matched ("large-scale", curfew words)
# and lowered the held-out figures, so those rows are to be checked first.
MAX_VARIANTS = 64   # hyphenated alternatives a pattern may spread into (the lexicons' most: 6)


def word_cutter(tok: Callable[[str], Doc]) -> Callable[[str], tuple[str, ...]]:
    """A word's lower-case tokens as tok cuts it: one for a word it keeps whole."""
    cache: dict[str, tuple[str, ...]] = {}

    def cut(word: str) -> tuple[str, ...]:
        if "-" not in word:
            return (word,)
        if word not in cache:
            cache[word] = tuple(t.lower_ for t in tok(word)) or (word,)
        return cache[word]
    return cut


def _token_options(token: dict, cut: Callable[[str], tuple[str, ...]]) -> list[list[dict]]:
    """The token itself, then one run of tokens for each hyphenated word of its
    LOWER alternatives that the tokenizer cuts."""
    value = token.get("LOWER") if set(token) <= {"LOWER", "OP"} else None
    words = [value] if isinstance(value, str) else value.get("IN", []) \
        if isinstance(value, dict) and set(value) == {"IN"} else []
    runs = [[{"LOWER": w} for w in pieces] for pieces in map(cut, words) if len(pieces) > 1]
    return [[token], *runs]


def as_tokenized(pattern: list[dict], cut: Callable[[str], tuple[str, ...]]) -> list[list[dict]]:
    """pattern first, then a variant for each hyphenated word the tokenizer cuts
    (the word's own token kept in the first, so nothing it matched is lost)."""
    out: list[list[dict]] = [[]]
    for token in pattern:
        options = _token_options(token, cut)
        if len(options) == 1:
            for variant in out:
                variant.append(token)
            continue
        out = [variant + run for variant in out for run in options]
        if len(out) > MAX_VARIANTS:
            raise ValueError(f"a pattern spreads into more than {MAX_VARIANTS} variants: {pattern}")
    return out
