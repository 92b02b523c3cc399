"""The metrics object and the readiness rule, without a broker."""

from __future__ import annotations

from dataclasses import replace

from prometheus_client.parser import text_string_to_metric_families

from streams import web, worker
from streams.metrics import Metrics, quote_type
from streams.settings import resolve


def _value(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels or None)


def test_counts_by_label_and_a_fresh_registry_each():
    m = Metrics()
    result = {"events": [{"type": "CONSULT"}, {"type": "CONSULT"}, {"type": "ACCUSE"}],
              "quotes": [{"direct": True, "partial": False}, {"direct": False, "partial": True},
                         {"direct": False, "partial": False}]}
    m.paragraph_in()
    m.published(result, 0.002)
    m.paragraph_in()
    m.dead_lettered("invalid", 0.0001)
    assert _value(m, "diplo_paragraphs_in_total") == 2
    assert _value(m, "diplo_paragraphs_out_total") == 1
    assert _value(m, "diplo_events_total", type="CONSULT") == 2
    assert _value(m, "diplo_events_total", type="ACCUSE") == 1
    assert [_value(m, "diplo_quotes_total", type=t) for t in ("direct", "partial", "indirect")] == [1, 1, 1]
    assert _value(m, "diplo_dead_letters_total", reason="invalid") == 1
    assert _value(m, "diplo_dead_letters_total", reason="undecodable") == 0  # present before any
    assert _value(m, "diplo_extraction_seconds_bucket", le="0.0025") == 2
    assert _value(m, "diplo_extraction_seconds_bucket", le="0.001") == 1
    assert _value(Metrics(), "diplo_paragraphs_in_total") == 0  # registries are not shared


def test_lag_gauge_keeps_only_the_partitions_assigned_now():
    m = Metrics()
    m.set_lag([("paragraphs", 0, 5), ("paragraphs", 1, 0)])
    m.set_lag([("paragraphs", 1, 3)])
    text = m.exposition().decode()
    lags = {s.labels["partition"]: s.value for f in text_string_to_metric_families(text)
            for s in f.samples if s.name == "diplo_consumer_lag"}
    assert lags == {"1": 3}


def test_quote_type():
    assert quote_type({"direct": True, "partial": True}) == "partial"
    assert quote_type({"direct": True}) == "direct"
    assert quote_type({}) == "indirect"


def test_a_worker_that_has_not_joined_is_not_ready(tmp_path):
    settings = replace(resolve({}, environ={}), data_dir=tmp_path, app_id="diplo-unit-web")
    app, _ = worker.build(settings)
    state = web.readiness(app, settings.input_topic)
    assert state == {"ready": False, "partitions": [], "recovered": False, "rebalancing": False}
    assert {web.LIVE_PATH, web.READY_PATH, web.METRICS_PATH} <= set(app.web.views)
