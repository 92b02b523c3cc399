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


def test_a_crowd_that_tries_to_storm_a_building_riots(run):
    e = one(run, "Police fired tear gas at hundreds of farmers who tried to storm the ministry building in Lagos.",
            "PROTEST")
    assert e["mode"] == "riot" and codes(e["sources"]) == ["NGA"]


def test_stones_hurled_at_police_are_a_riot(run):
    out = run(["Thousands of Kenyans rallied in Nairobi, and some hurled stones at police vehicles."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "PROTEST", "riot")] == [["KEN"]]


def test_a_general_strike_against_a_leader_is_a_protest(run):
    out = run(["NAIROBI, April 9 (Reuters) - Kenya's biggest union federation shut down the capital on Thursday in a "
               "24-hour general strike against President William Ruto's tax bill."], lang="en")
    assert [e["mode"] for e in found(out[0], "PROTEST")] == ["strike"]
    assert found(out[0], "ASSAULT") == []


def test_an_ambassador_called_home_is_recalled(run):
    e = one(run, "Kenya called its ambassador home from Kampala on Monday.", "SANCTION")
    assert e["mode"] == "withdraw" and codes(e["sources"]) == ["KEN"] and codes(e["targets"]) == ["UGA"]


def test_people_forced_back_across_the_border_are_deported(run):
    e = one(run, "Kenya has forced more than 2,000 Somalis back across the border this month.", "COERCE")
    assert e["mode"] == "deport" and codes(e["sources"]) == ["KEN"]


def test_a_base_handed_back_is_not_a_deportation(run):
    out = run(["U.S. forces handed the Ain al-Asad air base back to the Iraqi army on Sunday."], lang="en")
    assert found(out[0], "COERCE") == [] and found(out[0], "RETREAT")


def test_units_forced_back_are_not_deported(run):
    assert found(run(["Ukrainian troops forced Russian units back across the river."], lang="en")[0], "COERCE") == []


def test_troops_sent_to_a_place_in_the_passive_mobilise(run):
    e = one(run, "Hundreds of Kenyan police officers were sent to the Ugandan border after the clashes.", "MOBILIZE")
    assert codes(e["sources"]) == ["KEN"]


def test_gendarmes_deployed_mobilise(run):
    out = run(["Kenya will deploy gendarmes to patrol Lake Victoria from June."], lang="en")
    assert [e["modality"] for e in found(out[0], "MOBILIZE")] == ["planned"]


def test_people_hauled_away_are_arrested(run):
    e = one(run, "Police in Kampala hauled away 230 people overnight.", "COERCE")
    assert e["mode"] == "arrest" and codes(e["sources"]) == ["UGA"]


def test_pepper_spray_fired_at_people_is_crowd_control(run):
    e = one(run, "Kenyan riot police lobbed stun grenades at students outside the university in Nairobi.", "ASSAULT")
    assert e["mode"] == "crowd_control"
    e = one(run, "Rights groups said Ugandan soldiers had fired pepper spray at fishermen on the lake.", "ASSAULT")
    assert e["mode"] == "crowd_control" and codes(e["sources"]) == ["UGA"]


def test_buses_let_through_a_crossing_are_given_access(run):
    e = one(run, "Ugandan authorities let three buses carrying families with children through the crossing late that "
                 "night.", "RETREAT")
    assert e["mode"] == "access" and codes(e["sources"]) == ["UGA"]


def test_supporters_outside_a_courthouse_protest(run):
    out = run(["Kenyan police fired tear gas at thousands of opposition supporters outside a courthouse in Nairobi."],
              lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "PROTEST", "demo")] == [["KEN"]]


def test_a_warning_with_a_condition_is_a_threat(run):
    out = run(["Uganda's foreign ministry summoned Kenya's envoy, spokesman John Okello said, warning that "
               "Kampala could review fuel transit terms if Nairobi pressed ahead with the new tax."], lang="en")
    assert [codes(e["targets"]) for e in found(out[0], "THREATEN")] == [["KEN"]]


def test_a_warning_without_a_condition_is_no_threat(run):
    out = run(["Kenyan business groups urged talks, warning that Ugandan tariffs could cost exporters "
               "$2 billion a year."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_people_warned_they_would_face_charges_are_threatened(run):
    out = run(["The Kenyan interior ministry warned that anyone who blocked a highway after midnight would face "
               "terrorism charges."], lang="en")
    assert [(e["mode"], codes(e["sources"])) for e in found(out[0], "THREATEN")] == [("arrest", ["KEN"])]


def test_defendants_who_would_face_charges_are_not_threatened(run):
    out = run(["The U.S. attorney general said the defendants would face charges of drug trafficking."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_beaten_to_death_is_an_assault(run):
    e = one(run, "Militants beat two Nigerian soldiers to death near Maiduguri, the army said.", "ASSAULT")
    assert codes(e["targets"]) == ["NGA"]


def test_withdrawn_from_a_base_is_a_retreat(run):
    e = one(run, "The Kenyan army said it had tactically withdrawn from the base in Somalia.", "RETREAT")
    assert e["mode"] == "withdraw" and codes(e["sources"]) == ["KEN"]


def test_withdrawing_from_talks_is_no_retreat(run):
    assert found(run(["Kenya withdrew from the talks in Kampala."], lang="en")[0], "RETREAT") == []


def test_a_frozen_membership_is_a_sanction(run):
    e = one(run, "Uganda froze its membership of the East African Community on Monday.", "SANCTION")
    assert codes(e["sources"]) == ["UGA"]


def test_joint_training_is_cooperation_not_a_show_of_force(run):
    out = run(["Kenya would start joint training with Ugandan border guards in September."], lang="en")
    assert [e["modality"] for e in found(out[0], "COOPERATE")] == ["planned"]
    assert found(out[0], "MOBILIZE") == []


def test_a_crowd_fired_on_near_a_place_is_no_protest(run):
    out = run(["Ugandan troops opened fire on a crowd near an aid distribution point in Gulu on Saturday."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_measures_left_on_the_table_are_a_threat(run):
    out = run(["Kenya's foreign minister said further measures, including tariffs on Ugandan sugar, remained on the "
               "table."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "THREATEN")] == [["KEN"]]


def test_a_sanction_being_weighed_is_held_ready(run):
    out = run(["Washington is weighing new sanctions on Kampala over the election, officials said."], lang="en")
    assert [(e["modality"], codes(e["targets"])) for e in found(out[0], "THREATEN")] == [("asserted", ["UGA"])]
    assert [e["modality"] for e in found(out[0], "SANCTION")] == ["planned"]


def test_a_round_of_talks_suspended_is_a_sanction(run):
    e = one(run, "Kenya later suspended a planned round of talks on the maritime boundary with Somalia.", "SANCTION")
    assert e["mode"] == "withdraw" and codes(e["sources"]) == ["KEN"]


def test_talks_called_off_by_a_party_stay_a_refused_meeting(run):
    out = run(["Kenya called off the talks with Uganda scheduled for Friday."], lang="en")
    assert found(out[0], "SANCTION") == [] and found(out[0], "REJECT")
