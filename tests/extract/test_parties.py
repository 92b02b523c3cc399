"""Parties of events (issue 14, round 4): bare bodies opening a sentence,
plural descriptions of two parties, titles, mediation and the shapes of ACCUSE.
Each test has a sentence of its own and fails without the rule it names."""

from __future__ import annotations

import pytest

from streams.extract import docstate
from streams.extract.context import DocumentContext
from streams.extract.pipeline import get_nlp


def find(text: str, lang: str, ctx: DocumentContext | None = None):
    """The mentions of `text` as (text, name, type, country), the pipeline run up to the actor finder."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    doc.user_data.update({"diplo_text": text, docstate.CONTEXT: ctx or DocumentContext(), docstate.PUBLISHED: None})
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "diplo_actors":
            break
    return [(m.text, m.name, m.type, m.country) for m in doc.user_data[docstate.ACTORS]]


@pytest.mark.parametrize("lang, text, body, country", [
    ("en", "HANOI, May 2 (Reuters) - The junta denied the report.", "junta", "VNM"),
    ("en", "OTTAWA, May 2 (Reuters) - The government recalled its envoy.", "government", "CAN"),
    ("id", "TOKYO, 2 Mei (ANTARA) - Militer menyatakan dua rudal jatuh di laut.", "Militer", "JPN"),
])
def test_a_body_opening_its_sentence_takes_the_document_s_country(lang, text, body, country):
    assert any(m[0] == body and m[3] == country for m in find(text, lang))


@pytest.mark.parametrize("lang, text, body", [
    # A modifier, or a body of a state named inside the sentence, is no subject of the story's state.
    ("id", "TOKYO, 2 Mei (ANTARA) - Jepang mengirim bantuan militer ke Filipina.", "militer"),
    ("en", "OTTAWA, May 2 (Reuters) - Canada said it would talk to the government of Haiti.", "government"),
])
def test_an_opening_body_elsewhere_in_its_sentence_takes_no_country(lang, text, body):
    assert not any(m[0] == body and m[3] for m in find(text, lang))


@pytest.mark.parametrize("lang, text, person, country", [
    ("en", "Premier Li Qiang met Australian Prime Minister Anthony Albanese in Beijing.", "Li Qiang", "CHN"),
    ("en", "Chief of General Staff Valery Gerasimov inspected troops.", "Valery Gerasimov", "RUS"),
    ("id", "Premier China Li Qiang tiba di Jakarta.", "Li Qiang", "CHN"),
])
def test_titles_premier_and_chiefs_of_staff_name_the_person(lang, text, person, country):
    # Without the title row the name takes the title word in ("Premier Li Qiang", "Staff Valery Gerasimov").
    assert (person, country) in [(m[1], m[3]) for m in find(text, lang)]


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Manila and Hanoi agreed to patrol the South China Sea.", "CHN"),
    ("en", "Warships gathered in the Sea of Japan.", "JPN"),
    ("id", "Kapal itu berlayar di Laut China Selatan.", "CHN"),
])
def test_a_sea_named_after_a_country_stands_for_no_state(lang, text, country):
    assert country not in [m[3] for m in find(text, lang)]


def test_a_navy_is_no_sea():
    # "Angkatan Laut Malaysia": the head opens no name here (a capitalised word before it).
    assert "MYS" in [m[3] for m in find("Angkatan Laut Malaysia berpatroli di perairan itu.", "id")]


@pytest.mark.parametrize("lang, paragraphs, code", [
    ("en", ["Hamas accused Israel of stalling the talks.",
            "Israeli officials blamed the group for the delay."], "HAMAS"),
    # A head opening the paragraph ("Kelompok itu") is looked at too.
    ("id", ["Militer Myanmar menuduh Arakan Army menyerang pos polisi.",
            "Kelompok itu membantah tuduhan tersebut."], "AA"),
])
def test_group_nouns_name_back_the_armed_group_named_last(run, lang, paragraphs, code):
    events = run(paragraphs, lang=lang)[1]["events"]
    assert any(code in [a["code"] for a in e["sources"] + e["targets"]] for e in events)


@pytest.mark.parametrize("text, source, target", [
    ("Di Kairo, kecaman Mesir terhadap Israel atas blokade bantuan memicu ketegangan baru.", "EGY", "ISR"),
    ("Tuduhan Rusia terhadap Ukraina dibantah Kyiv.", "RUS", "UKR"),
])
def test_an_accusation_noun_takes_its_owner_as_accuser(run, text, source, target):
    events = [e for e in run([text], lang="id")[0]["events"] if e["type"] == "ACCUSE"]
    assert any(source in [a["country"] for a in e["sources"]] and target in [a["country"] for a in e["targets"]]
               for e in events)


@pytest.mark.parametrize("text, body, country", [
    ("YANGON, Oct 5 (AP) - The rebels criticised the junta for bombing villages.", "junta", "MMR"),
    ("YANGON, Oct 5 (AP) - Malaysia condemned the junta's attacks on civilians.", "junta", "MMR"),
])
def test_a_definite_body_with_no_content_word_after_it_stands_bare(text, body, country):
    assert any(m[0] == body and m[3] == country for m in find(text, "en"))


def test_the_military_opening_a_sentence_is_the_document_s():
    assert ("military", "THA") in [(m[0], m[3]) for m in find("BANGKOK, Oct 3 (Reuters) - The military said "
                                                           "it had closed two border crossings.", "en")]


def test_a_bare_ministry_in_indonesian_copy_is_indonesia_s_wherever_it_is_datelined():
    text = "BEIJING, 2 Mei (ANTARA) - Kementerian Luar Negeri menyatakan seluruh WNI di Beijing dalam keadaan aman."
    assert ("Kementerian Luar Negeri", "IDN") in [(m[0], m[3]) for m in find(text, "id")]


def test_a_definite_body_after_a_location_marker_is_a_place():
    text = "BEIJING, May 2 (Reuters) - The Dutch envoy was summoned to the foreign ministry on Friday."
    assert not any(m[0] == "foreign ministry" for m in find(text, "en"))


@pytest.mark.parametrize("lang, paragraphs, members", [
    # One side named before the pronoun: the pair is the two sides of the latest act, not including it.
    ("id", ["Hamas menuduh Israel menghambat perundingan, sementara Israel menyalahkan Hamas.",
            "Di Kairo, kecaman Mesir terhadap Israel memicu ketegangan baru.",
            "Mesir mengkritik kedua pihak karena gagal menyepakati gencatan senjata."], {"ISR", "HAMAS"}),
    ("en", ["Qatar hosted talks between Israel and Hamas on Sunday.",
            "Egypt also mediated between the two sides, an Egyptian official said."], {"ISR", "HAMAS"}),
])
def test_both_sides_after_one_named_are_the_two_of_the_latest_act(run, lang, paragraphs, members):
    last = run(paragraphs, lang=lang)[-1]["events"]
    assert any(set(a.get("members") or ()) == members for e in last for a in e["targets"])


def test_a_group_noun_past_one_describing_word_names_the_group_back():
    found = find("The Arakan Army attacked a police post. The rebel group later denied it.", "en")
    assert ("The rebel group", "Arakan Army") in [(m[0], m[1]) for m in found]


@pytest.mark.parametrize("lang, text, kind, agent", [
    ("en", "Turkish President Recep Tayyip Erdogan criticised Israel for the strikes on Gaza.", "ASSAULT", "ISR"),
    ("id", "Manila mengkritik Beijing karena menembakkan meriam air ke kapal pasokan.", "ASSAULT", "CHN"),
])
def test_the_act_a_condemnation_charges_is_done_by_the_one_condemned(run, lang, text, kind, agent):
    events = [e for e in run([text], lang=lang)[0]["events"] if e["type"] == kind]
    assert events and [a["country"] for a in events[0]["sources"]] == [agent]


def test_holding_a_state_responsible_accuses_it_in_indonesian(run):
    text = "Ukraina menganggap Rusia bertanggung jawab atas serangan terhadap pembangkit listrik itu."
    events = run([text])[0]["events"]
    assert any(e["type"] == "ACCUSE" and [a["country"] for a in e["targets"]] == ["RUS"] for e in events)


def test_a_bare_body_is_the_country_of_the_person_it_titles():
    text = ("JAKARTA, July 12 (Reuters) - Myanmar's military spokesman Zaw Min Tun said the junta "
            "had not agreed to any talks.")
    assert ("junta", "MMR") in [(m[0], m[3]) for m in find(text, "en")]
