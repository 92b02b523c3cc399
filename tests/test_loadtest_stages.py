"""The load test's latency split: which stage a paragraph's latency went to."""

from __future__ import annotations

import math

from streams.loadtest import _stages, stage_figures


def test_stages_come_from_the_results_timestamps():
    sent = 1_700_000_000.000
    result = {"received_at": "2023-11-14T22:13:20.020Z", "processed_at": "2023-11-14T22:13:20.025Z"}
    to_worker, in_worker, to_reader = _stages(result, sent, sent + 0.040)
    assert round(to_worker * 1000) == 20 and round(in_worker * 1000) == 5 and round(to_reader * 1000) == 15


def test_a_result_without_timestamps_is_left_out():
    assert all(math.isnan(v) for v in _stages({}, 0.0, 1.0))
    assert stage_figures([_stages({}, 0.0, 1.0)], [1.0]) == {}


def test_the_tail_is_told_by_its_slowest_paragraphs():
    # 99 paragraphs wait 1 ms for the worker; one waits 500 ms: the tail is that wait.
    stages = [(0.001, 0.001, 0.010)] * 99 + [(0.500, 0.001, 0.010)]
    latencies = [sum(s) for s in stages]
    figures = stage_figures(stages, latencies)
    assert figures["to_worker"]["p50_ms"] == 1.0
    assert figures["slowest_1pct_mean_ms"] == {"to_worker": 500.0, "in_worker": 1.0, "to_reader": 10.0}
