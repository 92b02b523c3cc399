"""Token patterns from the lexicons, compiled for speed.

The lexicons write triggers as spaCy Matcher patterns (LOWER, IN, OP "?"),
which read well.  Matcher evaluates IN predicates in Python per token, which
costs more than the rest of the pipeline, so patterns made only of those
parts are expanded into phrases for a PhraseMatcher (same matches, C speed).
Anything else falls back to the Matcher.
"""

from __future__ import annotations

from functools import partial
from itertools import product
from typing import Any, Callable, Iterable

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

MAX_PHRASES = 20000  # per pattern; a PhraseMatcher holds many phrases cheaply
# Marks that do not end a phrase inside a gap: "trigger the “snapback” of U.N. sanctions".
GAP_MARKS = frozenset("-\"“”‘’'$€£¥")    # and currency signs: "sent $50 million in aid"


def _alternatives(token: dict[str, Any]) -> list[str | None] | None:
    keys = set(token) - {"OP"}
    if keys != {"LOWER"} or token.get("OP", "?") != "?":
        return None
    value = token["LOWER"]
    if isinstance(value, str):
        alts: list[str | None] = [value]
    elif isinstance(value, dict) and set(value) == {"IN"}:
        alts = list(value["IN"])
    else:
        return None
    if token.get("OP") == "?":
        alts.append(None)
    return alts


def expand(pattern: list[dict[str, Any]], word_id: Callable[[str], Any] = str) -> list[tuple] | None:
    """Every phrase the pattern matches, as a tuple of word_id(word) per word, or None."""
    choices = []
    for token in pattern:
        alts = _alternatives(token)
        if alts is None:
            return None
        choices.append([None if w is None else word_id(w) for w in alts])
    size = 1
    for alts in choices:
        size *= len(alts)
    if size > MAX_PHRASES + 1:      # (one combination may be all optional words left out)
        return None
    # filter(None, …) drops the left-out optional words; no word id is falsy.
    phrases = [words for words in map(tuple, map(partial(filter, None), product(*choices))) if words]
    return phrases if len(phrases) <= MAX_PHRASES else None


class PatternSet:
    """(start, end, row) hits for a list of rows carrying an "id" and a "pattern".

    A row may also give "then" (a second pattern) and "gap" (up to that many
    words between the two, none of them punctuation or in "gap_not": "send |
    its long-range Taurus cruise | missiles"); both halves go to the
    PhraseMatcher and are paired here, since a wildcard would send the whole
    row to the slow Matcher.
    """

    def __init__(self, nlp, rows: Iterable[dict[str, Any]]) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.rows: dict[int, dict[str, Any]] = {}
        self.tails: dict[int, int] = {}     # tail key -> row key
        self._has_matcher = False
        strings = nlp.vocab.strings
        ids: dict[str, int] = {}

        def lower_id(word: str) -> int:
            # The PhraseMatcher takes a phrase as its LOWER hashes as well as a
            # Doc: building ~287,000 Docs was most of the start-up time.
            h = ids.get(word)
            if h is None:
                h = ids[word] = strings.add(word.lower())
                assert h, word      # expand() drops falsy ids as left-out words
            return h

        for row in rows:
            key = nlp.vocab.strings.add(row["id"])
            self.rows[key] = row
            if "then" in row:
                tail = nlp.vocab.strings.add(row["id"] + "#then")
                self.tails[tail] = key
                self.phrases.add(row["id"] + "#then", expand(row["then"], lower_id))
            phrases = expand(row["pattern"], lower_id)
            if phrases is None:
                self.matcher.add(row["id"], [row["pattern"]])
                self._has_matcher = True
            else:
                self.phrases.add(row["id"], phrases)

    def __call__(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        found = self.phrases(doc)
        hits, heads = [], []
        for mid, s, e in found:
            if mid in self.tails:
                continue
            row = self.rows[mid]
            (heads if "then" in row else hits).append((s, e, row))
        if heads:
            hits += self._paired(doc, found, heads)
        if self._has_matcher:
            hits += [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)]
        return hits

    def _paired(self, doc: Doc, found, heads) -> list[tuple[int, int, dict[str, Any]]]:
        out = []
        for mid, s2, e2 in found:
            key = self.tails.get(mid)
            if key is None:
                continue
            row = self.rows[key]
            for s, e, r in heads:
                if r is row and e <= s2 <= e + row.get("gap", 0) and not any(
                        doc[i].is_punct and doc[i].text not in GAP_MARKS or doc[i].lower_ in row.get("gap_not", ())
                        for i in range(e, s2)):
                    out.append((s, e2, row))
        return out
