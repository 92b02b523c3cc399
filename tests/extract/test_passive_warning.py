"""A warning told in the passive ("X was warned by Y that ...") is Y's threat to X, not X's to Y."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events


def test_warned_by_that_it_would_is_the_agent_s_threat(run):
    out = run(["Caracas was warned by Washington that it would face strikes if the boats kept coming."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in events(out[0], "THREATEN")] == [(["USA"], ["VEN"])]


def test_warned_by_of_a_response_is_the_agent_s_threat(run):
    out = run(["Vilnius was warned by Minsk of a harsh response to any new border closure."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in events(out[0], "THREATEN")] == [(["BLR"], ["LTU"])]


def test_the_active_warning_keeps_its_sides(run):
    out = run(["Minsk warned Vilnius that it would respond to any new border closure."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in events(out[0], "THREATEN")] == [(["BLR"], ["LTU"])]
