"""Indonesian trigger rows for acts read as another type or not at all (lang/id/event_triggers.jsonl,
ids "*.ty.*", and words added to older rows): each on a sentence of its own, with the wordings
they must leave alone."""

from __future__ import annotations


def events(result):
    return [(e["type"], e["modality"], e["source"] and (e["source"].get("code") or e["source"].get("country")),
             [t.get("code") or t.get("country") for t in e["targets"]]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


# REQUEST: advice, lobbying, an explanation asked, a duty laid on another in reported words

def test_menganjurkan_a_request(run):
    out = run(["Uni Eropa menganjurkan Serbia dan Kosovo segera kembali ke meja dialog."])
    assert "REQUEST" in types(out[0])


def test_menyarankan_bahwa_suggests_a_finding_not_a_request(run):
    out = run(["Laporan Bank Dunia menyarankan bahwa Kamboja dan Laos menanggung utang terlalu besar kepada China."])
    assert "REQUEST" not in types(out[0])


def test_melobi_a_request_with_its_target(run):
    out = run(["Menteri Perdagangan akan melobi Jepang agar menurunkan bea masuk udang asal Indonesia."])
    assert ("REQUEST", "planned", "IDN", ["JPN"]) in events(out[0])


def test_melobi_without_a_party_lobbied_is_no_event(run):
    out = run(["Para pengusaha sawit terus melobi untuk mendapatkan keringanan pajak ekspor."])
    assert "REQUEST" not in types(out[0])


def test_mengharapkan_penjelasan_a_request(run):
    out = run(["Pemerintah Filipina mengharapkan penjelasan dari Beijing atas insiden di Second Thomas Shoal."])
    assert ("REQUEST", "asserted", "PHL", ["CHN"]) in events(out[0])


def test_menanyakan_kejelasan_a_request(run):
    out = run(["Kementerian Luar Negeri Vietnam menanyakan kejelasan kepada Kamboja soal kanal Funan Techo."])
    assert "REQUEST" in types(out[0])


def test_untuk_meminta_penjelasan_is_the_aim_of_a_summons(run):
    out = run(["Kementerian Luar Negeri Jerman memanggil Duta Besar Iran untuk meminta penjelasan."])
    assert "REQUEST" not in types(out[0])


def test_harus_mengusut_a_duty_laid_on_another(run):
    out = run(["\u201dMyanmar harus mengusut tuntas penembakan itu,\u201d kata Menteri Luar Negeri Thailand."])
    assert ("REQUEST", "asserted") in [e[:2] for e in events(out[0])]


# CONSULT: a meeting held (menggelar rapat / sidang), not a rally nor a joint operation

def test_menggelar_sidang_komisi_bersama_a_meeting(run):
    out = run(["Indonesia dan Vietnam akan menggelar Sidang Komisi Bersama di Hanoi pekan depan."])
    assert "CONSULT" in types(out[0])
    assert "COOPERATE" not in types(out[0])


def test_menggelar_rapat_tertutup_a_meeting_not_a_rally(run):
    out = run(["Dewan Keamanan PBB akan menggelar rapat darurat pada Jumat atas permintaan Prancis."])
    assert "CONSULT" in types(out[0])
    assert "PROTEST" not in types(out[0])


def test_menggelar_rapat_akbar_a_rally(run):
    out = run(["Ribuan buruh menggelar rapat akbar di depan Istana Merdeka, Jakarta."])
    assert "PROTEST" in types(out[0])


def test_menggelar_patroli_bersama_stays_cooperation(run):
    out = run(["Angkatan Laut Indonesia dan Angkatan Laut Filipina menggelar patroli bersama di Laut Sulawesi."])
    assert "COOPERATE" in types(out[0])


# MOBILIZE: warships by their class, and the verbs that move forces (menggeser, menerjunkan)

def test_mengerahkan_sebuah_korvet_a_deployment(run):
    out = run(["Angkatan Laut Rusia mengerahkan sebuah korvet ke Laut Baltik pada Selasa."])
    assert "MOBILIZE" in types(out[0])


def test_menggeser_kapal_induk_a_deployment(run):
    out = run(["Pentagon menggeser sebuah kapal induk ke Laut China Selatan."])
    assert "MOBILIZE" in types(out[0])


def test_menerjunkan_prajurit_a_deployment(run):
    out = run(["TNI menerjunkan 300 prajurit tambahan ke Intan Jaya."])
    assert "MOBILIZE" in types(out[0])


def test_menggeser_anggaran_is_no_deployment(run):
    out = run(["Pemerintah Indonesia menggeser anggaran pertahanan untuk pembangunan sekolah."])
    assert "MOBILIZE" not in types(out[0])


# THREATEN: counter-measures vowed in the plural, or quoted; ACCUSE: concern voiced at a party

def test_akan_mengambil_langkah_langkah_balasan_a_threat(run):
    out = run(["Iran akan mengambil \u201dlangkah-langkah balasan\u201d terhadap Inggris jika kapal tankernya "
               "tidak dilepaskan."])
    assert "THREATEN" in types(out[0])


def test_menyatakan_kekhawatiran_atas_a_party_a_disapproval(run):
    out = run(["Uni Eropa menyatakan kekhawatiran atas undang-undang baru Georgia."])
    assert ("ACCUSE", "asserted", "EU", ["GEO"]) in events(out[0])


def test_kekhawatiran_with_no_party_is_no_event(run):
    out = run(["Para petani menyatakan kekhawatiran soal harga pupuk yang terus naik."])
    assert "ACCUSE" not in types(out[0])


# CONCEDE: membebaskan decided by its object: duties exempted, not people freed

def test_membebaskan_bea_masuk_an_easing(run):
    out = run(["Jepang membebaskan bea masuk bagi produk pertanian Vietnam mulai bulan depan."])
    assert ("CONCEDE", "asserted", "JPN", ["VNM"]) in events(out[0])
    assert "RETREAT" not in types(out[0])


def test_membebaskan_nelayan_stays_a_release(run):
    out = run(["Malaysia membebaskan 20 nelayan Indonesia pada Kamis."])
    assert "RETREAT" in types(out[0])
    assert "CONCEDE" not in types(out[0])


# ACCUSE: an act likened to a wrong (menyamakan … dengan "pembajakan")

def test_menyamakan_dengan_pembajakan_a_charge(run):
    out = run(["Iran menyamakan penyitaan kapal tankernya oleh Inggris dengan \u201dpembajakan\u201d."])
    assert ("ACCUSE", "asserted", "IRN", ["GBR"]) in events(out[0])


def test_menyamakan_two_prices_is_no_charge(run):
    out = run(["Para pedagang menyamakan harga beras di Jakarta dengan harga di Surabaya."])
    assert "ACCUSE" not in types(out[0])


# AID: scholarships given, a grant handed over

def test_memberikan_beasiswa_an_aid(run):
    out = run(["Jepang akan memberikan beasiswa bagi 300 mahasiswa Timor-Leste."])
    assert "AID" in types(out[0])


def test_penyerahan_bantuan_an_aid(run):
    out = run(["Korea Selatan melakukan penyerahan bantuan kepada Filipina di Manila."])
    assert "AID" in types(out[0])


# THREATEN: a strike held over a demand (modality.conditioned_coercion_threatens takes PROTEST)

def test_strike_held_over_a_demand_a_threat(run):
    out = run(["Serikat buruh akan menggelar mogok nasional jika pemerintah tidak membatalkan revisi itu."])
    assert "THREATEN" in types(out[0])
    assert "PROTEST" not in types(out[0])


def test_strike_held_stays_a_protest(run):
    out = run(["Ribuan buruh menggelar mogok nasional pada Senin."])
    assert "PROTEST" in types(out[0])
