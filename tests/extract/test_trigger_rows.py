"""Trigger rows written with LEMMA tokens (lang/<code>/event_triggers.jsonl): each
takes the inflected forms of its verb, and only the forms its "forms" names."""

from __future__ import annotations

from event_checks import codes


def kinds(result):
    return [(e["type"], e["mode"]) for e in result["events"]]


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


def events(result, kind):
    return [e for e in result["events"] if e["type"] == kind]


def test_was_blamed_for_is_passive(run):
    out = run(["Russia was blamed by Ukraine for the attack on the power plant."], lang="en")
    accuse = events(out[0], "ACCUSE")
    assert accuse and codes(accuse[0]["sources"]) == ["UKR"]


def test_stabbed_an_assault(run):
    out = run(["Russian soldiers stabbed a Ukrainian prisoner of war."], lang="en")
    assert events(out[0], "ASSAULT")


def test_was_rejected_is_passive(run):
    out = run(["The proposal was rejected by China on Monday."], lang="en")
    reject = events(out[0], "REJECT")
    assert reject and codes(reject[0]["sources"]) == ["CHN"]


def test_imposed_a_naval_blockade(run):
    out = run(["Israel imposed a naval blockade on Gaza."], lang="en")
    assert ("COERCE", "restrict") in kinds(out[0])


def test_evacuated_its_embassy_a_withdrawal(run):
    out = run(["The United States evacuated its embassy in Kabul."], lang="en")
    assert ("RETREAT", "withdraw") in kinds(out[0])


def test_membunuh_and_dibunuh_assaults(run):
    assert events(run(["Pasukan Israel membunuh tiga warga Palestina di Jenin."])[0], "ASSAULT")
    assert events(run(["Tiga warga Palestina dibunuh pasukan Israel di Jenin."])[0], "ASSAULT")


def test_ditolak_a_passive_rejection(run):
    out = run(["Usulan Rusia itu ditolak Ukraina."])
    reject = events(out[0], "REJECT")
    assert reject and codes(reject[0]["sources"]) == ["UKR"]


def test_every_lemma_row_goes_to_the_sequence_matcher():
    # spaCy's Matcher sees no lemmas on our blank pipelines: a LEMMA row too big
    # for the SequenceMatcher (over MAX_PHRASES word combinations) would never match.
    import json
    from pathlib import Path

    from streams.extract.patterns import choices
    lang_dir = Path(__file__).resolve().parents[2] / "streams" / "extract" / "lang"
    for path in sorted(lang_dir.glob("*/event_triggers.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and "LEMMA" in json.dumps(row["pattern"]):
                assert choices(row["pattern"]) is not None, (path.parent.name, row["id"])


def test_live_rounds_after_tear_gas_is_a_second_act(run):
    out = run(["Togolese gendarmes fired tear gas and live rounds at students in Lomé."], lang="en")
    assert ("ASSAULT", "crowd_control") in kinds(out[0]) and ("ASSAULT", "firearms") in kinds(out[0])


def test_live_ammunition_carried_is_no_act(run):
    out = run(["Togolese gendarmes were armed with rifles and live ammunition, officials said."], lang="en")
    assert ("ASSAULT", "firearms") not in kinds(out[0])
