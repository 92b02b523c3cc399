"""English acts once dropped for want of a side (helper parties-en), each tested on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events


def test_state_sentences_a_person_of_its_own(run):
    out = run(["A Peruvian court sentenced former President Martin Vizcarra to 14 years in prison."], lang="en")
    (sentence,) = events(out[0], "SANCTION")
    assert [a["country"] for a in sentence["sources"]] == ["PER"]
    assert [a["name"] for a in sentence["targets"]] == ["Martin Vizcarra"]


def test_own_person_not_past_a_preposition(run):
    out = run(["In 2020 security forces crushed mass protests against President Alexander Lukashenko."], lang="en")
    assert all(a["name"] != "Alexander Lukashenko" for e in out[0]["events"] for a in e["targets"])


def test_own_person_not_past_and_after_a_report(run):
    out = run(["The minister said Chile had failed to act and accused Gabriel Boric of shielding smugglers."],
              lang="en")
    assert not any(a["country"] == "CHL" and e["type"] == "ACCUSE" for e in out[0]["events"] for a in e["sources"])


def test_it_said_it_is_the_reporter_of_the_sentence_before(run):
    out = run(["Poland's foreign ministry said the border would stay shut. It said it had summoned the Belarusian "
               "ambassador."], lang="en")
    (summons,) = events(out[0], "ACCUSE")
    assert [a["country"] for a in summons["sources"]] == ["POL"]


def test_reporter_goes_on_past_its_own_report(run):
    out = run(["Japan's coast guard said a Chinese ship entered its waters. It said it had stepped up surveillance "
               "and was sharing information with Australia."], lang="en")
    (sharing,) = events(out[0], "COOPERATE")
    assert [a["country"] for a in sharing["sources"]] == ["JPN"]
    assert [a["country"] for a in sharing["targets"]] == ["AUS"]


def test_force_goes_on_in_participle(run):
    out = run(["Riot police fired water cannon at students in Nairobi, detaining dozens."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert [a["country"] for a in arrest["sources"]] == ["KEN"]
    assert [a["country"] for a in arrest["targets"]] == ["KEN"]


def test_force_goes_on_in_a_participle_past_the_crowd_acting(run):
    out = run(["Serbian police fired stun grenades at students who tried to break into the state broadcaster, "
               "arresting several, as the government blamed foreign agents."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert [a["country"] for a in arrest["sources"]] == ["SRB"]


def test_bare_national_object(run):
    out = run(["Mali's junta expelled the French ambassador.",
               "The European Union said it was suspending budget support to the junta."], lang="en")
    (cut,) = events(out[1], "SANCTION")
    assert [a["country"] for a in cut["targets"]] == ["MLI"]


def test_bare_national_object_not_a_modifier(run):
    out = run(["Presiden AS Joe Biden bertemu Zelensky dan mengumumkan paket bantuan militer baru untuk Ukraina."],
              lang="id")
    assert not any(a["country"] == "USA" and a["type"] == "ORG" for e in out[0]["events"] for a in e["targets"])


def test_owner_of_an_act_noun_past_a_sum(run):
    out = run(["Zelensky welcomed France's new 300 million euro military aid package for Kyiv."], lang="en")
    (aid,) = events(out[0], "AID")
    assert [a["country"] for a in aid["sources"]] == ["FRA"]
    assert [a["country"] for a in aid["targets"]] == ["UKR"]


def test_object_relative_with_joined_doers(run):
    out = run(["Rwandan President Paul Kagame, whom Kinshasa and the European Union accuse of arming the rebels, "
               "denied the charge."], lang="en")
    (charge,) = events(out[0], "ACCUSE")
    assert sorted(a["country"] or a["code"] for a in charge["sources"]) == ["COD", "EU"]
    assert [a["name"] for a in charge["targets"]] == ["Paul Kagame"]


def test_object_relative_past_a_determiner(run):
    out = run(["Ethiopia, which the African Union accuses of massing troops, denied the charge."], lang="en")
    (charge,) = events(out[0], "ACCUSE")
    assert [a["country"] for a in charge["targets"]] == ["ETH"]
