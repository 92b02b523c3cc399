"""Health and metrics endpoints of a real worker process on a real broker."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from streams import client, topics
from streams.cli import free_port, start_worker, stop_worker
from streams.inputs import txt_records

pytestmark = pytest.mark.integration

DOCKERFILE = Path(__file__).resolve().parents[2] / "docker" / "Dockerfile"


def _healthcheck_command() -> list[str]:
    """The exec-form command of the image's HEALTHCHECK, as Docker would run it."""
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    found = re.search(r"^HEALTHCHECK .*?CMD (\[.*\])\s*$", text, re.M)
    assert found, "no exec-form HEALTHCHECK in the Dockerfile"
    return json.loads(found.group(1))


def _healthcheck(port: int) -> int:
    command = _healthcheck_command()
    assert command[0] == "python"
    env = {**os.environ, "DIPLO_WEB_PORT": str(port)}
    return subprocess.run([sys.executable, *command[1:]], env=env, capture_output=True, timeout=30).returncode


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _poll(url: str, proc, timeout: float = 120.0) -> tuple[int, bytes]:
    """Until the URL answers 200; the last answer (status 0: nothing listening)."""
    deadline = time.monotonic() + timeout
    last = (0, b"")
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            last = _get(url)
        except OSError:
            last = (0, b"")
        if last[0] == 200:
            break
        time.sleep(0.2)
    return last


def _samples(text: str) -> dict[tuple[str, tuple], float]:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_health_and_metrics_of_a_running_worker(isolated, seed_path, tmp_path):
    settings = replace(isolated, web_port=free_port())
    topics.ensure_topics(settings)
    base = f"http://127.0.0.1:{settings.web_port}"
    records = list(txt_records(seed_path))[:5]
    proc = start_worker(settings, tmp_path / "worker.log")
    try:
        live = _poll(base + "/health/live", proc)
        ready = _poll(base + "/health/ready", proc)
        log = (tmp_path / "worker.log").read_text(errors="replace")[-3000:]
        assert live[0] == 200 and orjson.loads(live[1]) == {"live": True}, log
        assert ready[0] == 200, (ready, log)
        state = orjson.loads(ready[1])
        assert state["recovered"] and state["partitions"] == list(range(settings.partitions))
        # The image's HEALTHCHECK (run with this Python instead of the image's) passes
        # against a ready worker and fails where nothing answers.
        assert _healthcheck(settings.web_port) == 0
        assert _healthcheck(free_port()) != 0

        sent = [(r["doc_id"].encode(), orjson.dumps(r)) for r in records]
        sent += [(b"bad", b"{not json"), (b"bad", b'{"doc_id": "bad", "paragraph": 0}')]
        assert client.publish(settings, sent) == 7
        results = []
        deadline = time.monotonic() + 120
        for _, value in client.read(settings, settings.output_topic, follow=True, deadline=deadline,
                                    until=lambda v: len(results) >= 5,
                                    alive=lambda: proc.poll() is None):
            results.append(value)
        assert len(results) == 5

        # The dead letters are sent after the results were read: wait for the counters.
        deadline = time.monotonic() + 30
        while True:
            status, body = _get(base + "/metrics")
            assert status == 200
            m = _samples(body.decode())
            if m[("diplo_paragraphs_in_total", ())] == 7 or time.monotonic() > deadline:
                break
            time.sleep(0.3)
    finally:
        stop_worker(proc)

    assert m[("diplo_paragraphs_in_total", ())] == 7
    assert m[("diplo_paragraphs_out_total", ())] == 5
    assert m[("diplo_dead_letters_total", (("reason", "undecodable"),))] == 1
    assert m[("diplo_dead_letters_total", (("reason", "invalid"),))] == 1
    assert m[("diplo_dead_letters_total", (("reason", "extraction_failed"),))] == 0
    assert m[("diplo_extraction_seconds_count", ())] == 7

    events: dict[str, int] = {}
    for r in results:
        for e in r["events"]:
            events[e["type"]] = events.get(e["type"], 0) + 1
    found = {dict(k[1])["type"]: v for k, v in m.items() if k[0] == "diplo_events_total"}
    assert found == events and sum(events.values()) > 0
    quotes = sum(len(r["quotes"]) for r in results)
    assert sum(v for k, v in m.items() if k[0] == "diplo_quotes_total") == quotes > 0

    lag = {dict(k[1])["partition"]: v for k, v in m.items() if k[0] == "diplo_consumer_lag"}
    assert sorted(lag, key=int) == [str(p) for p in range(settings.partitions)]
    assert all(v == 0 for v in lag.values())  # everything sent was read
    assert m[("diplo_table_keys", (("table", "doc-context"),))] == 1  # one document
