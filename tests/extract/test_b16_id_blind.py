"""Indonesian rows from the blind development set's misses (b-id-rules): a pejorative label quoted
right after the thing labelled, without "sebagai", and full coordinating-ministry titles."""

from __future__ import annotations

from event_checks import event_sides, found


def test_menyebut_x_quoted_pejorative_is_disapproval(run):
    out = run(["Juru bicara Kementerian Luar Negeri Tiongkok Mao Ning menyebut tuduhan Washington "
               "“tidak berdasar” dalam jumpa pers di Beijing."])
    assert event_sides(out[0], "ACCUSE") == [(["CHN"], ["USA"])]


def test_menyebut_x_quoted_threat_label(run):
    out = run(["Presiden Kolombia Gustavo Petro menyebut blokade laut Amerika Serikat ''ancaman terhadap "
               "kedaulatan'', Rabu (5/11)."])
    assert [s for s, _ in event_sides(out[0], "ACCUSE")] == [["COL"]]


def test_menyebut_x_quoted_praise_is_no_accusation(run):
    out = run(["Menteri Luar Negeri Jepang Takeshi Iwaya menyebut pertemuan itu \"sangat produktif\" "
               "dan berharap dialog berlanjut."])
    assert found(out[0], "ACCUSE") == []


def test_full_coordinating_ministry_title_is_not_part_of_the_name(run):
    out = run(["Menteri Koordinator Bidang Perekonomian Airlangga Hartarto bertemu Menteri Perdagangan "
               "Malaysia Tengku Zafrul Aziz di Jakarta, Senin (4/8)."])
    names = [a.get("name") for e in out[0]["events"] for a in e["sources"]]
    assert "Airlangga Hartarto" in names


def test_mengeluarkan_pernyataan_bersama_is_a_joint_signing(run):
    out = run(["Presiden Vietnam Luong Cuong dan Presiden Prabowo Subianto mengeluarkan pernyataan bersama "
               "tentang kemitraan strategis komprehensif di Jakarta, Rabu (12/3)."])
    assert [sorted(s) for s, _ in event_sides(out[0], "SUPPORT")] == [["IDN", "VNM"]]


def test_fisheries_bureau_is_a_body_of_the_country_after_it(run):
    out = run(["Kapal Penjaga Pantai China menembakkan meriam air ke kapal Biro Perikanan Filipina di dekat "
               "Second Thomas Shoal, Senin (3/3)."])
    assert event_sides(out[0], "ASSAULT") == [(["CHN"], ["PHL"])]


def test_mencegat_a_counted_fleet_is_coercion(run):
    out = run(["Angkatan Laut Israel mencegat lebih dari 20 kapal bantuan menuju Gaza di perairan "
               "internasional, Rabu (8/10)."])
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["ISR"]]


def test_menahan_about_n_activists_is_an_arrest(run):
    out = run(["Polisi Turki menahan sekitar 300 aktivis dalam unjuk rasa di Istanbul, Minggu (5/10)."])
    assert [e["mode"] for e in out[0]["events"] if e["type"] == "COERCE"] == ["arrest"]


def test_menahan_diri_is_no_arrest(run):
    out = run(["Kementerian Luar Negeri RI meminta semua pihak menahan diri dan melindungi warga sipil."])
    assert found(out[0], "COERCE") == []
