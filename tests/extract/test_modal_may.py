"""The modal "may" before an act's verb makes the act possible only; the month stays a date."""

from __future__ import annotations

from event_checks import found as events


def test_may_before_the_act_verb_is_hypothetical(run):
    out = run(["Ankara may launch a new ground offensive against Kurdish militants in northern Iraq."], lang="en")
    assert [e["modality"] for e in events(out[0], "ASSAULT")] == ["hypothetical"]


def test_may_before_an_expulsion_is_hypothetical(run):
    out = run(["Warsaw may expel more Belarusian diplomats over the border provocations, its foreign minister "
               "said."], lang="en")
    assert [e["modality"] for e in events(out[0], "SANCTION")] == ["hypothetical"]


def test_the_month_may_is_no_modal(run):
    out = run(["In May, Warsaw expelled two Belarusian diplomats over the border provocations."], lang="en")
    assert [e["modality"] for e in events(out[0], "SANCTION")] == ["asserted"]
