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


def test_answered_act_is_no_purpose(run):
    out = run(["Israel said its jets had struck Hamas positions in Khan Younis in response to the abduction of "
               "two Israeli soldiers."], lang="en")
    assert sorted(roles(e) for e in events(out[0], "ASSAULT")) == [(["HAMAS"], ["ISR"]), (["ISR"], ["HAMAS"])] \
        or roles(events(out[0], "ASSAULT")[0]) == (["ISR"], ["HAMAS"])


def test_owned_sanctions_on_a_party(run):
    out = run(["Caracas recalled its envoy from Madrid after the European Union's sanctions on Venezuelan officials."],
              lang="en")
    assert [roles(e) for e in events(out[0], "SANCTION") if e["mode"] is None] == [(["EU"], ["VEN"])]


def test_sanctions_on_without_an_owner_no_event(run):
    out = run(["Sanctions on Russian oil have cut Moscow's revenue, analysts said."], lang="en")
    assert events(out[0], "SANCTION") == []


def test_imposition_of_sanctions_by_its_owner(run):
    (act,) = events(run(["Tehran protested against Washington's imposition of new sanctions on Iranian shipping."],
                        lang="en")[0], "SANCTION")
    assert roles(act) == (["USA"], ["IRN"])


def test_delivery_of_aid_by_its_owner(run):
    (act,) = events(run(["The vote came days after Tokyo's delivery of $20 million in emergency aid to Manila."],
                        lang="en")[0], "AID")
    assert roles(act) == (["JPN"], ["PHL"])


def test_rejection_warning_and_request_nouns(run):
    out = run(["The talks stalled after Hanoi's rejection of Beijing's demands. The drills followed Washington's "
               "warning to Beijing. The patrol came a week after Manila's request for U.S. help."], lang="en")
    assert [roles(e) for e in events(out[0], "REJECT")] == [(["VNM"], ["CHN"])]
    assert [roles(e) for e in events(out[0], "THREATEN")] == [(["USA"], ["CHN"])]
    assert [roles(e)[0] for e in events(out[0], "REQUEST")] == [["PHL"]]


def test_protest_from_a_party_judges_the_act_before(run):
    out = run(["Russia launched drones at Kyiv overnight, prompting a protest from Poland."], lang="en")
    assert [roles(e) for e in events(out[0], "ACCUSE")] == [(["POL"], ["RUS"])]


def test_fronted_rebuke_is_the_subjects(run):
    out = run(["In a sharp rebuke to Moscow, NATO said Russia had violated Estonian airspace."], lang="en")
    assert [roles(e) for e in events(out[0], "ACCUSE")][:1] == [(["NATO"], ["RUS"])]
