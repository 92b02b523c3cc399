"""Indonesian wire attributions (q17-id-speakers): unnamed officials of a state
past their modifiers, cues read after a quotation ending an indirect report, a
party that is no person, and a general named back by rank."""

from __future__ import annotations

from quote_checks import last_quotes


def run(paragraphs: list[str]) -> list[dict]:
    return last_quotes(paragraphs, "id")


def test_state_after_modifiers_speaks_for_its_officials():
    qs = run(["Serangan itu menewaskan sedikitnya 12 orang, kata pejabat kesehatan Gaza."])
    assert [q["text"] for q in qs] == ["Serangan itu menewaskan sedikitnya 12 orang"]
    assert qs[0]["speaker"]["country"] == "PSE"


def test_state_after_modifiers_before_an_addressee():
    qs = run(["Pos perbatasan itu ditutup sejak Minggu, kata seorang pejabat keamanan Pakistan kepada AFP."])
    assert qs[0]["speaker"]["country"] == "PAK"


def test_cue_read_after_a_quotation_also_ends_a_report_after_its_comma():
    qs = run(["Sejumlah menteri akan hadir dalam pertemuan itu, jelas Rolliansyah."])
    assert [q["text"] for q in qs] == ["Sejumlah menteri akan hadir dalam pertemuan itu"]
    assert qs[0]["speaker"]["name"] == "Rolliansyah"


def test_cue_read_after_a_quotation_is_no_cue_inside_a_sentence():
    assert run(["Hasilnya, jelas terlihat bahwa ekonomi tumbuh."]) == []


def test_party_is_no_person_in_a_description():
    qs = run(["Ketua Komisi I DPR Utut Adianto mengatakan rencana itu masih dibahas.",
              "”Kami ingin transparan,” kata politikus PDI Perjuangan itu kepada wartawan."])
    assert qs[0]["speaker"]["name"] == "Utut Adianto"


def test_general_named_back_by_rank_is_the_commander():
    qs = run(["Ketua Komisi I DPR Utut Adianto mengatakan rencana itu masih dibahas.",
              "Panglima TNI Jenderal Agus Subiyanto menyampaikan bahwa para pilot akan berlatih tahun depan.",
              "”Prajurit harus siap menguasai teknologi baru,” tulis jenderal bintang empat tersebut."])
    assert qs[0]["speaker"]["name"] == "Agus Subiyanto"


def test_mission_abbreviation_speaks_for_its_state_not_its_seat():
    qs = run(["KBRI Kuala Lumpur menyebutkan bahwa 12 WNI telah dipulangkan ke Batam."])
    assert qs[0]["speaker"]["country"] == "IDN"


def test_mission_seat_ends_a_final_attribution():
    qs = run(["Ratusan pekerja migran Indonesia dideportasi dari Malaysia bulan lalu, kata KBRI Kuala Lumpur."])
    assert [q["text"] for q in qs] == ["Ratusan pekerja migran Indonesia dideportasi dari Malaysia bulan lalu"]
    assert qs[0]["speaker"]["country"] == "IDN"


def test_name_after_bracket_after_past_ranks():
    qs = run(["”Semua tim sudah di lapangan,” kata Kepala Badan Nasional Penanggulangan Bencana (BNPB)"
              " Letjen TNI Suharyanto."])
    assert qs[0]["speaker"]["name"] == "Suharyanto"


def test_lebanese_news_agency_speaks_for_lebanon():
    qs = run(["Sebuah pesawat nirawak menghantam mobil di Lebanon selatan, lapor kantor berita NNA."])
    assert qs[0]["speaker"]["country"] == "LBN"


def test_new_group_is_nobody_named_not_the_last_body():
    qs = run(["Para nelayan Indonesia mengatakan kapal mereka ditahan di perairan Malaysia.",
              "Tujuh wartawan asing ditangkap di Yangon, menurut kelompok pemantau."])
    assert [q["text"] for q in qs] == ["Tujuh wartawan asing ditangkap di Yangon"]
    assert qs[0]["speaker"] is None


def test_new_group_with_its_modifiers_ends_a_final_attribution():
    qs = run(["Sedikitnya 20 orang tewas dalam serangan itu, kata kelompok hak asasi manusia setempat."])
    assert [q["text"] for q in qs] == ["Sedikitnya 20 orang tewas dalam serangan itu"]
    assert qs[0]["speaker"] is None


def test_group_named_back_is_the_last_group():
    qs = run(["Hamas menyatakan siap membebaskan sandera.",
              "Pembebasan akan dilakukan pekan depan, kata kelompok itu."])
    assert qs[0]["speaker"]["code"] == "HAMAS"


def test_indefinite_group_in_english_is_nobody_named():
    qs = last_quotes(["Indonesian fishermen said their boats were held in Malaysian waters.",
                      "At least 20 people were killed in the strike, a monitoring group said."], "en")
    assert qs[0]["speaker"] is None


def test_definite_group_in_english_is_named_back():
    qs = last_quotes(["Hamas said it was ready to free the hostages.",
                      "The release would take place next week, the militant group said."], "en")
    assert qs[0]["speaker"]["code"] == "HAMAS"


def test_volunteer_is_an_unnamed_source():
    qs = run(["Sedikitnya 20 orang tewas dalam serangan udara itu, ujar seorang relawan."])
    assert [q["text"] for q in qs] == ["Sedikitnya 20 orang tewas dalam serangan udara itu"]
    assert qs[0]["speaker"] is None


def test_name_after_a_bracketed_short_title_speaks():
    qs = run(["”Kami sudah menghubungi seluruh WNI,” kata Direktur Jenderal Asia Pasifik dan Afrika Kementerian"
              " Luar Negeri (Dirjen Aspasaf) Abdul Kadir Jailani."])
    assert qs[0]["speaker"]["name"] == "Abdul Kadir Jailani"


def test_verbless_clause_after_a_demonstrative_is_reported():
    qs = run(["Kremlin dalam pernyataannya menyebut pertemuan itu produktif."])
    assert [q["text"] for q in qs] == ["pertemuan itu produktif"]
    assert qs[0]["speaker"]["country"] == "RUS"


def test_demonstrative_before_a_predicative_marker_is_no_clause():
    assert run(["Sugiono menyebut langkah itu sebagai provokasi."]) == []
