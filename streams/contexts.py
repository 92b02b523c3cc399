"""Document contexts as the stream stores them, so that a replay gives the
same answer as the first pass.

A worker writes a document's context to its table once per batch, and the
batch's input offsets are committed later: after a crash, the paragraphs
since the last commit come again while the table already holds the context
they produced.  So the stored record says which paragraph it has applied,
and keeps, for each batch not yet known to be committed, the context as it
was before that batch's first paragraph of the document (a checkpoint).  A
replayed paragraph takes its checkpoint instead of the newer context.

Replays start at a batch boundary: Faust acks a batch's events together
(with no await between them), so a committed offset never falls inside a
batch, and the first replayed paragraph of a document is always one that
opened a batch for it.

A message that repeats a paragraph already applied, from a later offset
than the one applied (a producer sending it twice), is a duplicate: it is
dead-lettered rather than allowed to move the document's context back.
Paragraph 0 is never one: it opens the document again (a replayed article
gives the same answer as the first time).

Record: {"applied": k, "offset": input offset of k, "ctx": context after k,
         "seen": unix time, "checkpoints": [[q, input offset of q, context before q], ...]}
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: Checkpoints a record keeps at most: only a bound on a record's size if
#: commits stop.  Pruning by the committed offset normally keeps one or two;
#: but between two commits a document may come in many small batches (one
#: paragraph each, on a loaded worker), and a cap of 8 dropped checkpoints a
#: replay after a kill then needed (a repeat that differed, in the kill test).
MAX_CHECKPOINTS = 256


def context_for(record: dict[str, Any] | None, paragraph: int) -> dict[str, Any] | None:
    """The context paragraph `paragraph` must start from (None: a fresh one)."""
    if record is None or paragraph == 0:
        return None
    if paragraph > record["applied"]:
        return record["ctx"]
    # A replay: the context as it was before this paragraph was first applied.
    checkpoints = record.get("checkpoints", ())
    for q, _, before in reversed(checkpoints):
        if q == paragraph:
            return before
    earlier = [(q, before) for q, _, before in checkpoints if q < paragraph]
    log.warning("no checkpoint for paragraph %d (applied %d, checkpoints %s): replaying from %s",
                paragraph, record["applied"], [c[0] for c in checkpoints], earlier[-1][0] if earlier else "none")
    return earlier[-1][1] if earlier else record["ctx"]


def updated(record: dict[str, Any] | None, *, first: int, first_offset: int, before: dict[str, Any] | None,
            last: int, last_offset: int, after: dict[str, Any], committed: int | None, now: float
            ) -> dict[str, Any]:
    """The record after a batch that applied paragraphs first..last of the document,
    starting from `before`; `committed` is the partition's committed offset if known."""
    kept = [c for c in (record or {}).get("checkpoints", ())
            # A redone paragraph gets a new checkpoint; one below the committed
            # offset can never be replayed.
            if c[0] < first and (committed is None or c[1] >= committed)]
    kept.append([first, first_offset, before])
    if len(kept) > MAX_CHECKPOINTS:
        log.warning("%d checkpoints above the committed offset (%s): the oldest are dropped, and a replay "
                    "from before paragraph %d would start from a later context", len(kept), committed,
                    kept[-MAX_CHECKPOINTS][0])
    return {"applied": last, "offset": last_offset, "ctx": after, "seen": now,
            "checkpoints": kept[-MAX_CHECKPOINTS:]}


class Duplicate(Exception):
    """A paragraph already applied, sent again (from a later offset)."""


@dataclass
class _Progress:
    first: int
    first_offset: int
    before: dict[str, Any] | None
    last: int
    last_offset: int
    after: dict[str, Any]


class Batch:
    """The contexts of one batch of messages: read from the stored records
    once, carried from paragraph to paragraph in memory, written back once
    per document (`records()`)."""

    def __init__(self, stored: Callable[[str], dict[str, Any] | None]) -> None:
        self._stored = stored
        self._progress: dict[str, _Progress] = {}
        self._loaded: dict[str, dict[str, Any] | None] = {}

    def _record(self, doc_id: str) -> dict[str, Any] | None:
        # Read once a batch: before() and records() both need it, and each
        # read decompresses and parses the stored bytes.
        try:
            return self._loaded[doc_id]
        except KeyError:
            record = self._loaded[doc_id] = self._stored(doc_id)
            return record

    def before(self, doc_id: str, paragraph: int, offset: int) -> dict[str, Any] | None:
        """The context this paragraph starts from; raises Duplicate."""
        if paragraph == 0:
            return None
        progress = self._progress.get(doc_id)
        if progress is not None:
            if paragraph > progress.last:
                return progress.after
            raise Duplicate(f"paragraph {paragraph} of {doc_id!r} came already at offset "
                            f"{progress.last_offset} of this batch")
        record = self._record(doc_id)
        if record is None or paragraph > record["applied"]:
            return record["ctx"] if record else None
        if offset > record["offset"]:
            raise Duplicate(f"paragraph {paragraph} of {doc_id!r} was applied already "
                            f"(up to paragraph {record['applied']}, offset {record['offset']})")
        return context_for(record, paragraph)      # a replay after a crash

    def applied(self, doc_id: str, paragraph: int, offset: int, before: dict[str, Any] | None,
                after: dict[str, Any]) -> None:
        progress = self._progress.get(doc_id)
        if progress is None or paragraph <= progress.last:     # the first, or paragraph 0 again
            self._progress[doc_id] = _Progress(paragraph, offset, before, paragraph, offset, after)
        else:
            progress.last, progress.last_offset, progress.after = paragraph, offset, after

    def records(self, committed: Callable[[str], int | None], now: float) -> dict[str, dict[str, Any]]:
        """doc_id -> the record to store; `committed(doc_id)` is the committed
        offset of the document's partition, if known."""
        return {doc: updated(self._record(doc), first=p.first, first_offset=p.first_offset, before=p.before,
                             last=p.last, last_offset=p.last_offset, after=p.after,
                             committed=committed(doc), now=now)
                for doc, p in self._progress.items()}
