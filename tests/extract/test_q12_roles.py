"""q12-roles: the source and target of events on real news, both languages."""

from __future__ import annotations

from event_checks import event_sides


def test_second_verb_after_an_object_group_is_the_subjects(run):
    # "X thanked A and B and called on C": A and B are the first verb's objects, not the caller.
    out = run(["Sanchez thanked Paris and Rome and urged Berlin to join the mission."], lang="en")
    assert event_sides(out[0], "REQUEST") == [(["ESP"], ["DEU"])]
    # A subject before the conjunction still acts ("Indonesia dan Malaysia ... serta mendesak").
    out = run(["Menlu Retno Marsudi mengatakan Indonesia dan Malaysia mengecam serangan itu dan mendesak "
               "Israel menghentikan operasi militernya."], lang="id")
    assert [s for s, _ in event_sides(out[0], "REQUEST")] == [["IDN", "MYS"]]


def test_subject_of_a_clause_joined_by_comma_and_is_no_object(run):
    # ", and the Arab League called": the League opens a clause of its own.
    out = run(["Qatar and Oman condemned the raid, and the Arab League called an emergency meeting in Cairo."],
              lang="en")
    assert all("ARL" not in targets for _, targets in event_sides(out[0], "ACCUSE"))
    # An object after the trigger stays one ("condemned the raid on Egypt, and ...").
    out = run(["Qatar condemned the arrests of Egyptian students, and the Arab League said it would meet."],
              lang="en")
    assert [t for _, t in event_sides(out[0], "ACCUSE")] == [["EGY"]]


def test_passive_act_is_done_to_those_said_of_before_it_not_a_place_after(run):
    # The soldiers "were killed"; Chad, past the agent, is where.
    out = run(["Three Nigerien soldiers were killed when their patrol was ambushed by Boko Haram fighters "
               "near the border with Chad."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["BOKOHARAM"], ["NER"])]


def test_protesters_named_by_nationality_are_the_protest_source(run):
    # "detained 40 Iranian protesters outside …": the protest is the Kurds', not the police's.
    out = run(["Turkish police detained 40 Iranian protesters outside the consulate in Istanbul on Sunday."],
              lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["IRN"]]
