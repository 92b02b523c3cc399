"""Who acts on whom (issue 14, q10-roles): the actor side of events in both languages."""

from __future__ import annotations

from event_checks import event_sides, found


def test_agent_after_topic(run):
    """An act named as a topic ("sebagai balasan atas", "terkait") with its agent after "oleh" is the agent's."""
    result = run(["Kemlu memanggil Duta Besar Australia terkait penahanan tiga nelayan Indonesia "
                  "oleh otoritas Australia di Laut Timor."], lang="id")[0]
    assert (["AUS"], ["IDN"]) in event_sides(result, "COERCE")
