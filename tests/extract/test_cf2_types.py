"""Type confusions and the gold's conventions (brief cf2), one sentence each, my own: refusals to
yield ("will not back down", "would not lift sanctions") are REJECT yield by the refuser, not the
act refused negated (an inanimate subject refuses nothing); people deported are COERCE deport;
a crossing reopened for aid is RETREAT access; a vow to resume or expand an act is a threat only
when the act is hostile."""

from __future__ import annotations

from streams.extract import extract_paragraphs


def coded(texts: list[str]) -> list[tuple[int, str, str | None, str, list[str], list[str]]]:
    records = [{"doc_id": "t", "paragraph": i, "text": t, "lang": "en"} for i, t in enumerate(texts)]
    return [(r["paragraph"], e["type"], e["mode"], e["modality"],
             [a.get("code") or a.get("country") or a["name"] for a in e["sources"]],
             [a.get("code") or a.get("country") or a["name"] for a in e["targets"]])
            for r in extract_paragraphs(records) for e in r["events"]]


def test_would_not_back_down_answers_the_demand():
    out = coded(["Serbia demanded that Kosovo pull its police back from the north.",
                 "Kosovo's prime minister said his government would not back down."])
    assert (1, "REJECT", "yield", "asserted", ["XKX"], ["SRB"]) in out


def test_would_not_lift_sanctions_is_a_refusal():
    out = coded(["China's commerce ministry said Beijing would not lift sanctions on U.S. defense firms."])
    assert [(t, m) for _, t, m, *_ in out] == [("REJECT", "yield")]


def test_pressure_does_not_refuse():
    out = coded(["The spokesman said U.S. pressure would not stop Cuba's efforts to trade with its neighbours."])
    assert all(t != "REJECT" for _, t, *_ in out)


def test_deported_people_are_coerced_not_sanctioned():
    out = coded(["Malaysia deported 120 Indonesian workers through the port of Tawau last week."])
    assert [(t, m) for _, t, m, *_ in out] == [("COERCE", "deport")]


def test_crossing_reopened_for_aid_is_access_granted():
    out = coded(["Jordan opened the Karameh crossing to humanitarian convoys bound for the West Bank."])
    assert [(t, m) for _, t, m, *_ in out] == [("RETREAT", "access")]
    out = coded(["Turkey reopened its border crossing with Armenia for the first time in decades."])
    assert [(t, m) for _, t, m, *_ in out] == [("CONCEDE", "ease")]


def test_vowed_to_resume_talks_is_a_promise_not_a_threat():
    out = coded(["South Korea and Japan vowed to resume regular shuttle diplomacy between their leaders."])
    assert [t for _, t, *_ in out] == ["AGREE"]
    out = coded(["Russia vowed to launch a new offensive against Ukraine."])
    assert [(t, m) for _, t, m, *_ in out] == [("THREATEN", "violence")]
