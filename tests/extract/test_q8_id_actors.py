"""Indonesian actors and speakers on wire copy (q8-id-actors), one sentence of my own each."""

from __future__ import annotations

from event_checks import codes_or_names


def speakers(out, para=0):
    """(speaker code or name, quote text) of each quote of a paragraph."""
    return [(codes_or_names([q["speaker"]])[0] if q.get("speaker") else None, q["text"]) for q in out[para]["quotes"]]


# countries.jsonl abbreviations: a national body by its own short name is its state
def test_bare_indonesian_agency_speaks_for_indonesia(run):
    out = run(["BMKG menyebut gempa bermagnitudo 5,8 di Maluku itu tidak berpotensi tsunami."])
    assert speakers(out) == [("IDN", "gempa bermagnitudo 5,8 di Maluku itu tidak berpotensi tsunami")]


def test_bare_russian_state_company_speaks_for_russia(run):
    out = run(["Rosatom menyatakan siap membangun reaktor modular kecil di Kalimantan."])
    assert [s for s, _ in speakers(out)] == ["RUS"]
