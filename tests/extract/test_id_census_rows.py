"""Indonesian trigger rows from a census of how the news words each PLOVER type
(lang/id/event_triggers.jsonl, ids "*.census.*"): each on a sentence of its own."""

from __future__ import annotations


def kinds(result):
    return [(e["type"], e["mode"]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


def test_mengampuni_tahanan_a_release(run):
    out = run(["Presiden Belarus mengampuni lebih dari 30 narapidana pada Jumat."])
    assert ("RETREAT", "release") in kinds(out[0])


def test_mengampuni_dosa_is_no_release(run):
    out = run(["Semoga Tuhan mengampuni dosa para korban."])
    assert "RETREAT" not in types(out[0])


def test_mengancam_akan_merebut_a_threat_of_force(run):
    out = run(["Pemberontak M23 mengancam akan merebut Kinshasa dalam sepekan."])
    assert ("THREATEN", "violence") in kinds(out[0])
