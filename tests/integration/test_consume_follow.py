"""`diplo consume --follow --format table` (compose's consumer service) prints each
result as it arrives, not only when interrupted."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import orjson
import pytest

from streams import client, topics
from streams.agents import process
from streams.cli import stop_worker
from streams.pool import worker_env
from streams.extract import Extractor

pytestmark = pytest.mark.integration


def test_follow_table_prints_results_as_they_come(isolated):
    settings = isolated
    topics.ensure_topics(settings)
    record = {"doc_id": "follow-test", "paragraph": 0, "lang": "en",
              "text": "Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi in Beijing."}
    result, _, problem = process(orjson.dumps(record), {}.get, Extractor())
    assert problem is None and result["events"]
    trigger = result["events"][0]["trigger"]["text"]

    proc = subprocess.Popen([sys.executable, "-m", "streams", "consume", "--follow", "--format", "table"],
                            env=worker_env(settings), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        producer = client.producer(settings)
        producer.send(settings.output_topic, key=b"follow-test", value=orjson.dumps(result))
        producer.flush()
        producer.close()
        out = b""
        deadline = time.monotonic() + 60
        while trigger.encode() not in out and time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([proc.stdout], [], [], 0.5)
            if ready:
                out += os.read(proc.stdout.fileno(), 65536)
        # Still following (no idle stop), and the row was printed before any interrupt.
        assert proc.poll() is None, out.decode(errors="replace")
        text = out.decode(errors="replace")
        assert trigger in text and "Events" in text and "follow-test" in text, text
    finally:
        stop_worker(proc, timeout=10)
