"""The word gate (wordgate.py): a step runs only where the paragraph holds a word it needs."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import orjson

from streams.extract import extract_paragraphs
from streams.extract.actors import ACTOR_PASSES
from streams.extract.wordgate import WordGate, needs_words

SOURCE = SimpleNamespace(markers=frozenset({"by", "with"}), nouns={"envoy": "m", "woman": "f"},
                         inner=SimpleNamespace(words=frozenset({"itu"})), none=frozenset())


@needs_words("markers")
def marked(st):
    return "marked"


@needs_words("nouns", "inner.words")
def either(st):
    return "either"


@needs_words("none")
def never(st):
    return "never"


def plain(st):
    return "plain"


STEPS = (marked, either, never, plain)


def names(gate: WordGate, words: set[str], steps=STEPS) -> list[str]:
    return [s.__name__ for s in gate.select(steps, words)]


def test_a_step_runs_where_the_paragraph_holds_a_word_it_needs():
    g = WordGate(SOURCE)
    assert names(g, set()) == ["plain"]
    assert names(g, {"killed", "by"}) == ["marked", "plain"]
    assert names(g, {"the", "envoy"}) == ["either", "plain"]      # a dict's keys
    assert names(g, {"pria", "itu", "with"}) == ["marked", "either", "plain"]     # a dotted name
    assert names(g, {"By"}) == ["plain"]      # the lower-cased words are compared as they are


def test_a_list_changed_in_place_is_read_again():
    g = WordGate(SOURCE)
    steps = [plain, marked]
    assert names(g, {"by"}, steps) == ["plain", "marked"]
    steps[1] = either
    assert names(g, {"by"}, steps) == ["plain"]
    assert names(g, {"envoy"}, steps) == ["plain", "either"]


def test_the_actor_passes_need_sets_the_gazetteer_has():
    from streams.extract.pipeline import get_nlp
    finder = dict(get_nlp("en").pipeline)["diplo_actors"].finder
    gated = [p for p in ACTOR_PASSES if getattr(p, "needs_words", None)]
    assert gated and all(list(finder.gate.select([p], set())) == [] for p in gated)


def test_the_declared_needs_change_no_output(monkeypatch):
    """The development gold read with every actor pass run, and through the gate: the same output."""
    gold = Path(__file__).resolve().parents[1] / "gold"
    files = sorted([*gold.glob("id/*.jsonl"), *gold.glob("en/*.jsonl")])
    records = [r for f in files for r in map(orjson.loads, open(f, "rb")) if "text" in r][::3]
    assert len(records) > 300
    gated = list(extract_paragraphs(records))
    monkeypatch.setattr(WordGate, "select", lambda self, steps, *_: iter(steps))
    assert list(extract_paragraphs(records)) == gated
