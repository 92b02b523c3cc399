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


def test_steady_latency_leaves_out_the_first_seconds_sent():
    from streams.loadtest import steady_figures
    # 100 paragraphs sent 10 ms apart from t=0: the first second's took 300 ms, the rest 20 ms.
    arrivals = [(i * 0.01 + (0.3 if i < 100 else 0.02), 0.3 if i < 100 else 0.02) for i in range(400)]
    steady = steady_figures(arrivals, 1.0)
    assert steady["paragraphs"] == 300 and steady["p99_ms"] == 20.0 and steady["max_ms"] == 20.0
    assert steady_figures(arrivals, 0.0) is None
    assert steady_figures(arrivals, 10.0) is None      # nothing sent that late


def test_latency_figures_are_percentiles_in_ms_and_none_without_latencies():
    from streams.loadtest import latency_figures
    assert latency_figures([0.010, 0.020, 0.030, 0.040, 0.500]) == {
        "p50_ms": 30.0, "p95_ms": 500.0, "p99_ms": 500.0, "max_ms": 500.0}
    assert latency_figures([]) == {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None}
