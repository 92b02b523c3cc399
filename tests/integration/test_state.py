"""The document contexts' table on a real broker: compacted, and forgotten
after DIPLO_CONTEXT_TTL (a tombstone, so a restarted worker loads nothing old)."""

from __future__ import annotations

import time
from dataclasses import replace

import orjson
import pytest
from kafka import KafkaAdminClient, KafkaConsumer
from kafka.admin import ConfigResource, ConfigResourceType

from streams import client, topics
from streams.cli import start_worker, stop_worker
from streams.packing import unpack

pytestmark = pytest.mark.integration


def _changelog(settings, timeout: float) -> list[tuple[str, dict | None]]:
    name = f"{settings.app_id}-doc-context-changelog"
    consumer = KafkaConsumer(name, bootstrap_servers=settings.bootstrap_servers, group_id=None,
                             auto_offset_reset="earliest", consumer_timeout_ms=int(timeout * 1000))
    try:
        return [(orjson.loads(r.key), unpack(r.value) if r.value is not None else None)
                for r in consumer]
    finally:
        consumer.close()


def test_contexts_are_compacted_and_expire(isolated, tmp_path):
    settings = replace(isolated, context_ttl=2.0)
    topics.ensure_topics(settings)
    records = [{"doc_id": "old-news", "paragraph": i, "lang": "en",
                "text": "Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi in Beijing."}
               for i in range(2)]
    proc = start_worker(settings, tmp_path / "worker.log")
    try:
        client.publish(settings, [(b"old-news", orjson.dumps(r)) for r in records])
        got = []
        for _, value in client.read(settings, settings.output_topic, follow=True,
                                    deadline=time.monotonic() + 120, until=lambda v: len(got) >= 1,
                                    alive=lambda: proc.poll() is None):
            got.append(value)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            log = _changelog(settings, 2.0)
            if log and log[-1] == ("old-news", None):
                break
            time.sleep(1)
    finally:
        stop_worker(proc)
    written = [v for k, v in log if k == "old-news" and v is not None]
    assert written and written[-1]["applied"] == 1, log            # the context was stored ...
    assert log[-1] == ("old-news", None), (tmp_path / "worker.log").read_text()[-2000:]  # ... then forgotten
    name = f"{settings.app_id}-doc-context-changelog"
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name, ["cleanup.policy"])],
                                           config_filter="all")
    finally:
        admin.close()
    assert described["topic"][name]["cleanup.policy"]["value"] == "compact"
