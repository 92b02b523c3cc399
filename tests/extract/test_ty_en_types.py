"""English wire copy whose type a word sense decides (ty-en): a strike with an object is force,
a labour strike is named by its adjective, a label that charges accuses, an envoy called in is
summoned."""

from __future__ import annotations

from event_checks import event_sides, found


def test_vowed_to_strike_an_object_threatens_force(run):
    """"promised to strike any convoy": an attack threatened, not a labour strike."""
    out = run(["Al-Shabaab promised to strike any convoy bound for Mogadishu.",
               "Hamas vowed to hit the Israeli army wherever it advances."], lang="en")
    assert len(event_sides(out[0], "THREATEN")) == 1
    assert found(out[0], "PROTEST") == []
    assert event_sides(out[1], "THREATEN") == [(["HAMAS"], ["ISR"])]


def test_labour_strike_named_by_its_adjective(run):
    """"announcing a general strike": a strike planned, not a military one."""
    out = run(["Serbian students announced a general strike for Wednesday.",
               "Kenyan teachers set a nationwide strike for Monday."], lang="en")
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "PROTEST"] == ["planned"]
    assert found(out[0], "ASSAULT") == []
    assert [s for s, _ in event_sides(out[1], "PROTEST")] == [["KEN"]]


def test_dismissed_as_a_charge_accuses(run):
    """"dismissed the measures as illegal" calls the measures a wrong: a charge, not a refusal."""
    out = run(["Beijing dismissed the new tariffs as a violation of trade rules, the ministry said.",
               "Caracas dismissed the American offer as irrelevant."], lang="en")
    assert [s for s, _ in event_sides(out[0], "ACCUSE")] == [["CHN"]]
    assert found(out[0], "REJECT") == []
    assert found(out[1], "ACCUSE") == []


def test_envoy_called_in(run):
    """The state whose envoy is called in is summoned, not a party named after the summons."""
    out = run(["Poland called in Russia's ambassador over the drone incursion, officials in Warsaw said.",
               "Manila hauled in the Chinese envoy on Friday, Philippine officials said."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["POL"], ["RUS"])]
    assert event_sides(out[1], "ACCUSE") == [(["PHL"], ["CHN"])]


def test_relief_carried(run):
    """Ships or planes sent loaded with relief goods bring aid; warships carrying marines are still a deployment."""
    out = run(["India dispatched two navy ships loaded with rice and medicine to Sri Lanka after the cyclone.",
               "China deployed warships carrying marines near Taiwan."], lang="en")
    assert event_sides(out[0], "AID") == [(["IND"], ["LKA"])]
    assert found(out[0], "MOBILIZE") == []
    assert event_sides(out[1], "MOBILIZE") == [(["CHN"], ["TWN"])]
    out = run(["Malaysia mengirim dua kapal perang yang membawa bantuan kemanusiaan ke Myanmar."], lang="id")
    assert event_sides(out[0], "AID") == [(["MYS"], ["MMR"])]


def test_wire_wordings_of_verbal_acts(run):
    """Wordings wire copy gives verbal acts and measures: a pledge undertaken, access sought, a proposal
    spurned, unrest pinned on a party, force vowed, bases ceded, visas frozen."""
    cases = [("Ankara undertook to reopen the border crossing with Armenia.", "AGREE", ["TUR"]),
             ("South Korea sought consular access to the detained workers in Cambodia.", "REQUEST", ["KOR"]),
             ("Ethiopian Prime Minister Abiy Ahmed vowed to press on, spurning an African Union proposal for "
              "talks.", "REJECT", ["ETH"]),
             ("Georgian Prime Minister Irakli Kobakhidze pinned the violence on opposition parties.", "ACCUSE",
              ["GEO"]),
             ("Iran said its forces would respond with overwhelming force to any attack by Israel.", "THREATEN",
              ["IRN"]),
             ("France will cede three bases to the Senegalese army by July.", "RETREAT", ["FRA"]),
             ("The European Union froze visa-free travel for Georgian diplomats.", "SANCTION", ["EU"])]
    out = run([text for text, _, _ in cases], lang="en")
    for (text, kind, sources), got in zip(cases, out):
        assert sources in [s for s, _ in event_sides(got, kind)], text


def test_not_ruled_out_is_no_refusal(run):
    """"have not ruled out buying X": an option left open, not a rejection; "ruled out" alone still one."""
    out = run(["Chinese officials have not ruled out buying Australian barley again.",
               "The Kremlin ruled out a ceasefire with Ukraine before the summit."], lang="en")
    assert found(out[0], "REJECT") == []
    assert [s for s, _ in event_sides(out[1], "REJECT")] == [["RUS"]]


def test_water_cannoned_as_a_verb(run):
    """"rammed and water-cannoned a boat": two acts of force, the second a verb made of a weapon's name."""
    out = run(["A Chinese coast guard ship rammed and water-cannoned a Vietnamese fishing boat near the Paracels."],
              lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["CHN"], ["VNM"]), (["CHN"], ["VNM"])]


def test_act_said_to_amount_to_a_crime(run):
    """"said the seizure amounted to theft": the speaker charges the doer named with the act."""
    out = run(["Beijing said the detention of its fishermen by Manila amounted to harassment."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["CHN"], ["PHL"])]
