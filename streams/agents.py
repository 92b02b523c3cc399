"""The stream: decode -> validate -> extract -> publish | dead-letter.

Agents only wire steps together; the work is in messages.py and extract/.
An exception inside a Faust agent would ack and drop the message, so every
failure is caught here and routed to the dead-letter topic.
"""

from __future__ import annotations

import logging
import time
from typing import Callable

import faust

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


def register(app: faust.App, topics: Topics, settings: Settings,
             extractor: Extractor | None = None, metrics: Metrics | None = None) -> faust.types.AgentT:
    extractor = extractor or Extractor()
    metrics = metrics or Metrics()
    # JSON keys and values (the app's defaults); the changelog topic makes the
    # table survive restarts and rebalances.
    contexts = app.Table("doc-context", default=None, partitions=settings.partitions,
                         help="Per-document extraction context (known people, last speaker).")

    @app.agent(topics.paragraphs, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        async for event in stream.events():
            message = event.message
            raw = event.value
            metrics.paragraph_in()
            started = time.perf_counter()
            result, ctx, problem = process(raw, contexts.get, extractor)
            seconds = time.perf_counter() - started
            if problem is not None:
                await topics.dead_letters.send(
                    key=message.key,
                    value=encode(dead_letter(raw, problem["reason"], problem["error"],
                                             topic=message.topic, partition=message.partition,
                                             offset=message.offset)))
                metrics.dead_lettered(problem["reason"], seconds)
                continue
            doc_id = result["doc_id"]
            contexts[doc_id] = ctx
            await topics.extractions.send(key=doc_id.encode(), value=encode(result))
            metrics.published(result, seconds)

    return extract
