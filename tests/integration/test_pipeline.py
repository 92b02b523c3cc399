"""The whole path on a real broker with a real worker process."""

from __future__ import annotations

import time

import orjson
import pytest

from streams import client, messages, topics
from streams.cli import main as diplo, start_worker, stop_worker
from streams.inputs import txt_records

pytestmark = pytest.mark.integration


def _strip_times(result: dict) -> dict:
    return {k: v for k, v in result.items() if k not in ("received_at", "processed_at")}


def _collect(settings, topic, expected: int, proc, timeout: float = 120.0) -> list[dict]:
    got = []
    deadline = time.monotonic() + timeout
    for _, value in client.read(settings, topic, follow=True, deadline=deadline,
                                until=lambda v: len(got) >= expected,
                                alive=lambda: proc.poll() is None):
        got.append(value)
    return got


def test_seed_round_trip_with_dead_letter(isolated, seed_path, tmp_path, capsysbinary):
    settings = isolated
    topics.ensure_topics(settings)
    records = list(txt_records(seed_path))
    assert len(records) == 23
    malformed = [b'{"doc_id": "broken", "paragraph": "zero"', b'{"doc_id": "x", "paragraph": -1, "text": "a"}']
    messages_out = [(r["doc_id"].encode(), orjson.dumps(r)) for r in records[:10]]
    messages_out += [(b"broken", m) for m in malformed]
    messages_out += [(r["doc_id"].encode(), orjson.dumps(r)) for r in records[10:]]

    proc = start_worker(settings, tmp_path / "worker.log")
    try:
        assert client.publish(settings, messages_out) == 25
        results = _collect(settings, settings.output_topic, 23, proc)
        dead = _collect(settings, settings.dlq_topic, 2, proc, timeout=30)
    finally:
        stop_worker(proc)
    log = (tmp_path / "worker.log").read_text(errors="replace")

    keys = [(r["doc_id"], r["paragraph"]) for r in results]
    assert sorted(keys) == [(seed_path.name, i) for i in range(23)], log[-3000:]
    assert len(set(keys)) == 23
    for r in results:
        assert messages.errors("extraction", r) == []
    assert sum(len(r["events"]) for r in results) > 0
    assert sum(len(r["quotes"]) for r in results) > 0

    assert sorted(d["reason"] for d in dead) == ["invalid", "undecodable"]
    for d in dead:
        assert messages.errors("dead_letter", d) == []
        assert d["topic"] == settings.input_topic and d["offset"] is not None

    # The offline CLI gives the same events and quotes as the stream.
    assert diplo(["extract", str(seed_path)]) == 0
    offline = [orjson.loads(line) for line in capsysbinary.readouterr().out.splitlines()]
    by_key = {(r["doc_id"], r["paragraph"]): _strip_times(r) for r in results}
    assert [_strip_times(r) for r in offline] == [by_key[(r["doc_id"], r["paragraph"])] for r in offline]


def test_topics_created_with_partitions(isolated):
    from kafka import KafkaConsumer

    created = topics.ensure_topics(isolated)
    assert sorted(created) == sorted(topics.names(isolated))
    assert topics.ensure_topics(isolated) == []          # idempotent
    consumer = KafkaConsumer(bootstrap_servers=isolated.bootstrap_servers)
    try:
        for name in topics.names(isolated):
            assert len(consumer.partitions_for_topic(name)) == isolated.partitions
    finally:
        consumer.close()


def test_demo_twice_prints_this_runs_results(isolated, seed_path, monkeypatch, capsysbinary):
    """The demo reads only what its own run produced, also when the output topic
    already holds results of earlier runs (a fresh consumer knows no partitions
    until its first metadata answer)."""
    for field in ("input_topic", "output_topic", "dlq_topic", "app_id", "data_dir", "partitions"):
        monkeypatch.setenv("DIPLO_" + field.upper(), str(getattr(isolated, field)))
    monkeypatch.setenv("DIPLO_BOOTSTRAP", isolated.bootstrap_servers)
    assert diplo(["extract", str(seed_path)]) == 0
    offline = [_strip_times(orjson.loads(x)) for x in capsysbinary.readouterr().out.splitlines()]
    for _ in range(2):
        assert diplo(["demo", str(seed_path), "--format", "jsonl", "--timeout", "120"]) == 0
        shown = [_strip_times(orjson.loads(x)) for x in capsysbinary.readouterr().out.splitlines()]
        assert shown == offline
    assert len(client.end_offsets(isolated, isolated.output_topic)) == isolated.partitions
