"""q17-id-recall: Indonesian wire copy of conflict and coercion as it is really worded
(reciprocal fire "terlibat baku tembak", strikes "menargetkan ... dengan rudal", funds
withheld, forced dispersal)."""

from __future__ import annotations

from event_checks import codes_or_names, found


def sides_of(result, kind):
    return [(codes_or_names(e["sources"]), codes_or_names(e["targets"]), e["modality"]) for e in found(result, kind)]


def test_two_sides_caught_in_a_firefight_both_fire(run):
    [r] = run(["Tentara Thailand dan Kamboja terlibat baku tembak di perbatasan pada Sabtu pagi."])
    assert sides_of(r, "ASSAULT") == [(["THA", "KHM"], [], "asserted")]


def test_a_target_struck_with_a_weapon_is_attacked(run):
    [r] = run(["Rusia menyasar infrastruktur energi Ukraina dengan puluhan drone."])
    assert sides_of(r, "ASSAULT") == [(["RUS"], ["UKR"], "asserted")]


def test_a_target_set_without_a_weapon_is_no_attack(run):
    [r] = run(["Pemerintah menargetkan pertumbuhan ekonomi 8 persen dengan investasi asing."])
    assert found(r, "ASSAULT") == []


def test_funds_held_back_are_withheld(run):
    [r] = run(["Israel kembali menahan dana pajak milik Otoritas Palestina."])
    assert [e["mode"] for e in found(r, "COERCE")] == ["withhold"]


def test_a_rate_held_is_nothing_withheld(run):
    [r] = run(["Bank Indonesia menahan suku bunga acuan di level 6 persen pada Rabu."])
    assert r["events"] == []


def test_a_crowd_dispersed_by_force(run):
    [r] = run(["Polisi Kenya membubarkan paksa ribuan demonstran di Nairobi."])
    assert [(e["type"], e["mode"]) for e in r["events"]] == [("COERCE", "repress")]
