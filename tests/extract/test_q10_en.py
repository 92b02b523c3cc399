"""q10-en: English wire copy, low-recall types and their actors."""

from __future__ import annotations

from event_checks import event_sides


def test_pronoun_owned_forces_act_for_the_reporting_body(run):
    out = run(["Ukraine's general staff said its forces struck an oil refinery in Russia."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["UKR"], ["RUS"])]


def test_relative_clause_subject_acts_on_its_head(run):
    out = run(["Armenia, which Azerbaijan accuses of planting landmines on its territory, denied the charge."],
              lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["AZE"], ["ARM"])]


def test_intelligence_service_acts_for_its_state(run):
    out = run(["Tehran blamed the Mossad for the killing of a nuclear scientist near Isfahan."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["IRN"], ["ISR"])]


def test_lower_case_al_shabaab_is_the_group(run):
    out = run(["A U.S. drone strike killed two al Shabaab commanders near Jilib."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["USA"], ["ALSHABAAB"])]


def test_warning_of_strikes_is_a_threat_not_a_strike(run):
    out = run(["Israel's army issued evacuation orders, warning of imminent strikes on Hezbollah targets."],
              lang="en")
    assert event_sides(out[0], "THREATEN") == [(["ISR"], ["HEZBOLLAH"])]
    assert event_sides(out[0], "ASSAULT") == []


def test_threatened_tariffs_is_a_threat(run):
    out = run(["Washington threatened new tariffs on Mexico."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["USA"], ["MEX"])]
    assert event_sides(out[0], "SANCTION") == []


def test_vowed_to_take_measures_is_a_threat(run):
    out = run(["China vowed to take all necessary measures against Lithuania."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["CHN"], ["LTU"])]


def test_ultimatum_or_face_threatens_the_one_given_time(run):
    out = run(["Turkey gave the SDF a month to lay down its arms or face a military operation."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["TUR"], ["SDF"])]
    assert event_sides(out[0], "RETREAT") == []


def test_released_truck_drivers_is_a_release(run):
    out = run(["Niger's junta released 20 Beninese truck drivers held at the border."], lang="en")
    assert event_sides(out[0], "RETREAT") == [(["NER"], ["BEN"])]


def test_pulled_staff_out_of_a_capital_is_a_withdrawal(run):
    out = run(["Britain pulled its diplomatic staff out of Juba on Saturday."], lang="en")
    assert event_sides(out[0], "RETREAT") == [(["GBR"], ["SSD"])]


def test_handed_the_base_back_is_a_withdrawal(run):
    out = run(["U.S. forces handed the air base back to the Iraqi army on Sunday."], lang="en")
    assert event_sides(out[0], "RETREAT") == [(["USA"], ["IRQ"])]


def test_joint_security_centre_is_cooperation(run):
    out = run(["Turkey and Iraq set up a joint security centre in Baghdad."], lang="en")
    assert event_sides(out[0], "COOPERATE") == [(["TUR", "IRQ"], [])]


def test_pullout_of_named_rebels_is_a_withdrawal(run):
    out = run(["The pullout of M23 rebels from the town of Walikale began on Monday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "RETREAT")] == [["M23"]]


def test_captives_returned_by_a_state_are_released(run):
    out = run(["Two Thai soldiers captured during the clashes were returned to Thailand by Cambodia on Friday."],
              lang="en")
    assert event_sides(out[0], "RETREAT") == [(["KHM"], ["THA"])]


def test_withdrawn_vessels_is_a_withdrawal(run):
    out = run(["Beijing has withdrawn its coast guard vessels from the waters around the shoal."], lang="en")
    assert [s for s, _ in event_sides(out[0], "RETREAT")] == [["CHN"]]


def test_hinted_at_retaliation_is_a_threat(run):
    out = run(["Russia's security council chief hinted at nuclear retaliation against Britain."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["RUS"], ["GBR"])]


def test_destroyed_camps_in_a_country_is_an_attack(run):
    out = run(["India's military destroyed nine \"terrorist\" camps in Pakistan on Wednesday."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["IND"], ["PAK"])]
    assert event_sides(out[0], "ACCUSE") == []


def test_walked_out_over_is_a_strike(run):
    out = run(["Dock workers in Antwerp walked out over pension reforms."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["BEL"]]
