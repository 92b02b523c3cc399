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
