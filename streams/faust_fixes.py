"""Eight fixes to faust-streaming 0.15.x, applied by app.create_app().

1. The seek before the resume. After a rebalance,
`Recovery.on_recovery_completed` (0.15.3) resumes the input partitions, then
awaits `consumer.perform_seek()`, then calls `flow_control.resume()`, which
empties every stream's queue. The flow is already active (the changelog
recovery resumed it), so during the seek the fetcher hands messages of the
resumed partitions to the stream: the agent takes some, the rest sit in the
queue and are thrown away by the resume. The seek has meanwhile reset the
consumer's read offset to the committed one, so the next message fetched
looks like a jump and the consumer files the thrown-away offsets as a "gap"
it acks by itself (or, for a single one at the head, its `min(acked) -
committed > 1` test lets it through, faust-streaming #606). The commit then
moves past paragraphs that were never processed: the lost paragraphs of
issue 11 item 5. Upstream fixed the same order in `_resume_streams` once
(#216, PR #217); 0.15.3 has it in both again (see also #596). Only this one
runs here: `_resume_streams` serves apps without tables, and ours has one.

The fix: seek the still-paused partitions first, then resume them and the
flow with no await in between, so nothing is fetched from them before their
position is the committed offset and the queues are cleared.

2. No offset skipped.  Faust pauses partitions in its own bookkeeping only:
the client keeps fetching them, and a fetch in flight during a rebalance
can take records from the client (moving its position past them) that
Faust then never hands to the stream.  The next record seen is then ahead
of the one expected, and Faust's consumer files the offsets between as a
"gap" that counts as acked; a missing record right after a seek is not
even a gap to it (`min(acked) - committed > 1` lets one through).  Either
way the commit moves past paragraphs nobody processed.  Traced in
`diplo loadtest --fault join@… --fault leave@… --fault join@…` runs (87 of
6,000 lost in one, after fix 1): the lost paragraphs were always runs
produced while the group rebalanced, and the first offset a worker saw
after its seek was past them.
So every record handed on is checked against the offset the partition is
expected to be at (the committed one after a seek, the last one handed on
plus one after that); on a jump the partition is sought back and read
again.  A jump that comes back the same (offsets a transactional producer's
markers or compaction took) is accepted after REFETCHES tries.
A jump shows only when a later record comes, so before each fetch the
active partitions are also checked against the client itself: one whose
client position is past the next offset expected, with no record held for
it, lost records with nothing after them yet.  Seen in the kill-fault load
test with fix 7: a worker restarted after the whole load had been produced
found four partitions taken from the client to their ends and never handed
on (the client at 2,553, the next offset expected 664, nothing held).  With
nothing produced after them no jump could show, so before this check such
partitions stayed unread: the stall seen in about one run in 20 (and in
one CI run).  Such a partition is sought back to the next offset expected, with a
warning.  As a net for anything else that stops a partition, one with
records after its next offset expected (its high watermark) and none
handed on for STALL_SECONDS while active is sought back the same way.

3. No stale acks.  A rebalance forgets a revoked partition's acks first and
then waits for the batch in flight, whose acks land in the fresh list:
offsets below anything this worker will commit if it gets the partition
back.  The next commit then takes that stale run for the head of the list,
commits nothing for the partition and drops it.  Running, the commit after
that is right; but a worker stopped then makes only one, and leaves the
partition's offsets to be processed again.  (Found reading the code while
tracing item 2; no loss comes of it, only repeats.)  Acks below the
committed offset are history and are dropped before a commit reads the list.

4. No second asleep after a rebalance.  With no partition active (all paused
while the tables recover), `Consumer._wait_next_records` sleeps one whole
second before it looks again.  Recovery that completes meanwhile leaves the
worker ready (its /health/ready says so) but fetching nothing for the rest
of that second: at the start of a load the paragraphs of one worker's
partitions waited 0.4-1.2 s before it took them (traced in `diplo loadtest
--rate 1000` runs: that worker's first fetch came 1.0 s after its previous
one, with nothing fetched, while the other worker's ran at once); after
every rebalance the same.  The replacement looks again every IDLE_POLL
seconds until a partition is active, for at most the same second.

5. A failed commit is no commit.  `Consumer._commit_offsets` records the
offsets it tried in `_committed_offset` even when the commit failed (a
rebalance under way refuses it).  The agent drops a document's replay
checkpoints below the committed offset (contexts.py), so after such a
failure the partition's next owner replays from the older offset the group
really holds and finds no checkpoint for those paragraphs: it answers them
from a later context, a repeat that differs from the first answer (one in
12,000 in a CI run of the join/leave test).  The fix: the consumer records
in `committed_here` only what a commit really committed, and the agent
prunes by that (none recorded: it keeps checkpoints up to their cap).

6. No three turns of the event loop per message sent.  `Topic.send` (and
the table's changelog writes) asks `app.maybe_start_producer()` for the
producer on every message, and that method is wrapped in mode's `stampede`,
which awaits `asyncio.sleep(0)` three times per call even when the producer
runs long since.  Each turn lets aiokafka's sender routine drain what was
added, so a worker sent one produce request (a socket write, a task, a
response to parse) per two or three results, each record batch holding one
record (10,051 record batches for 10,001 results, counted in a
`tests/tools/worker_cpu.py` run), and the event loop turned three times
per paragraph.  The fix hands over the running producer (under
exactly_once, the consumer's transaction manager, what upstream returns
too) without those turns; until the producer has started, upstream's
method runs.  Not a correctness fix: CPU (see the README's Performance).

7. No four tasks per message fetched.  The fetcher (`Consumer._drain_messages`)
hands each record to the streams with `await self.wait_first(callback(message),
self.suspend_flow.wait())`: four tasks (the callback, the flow's, the
service's stopped and crashed events), an `asyncio.wait` and three
cancellations per record, and a turn of the event loop, so the streams
took in one record per turn.  The callback nearly always finishes at its
first step (the stream's queue has room), so here that step runs at once:
when it finishes, that is the answer upstream's wait would give (its
result is not used); when it has to wait (a full queue), the rest of it
runs under upstream's wait_first as before, so a flow suspended meanwhile
(a rebalance) still abandons it.  Not a correctness fix: CPU.

8. No fetch held back by changelogs nobody reads.  Faust pauses the table's
changelog partitions in its own bookkeeping once its tables are recovered
(see 2), but the client goes on fetching them; the records our own context
writes put there are then fetched and never taken.  aiokafka holds every
fetch to a broker while a partition's fetched records wait to be taken, for
up to `prefetch_backoff` (0.1 s), so on one broker each changelog partition's
first record stopped all fetching for 0.1 s.  With 4 changelog partitions a
worker, a fresh pool fetched its paragraphs 100-150 ms late for its first
0.5-0.7 s (the tail of `diplo loadtest --rate 1000`; traced by logging the
fetcher's decisions: 14 such holds in a run, none with this fix).  Here, in
the consumer's thread before each fetch, the client pauses the changelog
partitions Faust does not ask for and resumes those it asks for again
(recovery, standbys), so its pauses follow Faust's.  Not a correctness fix:
latency.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import faust
from faust.tables.recovery import Recovery
from faust.topics import Topic
from faust.transport.consumer import Consumer, ThreadDelegateConsumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP
from mode.services import WaitResults

log = logging.getLogger(__name__)

#: The releases whose methods these fixes replace (checked at start).
FAUST_RANGE = ((0, 15, 2), (0, 16, 0))

#: Faust's own methods, kept so tests can tell when upstream changes them.
UPSTREAM_ON_RECOVERY_COMPLETED = Recovery.on_recovery_completed
UPSTREAM_GETMANY = Consumer.getmany
UPSTREAM_PERFORM_SEEK = Consumer.perform_seek
UPSTREAM_SEEK = Consumer.seek
UPSTREAM_NEW_OFFSET = Consumer._new_offset
UPSTREAM_WAIT_NEXT_RECORDS = Consumer._wait_next_records
UPSTREAM_COMMIT = ThreadDelegateConsumer._commit
UPSTREAM_GET_PRODUCER = Topic._get_producer
UPSTREAM_WAIT_FIRST = Consumer.wait_first
UPSTREAM_FETCH_RECORDS = AIOKafkaConsumerThread._fetch_records

#: Reads of the same jump before it is taken for offsets that hold no record.
REFETCHES = 2

#: Seconds an active partition with records after its next offset may go without
#: one handed on before it is sought back to that offset.
STALL_SECONDS = 5.0

#: Seconds between looks for an active partition while none is (Faust: 1.0).
IDLE_POLL = 0.02


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:3] if p.isdigit())


async def _on_recovery_completed(self: Recovery, generation_id: int = 0) -> None:
    """Recovery.on_recovery_completed with the seek before the resume."""
    app: Any = self.app
    consumer = app.consumer
    self.log.info("Restore complete!")
    await app.on_rebalance_complete.send()
    self._set_recovery_ended()
    pending = [asyncio.ensure_future(table.on_recovery_completed(self.actives_for_table[table],
                                                                 self.standbys_for_table[table]))
               for table in self.tables.values()]
    if pending:
        await asyncio.wait(pending)
    if app.consumer_generation_id != generation_id:
        self.log.warning("Recovery rebalancing again app id %s param %s",
                         app.consumer_generation_id, generation_id)
        return
    assignment = consumer.assignment()
    if assignment:
        # The stream partitions are still paused here: position them first.
        self.log.info("Seek stream partitions to committed offsets.")
        await self._wait(consumer.perform_seek(), timeout=app.conf.broker_request_timeout)
    # From here to the queue clearing by the flow resume nothing awaits,
    # so no message of the resumed partitions can be queued and then dropped.
    consumer.resume_partitions({tp for tp in assignment if not self._is_changelog_tp(tp)})
    self.completed.set()
    app.flow_control.resume()
    consumer.resume_flow()
    await app._fetcher.maybe_start()
    self.tables.on_actives_ready()
    if not app.assignor.assigned_standbys():
        self.tables.on_standbys_ready()
    app.on_rebalance_end()
    self.log.info("Worker ready")


class _Expected:
    """Per consumer: the offset each partition's next record must have."""

    def __init__(self) -> None:
        self.next: dict[TP, int] = {}
        self.moved: dict[TP, float] = {}     # when `next` last moved (time.monotonic)
        self.jumps: Counter[tuple[TP, int, int]] = Counter()


def _expected(consumer: Consumer) -> _Expected:
    state = consumer.__dict__.get("_diplo_expected")
    if state is None:
        state = consumer.__dict__["_diplo_expected"] = _Expected()
    return state


async def _perform_seek(self: Consumer) -> None:
    """Consumer.perform_seek, remembering where each partition now starts."""
    await UPSTREAM_PERFORM_SEEK(self)
    # perform_seek seeks every assigned partition: what is not in
    # _committed_offset has no commit yet and starts wherever the reset policy says.
    state = _expected(self)
    state.next = {tp: offset for tp, offset in self._committed_offset.items() if offset is not None}
    state.jumps.clear()     # a new assignment: the jumps counted belong to the old one
    state.moved.clear()


async def _seek(self: Consumer, partition: TP, offset: int) -> None:
    await UPSTREAM_SEEK(self, partition, offset)
    state = _expected(self)
    state.next[partition] = offset
    state.moved[partition] = time.monotonic()


def _left_behind(self: Consumer, state: _Expected, now: float) -> list[tuple[TP, int, int, str]]:
    """Active input partitions whose next record is not coming: the client
    has read past it with no record held (records taken and never handed on,
    with no later one to show the jump), or the partition has records after
    it and none was handed on for STALL_SECONDS (the client no longer fetches it)."""
    client = getattr(getattr(self, "_thread", None), "_consumer", None)
    subscription = getattr(getattr(client, "_subscription", None), "subscription", None)
    if subscription is None or subscription.assignment is None:
        return []
    assignment, held = subscription.assignment, client._fetcher._records
    acks_enabled_for = self.app.topics.acks_enabled_for
    active, behind = self._get_active_partitions(), []
    for tp, want in list(state.next.items()):
        if tp not in active:
            state.moved[tp] = now       # held back (a full buffer, a rebalance): not expected to move
            continue
        if tp not in assignment.tps or not acks_enabled_for(tp.topic):
            continue
        client_tp = assignment.state_value(tp)
        if tp not in held and client_tp.has_valid_position and client_tp.position > want:
            behind.append((tp, want, client_tp.position, "ran ahead"))
        elif now - state.moved.setdefault(tp, now) >= STALL_SECONDS and (
                client_tp.highwater is None or client_tp.highwater > want):
            state.moved[tp] = now
            behind.append((tp, want, client_tp.highwater or want, "stalled"))
    return behind


async def _getmany(self: Consumer, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
    """Consumer.getmany that never hands on a record past one not handed on."""
    state = _expected(self)
    acks_enabled_for = self.app.topics.acks_enabled_for
    reread: set[TP] = set()
    monotonic = time.monotonic
    for tp, want, seen_to, why in _left_behind(self, state, monotonic()):
        jump = (tp, want, seen_to)
        state.jumps[jump] += 1
        if state.jumps[jump] <= REFETCHES:
            log.warning("%s/%d %s: offset %d on (the client at %d) never handed on: reading it again",
                        tp.topic, tp.partition, why, want, seen_to)
            await self.seek(tp, want)
    async for tp, message in UPSTREAM_GETMANY(self, timeout):
        if tp in reread:
            continue        # sought back: these come again, in order
        offset = message.offset
        want = state.next.get(tp)
        if want is not None and offset > want and acks_enabled_for(message.topic):
            jump = (tp, want, offset)
            state.jumps[jump] += 1
            if state.jumps[jump] <= REFETCHES:
                log.warning("offsets %d..%d of %s/%d were taken from the client but never handed on: "
                            "reading them again", want, offset - 1, tp.topic, tp.partition)
                reread.add(tp)
                await self.seek(tp, want)
                continue
            log.warning("offsets %d..%d of %s/%d hold no record (read %d times): going on",
                        want, offset - 1, tp.topic, tp.partition, REFETCHES + 1)
        if want is None or offset >= want:
            state.next[tp] = offset + 1
            state.moved[tp] = monotonic()   # this round may wait long on a full queue
        yield tp, message


def _new_offset(self: Consumer, tp: TP) -> int | None:
    """Consumer._new_offset on the acks at or above the committed offset."""
    committed = self._committed_offset.get(tp)
    acked = self._acked.get(tp)
    if committed is not None and acked and min(acked) < committed:
        stale = [offset for offset in acked if offset < committed]
        acked[:] = [offset for offset in acked if offset >= committed]
        self._acked_index[tp].difference_update(stale)
    return UPSTREAM_NEW_OFFSET(self, tp)


async def _wait_next_records(self: Consumer, timeout: float) -> tuple[Any, Any]:
    """Consumer._wait_next_records that, while no partition is active, looks
    again every IDLE_POLL seconds instead of sleeping a whole second."""
    if self.flow_active and not self.app.client_only and not self._get_active_partitions():
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline and not self.should_stop:
            await self.sleep(IDLE_POLL)
            if self._get_active_partitions():
                break
        else:
            return {}, self._get_active_partitions()
    return await UPSTREAM_WAIT_NEXT_RECORDS(self, timeout)


def follow_changelog_pauses(client: Any, changelogs: Any, active: Any) -> None:
    """Pause in the client (an aiokafka consumer) the assigned partitions of
    `changelogs` (topic names) not in `active`, and resume those in it."""
    paused = client.paused()
    idle = [tp for tp in client.assignment() if tp.topic in changelogs and tp not in active and tp not in paused]
    wanted = [tp for tp in paused if tp.topic in changelogs and tp in active]
    if idle:
        client.pause(*idle)
    if wanted:
        client.resume(*wanted)


async def _fetch_records(self: AIOKafkaConsumerThread, consumer: Any, active_partitions: Any,
                         timeout: float | None = None, max_records: int | None = None) -> Any:
    """AIOKafkaConsumerThread._fetch_records (run in the consumer's thread), with the
    client's pauses of changelog partitions made to follow Faust's first."""
    if active_partitions is not None:
        follow_changelog_pauses(consumer, self.app.tables.changelog_topics, active_partitions)
    return await UPSTREAM_FETCH_RECORDS(self, consumer, active_partitions, timeout=timeout, max_records=max_records)


def recording_commits(upstream: Any) -> Any:
    """`_commit` that also records, in `consumer.committed_here`, the offsets
    of each commit that succeeded (and only those)."""
    async def _commit(self: Consumer, offsets: Any) -> bool:
        done = await upstream(self, offsets)
        if done:
            self.__dict__.setdefault("committed_here", {}).update(offsets)
        return done
    _commit.diplo_fix = True    # type: ignore[attr-defined]
    return _commit


async def _get_producer(self: Topic) -> Any:
    """Topic._get_producer without upstream's three sleep(0)s once the producer runs."""
    app: Any = self.app
    if app.in_transaction:
        return app.consumer.transactions
    producer = app.producer
    if producer._started.is_set():
        return producer
    return await UPSTREAM_GET_PRODUCER(self)


class _Continued:
    """The rest of a coroutine that has already run its first step (and
    yielded `yielded`), as an awaitable a task can run."""

    def __init__(self, coro: Any, yielded: Any) -> None:
        self.coro, self.yielded = coro, yielded

    def __await__(self) -> Any:
        coro, yielded = self.coro, self.yielded
        while True:
            try:
                value = yield yielded
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:     # cancellation: into the coroutine, as a task would
                step = coro.throw
                value = exc
            else:
                step = coro.send
            try:
                yielded = step(value)
            except StopIteration as stop:
                return stop.value


def _fetcher_call(self: Consumer, coros: tuple) -> bool:
    """Whether wait_first was called as the fetcher calls it for each record."""
    flow = self.suspend_flow
    return (len(coros) == 2 and inspect.iscoroutine(coros[0])
            and getattr(coros[1], "cr_code", None) is type(flow).wait.__code__
            and not flow.is_set() and not self._stopped.is_set() and not self._crashed.is_set())


async def _wait_first(self: Consumer, *coros: Any, timeout: Any = None) -> Any:
    """Consumer.wait_first, with the record's callback started at once."""
    if timeout is not None or not _fetcher_call(self, coros):
        return await UPSTREAM_WAIT_FIRST(self, *coros, timeout=timeout)
    callback, flow_wait = coros
    try:
        yielded = callback.send(None)
    except StopIteration as stop:
        flow_wait.close()       # never started: upstream would have cancelled it
        return WaitResults([callback], [stop.value], False)
    except BaseException:
        flow_wait.close()
        raise
    return await UPSTREAM_WAIT_FIRST(self, _Continued(callback, yielded), flow_wait)


def apply(tuned: bool = True) -> None:
    """Install the fixes; refuse a faust-streaming they were not written for.
    Fixes 6 and 7 save CPU only, 8 latency: the naive profile (`tuned` False, the load
    test's baseline of Faust's defaults) runs upstream's methods."""
    low, high = FAUST_RANGE
    if not low <= _version(faust.__version__) < high:
        raise RuntimeError(f"streams/faust_fixes.py is written for faust-streaming {low}..{high} "
                           f"(exclusive), not {faust.__version__}: check whether it is still needed")
    Recovery.on_recovery_completed = _on_recovery_completed  # type: ignore[method-assign]
    Consumer.getmany = _getmany  # type: ignore[method-assign, assignment]
    Consumer.perform_seek = _perform_seek  # type: ignore[method-assign]
    Consumer.seek = _seek  # type: ignore[method-assign]
    Consumer._new_offset = _new_offset  # type: ignore[method-assign]
    Consumer._wait_next_records = _wait_next_records  # type: ignore[method-assign]
    Topic._get_producer = _get_producer if tuned else UPSTREAM_GET_PRODUCER  # type: ignore[method-assign]
    Consumer.wait_first = _wait_first if tuned else UPSTREAM_WAIT_FIRST  # type: ignore[method-assign]
    AIOKafkaConsumerThread._fetch_records = (  # type: ignore[method-assign]
        _fetch_records if tuned else UPSTREAM_FETCH_RECORDS)
    if not getattr(ThreadDelegateConsumer._commit, "diplo_fix", False):
        ThreadDelegateConsumer._commit = recording_commits(UPSTREAM_COMMIT)  # type: ignore[method-assign]
