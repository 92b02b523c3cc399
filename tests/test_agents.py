"""The agent in Faust's test context (the real broker is in integration/)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from unittest import mock

import orjson

from streams import agents, topics
from streams.app import create_app
from streams.extract import Extractor
from streams.messages import errors
from streams.metrics import Metrics
from streams.settings import resolve


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


def test_agent_in_faust_test_context(tmp_path):
    settings = replace(resolve({}, environ={}), data_dir=tmp_path, app_id="diplo-unit")
    app = create_app(settings)
    app.conf.store = "memory://"
    declared = topics.declare(app, settings)
    metrics = Metrics()
    agent = agents.register(app, declared, settings, metrics=metrics)
    app.finalize()
    app.flow_control.resume()
    sent: list[tuple[str, bytes, bytes]] = []

    async def fake_send(self, key=None, value=None, **kw):
        sent.append((self.get_topic_name(), key, value))

    async def run() -> None:
        with mock.patch.object(type(declared.extractions), "send", fake_send):
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
