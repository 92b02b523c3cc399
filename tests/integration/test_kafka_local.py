"""The local Kafka broker's life cycle, against a real broker.

The brokers here run on free random ports (never the default 19092/19093)
but share the default jar cache, so only the first run ever fetches jars.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

from streams import kafka_local
from streams.cli import free_ports
from streams.kafka_local import KafkaLocalError
from streams.settings import Settings


@pytest.fixture
def settings():
    port, cport = free_ports(2)
    assert {port, cport}.isdisjoint({19092, 19093})
    s = Settings(kafka_port=port, controller_port=cport)
    yield s
    kafka_local.stop(s, timeout=10)  # never leave a broker behind
    shutil.rmtree(kafka_local.run_dir(s), ignore_errors=True)


def _no_tools(*args, **kwargs):
    raise AssertionError("a cached fetch must not look for or run mvn")


def test_cached_fetch_runs_no_mvn(tmp_path, monkeypatch):
    s = Settings(home=tmp_path)
    libs = kafka_local.libs_dir(s)
    libs.mkdir(parents=True)
    (libs.parent / ".complete").write_text(s.kafka_version)
    monkeypatch.setattr(shutil, "which", _no_tools)
    monkeypatch.setattr(subprocess, "run", _no_tools)
    t = time.perf_counter()
    assert kafka_local.fetch(s) == libs
    assert time.perf_counter() - t < 0.5


def test_fetch_without_mvn_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(KafkaLocalError, match="mvn"):
        kafka_local.fetch(Settings(home=tmp_path))


def test_start_refuses_when_an_external_cluster_is_configured(tmp_path):
    with pytest.raises(KafkaLocalError, match="external"):
        kafka_local.start(Settings(home=tmp_path, bootstrap="kafka.example:9092"))


@pytest.mark.integration
def test_life_cycle(settings):
    assert kafka_local.status(settings)["running"] is False

    first = kafka_local.start(settings)
    assert first["running"] and first["answers"]
    assert first["bootstrap"] == settings.bootstrap_servers
    assert kafka_local.status(settings)["pid"] == first["pid"]

    topic = "kafka-local-test"
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
    try:
        admin.create_topics([NewTopic(topic, 1, 1)])
    finally:
        admin.close()
    producer = KafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    producer.send(topic, b"hello").get(timeout=30)
    producer.close()
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers,
                             consumer_timeout_ms=15000)
    consumer.assign([TopicPartition(topic, 0)])
    consumer.seek_to_beginning()
    record = next(consumer)  # StopIteration after 15 s without a record
    consumer.close()
    assert record.value == b"hello"

    # No second broker: start() on a running one returns the same process.
    assert kafka_local.start(settings)["pid"] == first["pid"]

    assert kafka_local.stop(settings) is True
    after = kafka_local.status(settings)
    assert after["running"] is False and after["pid"] is None
    assert not (kafka_local.run_dir(settings) / "kafka.pid").exists()
    assert kafka_local.stop(settings) is False

    # Restart on the same data dir, via the context manager, which stops
    # the broker again because it started it.
    with kafka_local.ensure_running(settings) as bootstrap:
        assert kafka_local.status(settings)["answers"]
        admin = KafkaAdminClient(bootstrap_servers=bootstrap)
        try:
            assert topic in admin.list_topics()
        finally:
            admin.close()
    assert kafka_local.status(settings)["running"] is False


@pytest.mark.integration
def test_ensure_running_leaves_a_broker_it_did_not_start(settings):
    pid = kafka_local.start(settings)["pid"]
    with kafka_local.ensure_running(settings):
        pass
    assert kafka_local.status(settings)["pid"] == pid
    # An external bootstrap is only waited for, never started or stopped.
    with kafka_local.ensure_running(replace(settings, bootstrap=settings.bootstrap_servers)):
        pass
    assert kafka_local.status(settings)["pid"] == pid


@pytest.mark.integration
def test_a_broker_that_dies_while_starting_reports_its_log(settings):
    # The client port is bound but not listening: it passes the check for a
    # foreign listener, and the broker dies when it binds.
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", settings.kafka_port))
        with pytest.raises(KafkaLocalError, match="(?s)exited.*Address already in use"):
            kafka_local.start(settings, timeout=60)
    assert not (kafka_local.run_dir(settings) / "kafka.pid").exists()


def test_wait_ready_times_out():
    (port,) = free_ports(1)
    t = time.perf_counter()
    with pytest.raises(KafkaLocalError, match="answered"):
        kafka_local.wait_ready(f"127.0.0.1:{port}", 1.0)
    assert time.perf_counter() - t < 5


@pytest.mark.parametrize("which", ["kafka_port", "controller_port"])
def test_start_refuses_a_port_another_process_listens_on(tmp_path, which):
    port, cport = free_ports(2)
    s = Settings(home=tmp_path, kafka_port=port, controller_port=cport)
    with socket.socket() as other:  # a plain listener: not a broker we started
        other.bind(("127.0.0.1", getattr(s, which)))
        other.listen()
        t = time.perf_counter()
        with pytest.raises(KafkaLocalError, match=f"port {getattr(s, which)} is in use"):
            kafka_local.start(s)
        assert time.perf_counter() - t < 5          # refused before any JVM or mvn
    assert not (kafka_local.run_dir(s) / "kafka.pid").exists()
    assert not kafka_local.libs_dir(s).exists()


def test_a_pid_file_of_another_broker_is_not_ours(tmp_path):
    port, cport = free_ports(2)
    s = Settings(home=tmp_path, kafka_port=port, controller_port=cport)
    kafka_local.run_dir(s).mkdir(parents=True)
    # A process that looks like a broker of another run dir (a reused pid, another checkout).
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)",
                              "kafka.Kafka", str(tmp_path / "elsewhere" / "server.properties")])
    try:
        cmdline = Path(f"/proc/{other.pid}/cmdline")
        while b"kafka.Kafka" not in cmdline.read_bytes():  # empty until the exec is done
            time.sleep(0.05)
        (kafka_local.run_dir(s) / "kafka.pid").write_text(f"{other.pid}\n")
        assert kafka_local.status(s)["running"] is False
        assert kafka_local.stop(s) is False            # and never signalled
        assert other.poll() is None
        assert not (kafka_local.run_dir(s) / "kafka.pid").exists()
    finally:
        other.kill()
        other.wait()


def test_a_second_start_waits_for_the_first(tmp_path):
    import fcntl
    port, cport = free_ports(2)
    s = Settings(home=tmp_path, kafka_port=port, controller_port=cport)
    kafka_local.run_dir(s).mkdir(parents=True)
    with open(kafka_local.run_dir(s) / "start.lock", "a") as held:   # a start in progress
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(KafkaLocalError, match="another `diplo kafka start`"):
            kafka_local.start(s, timeout=1)


def test_cli_kafka_start_on_a_taken_port_is_one_line(tmp_path, monkeypatch, capsys):
    from streams.cli import free_ports, main as diplo
    port, cport = free_ports(2)
    monkeypatch.setenv("DIPLO_HOME", str(tmp_path))
    monkeypatch.setenv("DIPLO_KAFKA_PORT", str(port))
    monkeypatch.setenv("DIPLO_CONTROLLER_PORT", str(cport))
    monkeypatch.delenv("DIPLO_BOOTSTRAP", raising=False)
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        assert diplo(["kafka", "start"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"diplo kafka: port {port} is in use by a process `diplo kafka start` "
                                "did not start; stop it, or choose another port with DIPLO_KAFKA_PORT"]
