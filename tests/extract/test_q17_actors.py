"""Actors in wire copy, both languages (q17): long titles before a name, "its" in a closing
attribution, "Pihaknya" opening a sentence, the blame of an act named before a passive
judgement.  Each test has a sentence of its own and fails without the change it names."""

from __future__ import annotations

from event_checks import event_sides

from streams.extract import extract_paragraphs


def run(texts: list[str], lang: str) -> list[dict]:
    rows = [{"doc_id": "t", "paragraph": i, "text": t, "lang": lang} for i, t in enumerate(texts)]
    return list(extract_paragraphs(rows))


def names(result: dict, kind: str) -> list[tuple[list[str], list[str]]]:
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in result["events"] if e["type"] == kind]


def test_military_ranks_are_titles():
    # titles.jsonl: "Field Marshal", "Air Chief Marshal" are ranks before a name, not part of it.
    result = run(["Chinese Defence Minister Dong Jun met Field Marshal Tariq Aziz Khan in Beijing on Monday."], "en")[0]
    assert names(result, "CONSULT") == [(["Dong Jun"], ["Tariq Aziz Khan"])]


def test_external_affairs_minister_is_a_title():
    # titles.jsonl: India's foreign minister, "External Affairs Minister", is a person, not India.
    result = run(["Wang Yi held talks with Indian External Affairs Minister Ravi Menon in New Delhi."], "en")[0]
    assert names(result, "CONSULT") == [(["Wang Yi"], ["Ravi Menon"])]


def test_unknown_body_between_state_and_title():
    # "U.S. Central Command chief Dan Rourke": the body's words describe the title; the person is the party.
    result = run(["Pakistan's army chief Asim Munir met U.S. Central Command chief Dan Rourke on Thursday."], "en")[0]
    assert names(result, "CONSULT") == [(["Asim Munir"], ["Dan Rourke"])]
    assert result["events"][0]["targets"][0]["country"] == "USA"


def test_its_in_a_closing_attribution_is_the_subject():
    # ", its foreign ministry said": the state the report is about, not the one named last.
    result = run(["Norway sent 40 tonnes of medicine to Sudan via Chad, its foreign ministry said on Friday."], "en")[0]
    assert [q["speaker"]["country"] for q in result["quotes"]] == ["NOR"]


def test_its_inside_the_sentence_is_still_the_state_named_last():
    # Not a closing attribution: "its coast guard" stays China's.
    text = "Vietnam protested to China after its coast guard rammed a Vietnamese fishing boat."
    assert event_sides(run([text], "en")[0], "ASSAULT") == [(["CHN"], ["VNM"])]


def test_pihaknya_opening_a_sentence_is_the_body_that_acted_last():
    # "Pihaknya" with no person in its sentence: the ministry that acted in the paragraph before.
    results = run(["Kementerian Luar Negeri Korea Selatan memanggil duta besar Jepang di Seoul, Rabu.",
                   "Pihaknya juga mendesak Tokyo mencabut buku pelajaran tersebut."], "id")
    assert event_sides(results[1], "REQUEST") == [(["KOR"], ["JPN"])]


def test_pihaknya_with_a_speaker_in_its_sentence_is_the_speaker():
    # "Pihaknya ..., ujar Menlu Sugiono": the person named in the sentence, not the body before.
    results = run(["Kementerian Luar Negeri Korea Selatan memanggil duta besar Jepang di Seoul, Rabu.",
                   "Pihaknya menyesalkan keputusan Israel menutup perbatasan, ujar Menteri Luar Negeri Sugiono."], "id")
    assert names(results[1], "ACCUSE")[0][0] == ["Sugiono"]


def test_passive_judgement_blames_the_doer_not_the_victim():
    # "Serangan A terhadap B dikecam oleh C": C blames A; B, inside the act judged, is no target.
    result = run(["Serangan Israel terhadap kamp pengungsi di Lebanon dikecam oleh Mesir dan Yordania."], "id")[0]
    assert event_sides(result, "ACCUSE") == [(["EGY", "JOR"], ["ISR"])]
    result = run(["Israel's strikes on a refugee camp in Lebanon were condemned by Egypt."], "en")[0]
    assert event_sides(result, "ACCUSE") == [(["EGY"], ["ISR"])]


def test_patroned_groups():
    # "the Iran-aligned group", "kelompok yang didukung Iran itu": the group named before, not its backer.
    text = "Yemen's Houthis attacked a tanker. The Iran-aligned group also threatened Israel."
    assert event_sides(run([text], "en")[0], "THREATEN") == [(["HOUTHI"], ["ISR"])]
    text = "Kelompok Hizbullah menembakkan roket ke Israel. Kelompok yang didukung Iran itu juga mengancam Siprus."
    assert event_sides(run([text], "id")[0], "THREATEN") == [(["HEZBOLLAH"], ["CYP"])]


def test_it_also_opening_a_paragraph_is_the_body_that_acted_last():
    # "It also ..." opening a paragraph: the ministry that acted in the paragraph before.
    results = run(["Poland's foreign ministry summoned the Belarusian charge d'affaires on Monday.",
                   "It also urged Minsk to halt the flights."], "en")
    assert event_sides(results[1], "REQUEST") == [(["POL"], ["BLR"])]


def test_a_bare_body_with_no_dateline_takes_the_one_state_of_the_story():
    # No dateline, one state named so far: "Security forces" are its own ("Aparat keamanan" too).
    results = run(["Mozambique's parliament approved the election results on Tuesday.",
                   "Security forces fired tear gas at opposition supporters outside the building."], "en")
    assert [s for s, _ in event_sides(results[1], "ASSAULT") + event_sides(results[1], "COERCE")][0] == ["MOZ"]


def test_a_bare_body_stays_unplaced_in_a_story_of_two_states():
    results = run(["Mozambique and Malawi agreed to reopen their border on Tuesday.",
                   "Security forces fired tear gas at traders near the crossing."], "en")
    assert all(not s for s, _ in event_sides(results[1], "ASSAULT") + event_sides(results[1], "COERCE"))


def test_a_reporter_named_by_a_noun_and_its_state_is_no_target():
    # ", mediators from Qatar said", ", kata mediator Qatar": who reports the act is no party to it.
    result = run(["Sudan's government and the RSF agreed to release hundreds of prisoners held by both sides, "
                  "mediators from Qatar said."], "en")[0]
    assert all("QAT" not in t for _, t in event_sides(result, "AGREE"))
    result = run(["Pemerintah Sudan dan RSF sepakat membebaskan ratusan tahanan yang ditahan kedua pihak, "
                  "kata mediator Qatar, Senin."], "id")[0]
    assert all("QAT" not in t for _, t in event_sides(result, "AGREE"))
