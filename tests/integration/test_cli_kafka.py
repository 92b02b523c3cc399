"""The CLI against the real broker: delivery failures, unreachable brokers, Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import orjson
import pytest
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from streams import client
from streams.cli import main as diplo

pytestmark = pytest.mark.integration


def _env(settings) -> dict[str, str]:
    return {"DIPLO_BOOTSTRAP": settings.bootstrap_servers, "DIPLO_INPUT_TOPIC": settings.input_topic,
            "DIPLO_OUTPUT_TOPIC": settings.output_topic, "DIPLO_DLQ_TOPIC": settings.dlq_topic,
            "DIPLO_PARTITIONS": str(settings.partitions)}


def _use(settings, monkeypatch) -> None:
    for name, value in _env(settings).items():
        monkeypatch.setenv(name, value)


def test_produce_reports_messages_the_broker_refused(isolated, tmp_path, monkeypatch, capsys):
    # An input topic that takes at most 1,000 bytes a message: the broker itself refuses more.
    admin = KafkaAdminClient(bootstrap_servers=isolated.bootstrap_servers)
    try:
        admin.create_topics([NewTopic(isolated.input_topic, 1, 1,
                                      topic_configs={"max.message.bytes": "1000"})])
    finally:
        admin.close()
    src = tmp_path / "in.jsonl"
    rows = [{"doc_id": "a", "paragraph": 0, "text": "Menlu RI bertemu."},
            {"doc_id": "a", "paragraph": 1, "text": "kata " * 1000},
            {"doc_id": "a", "paragraph": 2, "text": "Ia tiba di Tokyo."}]
    src.write_bytes(b"\n".join(orjson.dumps(r) for r in rows) + b"\n")
    _use(isolated, monkeypatch)

    assert diplo(["produce", str(src)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert err[0].startswith("diplo produce: 1 of 3 messages were not delivered")
    assert "MessageSizeTooLargeError" in err[0]
    # The two that fit did arrive.
    got = [v["paragraph"] for _, v in client.read(isolated, isolated.input_topic, idle=2)]
    assert sorted(got) == [0, 2]


def test_produce_exits_0_when_all_are_delivered(isolated, seed_path, monkeypatch, capsys):
    _use(isolated, monkeypatch)
    assert diplo(["produce", str(seed_path)]) == 0
    assert "produced 23 messages" in capsys.readouterr().err


def test_unreachable_broker_is_one_line(tmp_path, seed_path, capsys):
    import socket
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t = time.monotonic()
    for command in (["produce", "--bootstrap", f"127.0.0.1:{port}", str(seed_path)],
                    ["consume", "--bootstrap", f"127.0.0.1:{port}"]):
        assert diplo(command) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [f"diplo {command[0]}: no Kafka broker answered at 127.0.0.1:{port} "
                       "(check --bootstrap / DIPLO_BOOTSTRAP)"]
    assert time.monotonic() - t < 15


def test_ctrl_c_ends_consume_follow_with_130(isolated, seed_path, monkeypatch):
    _use(isolated, monkeypatch)
    assert diplo(["produce", str(seed_path)]) == 0
    env = {**os.environ, **_env(isolated)}
    # As from a terminal: a test run started in the background (`cmd &` in a
    # script) hands its children SIGINT ignored, and Python keeps it so.
    proc = subprocess.Popen([sys.executable, "-m", "streams", "consume", "--follow", "--topic", "input"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stdout.readline().startswith(b"{")   # it is reading
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err.decode(errors="replace")
    assert b"Traceback" not in err
