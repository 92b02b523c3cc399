"""The stream: decode -> validate -> extract -> publish | dead-letter.

Agents only wire steps together; the work is in messages.py and extract/.
An exception inside a Faust agent would ack and drop the message, so every
failure is caught here and routed to the dead-letter topic.

Two agents serve the two profiles (settings.profile):
- "tuned" takes a batch of paragraphs at a time, publishes every result,
  writes each document's context once per batch, and waits for the broker to
  confirm the batch's sends before its offsets are acked;
- "naive" handles one message at a time with stdlib json and per-message
  table writes: the baseline `diplo loadtest --baseline` measures against.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from typing import Any, Callable

import faust
from faust.streams import _current_event  # the task-local event a table write is partitioned by

from .extract import Extractor
from .messages import (LIMITS, InvalidMessage, Limits, bound_result, check_key, dead_letter,
                       decode_paragraph, encode, now_iso)
from .metrics import Metrics
from .settings import Settings
from .topics import Topics

log = logging.getLogger(__name__)


def build_result(extraction: dict, received_at: str) -> dict:
    return {**extraction, "received_at": received_at, "processed_at": now_iso()}


class _Offline:
    def __repr__(self) -> str:
        return "OFFLINE"


#: The `key` of process() for input that never had a message key (files read
#: by `diplo extract`): the key check is skipped.
OFFLINE = _Offline()


def process(raw: bytes | None, lookup: Callable[[str], dict | None], extractor: Extractor, *,
            key: bytes | str | None | _Offline = OFFLINE, limits: Limits = LIMITS
            ) -> tuple[dict | None, dict | None, dict | None]:
    """One input message -> (result, new context, problem); never raises.

    Shared by the agent, `diplo extract` and the tests.  `lookup` returns a
    document's stored context; `key` is the message key, which must be the
    doc_id (None: the message had none).  The result is already bounded
    (see messages.bound_result); `problem` is {"reason", "error"} for a dead letter.
    """
    received_at = now_iso()
    try:
        record = decode_paragraph(raw if raw is not None else b"", limits)
        if key is not OFFLINE:
            check_key(key, record)
    except InvalidMessage as exc:
        return None, None, {"reason": exc.reason, "error": exc.error}
    except Exception as exc:  # a bug at the boundary must not stop the stream either
        log.exception("decoding failed")
        return None, None, {"reason": "invalid", "error": f"{type(exc).__name__}: {exc}"}
    try:
        # Paragraph 0 opens a document: a replay starts from a clean context.
        context = None if record["paragraph"] == 0 else lookup(record["doc_id"])
        extraction, ctx = extractor.extract(record, context)
        new_context = ctx.to_dict()
    except Exception as exc:  # a bug in a rule must not stop the stream
        log.exception("extraction failed for %s/%s", record["doc_id"], record["paragraph"])
        return None, None, {"reason": "extraction_failed", "error": f"{type(exc).__name__}: {exc}"}
    try:
        result, _ = bound_result(build_result(extraction, received_at), limits.max_result_bytes)
    except InvalidMessage as exc:
        return None, None, {"reason": exc.reason, "error": exc.error}
    return result, new_context, None


def _dead_letter_value(message: Any, problem: dict, dumps: Callable[[Any], bytes], limits: Limits) -> bytes:
    return dumps(dead_letter(message.value, problem["reason"], problem["error"], topic=message.topic,
                             partition=message.partition, offset=message.offset,
                             max_bytes=limits.max_result_bytes))


def _write_context(contexts: faust.types.TableT, doc_id: str, ctx: dict, event: faust.EventT) -> None:
    """A table write goes to the changelog partition of the task's current
    event.  In a batch that must be the event this document came from, not
    some other partition's; only this task's context variable is set, never
    the stream's own `current_event`, which the take() buffer reads."""
    token = _current_event.set(weakref.ref(event))
    try:
        contexts[doc_id] = ctx
    finally:
        _current_event.reset(token)


def register(app: faust.App, topics: Topics, settings: Settings,
             extractor: Extractor | None = None, metrics: Metrics | None = None) -> faust.types.AgentT:
    extractor = extractor or Extractor()
    metrics = metrics or Metrics()
    # JSON keys and values (the app's defaults); the changelog topic makes the
    # table survive restarts and rebalances.
    contexts = app.Table("doc-context", default=None, partitions=settings.partitions,
                         help="Per-document extraction context (known people, last speaker).")
    make = _naive_agent if settings.profile == "naive" else _batched_agent
    return make(app, topics, contexts, extractor, metrics, settings)


def _batched_agent(app: faust.App, topics: Topics, contexts: faust.types.TableT, extractor: Extractor,
                   metrics: Metrics, settings: Settings) -> faust.types.AgentT:
    limits = Limits.of(settings)

    # concurrency stays 1: with more, Faust can commit past a message still in
    # flight (faust-streaming #606); the pool scales by processes instead.
    @app.agent(topics.paragraphs, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_within):
            # The batch's latest context per document: read by its next
            # paragraph in the same batch, written to the table once.
            fresh: dict[str, tuple[faust.EventT, dict]] = {}

            def lookup(doc_id: str) -> dict | None:
                hit = fresh.get(doc_id)
                return hit[1] if hit else contexts.get(doc_id)

            sent: list[tuple[faust.EventT, asyncio.Future | BaseException]] = []
            for event in events:
                message = event.message
                metrics.paragraph_in()
                started = time.perf_counter()
                result, ctx, problem = process(event.value, lookup, extractor, key=message.key, limits=limits)
                seconds = time.perf_counter() - started
                if problem is not None:
                    metrics.dead_lettered(problem["reason"], seconds)
                    topic, key, value = topics.dead_letters, message.key, _dead_letter_value(
                        message, problem, encode, limits)
                else:
                    metrics.published(result, seconds)
                    fresh[result["doc_id"]] = (event, ctx)
                    topic, key, value = topics.extractions, message.key, encode(result)
                try:
                    sent.append((event, await topic.send(key=key, value=value)))
                except Exception as exc:   # refused before it left (size, serialisation)
                    sent.append((event, exc))
            for doc_id, (event, ctx) in fresh.items():
                _write_context(contexts, doc_id, ctx, event)
            # The batch is acked when this loop turns: only after the broker
            # has confirmed every send, so a failed one is dead-lettered, never
            # committed as done.
            outcomes = await asyncio.gather(*(f for _, f in sent if not isinstance(f, BaseException)),
                                            return_exceptions=True)
            confirmed = iter(outcomes)
            for event, fut in sent:
                outcome = fut if isinstance(fut, BaseException) else next(confirmed)
                if isinstance(outcome, BaseException):
                    await _publish_failed(topics, event.message, outcome, metrics, limits)

    return extract


async def _publish_failed(topics: Topics, message: Any, exc: BaseException, metrics: Metrics,
                          limits: Limits) -> None:
    log.error("publishing offset %s of %s failed: %r", message.offset, message.tp, exc)
    metrics.dead_lettered("publish_failed")
    problem = {"reason": "publish_failed", "error": f"{type(exc).__name__}: {exc}"}
    try:
        await topics.dead_letters.send(key=message.key, value=_dead_letter_value(message, problem, encode, limits))
    except Exception:  # nothing is left to tell; keep the partition moving
        log.exception("dead-lettering %s/%s@%s failed", message.topic, message.partition, message.offset)


def _naive_agent(app: faust.App, topics: Topics, contexts: faust.types.TableT, extractor: Extractor,
                 metrics: Metrics, settings: Settings) -> faust.types.AgentT:
    limits = Limits.of(settings)

    def dumps(obj: Any) -> bytes:
        # Compact separators: the result was bounded in orjson's compact bytes.
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()

    @app.agent(topics.paragraphs, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            metrics.paragraph_in()
            started = time.perf_counter()
            result, ctx, problem = process(event.value, contexts.get, extractor, key=message.key, limits=limits)
            seconds = time.perf_counter() - started
            try:
                if problem is not None:
                    metrics.dead_lettered(problem["reason"], seconds)
                    await topics.dead_letters.send(key=message.key,
                                                   value=_dead_letter_value(message, problem, dumps, limits))
                    continue
                contexts[result["doc_id"]] = ctx
                await topics.extractions.send(key=message.key, value=dumps(result))
                metrics.published(result, seconds)
            except Exception as exc:  # a raise here would stop the agent: dead-letter instead
                await _publish_failed(topics, message, exc, metrics, limits)

    return extract
