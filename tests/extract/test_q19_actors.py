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


def test_body_owned_by_its_after_and_is_the_subjects(run):
    # "… and its foreign ministry summoned": Germany's ministry, not that of the Chinese diplomats named last
    got = run(["Germany expelled two Chinese diplomats over a spying case and its foreign ministry "
               "summoned China's ambassador."], "en")[0]
    summons = [e for e in got["events"] if e["type"] == "ACCUSE"]
    assert [[a["country"] for a in e["sources"]] for e in summons] == [["DEU"]]
    assert [[a["country"] for a in e["targets"]] for e in summons] == [["CHN"]]
    # after a subordinator, the state named last still owns it
    got = run(["The Philippines protested to China after its coast guard fired water cannon."], "en")[0]
    assert [[a["country"] for a in e["sources"]] for e in got["events"] if e["type"] == "ASSAULT"] == [["CHN"]]


def test_body_with_a_modifier_before_its_country(run):
    # "otoritas maritim Malaysia": the Malaysian body, not bare "otoritas" of the state named last
    got = run(["Israel menahan dua aktivis. Enam nelayan asal Aceh diamankan otoritas maritim Malaysia, Selasa."],
              "id")[0]
    sources = [a for e in got["events"] if e["type"] == "COERCE" for a in e["sources"]]
    assert [a["country"] for a in sources][-1] == "MYS"


def test_object_clitic_on_a_verb_outranks_the_contents_party(run):
    # "mendesaknya memulai perundingan dengan Hamas": Abbas is urged, Hamas is in what he is urged to do
    got = run(["Presiden Turki Recep Tayyip Erdogan menerima Presiden Palestina Mahmoud Abbas di Ankara dan "
               "mendesaknya memulai perundingan dengan Hamas."], "id")[0]
    assert acts(got, "REQUEST") == [(["Recep Tayyip Erdogan"], ["Mahmoud Abbas"])]
