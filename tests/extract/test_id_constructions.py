"""Indonesian events worded by a construction rather than a plain active verb
(lang/id/event_triggers.jsonl, ids "*.nid.*"): each on a sentence of its own."""

from __future__ import annotations


def events(result):
    return [(e["type"], e["source"] and (e["source"].get("code") or e["source"].get("country")),
             [t.get("code") or t.get("country") for t in e["targets"]]) for e in result["events"]]


def types(result):
    return [e["type"] for e in result["events"]]


# di- passives without their agent


def test_orang_ditahan_without_agent_an_arrest(run):
    out = run(["Pemerintah Filipina menyatakan para nelayan itu ditahan karena memasuki zona ekonomi eksklusif."])
    assert "COERCE" in types(out[0])


def test_ditahan_with_its_agent_keeps_the_agent_row(run):
    out = run(["Sebanyak 12 nelayan Indonesia itu ditahan aparat Malaysia di perairan Tanjung Datu."])
    assert ("COERCE", "MYS", ["IDN"]) in events(out[0])


def test_menahan_diri_is_no_arrest(run):
    out = run(["Kami harus menahan diri, kata Menteri Luar Negeri Mesir."])
    assert "COERCE" not in types(out[0])


def test_dikerahkan_untuk_a_deployment(run):
    out = run(["Militer Thailand mengatakan 2.000 tentara telah dikerahkan untuk menjaga perbatasan dengan Kamboja."])
    assert "MOBILIZE" in types(out[0])
