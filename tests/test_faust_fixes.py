"""streams/faust_fixes.py: installed with every app, only on the releases it was written for.
The no-skip check is tested here on scripted rounds of records; that the
two fixes keep paragraphs from being lost at a rebalance is shown end to end by
tests/integration/test_failures.py."""

from __future__ import annotations

import asyncio
import inspect
from dataclasses import replace
from types import SimpleNamespace

import aiokafka
import faust
import pytest
from aiokafka.structs import TopicPartition
from faust.tables.recovery import Recovery
from faust.transport.consumer import Consumer, ThreadDelegateConsumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP

from streams import agents, faust_fixes
from streams.app import create_app
from streams.settings import resolve


def test_every_app_gets_the_seek_before_resume(tmp_path):
    Recovery.on_recovery_completed = faust_fixes.UPSTREAM_ON_RECOVERY_COMPLETED
    create_app(resolve(environ={"DIPLO_DATA_DIR": str(tmp_path)}))
    assert Recovery.on_recovery_completed is faust_fixes._on_recovery_completed
    assert Consumer.getmany is faust_fixes._getmany
    assert Consumer._wait_next_records is faust_fixes._wait_next_records
    assert faust.topics.Topic._get_producer is faust_fixes._get_producer
    assert Consumer.wait_first is faust_fixes._wait_first
    assert AIOKafkaConsumerThread._fetch_records is faust_fixes._fetch_records


def test_the_naive_profile_asks_for_the_producer_as_upstream_does(tmp_path):
    try:
        create_app(resolve(environ={"DIPLO_DATA_DIR": str(tmp_path), "DIPLO_PROFILE": "naive"}))
        assert faust.topics.Topic._get_producer is faust_fixes.UPSTREAM_GET_PRODUCER
        assert Consumer.wait_first is faust_fixes.UPSTREAM_WAIT_FIRST
        assert AIOKafkaConsumerThread._fetch_records is faust_fixes.UPSTREAM_FETCH_RECORDS
        assert Recovery.on_recovery_completed is faust_fixes._on_recovery_completed    # the correctness fixes stay
    finally:
        create_app(resolve(environ={"DIPLO_DATA_DIR": str(tmp_path)}))
    assert faust.topics.Topic._get_producer is faust_fixes._get_producer


class _Client:
    """The consumer as the no-skip check sees it: what upstream getmany
    yields (scripted: a list of rounds), seeks, and topics with acks."""

    def __init__(self, rounds):
        self.rounds = list(rounds)
        self.sought = []
        self.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: topic == "in"))

    async def seek(self, tp, offset):
        self.sought.append((tp.partition, offset))
        faust_fixes._expected(self).next[tp] = offset


def _handed_on(client, monkeypatch, start=None):
    async def upstream(self, timeout):
        for tp, offset in self.rounds.pop(0):
            yield tp, SimpleNamespace(offset=offset, topic=tp.topic)

    monkeypatch.setattr(faust_fixes, "UPSTREAM_GETMANY", upstream)
    if start:
        faust_fixes._expected(client).next.update(start)

    async def rounds():
        out = []
        while client.rounds:
            out.append([(tp.partition, m.offset) async for tp, m in faust_fixes._getmany(client, 1.0)])
        return out
    return asyncio.run(rounds())


P0, P1, CHANGELOG = TP("in", 0), TP("in", 1), TP("changelog", 0)


def test_a_record_after_one_never_handed_on_makes_the_partition_read_again(monkeypatch):
    # After a seek to 552 the client hands over 554 first (552 and 553 were
    # taken by a fetch Faust dropped): 554 is held back, the partition sought
    # back to 552; the other partition goes on in the same round.
    client = _Client([[(P0, 554), (P0, 555), (P1, 7)], [(P0, 552), (P0, 553), (P0, 554)]])
    assert _handed_on(client, monkeypatch, start={P0: 552, P1: 7}) == [[(1, 7)], [(0, 552), (0, 553), (0, 554)]]
    assert client.sought == [(0, 552)]


def test_a_jump_that_comes_back_the_same_is_taken_for_offsets_without_records(monkeypatch):
    # A transactional producer's commit marker takes an offset no record has.
    client = _Client([[(P0, 11)]] * (faust_fixes.REFETCHES + 1))
    assert _handed_on(client, monkeypatch, start={P0: 10}) == [[]] * faust_fixes.REFETCHES + [[(0, 11)]]
    assert client.sought == [(0, 10)] * faust_fixes.REFETCHES


def test_records_in_order_older_ones_and_changelogs_pass_untouched(monkeypatch):
    client = _Client([[(P0, 5), (P0, 6), (P0, 4), (P0, 7), (CHANGELOG, 90), (P1, 3)]])
    assert _handed_on(client, monkeypatch, start={P0: 5, CHANGELOG: 10}) == [
        [(0, 5), (0, 6), (0, 4), (0, 7), (0, 90), (1, 3)]]
    assert client.sought == []
    assert faust_fixes._expected(client).next[P0] == 8


def _position(source: str, call: str) -> int:
    assert call in source, call
    return source.index(call)


def test_the_replacement_seeks_before_it_resumes_and_clears():
    source = inspect.getsource(faust_fixes._on_recovery_completed)
    seek = _position(source, "perform_seek()")
    resume = _position(source, "consumer.resume_partitions(")
    clear = _position(source, "app.flow_control.resume()")
    assert seek < resume < clear
    # No await between the resume and the queue clearing: nothing is fetched in between.
    assert "await" not in source[resume:clear]


def test_upstream_still_resumes_before_it_seeks():
    # When this fails, faust-streaming changed the method: check whether the
    # fix is still needed before widening FAUST_RANGE.
    source = inspect.getsource(faust_fixes.UPSTREAM_ON_RECOVERY_COMPLETED)
    assert _position(source, "consumer.resume_partitions(") < _position(source, "perform_seek()")


def test_refuses_a_release_it_was_not_written_for(monkeypatch):
    monkeypatch.setattr(faust, "__version__", "0.16.0")
    with pytest.raises(RuntimeError, match="faust_fixes"):
        faust_fixes.apply()
    monkeypatch.setattr(faust, "__version__", "0.15.3")
    faust_fixes.apply()


def _acks(committed, acked):
    from collections import defaultdict

    from intervaltree import IntervalTree
    consumer = SimpleNamespace(_acked=defaultdict(list), _acked_index=defaultdict(set),
                               _gap=defaultdict(IntervalTree), _committed_offset=defaultdict(lambda: None))
    consumer._committed_offset[P0] = committed
    consumer._acked[P0].extend(acked)
    consumer._acked_index[P0].update(acked)
    return consumer


def test_acks_from_before_a_rebalance_do_not_hold_up_the_commit():
    # A batch in flight when P0 was revoked acked 900-902 after the acks were
    # forgotten; the partition came back committed at 1030 and 1030-1031 are done.
    acked = [900, 901, 902, 1030, 1031]
    assert faust_fixes.UPSTREAM_NEW_OFFSET(_acks(1030, acked), P0) == 903     # upstream: nothing to commit
    consumer = _acks(1030, acked)
    assert faust_fixes._new_offset(consumer, P0) == 1032
    assert consumer._acked_index[P0] == set()


def test_a_hole_at_the_head_still_holds_the_commit():
    assert faust_fixes._new_offset(_acks(1030, [1032, 1033]), P0) is None


class _Idle:
    """A consumer with no active partition until `active_after` sleeps have
    passed; its sleeps move a fake clock instead of waiting."""

    def __init__(self, active_after):
        self.active_after, self.slept, self.now = active_after, [], 0.0
        self.flow_active, self.should_stop = True, False
        self.app = SimpleNamespace(client_only=False)
        self.upstream_calls = 0

    def _get_active_partitions(self):
        return {P0} if len(self.slept) >= self.active_after else set()

    async def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def _wait(consumer, monkeypatch):
    async def upstream(self, timeout):
        self.upstream_calls += 1
        return {P0: ["record"]}, self._get_active_partitions()

    monkeypatch.setattr(faust_fixes, "UPSTREAM_WAIT_NEXT_RECORDS", upstream)
    monkeypatch.setattr(faust_fixes.time, "monotonic", lambda: consumer.now)
    return asyncio.run(faust_fixes._wait_next_records(consumer, 1.0))


def test_a_partition_resumed_while_none_was_active_is_fetched_at_the_next_look(monkeypatch):
    consumer = _Idle(active_after=3)
    records, active = _wait(consumer, monkeypatch)
    assert consumer.slept == [faust_fixes.IDLE_POLL] * 3       # not one whole second
    assert consumer.upstream_calls == 1 and records == {P0: ["record"]} and active == {P0}


def test_with_none_active_for_a_second_it_returns_nothing_as_upstream_does(monkeypatch):
    consumer = _Idle(active_after=10**6)
    assert _wait(consumer, monkeypatch) == ({}, set())
    assert consumer.upstream_calls == 0
    assert sum(consumer.slept) == pytest.approx(1.0, abs=faust_fixes.IDLE_POLL)


def test_with_partitions_active_upstream_runs_at_once(monkeypatch):
    consumer = _Idle(active_after=0)
    assert _wait(consumer, monkeypatch)[0] == {P0: ["record"]}
    assert consumer.slept == []


def test_upstream_still_sleeps_a_whole_second_with_no_partition_active():
    # When this fails, faust-streaming changed the method: check whether fix 4 is still needed.
    assert "await self.sleep(1)" in inspect.getsource(faust_fixes.UPSTREAM_WAIT_NEXT_RECORDS)



def test_only_a_commit_that_succeeded_is_recorded():
    answers = iter([True, False, True])

    async def upstream(consumer, offsets):
        return next(answers)
    commit = faust_fixes.recording_commits(upstream)
    consumer = SimpleNamespace()
    assert asyncio.run(commit(consumer, {P0: 10, P1: 5})) is True
    assert asyncio.run(commit(consumer, {P0: 20})) is False        # refused, e.g. mid-rebalance
    assert consumer.committed_here == {P0: 10, P1: 5}
    assert asyncio.run(commit(consumer, {P1: 7})) is True
    assert consumer.committed_here == {P0: 10, P1: 7}


def test_upstream_still_records_a_commit_that_failed():
    # Why fix 5 exists: _commit_offsets updates _committed_offset outside its `if did_commit:`.
    lines = inspect.getsource(Consumer._commit_offsets).splitlines()
    branch = next(line for line in lines if line.strip() == "if did_commit:")
    update = next(line for line in lines if line.strip() == "self._committed_offset.update(committable_offsets)")
    assert len(update) - len(update.lstrip()) < len(branch) - len(branch.lstrip())


def test_every_app_records_its_commits_and_the_agent_prunes_by_them(tmp_path):
    for app_id in ("diplo-unit-commits", "diplo-unit-commits-2"):
        create_app(replace(resolve({}, environ={}), data_dir=tmp_path, app_id=app_id))
    wrapped = ThreadDelegateConsumer._commit
    assert wrapped.diplo_fix and wrapped.__closure__[0].cell_contents is faust_fixes.UPSTREAM_COMMIT  # once
    consumer = SimpleNamespace(committed_here={P0: 9}, _committed_offset={P0: 20, P1: 30})
    step = SimpleNamespace(app=SimpleNamespace(consumer=consumer))
    assert agents._Step._committed(step, SimpleNamespace(message=SimpleNamespace(tp=P0))) == 9
    assert agents._Step._committed(step, SimpleNamespace(message=SimpleNamespace(tp=P1))) is None


# -- fix 6: the running producer without three turns of the loop ---------------------------

def _counting_turns(coro_fn):
    """Run coro_fn() and count the turns of the event loop it gave away."""
    async def run():
        turns, stop = 0, False

        async def ticker():
            nonlocal turns
            while not stop:
                await asyncio.sleep(0)
                turns += 1
        task = asyncio.ensure_future(ticker())
        await asyncio.sleep(0)
        before = turns
        result = await coro_fn()
        given = turns - before
        stop = True
        await task
        return result, given
    return asyncio.run(run())


class _Started:
    def __init__(self, started):
        self._started = SimpleNamespace(is_set=lambda: started)


def test_a_running_producer_is_handed_over_without_a_turn_of_the_loop(monkeypatch):
    producer = _Started(True)
    topic = SimpleNamespace(app=SimpleNamespace(in_transaction=False, producer=producer))
    assert _counting_turns(lambda: faust_fixes._get_producer(topic)) == (producer, 0)


def test_under_exactly_once_the_transaction_manager_is_handed_over_as_upstream_does():
    transactions = object()
    topic = SimpleNamespace(app=SimpleNamespace(in_transaction=True,
                                                consumer=SimpleNamespace(transactions=transactions)))
    assert _counting_turns(lambda: faust_fixes._get_producer(topic)) == (transactions, 0)


def test_a_producer_not_started_yet_is_started_by_upstream(monkeypatch):
    async def upstream(topic):
        return "started by upstream"
    monkeypatch.setattr(faust_fixes, "UPSTREAM_GET_PRODUCER", upstream)
    topic = SimpleNamespace(app=SimpleNamespace(in_transaction=False, producer=_Started(False)))
    assert asyncio.run(faust_fixes._get_producer(topic)) == "started by upstream"


def test_upstream_still_turns_the_loop_for_a_running_producer():
    # When this fails, mode's stampede or Faust changed: check whether fix 6 is still needed.
    from faust.topics import Topic
    from mode.utils.futures import StampedeWrapper
    assert "maybe_start_producer" in inspect.getsource(faust_fixes.UPSTREAM_GET_PRODUCER)
    assert inspect.getsource(StampedeWrapper.__call__).count("await asyncio.sleep(0)") == 3
    assert Topic.publish_message.__code__.co_names.count("_get_producer") == 1


class _ClientState:
    """What aiokafka holds for a partition, as _left_behind reads it."""

    def __init__(self, position, highwater):
        self.position, self.highwater, self.has_valid_position = position, highwater, True


def _behind(positions, held=(), active=(P0, P1), start=None, moved=None, now=100.0):
    """_left_behind on a consumer whose client stands at `positions` (tp: (position, highwater))."""
    assignment = SimpleNamespace(tps=set(positions), state_value=lambda tp: _ClientState(*positions[tp]))
    client = _Client([])
    client._thread = SimpleNamespace(_consumer=SimpleNamespace(
        _subscription=SimpleNamespace(subscription=SimpleNamespace(assignment=assignment)),
        _fetcher=SimpleNamespace(_records={tp: object() for tp in held})))
    client._get_active_partitions = lambda: set(active)
    state = faust_fixes._expected(client)
    state.next.update(start or {})
    state.moved.update(moved or {})
    return faust_fixes._left_behind(client, state, now), state


def test_a_client_read_past_the_next_record_with_nothing_held_is_caught_at_once():
    # Records 552..559 were taken from the client and never handed on, and no later record came.
    found, _ = _behind({P0: (560, 560), P1: (7, 7)}, start={P0: 552, P1: 7}, moved={P0: 99.0, P1: 99.0})
    assert found == [(P0, 552, 560, "ran ahead")]


def test_records_the_client_still_holds_are_not_taken_for_lost():
    found, _ = _behind({P0: (560, 600)}, held=[P0], start={P0: 552}, moved={P0: 99.0})
    assert found == []


def test_an_active_partition_with_records_after_its_next_one_and_none_handed_on_is_stalled():
    stale = 100.0 - faust_fixes.STALL_SECONDS
    found, state = _behind({P0: (552, 900), P1: (7, 7)}, start={P0: 552, P1: 7}, moved={P0: stale, P1: stale})
    assert found == [(P0, 552, 900, "stalled")]     # P1 has nothing after its next record
    assert state.moved[P0] == 100.0                 # the next look waits STALL_SECONDS again


def test_a_partition_held_back_is_not_stalled_and_its_clock_starts_when_it_is_active_again():
    stale = 100.0 - faust_fixes.STALL_SECONDS
    found, state = _behind({P0: (552, 900)}, active=[], start={P0: 552}, moved={P0: stale})
    assert found == [] and state.moved[P0] == 100.0
    found, _ = _behind({P0: (552, 900)}, start={P0: 552}, moved={P0: stale + 1})
    assert found == []


def test_a_left_behind_partition_is_sought_back_before_the_next_round(monkeypatch):
    client = _Client([[(P1, 7)], [(P0, 552), (P1, 8)]])
    monkeypatch.setattr(faust_fixes, "_left_behind",
                        lambda self, state, now: [(P0, 552, 560, "ran ahead")] if len(self.rounds) == 2 else [])
    assert _handed_on(client, monkeypatch, start={P0: 552, P1: 7}) == [[(1, 7)], [(0, 552), (1, 8)]]
    assert client.sought == [(0, 552)]



# -- fix 7: the fetcher's callback started at once ---------------------------------------------

class _Fetching:
    """A consumer as the fetcher's wait_first sees it."""

    def __init__(self):
        from mode.utils.locks import Event
        self.suspend_flow, self._stopped, self._crashed = Event(), Event(), Event()
        self.loop = None            # Service.wait_first: the running loop
        self.upstream_calls = []


def _upstream_wait_first(monkeypatch):
    async def upstream(self, *coros, timeout=None):
        self.upstream_calls.append(len(coros))
        return await Service.wait_first(self, *coros, timeout=timeout)
    from mode import Service
    monkeypatch.setattr(faust_fixes, "UPSTREAM_WAIT_FIRST", upstream)


def test_a_callback_that_finishes_at_once_needs_no_task_nor_turn(monkeypatch):
    _upstream_wait_first(monkeypatch)
    consumer, delivered = _Fetching(), []

    async def callback():
        delivered.append("record")
        return "done"

    async def call():
        return await faust_fixes._wait_first(consumer, callback(), consumer.suspend_flow.wait())
    results, turns = _counting_turns(call)
    assert (delivered, turns, consumer.upstream_calls) == (["record"], 0, [])
    assert results.results == ["done"] and not results.stopped


def test_a_callback_that_waits_goes_on_under_upstream_wait_first(monkeypatch):
    _upstream_wait_first(monkeypatch)
    consumer, steps = _Fetching(), []

    async def callback(room):
        steps.append("started")
        await room.wait()          # a full queue
        steps.append("delivered")

    async def call():
        room = asyncio.Event()
        asyncio.get_running_loop().call_later(0.01, room.set)
        return await faust_fixes._wait_first(consumer, callback(room), consumer.suspend_flow.wait())
    asyncio.run(call())
    assert steps == ["started", "delivered"] and consumer.upstream_calls == [2]


def test_a_flow_suspended_while_the_callback_waits_abandons_it_as_upstream_does(monkeypatch):
    _upstream_wait_first(monkeypatch)
    consumer, steps = _Fetching(), []

    async def callback(room):
        steps.append("started")
        try:
            await room.wait()
        except asyncio.CancelledError:
            steps.append("cancelled")
            raise

    async def call():
        asyncio.get_running_loop().call_later(0.01, consumer.suspend_flow.set)   # a rebalance
        await faust_fixes._wait_first(consumer, callback(asyncio.Event()), consumer.suspend_flow.wait())
        await asyncio.sleep(0.01)
    asyncio.run(call())
    assert steps == ["started", "cancelled"]


def test_other_calls_and_a_suspended_flow_go_to_upstream(monkeypatch):
    _upstream_wait_first(monkeypatch)
    consumer = _Fetching()

    async def quick():
        return 1

    async def call():
        await faust_fixes._wait_first(consumer, quick())                     # not the fetcher's shape
        consumer.suspend_flow.set()
        await faust_fixes._wait_first(consumer, quick(), consumer.suspend_flow.wait())
    asyncio.run(call())
    assert consumer.upstream_calls == [1, 2]


def test_upstream_fetcher_still_waits_on_each_record_with_wait_first():
    # When this fails, faust-streaming changed the fetcher: check whether fix 7 is still needed.
    source = inspect.getsource(Consumer._drain_messages)
    assert "self.wait_first(" in source and "callback(message), self.suspend_flow.wait()" in source


def _paused_after(rounds: list[set[TP]]) -> list[set[tuple[str, int]]]:
    """A real (unstarted) aiokafka client assigned one input and two changelog
    partitions; the client's paused partitions after each round of Faust's active ones."""
    async def run() -> list[set[tuple[str, int]]]:
        client = aiokafka.AIOKafkaConsumer(bootstrap_servers="127.0.0.1:1")
        client.assign([TopicPartition("in", 0), TopicPartition("app-ctx-changelog", 0),
                       TopicPartition("app-ctx-changelog", 1)])
        seen = []
        for active in rounds:
            faust_fixes.follow_changelog_pauses(client, {"app-ctx-changelog"}, active)
            seen.append({(tp.topic, tp.partition) for tp in client.paused()})
        await client.stop()
        return seen
    return asyncio.run(run())


def test_changelog_partitions_faust_does_not_read_are_paused_in_the_client_too():
    recovering = {TP("in", 0), TP("app-ctx-changelog", 0), TP("app-ctx-changelog", 1)}
    assert _paused_after([{TP("in", 0)}, recovering, {TP("app-ctx-changelog", 1)}]) == [
        {("app-ctx-changelog", 0), ("app-ctx-changelog", 1)},    # recovered: only the input is read
        set(),                                                   # recovery resumed them
        {("app-ctx-changelog", 0)},                              # the input is never paused here
    ]


def test_upstream_client_still_fetches_changelogs_faust_has_paused():
    # When this fails, faust-streaming pauses partitions in the client itself: check whether fix 8 is still needed.
    assert "pause" not in inspect.getsource(faust_fixes.UPSTREAM_FETCH_RECORDS)
    bookkeeping = inspect.getsource(Consumer.pause_partitions)
    assert "self._paused_partitions.update" in bookkeeping and "_thread" not in bookkeeping
