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
