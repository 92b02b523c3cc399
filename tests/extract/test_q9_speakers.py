"""Speakers on wire copy, both languages (issue 14, q9-speakers).

Each test runs a short document of its own through the extractor and checks
the speaker one rule is for.
"""

from __future__ import annotations

from quote_checks import last_quotes


def indirect(paragraphs: list[str], lang: str = "en") -> list[dict]:
    return [q for q in last_quotes(paragraphs, lang) if not q["direct"]]


def test_statement_subject_a_bare_body_speaks_for_the_state_its_statement_opens_with():
    qs = indirect(["The Bolivian army said it had moved troops to the border.",
                   "Norway pledged 40 million crowns to the relief effort in Sudan, the development ministry said."])
    assert qs[0]["speaker"]["country"] == "NOR"


def test_statement_subject_an_unknown_court_is_not_the_last_speaker_carried_over():
    qs = indirect(["Egypt's foreign ministry said the talks would resume in Cairo.",
                   "Portugal handed a Brazilian banker over to Italy on Monday, the Supreme Court said."])
    assert qs[0]["speaker"]["country"] == "PRT"


def test_statement_subject_leaves_a_body_of_the_kind_that_spoke_last():
    qs = indirect(["Russia's defence ministry said its air defences downed 12 drones overnight.",
                   "Ukraine also fired two missiles at Belgorod, the ministry said."])
    assert qs[0]["speaker"]["country"] == "RUS"



def test_office_named_here():
    """A title alone, no holder known, speaks as the office of the dateline's state."""
    qs = last_quotes(["LIMA, June 4 (Reuters) - Peru and Chile agreed on Monday to reopen a border crossing.",
                      "The foreign minister said the crossing would open to trucks within a week."], "en")
    assert qs and qs[0]["speaker"] is not None and qs[0]["speaker"]["country"] == "PER"


def test_final_attribution_to_a_bare_body_ends_where_its_phrase_does():
    """'…, kata kementerian luar negeri.': a body word with its modifiers after the cue is the speaker."""
    qs = indirect(["Vietnam siap mengirim 30 ton beras ke Myanmar, kata kementerian luar negeri."], "id")
    assert [q["text"] for q in qs] == ["Vietnam siap mengirim 30 ton beras ke Myanmar"]
    assert qs[0]["speaker"]["country"] == "VNM"


def test_local_after():
    """'…, kata gubernur setempat pada Senin.': the dateline state's local office speaks."""
    qs = indirect(["MEDAN, KOMPAS - Longsor menutup jalan provinsi di Karo, kata bupati setempat pada Selasa."], "id")
    assert [q["text"] for q in qs] == ["Longsor menutup jalan provinsi di Karo"]
    assert qs[0]["speaker"]["country"] == "IDN"


def test_final_attribution_a_short_clause_after_the_verb_is_no_adjunct_tail():
    """'…, BMKG menyebut gempa itu dangkal.': the words before the comma are not what BMKG reported."""
    qs = indirect(["Gempa bermagnitudo 5,1 mengguncang Garut pada Kamis, BMKG menyebut guncangan itu lemah."], "id")
    assert not any(q["text"].startswith("Gempa bermagnitudo") for q in qs)


def test_joint_chiefs_is_a_body_of_the_dateline_state_not_a_person():
    """'kata Kepala Staf Gabungan pada Kamis': a body (institutions row), not a person named "Gabungan"."""
    qs = indirect(["SEOUL, ANTARA - Korea Utara meluncurkan satu rudal jelajah, kata Kepala Staf Gabungan pada Senin."],
                  "id")
    assert [q["text"] for q in qs] == ["Korea Utara meluncurkan satu rudal jelajah"]
    assert qs[0]["speaker"]["country"] == "KOR"


def test_bare_title_after():
    """'…, kata menteri luar negeri pada Senin.': a lower-case title alone after the cue is the speaker slot."""
    qs = indirect(["HANOI, ANTARA - Vietnam memprotes larangan menangkap ikan itu,"
                   " kata menteri luar negeri pada Senin."], "id")
    assert [q["text"] for q in qs] == ["Vietnam memprotes larangan menangkap ikan itu"]


def test_title_of_home():
    """A title alone whose holder nobody named speaks for the dateline's state."""
    qs = indirect(["HANOI, ANTARA - Vietnam memprotes larangan menangkap ikan itu,"
                   " kata menteri luar negeri pada Senin."], "id")
    assert qs[0]["speaker"]["country"] == "VNM"


def test_named_subject_a_persons_kin_speaks_not_the_person():
    """"Kim Jong Un's sister said …": the sister (the woman named before), never Kim Jong Un."""
    qs = indirect(["Kim Yo Jong said on Monday that Pyongyang would answer any provocation.",
                   "North Korean leader Kim Jong Un's sister said on Tuesday that Seoul would regret the drills."])
    assert qs[0]["speaker"]["name"] == "Kim Yo Jong"
    qs = indirect(["Prime Minister Anthony Albanese's spokesman said on Tuesday that the talks would go ahead."])
    assert qs[0]["speaker"] is None or qs[0]["speaker"]["name"] != "Anthony Albanese"


def test_reported_ends_an_attribution_after_its_report():
    """'…, state media reported.': the words before the comma are reported, by the state they open with."""
    qs = indirect(["TEHRAN (Reuters) - Iran expelled two Dutch diplomats on Sunday, state media reported."])
    assert [q["text"] for q in qs] == ["Iran expelled two Dutch diplomats on Sunday"]
    assert qs[0]["speaker"]["country"] == "IRN"


def test_unknown_name():
    """A capitalised name nobody knows after a report is its source, not the last speaker carried over."""
    qs = indirect(["Iraqi officials said the border crossing was closed.",
                   "South Korea lodged a protest with Japan over a textbook, Yomiuri reported."])
    assert qs[0]["speaker"]["name"] == "Yomiuri"
