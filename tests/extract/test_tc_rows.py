"""Rows for THREATEN, COOPERATE, AGREE and CONCEDE wordings from a census of wire-style sentences
(brief tc): one sentence of my own per row, and the readings a row must not take."""

from __future__ import annotations

import event_checks

from streams.extract import extract_paragraphs


def events(text: str, kind: str, lang: str = "en") -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": lang}]))
    return [(*event_checks.sides(e), e["modality"]) for e in event_checks.found(result, kind)]


# THREATEN (en)


def test_could_face_sanctions_is_a_threat():
    found = events("Washington warned Ankara on Monday, saying Turkish firms could face sanctions.", "THREATEN")
    assert any(s == ["USA"] and t == ["TUR"] for s, t, _ in found)


def test_face_sanctions_without_a_modal_is_no_threat_row():
    assert events("Russian banks face sanctions under the new package.", "THREATEN") == []


def test_is_a_red_line_is_a_threat():
    assert events("China said on Tuesday that the island's independence was a red line.", "THREATEN")


def test_ready_to_go_to_war_is_a_threat():
    found = events("Venezuela said it was ready to go to war over the disputed region.", "THREATEN")
    assert [s for s, _, _ in found] == [["VEN"]]


# CONCEDE (en)


def test_scrapped_a_levy_is_a_concession():
    assert events("Ghana's government scrapped a levy on electronic payments after weeks of protests.", "CONCEDE")


def test_withdrew_a_bill_is_no_concession_row():
    assert events("The opposition withdrew its bill from the agenda on Tuesday.", "CONCEDE") == []


def test_postponed_an_increase_in_tariffs_is_a_concession():
    found = events("Washington postponed a planned increase in tariffs on Canadian lumber.", "CONCEDE")
    assert [s for s, _, _ in found] == [["USA"]]


# COOPERATE (en)


def test_launched_a_joint_project_is_cooperation():
    found = events("Germany and France launched a joint project to build a new fighter jet.", "COOPERATE")
    assert found and set(found[0][0]) | set(found[0][1]) >= {"DEU"}


# THREATEN (id)


def test_dapat_dikenai_sanksi_is_a_threat():
    found = events("Washington menyatakan perusahaan Turki dapat dikenai sanksi atas pembelian minyak Iran.",
                   "THREATEN", "id")
    assert [s for s, _, _ in found] == [["USA"]]


def test_dikenai_sanksi_without_a_modal_is_no_threat():
    assert events("Perusahaan Rusia itu dikenai sanksi oleh Uni Eropa pekan lalu.", "THREATEN", "id") == []


def test_akan_ditindak_tegas_is_a_threat():
    found = events("Menteri Pertahanan Sjafrie Sjamsoeddin menegaskan setiap penyusup akan ditindak tegas.",
                   "THREATEN", "id")
    assert len(found) == 1


def test_akan_dibalas_after_a_warning_is_the_same_threat():
    found = events("Korea Utara memperingatkan Korea Selatan bahwa latihan itu akan dibalas dengan tindakan tegas.",
                   "THREATEN", "id")
    assert len(found) == 1


def test_siap_berperang_is_a_threat():
    found = events("Venezuela menyatakan siap berperang demi wilayah sengketa itu.", "THREATEN", "id")
    assert [s for s, _, _ in found] == [["VEN"]]


# CONCEDE (id)


def test_membatalkan_tunjangan_is_a_concession():
    assert events("Parlemen Kenya membatalkan tunjangan perumahan anggota dewan setelah unjuk rasa.", "CONCEDE", "id")


def test_menghentikan_pajak_needs_the_levy_close():
    assert events("Kenya menghentikan impor gula dan menaikkan pajak atas rokok.", "CONCEDE", "id") == []


def test_mengecualikan_dari_sanksi_is_easing():
    assert events("Departemen Keuangan AS mengecualikan Hungaria dari sanksi minyak Rusia.", "CONCEDE", "id")


# AGREE (en, id)


def test_ready_to_extend_the_deal_is_agreement():
    found = events("Moscow said it was ready to extend the grain deal for another 60 days.", "AGREE")
    assert [s for s, _, _ in found] == [["RUS"]]


def test_siap_memperpanjang_kesepakatan_is_agreement():
    found = events("Rusia menyatakan siap memperpanjang kesepakatan gandum selama 60 hari.", "AGREE", "id")
    assert [s for s, _, _ in found] == [["RUS"]]


# THREATEN (en, id): a loss named with its condition, an attack on "any" comer


def test_would_lose_aid_unless_is_a_threat():
    found = events("Washington said Bogota would lose U.S. assistance unless it curbed coca production.", "THREATEN")
    assert [s for s, _, _ in found] == [["USA"]]


def test_would_lose_without_a_condition_is_no_threat():
    assert events("Farmers would lose access to export markets, the Indian trade ministry said.", "THREATEN") == []


def test_akan_menyerang_setiap_is_a_threat():
    found = events("Houthi menyatakan akan menargetkan setiap kapal AS di Laut Merah.", "THREATEN", "id")
    assert len(found) == 1
