"""Indonesian trigger rows for wordings of the weak types that no row covered
(lang/id/event_triggers.jsonl, ids "*.tid.*", and words added to older rows):
each on a sentence of its own, with the wordings they must leave alone."""

from __future__ import annotations


def kinds(result):
    return [(e["type"], e["mode"]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


# RETREAT

def test_menarik_para_petempur_a_withdrawal(run):
    out = run(["Kelompok Wagner menarik para petempurnya dari kota Soledar pada Senin."])
    assert ("RETREAT", "withdraw") in kinds(out[0])


def test_menghentikan_sementara_operasi_militernya_a_ceasefire(run):
    out = run(["Rusia menghentikan sementara operasi militernya di Kharkiv selama dua hari."])
    assert ("RETREAT", "ceasefire") in kinds(out[0])
    assert "COERCE" not in types(out[0])


def test_tawanan_dipertukarkan_a_release(run):
    out = run(["Sebanyak 200 tawanan dipertukarkan antara Armenia dan Azerbaijan pada Rabu."])
    assert ("RETREAT", "release") in kinds(out[0])


def test_membubarkan_milisinya_a_demobilisation(run):
    out = run(["Hizbullah membubarkan milisinya di Lebanon selatan sesuai perjanjian damai."])
    assert ("RETREAT", "disarm") in kinds(out[0])


def test_menyerahkan_senjatanya_a_disarmament(run):
    out = run(["Kelompok Hamas menyerahkan senjatanya kepada Otoritas Palestina."])
    assert ("RETREAT", "disarm") in kinds(out[0])


def test_menyerahkan_senjata_kepada_a_country_stays_aid(run):
    out = run(["Jerman menyerahkan senjata kepada Ukraina pada Selasa."])
    assert ("RETREAT", "disarm") not in kinds(out[0])


def test_harus_menyerahkan_senjatanya_is_no_disarmament_done(run):
    out = run(["Hamas harus menyerahkan senjatanya, kata Menteri Luar Negeri Mesir Badr Abdelatty."])
    assert ("RETREAT", "disarm") not in kinds(out[0])


def test_membuka_jalur_kemanusiaan_access(run):
    out = run(["Tentara Sudan membuka jalur kemanusiaan ke Kadugli pada Kamis."])
    assert ("RETREAT", "access") in kinds(out[0])


def test_harus_membuka_jalur_bantuan_stays_a_request(run):
    out = run(["Israel harus membuka jalur bantuan ke Gaza, kata Menteri Luar Negeri Norwegia Espen Barth Eide."])
    assert "REQUEST" in types(out[0])


def test_lengser_dari_jabatannya_a_resignation(run):
    out = run(["Perdana Menteri Mongolia Luvsannamsrain Oyun-Erdene lengser dari jabatannya pada Selasa."])
    assert ("RETREAT", "resign") in kinds(out[0])


def test_mantan_presiden_yang_lengser_is_no_resignation(run):
    out = run(["Mantan presiden yang lengser dari jabatannya itu kini tinggal di Dubai."])
    assert "RETREAT" not in types(out[0])


def test_menarik_diri_dari_jalur_a_withdrawal(run):
    out = run(["Israel menarik diri dari Jalur Philadelphi pada Senin."])
    assert ("RETREAT", "withdraw") in kinds(out[0])


def test_membuka_blokade_eases_a_blockade(run):
    out = run(["Israel membuka blokade atas Gaza untuk pertama kalinya sejak Maret."])
    assert "RETREAT" in types(out[0])


def test_membebaskan_pemimpin_oposisi_a_release(run):
    out = run(["Belarus membebaskan pemimpin oposisi Siarhei Tsikhanouski pada Sabtu."])
    assert ("RETREAT", "release") in kinds(out[0])


# COOPERATE

def test_membentuk_komite_bersama_cooperation(run):
    out = run(["Indonesia dan Timor Leste membentuk komite bersama untuk mengelola perbatasan darat."])
    assert "COOPERATE" in types(out[0])


def test_membantu_penyelidikan_judicial_cooperation(run):
    out = run(["Kepolisian Australia membantu penyelidikan Polri atas jaringan penyelundupan manusia."])
    assert "COOPERATE" in types(out[0])


def test_akses_ke_pangkalan_military_cooperation(run):
    out = run(["Papua Nugini memberikan akses kepada Australia ke tiga pangkalan angkatan lautnya."])
    assert "COOPERATE" in types(out[0])
    assert "RETREAT" not in types(out[0])


def test_membuka_pangkalan_sendiri_is_no_cooperation(run):
    out = run(["China membuka pangkalan militer pertamanya di luar negeri di Djibouti."])
    assert "COOPERATE" not in types(out[0])


def test_pertukaran_perwira_military_cooperation(run):
    out = run(["Vietnam dan Filipina memulai pertukaran perwira angkatan laut bulan ini."])
    assert "COOPERATE" in types(out[0])


def test_pertukaran_tawanan_stays_a_release(run):
    out = run(["Armenia dan Azerbaijan melakukan pertukaran tawanan perang pada Rabu."])
    assert "COOPERATE" not in types(out[0])


def test_mengembangkan_kerja_sama_cooperation(run):
    out = run(["Indonesia dan Australia mengembangkan kerja sama di bidang pertahanan siber."])
    assert "COOPERATE" in types(out[0])


def test_menjalin_kolaborasi_cooperation(run):
    out = run(["Polri dan Kepolisian Federal Australia menjalin kolaborasi untuk memberantas penyelundupan manusia."])
    assert "COOPERATE" in types(out[0])


# THREATEN

def test_merespons_dengan_kekuatan_a_threat(run):
    out = run(["Iran berjanji akan merespons dengan kekuatan setiap serangan Israel."])
    assert "THREATEN" in types(out[0])


def test_akan_menghadapi_neraka_jika_a_threat(run):
    out = run(["Trump mengatakan Iran akan menghadapi neraka jika menolak perundingan."])
    assert "THREATEN" in types(out[0])


def test_memberi_batas_waktu_an_ultimatum(run):
    out = run(["Trump memberi Rusia batas waktu 50 hari untuk mengakhiri perang di Ukraina."])
    assert "THREATEN" in types(out[0])


def test_tidak_memberi_batas_waktu_is_no_ultimatum(run):
    out = run(["Ia mengatakan parlemen harus mengesahkan undang-undang itu, tetapi tidak memberi batas waktu."])
    assert "THREATEN" not in types(out[0])


def test_mengisyaratkan_akan_mengenakan_a_threat(run):
    out = run(["Presiden Trump mengisyaratkan akan mengenakan tarif tambahan terhadap India."])
    assert "THREATEN" in types(out[0])


def test_mengisyaratkan_akan_menghadiri_is_no_threat(run):
    out = run(["Presiden Prabowo mengisyaratkan akan menghadiri KTT G20 di Johannesburg."])
    assert "THREATEN" not in types(out[0])


def test_akan_menjadi_sasaran_serangan_a_threat(run):
    out = run(["Houthi menyatakan kapal-kapal Amerika Serikat akan menjadi sasaran serangan."])
    assert ("THREATEN", "violence") in kinds(out[0])


# SANCTION

def test_menggandakan_tarif_a_sanction(run):
    out = run(["Amerika Serikat menggandakan tarif atas baja Kanada menjadi 50 persen."])
    assert "SANCTION" in types(out[0])


def test_daftar_sanksi_with_listed_pair(run):
    out = run(["Inggris menambahkan 12 individu dan entitas Iran ke dalam daftar sanksinya."])
    assert "SANCTION" in types(out[0])


def test_menarik_diri_dari_mahkamah_a_discontinuation(run):
    out = run(["Hungaria menarik diri dari keanggotaan Mahkamah Pidana Internasional pada Kamis."])
    assert ("SANCTION", "discontinue") in kinds(out[0])


def test_menarik_diri_dari_koridor_stays_a_withdrawal(run):
    out = run(["Pasukan Israel menarik diri dari Koridor Netzarim pada Minggu."])
    assert "SANCTION" not in types(out[0])


# ACCUSE

def test_membentuk_komisi_penyelidikan_an_investigation(run):
    out = run(["Dewan HAM PBB membentuk komisi penyelidikan atas kekerasan di Ethiopia."])
    assert ("ACCUSE", "investigate") in kinds(out[0])


def test_mempertanyakan_legitimasi_a_disapproval(run):
    out = run(["Uni Eropa mempertanyakan legitimasi pemilu presiden di Venezuela."])
    assert ("ACCUSE", "disapprove") in kinds(out[0])


def test_mengadukan_ke_dewan_keamanan_an_allegation(run):
    out = run(["Armenia mengadukan Azerbaijan ke Dewan Keamanan PBB atas blokade koridor Lachin."])
    assert ("ACCUSE", "allege") in kinds(out[0])


def test_melaporkan_bahwa_mahkamah_is_no_allegation(run):
    out = run(["Kantor berita Antara melaporkan bahwa Mahkamah Agung Malaysia menolak gugatan itu."])
    assert "ACCUSE" not in types(out[0])


# ASSAULT

def test_membalas_dengan_roket_an_assault(run):
    out = run(["Hizbullah membalas dengan puluhan roket ke Israel utara pada Minggu."])
    assert ("ASSAULT", "heavy_weapons") in kinds(out[0])


def test_membalas_dengan_serangan_udara_keeps_its_weapon(run):
    out = run(["Militer Nigeria membalas dengan serangan udara terhadap Boko Haram di Borno."])
    assert ("ASSAULT", "aerial") in kinds(out[0])


def test_membalas_dengan_pernyataan_is_no_assault(run):
    out = run(["Menteri Luar Negeri Iran Abbas Araghchi membalas dengan pernyataan keras terhadap Israel."])
    assert "ASSAULT" not in types(out[0])


# MOBILIZE and AID

def test_mengujicobakan_rudal_a_weapons_test(run):
    out = run(["Korea Utara mengujicobakan dua rudal jelajah di Laut Kuning pada Sabtu."])
    assert "MOBILIZE" in types(out[0])


def test_menyuntikkan_dana_economic_aid(run):
    out = run(["Uni Emirat Arab menyuntikkan dana 2 miliar dolar ke bank sentral Mesir."])
    assert ("AID", "economic") in kinds(out[0])


def test_menyuntikkan_dana_at_home_is_no_aid(run):
    out = run(["Bank Indonesia menyuntikkan dana ke perbankan untuk menjaga likuiditas."])
    assert "AID" not in types(out[0])
