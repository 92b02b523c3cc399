"""The stream: decode -> validate -> extract -> publish | dead-letter.

Agents only wire steps together; the work is in messages.py and extract/.
An exception inside a Faust agent would ack and drop the message, so every
failure is caught here and routed to the dead-letter topic.

Two agents serve the two profiles (settings.profile):
- "tuned" takes a batch of paragraphs at a time, publishes every result,
  writes each document's context once per batch (contexts.py: replays give
  the same answer), and waits for the broker to confirm the batch's sends
  before its offsets are acked;
- "naive" runs the same step one message at a time with stdlib json: the
  baseline `diplo loadtest --baseline` measures against.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import faust
from faust.streams import _current_event  # the task-local event a table write is partitioned by

from .batching import take_ready
from .contexts import Batch, Duplicate
from .extract import Extractor
from .messages import (LIMITS, InvalidMessage, Limits, bound_result, check_key, dead_letter,
                       decode_paragraph, encode, now_iso)
from .metrics import Metrics
from .packing import Packer, unpack
from .settings import Settings
from .topics import Topics

log = logging.getLogger(__name__)

YIELD_EVERY = 0.1   # seconds of extraction between two turns of the event loop


def build_result(extraction: dict, received_at: str) -> dict:
    return {**extraction, "received_at": received_at, "processed_at": now_iso()}


class _Offline:
    def __repr__(self) -> str:
        return "OFFLINE"


#: The `key` of process() for input that never had a message key (files read
#: by `diplo extract`): the key check is skipped.
OFFLINE = _Offline()


def decode(raw: bytes | None, *, key: bytes | str | None | _Offline = OFFLINE, limits: Limits = LIMITS
           ) -> tuple[dict | None, dict | None]:
    """Input bytes -> (paragraph record, problem); never raises."""
    try:
        record = decode_paragraph(raw if raw is not None else b"", limits)
        if key is not OFFLINE:
            check_key(key, record)
        return record, None
    except InvalidMessage as exc:
        return None, {"reason": exc.reason, "error": exc.error}
    except Exception as exc:  # a bug at the boundary must not stop the stream either
        log.exception("decoding failed")
        return None, {"reason": "invalid", "error": f"{type(exc).__name__}: {exc}"}


def extract(record: dict, context: dict | None, extractor: Extractor, received_at: str,
            limits: Limits = LIMITS) -> tuple[dict | None, dict | None, dict | None]:
    """A decoded record and the context it starts from -> (result, new context, problem);
    never raises.  The result is already bounded (see messages.bound_result)."""
    result, _, new_context, problem = _extract_encoded(record, context, extractor, received_at, limits)
    return result, new_context, problem


def _extract_encoded(record: dict, context: dict | None, extractor: Extractor, received_at: str,
                     limits: Limits) -> tuple[dict | None, bytes | None, dict | None, dict | None]:
    """extract(), with the result's encoding too: bounding it encodes it anyway."""
    try:
        extraction, ctx = extractor.extract(record, context)
        new_context = ctx.to_dict()
    except Exception as exc:  # a bug in a rule must not stop the stream
        log.exception("extraction failed for %s/%s", record["doc_id"], record["paragraph"])
        return None, None, None, {"reason": "extraction_failed", "error": f"{type(exc).__name__}: {exc}"}
    try:
        result, encoded = bound_result(build_result(extraction, received_at), limits.max_result_bytes)
    except InvalidMessage as exc:
        return None, None, None, {"reason": exc.reason, "error": exc.error}
    return result, encoded, new_context, None


def process(raw: bytes | None, lookup: Callable[[str], dict | None], extractor: Extractor, *,
            key: bytes | str | None | _Offline = OFFLINE, limits: Limits = LIMITS
            ) -> tuple[dict | None, dict | None, dict | None]:
    """One input message -> (result, new context, problem); never raises.

    What `diplo extract` and the tests run: decode() then extract(), the two
    steps the agents run with their stored contexts.  `lookup(doc_id)` returns
    a document's context so far; `key` is the message key, which must be the
    doc_id (None: the message had none); `problem` is {"reason", "error"} for
    a dead letter.
    """
    received_at = now_iso()
    record, problem = decode(raw, key=key, limits=limits)
    if problem is not None:
        return None, None, problem
    try:
        # Paragraph 0 opens a document: a replay starts from a clean context.
        context = None if record["paragraph"] == 0 else lookup(record["doc_id"])
    except Exception as exc:
        log.exception("context lookup failed for %s/%s", record["doc_id"], record["paragraph"])
        return None, None, {"reason": "extraction_failed", "error": f"{type(exc).__name__}: {exc}"}
    return extract(record, context, extractor, received_at, limits)


def _dead_letter_value(message: Any, problem: dict, dumps: Callable[[Any], bytes], limits: Limits) -> bytes:
    return dumps(dead_letter(message.value, problem["reason"], problem["error"], topic=message.topic,
                             partition=message.partition, offset=message.offset,
                             max_bytes=limits.max_result_bytes))


class _Source:
    """What a table write reads to pick its changelog partition: the message
    it comes from (topic and partition).  Faust takes it from the task's
    current event; in a batch, or in a timer, there is none that is right."""

    def __init__(self, topic: str, partition: int) -> None:
        self.message = SimpleNamespace(topic=topic, partition=partition)


@contextmanager
def _from_source(source: Any) -> Iterator[None]:
    # Only this task's context variable is set, never the stream's own
    # `current_event`, which the take() buffer reads.
    token = _current_event.set(weakref.ref(source))
    try:
        yield
    finally:
        _current_event.reset(token)


#: Records this worker wrote last that it keeps decoded (see _Stored): a few
#: batches' documents; each is tens of KB as Python objects.
DECODED_RECORDS = 256


class _Stored:
    """A document's record as a dict.  The table holds each as compressed JSON
    bytes (`streams.packing`): a few KB per document in memory and in the changelog,
    against tens of KB as Python objects (a worker held 368 MB after 200,000
    paragraphs that way).

    A document's next batch mostly reads back what this worker wrote for it:
    the last DECODED_RECORDS records written are kept decoded, and one is
    used while the table still holds the very bytes object written with it
    (after a recovery, or another worker's write, the table holds other
    bytes, which are decoded).  Decompressing and parsing took about a tenth
    of a loaded worker's CPU (py-spy).  The records are never modified once
    written (contexts.py builds new ones).  Likewise the time each record
    written was last seen, and its partition, are kept for every document
    (what `expire` reads of each, once a minute, for the whole table)."""

    def __init__(self, contexts: faust.types.TableT, keep: int = DECODED_RECORDS) -> None:
        self.contexts, self.keep = contexts, keep
        self.pack = Packer()
        self._decoded: dict[str, tuple[bytes, dict]] = {}
        self._seen: dict[str, tuple[bytes, float | None, int | None]] = {}

    def __call__(self, doc_id: str) -> dict | None:
        raw = self.contexts.get(doc_id)
        if not raw:
            return None
        kept = self._decoded.get(doc_id)
        if kept is not None and kept[0] is raw:
            return kept[1]
        return unpack(raw)

    def seen(self, doc_id: str) -> tuple[float | None, int | None] | None:
        """When a document's record was last seen, and its partition (None: no record)."""
        raw = self.contexts.get(doc_id)
        if not raw:
            return None
        mine = self._seen.get(doc_id)
        if mine is not None and mine[0] is raw:
            return mine[1], mine[2]
        record = self(doc_id) or {}
        return record.get("seen"), record.get("partition")

    def prune(self) -> None:
        """Forget what the table no longer holds (expired, revoked, written by another worker)."""
        get = self.contexts.get
        self._seen = {doc_id: mine for doc_id, mine in self._seen.items() if get(doc_id) is mine[0]}

    def write(self, doc_id: str, record: dict) -> asyncio.Future:
        """Store a record, to the changelog partition record["partition"]; returns the changelog
        write's future (Table.__setitem__ would drop it: see _write_records)."""
        raw = self.pack(doc_id, record)
        written = self.contexts.send_changelog(record["partition"], doc_id, raw)
        self.contexts.data[doc_id] = raw
        self._seen[doc_id] = (raw, record.get("seen"), record.get("partition"))
        decoded = self._decoded
        decoded.pop(doc_id, None)      # to the end: the oldest go first
        decoded[doc_id] = (raw, record)
        if len(decoded) > self.keep:
            del decoded[next(iter(decoded))]
        return written


def _write_records(stored: _Stored, records: dict[str, dict],
                   events: dict[str, faust.EventT]) -> list[asyncio.Future]:
    """Each document's record goes to the changelog partition its paragraphs
    came from; returns the changelog writes' futures.

    `contexts[doc_id] = value` would queue the write in the producer's buffer
    and forget it, and the commit's flush of that buffer gives up after 0.1 s
    without a send (faust's ProducerBuffer.flush_atmost), which a busy agent
    can cause: offsets could then be committed ahead of the context their
    paragraphs produced, and a worker killed then loses that context (its
    documents' next paragraphs would come again from an older one).  So the
    batch awaits these futures before it is acked."""
    return [stored.write(doc_id, dict(record, partition=events[doc_id].message.partition))
            for doc_id, record in records.items()]


def expire(contexts: faust.types.TableT, topic: str, ttl: float, now: float,
           owned: Container[int] | None = None, stored: _Stored | None = None) -> int:
    """Forget the documents not seen for `ttl` seconds (a tombstone in the
    compacted changelog, so a restarted worker does not load them again).

    Only those of the input partitions this worker holds now (`owned`; None:
    all).  Faust's memory store keeps in memory what a worker wrote for a
    partition since given to another worker (it drops only what it recovered),
    and that stale record may be older than the one the new owner wrote since:
    its tombstone would delete the new owner's record from the changelog, and
    the document's context with it at the next recovery."""
    stored = stored or _Stored(contexts)
    stale = []
    for doc_id in list(contexts.keys()):
        found = stored.seen(doc_id)
        if found and found[0] is not None and found[0] < now - ttl and (owned is None or found[1] in owned):
            stale.append((doc_id, found[1]))
    for doc_id, partition in stale:
        source = _Source(topic, partition)
        with _from_source(source):
            del contexts[doc_id]
    stored.prune()
    return len(stale)


def register(app: faust.App, topics: Topics, settings: Settings,
             extractor: Extractor | None = None, metrics: Metrics | None = None) -> faust.types.AgentT:
    extractor = extractor or Extractor()
    metrics = metrics or Metrics()
    # JSON keys; values are contexts.py records as JSON bytes (see _Stored); the
    # changelog topic makes the table survive restarts and rebalances.
    contexts = app.Table("doc-context", default=None, partitions=settings.partitions, value_type=bytes,
                         help="Per-document extraction context (known people, last speaker).")
    # The naive profile (the load test's baseline) decodes every record it reads.
    step = _Step(app, topics, contexts, extractor, metrics, Limits.of(settings),
                 decoded=0 if settings.profile == "naive" else DECODED_RECORDS)

    @app.timer(interval=min(settings.context_ttl / 4, 60.0))
    async def forget_old_documents() -> None:
        topic = topics.paragraphs.get_topic_name()
        owned = {tp.partition for tp in app.consumer.assignment() if tp.topic == topic}
        forgotten = expire(contexts, topic, settings.context_ttl, time.time(), owned, step.stored)
        if forgotten:
            log.info("forgot the contexts of %d documents not seen for %.0fs", forgotten, settings.context_ttl)

    if settings.profile == "tuned":
        @app.task
        async def learn_where_results_go() -> None:
            await _learn_topics(app, [topics.extractions.get_topic_name(), topics.dead_letters.get_topic_name(),
                                      contexts.changelog_topic.get_topic_name()])

    # concurrency stays 1: with more, Faust can commit past a message still in
    # flight (faust-streaming #606); the pool scales by processes instead.
    if settings.profile == "naive":
        @app.agent(topics.paragraphs, name="extract")
        async def one_at_a_time(stream: faust.StreamT) -> None:
            async for event in stream.events():
                await step.batch([event], naive=True)
        return one_at_a_time

    @app.agent(topics.paragraphs, name="extract")
    async def batched(stream: faust.StreamT) -> None:
        async for events in take_ready(stream, settings.batch_size, linger=settings.batch_within):
            await step.batch(events)
    return batched


async def _learn_topics(app: faust.App, names: list[str]) -> None:
    """Have the producer fetch these topics' metadata at start-up: otherwise a
    worker's first batch waits for it at its first send of each, while the
    paragraphs of its partitions queue behind that batch."""
    try:
        producer = (await app.maybe_start_producer())._ensure_producer()
        for name in names:
            await producer.partitions_for(name)
    except Exception as exc:    # only a head start: the first sends would fetch it anyway
        log.warning("could not fetch the metadata of %s at start-up: %r", names, exc)


class _Step:
    """decode -> extract -> publish | dead-letter for a batch of events, then
    one context write per document; the batch is acked when `batch` returns."""

    def __init__(self, app: faust.App, topics: Topics, contexts: faust.types.TableT, extractor: Extractor,
                 metrics: Metrics, limits: Limits, decoded: int = DECODED_RECORDS) -> None:
        self.app, self.topics, self.contexts = app, topics, contexts
        self.stored = _Stored(contexts, decoded)
        self.extractor, self.metrics, self.limits = extractor, metrics, limits

    def _committed(self, event: faust.EventT) -> int | None:
        # What this worker's commits really committed (faust_fixes, fix 5: Faust's
        # own `_committed_offset` also takes failed ones); only used to drop
        # checkpoints that can no longer be replayed.
        return getattr(self.app.consumer, "committed_here", {}).get(event.message.tp)

    async def batch(self, events: list[faust.EventT], naive: bool = False) -> None:
        # The naive profile encodes with stdlib json (compact, as the bound was measured in).
        dumps = _stdlib_dumps if naive else encode
        contexts = Batch(self.stored)
        last_event: dict[str, faust.EventT] = {}
        sent: list[tuple[faust.EventT, asyncio.Future | BaseException]] = []
        yielded = time.perf_counter()
        for event in events:
            if time.perf_counter() - yielded > YIELD_EVERY:
                # A long batch (big or hostile paragraphs) must not starve the
                # consumer's heartbeats and the health endpoints.
                await asyncio.sleep(0)
                yielded = time.perf_counter()
            message = event.message
            self.metrics.paragraph_in()
            started, received_at = time.perf_counter(), now_iso()
            record, problem = decode(event.value, key=message.key, limits=self.limits)
            if problem is None:
                doc_id, paragraph = record["doc_id"], record["paragraph"]
                try:
                    before = contexts.before(doc_id, paragraph, message.offset)
                except Duplicate as exc:
                    problem = {"reason": "duplicate", "error": str(exc)}
                except Exception as exc:
                    log.exception("context lookup failed for %s/%s", doc_id, paragraph)
                    problem = {"reason": "extraction_failed", "error": f"{type(exc).__name__}: {exc}"}
                else:
                    result, encoded, after, problem = _extract_encoded(record, before, self.extractor,
                                                                       received_at, self.limits)
            seconds = time.perf_counter() - started
            if problem is not None:
                self.metrics.dead_lettered(problem["reason"], seconds)
                topic, value = self.topics.dead_letters, _dead_letter_value(message, problem, dumps, self.limits)
            else:
                self.metrics.published(result, seconds)
                contexts.applied(doc_id, paragraph, message.offset, before, after)
                last_event[doc_id] = event
                topic, value = self.topics.extractions, _stdlib_dumps(result) if naive else encoded
            try:
                sent.append((event, await topic.send(key=message.key, value=value)))
            except Exception as exc:   # refused before it left (size, serialisation)
                sent.append((event, exc))
        written: list[asyncio.Future] = []
        try:
            records = contexts.records(lambda doc: self._committed(last_event[doc]), time.time())
            written = _write_records(self.stored, records, last_event)
        except Exception:
            # The results are out (and are awaited below); only the context
            # their documents' next paragraphs start from is missing.
            log.exception("storing the contexts of a batch failed")
        # The batch is acked when this returns: only after the broker has
        # confirmed every send, so a failed one is dead-lettered, never
        # committed as done.
        outcomes = iter(await asyncio.gather(*(f for _, f in sent if not isinstance(f, BaseException)),
                                             return_exceptions=True))
        for event, fut in sent:
            outcome = fut if isinstance(fut, BaseException) else next(outcomes)
            if isinstance(outcome, BaseException):
                await _publish_failed(self.topics, event.message, outcome, self.metrics, self.limits)
        await _stored_durably(written)


async def _stored_durably(written: list[asyncio.Future]) -> None:
    """Wait for a batch's context writes (see _write_records).  One that
    failed is logged: this worker's table holds the context all the same,
    and only a replay after a crash would start from an older one."""
    failed = [r for r in await asyncio.gather(*written, return_exceptions=True) if isinstance(r, BaseException)]
    if failed:
        log.error("%d of %d context writes of a batch failed, first: %r", len(failed), len(written), failed[0])


def _stdlib_dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


async def _publish_failed(topics: Topics, message: Any, exc: BaseException, metrics: Metrics,
                          limits: Limits) -> None:
    log.error("publishing offset %s of %s failed: %r", message.offset, message.tp, exc)
    metrics.dead_lettered("publish_failed")
    problem = {"reason": "publish_failed", "error": f"{type(exc).__name__}: {exc}"}
    try:
        await topics.dead_letters.send(key=message.key, value=_dead_letter_value(message, problem, encode, limits))
    except Exception:  # nothing is left to tell; keep the partition moving
        log.exception("dead-lettering %s/%s@%s failed", message.topic, message.partition, message.offset)
