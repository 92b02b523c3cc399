"""Accusations and condemnations as wire copy words them (ACCUSE): the accuser named after
"from"/"dari" in a nominal accusation, and a charge of responsibility inside reported words."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found

# Rows: the accuser after "from" / "dari" (voice passive: the actor after the marker acts)


def test_criticism_from_names_the_critic(run):
    out = run(["The new dam project drew strong criticism from Egypt on Monday."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "ACCUSE", "disapprove")] == [["EGY"]]


def test_kecaman_datang_dari_names_the_critic(run):
    out = run(["Kecaman keras juga datang dari Brasil setelah serangan itu."], lang="id")
    assert [codes(e["sources"]) for e in found(out[0], "ACCUSE", "disapprove")] == [["BRA"]]
