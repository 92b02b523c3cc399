"""Indonesian rows from the second and third blind sets' misses (q3-id): a disapproving label after a
demonstrative ("menyebut langkah itu sebagai 'tindakan permusuhan'", "menyebutnya pelanggaran")."""

from __future__ import annotations

from event_checks import event_sides, found


def test_menyebut_np_itu_quoted_hostility_is_disapproval(run):
    out = run(["Pemerintah Filipina menyebut manuver kapal China itu sebagai \"tindakan permusuhan\" "
               "di perairan Laut China Selatan, Kamis (4/9)."])
    assert [s for s, _ in event_sides(out[0], "ACCUSE")] == [["PHL"]]


def test_menyebut_np_tersebut_bias_is_disapproval(run):
    out = run(["Menteri Luar Negeri Venezuela Yvan Gil menyebut laporan tersebut bias dan tidak berdasar."])
    assert [s for s, _ in event_sides(out[0], "ACCUSE")] == [["VEN"]]


def test_menyebutnya_violation_is_disapproval(run):
    out = run(["Kamboja menembaki pos perbatasan Thailand, dan Bangkok menyebutnya pelanggaran gencatan senjata."])
    assert ["THA"] in [s for s, _ in event_sides(out[0], "ACCUSE")]


def test_menyebut_np_itu_praise_is_no_accusation(run):
    out = run(["Menteri Luar Negeri Singapura Vivian Balakrishnan menyebut kunjungan itu sebagai "
               "\"langkah yang bermanfaat\" bagi kawasan."])
    assert found(out[0], "ACCUSE") == []


def test_acts_listed_after_termasuk_in_an_agreement_are_planned(run):
    out = run(["Filipina dan Vietnam sepakat memperluas kerja sama maritim di Laut China Selatan, "
               "termasuk berbagi data satelit dan melatih awak kapal patroli."])
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "COOPERATE"] == ["planned", "planned"]


def test_acts_listed_after_termasuk_in_a_past_act_stay_asserted(run):
    out = run(["Filipina dan Vietnam memperluas kerja sama maritim tahun lalu, termasuk berbagi data satelit."])
    got = [e["modality"] for e in out[0]["events"] if e["type"] == "COOPERATE"]
    assert got and set(got) == {"asserted"}


def test_protesters_demand_of_their_own_president_keeps_him_as_target(run):
    out = run(["NAIROBI - Para pengunjuk rasa menuntut Presiden William Ruto mundur setelah bentrokan di pusat kota."])
    assert [t for _, t in event_sides(out[0], "REQUEST")] == [["KEN"]]


def test_minister_not_dissenter_keeps_own_side_rule(run):
    out = run(["NAIROBI - Menteri Dalam Negeri Kenya menuntut Presiden William Ruto mundur."])
    assert [t for _, t in event_sides(out[0], "REQUEST")] in ([], [[]])
