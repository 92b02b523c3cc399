"""English secondary acts a lead carries in adjuncts and noun phrases (helper q19-en-adjuncts),
each tested on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides as roles


def test_act_in_an_adjunct_after_a_call_is_told_not_asked(run):
    out = run(["Cairo called for an immediate truce amid Israel's strikes on Khan Younis."], lang="en")
    (strike,) = events(out[0], "ASSAULT")
    assert strike["modality"] == "asserted" and roles(strike)[0] == ["ISR"]


def test_a_plan_does_not_reach_into_a_time_adjunct(run):
    out = run(["Jordan will host talks on the crossings after Israel's raids on Jenin."], lang="en")
    assert [e["modality"] for e in events(out[0], "ASSAULT")] == ["asserted"]


def test_fronted_following_adjunct_is_the_subjects_act(run):
    out = run(["Following a meeting with Kenyan Foreign Minister Musalia Mudavadi, U.N. refugee chief "
               "Filippo Grandi appealed for more funding."], lang="en")
    (meeting,) = events(out[0], "CONSULT")
    assert [a["name"] for a in meeting["sources"]] == ["Filippo Grandi"]
    assert [a["name"] for a in meeting["targets"]] == ["Musalia Mudavadi"]


def test_released_in_response_to_an_expulsion(run):
    out = run(["Russia expelled two Latvian diplomats in response to the expulsion of a Russian consul from Riga."],
              lang="en")
    assert sorted(roles(e) for e in events(out[0], "SANCTION")) == [(["LVA"], ["RUS"]), (["RUS"], ["LVA"])]
