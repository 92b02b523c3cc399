"""take_ready (streams/batching.py) in Faust's agent test context: a batch is
what has arrived when the agent is free, with no window slept between batches."""

from __future__ import annotations

import asyncio
import time

import faust

from streams.batching import take_ready


def _run_agent(max_: int, linger: float, work: float, puts: list[float],
               after_first: list[float] | None = None) -> list[tuple[float, float, int]]:
    """Put one event at each offset of `puts` (seconds from the start) into an
    agent that takes batches with take_ready and spends `work` seconds on each,
    then, once its first batch has begun, one more at each offset of
    `after_first`; returns each batch's (start, end, size), times from the first put."""
    app = faust.App("take-ready-test", broker="kafka://localhost:1", store="memory://", autodiscover=False)
    batches: list[tuple[float, float, int]] = []
    t0 = [0.0]
    began = asyncio.Event()

    @app.agent(app.channel())
    async def handler(stream):
        async for events in take_ready(stream, max_, linger):
            start = time.perf_counter() - t0[0]
            began.set()
            await asyncio.sleep(work)
            batches.append((start, time.perf_counter() - t0[0], len(events)))

    async def put_at(ctx, offsets: list[float], base: float) -> None:
        for at in offsets:
            await asyncio.sleep(max(0.0, base + at - (time.perf_counter() - t0[0])))
            await ctx.put(b"x", wait=False)

    async def main() -> None:
        async with handler.test_context() as ctx:
            t0[0] = time.perf_counter()
            await put_at(ctx, puts, 0.0)
            if after_first:
                await began.wait()
                await put_at(ctx, after_first, time.perf_counter() - t0[0])
            total = len(puts) + len(after_first or [])
            while sum(size for *_, size in batches) < total:
                await asyncio.sleep(0.005)
                assert time.perf_counter() - t0[0] < 10, batches

    asyncio.run(main())
    return batches


def test_an_idle_agent_takes_an_event_as_it_arrives():
    # Margins wide enough for a loaded two-core host (a load of 4-6 once made 0.15 s fail).
    batches = _run_agent(max_=100, linger=0.0, work=0.0, puts=[0.0, 0.6, 1.2])
    assert [size for *_, size in batches] == [1, 1, 1]
    for (start, _, _), sent in zip(batches, (0.0, 0.6, 1.2)):
        assert start - sent < 0.3, batches


def test_a_busy_agent_takes_what_queued_without_waiting_a_window():
    # Nine events while the agent works 0.5 s on the first: it takes them
    # together the moment it is free (Faust's take_events would sleep its whole
    # `within` first).
    batches = _run_agent(max_=100, linger=0.0, work=0.5, puts=[0.0], after_first=[0.0] * 9)
    assert [size for *_, size in batches] == [1, 9]
    assert batches[1][0] - batches[0][1] < 0.3, batches


def test_batches_stop_at_max_and_linger_waits_only_when_idle():
    batches = _run_agent(max_=4, linger=1.0, work=0.0, puts=[0.0] * 6)
    assert [size for *_, size in batches] == [4, 2]
    assert batches[0][0] < 0.5, batches           # full: no linger
    assert 0.9 < batches[1][0] < 3.0, batches     # two waiting: lingered for more
