"""q11-en: English wire copy, actors of ASSAULT, ACCUSE, COERCE, SANCTION, RETREAT and THREATEN."""

from __future__ import annotations

from event_checks import event_sides


def test_doer_blamed_after(run):
    out = run(["Three Ukrainian soldiers were killed in a drone strike on a training ground that Kyiv blamed "
               "on Moscow."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]
    assert event_sides(out[0], "ACCUSE") == [(["UKR"], ["RUS"])]


def test_bare_attack_is_an_act_only_when_blamed_on_someone(run):
    out = run(["Two Turkish soldiers were killed in northern Iraq in an attack Ankara blamed on the PKK."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["PKK"], ["TUR"])]
    out = run(["The attack on the convoy was condemned by the European Union."], lang="en")
    assert event_sides(out[0], "ASSAULT") == []


def test_envoy_expelled_in_the_passive_is_a_sanction(run):
    out = run(["Two Russian diplomats were expelled by Estonia on Friday."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["EST"], ["RUS"])]
    assert event_sides(out[0], "COERCE") == []


def test_freed_a_person_of_a_nationality_is_a_release(run):
    out = run(["Iran released a French couple on Friday."], lang="en")
    assert event_sides(out[0], "RETREAT") == [(["IRN"], ["FRA"])]
    out = run(["The army released a video of the soldier."], lang="en")
    assert event_sides(out[0], "RETREAT") == []


def test_would_respond_to_an_attack_is_a_threat(run):
    out = run(["Peskov said Moscow would respond to the attack."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["RUS"], [])]
    out = run(["The ministry said it would respond to the letter."], lang="en")
    assert event_sides(out[0], "THREATEN") == []


def test_bomb_slammed_into_a_building_is_a_strike(run):
    out = run(["A Russian glide bomb slammed into an apartment block in Kharkiv."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]
    assert event_sides(out[0], "ACCUSE") == []


def test_came_under_fire_from_names_the_attacker(run):
    out = run(["The convoy came under attack from Houthi fighters near Marib."], lang="en")
    assert [s for s, _ in event_sides(out[0], "ASSAULT")] == [["HOUTHI"]]


def test_holds_x_responsible_is_a_charge(run):
    out = run(["Kyiv held Moscow responsible for the blackout."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["UKR"], ["RUS"])]
    out = run(["The party held a meeting in Ankara and said it was responsible for nothing."], lang="en")
    assert event_sides(out[0], "ACCUSE") == []


def test_stepped_up_its_strikes_on_is_a_strike_not_a_labour_strike(run):
    out = run(["Israel resumed its strikes on Gaza on Tuesday."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ISR"], ["PSE"])]
    assert event_sides(out[0], "PROTEST") == []


def test_condition_of_later_verb(run):
    out = run(["Beijing suspended imports of Japanese seafood and warned Tokyo of further countermeasures if Japan "
               "did not retract the remarks."], lang="en")
    sanction = [e for e in out[0]["events"] if e["type"] == "SANCTION"]
    assert [e["modality"] for e in sanction] == ["asserted"]
    out = run(["China will summon the ambassador and expel diplomats if the arrests happen again."], lang="en")
    assert {e["modality"] for e in out[0]["events"]} == {"hypothetical"}
    out = run(["Estonia and Latvia will begin joint patrols next month, the minister said, adding that Tallinn "
               "would close the border only if the incursions went on."], lang="en")
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "COOPERATE"] == ["planned"]


def test_blamed_only_row_leaves_other_rows_their_words(run):
    out = run(["Russia attacks Ukraine's energy grid every night."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]
    out = run(["Pakistan blamed Kabul for the bombing."], lang="en")
    assert [s for s, _ in event_sides(out[0], "ASSAULT")] == [["AFG"]]


def test_afghan_taliban_and_iswap_by_their_wire_names(run):
    out = run(["Pakistan blamed the Afghan Taliban for the bombing."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["PAK"], ["TALIBAN"])]
    out = run(["Gunmen from the Islamic State's West Africa Province ambushed a Nigerian army patrol."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ISWAP"], ["NGA"])]
