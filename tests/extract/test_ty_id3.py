"""Indonesian types (ty-id3): an act held ready is an offer; offers, expulsions of people and pleas named
by their nouns (rule offer_held_ready in MODALITY_RULES; rows in lang/id/event_triggers.jsonl)."""

from __future__ import annotations

from event_checks import codes, found


def test_offer_held_ready(run):
    from test_role_rules import both
    from streams.extract.events import modality
    got, bare = both(run, modality.offer_held_ready,
                     ["Singapura menyatakan siap mengirim bantuan kemanusiaan ke Vanuatu."], "id", "AGREE")
    assert got == [(["Singapura"], ["Vanuatu"], "asserted")] and bare == []


def test_offer_held_ready_has_the_code_of_aid_offered(run):
    out = run(["Singapura menyatakan siap mengirim bantuan kemanusiaan ke Vanuatu."], lang="id")[0]
    e = found(out, "AGREE")
    assert e and e[0]["cameo"] == "033" and not found(out, "AID")


def test_offer_on_a_condition_stays_the_act_hypothetical(run):
    out = run(["Singapura menyatakan siap mengirim bantuan kemanusiaan ke Vanuatu jika diminta Port Vila."],
              lang="id")[0]
    e = found(out, "AID")
    assert e and e[0]["modality"] == "hypothetical" and not found(out, "AGREE")


def test_menawarkan_pesawat_is_an_offer(run):
    out = run(["Jepang menawarkan dua pesawat untuk mengevakuasi warga Filipina dari Sudan."], lang="id")[0]
    e = found(out, "AGREE")
    assert e and codes(e[0]["sources"]) == ["JPN"]


def test_menawarkan_pengembalian_dana_is_no_offer(run):
    out = run(["Maskapai Korea Selatan menawarkan pengembalian dana bagi tiket ke Jepang."], lang="id")[0]
    assert not found(out, "AGREE")


def test_pengusiran_orang_is_a_deportation(run):
    out = run(["Thailand mengecam pengusiran paksa sekitar 400 orang Kamboja oleh Vietnam pekan lalu."], lang="id")[0]
    e = found(out, "COERCE")
    assert e and e[0]["mode"] == "deport" and not found(out, "SANCTION")


def test_mengusir_diplomat_stays_an_expulsion(run):
    out = run(["Estonia mengusir dua diplomat Rusia pada Kamis."], lang="id")[0]
    assert found(out, "SANCTION", "expel") and not found(out, "COERCE")


def test_surat_permohonan_pengampunan_is_a_request(run):
    out = run(["Presiden Filipina mengirim surat permohonan pengampunan kepada pemerintah Kuwait bagi seorang "
               "pekerja migran."], lang="id")[0]
    e = found(out, "REQUEST")
    assert e and codes(e[0]["sources"]) == ["PHL"] and codes(e[0]["targets"]) == ["KWT"]
    assert not found(out, "RETREAT")


def test_menutup_jembatan_is_a_closed_crossing(run):
    out = run(["Mesir menutup jembatan perbatasan bagi warga Sudan pada Senin."], lang="id")[0]
    e = found(out, "COERCE", "restrict")
    assert e and codes(e[0]["sources"]) == ["EGY"]


def test_berpawai_is_a_demonstration(run):
    out = run(["Ribuan mahasiswa Bangladesh berpawai menuju gedung parlemen di Dhaka pada Senin."], lang="id")[0]
    assert found(out, "PROTEST", "demo")


def test_berpawai_merayakan_is_no_demonstration(run):
    out = run(["Ribuan warga Bangladesh berpawai merayakan kemenangan tim kriket di Dhaka."], lang="id")[0]
    assert not found(out, "PROTEST")


def test_penangguhan_penahanan_is_a_release(run):
    out = run(["Kepolisian Kenya menangguhkan penahanan 20 mahasiswa pada Kamis."], lang="id")[0]
    assert found(out, "RETREAT", "release") and not found(out, "COERCE")


def test_merebut_kembali_penjara_takes_it(run):
    out = run(["Tentara Ekuador merebut kembali penjara Litoral dari tangan geng pada Selasa."], lang="id")[0]
    assert found(out, "ASSAULT", "occupy")


def test_penyelidikan_bersama_is_cooperation_not_a_charge(run):
    out = run(["Kepolisian Malaysia membuka penyelidikan bersama dengan Kepolisian Thailand atas penyelundupan "
               "senjata."], lang="id")[0]
    assert found(out, "COOPERATE") and not found(out, "ACCUSE")


def test_jam_malam_dicabut_is_a_concession(run):
    out = run(["Jam malam di Colombo akhirnya dicabut pemerintah Sri Lanka pada Kamis."], lang="id")[0]
    e = found(out, "CONCEDE", "ease")
    assert e and codes(e[0]["sources"]) == ["LKA"]


def test_sanksi_dicabut_asked_for_is_no_concession(run):
    out = run(["Iran menuntut agar sanksi dicabut sebelum perundingan dimulai."], lang="id")[0]
    assert found(out, "REQUEST") and not found(out, "CONCEDE")


def test_orang_dilepas_is_a_release(run):
    out = run(["Sebanyak 20 orang dilepas polisi Kenya pada Jumat malam."], lang="id")[0]
    assert found(out, "RETREAT", "release")


def test_meminta_dubes_menghadap_is_a_summons(run):
    out = run(["Kemlu Kenya meminta duta besar Uganda menghadap pada Selasa atas insiden di perbatasan."], lang="id")[0]
    e = found(out, "ACCUSE")
    assert e and e[0]["cameo"] == "114" and codes(e[0]["targets"]) == ["UGA"] and not found(out, "REQUEST")


def test_meminta_dubes_pergi_stays_a_request(run):
    out = run(["Iran meminta duta besar Inggris meninggalkan Teheran dalam 48 jam."], lang="id")[0]
    assert not found(out, "ACCUSE")


def test_mengumumkan_hibah_and_jalur_kredit_are_aid(run):
    out = run(["Korea Selatan mengumumkan hibah senilai 5 juta dolar AS untuk Vietnam."], lang="id")[0]
    assert found(out, "AID", "economic")
    out = run(["Pemerintah Jepang menyalurkan jalur kredit senilai 300 juta dolar AS kepada Sri Lanka."], lang="id")[0]
    e = found(out, "AID", "economic")
    assert e and codes(e[0]["targets"]) == ["LKA"]
