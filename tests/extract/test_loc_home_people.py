"""People held or freed at home with no country of their own (own_people's held_people_nouns), on sentences of
their own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides as roles


def test_own_people_anyone_arrested(run):
    """own_people: "people" arrested by a state's police are that state's ("arrested more than 40 people")."""
    out = run(["Bolivian police arrested more than 40 people after the clashes in El Alto."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["BOL"], ["BOL"])


def test_own_people_prisoners_freed(run):
    """own_people: prisoners a state frees in an amnesty are its own ("freed 1,200 prisoners")."""
    out = run(["Cambodia's government freed 1,200 prisoners in an amnesty on Monday."], lang="en")
    (release,) = events(out[0], "RETREAT")
    assert roles(release) == (["KHM"], ["KHM"])


def test_own_people_orang_ditangkap(run):
    """own_people: "orang" yang ditangkap polisi sebuah negara adalah warganya ("menangkap 80 orang")."""
    out = run(["Polisi Bolivia menangkap 80 orang setelah bentrokan di El Alto pada Minggu."], lang="id")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["BOL"], ["BOL"])

