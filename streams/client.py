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


def end_offsets(settings: Settings, topic: str) -> dict[TopicPartition, int]:
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, group_id=None,
                             enable_auto_commit=False)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        return consumer.end_offsets([TopicPartition(topic, p) for p in parts])
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
        parts = []
        wait_until = time.monotonic() + 30
        while not parts and time.monotonic() < wait_until:
            parts = [TopicPartition(topic, p) for p in (consumer.partitions_for_topic(topic) or ())]
            if not parts:
                time.sleep(0.5)
        consumer.assign(parts)
        for tp in parts:
            if start and tp in start:
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
