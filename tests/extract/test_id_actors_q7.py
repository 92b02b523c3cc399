"""Indonesian actor errors left by round six (q7), one sentence each (my own)."""

from __future__ import annotations

from event_checks import event_sides


def sides_of(out, kind, para=0):
    return event_sides(out[para], kind)


def source_names(out, kind, para=0):
    return [[a["name"] for a in e["sources"]] for e in out[para]["events"] if e["type"] == kind]


# grammar.json accord_heads: a city inside the name of a treaty or declaration names no state
def test_city_in_treaty_name_is_no_party(run):
    out = run(["Brasil mendesak negara-negara kaya menepati janji mereka dalam Perjanjian Paris."])
    assert sides_of(out, "REQUEST") == [(["BRA"], [])]


def test_city_in_declaration_name_is_no_party(run):
    out = run(["Vietnam dan Filipina sepakat bekerja sama sesuai Deklarasi Bangkok."])
    assert all("THA" not in s + t for s, t in sides_of(out, "AGREE"))
    assert sides_of(out, "AGREE")


def test_cities_joined_after_sentence_opening_head_stay_parties(run):
    out = run(["Kesepakatan Moskow dan Kyiv soal pertukaran tahanan didukung oleh Turki."])
    named = {a["country"] or a["code"] for e in out[0]["events"] for a in e["sources"] + e["targets"]}
    assert {"RUS", "UKR"} <= named


def test_city_before_english_treaty_head(run):
    out = run(["Argentina urged rich nations to honour the Paris Agreement."], lang="en")
    assert sides_of(out, "REQUEST") == [(["ARG"], [])]


# quotes/slots.py titled_body_after: a title, then a body and no name, speaks for the body's state
def test_untitled_official_of_a_ministry_speaks_for_its_state(run):
    out = run(["Menteri Luar Negeri Sugiono menerima Menlu Jepang Takeshi Iwaya di Jakarta.",
               "“Kami menolak klaim tersebut,” kata Sekretaris Jenderal Kementerian Pertahanan RI."])
    assert [q["speaker"]["country"] if q["speaker"] else None for q in out[1]["quotes"]] == ["IDN"]


def test_former_official_is_not_the_body(run):
    out = run(["“Perundingan itu gagal,” kata mantan Sekretaris Jenderal Kementerian Luar Negeri Malaysia."])
    assert [q["speaker"]["country"] if q["speaker"] else None for q in out[0]["quotes"]] != ["MYS"]


def test_rank_before_title_of_a_body(run):
    out = run(["“Kami menolak klaim tersebut,” kata Wakil Sekretaris Jenderal Kemlu Malaysia."])
    assert [q["speaker"]["country"] if q["speaker"] else None for q in out[0]["quotes"]] == ["MYS"]


# institutions.jsonl press_own: a bare "Kemlu" is Indonesia's even after another state's Kemlu was named
def test_bare_kemlu_after_foreign_kemlu_is_indonesia(run):
    out = run(["Kemlu Singapura memanggil kuasa usaha Filipina pada Selasa.",
               "Kemlu mengecam penahanan dua nelayan di perairan Filipina."])
    assert [s for s, _ in sides_of(out, "ACCUSE", para=1)] == [["IDN"]]


# institutions.jsonl: "Kemlu"/"Kemenlu" is no modifier, so it is an actor after a cue too, not only opening
def test_bare_kemenlu_after_the_cue_speaks(run):
    out = run(["“Seluruh WNI di kota itu dalam keadaan aman,” ujar Kemenlu dalam keterangan tertulis."])
    assert [q["speaker"]["country"] if q["speaker"] else None for q in out[0]["quotes"]] == ["IDN"]


# actors gendered_people: a definite person noun of a gender is the latest person named of that gender
def test_perempuan_itu_is_the_woman_named_before(run):
    out = run(["Menteri Luar Negeri Sugiono menerima Menteri Luar Negeri Australia Penny Wong di Jakarta.",
               "Perempuan itu mengecam serangan Israel di Gaza."])
    assert source_names(out, "ACCUSE", para=1) == [["Penny Wong"]]


def test_pria_berusia_itu_is_the_latest_man(run):
    out = run(["Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Bogor. "
               "Pria berusia 77 tahun itu mengecam serangan Israel di Gaza."])
    assert source_names(out, "ACCUSE") == [["Anwar Ibrahim"]]


def test_gendered_noun_with_nobody_of_that_gender_stays_unresolved(run):
    out = run(["Menteri Luar Negeri Sugiono tiba di Canberra.", "Perempuan itu mengecam serangan Israel di Gaza."])
    assert all("Sugiono" not in s for s in source_names(out, "ACCUSE", para=1))


# grammar.json portfolio_words: a portfolio no affix makes belongs to the title, not to the name
def test_unaffixed_portfolio_is_the_title_not_the_name(run):
    out = run(["“Bantuan tahap kedua segera dikirim,” kata Menteri Sosial Saifullah Yusuf di Jakarta."])
    assert [q["speaker"]["name"] for q in out[0]["quotes"]] == ["Saifullah Yusuf"]


def test_loanword_portfolio_is_the_title_not_the_name(run):
    out = run(["“Pintu dialog dengan Pyongyang tetap terbuka,” kata Menteri Unifikasi Chung Dong-young di Seoul."])
    assert [q["speaker"]["name"] for q in out[0]["quotes"]] == ["Chung Dong-young"]


def test_portfolios_joined_by_dan(run):
    out = run(["“Semua WNI sudah dievakuasi,” kata Direktur Protokol dan Konsuler Ratna Wulandari."])
    assert [q["speaker"]["name"] for q in out[0]["quotes"]] == ["Ratna Wulandari"]
