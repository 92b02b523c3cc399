"""Shapes the blind English development set showed missing: a missile fired into the sea
(a test launch, not an attack on the state that reports it), fighter jets sent to a flank
(a deployment), and activists or organisers at home (people of the state they act in)."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events


def test_a_missile_fired_into_the_sea_is_a_weapons_test_not_an_attack(run):
    out = run(["North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, "
               "Japan's defence ministry said."], lang="en")
    assert not events(out[0], "ASSAULT")
    (test,) = events(out[0], "MOBILIZE")
    assert test["mode"] == "weapons" and codes(test["sources"]) == ["PRK"]


def test_a_missile_fired_at_a_state_is_still_an_attack(run):
    out = run(["Houthi fighters fired a ballistic missile at Israel overnight, the Israeli military said."],
              lang="en")
    assert events(out[0], "ASSAULT") and not events(out[0], "MOBILIZE")


def test_fighter_jets_sent_to_a_flank_are_a_deployment(run):
    out = run(["Canada said on Monday it was sending additional fighter jets to Romania."], lang="en")
    assert events(out[0], "MOBILIZE") and not events(out[0], "AID")


def test_activists_at_home_are_of_that_state(run):
    out = run(["Pro-democracy activists staged a rally outside parliament in Bangkok on Sunday."], lang="en")
    (rally,) = events(out[0], "PROTEST")
    assert codes(rally["sources"]) == ["THA"]


def test_a_protest_lodged_as_its_own_is_a_protest_to_the_other_side(run):
    out = run(["South Korea lodged its own protest over remarks by Japan's defence minister on Tuesday."],
              lang="en")
    (protest,) = events(out[0], "ACCUSE")
    assert codes(protest["sources"]) == ["KOR"] and codes(protest["targets"]) == ["JPN"]


def test_relations_downgraded_in_a_gerund_are_a_sanction(run):
    out = run(["Lithuania responded by downgrading relations with Belarus and closing a border crossing."],
              lang="en")
    cut = [e for e in events(out[0], "SANCTION") if e["trigger"]["text"].startswith("downgrading")]
    assert [codes(e["sources"]) for e in cut] == [["LTU"]] and codes(cut[0]["targets"]) == ["BLR"]


def test_a_name_quoted_before_and_is_not_the_subject_of_the_verb_after(run):
    out = run(["Thousands of protesters marched through Lima on Tuesday against a new mining law.",
               'Interior Minister Juan Santivanez praised the police, saying officers had been attacked by "vandals '
               'posing as protesters," and warned that anyone who blocked roads would be arrested.'], lang="en")
    (warning,) = events(out[1], "THREATEN")
    assert codes(warning["sources"]) == ["Juan Santivanez"]



def test_a_person_who_says_after_and_opens_a_clause_of_their_own(run):
    out = run(["Germany condemned the raid on Monday, and Italian Prime Minister Giorgia Meloni said Rome shared "
               "its concern."], lang="en")
    (condemned,) = events(out[0], "ACCUSE")
    assert codes(condemned["sources"]) == ["DEU"] and condemned["targets"] == []
