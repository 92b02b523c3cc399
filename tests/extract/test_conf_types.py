"""Type confusions with the right sides (brief conf), one sentence each, my own: a passage blocked
is a protest when civilians block it and a restriction when forces do."""

from __future__ import annotations

from contextlib import contextmanager

from streams.extract.events import readings
from streams.extract.events.dissent import obstruction_by_doer


def coded(run, text: str, lang: str = "en") -> list[tuple]:
    """(type, mode, source codes, target codes) of each event of one sentence."""
    return [(e["type"], e["mode"], [a.get("country") or a.get("code") or a["name"] for a in e["sources"]],
             [a.get("country") or a.get("code") or a["name"] for a in e["targets"]])
            for e in run([text], lang=lang)[0]["events"]]


@contextmanager
def without_obstruction_by_doer():
    at = readings.EVENT_RULES.index(obstruction_by_doer)
    readings.EVENT_RULES.pop(at)
    try:
        yield
    finally:
        readings.EVENT_RULES.insert(at, obstruction_by_doer)


def test_obstruction_by_doer(run):
    text = "Hungarian truckers blockaded the border with Austria on Monday."
    assert coded(run, text) == [("PROTEST", "obstruct", ["HUN"], ["AUT"])]
    with without_obstruction_by_doer():
        assert [t for t, *_ in coded(run, text)] == ["COERCE"]
    text = "Police blocked roads leading to the parliament in Nairobi."
    assert coded(run, text) == [("COERCE", "restrict", ["KEN"], ["KEN"])]
    with without_obstruction_by_doer():
        assert [t for t, *_ in coded(run, text)] == ["PROTEST"]
    assert coded(run, "Polisi memblokade jalan menuju gedung parlemen di Nairobi.", "id") == \
        [("COERCE", "restrict", ["KEN"], ["KEN"])]
    assert [(t, m) for t, m, *_ in coded(run, "Para petani memblokade jalan tol menuju Jakarta.", "id")] == \
        [("PROTEST", "obstruct")]
    # forces blocking a passage stay a restriction; protesters blocking roads stay a protest
    assert [t for t, *_ in coded(run, "Egyptian troops blockaded the border crossing with Libya.")] == ["COERCE"]
    assert [t for t, *_ in coded(run, "Students blocked roads in central Dhaka on Sunday.")] == ["PROTEST"]
