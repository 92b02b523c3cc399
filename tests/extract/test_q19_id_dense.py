"""q19-id-dense: Indonesian dense wire leads, where the second and third acts are packed
into a result clause ("sehingga ..."), a purpose, a relative clause or a noun."""

from __future__ import annotations

from event_checks import codes_or_names, found


def sides_of(result, kind):
    return [(codes_or_names(e["sources"]), codes_or_names(e["targets"]), e["modality"]) for e in found(result, kind)]


def test_a_result_clause_has_its_own_subject(run):
    [r] = run(["Rusia meluncurkan drone ke Ukraina, sehingga Polandia mengerahkan jet tempur "
               "dan memanggil kuasa usaha Rusia di Warsawa."])
    assert sides_of(r, "ACCUSE") == [(["POL"], ["RUS"], "asserted")]
