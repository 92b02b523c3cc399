"""The set tests and loops that replaced generators in the machinery answer
what the generators answered (the speed commits kept the output identical)."""

from __future__ import annotations

import itertools
import random

from streams.extract.clauses.groups import SENTENCE_MARKS
from streams.extract.quotes.marks import _ANY_OPENER, PAIRS
from streams.extract.tokens import phrase_ends_at, phrase_length


def test_sentence_marks_are_every_token_in_dot_bang_query_accepted():
    # `tt.text[i] in ".!?"` is a substring test: "" and ".!" pass it too.
    assert SENTENCE_MARKS == {".!?"[i:j] for i in range(4) for j in range(i, 4)}


def test_one_search_finds_an_opener_where_any_over_pairs_did():
    texts = ["no quote here", "“kata dia”", "he said ``so''", "it''s", "«non»", "‘a", 'x "y"', "„ja“", "it's",
             "``", "`", "'", ""]
    for text in texts:
        assert (_ANY_OPENER.search(text) is not None) == any(ch in text for ch in PAIRS), text


def test_phrase_loops_answer_as_the_generators_did():
    rng = random.Random(7)
    words = ["a", "b", "c", "d"]
    # A tuple of four or more is indexed by word; a list is read whole.
    phrase_sets = [tuple(tuple(p) for p in ps) for ps in (
        [("a",), ("a", "b"), ("b", "c", "d"), ("c", "a")],
        [("a", "b", "c"), ("d",), ("b",), ("a", "b")],
    )] + [[("a", "b"), ("b",)]]
    for _ in range(300):
        low = [rng.choice(words) for _ in range(rng.randint(0, 8))]
        for phrases, i, lo in itertools.product(phrase_sets, range(len(low) + 1), (0, 2)):
            want_len = max((len(p) for p in phrases if tuple(low[i:i + len(p)]) == p), default=0)
            assert phrase_length(low, i, phrases) == want_len
            want_end = any(i - len(p) >= lo and tuple(low[i - len(p):i]) == p for p in phrases)
            assert phrase_ends_at(low, i, phrases, lo) == want_end
