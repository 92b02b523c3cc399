"""Indonesian trigger rows from a census of how the news words each PLOVER type
(lang/id/event_triggers.jsonl, ids "*.census.*"): each on a sentence of its own."""

from __future__ import annotations


def kinds(result):
    return [(e["type"], e["mode"]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


def test_mengampuni_tahanan_a_release(run):
    out = run(["Presiden Belarus mengampuni lebih dari 30 narapidana pada Jumat."])
    assert ("RETREAT", "release") in kinds(out[0])


def test_mengampuni_dosa_is_no_release(run):
    out = run(["Semoga Tuhan mengampuni dosa para korban."])
    assert "RETREAT" not in types(out[0])


def test_membalas_dengan_tarif_a_sanction(run):
    out = run(["Kanada membalas dengan bea masuk 25 persen terhadap baja Amerika Serikat."])
    assert "SANCTION" in types(out[0])


def test_mengancam_akan_merebut_a_threat_of_force(run):
    out = run(["Pemberontak M23 mengancam akan merebut Kinshasa dalam sepekan."])
    assert ("THREATEN", "violence") in kinds(out[0])


def test_berbagi_informasi_dengan_cooperation(run):
    out = run(["Angkatan laut Indonesia berbagi informasi dengan Angkatan Laut Australia."])
    assert "COOPERATE" in types(out[0])


def test_berbagi_informasi_kepada_wartawan_is_no_cooperation(run):
    out = run(["Polisi berbagi informasi kepada wartawan di Jakarta."])
    assert "COOPERATE" not in types(out[0])


def test_menyatakan_keluar_dari_a_discontinued_membership(run):
    out = run(["Mali menyatakan keluar dari ECOWAS pada Minggu."])
    assert ("SANCTION", "discontinue") in kinds(out[0])


def test_menyatakan_mundur_dari_partai_is_no_sanction(run):
    out = run(["Menteri itu menyatakan mundur dari partai."])
    assert "SANCTION" not in types(out[0])


def test_ditabrak_a_passive_assault(run):
    out = run(["Kapal nelayan Vietnam ditabrak kapal patroli Malaysia pada Rabu."])
    assert "ASSAULT" in types(out[0])


def test_disemprot_a_passive_assault(run):
    out = run(["Kapal Filipina disemprot meriam air oleh penjaga pantai China."])
    assert "ASSAULT" in types(out[0])


def test_menenggelamkan_kapal_an_assault(run):
    out = run(["Ukraina menenggelamkan sebuah kapal pendarat Rusia di Laut Hitam."])
    assert ("ASSAULT", "destroy") in kinds(out[0])


def test_flood_sinking_houses_is_no_assault(run):
    out = run(["Hujan deras menenggelamkan ratusan rumah di Jakarta."])
    assert "ASSAULT" not in types(out[0])


def test_bersua_dengan_a_meeting(run):
    out = run(["Presiden Prabowo bersua dengan Presiden Putin di St Petersburg."])
    assert "CONSULT" in types(out[0])


def test_tidak_menggubris_desakan_a_defiance(run):
    out = run(["Israel tidak menggubris desakan internasional untuk menghentikan operasinya."])
    assert "REJECT" in types(out[0])


def test_mengabaikan_putusan_a_defiance(run):
    out = run(["Israel mengabaikan putusan Mahkamah Internasional soal Rafah."])
    assert "REJECT" in types(out[0])


def test_menghentikan_pendanaan_untuk_a_discontinued_aid(run):
    out = run(["Amerika Serikat menghentikan pendanaan untuk UNRWA pada Januari."])
    assert ("SANCTION", "discontinue") in kinds(out[0])


def test_memangkas_dana_at_home_is_no_sanction(run):
    out = run(["Pemerintah daerah memangkas dana perjalanan dinas."])
    assert "SANCTION" not in types(out[0])


def test_memasukkan_ke_daftar_kontrol_ekspor_a_sanction(run):
    out = run(["China memasukkan 12 perusahaan AS ke daftar kontrol ekspor."])
    assert "SANCTION" in types(out[0])


def test_menyambut_keputusan_an_endorsement(run):
    out = run(["Jepang menyambut keputusan Korea Selatan soal pembebasan tahanan."])
    assert "SUPPORT" in types(out[0])


def test_membela_an_actor_support(run):
    out = run(["Amerika Serikat membela Israel di Dewan Keamanan PBB."])
    assert "SUPPORT" in types(out[0])


def test_membela_diri_is_no_support(run):
    out = run(["Filipina berhak membela diri di perairannya."])
    assert "SUPPORT" not in types(out[0])


def test_tidak_akan_tunduk_a_refusal_to_yield(run):
    out = run(["Menteri Luar Negeri Estonia menegaskan negaranya tidak akan tunduk pada tekanan Rusia."])
    assert ("REJECT", "yield") in kinds(out[0])
    assert "CONCEDE" not in types(out[0])


def test_belum_akan_mencabut_the_act_refused_is_no_event(run):
    out = run(["Pemerintah Aljazair menegaskan belum akan mencabut larangan impor gandum Prancis."])
    assert ("REJECT", "yield") in kinds(out[0])
    assert types(out[0]) == ["REJECT"]


def test_pressure_refuses_nothing(run):
    out = run(["Kementerian Luar Negeri Kuba menyatakan bahwa tekanan Washington tidak akan menghentikan "
               "upaya Havana membuka perdagangan dengan tetangganya."])
    assert "REJECT" not in types(out[0])


def test_mendeportasi_people_are_coerced(run):
    out = run(["Pemerintah Thailand mendeportasi 40 warga Kamboja pekan lalu."])
    assert ("COERCE", "deport") in kinds(out[0])
    assert "SANCTION" not in types(out[0])


def test_membuka_kembali_bagi_bantuan_is_access_granted(run):
    out = run(["Pemerintah Yordania membuka kembali perlintasan Allenby bagi truk bantuan kemanusiaan pada Senin."])
    assert ("RETREAT", "access") in kinds(out[0])
    assert "CONCEDE" not in types(out[0])
