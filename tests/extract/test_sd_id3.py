"""The sd-id3 changes (Indonesian sides wrong or missing), each on sentences of its own."""

from __future__ import annotations

from streams.extract.events import roles
from test_r_actors import both   # (sources, targets, modality) of a type, with and without a role rule


def _sides(run, texts, kind, lang="id"):
    """(sources, targets) by name of the last paragraph's events of a type."""
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in run(texts, lang=lang)[-1]["events"] if e["type"] == kind]


def _countries(run, texts, kind, lang="id"):
    """(source countries or codes, target countries or codes) of the last paragraph's events of a type."""
    return [([a["country"] or a["code"] for a in e["sources"]], [a["country"] or a["code"] for a in e["targets"]])
            for e in run(texts, lang=lang)[-1]["events"] if e["type"] == kind]


def test_restriction_at_home(run):
    got, bare = both(run, roles.restriction_at_home,
                     ["Pemerintah Peru memberlakukan larangan berkumpul di ibu kota pada Selasa."], "id", "COERCE")
    assert [t for _, t, _ in got] == [["PER"]] and [t for _, t, _ in bare] != [["PER"]]
    # Lifted: the same people.
    got = _countries(run, ["Pada Kamis, pemerintah Peru mencabut larangan berkumpul di ibu kota."], "CONCEDE")
    assert got == [(["PER"], ["PER"])]


def test_group_acronym_before_a_name(run):
    # A group's bare acronym between a title and a name is the person's body, not part of the name.
    got = _sides(run, ["Pimpinan ADF Musa Baluku mengancam akan menyerang kota itu."], "THREATEN")
    assert got and got[0][0] == ["Musa Baluku"]
    got = _countries(run, ["Pimpinan ADF Musa Baluku mengancam akan menyerang kota itu."], "THREATEN")
    assert got[0][0] == ["ADF"]


def test_name_with_an_elided_particle(run):
    got = _sides(run, ["Jenderal Abdourahamane N'Diaye mengecam ECOWAS pada Senin."], "ACCUSE")
    assert got and got[0][0] == ["Abdourahamane N'Diaye"]
