"""A time adjunct right after a verb of saying times the report: its act is the reporter's, and not the next
step of a plan told before ("…, X said after talks with Y")."""

from __future__ import annotations

from event_checks import found as events


def test_talks_after_said_are_the_reporter_s_and_asserted(run):
    out = run(["Hanoi will resume rice exports to Manila next month, Trade Minister Nguyen Hong Dien said after "
               "talks with his Philippine counterpart in Hanoi."], lang="en")
    (talks,) = events(out[0], "CONSULT")
    assert [a["name"] for a in talks["sources"]] == ["Nguyen Hong Dien"]
    assert talks["modality"] == "asserted"


def test_the_next_step_of_a_plan_stays_planned(run):
    out = run(["Vietnam's prime minister will visit Manila next week before attending talks with Japan's "
               "leaders in Tokyo."], lang="en")
    assert [e["modality"] for e in events(out[0], "CONSULT")][-1:] == ["planned"]
