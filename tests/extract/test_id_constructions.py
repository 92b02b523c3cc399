"""Indonesian events worded by a construction rather than a plain active verb
(lang/id/event_triggers.jsonl, ids "*.nid.*"): each on a sentence of its own."""

from __future__ import annotations


def events(result):
    return [(e["type"], e["source"] and (e["source"].get("code") or e["source"].get("country")),
             [t.get("code") or t.get("country") for t in e["targets"]]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


# di- passives without their agent


def test_orang_ditahan_without_agent_an_arrest(run):
    out = run(["Pemerintah Filipina menyatakan para nelayan itu ditahan karena memasuki zona ekonomi eksklusif."])
    assert "COERCE" in types(out[0])


def test_ditahan_with_its_agent_keeps_the_agent_row(run):
    out = run(["Sebanyak 12 nelayan Indonesia itu ditahan aparat Malaysia di perairan Tanjung Datu."])
    assert ("COERCE", "MYS", ["IDN"]) in events(out[0])


def test_menahan_diri_is_no_arrest(run):
    out = run(["Kami harus menahan diri, kata Menteri Luar Negeri Mesir."])
    assert "COERCE" not in types(out[0])


def test_dikerahkan_untuk_a_deployment(run):
    out = run(["Militer Thailand mengatakan 2.000 tentara telah dikerahkan untuk menjaga perbatasan dengan Kamboja."])
    assert "MOBILIZE" in types(out[0])


# a charge worded as what the act is, or who answers for it (reported words)


def test_merupakan_pelanggaran_a_reported_charge(run):
    out = run(["Militer Israel menembaki sebuah sekolah PBB di Khan Younis pada Selasa.",
               "Kementerian Luar Negeri Yordania menyatakan penembakan itu merupakan pelanggaran "
               "terhadap hukum internasional."])
    assert "ACCUSE" in types(out[1])


def test_adalah_tindakan_agresi_a_reported_charge(run):
    out = run(["Serangan drone Rusia itu adalah tindakan agresi, kata Presiden Rumania Nicusor Dan."])
    assert ("ACCUSE", "ROU", ["RUS"]) in events(out[0])


def test_memikul_tanggung_jawab_atas_a_reported_charge(run):
    out = run(["Menurut Menteri Luar Negeri Prancis, Rusia memikul tanggung jawab penuh atas serangan tersebut."])
    assert ("ACCUSE", "FRA", ["RUS"]) in events(out[0])


def test_bertanggung_jawab_atas_a_duty_is_no_charge(run):
    out = run(["Pemerintah bertanggung jawab atas keselamatan warga, kata menteri itu."])
    assert "ACCUSE" not in types(out[0])


def test_menyelidiki_an_investigation(run):
    out = run(["Komisi Eropa menyelidiki China atas dugaan subsidi kendaraan listrik."])
    assert ("ACCUSE", "EC", ["CHN"]) in events(out[0])


def test_menyelidiki_a_cause_is_no_investigation_of_an_actor(run):
    out = run(["Polisi menyelidiki penyebab kebakaran di pasar itu."])
    assert "ACCUSE" not in types(out[0])


# plain verbs whose object the rows did not name yet


def test_minta_agar_the_base_form_a_request(run):
    out = run(["\"Kami minta agar para WNI diperlakukan secara manusiawi,\" kata Duta Besar RI untuk Malaysia."])
    assert "REQUEST" in types(out[0])


def test_mengakui_sebagai_presiden_a_recognition(run):
    out = run(["Parlemen Eropa mengakui pemimpin oposisi sebagai presiden sah Venezuela."])
    assert ("SUPPORT", "EP", ["VEN"]) in events(out[0])


def test_mengakui_kesalahannya_is_no_recognition(run):
    out = run(["Menteri itu mengakui kesalahannya sebagai pejabat negara."])
    assert "SUPPORT" not in types(out[0])


def test_menguasai_kota_an_occupation(run):
    out = run(["Kelompok pemberontak Houthi menguasai kota Marib di Yaman tengah."])
    assert "ASSAULT" in types(out[0])


def test_menguasai_kursi_is_no_occupation(run):
    out = run(["Partai itu menguasai kursi parlemen."])
    assert "ASSAULT" not in types(out[0])


def test_menangguhkan_koordinasi_keamanan_a_sanction(run):
    out = run(["Malaysia menangguhkan koordinasi keamanan dengan Thailand di perbatasan."])
    assert ("SANCTION", "MYS", ["THA"]) in events(out[0])


def test_menangguhkan_distribusi_bantuan_a_sanction(run):
    out = run(["PBB menangguhkan distribusi bantuan pangan di Darfur."])
    assert "SANCTION" in types(out[0])


def test_dengan_mediasi_the_mediator_consults(run):
    out = run(["Ukraina dan Rusia menukar 100 tawanan dengan mediasi Uni Emirat Arab."])
    assert any(t == "CONSULT" and s == "ARE" for t, s, _ in events(out[0]))


def test_mengerahkan_pleton_a_deployment(run):
    out = run(["Militer Filipina mengerahkan dua pleton marinir ke Pulau Thitu."])
    assert "MOBILIZE" in types(out[0])


def test_diratifikasi_with_its_agent_a_signing(run):
    out = run(["Perjanjian perdagangan itu telah diratifikasi Parlemen Eropa pada Selasa."])
    assert "SUPPORT" in types(out[0])


def test_mengusulkan_gencatan_senjata_a_request(run):
    out = run(["Amerika Serikat dan Arab Saudi mengusulkan gencatan senjata selama tiga bulan di Sudan."])
    assert "REQUEST" in types(out[0])


def test_tambahan_anggaran_pertahanan_a_buildup(run):
    out = run(["Setelah itu, Denmark mengumumkan tambahan anggaran pertahanan Arktik senilai 14 miliar kroner."])
    assert "MOBILIZE" in types(out[0])


def test_mengambil_alih_gudang_senjata_a_seizure(run):
    out = run(["Tentara Lebanon mengambil alih gudang-gudang senjata Hizbullah di selatan."])
    assert ("COERCE", "LBN", ["HEZBOLLAH"]) in events(out[0])


def test_bentrokan_then_antara_a_fight(run):
    out = run(["Pakistan dan Afghanistan berunding setelah sepekan bentrokan perbatasan paling mematikan "
               "antara kedua negara."])
    assert "ASSAULT" in types(out[0])


def test_tewas_dalam_baku_tembak_a_fight(run):
    out = run(["Thailand menutup perbatasan setelah dua tentara Thailand tewas dalam baku tembak "
               "dengan pasukan Kamboja."])
    assert ("ASSAULT", "THA", ["KHM"]) in events(out[0])


# a word of the phrase quoted (the press's and machine translation's habit)


def test_inner_quotes_marks_of_a_short_quoted_phrase():
    from streams.extract.patterns import inner_quotes
    marks = frozenset({"''", "“", "”"})
    assert inner_quotes(["akan", "''", "mengakhiri", "''", "kerja", "sama"], marks) == ([1, 3], {1})
    assert inner_quotes(["mencapai", "“", "pemahaman", "bersama", "”", "."], marks) == ([1], {1})
    assert inner_quotes(["“", "kami", "menolak", "”", "kata", "dia"], marks) == ([], set())


def test_trigger_across_quoted_word(run):
    out = run(["Menteri Luar Negeri Iran mengatakan Teheran akan ''mengakhiri'' kerja sama dengan IAEA."])
    assert "SANCTION" in types(out[0])


def test_quoted_word_keeps_its_own_row(run):
    out = run(["Tentara Sudan menuduh RSF melakukan ''pembantaian'' terhadap warga sipil di El Fasher."])
    assert "ASSAULT" in types(out[0])



def test_membutuhkan_lebih_banyak_senjata_a_request(run):
    out = run(["\"Kami membutuhkan lebih banyak sistem pertahanan udara dari mitra-mitra kami,\" "
               "kata Menteri Pertahanan Ukraina Rustem Umerov."])
    assert "REQUEST" in types(out[0])
