"""The load test's count of repeats that differ, and the examples a fault run shows of them."""

from __future__ import annotations

from streams.loadtest import Collector
from streams.settings import resolve


def _collector(keep_first: bool) -> Collector:
    expected = {("d", 0): 0.0, ("d", 1): 0.0}
    return Collector(resolve({}, environ={}), expected, keep_first=keep_first)


def _result(paragraph: int, speaker: str, at: str = "2026-01-01T00:00:00.000Z") -> dict:
    return {"doc_id": "d", "paragraph": paragraph, "quotes": [{"speaker": speaker}], "events": [],
            "received_at": at, "processed_at": at}


def test_a_repeat_differing_only_in_its_timestamps_is_the_same_answer():
    c = _collector(keep_first=True)
    c._take("out", _result(0, "Sugiono"), 1.0)
    c._take("out", _result(0, "Sugiono", at="2026-01-01T00:00:09.000Z"), 2.0)
    assert c.counts[("d", 0)] == 2 and c.differing == 0 and c.differing_examples == []


def test_a_repeat_that_differs_is_counted_and_shown_beside_the_first_copy():
    c = _collector(keep_first=True)
    c._take("out", _result(1, "Sugiono"), 1.0)
    c._take("out", _result(1, "Wang Yi"), 2.0)
    assert c.differing == 1
    assert c.differing_examples == [{"doc_id": "d", "paragraph": 1,
                                     "first": {"quotes": [{"speaker": "Sugiono"}]},
                                     "again": {"quotes": [{"speaker": "Wang Yi"}]}}]


def test_without_keep_first_only_the_count_is_kept():
    c = _collector(keep_first=False)
    c._take("out", _result(1, "Sugiono"), 1.0)
    c._take("out", _result(1, "Wang Yi"), 2.0)
    assert c.differing == 1 and c.differing_examples == [] and c.first == {}
