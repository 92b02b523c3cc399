"""PLOVER's modes and CAMEO codes as the rows and rules give them (helper q17-plover)."""

from __future__ import annotations

from event_checks import codes_or_names, found, one

from streams.extract.events import readings


def test_shelling_is_a_heavy_weapons_fight(run):
    e = one(run, "Russian forces shelled the city of Kherson overnight, killing two civilians.", "ASSAULT")
    assert (e["mode"], e["cameo"]) == ("heavy_weapons", "194")


def test_the_weapon_before_the_verb_names_the_mode(run):
    e = one(run, "Russian missiles struck a power station in Lviv overnight.", "ASSAULT")
    assert (e["mode"], e["cameo"]) == ("aerial", "195")


def test_menembaki_is_a_firearms_fight(run):
    e = one(run, "Tentara Myanmar menembaki warga desa di Sagaing pada Selasa.", "ASSAULT", lang="id")
    assert (e["mode"], e["cameo"]) == ("firearms", "193")


def test_serangan_pesawat_nirawak_is_a_drone_strike(run):
    e = one(run, "Serangan pesawat nirawak Rusia menghantam kota Odesa pada Kamis.", "ASSAULT", lang="id")
    assert e["mode"] == "drone"


def test_a_fight_without_a_weapon_named_keeps_no_mode(run):
    e = one(run, "M23 rebels attacked an army base near Goma on Sunday.", "ASSAULT")
    assert e["mode"] is None


def test_a_hosted_visit_is_a_visit_by_the_guest(run):
    e = one(run, "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana "
                 "Merdeka pada Senin.", "CONSULT", lang="id")
    assert e["mode"] == "visit" and codes_or_names(e["sources"]) in (["MYS"], ["Anwar Ibrahim"])
    assert not found(run(["Oman hosted talks between Iran and the United States in Muscat."], lang="en")[0],
                     "CONSULT", "visit")


def test_weapon_named(run):
    text = ["Russian forces shelled the city of Kherson overnight, killing two civilians."]
    rules = readings.EVENT_RULES
    at = rules.index(readings.weapon_named)
    with_rule = [(e["mode"], e["cameo"]) for e in found(run(text, lang="en")[0], "ASSAULT")]
    rules.pop(at)
    try:
        bare = [(e["mode"], e["cameo"]) for e in found(run(text, lang="en")[0], "ASSAULT")]
    finally:
        rules.insert(at, readings.weapon_named)
    assert with_rule == [("heavy_weapons", "194")] and bare == [(None, "190")]


def test_a_threat_takes_its_mode_from_the_act_threatened(run):
    e = one(run, "Russia threatened to strike Kyiv if the West supplied long-range missiles.", "THREATEN")
    assert (e["mode"], e["cameo"]) == ("violence", "138")
    e = one(run, "Presiden AS Donald Trump mengancam akan mengenakan sanksi baru terhadap Venezuela.", "THREATEN",
            lang="id")
    assert (e["mode"], e["cameo"]) == ("restrict", "1312")
    e = one(run, "Turki memberikan ultimatum kepada Swedia untuk menindak kelompok Kurdi.", "THREATEN", lang="id")
    assert e["cameo"] == "139"
