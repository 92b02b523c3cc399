"""Force, protest, blame and sentences as wire copy words them (helper q15): the rows and rules
added for them, each tested on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides as roles


def test_blamed_for_and_then_summoned_two_acts(run):
    out = run(["Islamabad blamed Kabul for the violence and summoned the Afghan charge d'affaires."], lang="en")
    assert [e["mode"] for e in events(out[0], "ACCUSE")] == ["allege", "disapprove"]


def test_flew_to_a_capital_for_talks_a_visit_and_its_planned_aim(run):
    # The aim of a journey is an event of its own, planned (tests/gold/README.md).
    out = run(["Blinken flew to Cairo on Monday for talks with Egyptian officials."], lang="en")
    assert [e["modality"] for e in events(out[0], "CONSULT")] == ["asserted", "planned"]


def test_returned_fire_an_assault_not_a_release(run):
    out = run(["Indian troops returned fire after Pakistani soldiers opened fire on posts overnight."], lang="en")
    assert events(out[0], "RETREAT") == []
    assert any(roles(e)[0] == ["IND"] for e in events(out[0], "ASSAULT"))


def test_sentenced_a_foreigner_a_conviction(run):
    out = run(["A Moscow court sentenced a U.S. teacher to 14 years in a penal colony."], lang="en")
    (verdict,) = events(out[0], "SANCTION")
    assert verdict["mode"] == "convict" and roles(verdict)[1] == ["USA"]


def test_declared_diplomats_persona_non_grata_active(run):
    out = run(["Lithuania declared two Belarusian diplomats persona non grata."], lang="en")
    (expel,) = events(out[0], "SANCTION")
    assert roles(expel) == (["LTU"], ["BLR"])


def test_menyatakan_diplomat_persona_non_grata(run):
    out = run(["Prancis menyatakan dua diplomat Iran sebagai persona non grata sebagai balasan."])
    (expel,) = events(out[0], "SANCTION")
    assert roles(expel) == (["FRA"], ["IRN"])


def test_menjatuhkan_hukuman_penjara(run):
    out = run(["Pengadilan Iran menjatuhkan hukuman delapan tahun penjara kepada seorang warga negara Prancis."])
    (verdict,) = events(out[0], "SANCTION")
    assert verdict["mode"] == "convict" and roles(verdict)[1] == ["FRA"]


def test_dijatuhi_kartu_merah_no_sentence(run):
    out = run(["Seorang pelatih asal Prancis dijatuhi kartu merah dalam laga persahabatan di Teheran."])
    assert events(out[0], "SANCTION") == []


def test_menindak_keras_demonstran(run):
    out = run(["Aparat keamanan Yordania menindak keras para demonstran di Amman."])
    (crackdown,) = events(out[0], "COERCE")
    assert crackdown["mode"] == "repress" and roles(crackdown)[0] == ["JOR"]


def test_membakar_bendera_a_protest(run):
    out = run(["Ratusan warga Yordania membakar bendera Israel di depan kedutaan di Amman."])
    (protest,) = events(out[0], "PROTEST")
    assert roles(protest)[0] == ["JOR"]


def test_a_street_protest_takes_no_target_from_the_story_before(run):
    out = run(["Malaysia dan Indonesia memboikot konferensi itu sebagai bentuk protes atas kebijakan Israel.",
               "Sementara itu, ribuan buruh mogok kerja di Bandung menuntut kenaikan upah minimum."])
    (strike,) = events(out[1], "PROTEST")
    assert roles(strike)[0] == ["IDN"] and "ISR" not in roles(strike)[1]



def test_a_person_reporting_an_attack_is_not_its_target(run):
    out = run(["Pasukan Rusia menggempur Sumy dengan rudal balistik semalam, melukai sedikitnya sembilan orang, "
               "ujar Gubernur Sumy Oleh Hryhorov melalui Telegram."])
    assert not any(a["name"] == "Oleh Hryhorov" for e in out[0]["events"] for a in e["targets"])


def test_said_another_was_to_blame_an_allegation(run):
    out = run(["Moscow said Kyiv was to blame for the attack."], lang="en")
    (charge,) = events(out[0], "ACCUSE")
    assert roles(charge) == (["RUS"], ["UKR"])


def test_said_an_act_was_illegal_a_disapproval(run):
    out = run(["Beijing said the U.S. sanctions were illegal."], lang="en")
    (charge,) = events(out[0], "ACCUSE")
    assert charge["mode"] == "disapprove" and roles(charge) == (["CHN"], ["USA"])


def test_weather_to_blame_no_charge(run):
    out = run(["The minister said the weather was to blame for the delays."], lang="en")
    assert events(out[0], "ACCUSE") == []


def test_force_on_people_near_another_place_is_on_that_place(run):
    out = run(["JERUSALEM, Nov 4 (Reuters) - Israeli troops opened fire on protesters near the Gaza border fence "
               "on Friday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["PSE"])


def test_force_on_people_at_home_stays_on_the_state(run):
    out = run(["Israeli police arrested 14 protesters in Tel Aviv on Saturday night."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["ISR"])


def test_seized_tankers_of_no_named_flag_a_seizure(run):
    out = run(["Iran's navy seized two oil tankers in the Gulf on Saturday."], lang="en")
    (seizure,) = events(out[0], "COERCE")
    assert seizure["mode"] == "seize" and roles(seizure)[0] == ["IRN"]
