"""Indonesian rows from the b2/b3 blind sets' misses (r-id): suspending or lifting controls,
rules, fees and restrictions is CONCEDE ease;
readiness to help, mediate or hand over to a named partner ("siap menengahi X") is an offer, AGREE 030;
a meeting with a qualifier before its partner ("pertemuan tertutup dengan X") is a meeting, CONSULT 040;
raising alertness ("meningkatkan kewaspadaan") is MOBILIZE 152, tightening security ("memperketat pengamanan")
MOBILIZE police 153; sending a carrier loaded with goods ("mengirimkan dua pesawat berisi ...") is AID 073;
a downing by an agent ("penembakan jatuh X oleh Y", "ditembak jatuh oleh") is ASSAULT 195 by the agent;
naming a person by an insult ("menyebut X sebagai diktator / \"parasit\"") is ACCUSE 111 against X."""

from __future__ import annotations

from event_checks import event_sides, found


def test_menangguhkan_pemberlakuan_aturan_is_concession(run):
    out = run(["Kementerian Perdagangan Korea Selatan menangguhkan pemberlakuan aturan kontrol ekspor "
               "terhadap perusahaan Jepang mulai pekan depan."])
    assert found(out[0], "CONCEDE")


def test_mencabut_biaya_is_concession(run):
    out = run(["Pemerintah Kanada akan mencabut biaya tambahan bagi kapal-kapal berbendera Meksiko "
               "mulai 1 Maret."])
    assert found(out[0], "CONCEDE")


def test_siap_membantu_a_partner_is_an_offer(run):
    out = run(["Menteri Luar Negeri Singapura menyatakan negaranya siap menengahi Thailand dan Kamboja "
               "dalam sengketa perbatasan."])
    assert found(out[0], "AGREE")


def test_siap_membantu_without_partner_is_no_offer(run):
    out = run(["Kepala Badan Nasional Penanggulangan Bencana mengatakan 5.000 relawan siap membantu."])
    assert found(out[0], "AGREE") == []


def test_pertemuan_tertutup_dengan_is_a_meeting(run):
    out = run(["Menteri Luar Negeri Sugiono tiba di Hanoi untuk kunjungan kerja yang diisi pertemuan tertutup "
               "dengan Menteri Luar Negeri Vietnam Bui Thanh Son."])
    assert found(out[0], "CONSULT", None)


def test_meningkatkan_kewaspadaan_is_an_alert(run):
    out = run(["Kepala Staf Gabungan Korea Selatan menyatakan militer Korea Selatan meningkatkan kewaspadaan "
               "setelah peluncuran rudal Korea Utara."])
    assert found(out[0], "MOBILIZE")


def test_memperketat_pengamanan_is_a_police_deployment(run):
    out = run(["Kepolisian Thailand memperketat pengamanan di sekitar gedung parlemen di Bangkok menjelang "
               "unjuk rasa."])
    assert found(out[0], "MOBILIZE", "police")


def test_kirim_pesawat_berisi_is_aid(run):
    out = run(["Pemerintah Jepang mengirimkan tiga pesawat angkut berisi 25 ton tenda dan obat-obatan untuk "
               "korban gempa di Filipina, Senin (6/10)."])
    assert found(out[0], "AID")


def test_penembakan_jatuh_oleh_is_an_air_attack_by_the_agent(run):
    out = run(["Mali memanggil pulang duta besarnya dari Aljazair sebagai protes atas penembakan jatuh sebuah "
               "drone militer Mali oleh Aljazair pekan lalu."])
    assert event_sides(out[0], "ASSAULT") == [(["DZA"], ["MLI"])]


def test_menyebut_person_sebagai_insult_is_disapproval_of_that_person(run):
    out = run(["Kementerian Luar Negeri Rusia menyebut Presiden Ukraina Volodymyr Zelensky sebagai diktator."])
    assert event_sides(out[0], "ACCUSE") == [(["RUS"], ["UKR"])]
