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


def test_bare_body_after_a_conjunction(run):
    # "junta" right after a conjunction is its clause's subject, the body of the story's state.
    got = _countries(run, ["Jakarta, CNN Indonesia -- Tentara Kemerdekaan Kachin (KIA) menyerang pos militer di Bhamo, "
                           "Myanmar, pada Senin, sementara junta militer membalas dengan serangan udara ke desa-desa."],
                     "ASSAULT")
    assert (["MMR"], ["KIA"]) in got


def test_body_word_heading_a_national_body(run):
    # "junta" before "militer Niger" heads it: later "junta" names Niger's, not the dateline's state.
    got = _countries(run, ["Abuja (ANTARA) - ECOWAS menjatuhkan sanksi terhadap junta militer Niger pada Kamis "
                           "setelah junta menolak membebaskan presiden terguling."], "REJECT")
    assert got and got[0][0] == ["NER"]


def test_body_noun_named_back_past_describing_words(run):
    texts = ["Abuja (ANTARA) - ECOWAS menjatuhkan sanksi terhadap junta militer Niger pada Kamis.",
             "Blok beranggotakan 15 negara itu juga mengancam akan mengerahkan pasukan."]
    got = _countries(run, texts, "THREATEN")
    assert got and got[0][0] == ["ECOWAS"]
    # A verb between the noun and the demonstrative: no back-reference spans it.
    got = _sides(run, ["Brussel (ANTARA) - Uni Eropa menjatuhkan sanksi baru terhadap Rusia pada Senin.",
                       "Blok menolak usulan itu pada Selasa."], "REJECT")
    assert all("usulan" not in " ".join(s) for s, _ in got)


def test_place_of_a_jurisdiction_title(run):
    # A generated place right after a governor's title is his province, not the first part of his name.
    got = _sides(run, ["Gubernur Borno Babagana Zulum mengecam serangan itu."], "ACCUSE")
    assert got and got[0][0] == ["Babagana Zulum"]


def test_dateline_of_two_agencies(run):
    # "Abuja (Antara/Reuters) -": the dateline places the story, so a bare army is Nigeria's.
    got = _countries(run, ["Abuja (Antara/Reuters) - Amnesty International meminta militer menyelidiki laporan itu."],
                     "REQUEST")
    assert got and got[0][1] == ["NGA"]


def test_no_place_past_a_verb(run):
    # The place of a journey before the verb does not place the army the verb names.
    got = _countries(run, ["Abuja (Antara/Reuters) - Presiden Bola Tinubu membatalkan kunjungannya ke Addis Ababa dan "
                           "memerintahkan militer mengerahkan pasukan tambahan."], "MOBILIZE")
    assert got and got[0][0] == ["NGA"]


def test_doer_past_adjunct(run):
    got, bare = both(run, roles.doer_past_adjunct,
                     ["Doha (ANTARA) - Delegasi Sudan dan RSF menggelar perundingan di Jeddah pada Rabu dengan mediasi "
                      "Arab Saudi dan Amerika Serikat, dan sepakat memperpanjang gencatan senjata selama 30 hari."],
                     "id", "AGREE")
    assert [s for s, _, _ in got] == [["Delegasi Sudan", "Rapid Support Forces"]]
    assert [s for s, _, _ in bare] != [["Delegasi Sudan", "Rapid Support Forces"]]


def test_portfolio_before_a_body(run):
    # Title, portfolio, body, name: the body is the person's, the name a person.
    got = _countries(run, ["Airlangga menelepon Komisioner Perdagangan Uni Eropa Maros Sefcovic pada Rabu."], "CONSULT")
    names = _sides(run, ["Airlangga menelepon Komisioner Perdagangan Uni Eropa Maros Sefcovic pada Rabu."], "CONSULT")
    assert names and names[0][1] == ["Maros Sefcovic"] and got[0][1] == ["EU"]


def test_commander_of_forces(run):
    got, bare = both(run, roles.commander_of_forces,
                     ["Lima (ANTARA) - Presiden Peru Dina Boluarte memerintahkan militer dan polisi mengerahkan "
                      "pasukan tambahan ke perbatasan."], "id", "MOBILIZE")
    assert [s for s, _, _ in got] == [["Dina Boluarte"]] and [s for s, _, _ in bare] != [["Dina Boluarte"]]
