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

from preshed.maps import PreshMap
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .syntax import lowers

# Patterns with more word combinations than this go to the Matcher.  The
# SequenceMatcher keeps a set of words per step, so its cost does not grow with
# the product; the bound only keeps a pathological row apart.  (It was 20,000,
# from when phrases were expanded for a PhraseMatcher: two English rows of
# about 50,000 went to spaCy's Matcher, which runs over every English paragraph.)
MAX_PHRASES = 10_000_000
# Words whose marked lemma a PatternSet keeps before it starts afresh.
MAX_CACHED = 500_000
# Marks that do not end a phrase inside a gap: "trigger the “snapback” of U.N. sanctions".
GAP_MARKS = frozenset("-\"“”‘’'$€£¥")    # and currency signs: "sent $50 million in aid"


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


class SequenceMatcher:
    """(key, start, end) of every span whose lower-case words a pattern allows,
    in a PhraseMatcher's order: by start, then end; patterns that match the
    same span come in the order of spaCy's hash map of their keys, which the
    rules downstream have always seen (the first of them can win)."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[int, int, int, tuple]]] = {}
        self._added = 0
        self._tie_orders: dict[tuple[int, ...], list[int]] = {}
        # A word's entries joined with its lemma's and split by their second
        # word, once per (word, lemma) pair (the vocabulary of a stream is
        # bounded by the lexicon's first words).
        self._split: dict[tuple[str, str | None], tuple[list, dict[str, list]]] = {}
        # word -> its _starts (False: no pattern begins with it nor its lemma),
        # for calls with lemmas.  The caller's lemma is a function of the word
        # (PatternSet.lemmas), so the word alone is the key.
        self._at: dict[str, Any] = {}

    def add(self, key: int, pattern_choices: list[list[str | None]]) -> None:
        steps = tuple((frozenset(w for w in alts if w is not None), None in alts) for alts in pattern_choices)
        first: set[str] = set()
        for words, optional in steps:
            first |= words
            if not optional:
                break
        # A first step that must match is met at every start the entry is
        # found from (its words are the only ones it is filed under): the
        # walk begins after it.
        skip = 1 if steps and not steps[0][1] else 0
        entry = (self._added, key, skip, steps[skip:])
        self._added += 1
        for word in first:
            self._by_first.setdefault(word, []).append(entry)
        self._split.clear()
        self._at.clear()

    def __call__(self, words: list[str], lemmas: list[str] | None = None) -> list[tuple[int, int, int]]:
        """lemmas: each word's LEMMA_MARK + lemma, where any pattern has a LEMMA token."""
        found = []
        n = len(words)
        # The few words a pattern can begin with (most words of a paragraph
        # begin none), found in C (map and compress); with lemmas, each word's
        # starts are kept by word and read with one map.
        if lemmas is None:
            got = None
            at = compress(range(n), map(self._by_first.__contains__, words))
        else:
            got = list(map(self._at.get, words))
            if None in got:
                self._fill(got, words, lemmas)
            at = compress(range(n), got)
        for i in at:
            entries, second = self._starts(words[i], None) if got is None else got[i]
            if second and i + 1 < n:
                entries = self._with_seconds(entries, second, words[i + 1],
                                             None if lemmas is None else lemmas[i + 1])
            for added, key, skip, steps in entries:
                if not steps:       # the words so far make the whole pattern
                    found.append((i, i + skip, added, key))
                    continue
                # Plain loops over a list of a few positions: comprehensions over
                # sets cost more than the lookups they make (the matcher runs on
                # every paragraph).
                ends = [i + skip]
                for allowed, optional in steps:
                    reached = []
                    for j in ends:
                        if j < n and (words[j] in allowed or (lemmas is not None and lemmas[j] in allowed)):
                            reached.append(j + 1)
                    if optional:
                        reached += [j for j in ends if j not in reached]
                    ends = reached
                    if not ends:
                        break
                for e in ends:
                    if e > i:
                        found.append((i, e, added, key))
        return self._in_matcher_order(found)

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

    @staticmethod
    def _with_seconds(entries: list, second: dict[str, list], word: str, lemma: str | None) -> list:
        """Most entries must meet a given second word: only those whose second
        word (or its lemma) stands there are walked, each once."""
        more = second.get(word)
        if lemma is not None:
            by_lemma = second.get(lemma)
            if by_lemma:
                more = by_lemma if not more else [*more, *(m for m in by_lemma if m not in more)]
        return [*entries, *more] if more else entries

    def _starts(self, word: str, lemma: str | None) -> tuple[list, dict[str, list]]:
        """The patterns that may start at a word (by the word or by its lemma):
        those walked from their start, and those filed by the second word they
        must meet (their first word is met where they are found)."""
        pair = (word, lemma)
        split = self._split.get(pair)
        if split is None:
            if len(self._split) > MAX_CACHED:     # a stream's vocabulary keeps growing
                self._split.clear()
            rest: list = []
            second: dict[str, list] = {}
            for entry in self._entries(word, lemma) or ():
                added, key, skip, steps = entry
                if skip and steps and not steps[0][1]:
                    for w in steps[0][0]:
                        second.setdefault(w, []).append((added, key, 2, steps[1:]))
                else:
                    rest.append(entry)
            split = self._split[pair] = (rest, second)
        return split

    def _entries(self, word: str, lemma: str | None) -> list[tuple[int, int, int, tuple]] | None:
        """The patterns that may start at a word (by the word or by its lemma)."""
        entries = self._by_first.get(word)
        more = None if lemma is None else self._by_first.get(lemma)
        if more is None:
            return entries
        if entries is None:
            return more
        return sorted(set(entries) | set(more))

    def _in_matcher_order(self, found: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int]]:
        found.sort()
        out = [(key, s, e) for s, e, _, key in found]
        if len({(s, e) for s, e, _, _ in found}) == len(found):
            return out                 # no span matched twice: nothing to reorder
        k = 0
        while k < len(found):          # reorder each run of matches of one span
            m = k + 1
            while m < len(found) and found[m][:2] == found[k][:2]:
                m += 1
            if m - k > 1:
                order = self._tie_order(tuple(key for *_, key in found[k:m]))
                out[k:m] = [(key, found[k][0], found[k][1]) for key in order]
            k = m
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

    def __init__(self, nlp, rows: Iterable[dict[str, Any]]) -> None:
        self.phrases = SequenceMatcher()
        self.matcher = Matcher(nlp.vocab)
        self.rows: dict[int, dict[str, Any]] = {}
        self.tails: dict[int, int] = {}     # tail key -> row key
        self._has_matcher = False
        # The words a Matcher row must begin with, all rows together (None: a
        # row may begin otherwise): a paragraph with none of them is not given
        # to the Matcher, which costs ~100 us an English paragraph to find nothing.
        self._matcher_first: set[str] | None = set()
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
                self.phrases.add(tail, choices(row["then"]))
                self._lemma_tails.update(w[2:] for w in _marked(choices(row["then"])))
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
            else:
                self.phrases.add(key, allowed)
        self._tail_sizes = sorted({len(t) for t in self._lemma_tails})

    def lemmas(self, words: list[str]) -> list[str] | None:
        """Each word's LEMMA_MARK + lemma (None where no row has a LEMMA token)."""
        if self.lemma_of is None:
            return None
        marks = self._marks
        out = list(map(marks.get, words))
        if None in out:
            if len(marks) > MAX_CACHED:     # a stream's vocabulary keeps growing
                marks.clear()
            lemma = self.lemma_of
            for i, m in enumerate(out):
                if m is None:
                    word = words[i]
                    if lemma.needs_stemmer(word) and not self._may_stem_to_a_row(word):
                        # Stemming is ~0.3 ms a word never seen before (most of a
                        # cold paragraph's extra cost); its result could match no row.
                        out[i] = marks[word] = LEMMA_MARK + word
                    else:
                        out[i] = marks[word] = LEMMA_MARK + lemma(word)
        return out

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
        lemmas = self.lemmas(words)
        found = self.phrases(words, lemmas)
        hits, heads = [], []
        for mid, s, e in found:
            if mid in self.tails:
                continue
            row = self.rows[mid]
            if lemmas is not None and mid in self._lemma_rows:
                row = self._in_form(mid, row, words, lemmas, s, e)
                if row is None:
                    continue
            (heads if "then" in row else hits).append((s, e, row))
        if heads:
            hits += self._paired(doc, found, heads)
        if self._has_matcher and (self._matcher_first is None or not self._matcher_first.isdisjoint(words)):
            hits += [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)]
        return hits

    def _in_form(self, key: int, row: dict[str, Any], words, lemmas, s: int, e: int) -> dict[str, Any] | None:
        """The row as the form of its LEMMA word reads it: a row without
        "forms" takes only active forms, in its own voice; one with "forms"
        takes only the forms it names, each in the voice it gives (a copy of
        the row); None: no hit."""
        marked = self._lemma_rows[key]
        i = next((i for i in range(s, e) if lemmas[i] in marked), None)
        if i is None:           # matched on the surface words alone
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

    def _paired(self, doc: Doc, found, heads) -> list[tuple[int, int, dict[str, Any]]]:
        out = []
        for mid, s2, e2 in found:
            key = self.tails.get(mid)
            if key is None:
                continue
            row = self.rows[key]
            for s, e, r in heads:
                if r["id"] == row["id"] and e <= s2 <= e + row.get("gap", 0) and not any(
                        doc[i].is_punct and doc[i].text not in GAP_MARKS or doc[i].lower_ in row.get("gap_not", ())
                        for i in range(e, s2)):
                    out.append((s, e2, r))
        return out
