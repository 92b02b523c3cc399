"""English dense wire leads (q19-en-secondary): AID, PROTEST, SANCTION, SUPPORT and CONCEDE
told as the lead's second act, beside its main verb."""

from __future__ import annotations

from event_checks import event_sides


def test_crowd_of_a_second_clause_is_not_the_lead_subject(run):
    """"X froze funding as thousands of protesters rallied in Tbilisi": the crowd protests, not X."""
    out = run(["The European Union froze funding for Georgia on Friday as thousands of protesters "
               "rallied outside parliament in Tbilisi."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["GEO"]]
    assert event_sides(out[0], "SANCTION") == [(["EU"], ["GEO"])]


def test_named_crowd_of_a_second_clause(run):
    out = run(["Hungary blocked the aid on Tuesday as hundreds of Ukrainians protested outside the "
               "Hungarian embassy in Kyiv."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["UKR"]]
