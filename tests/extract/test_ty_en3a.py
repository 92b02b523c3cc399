"""English force and pressure acts as wire copy words them (ty-en3a): ASSAULT, COERCE, RETREAT,
MOBILIZE, THREATEN, PROTEST and SANCTION told with a quoted verb, a supply halted, a crowd's act."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found, one


def test_a_vow_whose_verb_is_quoted_is_a_threat(run):
    e = one(run, 'General Ruto vowed to "crush the rebels" in the north.', "THREATEN")
    assert e["mode"] == "violence"
    assert found(run(['General Ruto vowed to "crush the rebels" in the north.'], lang="en")[0], "AGREE") == []


def test_a_state_halting_its_fuel_shipments_is_a_sanction(run):
    out = run(["Uganda halted fuel shipments to South Sudan after the dispute."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "SANCTION")] == [["UGA"]]
    assert found(out[0], "COERCE") == []


def test_blocking_food_deliveries_stays_coercion(run):
    e = one(run, "Israel blocked food deliveries to Gaza for a second week.", "COERCE")
    assert e["mode"] == "restrict"
