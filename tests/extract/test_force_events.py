"""Force and violence events (ASSAULT, COERCE, MOBILIZE, THREATEN) as wire copy
states them: passives with the agent after "by"/"oleh", nominal forms, weapons
launched at a place, arrests, seizures, censorship, deployments and threats."""

from __future__ import annotations


def events(result, kind):
    return [e for e in result["events"] if e["type"] == kind]


def codes(actors):
    return [a["country"] or a["code"] or a["name"] for a in actors]


def roles(event):
    return codes(event["sources"]), codes(event["targets"])


def test_killed_by_the_agent_after_by(run):
    out = run(["Two paramedics were killed by Israeli fire near Jabalia in Gaza on Wednesday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["ISR"]


def test_hit_by_a_water_cannon_the_agent_past_its_article(run):
    out = run(["One Philippine vessel was hit by a Chinese water cannon near the shoal."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["CHN"], ["PHL"])


def test_blocked_by_ships_a_coercion(run):
    out = run(["Two Philippine coast guard vessels were blocked by Chinese ships on Saturday."], lang="en")
    (block,) = events(out[0], "COERCE")
    assert roles(block) == (["CHN"], ["PHL"])


def test_launched_drones_at_a_city(run):
    out = run(["Russia launched dozens of drones and ballistic missiles at Kyiv overnight."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_sent_warplanes_toward_a_party_a_deployment(run):
    out = run(["China sent 30 warplanes and nine navy ships toward Taiwan on Wednesday."], lang="en")
    assert events(out[0], "AID") == []
    (move,) = events(out[0], "MOBILIZE")
    assert roles(move) == (["CHN"], ["TWN"])


def test_deployed_divisions_a_deployment(run):
    out = run(["India deployed two additional army divisions to its border with China."], lang="en")
    assert events(out[0], "MOBILIZE")


def test_detained_a_crew_named_by_its_country(run):
    out = run(["Seoul detained the crew of a North Korean fishing boat on Friday."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["KOR"], ["PRK"])


def test_arrested_with_a_count(run):
    out = run(["Malian security forces arrested 11 opposition leaders in Bamako."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["arrest"]


def test_an_arrest_warrant_is_no_arrest(run):
    out = run(["The ICC issued an arrest warrant for Vladimir Putin."], lang="en")
    assert events(out[0], "COERCE") == []


def test_suspended_broadcasters_censorship(run):
    out = run(["Niger suspended two broadcasters for three months."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["censor"]


def test_threatened_to_cut_off_exports(run):
    out = run(["Niger threatened to cut off electricity exports to Benin."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["NER"], ["BEN"])


def test_warned_a_party_of_consequences(run):
    out = run(["Niger warned France of serious consequences for any interference."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["NER"], ["FRA"])
