"""The sd-en2 rules (the right type with the wrong or missing side, English first), each on sentences of its own,
with the rule and without it where the rule is in ROLE_RULES."""

from __future__ import annotations

from streams.extract.events import roles
from test_r_actors import both   # (sources, targets, modality) of a type, with and without a role rule


def _sides(run, paragraphs, kind, lang="en"):
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in run(paragraphs, lang=lang)[-1]["events"] if e["type"] == kind]


def test_leader_protested(run):
    # A leader of the protesters' own state, named after the act of the street, is whom they protest against.
    assert _sides(run, ["Chilean dockworkers staged a general strike against President Gabriel Boric's pension "
                        "reform."], "PROTEST") == [(["Chile"], ["Gabriel Boric"])]
    assert _sides(run, ["Ribuan buruh Argentina mogok menentang kebijakan Presiden Javier Milei."], "PROTEST",
                  "id") == [(["buruh Argentina"], ["Javier Milei"])]
    # One who leads them ("led by") is of their side.
    assert all("Raila Odinga" not in targets for _, targets in _sides(
        run, ["Thousands of Kenyans marched in Nairobi on Sunday, led by opposition leader Raila Odinga."],
        "PROTEST"))


def test_pair_named_as_object_by_a_collective(run):
    # "both capitals", "the two governments" as the object: the pair of the latest act between two.
    got, bare = both(run, roles.pair_named_as_object,
                     ["Georgian troops clashed with Russian forces near Tskhinvali.",
                      "The Swiss envoy travelled to both capitals on Monday."], "en", "CONSULT")
    assert got == [(["Switzerland"], ["Georgian troops – Russian forces"], "asserted")]
    assert bare == []
    # "both leaders": the two persons who met last.
    got, bare = both(run, roles.pair_named_as_object,
                     ["Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday.",
                      "French President Emmanuel Macron phoned both leaders on Tuesday."], "en", "CONSULT")
    assert got == [(["Emmanuel Macron"], ["Recep Tayyip Erdogan", "Vladimir Putin"], "asserted")]
    assert got != bare


def test_subject_before_an_aspectual_verb(run):
    # "after Rwanda began thinning out": the subject of the clause, past "began" (grammar preverbal), after a
    # word that is a preposition elsewhere.
    assert _sides(run, ["Days after Rwanda began thinning out its troop presence in the region, insurgents "
                        "attacked."], "RETREAT") == [(["Rwanda"], [])]


def test_a_short_name_of_a_state(run):
    # "Burkina" alone, as wire copy names Burkina Faso after its first mention (countries.jsonl).
    assert _sides(run, ["Burkina had threatened in August to shut all trade routes with Ivory Coast."],
                  "THREATEN") == [(["Burkina Faso"], ["Ivory Coast"])]


def test_people_of_place_not_at_an_envoy_s_post(run):
    # "Russia's envoy in Vienna" is where the envoy is posted, not where the students rallied: they are Tehran's.
    out = run(["In Tehran, hundreds of students rallied outside the British embassy, while Russia's envoy in "
               "Vienna said Moscow would veto the move."], lang="en")[-1]
    assert [[a["country"] for a in e["sources"]] for e in out["events"] if e["type"] == "PROTEST"] == [["IRN"]]
    # A place after the act itself stays its people's.
    assert _sides(run, ["Thousands of people protested in Tbilisi on Sunday."], "PROTEST")[0][0] == ["Georgia"]


def test_a_deal_named_back(run):
    # "welcomed the deal": the parties of the deal signed before (event_anaphors.jsonl), not the last speaker.
    assert _sides(run, ["Armenia and Azerbaijan signed a peace deal in Washington on Friday.",
                        "\"This is a historic day,\" the Qatari mediator Majed al-Ansari said. The European Union "
                        "welcomed the deal."], "SUPPORT") == [(["European Union"], ["Armenia", "Azerbaijan"])]


def test_a_word_before_a_compound_participle_names_nobody(run):
    # "Kurdish-held districts" is no person (grammar compound_participles): the object is the force named after.
    assert _sides(run, ["Syrian government forces shelled Kurdish-held districts of Aleppo on Thursday and the "
                        "Syrian Democratic Forces (SDF) hit back with drones."], "ASSAULT")[0] == \
        (["Syrian government"], ["Syrian Democratic Forces"])
    # A hyphenated name stays one ("Won-sik").
    assert _sides(run, ["President Kassym-Jomart Tokayev met Park Won-sik in Astana."], "CONSULT") == \
        [(["Kassym-Jomart Tokayev"], ["Park Won-sik"])]
    # The object after its patron ("the Iran-backed Houthis", grammar patron_words) is the actor after it.
    assert _sides(run, ["Israel struck the Iran-backed Houthis in Yemen on Monday."], "ASSAULT") == \
        [(["Israel"], ["Houthis"])]


def test_a_state_s_adjective_after_a_compound_prefix_names_no_state(run):
    # "Pan-American Highway", "Inter-American Development Bank" (grammar compound_name_prefixes): no U.S. actor.
    out = run(["QUITO, Feb 9 (Reuters) - Police detained 42 people who had blocked the Pan-American Highway "
               "near Otavalo."], lang="en")[-1]
    assert all(a["country"] != "USA" for e in out["events"] for a in (*e["sources"], *e["targets"]))
    assert any(e["type"] == "COERCE" for e in out["events"])


def test_reporter_goes_on_to_ask_a_body_of_its_own_state(run):
    # "X said …, and urged the government to …": the reporter asks its own state's body (own_body_asked).
    got, bare = both(run, roles.reporter_goes_on,
                     ["NAIROBI, June 3 (Reuters) - Opposition leader Raila Odinga said the police had killed 12 "
                      "people, and urged the government to open an inquiry."], "en", "REQUEST")
    assert got == [(["Raila Odinga"], ["government"], "asserted")]
