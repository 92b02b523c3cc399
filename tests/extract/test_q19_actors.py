"""q19-actors: the parties of secondary acts in dense wire leads."""

from __future__ import annotations


def acts(result, kind):
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in result["events"] if e["type"] == kind]


def test_object_group_ends_where_a_member_opens_its_own_clause(run):
    # "…ke Gaza, dan Afrika Selatan menyambut baik": South Africa welcomes; it is not let in
    got = run(["Mahkamah Internasional memerintahkan Israel mengizinkan masuknya bantuan ke Gaza, "
               "dan Afrika Selatan menyambut baik putusan tersebut."], "id")[0]
    assert all("Afrika Selatan" not in targets for _, targets in acts(got, "RETREAT"))
    # a list of objects is kept whole
    got = run(["Jepang menjatuhkan sanksi terhadap Rusia, Belarus, dan Iran."], "id")[0]
    assert acts(got, "SANCTION") == [(["Jepang"], ["Rusia", "Belarus", "Iran"])]


def test_coordinated_verb_skips_the_object_before_a_place(run):
    # "bertemu Wakil Presiden Iran di Teheran dan menyampaikan": the visitor conveys, not Iran
    got = run(["Wakil Menteri Luar Negeri Anis Matta bertemu Wakil Presiden Iran di Teheran dan menyampaikan "
               "dukungan Indonesia terhadap perjuangan rakyat Palestina."], "id")[0]
    assert acts(got, "SUPPORT") == [(["Anis Matta"], ["Palestina"])]
