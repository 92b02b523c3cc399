"""The local Kafka broker's life cycle, against a real broker.

The brokers here run on free random ports (never the default 19092/19093)
but share the default jar cache, so only the first run ever fetches jars.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import replace

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

from streams import kafka_local
from streams.kafka_local import KafkaLocalError
from streams.settings import Settings


def _free_ports(n: int) -> list[int]:
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:  # all bound at once, so the ports differ
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@pytest.fixture
def settings():
    port, cport = _free_ports(2)
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
    with socket.socket() as squatter:  # the client port is taken
        squatter.bind(("127.0.0.1", settings.kafka_port))
        squatter.listen()
        with pytest.raises(KafkaLocalError, match="(?s)exited.*Address already in use"):
            kafka_local.start(settings, timeout=60)
    assert not (kafka_local.run_dir(settings) / "kafka.pid").exists()


def test_wait_ready_times_out():
    (port,) = _free_ports(1)
    t = time.perf_counter()
    with pytest.raises(KafkaLocalError, match="answered"):
        kafka_local.wait_ready(f"127.0.0.1:{port}", 1.0)
    assert time.perf_counter() - t < 5
