"""Withdrawals, releases, ceasefires (RETREAT) and acts done together
(COOPERATE) as wire copy words them, and the rows' hyphenated words as the
tokenizer cuts them (tokenizer.as_tokenized)."""

from __future__ import annotations

import json

import pytest

from event_checks import codes, found, one
from streams.extract.lexicon import LANG_DIR
from streams.extract.pipeline import get_nlp
from streams.extract.tokenizer import as_tokenized, word_cutter

OWNED = ("RETREAT", "COOPERATE")


# Rows and the tokenizer agree

def test_a_hyphenated_word_the_tokenizer_cuts_gets_a_variant_of_its_tokens():
    cut = word_cutter(get_nlp("en").tokenizer)
    variants = as_tokenized([{"LOWER": {"IN": ["ceasefire", "cease-fire"]}}, {"LOWER": "between"}], cut)
    assert variants[1] == [{"LOWER": "cease"}, {"LOWER": "-"}, {"LOWER": "fire"}, {"LOWER": "between"}]


def test_a_word_kept_whole_gets_no_variant():
    cut = word_cutter(get_nlp("id").tokenizer)
    assert len(as_tokenized([{"LOWER": "anak-anak"}], cut)) == 1


@pytest.mark.parametrize("lang", ["en", "id"])
def test_retreat_and_cooperate_rows_name_words_as_the_tokenizer_cuts_them(lang):
    cut = word_cutter(get_nlp(lang).tokenizer)
    with open(LANG_DIR / lang / "event_triggers.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    dead = [r["id"] for r in rows if r["type"] in OWNED
            and (len(as_tokenized(r["pattern"], cut)) > 1 or len(as_tokenized(r.get("then", [{}]), cut)) > 1)]
    assert dead == []


def test_cease_fire_with_a_hyphen_took_effect(run):
    e = one(run, "A cease-fire between Israel and Hezbollah took effect on Wednesday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"ISR", "HEZBOLLAH"}


def test_co_developed_with_a_hyphen_is_cooperation(run):
    e = one(run, "Japan and Britain co-developed a new fighter jet engine.", "COOPERATE")
    assert set(codes(e["sources"])) >= {"JPN"}


def test_a_tight_hyphen_near_the_start_is_no_dateline_dash(run):
    e = one(run, "A cease-fire between Russia and Ukraine began on Sunday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"RUS", "UKR"}


# RETREAT, English (rows retreat.q4.*)

def test_forces_left_a_place(run):
    e = one(run, "Rwandan troops left the Congolese town of Kiwanja on Tuesday.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["RWA"] and codes(e["targets"]) == ["COD"]


def test_abandoned_positions_is_a_withdrawal(run):
    e = one(run, "Ukraine abandoned its positions near Avdiivka overnight.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["UKR"]


def test_moved_troops_away_from_a_border_is_no_mobilisation(run):
    result = run(["Belarus moved its troops away from the Polish border."], lang="en")[0]
    assert found(result, "RETREAT") and not found(result, "MOBILIZE")


def test_returned_the_detained_national_is_a_release(run):
    e = one(run, "Russia returned the detained French researcher to Paris.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["FRA"]


def test_a_pause_in_attacks_is_a_ceasefire(run):
    e = one(run, "Hezbollah announced a pause in its attacks on northern Israel.", "RETREAT", mode="ceasefire")
    assert codes(e["sources"]) == ["HEZBOLLAH"]


def test_retreated_to_a_bank(run):
    e = one(run, "Ukrainian officials said Russian forces retreated to the left bank of the river.", "RETREAT")
    assert codes(e["sources"]) == ["RUS"]


def test_freed_a_described_person_targets_the_nationality(run):
    e = one(run, "Iran freed a British-Iranian aid worker after six years.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["IRN"]


def test_forces_had_withdrawn_from(run):
    e = one(run, "Sudan's army said RSF fighters had withdrawn from the city of Sennar.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["RSF"]


def test_forces_being_withdrawn_from(run):
    e = one(run, "Russian troops were being withdrawn from the Kazakh border on Monday.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["RUS"]


def test_completed_disengagement(run):
    e = one(run, "India and China completed disengagement at Depsang.", "RETREAT")
    assert set(codes(e["sources"])) == {"IND", "CHN"}


def test_handed_back_children(run):
    e = one(run, "Russia handed back 11 Ukrainian children on Thursday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["UKR"]


def test_released_a_seized_boat(run):
    e = one(run, "Iran released a Panamanian-flagged tanker on Sunday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["IRN"]


# COOPERATE, English (rows cooperate.q4.*)

def test_co_operation_with_a_hyphen(run):
    e = one(run, "Vietnam stepped up co-operation with Japan on coast guard training.", "COOPERATE")
    assert codes(e["sources"]) == ["VNM"] and codes(e["targets"]) == ["JPN"]


def test_co_operate_with_targets_the_partner(run):
    e = one(run, "Fiji will expand co-operation with Australia on policing.", "COOPERATE")
    assert codes(e["targets"]) == ["AUS"]


def test_coordinated_border_patrols(run):
    e = one(run, "Thailand and Laos coordinated their border patrols along the Mekong.", "COOPERATE")
    assert set(codes(e["sources"])) == {"THA", "LAO"}


def test_in_cooperation_with(run):
    e = one(run, "Italian police, in cooperation with Albania, arrested a smuggling ring.", "COOPERATE")
    assert codes(e["sources"]) == ["ITA"] and codes(e["targets"]) == ["ALB"]


def test_worked_with(run):
    e = one(run, "Malaysia worked with Singapore to track the suspects.", "COOPERATE")
    assert codes(e["sources"]) == ["MYS"] and codes(e["targets"]) == ["SGP"]


def test_joint_military_operation(run):
    e = one(run, "Nigeria and Chad launched a joint military operation against Boko Haram.", "COOPERATE")
    assert set(codes(e["sources"])) == {"NGA", "TCD"}


# Indonesian (rows retreat.q4.*, cooperate.q4.*, concede.q4.*)

def test_pasukan_meninggalkan_kota(run):
    e = one(run, "Pasukan Rwanda meninggalkan kota Kiwanja di Kongo pada Selasa.", "RETREAT",
            lang="id", mode="withdraw")
    assert codes(e["sources"]) == ["RWA"]


def test_memulangkan_peneliti_yang_ditahan(run):
    e = one(run, "Rusia memulangkan peneliti Prancis yang ditahan sejak 2024.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["FRA"]


def test_membebaskan_orang_tersebut_berdasarkan_sebutan(run):
    e = one(run, "Iran membebaskan pengusaha Jerman setelah dua tahun.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["DEU"]


def test_membuka_kembali_perbatasannya_is_concede(run):
    e = one(run, "Laos membuka kembali perbatasannya dengan Thailand pada Rabu.", "CONCEDE", lang="id", mode="ease")
    assert codes(e["sources"]) == ["LAO"] and codes(e["targets"]) == ["THA"]


def test_jeda_serangan_is_a_ceasefire(run):
    e = one(run, "Hezbollah mengumumkan jeda serangan ke Israel utara.", "RETREAT", lang="id", mode="ceasefire")
    assert codes(e["sources"]) == ["HEZBOLLAH"]


def test_mendemobilisasi_is_disarming(run):
    e = one(run, "Kolombia mendemobilisasi 2.000 anggota FARC tahun lalu.", "RETREAT", lang="id", mode="disarm")
    assert codes(e["sources"]) == ["COL"]


def test_mengoordinasikan_patroli(run):
    e = one(run, "Thailand dan Laos mengoordinasikan patroli di Sungai Mekong.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"THA", "LAO"}


def test_bersama_sama_mengembangkan(run):
    e = one(run, "Korea Selatan dan Indonesia bersama-sama mengembangkan pesawat tempur.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"KOR", "IDN"}


def test_pencarian_bersama(run):
    e = one(run, "Basarnas dan otoritas Malaysia melakukan pencarian bersama di Selat Malaka.", "COOPERATE", lang="id")
    assert "MYS" in codes(e["sources"])


def test_menyerahkan_kembali_anak(run):
    e = one(run, "Rusia menyerahkan kembali tujuh anak Ukraina pada Kamis.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["UKR"]


def test_berkoordinasi_erat_dengan(run):
    e = one(run, "Polri berkoordinasi erat dengan kepolisian Malaysia untuk menangkap buronan itu.", "COOPERATE",
            lang="id")
    assert codes(e["targets"]) == ["MYS"]


def test_a_swap_named_after_a_release_is_that_release(run):
    result = run(["Iran freed a Danish aid worker on Monday as part of a prisoner swap."], lang="en")[0]
    assert len(found(result, "RETREAT")) == 1


def test_pertukaran_tahanan_setelah_pembebasan_adalah_pembebasan_itu(run):
    result = run(["Iran membebaskan warga Denmark dalam pertukaran tahanan di Oman."], lang="id")[0]
    assert [codes(e["targets"]) for e in found(result, "RETREAT")] == [["DNK"]]


def test_captives_freed_by_an_agent(run):
    e = one(run, "The detainees freed by Belarus on Friday crossed into Lithuania.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["BLR"]


def test_freed_a_former_official(run):
    e = one(run, "Myanmar freed a former Japanese diplomat on Monday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["MMR"] and codes(e["targets"]) == ["JPN"]


def test_a_state_withdrew_from_a_named_place(run):
    e = one(run, "Russia withdrew from Kherson in November 2022.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["UKR"]
