"""Attributions that end a sentence and what goes on after them (issue 14, b5 quote misses): a participle after
"…, X said," is the reporter's voice, a cue after "but" goes on for the same speaker, a long title before the
final cue still ends the reported words.  Sentences of our own, in several wordings."""

from __future__ import annotations

import pytest
from quote_checks import last_quotes


def indirect(text: str, lang: str = "en") -> list[dict]:
    return [q for q in last_quotes([text], lang) if not q["direct"]]


@pytest.mark.parametrize("text, said", [
    ("Gunmen torched two lorries on the coast road overnight, the port authority said, blaming a local gang.",
     "Gunmen torched two lorries on the coast road overnight"),
    ("Rebels shelled a market near the border on Friday, the district's civil-defence office said,"
     " calling it a deliberate attack.", "Rebels shelled a market near the border on Friday"),
    ("Two patrol boats collided near the reef, the regional coast-guard command said, giving no figure for"
     " the injured.", "Two patrol boats collided near the reef"),
])
def test_participle_after_a_final_attribution_leaves_the_words_before_it_reported(text, said):
    assert [q["text"] for q in indirect(text)] == [said]


@pytest.mark.parametrize("text, first, second", [
    ("Troops left two villages overnight, Kenya's army said, adding that patrols would go on.",
     "Troops left two villages overnight", "patrols would go on"),
    ("The border post will reopen on Monday, Estonian Interior Minister Kalev Tamm said, adding that checks"
     " would stay strict.", "The border post will reopen on Monday", "checks would stay strict"),
])
def test_participle_cue_after_a_final_attribution_reports_for_its_speaker(text, first, second):
    qs = indirect(text)
    assert [q["text"] for q in qs] == [first, second]
    assert qs[0]["speaker"]["name"] == qs[1]["speaker"]["name"]


@pytest.mark.parametrize("text, lang, second", [
    ("The minister said the talks had failed for now, but added that Oslo would keep trying.", "en",
     "Oslo would keep trying"),
    ("A senior official said that the convoy had been delayed by rain, but warned that the road was still"
     " mined.", "en", "the road was still mined"),
    ("Juru bicara itu mengatakan pasukan telah mundur dari desa itu, tetapi menegaskan bahwa mereka akan"
     " kembali.", "id", "mereka akan kembali"),
])
def test_cue_after_a_contrast_goes_on_for_the_same_speaker(text, lang, second):
    qs = indirect(text, lang)
    assert qs[-1]["text"] == second
    assert len(qs) == 2


@pytest.mark.parametrize("text, said", [
    ("Both sides will free 300 detainees within a month, Oman's Minister of State for Foreign Affairs"
     " Khalifa Al-Harthy told reporters.", "Both sides will free 300 detainees within a month"),
    ("The ferry link will resume next week, the Kurdistan region's transport-safety board said.",
     "The ferry link will resume next week"),
])
def test_a_long_speaker_phrase_before_a_final_cue_still_closes_the_reported_words(text, said):
    assert [q["text"] for q in indirect(text)] == [said]


def test_a_far_comma_before_a_verb_phrase_closes_no_report():
    """Past the near comma, the words before a final cue must hold no verb: '…, dan memanggil duta besar … untuk
    menyampaikan protes' is the subject's second act, not a speaker."""
    qs = indirect("Vietnam menuding kapal China menabrak perahu nelayan di dekat Kepulauan Paracel pada Senin, dan"
                  " memanggil duta besar China di Hanoi pada Selasa malam untuk menyampaikan protes keras.", "id")
    assert all(not q["text"].startswith("Vietnam menuding") for q in qs)


@pytest.mark.parametrize("text, lang", [
    ("Manila has not said whether it will raise the dispute at the summit next week.", "en"),
    ("The ministry has never said whether the envoy would return to his post.", "en"),
    ("Kemlu belum mengatakan apakah Indonesia akan membawa sengketa itu ke pertemuan bulan depan.", "id"),
    ("Pemerintah tidak menjelaskan apakah duta besar itu akan kembali ke posnya.", "id"),
])
def test_a_negated_cue_reports_nothing(text, lang):
    assert indirect(text, lang) == []


@pytest.mark.parametrize("text, said", [
    ('"We will not give in to blackmail," Prime Minister Mark Carney told parliament, vowing that the new tax'
     ' would stay.',
     "the new tax would stay"),
    ("Governor Maura Healey said on Monday that roads would reopen soon, promising that aid would reach every"
     " village.",
     "aid would reach every village"),
])
def test_a_participle_before_that_after_a_report_goes_on_reporting(text, said):
    qs = indirect(text)
    assert qs[-1]["text"] == said
    assert len({q["speaker"]["name"] for q in last_quotes([text], "en")}) == 1


@pytest.mark.parametrize("text", [
    "Thousands of farmers rallied outside parliament, demanding that the government scrap the levy.",
    "Students marched through the capital on Friday, insisting that the rector resign.",
])
def test_a_participle_before_that_with_no_report_before_it_is_no_cue(text):
    assert indirect(text) == []


def test_an_international_body_is_no_person_a_pronoun_points_back_to():
    """"Internasional" is never part of a person's name (name_blockers): 'Menurut dia' after a sentence that names
    'Misi Pemantau Internasional' points back to the speaker, not to that body."""
    qs = last_quotes(["Menteri Luar Negeri Yordania Ayman Safadi menyatakan Amman mendukung pengiriman Misi Pemantau"
                      " Internasional ke Gaza. Menurut dia, bantuan masih tertahan di perbatasan selama"
                      " berhari-hari."], "id")
    assert qs[-1]["speaker"]["name"] == "Ayman Safadi"


@pytest.mark.parametrize("text, speaker", [
    ("“Manila has no right to lecture us,” Foreign Ministry spokesman Guo Jiakun said at a briefing, insisting that"
     " Manila “stop its provocations” at once.", "Guo Jiakun"),
    ("“The strikes must end,” Foreign Minister Penny Wong told reporters in Canberra, adding that Australia had"
     " raised its “grave concern” with both sides.", "Penny Wong"),
])
def test_a_cue_after_a_quotation_and_its_attribution_goes_on_for_that_speaker(text, speaker):
    """The report before a participle cue may be a quotation whose own cue follows it; the fragments the cue's
    report quotes take the same speaker."""
    qs = last_quotes([text], "en")
    assert len(qs) == 3
    assert {q["speaker"]["name"] for q in qs} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Kyiv asked Moscow to return the plant, a demand that Kremlin spokesman Dmitry Peskov dismissed as \"absurd\".",
     "Dmitry Peskov"),
    ("Warsaw urged Minsk to free the crew, a call Kremlin spokesman Dmitry Peskov denounced as \"a provocation\".",
     "Dmitry Peskov"),
])
def test_a_labelling_verb_in_a_relative_clause_gives_its_own_subject(text, speaker):
    """"dismissed as", "denounced as" label what the quotation names, as "called" does (grammar quote_label_verbs):
    the verb's own subject speaks, not the sentence's."""
    assert [q["speaker"]["name"] for q in last_quotes([text], "en")] == [speaker]


@pytest.mark.parametrize("text, said, speaker", [
    ("Pemerintah akan membuka kembali pos perbatasan pekan depan, demikian disampaikan Menteri Luar Negeri Sugiono"
     " di Jakarta.", "Pemerintah akan membuka kembali pos perbatasan pekan depan", "Sugiono"),
    ("Pasukan penjaga perdamaian akan tetap di Lebanon selatan hingga akhir tahun, demikian dikatakan Menteri"
     " Pertahanan Sjafrie Sjamsoeddin, Selasa.", "Pasukan penjaga perdamaian akan tetap di Lebanon selatan hingga"
     " akhir tahun", "Sjafrie Sjamsoeddin"),
])
def test_demikian_and_a_passive_verb_end_the_reported_words_with_their_speaker(text, said, speaker):
    """'…, demikian dikatakan X' (reporting_verbs: the wire's closing attribution, its speaker after it)."""
    qs = indirect(text, "id")
    assert [q["text"] for q in qs] == [said]
    assert qs[0]["speaker"]["name"] == speaker


def test_a_ministry_named_with_a_conjunction_speaks_for_its_state():
    """'Kementerian Kelautan dan Perikanan' is one body (institutions), not two words and a gap."""
    qs = indirect("Dua kapal ikan asing ditangkap di perairan Palawan pada Senin, kata Kementerian Kelautan dan"
                  " Perikanan Filipina.", "id")
    assert [q["text"] for q in qs] == ["Dua kapal ikan asing ditangkap di perairan Palawan pada Senin"]
    assert qs[0]["speaker"]["country"] == "PHL"


@pytest.mark.parametrize("text", [
    "Jepang menyatakan dukungannya terhadap perjanjian itu dan mendesak kedua pihak menaatinya.",
    "Kanselir Jerman menyatakan solidaritasnya dengan Polandia dalam percakapan telepon dengan Donald Tusk.",
    "Uni Eropa menyampaikan keprihatinannya atas penangkapan para aktivis di ibu kota.",
])
def test_a_noun_with_a_possessive_clitic_is_the_verbs_object_not_a_clause(text):
    assert indirect(text, "id") == []


def test_a_noun_its_demonstrative_closes_then_a_predicate_is_still_a_clause():
    qs = indirect("Kremlin menyebut pertemuan itu produktif dan bermanfaat bagi kedua negara.", "id")
    assert [q["text"] for q in qs] == ["pertemuan itu produktif dan bermanfaat bagi kedua negara"]
