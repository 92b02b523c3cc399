"""The rule gate (events/gate.py): a rule runs only where its declared needs hold."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import orjson
import pytest

from streams.extract import extract_paragraphs
from streams.extract.events import gate as gate_module
from streams.extract.events.gate import Gate, asked_before, needs


@needs(types=("ASSAULT", "COERCE"), voices="active")
def forceful(f):
    return "forceful"


@needs(keys=("toll", "aim_of"))
def keyed(f):
    return "keyed"


@needs(row=lambda row: row.get("mode") == "visit")
def visiting(f):
    return "visiting"


@needs(words="markers")
def marked(f):
    return "marked"


@needs(words=("markers", "others"))
def either(f):
    return "either"


@needs(words="phrases")
def phrased(f):
    return "phrased"


@needs(before=True)
def after_act(f):
    return "after_act"


@needs(before_key="charged_after", before_types="ACCUSE")
def after_charge(f):
    return "after_charge"


def plain(f):
    return "plain"


RULES = [forceful, keyed, visiting, marked, either, phrased, after_act, after_charge, plain]
WORDS = SimpleNamespace(markers=frozenset({"by", "with"}), phrases=(("each", "other"), ("one", "another")),
                        empty=(("x",), ()), head_first=False)
FINDER = SimpleNamespace(others=frozenset({"oleh"}), markers=frozenset({"not", "read"}))


def names(g: Gate, row: dict, low: list[str], before=None, rules=RULES) -> list[str]:
    x = SimpleNamespace(row=row, low=low, before=before, words=g.paragraph(low))
    x.bits = g.trigger(before, x.words)
    chosen = g.select(rules, x)     # the rules the row admits, each with the bits it needs
    return [r.__name__ for r, bits in chosen if bits & ~x.bits == 0]


def act(type_: str, **row) -> SimpleNamespace:
    return SimpleNamespace(type=type_, trigger=SimpleNamespace(row=row))


def test_row_needs():
    g = Gate(WORDS, (FINDER,), [RULES])
    assert names(g, {"type": "ASSAULT"}, []) == ["forceful", "plain"]      # voice defaults to active
    assert names(g, {"type": "ASSAULT", "voice": "passive"}, []) == ["plain"]
    assert names(g, {"type": "AID", "aim_of": ["PROTEST"]}, []) == ["keyed", "plain"]
    assert names(g, {"type": "AID", "toll": False}, []) == ["plain"]       # a key with a false value
    assert names(g, {"type": "CONSULT", "mode": "visit"}, []) == ["visiting", "plain"]


def test_word_needs_read_the_paragraph():
    g = Gate(WORDS, (FINDER,), [RULES])     # word sets: the grammar's first, then the finder's
    row = {"type": "AID"}
    assert names(g, row, ["killed", "by", "x"]) == ["marked", "either", "plain"]
    assert names(g, row, ["oleh"]) == ["either", "plain"]
    assert names(g, row, ["blamed", "each", "one"]) == ["phrased", "plain"]     # a phrase's first word
    assert names(g, row, ["By"]) == ["plain"]     # the lower-cased tokens are compared as they are


def test_grammar_needs_are_read_once_per_language():
    @needs(grammar=lambda g: not g.head_first)
    def modifiers_first(f):
        return None
    assert names(Gate(WORDS), {"type": "AID"}, [], rules=[modifiers_first, plain]) == ["modifiers_first", "plain"]
    head_first = SimpleNamespace(**{**vars(WORDS), "head_first": True})
    assert names(Gate(head_first), {"type": "AID"}, [], rules=[modifiers_first, plain]) == ["plain"]


def test_before_needs_read_the_act_before():
    g = Gate(WORDS, (FINDER,), [RULES])
    row = {"type": "AID"}
    assert names(g, row, [], act("AID")) == ["after_act", "plain"]
    assert names(g, row, [], act("ACCUSE", charged_after=["of"])) == ["after_act", "after_charge", "plain"]
    assert names(g, row, [], act("ACCUSE")) == ["after_act", "plain"]
    assert names(g, row, [], act("AID", charged_after=["of"])) == ["after_act", "plain"]


def test_an_empty_phrase_needs_nothing_and_a_missing_set_is_an_error():
    @needs(words="empty")
    def anywhere(f):
        return None

    @needs(words="missing")
    def nowhere(f):
        return None
    assert names(Gate(WORDS), {"type": "AID"}, [], rules=[anywhere]) == ["anywhere"]
    with pytest.raises(AttributeError):
        Gate(WORDS, (), [[nowhere]])


def test_a_list_changed_in_place_is_read_again():
    g = Gate(WORDS, (FINDER,), [RULES])
    rules = [plain, keyed]
    assert names(g, {"type": "AID"}, ["with"], rules=rules) == ["plain"]
    rules[1] = marked       # the same list, the same length: the copy kept tells
    assert names(g, {"type": "AID"}, ["with"], rules=rules) == ["plain", "marked"]
    rules.pop(0)
    assert names(g, {"type": "AID"}, ["with"], rules=rules) == ["marked"]


def test_a_new_word_set_counts_in_the_paragraph_being_read():
    g = Gate(WORDS)
    x = SimpleNamespace(row={"type": "AID"}, low=["with"], before=None, words=g.paragraph(["with"]))
    x.bits = g.trigger(None, x.words)
    assert [r.__name__ for r, bits in g.select([marked], x) if bits & ~x.bits == 0] == ["marked"]


def test_the_cache_starts_again_past_its_limit(monkeypatch):
    monkeypatch.setattr(gate_module, "CACHE_LIMIT", 3)
    g = Gate(WORDS, (FINDER,), [RULES])
    for i in range(10):
        assert names(g, {"type": "ASSAULT", "n": i}, []) == ["forceful", "plain"]
    assert sum(len(c.by_row) for c in g._lists.values()) <= 3


def test_the_declared_needs_change_no_output(monkeypatch):
    """The development gold extracted with every rule run, and through the gate: the same events."""
    gold = Path(__file__).resolve().parents[1] / "gold"
    files = sorted([*gold.glob("id/*.jsonl"), *gold.glob("en/*.jsonl")])
    records = [r for f in files for r in map(orjson.loads, open(f, "rb")) if "text" in r][::3]
    assert len(records) > 300
    gated = [r["events"] for r in extract_paragraphs(records)]
    monkeypatch.setattr(Gate, "select", lambda self, rules, x: [(rule, 0) for rule in rules])
    assert [r["events"] for r in extract_paragraphs(records)] == gated


@needs(cues="negated")
def negated(f):
    return "negated"


@needs(cues=("refused", "negated"))
def refused_or_negated(f):
    return "refused_or_negated"


@needs(asked_before=True)
def asked(f):
    return "asked"


def test_cue_needs_read_the_paragraphs_cues():
    g = Gate(WORDS, (), [[negated, refused_or_negated, plain]])
    rules = [negated, refused_or_negated, plain]

    def cued(*kinds):
        x = SimpleNamespace(row={"type": "AID"}, low=[], before=None,
                            words=g.paragraph([], [(i, i + 1, k) for i, k in enumerate(kinds)]))
        x.bits = g.trigger(None, x.words)
        return [r.__name__ for r, bits in g.select(rules, x) if bits & ~x.bits == 0]
    assert cued() == ["plain"]
    assert cued("hypothetical") == ["plain"]
    assert cued("refused") == ["refused_or_negated", "plain"]
    assert cued("hypothetical", "negated") == ["negated", "refused_or_negated", "plain"]


def test_asked_before_reads_the_requests_before_the_trigger():
    g = Gate(WORDS, (), [[asked, plain]])
    at = SimpleNamespace

    def scene(asks, start):
        x = SimpleNamespace(row={"type": "AID"}, low=[], before=None, asks=asks, t=at(start=start), words=0)
        x.bits = g.trigger(None, x.words, asked_before(x))
        return [r.__name__ for r, bits in g.select([asked, plain], x) if bits & ~x.bits == 0]
    assert scene([], 5) == ["plain"]
    assert scene([at(start=5)], 5) == ["plain"]         # the trigger itself asks
    assert scene([at(start=7)], 5) == ["plain"]
    assert scene([at(start=2), at(start=7)], 5) == ["asked", "plain"]
    assert scene([at(start=2)], 5) == ["asked", "plain"]


@needs(quotes=True)
def quoted(f):
    return "quoted"


def test_quote_needs_read_the_paragraphs_direct_quotes():
    g = Gate(WORDS, (), [[quoted, plain]])
    for quotes, expected in [((), ["plain"]), ([(0, 9, None)], ["quoted", "plain"])]:
        x = SimpleNamespace(row={"type": "AID"}, low=[], before=None, words=g.paragraph([], (), quotes))
        x.bits = g.trigger(None, x.words)
        assert [r.__name__ for r, bits in g.select([quoted, plain], x) if bits & ~x.bits == 0] == expected


def test_without_an_act_before_its_rules_are_not_tested():
    # (run tests an entry's last two: the rules that need no act before, for a trigger with none)
    g = Gate(WORDS, (FINDER,), [RULES])
    x = SimpleNamespace(row={"type": "ASSAULT"}, low=[], before=None, words=g.paragraph([]))
    entry = g.admitted(RULES, x)
    assert [r.__name__ for r in entry[2]] == [r.__name__ for r, _ in entry[1]]
    assert [r.__name__ for r in entry[4]] == [r.__name__ for r in entry[2] if r not in (after_act, after_charge)]
    assert len(entry[5]) == len(entry[4])
    assert names(g, {"type": "ASSAULT"}, [], before=act("ACCUSE", charged_after=True))[-3:] == \
        ["after_act", "after_charge", "plain"]
