"""THREATEN and RETREAT shapes of the fifth round, one sentence each (my own)."""

from __future__ import annotations

from streams.extract.events import roles


def sides_of(out, kind):
    return [([a["country"] or a["name"] for a in e["sources"]], [a["country"] or a["name"] for a in e["targets"]])
            for e in out[0]["events"] if e["type"] == kind]


def test_en_held_by_released_the_holder_frees(run):
    out = run(["Twelve Thai soldiers held by Cambodia since the border clash were released on Saturday."], lang="en")
    assert sides_of(out, "RETREAT") == [(["KHM"], ["THA"])]


def test_id_ditawan_dibebaskan_the_holder_frees(run):
    out = run(["Dua nelayan Indonesia yang ditawan Malaysia sejak pekan lalu dibebaskan pada Senin."])
    assert sides_of(out, "RETREAT") == [(["MYS"], ["IDN"])]


def test_holder_releases_is_a_role_rule():
    assert roles.holder_releases in roles.ROLE_RULES

