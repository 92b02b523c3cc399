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
import weakref
from typing import Any, Callable

import faust
from faust.streams import _current_event  # the task-local event a table write is partitioned by

from .extract import Extractor
from .messages import InvalidMessage, decode_paragraph, dead_letter, encode, now_iso
from .metrics import Metrics
from .settings import Settings
from .topics import Topics

log = logging.getLogger(__name__)


def build_result(extraction: dict, received_at: str) -> dict:
    return {**extraction, "received_at": received_at, "processed_at": now_iso()}


def process(raw: bytes | None, lookup: Callable[[str], dict | None], extractor: Extractor
            ) -> tuple[dict | None, dict | None, dict | None]:
    """One input message -> (result, new context, problem).  Shared by the agent
    and its unit tests; `lookup` returns a document's stored context."""
    received_at = now_iso()
    try:
        record = decode_paragraph(raw if raw is not None else b"")
    except InvalidMessage as exc:
        return None, None, {"reason": exc.reason, "error": exc.error}
    # Paragraph 0 opens a document: a replay starts from a clean context.
    context = None if record["paragraph"] == 0 else lookup(record["doc_id"])
    try:
        extraction, ctx = extractor.extract(record, context)
    except Exception as exc:  # a bug in a rule must not stop the stream
        log.exception("extraction failed for %s/%s", record["doc_id"], record["paragraph"])
        return None, None, {"reason": "extraction_failed", "error": f"{type(exc).__name__}: {exc}"}
    return build_result(extraction, received_at), ctx.to_dict(), None


def _dead_letter_value(message: Any, problem: dict, dumps: Callable[[Any], bytes]) -> bytes:
    return dumps(dead_letter(message.value, problem["reason"], problem["error"],
                             topic=message.topic, partition=message.partition, offset=message.offset))


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
    if settings.profile == "naive":
        return _naive_agent(app, topics, contexts, extractor)
    return _batched_agent(app, topics, contexts, extractor, settings)


def _batched_agent(app: faust.App, topics: Topics, contexts: faust.types.TableT,
                   extractor: Extractor, settings: Settings) -> faust.types.AgentT:
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

            sent: list[tuple[faust.EventT, asyncio.Future]] = []
            for event in events:
                message = event.message
                result, ctx, problem = process(event.value, lookup, extractor)
                if problem is not None:
                    value, topic, key = _dead_letter_value(message, problem, encode), topics.dead_letters, message.key
                else:
                    fresh[result["doc_id"]] = (event, ctx)
                    value, topic, key = encode(result), topics.extractions, result["doc_id"].encode()
                sent.append((event, await topic.send(key=key, value=value)))
            for doc_id, (event, ctx) in fresh.items():
                _write_context(contexts, doc_id, ctx, event)
            # The batch is acked when this loop turns: only after the broker
            # has confirmed every result, so a failed send is never committed.
            outcomes = await asyncio.gather(*(fut for _, fut in sent), return_exceptions=True)
            for (event, _), outcome in zip(sent, outcomes):
                if isinstance(outcome, BaseException):
                    log.error("publish failed for offset %s of %s: %r", event.message.offset,
                              event.message.tp, outcome)
                    problem = {"reason": "extraction_failed", "error": f"publish failed: {outcome!r}"}
                    await topics.dead_letters.send(key=event.message.key,
                                                   value=_dead_letter_value(event.message, problem, encode))

    return extract


def _naive_agent(app: faust.App, topics: Topics, contexts: faust.types.TableT,
                 extractor: Extractor) -> faust.types.AgentT:
    def dumps(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False).encode()

    @app.agent(topics.paragraphs, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            result, ctx, problem = process(event.value, contexts.get, extractor)
            if problem is not None:
                await topics.dead_letters.send(key=message.key, value=_dead_letter_value(message, problem, dumps))
                continue
            doc_id = result["doc_id"]
            contexts[doc_id] = ctx
            await topics.extractions.send(key=doc_id.encode(), value=dumps(result))

    return extract
