"""Rules from the second and third Indonesian blind sets (q2-id)."""

from __future__ import annotations

from event_checks import event_sides


def test_label_on_an_act_named_back_accuses_its_doer(run):
    out = run(["Angkatan laut Vietnam menembaki dua kapal nelayan Filipina di dekat Kepulauan Spratly, Senin.",
               "Manila menyebut penembakan itu sebagai \"perbuatan pengecut\" dalam sebuah pernyataan."])
    assert event_sides(out[1], "ACCUSE") == [(["PHL"], ["VNM"])]


def test_outlet_desk_dateline_does_not_place_a_foreign_story(run):
    out = run(["Jakarta, CNN Indonesia -- Ribuan mahasiswa Chile berunjuk rasa di Santiago menentang "
               "kenaikan tarif listrik, Senin (3/11).",
               "Polisi menangkap puluhan mahasiswa di depan gedung kongres pada malam harinya."])
    assert [s for s, _ in event_sides(out[1], "COERCE")] == [["CHL"]]


def test_people_fired_on_a_few_words_past_the_trigger_are_the_states_own(run):
    out = run(["Polisi Peru menembakkan gas air mata berulang kali ke arah ratusan demonstran di pusat kota Lima."])
    assert event_sides(out[0], "ASSAULT") == [(["PER"], ["PER"])]


def test_students_a_state_releases_at_home_are_its_own(run):
    out = run(["Polisi Peru membebaskan 15 mahasiswa pada Selasa malam setelah pemeriksaan selesai."])
    assert event_sides(out[0], "RETREAT") == [(["PER"], ["PER"])]


def test_no_tolerance_given_is_a_threat(run):
    out = run(["Indonesia tidak akan memberi toleransi kepada kapal-kapal Vietnam yang menangkap ikan secara "
               "ilegal di Natuna."])
    assert event_sides(out[0], "THREATEN") == [(["IDN"], ["VNM"])]


def test_an_agreement_made_in_a_meeting_is_a_meeting_of_its_parties(run):
    out = run(["Menteri Pertahanan Indonesia dan Menteri Pertahanan Malaysia sepakat memperluas patroli laut "
               "bersama dalam pertemuan di Kota Kinabalu, Selasa."])
    assert [sorted(s + t) for s, t in event_sides(out[0], "CONSULT")] == [["IDN", "MYS"]]


def test_in_that_meeting_names_the_meeting_back_and_is_no_new_one(run):
    out = run(["Dalam pertemuan itu, Indonesia dan Malaysia juga membahas perbatasan laut."])
    assert [e["trigger"]["text"] for e in out[0]["events"] if e["type"] == "CONSULT"] == ["membahas"]


def test_a_door_kept_open_to_talks_is_willingness_to_meet(run):
    out = run(["Kementerian Luar Negeri Peru menyatakan tetap membuka pintu dialog dengan Chile meski hubungan "
               "kedua negara memanas."])
    assert event_sides(out[0], "AGREE") == [(["PER"], ["CHL"])]
    assert out[0]["events"][0]["cameo"] == "036"
