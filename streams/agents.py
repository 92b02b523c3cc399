"""The stream: decode -> validate -> extract -> publish | dead-letter.

Agents only wire steps together; the work is in messages.py and extract/.
An exception inside a Faust agent would ack and drop the message, so every
failure is caught here and routed to the dead-letter topic.
"""

from __future__ import annotations

import logging
from typing import Callable

import faust

from .extract import Extractor
from .messages import (LIMITS, InvalidMessage, Limits, bound_result, check_key, dead_letter,
                       decode_paragraph, encode, encode_result, now_iso)
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


def register(app: faust.App, topics: Topics, settings: Settings,
             extractor: Extractor | None = None) -> faust.types.AgentT:
    extractor = extractor or Extractor()
    # JSON keys and values (the app's defaults); the changelog topic makes the
    # table survive restarts and rebalances.
    contexts = app.Table("doc-context", default=None, partitions=settings.partitions,
                         help="Per-document extraction context (known people, last speaker).")

    limits = Limits.of(settings)

    @app.agent(topics.paragraphs, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            raw = event.value
            result, ctx, problem = process(raw, contexts.get, extractor, key=message.key, limits=limits)
            if problem is None:
                try:
                    doc_id = result["doc_id"]
                    contexts[doc_id] = ctx
                    await topics.extractions.send(
                        key=doc_id.encode(), value=encode_result(result, limits.max_result_bytes))
                    continue
                except Exception as exc:  # a raise here would stop the agent: dead-letter instead
                    log.exception("publishing the result failed")
                    problem = {"reason": "publish_failed", "error": f"{type(exc).__name__}: {exc}"}
            try:
                await topics.dead_letters.send(
                    key=message.key,
                    value=encode(dead_letter(raw, problem["reason"], problem["error"],
                                             topic=message.topic, partition=message.partition,
                                             offset=message.offset,
                                             max_bytes=limits.max_result_bytes)))
            except Exception:  # nothing is left to tell; keep the partition moving
                log.exception("dead-lettering %s/%s@%s failed (%s)", message.topic,
                              message.partition, message.offset, problem["reason"])

    return extract
