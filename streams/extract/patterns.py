"""Token patterns from the lexicons, compiled for speed.

The lexicons write triggers as spaCy Matcher patterns (LOWER or LEMMA, IN,
OP "?"), which read well.  A LEMMA token matches every word whose lemma
(lexicon.Lemmatizer: spaCy's lookup table, a stemmer) it names, so a row
names a verb once for all its forms; its row's "forms" says which forms
(active, passive, noun, other: lemmas.json) it takes and in which voice.
Matcher evaluates IN predicates in Python per token, which
costs more than the rest of the pipeline, so patterns made only of those
parts go to a SequenceMatcher: each kept as its sequence of word sets, and
found from the words it can begin with (the same matches as a PhraseMatcher
over every expansion, without building the ~280,000 expanded phrases that
took seconds to load and hundreds of MB to hold).  Anything else falls back
to the Matcher.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Iterable
from itertools import compress
from operator import itemgetter

from preshed.maps import PreshMap
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .syntax import lowers, token_table
from .tokens import WordColumn

# Patterns with more word combinations than this go to the Matcher.  The
# SequenceMatcher keeps a set of words per step, so its cost does not grow with
# the product; the bound only keeps a pathological row apart.  (It was 20,000,
# from when phrases were expanded for a PhraseMatcher: two English rows of
# about 50,000 went to spaCy's Matcher, which runs over every English paragraph.)
MAX_PHRASES = 10_000_000
# Patterns with more optional tokens than this go to the Matcher: the
# SequenceMatcher keeps a pattern as its 2 ** optional variants (the lexicons' have 4 at most).
MAX_OPTIONAL = 8
# Words whose marked lemma a PatternSet keeps before it starts afresh.
MAX_CACHED = 500_000
_SPAN = itemgetter(0, 1)      # (start, end) of a found (start, end, added, key)
_KEY_SPAN = itemgetter(3, 0, 1)     # (start, end, added, key) -> (key, start, end)
# Marks that do not end a phrase inside a gap: "trigger the “snapback” of U.N. sanctions".
GAP_MARKS = frozenset("-\"“”‘’'$€£¥%")    # and currency signs: "sent $50 million in aid"; "%": "slapped 25% tariffs"


# Words a quoted phrase inside a sentence may hold before its closing mark ("mencapai
# “pemahaman bersama yang penting” mengenai").
QUOTED_WORDS = 5


def inner_quotes(words: list[str], marks: frozenset[str]) -> tuple[list[int], set[int]]:
    """The quote marks of short phrases quoted between two words (akan ''mengakhiri'' kerja
    sama), and which of them open one: an opening mark with words on both sides and another
    mark within QUOTED_WORDS after it; that closing mark too where a word follows it."""
    n, out, opening = len(words), [], set()
    spots = list(compress(range(n), map(marks.__contains__, words)))     # the marks, found in C
    after = 1       # where the next opening mark may stand (past the last closing one)
    for k, i in enumerate(spots):
        if i < after or i >= n - 1 or not (words[i - 1].isalpha() and words[i + 1].isalpha()):
            continue
        # The next mark past the word after it (the marks' positions rise: one of the next two).
        j = spots[k + 1] if k + 1 < len(spots) else n
        if j == i + 1:
            j = spots[k + 2] if k + 2 < len(spots) else n
        if j < min(n, i + QUOTED_WORDS + 2):
            out.append(i)
            opening.add(i)
            if j + 1 < n and words[j + 1].isalpha():
                out.append(j)
            after = j + 1
    return out, opening


# A LEMMA alternative is kept as this mark and the lemma, apart from the words.
LEMMA_MARK = "\x1f"


def _alternatives(token: dict[str, Any]) -> list[str | None] | None:
    keys = set(token) - {"OP"}
    if keys not in ({"LOWER"}, {"LEMMA"}) or token.get("OP", "?") != "?":
        return None
    (attr,) = keys
    value = token[attr]
    if isinstance(value, str):
        alts: list[str | None] = [value]
    elif isinstance(value, dict) and set(value) == {"IN"}:
        alts = list(value["IN"])
    else:
        return None
    if attr == "LEMMA":
        alts = [LEMMA_MARK + w.lower() for w in alts]
    if token.get("OP") == "?":
        alts.append(None)
    return alts


def _marked(allowed: list[list[str | None]] | None) -> frozenset[str]:
    """The LEMMA alternatives (LEMMA_MARK + lemma) among a pattern's choices."""
    return frozenset(w for alts in allowed or () for w in alts if w and w[0] == LEMMA_MARK)


def choices(pattern: list[dict[str, Any]]) -> list[list[str | None]] | None:
    """The words each token of the pattern allows (None: it may be left out),
    or None when the pattern needs the Matcher."""
    out = []
    size = 1
    if sum(token.get("OP") == "?" for token in pattern) > MAX_OPTIONAL:
        return None
    for token in pattern:
        alts = _alternatives(token)
        if alts is None:
            return None
        out.append([None if w is None else w.lower() for w in alts])
        size *= len(alts)
    return out if size <= MAX_PHRASES + 1 else None     # (one may be all words left out)


def _first_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The lower-case words a Matcher pattern's first token must be (it is one
    LOWER word or IN list, not optional), or None when it can be anything else."""
    token = pattern[0] if pattern else {}
    if set(token) - {"OP"} != {"LOWER"} or token.get("OP", "1") not in ("1", "+"):
        return None
    value = token["LOWER"]
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
        return frozenset(value["IN"])
    return None


def _may_meet(a: tuple[frozenset, ...], b: tuple[frozenset, ...]) -> bool:
    """Whether two variants that begin at one word may end at one word too: as long, and at
    each step a word both allow (or either allows a lemma, which words of both kinds may have)."""
    return len(a) == len(b) and all(x & y or _has_lemma(x) or _has_lemma(y) for x, y in zip(a, b))


def _has_lemma(words: frozenset[str]) -> bool:
    return any(w[:1] == LEMMA_MARK for w in words)


def _walk(found: list, i: int, more: list[tuple], words: list[str], lemmas: list[str]) -> None:
    """Add to found (start, end, added, key) of the variants in `more` (added, key, the steps
    after the second word) whose steps the words from i + 2 meet."""
    # Plain loops: comprehensions cost more than the lookups they make
    # (the matcher runs on every paragraph).
    n = len(words)
    for added, key, steps in more:
        j = i + 2
        for allowed in steps:
            if j < n and (words[j] in allowed or lemmas[j] in allowed):
                j += 1
            else:
                break
        else:
            found.append((i, j, added, key))


class SequenceMatcher:
    """(key, start, end) of every span whose lower-case words a pattern allows,
    in a PhraseMatcher's order: by start, then end; patterns that match the
    same span come in the order of spaCy's hash map of their keys, which the
    rules downstream have always seen (the first of them can win).

    A pattern is kept as its variants without optional words ("held? talks"
    is "talks" and "held talks", at most 2 ** MAX_OPTIONAL of them), each a
    sequence of word sets every one of which must be met: a variant is filed
    under the words of its first set, and one of two sets or more under those
    of its second too, so most are never walked (a paragraph's word rarely
    stands before the second word they need).

    A pattern may be the second half of another, up to a gap after it ("then"
    rows, PatternSet pairs them): its hits count only where that first half
    began close enough before.  Where none did, a word's second halves are not
    walked (in English "to", "on" and "with" begin half a dozen of them, in
    nearly every paragraph); unless one of them could end where a pattern of
    another kind does: then the span would hold fewer keys, which could come
    in another order, so the word is matched in full."""

    def __init__(self) -> None:
        # first word -> variants (added, key, the steps after the first)
        self._by_first: dict[str, list[tuple[int, int, tuple]]] = {}
        self._added = 0
        self._tie_orders: dict[tuple[int, ...], list[int]] = {}
        # The variants of a word and its lemma, split by their second word,
        # once per (word, lemma) pair (the vocabulary of a stream is
        # bounded by the lexicon's first words).
        self._split: dict[tuple[str, str | None], tuple[list, dict[str, list]]] = {}
        # word -> its _starts (False: no pattern begins with it nor its lemma),
        # for calls with lemmas.  The caller's lemma is a function of the word
        # (PatternSet.lemmas), so the word alone is the key.
        self._at: dict[str, Any] = {}
        # Second halves: key -> (its first half's key, the gap allowed between them).
        self._after: dict[int, tuple[int, int]] = {}
        self._heads: set[int] = set()           # the keys of first halves
        self._longest: dict[int, int] = {}      # key -> its longest variant (tokens)

    def add(self, key: int, pattern_choices: list[list[str | None]], after: int | None = None,
            gap: int = 0) -> None:
        """after: the key of the pattern this one is the second half of, found up to `gap`
        words after its end (the caller pairs the hits; this one's alone are no use)."""
        if after is not None:
            self._after[key] = (after, gap)
            self._heads.add(after)
        steps = [(frozenset(w for w in alts if w is not None), None in alts) for alts in pattern_choices]
        if sum(optional for _, optional in steps) > MAX_OPTIONAL:
            raise ValueError(f"more than {MAX_OPTIONAL} optional tokens: give the pattern to the Matcher")
        variants: list[tuple] = [()]
        for words, optional in steps:
            variants = [*(v + (words,) for v in variants), *(variants if optional else ())]
        self._longest[key] = max(self._longest.get(key, 0), *map(len, variants))
        for variant in variants:
            if variant:         # all words left out matches nothing
                entry = (self._added, key, variant[1:])
                for word in variant[0]:
                    self._by_first.setdefault(word, []).append(entry)
        self._added += 1
        self._split.clear()
        self._at.clear()

    def __call__(self, words: list[str], lemmas: list[str] | None = None,
                 starts: list | None = None) -> list[tuple[int, int, int]]:
        """lemmas: each word's LEMMA_MARK + lemma, where any pattern has a LEMMA token;
        starts: each word's starts(word, lemma), where the caller has them already."""
        found = []
        n = len(words)
        got, at = self._begins(words, lemmas) if starts is None else (starts, compress(range(n), starts))
        if lemmas is None:
            lemmas = words      # a word is read as its own lemma: the same sets, met or not
        began: dict[int, int] = {}     # first half key -> where it began last
        for i in at:
            ones, second, heads, tails, plain = self._starts(words[i], None) if got is None else got[i]
            # Most starts ("yang", "untuk", "to") begin no one-word pattern nor first half, and
            # the next word is none their longer ones need: nothing found, nothing to note.
            if not ones and not heads and (i + 1 == n or words[i + 1] not in second
                                           and lemmas[i + 1] not in second):
                continue
            if plain is not None:
                # (no first half begun yet in the paragraph: none began close enough, no walk over them)
                for head, reach in tails if began else ():
                    if i - began.get(head, -reach - 1) <= reach:
                        break
                else:       # no first half began close enough: its second halves alone
                    ones, second = plain
                    if not ones and not second:
                        continue
            for head in heads:
                began[head] = i
            for added, key in ones:
                found.append((i, i + 1, added, key))
            if not second or i + 1 == n:
                continue
            by_word, by_lemma = second.get(words[i + 1]), second.get(lemmas[i + 1])
            if by_word is not None:
                _walk(found, i, by_word, words, lemmas)
            if by_lemma is not None and by_lemma is not by_word:
                _walk(found, i, by_lemma, words, lemmas)
        # Two variants of a pattern (or its word and its lemma) may find one span: the tie order keeps it once.
        found.sort()
        return self._in_matcher_order(found)

    def _begins(self, words: list[str], lemmas: list[str] | None) -> tuple[list | None, Iterable[int]]:
        """The few words a pattern can begin with (most words of a paragraph
        begin none), found in C (map and compress); with lemmas, each word's
        starts are kept by word and read with one map (got: by word, else None)."""
        if lemmas is None:
            return None, compress(range(len(words)), map(self._by_first.__contains__, words))
        try:
            # A word not kept yet stops the map (rare once a stream runs): cheaper than a
            # `None in got` scan, which compares every word's entry with None (~150 instructions).
            got = list(map(self._at.__getitem__, words))
        except KeyError:
            got = list(map(self._at.get, words))
            self._fill(got, words, lemmas)
        return got, compress(range(len(words)), got)

    def _fill(self, got: list, words: list[str], lemmas: list[str]) -> None:
        """got[i] for the words not kept yet: their _starts, or False."""
        memo = self._at
        if len(memo) > MAX_CACHED:      # a stream's vocabulary keeps growing
            memo.clear()
        begins = self._by_first.__contains__
        for i, row in enumerate(got):
            if row is None:
                word, lemma = words[i], lemmas[i]
                got[i] = memo[word] = self._starts(word, lemma) if begins(word) or begins(lemma) else False

    def starts(self, word: str, lemma: str | None) -> tuple | bool:
        """_starts of a word and its lemma (None: none), or False where no pattern begins with either."""
        begins = self._by_first.__contains__
        return self._starts(word, lemma) if begins(word) or begins(lemma) else False

    @property
    def added(self) -> int:
        """Patterns added so far (what starts() gives changes with each)."""
        return self._added

    def _starts(self, word: str, lemma: str | None) -> tuple:
        """The variants that may start at a word (by the word or by its lemma):
        (added, key) of those the word alone makes, and by the second word they
        must meet, those longer (added, key, the steps after the second); the
        first halves that begin here; the second halves that begin here, as (their
        first half, how many words before it may begin); and (ones, second) without
        the second halves, or None where the word is to be matched in full."""
        pair = (word, lemma)
        split = self._split.get(pair)
        if split is None:
            if len(self._split) > MAX_CACHED:     # a stream's vocabulary keeps growing
                self._split.clear()
            variants = [*self._by_first.get(word, ()), *self._by_first.get(lemma, ())]
            after = self._after
            full = self._split_variants(variants)
            heads = tuple({key for _, key, _ in variants if key in self._heads})
            reach: dict[int, int] = {}
            for _, key, _ in variants:
                if key in after:
                    head, gap = after[key]
                    reach[head] = max(reach.get(head, 0), self._longest.get(head, 0) + gap)
            plain = None
            if reach:
                rest = [v for v in variants if v[1] not in after]
                if not self._may_reorder(variants):
                    plain = self._split_variants(rest)
            split = (*full, heads, tuple(reach.items()), plain)
            self._split[pair] = split
        return split

    def _may_reorder(self, variants: list[tuple]) -> bool:
        """Whether leaving out the second halves among variants that begin at one word
        could change the order of the other patterns' keys where they share a span with them:
        two keys of whole patterns (first halves are kept apart by the caller, by key) that
        may end where a second half does and where each other does."""
        after, heads = self._after, self._heads
        whole = [(key, steps) for _, key, steps in variants if key not in after and key not in heads]
        for _, key, steps in variants:
            if key in after:
                met = [(k, s) for k, s in whole if _may_meet(steps, s)]
                if any(k1 != k2 and _may_meet(s1, s2) for k1, s1 in met for k2, s2 in met):
                    return True
        return False

    @staticmethod
    def _split_variants(variants: list[tuple]) -> tuple[list, dict[str, list]]:
        ones: set = set()
        second: dict[str, list] = {}
        for added, key, steps in variants:
            if not steps:
                ones.add((added, key))
                continue
            for w in steps[0]:
                more = second.setdefault(w, [])
                if (added, key, steps[1:]) not in more:
                    more.append((added, key, steps[1:]))
        return sorted(ones), second

    def _in_matcher_order(self, found: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int]]:
        """found: (start, end, added, key), sorted; a key found twice for one span is kept once."""
        if len(found) < 2 or len(set(map(_SPAN, found))) == len(found):
            # No span matched twice (most calls; the spans counted in C): nothing to reorder.
            return list(map(_KEY_SPAN, found))      # (in C: no comprehension made a call)
        spans: dict[tuple[int, int], list[int]] = {}     # the keys of each span, in order
        for s, e, _, key in found:
            keys = spans.get((s, e))
            if keys is None:
                spans[s, e] = [key]
            else:
                keys.append(key)
        out = []
        for (s, e), keys in spans.items():
            if len(keys) == 1:
                out.append((keys[0], s, e))
            else:
                out += [(key, s, e) for key in self._tie_order(tuple(keys))]
        return out

    def _tie_order(self, keys: tuple[int, ...]) -> list[int]:
        order = self._tie_orders.get(keys)
        if order is None:
            # A PhraseMatcher keeps the keys ending at one trie node in a preshed
            # map (8 cells to start), filled in the order they were added, and
            # reads them back in cell order.
            cells = PreshMap(8)
            for key in keys:
                cells[key] = 1
            order = self._tie_orders[keys] = list(cells.keys())
        return order


class PatternSet:
    """(start, end, row) hits for a list of rows carrying an "id" and a "pattern".

    A row may also give "then" (a second pattern) and "gap" (up to that many
    words between the two, none of them punctuation or in "gap_not": "send |
    its long-range Taurus cruise | missiles"); both halves go to the
    SequenceMatcher and are paired here, since a wildcard would send the whole
    row to the slow Matcher.
    """

    def __init__(self, nlp, rows: Iterable[dict[str, Any]], counted: frozenset[str] = frozenset(),
                 quotes: frozenset[str] = frozenset()) -> None:
        self.phrases, self.quotes = SequenceMatcher(), quotes    # quotes: see inner_quotes
        # Words that open a count ("lebih | dari 80 drone"): a "gap_not" word after one of
        # them and before a number is part of the count, not the end of the gap.
        self.counted = counted
        self.matcher = Matcher(nlp.vocab)
        self.rows: dict[int, dict[str, Any]] = {}
        self.tails: dict[int, int] = {}     # tail key -> row key
        self._has_matcher = False
        # The words a Matcher row must begin with, all rows together (None: a
        # row may begin otherwise): a paragraph with none of them is not given
        # to the Matcher, which costs ~100 us an English paragraph to find nothing.
        self._matcher_first: set[str] | None = set()
        # The words any token of a Matcher row allows (None: a token may be other than
        # LOWER words or IS_TITLE), and whether one allows any title-case word: a hit
        # holds no other word, so the Matcher stops past the last run of them.
        self._matcher_words: set[str] | None = set()
        self._matcher_titles = False
        self.lemma_of = None                # a Lemmatizer, where a row has a LEMMA token
        self._lemma_rows: dict[int, frozenset[str]] = {}    # row key -> its LEMMA alternatives
        self._as_form: dict[tuple[int, str], dict[str, Any] | None] = {}
        self._marks: dict[str, str] = {}     # word -> LEMMA_MARK + its lemma
        self._lemma_tails: set[str] = set()  # every LEMMA alternative but its first letter
        for row in rows:
            key = nlp.vocab.strings.add(row["id"])
            if key in self.rows:        # its hits would be read as the other row's
                raise ValueError(f"two rows with the id {row['id']!r}")
            self.rows[key] = row
            if "then" in row:
                tail = nlp.vocab.strings.add(row["id"] + "#then")
                self.tails[tail] = key
                then = choices(row["then"])
                self.phrases.add(tail, then, after=key, gap=row.get("gap", 0))
                self._lemma_tails.update(w[2:] for w in _marked(then))
            allowed = choices(row["pattern"])
            marked = _marked(allowed)
            self._lemma_tails.update(w[2:] for w in marked)
            if marked:
                self._lemma_rows[key] = marked
                if self.lemma_of is None:
                    from .lexicon import lemmatizer
                    self.lemma_of = lemmatizer(nlp.lang)
            if allowed is None:
                self.matcher.add(row["id"], [row["pattern"]])
                self._has_matcher = True
                first = _first_words(row["pattern"])
                if first is None or self._matcher_first is None:
                    self._matcher_first = None
                else:
                    self._matcher_first |= first
                self._allow(row["pattern"])
            else:
                self.phrases.add(key, allowed)
        self._read_tails()
        # key -> (row, its LEMMA alternatives or None, None / True: a "then" row's head / False: its tail):
        # what a hit needs, in one read.
        self._of_key: dict[int, tuple] = {key: (row, self._lemma_rows.get(key), True if "then" in row else None)
                                          for key, row in self.rows.items()}
        self._of_key.update((tail, (self.rows[key], None, False)) for tail, key in self.tails.items())

    def _read_tails(self) -> None:
        """What the rows' LEMMA tails give: their sizes (_may_stem_to_a_row), the key of each word's lemma
        mark (_mark) in the word rows; and the word columns of the marks and of the phrases' starts."""
        self._tail_sizes = sorted({len(t) for t in self._lemma_tails})
        self._marks_key = ("lemma_marks", self.lemma_of, frozenset(self._lemma_tails))
        self._marks_column, self._starts_column = WordColumn(), WordColumn()     # (_mark, _starts_of)

    def lemmas(self, words: list[str]) -> list[str] | None:
        """Each word's LEMMA_MARK + lemma (None where no row has a LEMMA token)."""
        if self.lemma_of is None:
            return None
        marks = self._marks
        try:
            return list(map(marks.__getitem__, words))     # every word marked before (see _begins)
        except KeyError:    # some word is new: mark those
            out = list(map(marks.get, words))
        if len(marks) > MAX_CACHED:     # a stream's vocabulary keeps growing
            marks.clear()
        for i, m in enumerate(out):
            if m is None:
                out[i] = marks[words[i]] = self._mark("", words[i])
        return out

    def _mark(self, _word: str, low: str) -> str:
        """LEMMA_MARK + the lemma of a lower-case word."""
        if self.lemma_of.needs_stemmer(low) and not self._may_stem_to_a_row(low):
            # Stemming is ~0.3 ms a word never seen before (most of a
            # cold paragraph's extra cost); its result could match no row.
            return LEMMA_MARK + low
        return LEMMA_MARK + self.lemma_of(low)

    def _starts_of(self, _word: str, low: str) -> tuple | bool:
        """The phrases' starts at a lower-case word (SequenceMatcher.starts, by the word and its lemma)."""
        return self.phrases.starts(low, self._mark("", low) if self.lemma_of is not None else None)

    def _may_stem_to_a_row(self, word: str) -> bool:
        """Whether the word holds some row's LEMMA but its first letter.  A stem
        sheds the affixes around it and at most recodes its first letter (the
        nasal of "memukul", "menembak" for "pukul", "tembak"; checked by
        tests/extract/test_patterns.py), so without any such tail the stem is no
        row's lemma."""
        tails = self._lemma_tails
        for size in self._tail_sizes:
            if size > len(word):
                break
            for start in range(len(word) - size + 1):
                if word[start:start + size] in tails:
                    return True
        return False

    def __call__(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        words = lowers(doc)
        # Each word's lemma mark and the phrases' starts at it, judged once per word of the
        # vocabulary, in its row: memo dicts of their own cost a lookup a token each.
        table = token_table(doc)
        lemmas = self.lemmas(words) if self.lemma_of is None else self._marks_column.values(
            table, doc.vocab, self._marks_key, self._mark) or self.lemmas(words)
        starts = self._starts_column.values(table, doc.vocab, ("phrase_starts", self, self.phrases.added),
                                            self._starts_of)   # (a new key where patterns were added)
        found = self.phrases(words, lemmas, starts)
        if self.quotes and not self.quotes.isdisjoint(words):
            quoted, opening = inner_quotes(words, self.quotes)
            if quoted:
                found = found + self._across_quotes(words, lemmas, quoted, opening, found)
        hits, tails = [], []
        heads: dict[int, list] = {}     # row key -> its first halves found
        of_key = self._of_key
        for mid, s, e in found:
            row, marked, part = of_key[mid]
            if marked is not None:
                row = self._in_form(mid, row, marked, words, lemmas, s, e)
                if row is None:
                    continue
            if part is None:
                hits.append((s, e, row))
            elif part:
                heads.setdefault(mid, []).append((s, e, row))
            else:
                tails.append((mid, s, e))
        if heads:
            hits += self._paired(doc, tails, heads)
        if self._has_matcher and (self._matcher_first is None
                                  or not self._matcher_first.isdisjoint(token_table(doc).word_set)):
            hits += self._matched(doc, words)
        return hits

    def _across_quotes(self, words: list[str], lemmas: list[str] | None, quoted: list[int], opening: set[int],
                       found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The rows found as if the quote marks between words were not there, spanning one of
        them, as spans of the paragraph's words; not a "then" row's half (its gap may hold
        quotes already; menyebut X sebagai “ancaman” is a label), nor over a row found that a
        quote opens (the quoted word's own row: melakukan ''pembantaian'')."""
        dropped = set(quoted)
        keep = [i for i in range(len(words)) if i not in dropped]
        out = []
        for mid, s, e in self.phrases([words[i] for i in keep], lemmas and [lemmas[i] for i in keep]):
            start, end = keep[s], keep[e - 1] + 1
            if end - start != e - s and self._of_key[mid][2] is None and not any(
                    s2 - 1 in opening and s2 < end and start < e2 and self._of_key[m][2] is None
                    for m, s2, e2 in found):
                out.append((mid, start, end))
        return out

    def _allow(self, pattern: list[dict[str, Any]]) -> None:
        """Count in the words a Matcher row's tokens allow (see _matcher_words)."""
        for token in pattern:
            if self._matcher_words is None:
                return
            keys = set(token) - {"OP"}
            value = token.get("LOWER")
            if keys == {"IS_TITLE"} and token["IS_TITLE"] is True:
                self._matcher_titles = True
            elif keys == {"LOWER"} and isinstance(value, str):
                self._matcher_words.add(value)
            elif keys == {"LOWER"} and isinstance(value, dict) and set(value) == {"IN"} \
                    and all(isinstance(w, str) for w in value["IN"]):
                self._matcher_words.update(value["IN"])
            else:
                self._matcher_words = None

    def _matched(self, doc: Doc, words: list[str]) -> list[tuple[int, int, dict[str, Any]]]:
        """The Matcher's hits, from the first word a Matcher row may begin with to the end of the
        run of words its rows allow after the last such word: its cost is per token (~16,000
        instructions each), and no hit begins before that word nor holds a word no row allows."""
        first = self._matcher_first
        if first is None:
            return [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)]
        begins = list(compress(range(len(words)), map(first.__contains__, words)))    # (found in C)
        at, end = begins[0], len(words)
        allowed = self._matcher_words
        if allowed is not None:
            text, titles = token_table(doc).text, self._matcher_titles
            end = begins[-1] + 1
            while end < len(words) and (words[end] in allowed or titles and text[end].istitle()):
                end += 1
        if at == 0 and end == len(words):
            return [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)]
        return [(at + s, at + e, self.rows[mid]) for mid, s, e in self.matcher(doc[at:end])]

    def _in_form(self, key: int, row: dict[str, Any], marked: frozenset[str], words, lemmas, s: int,
                 e: int) -> dict[str, Any] | None:
        """The row as the form of its LEMMA word reads it: a row without
        "forms" takes only active forms, in its own voice; one with "forms"
        takes only the forms it names, each in the voice it gives (a copy of
        the row); None: no hit."""
        for i in range(s, e):
            if lemmas[i] in marked:
                break
        else:           # matched on the surface words alone
            return row
        form = self.lemma_of.form(words[i])
        try:
            return self._as_form[key, form]
        except KeyError:
            forms = row.get("forms")
            if forms is None:
                out = row if form == "active" else None
            else:
                voice = forms.get(form)
                out = None if voice is None else row if voice == row["voice"] else {**row, "voice": voice}
            self._as_form[key, form] = out
            return out

    def _paired(self, doc: Doc, tails, heads) -> list[tuple[int, int, dict[str, Any]]]:
        """tails: (key, start, end) of the "then" halves found; heads: by row key, (start, end, row)
        of the first halves found."""
        table = token_table(doc)
        punct, text, low = table.punct, table.text, table.lower
        out = []
        for mid, s2, e2 in tails:
            key = self.tails[mid]
            if key not in heads:
                continue
            row = self.rows[key]
            gap, gap_not = row.get("gap", 0), row.get("gap_not", ())
            for s, e, r in heads[key]:
                if e <= s2 <= e + gap and not any(
                        punct[i] and text[i] not in GAP_MARKS or low[i] in gap_not and not (
                            i > e and low[i - 1] in self.counted and text[i + 1][:1].isdigit())
                        for i in range(e, s2)):
                    out.append((s, e2, r))
        return out
