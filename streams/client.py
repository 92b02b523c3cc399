"""Plain Kafka clients for the CLI, the demo and the tests (kafka-python)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError

from .connection import client_config, security_config
from .errors import UserError
from .settings import Settings


class DeliveryFailed(UserError):
    """Some messages were not delivered (the broker refused them or timed out)."""

    def __init__(self, topic: str, delivered: int, failures: Counter, first: str) -> None:
        failed = sum(failures.values())
        kinds = ", ".join(f"{name} x{n}" for name, n in failures.most_common())
        super().__init__(f"{failed} of {delivered + failed} messages were not delivered to "
                         f"{topic} ({kinds}); first error: {first}")
        self.delivered = delivered
        self.failed = failed
        self.failures = failures


def require_broker(settings: Settings, timeout: float = 3.0) -> None:
    """Fail at once, in one line, when nothing listens at the bootstrap
    servers (kafka-python would retry for 30 s and then raise a timeout),
    or when the broker refuses the SASL credentials or the TLS handshake
    (kafka-python would retry those until its timeout too)."""
    from .kafka_local import accepts, wait_ready
    if not accepts(settings.bootstrap_servers, timeout):
        hint = ("start it with `diplo kafka start`" if settings.local
                else "check --bootstrap / DIPLO_BOOTSTRAP")
        raise UserError(f"no Kafka broker answered at {settings.bootstrap_servers} ({hint})")
    if settings.security_protocol != "PLAINTEXT":
        wait_ready(settings.bootstrap_servers, max(timeout, 10.0), security_config(settings))


def producer(settings: Settings) -> KafkaProducer:
    # Not idempotent: kafka-python 3.0's idempotent producer takes one record
    # the broker refuses (MessageSizeTooLargeError) as fatal and aborts every
    # other record in flight.  One request in flight keeps a document's
    # paragraphs in order across retries instead.
    return KafkaProducer(**client_config(settings), acks="all",
                         linger_ms=5, client_id="diplo-produce", enable_idempotence=False,
                         max_in_flight_requests_per_connection=1)


def publish(settings: Settings, messages: Iterable[tuple[bytes | None, bytes]],
            on_sent: Callable[[], None] | None = None) -> int:
    """Send (key, value) pairs to the input topic and wait for the broker's
    answer to each one; returns how many were delivered.  DeliveryFailed
    (after all were tried) if any was refused: queued is not delivered.
    `on_sent` is called once per message when its outcome is known."""
    prod = producer(settings)
    futures = []
    failures: Counter = Counter()
    first: list[str] = []

    def failed(exc: BaseException) -> None:
        failures[type(exc).__name__] += 1
        if not first:
            first.append(str(exc) or type(exc).__name__)

    try:
        for key, value in messages:
            try:
                future = prod.send(settings.input_topic, key=key, value=value)
            except KafkaError as exc:  # refused before it left, e.g. over max_request_size
                failed(exc)
                if on_sent:
                    on_sent()
                continue
            if on_sent:
                future.add_both(lambda _: on_sent())
            futures.append(future)
        try:
            prod.flush()
        except KafkaError:
            pass  # each record's own future below says what became of it
        delivered = 0
        for future in futures:
            try:
                future.get(timeout=0 if future.is_done else 30)
                delivered += 1
            except KafkaError as exc:
                failed(exc)
    finally:
        try:
            prod.close()
        except KafkaError:
            pass  # the outcome of every record is already known
    if failures:
        raise DeliveryFailed(settings.input_topic, delivered, failures, first[0])
    return delivered


def _partitions(consumer: KafkaConsumer, topic: str, timeout: float = 30.0) -> list[TopicPartition]:
    """The topic's partitions; a new consumer knows none until its first metadata answer."""
    deadline = time.monotonic() + timeout
    while True:
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return [TopicPartition(topic, p) for p in sorted(parts)]
        if time.monotonic() > deadline:
            raise UserError(f"topic {topic!r} does not exist at {consumer.config['bootstrap_servers']} "
                            "(a worker or `diplo produce` creates it)")
        consumer.topics()            # forces a metadata request
        time.sleep(0.2)


# These consumers have no group, so nothing to commit: a bounded close, so that
# Ctrl-C ends `consume --follow` at once (kafka-python otherwise waits up to its
# request timeout, 30 s, for in-flight work: a CI run timed out on it).
CLOSE_MS = 2000


def end_offsets(settings: Settings, topic: str) -> dict[TopicPartition, int]:
    """Where each partition ends now: read from here to see only what comes next."""
    consumer = KafkaConsumer(**client_config(settings), group_id=None,
                             enable_auto_commit=False)
    try:
        return consumer.end_offsets(_partitions(consumer, topic))
    finally:
        consumer.close(autocommit=False, timeout_ms=CLOSE_MS)


def read(settings: Settings, topic: str, *, start: dict[TopicPartition, int] | None = None,
         follow: bool = False, idle: float = 5.0, until: Callable[[dict], bool] | None = None,
         deadline: float | None = None,
         alive: Callable[[], bool] | None = None) -> Iterator[tuple[bytes | None, dict]]:
    """Yield (key, decoded value) from `topic` (all partitions, no consumer group).

    Starts at `start` offsets (default: the beginning).  Stops when idle for
    `idle` seconds (unless follow), when `until(value)` says so, at `deadline`,
    or when `alive()` turns false (the worker we wait for has died).
    """
    consumer = KafkaConsumer(**client_config(settings), group_id=None,
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
        consumer.close(autocommit=False, timeout_ms=CLOSE_MS)
