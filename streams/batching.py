"""Batches taken as the agent becomes free: `take_ready(stream, max_, linger)`.

Faust's `Stream.take_events(max_, within)` sleeps the whole `within` after every
batch unless `max_` events came first.  A loaded worker then runs in cycles of
`within` plus the time its batch took, and a paragraph waits for the end of its
cycle, then behind the whole batch: the busier the worker, the longer the cycle
(at 1,000 paragraphs/s, p50 31-39 ms before a worker took a paragraph, with
`within` 10 ms and ~1 ms of work a paragraph).

Here a batch is what has arrived by the time the agent asks for one, up to
`max_`: an idle worker takes a paragraph the moment it arrives, a busy one
takes everything that queued while it worked, so batches grow with the load
by themselves.  `linger` (seconds, 0 by default) lets an idle worker wait that
long after a batch's first event for more, as `within` did.

Acks: a batch's events are acked when the agent asks for the next batch, i.e.
after its body has handled them, as Faust's `take_events` does; a batch the
agent never finished (it raised, or the stream stopped) is never acked, so
its offsets are not committed and it is read again after a restart.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

IDLE_WAKE = 1.0   # seconds: an idle loop still looks at should_stop this often


class _Buffer:
    """The events the stream's reader has added and the agent not yet taken."""

    def __init__(self, max_: int) -> None:
        self.max = max_
        self.events: list[Any] = []
        self.arrived = asyncio.Event()   # at least one event is waiting
        self.full = asyncio.Event()      # max_ are: the reader waits for `room`
        self.room = asyncio.Event()
        self.room.set()

    def take(self) -> list[Any]:
        batch, self.events = self.events, []
        self.arrived.clear()
        self.full.clear()
        self.room.set()
        return batch


def take_ready(stream: Any, max_: int, linger: float = 0.0) -> AsyncIterator[list[Any]]:
    """Yield lists of at most `max_` events of `stream` (a faust Stream), each
    what had arrived when the agent asked for it (waiting for the first)."""
    agen = _take_ready(stream, max_, linger)
    # Faust closes the buffering generators it knows of when the stream stops.
    active = getattr(stream, "_active_agens", None)
    if active is not None:
        active.add(agen)
    return agen


async def _take_ready(stream: Any, max_: int, linger: float) -> AsyncIterator[list[Any]]:
    buffer = _Buffer(max_)

    # Runs in the stream's background reader for every event, before the next
    # is read, so `current_event` is this value's event.
    async def add_to_buffer(value: Any) -> Any:
        if not buffer.room.is_set():
            await stream.wait(buffer.room)   # returns early if the stream stops
        event = stream.current_event
        if event is None:
            raise RuntimeError("take_ready: the stream has no current event")
        buffer.events.append(event)
        buffer.arrived.set()
        if len(buffer.events) >= max_:
            buffer.full.set()
            buffer.room.clear()
        return value

    saved_acks = stream.enable_acks
    stream.enable_acks = False        # acked here, once the agent is done with them
    stream.add_processor(add_to_buffer)
    stream._enable_passive(stream.channel.__aiter__())
    try:
        while True:
            if not buffer.events:
                if stream.should_stop:
                    break
                await stream.wait_for_stopped(buffer.arrived, timeout=IDLE_WAKE)
                continue
            # Events taken in before a stop are still handed over, as Faust's
            # take does (the reader itself stops adding).
            if linger and not buffer.full.is_set():
                await stream.wait_for_stopped(buffer.full, timeout=linger)
            batch = buffer.take()
            yield batch
            for event in batch:
                await stream.ack(event)
    finally:
        stream.enable_acks = saved_acks
        stream._processors.remove(add_to_buffer)
