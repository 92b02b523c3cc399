"""Token patterns from the lexicons, compiled for speed.

The lexicons write triggers as spaCy Matcher patterns (LOWER, IN, OP "?"),
which read well.  Matcher evaluates IN predicates in Python per token, which
costs more than the rest of the pipeline, so patterns made only of those
parts are expanded into phrases for a PhraseMatcher (same matches, C speed).
Anything else falls back to the Matcher.
"""

from __future__ import annotations

from itertools import product
from typing import Any, Iterable

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

MAX_PHRASES = 20000  # per pattern; a PhraseMatcher holds many phrases cheaply


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


def expand(pattern: list[dict[str, Any]]) -> list[list[str]] | None:
    """Every phrase (as lower-case words) the pattern matches, or None."""
    choices = []
    for token in pattern:
        alts = _alternatives(token)
        if alts is None:
            return None
        choices.append(alts)
    phrases = []
    for combo in product(*choices):
        words = [w for w in combo if w is not None]
        if words:
            phrases.append(words)
        if len(phrases) > MAX_PHRASES:
            return None
    return phrases


class PatternSet:
    """(start, end, row) hits for a list of rows carrying an "id" and a "pattern"."""

    def __init__(self, nlp, rows: Iterable[dict[str, Any]]) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        self.rows: dict[int, dict[str, Any]] = {}
        self._has_matcher = False
        for row in rows:
            key = nlp.vocab.strings.add(row["id"])
            self.rows[key] = row
            phrases = expand(row["pattern"])
            if phrases is None:
                self.matcher.add(row["id"], [row["pattern"]])
                self._has_matcher = True
            else:
                self.phrases.add(row["id"], [Doc(nlp.vocab, words=p) for p in phrases])

    def __call__(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        hits = [(s, e, self.rows[mid]) for mid, s, e in self.phrases(doc)]
        if self._has_matcher:
            hits += [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)]
        return hits
