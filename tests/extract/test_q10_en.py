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
