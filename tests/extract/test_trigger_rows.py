"""Trigger rows written with LEMMA tokens (lang/<code>/event_triggers.jsonl): each
takes the inflected forms of its verb, and only the forms its "forms" names."""

from __future__ import annotations


def kinds(result):
    return [(e["type"], e["mode"]) for e in result["events"]]


def codes(actors):
    return [a["country"] or a["code"] for a in actors]


def test_closed_road_any_inflection_of_close(run):
    for verb in ("closed", "closes", "is closing", "sealed off"):
        out = run([f"Armenia {verb} the road to the border area."], lang="en")
        assert ("COERCE", "restrict") in kinds(out[0]), verb


def test_called_a_general_strike(run):
    out = run(["Unions in France called a general strike for Thursday."], lang="en")
    assert ("PROTEST", "strike") in kinds(out[0])


def test_came_under_attack_is_passive(run):
    out = run(["Ukrainian positions near Bakhmut came under attack by Russian forces on Monday."], lang="en")
    attack = [e for e in out[0]["events"] if e["type"] == "ASSAULT"]
    assert attack and codes(attack[0]["sources"]) == ["RUS"]


def test_indonesian_passive_forms_of_attack_verbs(run):
    for verb in ("digempur", "dibombardir", "digerebek"):
        out = run([f"Kota Kharkiv {verb} pasukan Rusia pada Senin malam."])
        attack = [e for e in out[0]["events"] if e["type"] == "ASSAULT"]
        assert attack and codes(attack[0]["sources"]) == ["RUS"], verb


def test_the_active_form_is_not_taken_by_a_passive_only_row(run):
    out = run(["Pasukan itu bertahan di kota Kharkiv pada Senin malam."])
    assert [e for e in out[0]["events"] if e["type"] == "ASSAULT"] == []


def test_melarang_aksi_a_ban(run):
    out = run(["Pemerintah Thailand melarang aksi unjuk rasa di Bangkok."])
    assert ("COERCE", "ban") in kinds(out[0])


def test_memperpanjang_larangan_masuk_a_restriction(run):
    out = run(["Latvia memperpanjang larangan masuk bagi warga Rusia."])
    assert ("COERCE", "restrict") in kinds(out[0])
