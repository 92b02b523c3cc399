"""A hostile mix through a real worker on the real broker: every message gets
exactly one result or one dead letter with its reason, and the worker keeps going."""

from __future__ import annotations

import base64
import time
from dataclasses import replace

import orjson
import pytest

from streams import client, messages, topics
from streams.cli import start_worker, stop_worker

pytestmark = pytest.mark.integration


def _rec(doc_id: str, paragraph: int, text: str, **fields) -> bytes:
    return orjson.dumps({"doc_id": doc_id, "paragraph": paragraph, "text": text, "lang": "en", **fields})


GOOD = "Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi in Beijing."
QUOTES = " ".join(f'"We are ready {i}," Sugiono said.' for i in range(100))   # ~3.4 KB of text


def test_a_hostile_mix_through_a_real_worker(isolated, tmp_path):
    # Passed to the worker process: small limits make every kind cheap to send.
    settings = replace(isolated, max_text_bytes=4096, max_result_bytes=20000)
    topics.ensure_topics(settings)
    mix = [  # (key, value, expected reason; None: a result)
        (b"g", _rec("g", 0, GOOD), None),
        (b"h", b"<html>not json</html>", "undecodable"),
        (b"h", b"", "undecodable"),
        (b"h", b'{"doc_id": "h", "paragraph": 0, "text": "Menlu \xc0 bertemu"}', "not_utf8"),
        (b"h", b'{"doc_id": "h", "paragraph": "0", "text": "x"}', "invalid"),
        (b"h", b'{"doc_id": "h", "text": "x"}', "invalid"),
        (b"h", _rec("h", 10**6, GOOD), "invalid"),
        (b"h", _rec("h", 1, "\t \r\n "), "empty_text"),
        (b"h", _rec("h", 2, "x" * 5000), "too_large"),
        (b"h", _rec("h", 3, "Sugiono\x00met Wang Yi"), "control_chars"),
        (b"h", _rec("h", 4, "\x1b]0;pwned\x07Sugiono met Wang Yi"), "control_chars"),
        (b"not-h", _rec("h", 5, GOOD), "key_mismatch"),
        (None, _rec("h", 6, GOOD), "key_mismatch"),
        (b"g", _rec("g", 1, QUOTES), None),                  # a result over 20,000 bytes: truncated
        (b"g", _rec("g", 2, "Sugiono\tmet\r\nWang Yi."), None),   # whitespace controls: read as spaces
        (b"g", _rec("g", 3, GOOD), None),
    ]
    expected_dead = sorted(r for _, _, r in mix if r)
    proc = start_worker(settings, tmp_path / "worker.log")
    try:
        assert client.publish(settings, [(k, v) for k, v, _ in mix]) == len(mix)
        deadline = time.monotonic() + 180
        for topic, count in ((settings.output_topic, 4), (settings.dlq_topic, len(expected_dead))):
            seen = []
            for _, value in client.read(settings, topic, follow=True, deadline=deadline,
                                        until=lambda v, seen=seen, count=count: len(seen) + 1 >= count,
                                        alive=lambda: proc.poll() is None):
                seen.append(value)
        # Read both topics whole once more: exactly one output per input, nothing late.
        results = [v for _, v in client.read(settings, settings.output_topic, idle=3)]
        dead = [v for _, v in client.read(settings, settings.dlq_topic, idle=1)]
        assert proc.poll() is None  # still running
    finally:
        stop_worker(proc)
    log = (tmp_path / "worker.log").read_text(errors="replace")[-3000:]

    assert sorted((r["doc_id"], r["paragraph"]) for r in results) == [("g", 0), ("g", 1), ("g", 2), ("g", 3)], log
    assert sorted(d["reason"] for d in dead) == expected_dead, log
    by_value = {v: r for _, v, r in mix if r}
    for d in dead:
        assert messages.errors("dead_letter", d) == []
        value = base64.b64decode(d["value_b64"])
        if d["value_truncated"]:  # under the 20,000-byte limit only the first bytes travel
            (value,) = [v for v in by_value if v.startswith(value) and len(v) == d["value_size"]]
        assert by_value[value] == d["reason"], d
    for r in results:
        assert messages.errors("extraction", r) == []
        assert len(orjson.dumps(r)) <= 20000
    truncated = [r for r in results if r["paragraph"] == 1][0]
    assert truncated["truncated"]["quotes"] > 0 and truncated["quotes"]
