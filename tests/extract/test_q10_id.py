"""Indonesian wire copy: speakers and the parties of acts (issue 14, q10-id).

Each test runs a short document of its own through the extractor and checks
the one rule it is for.
"""

from __future__ import annotations

from event_checks import found
from quote_checks import last_quotes


def quotes(paragraphs: list[str], direct: bool) -> list[dict]:
    return [q for q in last_quotes(paragraphs, "id") if q["direct"] is direct]


def test_fragment_of_clause_leaves_the_final_cue_to_the_whole_clause():
    """'X mengecam … sebagai ”…”, kata Y.': Y reports the whole clause, not only the quoted words."""
    qs = quotes(["Laos mengecam keputusan Vietnam itu sebagai ”sepihak”, kata juru bicara pemerintah Laos "
                 "Somchai Vongsa."], False)
    assert [q["text"] for q in qs] == ["Laos mengecam keputusan Vietnam itu sebagai ”sepihak"]
    assert qs[0]["speaker"]["name"] == "Somchai Vongsa"


def test_voice_of_party_a_state_warning_inside_a_person_attribution_is_the_person_s():
    """'Norwegia memperingatkan Swedia akan …, kata Menteri X.': one quote, X's, and its fragment too."""
    ps = ["Norwegia memperingatkan Swedia akan menutup ”semua jalur perikanan” jika kapal-kapalnya terus masuk, "
          "kata Menteri Perikanan Norwegia Marianne Sivertsen Naess."]
    indirect = quotes(ps, False)
    assert len(indirect) == 1 and indirect[0]["text"].startswith("Norwegia memperingatkan")
    assert indirect[0]["speaker"]["name"] == "Marianne Sivertsen Naess"
    assert quotes(ps, True)[0]["speaker"]["name"] == "Marianne Sivertsen Naess"


def test_title_joined_by_a_place_ends_with_its_holder():
    """'kata Konsul Jenderal RI di Penang X': the person after the place, not RI (quote_title_joiners "di")."""
    qs = quotes(["Sebanyak 20 pekerja migran dipulangkan dari Johor pada Selasa, kata Konsul Jenderal RI di "
                 "Johor Bahru Sigit Santoso."], False)
    assert qs and qs[0]["speaker"]["name"] == "Sigit Santoso"


def test_coordinating_minister_title_of_the_2024_cabinet():
    """'Menteri Koordinator Bidang Politik dan Keamanan X' is one title (titles.jsonl), then its holder."""
    qs = quotes(["Indonesia dan Timor Leste sepakat membuka dua pos lintas batas baru, ujar Menteri Koordinator "
                 "Bidang Politik dan Keamanan Budi Gunawan."], False)
    assert qs and qs[0]["speaker"]["name"] == "Budi Gunawan"


def test_named_aside_reports_the_rest_of_the_sentence():
    """'Malaysia, kata Menteri X, akan …': the named cue set off by commas reports what follows it."""
    qs = quotes(["Filipina, kata Menteri Luar Negeri Filipina Theresa Lazaro, akan mengirim kapal bantuan ke "
                 "Myanmar pekan depan."], False)
    assert [q["text"] for q in qs] == ["akan mengirim kapal bantuan ke Myanmar pekan depan"]
    assert qs[0]["speaker"]["name"] == "Theresa Lazaro"


def test_past_apposed_description_after_a_final_speaker():
    """'…, kata X, <description>, kepada wartawan.': the description is no reported clause."""
    qs = quotes(["Rusia harus menarik pasukannya dari Zaporizhzhia, kata Menteri Luar Negeri Ukraina Andrii Sybiha, "
                 "diplomat karier yang dilantik tahun lalu, kepada wartawan di Kyiv."], False)
    assert [q["text"] for q in qs] == ["Rusia harus menarik pasukannya dari Zaporizhzhia"]
    assert qs[0]["speaker"]["name"] == "Andrii Sybiha"


def test_statement_noun_cue_after_a_quote():
    """'”…,” demikian pernyataan Kementerian Luar Negeri X.' (reporting_verbs row): the ministry speaks."""
    qs = quotes(["Juru bicara Kementerian Luar Negeri Jepang Toshihiro Kitamura berbicara di Tokyo.",
                 "”Kami sangat prihatin atas uji coba rudal itu,” demikian pernyataan Kementerian Luar Negeri "
                 "Korea Selatan."], True)
    assert qs[0]["speaker"]["country"] == "KOR"


def test_statement_noun_cue_closing_reported_speech():
    """'X …, demikian keterangan tertulis Y.' (reporting_verbs rows): Y's statement reports the clause before it."""
    qs = quotes(["KABUL, ANTARA - Pemerintah Taliban memanggil kuasa usaha Pakistan di Kabul, demikian keterangan "
                 "tertulis Kementerian Luar Negeri Afghanistan."], False)
    assert [q["text"] for q in qs] == ["Pemerintah Taliban memanggil kuasa usaha Pakistan di Kabul"]
    assert qs[0]["speaker"]["country"] == "AFG"


def test_hal_itu_disampaikan_names_the_quote_before():
    """'”…” Hal itu disampaikan X …' (reporting_verbs rows): the sentence after a quote names its speaker."""
    qs = quotes(["”Kami membahas perlindungan nelayan di Laut Andaman.” Hal itu disampaikan Menteri Luar Negeri "
                 "Sugiono kepada wartawan."], True)
    assert qs[0]["speaker"]["name"] == "Sugiono"


def test_meeting_noun_with_its_parties_is_a_consultation(run):
    """'Pertemuan X dengan Y …' (event_triggers consult.meet.pertemuan_x_dengan): X and Y met, no verb needed."""
    r = run(["Pertemuan Menteri Luar Negeri Mesir Badr Abdelatty dengan Menteri Luar Negeri Yordania Ayman Safadi "
             "di Amman membahas bantuan untuk Gaza."])[-1]
    names = [{a["name"] for a in e["sources"] + e["targets"]} for e in found(r, "CONSULT")]
    assert {"Badr Abdelatty", "Ayman Safadi"} in names


def test_meeting_noun_named_back_is_no_new_meeting(run):
    """'Dalam pertemuan itu, …' / 'seusai pertemuan': the meeting named again is not one more."""
    r = run(["Menteri Luar Negeri Mesir Badr Abdelatty bertemu Menteri Luar Negeri Yordania Ayman Safadi di Amman.",
             "Seusai pertemuan dengan Safadi, Abdelatty terbang ke Riyadh."])[-1]
    assert not [e for e in found(r, "CONSULT") if e["trigger"]["text"].lower() == "pertemuan"]


def test_malaysian_armed_forces_chief_title(run):
    """'Panglima Angkatan Tentara Malaysia Jenderal X' (titles.jsonl): one Malaysian commander, not 'Tentara
    Malaysia' and a person of no state."""
    r = run(["Panglima Angkatan Tentara Malaysia Jenderal Mohd Nizam Jaffar mengunjungi Jakarta pada Senin."])[-1]
    visitors = [a for e in found(r, "CONSULT") for a in e["sources"]]
    assert visitors and visitors[0]["name"] == "Mohd Nizam Jaffar" and visitors[0]["country"] == "MYS"


def test_forcer_of_story_passive(run):
    """An agentless passive of force on the side an earlier paragraph's act was done to is that act's agent's."""
    r = run(["Sebanyak 9 nelayan Filipina ditangkap oleh penjaga pantai Vietnam di dekat Kepulauan Spratly, Selasa.",
             "Kapal-kapal nelayan Filipina itu kemudian disita dan ditarik ke Pelabuhan Cam Ranh."])[-1]
    acts = found(r, "COERCE")
    assert acts and [a["country"] for a in acts[0]["sources"]] == ["VNM"]
    assert [a["country"] for a in acts[0]["targets"]] == ["PHL"]
