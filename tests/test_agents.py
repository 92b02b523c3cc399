"""The agent in Faust's test context (the real broker is in integration/)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from unittest import mock

import orjson

from streams import agents, topics
from streams.app import create_app
from streams.extract import Extractor
from streams.messages import Limits, errors
from streams.metrics import Metrics
from streams import packing
from streams.packing import pack, unpack
from streams.settings import resolve


def _rec(**fields) -> bytes:
    return orjson.dumps({"doc_id": "d", "paragraph": 0, "lang": "en",
                         "text": "Indonesian Foreign Minister Sugiono met Wang Yi in Beijing.", **fields})


# Forty short quotes: about 14 KB of result.
MANY_QUOTES = " ".join(f'"We are ready {i}," Sugiono said.' for i in range(40))


def test_process_routes_bad_input_and_keeps_context():
    ex = Extractor()
    store: dict[str, dict] = {}
    result, ctx, problem = agents.process(b"not json", store.get, ex)
    assert result is None and problem["reason"] == "undecodable"
    result, ctx, problem = agents.process(b'{"doc_id": "d", "paragraph": 0}', store.get, ex)
    assert problem["reason"] == "invalid" and "text" in problem["error"]

    first = {"doc_id": "d", "paragraph": 0, "lang": "en",
             "text": "Indonesian Foreign Minister Sugiono met Chinese Foreign Minister Wang Yi in Beijing."}
    result, ctx, problem = agents.process(orjson.dumps(first), store.get, ex)
    assert problem is None and errors("extraction", result) == []
    store["d"] = ctx
    second = {"doc_id": "d", "paragraph": 1, "lang": "en", "text": '"We agreed on a great deal," he said.'}
    result, _, _ = agents.process(orjson.dumps(second), store.get, ex)
    # The sentence subject, not the object named last, is the pronoun's antecedent.
    assert result["quotes"][0]["speaker"]["name"] == "Sugiono"
    assert result["quotes"][0]["speaker"]["resolution"] == "pronoun"


def test_process_checks_the_key_only_when_there_is_one():
    ex = Extractor()
    assert agents.process(_rec(), {}.get, ex)[2] is None                     # offline: no key
    assert agents.process(_rec(), {}.get, ex, key=b"d")[2] is None
    assert agents.process(_rec(), {}.get, ex, key=b"other")[2]["reason"] == "key_mismatch"
    assert agents.process(_rec(), {}.get, ex, key=None)[2]["reason"] == "key_mismatch"
    # A bad record is judged before its key.
    assert agents.process(b"{", {}.get, ex, key=b"other")[2]["reason"] == "undecodable"


def test_process_reads_tabs_and_line_breaks_as_spaces_with_offsets_kept():
    text = "Indonesian Foreign Minister Sugiono\tmet\r\nWang Yi in Beijing."
    result, _, problem = agents.process(_rec(text=text), {}.get, Extractor())
    assert problem is None and result["events"]
    for ev in result["events"]:
        t = ev["trigger"]
        assert text[t["start"]:t["end"]].split() == t["text"].split()


def test_process_dead_letters_a_failing_context_lookup():
    def unavailable(doc_id: str) -> dict:
        raise RuntimeError("table unavailable")
    result, ctx, problem = agents.process(_rec(paragraph=1), unavailable, Extractor())
    assert result is None and ctx is None
    assert problem["reason"] == "extraction_failed" and "table unavailable" in problem["error"]


def test_process_bounds_the_result():
    ex = Extractor()
    result, _, problem = agents.process(_rec(text=MANY_QUOTES), {}.get, ex)
    assert problem is None and len(result["quotes"]) == 40 and "truncated" not in result
    small = Limits(max_result_bytes=5_000)
    result, ctx, problem = agents.process(_rec(text=MANY_QUOTES), {}.get, ex, limits=small)
    assert problem is None and ctx is not None
    assert len(orjson.dumps(result)) <= 5_000 and errors("extraction", result) == []
    assert result["truncated"]["quotes"] == 40 - len(result["quotes"]) > 0
    result, _, problem = agents.process(_rec(text=MANY_QUOTES), {}.get, ex, limits=Limits(max_result_bytes=150))
    assert result is None and problem["reason"] == "result_too_large"


def _delivered() -> asyncio.Future:
    """What Topic.send returns once the broker has the message: a done future."""
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(None)
    return fut


async def _until(condition, seconds: float = 2.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)


def _changelog_delivered(app) -> mock._patch:
    """The table's changelog writes as the broker confirms them: in the test context no producer
    runs to send them, and a batch waits for its context writes (agents._write_records)."""
    table = app.tables["doc-context"]
    return mock.patch.object(type(table), "send_changelog", lambda self, *a, **kw: _delivered())


def _agent_in_test_context(settings, metrics: Metrics | None = None):
    """The app, its topics and the extract agent, ready for Faust's test context."""
    app = create_app(settings)
    app.conf.store = "memory://"
    declared = topics.declare(app, settings)
    agent = agents.register(app, declared, settings, metrics=metrics)
    app.finalize()
    app.flow_control.resume()
    return app, declared, agent


def test_agent_in_faust_test_context(tmp_path):
    settings = replace(resolve({}, environ={}), data_dir=tmp_path, app_id="diplo-unit")
    metrics = Metrics()
    app, declared, agent = _agent_in_test_context(settings, metrics)
    sent: list[tuple[str, bytes, bytes]] = []

    async def fake_send(self, key=None, value=None, **kw):
        sent.append((self.get_topic_name(), key, value))
        return _delivered()

    async def run() -> None:
        with mock.patch.object(type(declared.extractions), "send", fake_send), _changelog_delivered(app):
            async with agent.test_context() as ctx:
                await ctx.put(orjson.dumps({"doc_id": "a", "paragraph": 0, "text": "Menlu RI bertemu."}), key=b"a")
                await ctx.put(b"{broken", key=b"b")

    asyncio.run(run())
    names = [name for name, _, _ in sent]
    assert names == [settings.output_topic, settings.dlq_topic]
    out = orjson.loads(sent[0][2])
    assert out["doc_id"] == "a" and errors("extraction", out) == []
    dead = orjson.loads(sent[1][2])
    assert dead["reason"] == "undecodable" and errors("dead_letter", dead) == []
    reg = metrics.registry
    assert reg.get_sample_value("diplo_paragraphs_in_total") == 2
    assert reg.get_sample_value("diplo_paragraphs_out_total") == 1
    assert reg.get_sample_value("diplo_dead_letters_total", {"reason": "undecodable"}) == 1
    assert reg.get_sample_value("diplo_extraction_seconds_count") == 2


def test_a_hostile_mix_never_stops_the_agent(tmp_path):
    """Every message gets exactly one output: a result or a dead letter with its reason."""
    from aiokafka.errors import MessageSizeTooLargeError

    settings = replace(resolve({}, environ={}), data_dir=tmp_path, app_id="diplo-unit-hostile",
                       max_text_bytes=4096, max_result_bytes=5_000)
    app, declared, agent = _agent_in_test_context(settings)
    good = _rec()
    mix = [  # (key, value, expected reason or None for a result)
        (b"d", good, None),
        (b"x", b"\x00\x01\x02 binary", "undecodable"),
        (b"x", b'{"doc_id": "x", "paragraph": 0, "text": "caf\xe9"}', "not_utf8"),
        (b"x", b"[]", "invalid"),
        (b"x", _rec(doc_id="x", paragraph=10**7), "invalid"),
        (b"x", _rec(doc_id="x", text="   "), "empty_text"),
        (b"x", _rec(doc_id="x", text="a" * 5000), "too_large"),
        (b"x", _rec(doc_id="x", text="Sugiono\x00met"), "control_chars"),
        (b"y", _rec(doc_id="x"), "key_mismatch"),
        (None, _rec(doc_id="x"), "key_mismatch"),
        (b"d", _rec(paragraph=1, text=MANY_QUOTES[:4000]), None),   # truncated to fit
        (b"fail", _rec(doc_id="fail"), "publish_failed"),            # the broker refuses the send
        (b"d", _rec(paragraph=2), None),
    ]
    sent: list[tuple[str, bytes, bytes]] = []

    async def send(self, key=None, value=None, **kw):
        if key == b"fail" and self.get_topic_name() == settings.output_topic:
            raise MessageSizeTooLargeError("the broker refused the message")
        sent.append((self.get_topic_name(), key, value))
        return _delivered()

    async def run() -> None:
        with mock.patch.object(type(declared.extractions), "send", send), _changelog_delivered(app):
            async with agent.test_context() as ctx:
                for key, value, _ in mix:
                    await ctx.put(value, key=key)
                await _until(lambda: len(sent) >= len(mix))     # the last batch may still be storing

    asyncio.run(run())
    assert len(sent) == len(mix)
    # A batch publishes in input order, but a send the broker refuses is
    # dead-lettered after the batch: pair each output with its input by offset
    # (dead letters) or by (doc_id, paragraph) (results).
    good = {(orjson.loads(v)["doc_id"], orjson.loads(v)["paragraph"]): i
            for i, (_, v, expected) in enumerate(mix) if expected is None}
    outputs = {}
    for topic, out_key, value in sent:
        out = orjson.loads(value)
        index = out["offset"] if topic == settings.dlq_topic else good[(out["doc_id"], out["paragraph"])]
        assert index not in outputs
        outputs[index] = (topic, out_key, value, out)
    for index, (key, _, expected) in enumerate(mix):
        topic, out_key, value, out = outputs[index]
        assert len(value) <= settings.max_result_bytes
        if expected is None:
            assert topic == settings.output_topic and errors("extraction", out) == []
        else:
            assert topic == settings.dlq_topic and out_key == key
            assert out["reason"] == expected, out["error"]
            assert errors("dead_letter", out) == []
    assert outputs[10][3]["truncated"]["quotes"] > 0
    # Results leave in input order.
    assert [orjson.loads(v)["paragraph"] for t, _, v in sent if t == settings.output_topic] == [0, 1, 2]


def test_a_batch_is_done_only_once_its_contexts_are_stored(tmp_path):
    """A batch is acked when it returns, so it must not return before the changelog has its
    documents' contexts: else a commit could pass paragraphs whose context a crash then loses."""
    settings = replace(resolve({}, environ={}), data_dir=tmp_path, app_id="diplo-unit-stored")
    app, declared, agent = _agent_in_test_context(settings)
    published: list[bytes] = []
    writes: list[asyncio.Future] = []

    async def send(self, key=None, value=None, **kw):
        published.append(key)
        return _delivered()

    def send_changelog(self, partition, key, value, *a, **kw):
        writes.append(asyncio.get_running_loop().create_future())
        return writes[-1]

    async def run() -> None:
        table = type(app.tables["doc-context"])
        with mock.patch.object(type(declared.extractions), "send", send), \
                mock.patch.object(table, "send_changelog", send_changelog):
            async with agent.test_context() as ctx:
                await ctx.put(_rec(doc_id="a"), key=b"a", wait=False)
                await _until(lambda: writes)
                await ctx.put(_rec(doc_id="b"), key=b"b", wait=False)
                await asyncio.sleep(0.3)
                # a's result is out, but its batch waits for a's context: b is not taken yet.
                assert published == [b"a"] and len(writes) == 1
                writes[0].set_result(None)
                await _until(lambda: len(writes) == 2)
                writes[1].set_result(None)
        assert published == [b"a", b"b"]

    asyncio.run(run())


class _Table(dict):
    """The context table as _Stored and expire see it: its store, its changelog writes, and its
    deletions, noted with the topic and partition their tombstone goes to."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.deleted: list[tuple[str, str, int]] = []

    @property
    def data(self) -> dict:
        return self

    def send_changelog(self, partition, key, value):
        return (partition, key)

    def __delitem__(self, doc_id) -> None:
        message = agents._current_event.get()().message
        self.deleted.append((doc_id, message.topic, message.partition))
        super().__delitem__(doc_id)


def test_expire_forgets_only_the_old_documents_of_the_partitions_held_now():
    table = _Table({doc: pack(record) for doc, record in (
        ("old", {"seen": 100.0, "partition": 3}), ("new", {"seen": 990.0, "partition": 3}),
        ("theirs", {"seen": 100.0, "partition": 5}))})      # "theirs": left from a partition given away since
    assert agents.expire(table, "in", ttl=500, now=1000.0, owned={0, 3}) == 1
    assert table.deleted == [("old", "in", 3)] and sorted(table) == ["new", "theirs"]
    assert agents.expire(table, "in", ttl=500, now=1000.0) == 1       # owned unknown: all
    assert table.deleted[-1] == ("theirs", "in", 5)




def _counting_decodes(monkeypatch):
    decoded = []
    real = packing.zlib.decompress

    def decompress(raw):
        decoded.append(raw)
        return real(raw)
    monkeypatch.setattr(packing.zlib, "decompress", decompress)
    return decoded


def test_a_record_this_worker_wrote_is_read_back_without_decoding(monkeypatch):
    decoded = _counting_decodes(monkeypatch)
    table = _Table()
    stored = agents._Stored(table)
    record = {"applied": 3, "ctx": {"people": {}}, "seen": 1.0, "partition": 2}
    assert stored.write("doc", record) == (2, "doc")          # to the record's changelog partition
    assert unpack(table["doc"]) == record    # the table holds the packed bytes
    decoded.clear()
    assert stored("doc") is record and decoded == []
    assert stored("other") is None


def test_bytes_the_worker_did_not_write_are_decoded(monkeypatch):
    decoded = _counting_decodes(monkeypatch)
    table = _Table()
    stored = agents._Stored(table)
    stored.write("doc", {"applied": 1, "partition": 0})
    table["doc"] = pack({"applied": 7})     # recovered from the changelog, or another worker's
    assert stored("doc") == {"applied": 7} and len(decoded) == 1


def test_only_the_last_records_written_are_kept_decoded(monkeypatch):
    decoded = _counting_decodes(monkeypatch)
    stored = agents._Stored(_Table(), keep=2)
    for doc in ("a", "b", "a", "c"):          # "a" written again: "b" is now the oldest
        stored.write(doc, {"doc": doc, "partition": 0})
    assert list(stored._decoded) == ["a", "c"]
    assert [stored(doc)["doc"] for doc in ("a", "b", "c")] == ["a", "b", "c"] and len(decoded) == 1


def test_expire_reads_the_times_it_wrote_without_decoding_and_decodes_the_rest(monkeypatch):
    decoded = _counting_decodes(monkeypatch)
    table = _Table()
    stored = agents._Stored(table, keep=0)          # nothing kept decoded: only the times
    stored.write("old", {"seen": 100.0, "partition": 3})
    stored.write("new", {"seen": 990.0, "partition": 1})
    table["theirs"] = pack({"seen": 50.0, "partition": 5})     # recovered, not written here
    table["timeless"] = pack({"partition": 2})
    assert agents.expire(table, "in", ttl=500, now=1000.0, stored=stored) == 2
    assert sorted(table) == ["new", "timeless"] and sorted(table.deleted) == [("old", "in", 3), ("theirs", "in", 5)]
    assert len(decoded) == 2                          # "theirs" and "timeless" only
    assert list(stored._seen) == ["new"]              # what the table no longer holds is forgotten


class _Producer:
    """aiokafka's producer as _learn_topics uses it: metadata asked per topic."""

    def __init__(self, fails: bool = False) -> None:
        self.asked: list[str] = []
        self.fails = fails

    async def partitions_for(self, topic: str) -> set[int]:
        if self.fails:
            raise RuntimeError("broker gone")
        self.asked.append(topic)
        return {0}


def _app_with(producer: _Producer):
    async def maybe_start_producer():
        return mock.Mock(_ensure_producer=lambda: producer)
    return mock.Mock(maybe_start_producer=maybe_start_producer)


def test_the_producer_learns_every_topic_a_batch_sends_to_before_the_first_batch():
    producer = _Producer()
    asyncio.run(agents._learn_topics(_app_with(producer), ["out", "dead", "changelog"]))
    assert producer.asked == ["out", "dead", "changelog"]


def test_a_failed_head_start_is_logged_not_raised(caplog):
    asyncio.run(agents._learn_topics(_app_with(_Producer(fails=True)), ["out"]))
    assert "could not fetch the metadata" in caplog.text


def test_only_the_tuned_profile_starts_the_task(tmp_path):
    for profile, expected in (("tuned", True), ("naive", False)):
        settings = resolve(environ={"DIPLO_DATA_DIR": str(tmp_path / profile), "DIPLO_PROFILE": profile})
        app = create_app(settings)
        agents.register(app, topics.declare(app, settings), settings, Extractor())
        names = {task.__name__ for task in app._app_tasks}
        assert ("learn_where_results_go" in names) is expected
