"""The trigger matcher finds exactly what spaCy's Matcher finds for the same
patterns (LOWER, IN, OP "?"), without expanding them into phrases."""

from __future__ import annotations

import random

import spacy
from spacy.matcher import Matcher

from streams.extract.patterns import PatternSet, SequenceMatcher

ROWS = [
    {"id": "visit", "pattern": [{"LOWER": {"IN": ["visited", "toured"]}}, {"LOWER": "the", "OP": "?"},
                                {"LOWER": {"IN": ["capital", "city"]}, "OP": "?"}]},
    {"id": "talks", "pattern": [{"LOWER": "held", "OP": "?"}, {"LOWER": {"IN": ["talks", "consultations"]}},
                                {"LOWER": "with", "OP": "?"}]},
    {"id": "summit", "pattern": [{"LOWER": "summit"}]},
    {"id": "summit-talks", "pattern": [{"LOWER": "summit"}, {"LOWER": "talks", "OP": "?"}]},
    {"id": "opt-only", "pattern": [{"LOWER": "the", "OP": "?"}, {"LOWER": "city", "OP": "?"}]},
]
WORDS = ["visited", "toured", "the", "capital", "city", "held", "talks", "consultations", "with",
         "summit", "Summit", "TALKS", "and", ","]


def test_same_matches_as_spacy_matcher_on_random_text():
    nlp = spacy.blank("en")
    reference = Matcher(nlp.vocab)
    for row in ROWS:
        reference.add(row["id"], [row["pattern"]])
    ours = PatternSet(nlp, ROWS)
    rng = random.Random(3)
    for _ in range(500):
        doc = nlp.make_doc(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))))
        expected = sorted((s, e, nlp.vocab.strings[m]) for m, s, e in reference(doc))
        got = [(s, e, row["id"]) for s, e, row in ours(doc)]
        assert sorted(got) == expected, doc.text
        assert [h[:2] for h in got] == sorted(h[:2] for h in got)     # by start, then end


def test_a_pattern_of_optional_words_never_matches_nothing():
    m = SequenceMatcher()
    m.add(1, [["the", None], ["city", None]])
    assert m(["a", "b"]) == []
    assert m(["the", "city"]) == [(1, 0, 1), (1, 0, 2), (1, 1, 2)]
