"""English actors and roles on wire copy (round 8): one sentence of my own per rule."""

from __future__ import annotations

from event_checks import event_sides


def test_means_of_the_charge_is_the_accused(run):
    r = run(["Moscow accused Washington on Tuesday of prolonging the war in Ukraine by supplying "
             "long-range missiles to Kyiv."], lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["RUS"], ["USA"])]
    assert event_sides(r, "AID") == [(["USA"], ["UKR"])]


def test_extradited_to_the_receiving_state(run):
    r = run(["Peru extradited a Chilean businessman to the United States on Thursday."], lang="en")[0]
    assert event_sides(r, "COOPERATE") == [(["PER"], ["USA"])]


def test_portfolio_before_a_title_is_no_name(run):
    r = run(["\u201cThe rules apply to everyone,\u201d EU Trade Commissioner Maros Sefcovic told reporters.",
             "\u201cWe are ready,\u201d Economy Commissioner Paolo Gentiloni said."], lang="en")
    assert [q["speaker"]["name"] for q in r[0]["quotes"]] == ["Maros Sefcovic"]
    assert [q["speaker"]["name"] for q in r[1]["quotes"]] == ["Paolo Gentiloni"]


def test_the_west_before_no_capital(run):
    r = run(["The West has imposed sweeping sanctions on Russia.",
             "Israeli troops raided a refugee camp in the West Bank on Monday."], lang="en")
    assert event_sides(r[0], "SANCTION") == [(["WEST"], ["RUS"])]
    assert event_sides(r[1], "ASSAULT") == [(["ISR"], ["PSE"])]


def test_charge_after_an_act_is_on_whom_it_acted(run):
    r = run(["Vietnam expelled three Chinese nationals accused of spying."], lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["VNM"], ["CHN"])]
    r = run(["Two Russian diplomats were expelled by Norway after being accused of espionage."], lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["NOR"], ["RUS"])]


def test_title_alone_is_the_office_of_the_dateline_state(run):
    r = run(["BAKU, May 3 (Reuters) - The foreign minister condemned Armenia for the shelling of border villages."],
            lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["AZE"], ["ARM"])]


def test_owner_of_the_proposal_inside_the_trigger(run):
    r = run(["Israel accepted a U.S. proposal for a truce in Lebanon."], lang="en")[0]
    assert event_sides(r, "AGREE") == [(["ISR"], ["USA"])]


def test_european_proposal_is_the_eu(run):
    r = run(["Tehran rejected the European demand to halt uranium enrichment.",
             "European countries pledged aid to Sudan."], lang="en")
    assert event_sides(r[0], "REJECT") == [(["IRN"], ["EU"])]
    assert not any("EU" in s for s, _ in event_sides(r[1], "AID"))


def test_accused_each_other(run):
    r = run(["Thailand and Cambodia accused each other of starting the border clashes."], lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["THA", "KHM"], [])]


def test_pair_anaphor_skips_the_venue_city(run):
    r = run(["Armenia and Azerbaijan held talks in Almaty on Friday. Both countries agreed to exchange prisoners."],
            lang="en")[0]
    agree = [e for e in r["events"] if e["type"] == "AGREE"]
    assert agree and set(agree[0]["sources"][0].get("members") or ()) | {
        a["country"] for a in agree[0]["sources"] if a["country"]} >= {"ARM", "AZE"}
    assert "KAZ" not in (agree[0]["sources"][0].get("members") or ())


def test_the_countrys_body_is_the_state_named_last(run):
    r = run(["Egypt's economy has slowed sharply this year.",
             "The country's foreign ministry summoned the Ethiopian ambassador on Sunday."], lang="en")
    assert event_sides(r[1], "ACCUSE") == [(["EGY"], ["ETH"])]


def test_surname_after_a_hyphenated_particle(run):
    r = run(["Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Masoud Pezeshkian in Baghdad.",
             "Sudani also held talks with Turkish President Recep Tayyip Erdogan."], lang="en")[1]
    talks = [e for e in r["events"] if e["type"] == "CONSULT"]
    assert talks and [a["name"] for a in talks[0]["sources"]] == ["Mohammed Shia al-Sudani"]


def test_judgement_from_a_party_is_aimed_at_the_doer(run):
    r = run(["Russia's strikes on Ukrainian power plants drew condemnation from Poland."], lang="en")[0]
    assert event_sides(r, "ACCUSE") == [(["POL"], ["RUS"])]
