"""Plain Kafka clients for the CLI, the demo and the tests (kafka-python)."""

from __future__ import annotations

import time
from typing import Callable, Iterable, Iterator

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from .settings import Settings


def producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(bootstrap_servers=settings.bootstrap_servers, acks="all",
                         linger_ms=5, client_id="diplo-produce")


def publish(settings: Settings, messages: Iterable[tuple[bytes | None, bytes]],
            on_sent: Callable[[], None] | None = None) -> int:
    """Send (key, value) pairs to the input topic; returns how many were sent."""
    prod = producer(settings)
    count = 0
    try:
        for key, value in messages:
            prod.send(settings.input_topic, key=key, value=value)
            count += 1
            if on_sent:
                on_sent()
        prod.flush()
    finally:
        prod.close()
    return count


def _partitions(consumer: KafkaConsumer, topic: str, timeout: float = 30.0) -> list[TopicPartition]:
    """The topic's partitions; a new consumer knows none until its first metadata answer."""
    deadline = time.monotonic() + timeout
    while True:
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return [TopicPartition(topic, p) for p in sorted(parts)]
        if time.monotonic() > deadline:
            raise RuntimeError(f"topic {topic!r} has no partitions (is it created?)")
        consumer.topics()            # forces a metadata request
        time.sleep(0.2)


def end_offsets(settings: Settings, topic: str) -> dict[TopicPartition, int]:
    """Where each partition ends now: read from here to see only what comes next."""
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None,
                             enable_auto_commit=False)
    try:
        return consumer.end_offsets(_partitions(consumer, topic))
    finally:
        consumer.close()


def read(settings: Settings, topic: str, *, start: dict[TopicPartition, int] | None = None,
         follow: bool = False, idle: float = 5.0, until: Callable[[dict], bool] | None = None,
         deadline: float | None = None,
         alive: Callable[[], bool] | None = None) -> Iterator[tuple[bytes | None, dict]]:
    """Yield (key, decoded value) from `topic` (all partitions, no consumer group).

    Starts at `start` offsets (default: the beginning).  Stops when idle for
    `idle` seconds (unless follow), when `until(value)` says so, at `deadline`,
    or when `alive()` turns false (the worker we wait for has died).
    """
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None,
                             enable_auto_commit=False, auto_offset_reset="earliest")
    try:
        parts = _partitions(consumer, topic)
        consumer.assign(parts)
        for tp in parts:
            if start is not None and tp in start:
                consumer.seek(tp, start[tp])
            else:
                consumer.seek_to_beginning(tp)
        last = time.monotonic()
        while True:
            batch = consumer.poll(timeout_ms=500)
            now = time.monotonic()
            for records in batch.values():
                for rec in records:
                    value = orjson.loads(rec.value)
                    yield rec.key, value
                    if until and until(value):
                        return
            if batch:
                last = now
            elif not follow and now - last > idle:
                return
            if deadline is not None and now > deadline:
                return
            if alive is not None and not alive():
                return
    finally:
        consumer.close()
