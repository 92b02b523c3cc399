"""English dense wire leads (q19-en-secondary): AID, PROTEST, SANCTION, SUPPORT and CONCEDE
told as the lead's second act, beside its main verb."""

from __future__ import annotations

from event_checks import event_sides


def test_crowd_of_a_second_clause_is_not_the_lead_subject(run):
    """"X froze funding as thousands of protesters rallied in Tbilisi": the crowd protests, not X."""
    out = run(["The European Union froze funding for Georgia on Friday as thousands of protesters "
               "rallied outside parliament in Tbilisi."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["GEO"]]
    assert event_sides(out[0], "SANCTION") == [(["EU"], ["GEO"])]


def test_named_crowd_of_a_second_clause(run):
    out = run(["Hungary blocked the aid on Tuesday as hundreds of Ukrainians protested outside the "
               "Hungarian embassy in Kyiv."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["UKR"]]


def test_aid_as_a_participle_after_the_lead_act(run):
    """", announcing $1 billion in new aid for Ukraine": a second act, the visitor's."""
    out = run(["U.S. Secretary of State Antony Blinken arrived in Kyiv on Tuesday, announcing $1 billion "
               "in new aid for Ukraine."], lang="en")
    assert event_sides(out[0], "AID") == [(["USA"], ["UKR"])]


def test_aid_agencies_are_no_aid(run):
    out = run(["Blinken met with aid agencies in Amman on Monday."], lang="en")
    assert event_sides(out[0], "AID") == []


def test_sum_in_a_currency_word_is_aid_not_shelling(run):
    out = run(["Britain hosted the Sudan conference and gave 100 million pounds to Sudan."], lang="en")
    assert event_sides(out[0], "AID") == [(["GBR"], ["SDN"])]
    assert event_sides(out[0], "ASSAULT") == []


def test_caps_and_visas_eased_as_a_second_act(run):
    out = run(["Argentine truck drivers blockaded the border with Chile near Mendoza on Thursday, while "
               "Buenos Aires lifted a cap on Chilean fruit imports."], lang="en")
    assert event_sides(out[0], "CONCEDE") == [(["ARG"], ["CHL"])]
    out = run(["The European Union waived visa requirements for Moldovan officials on Monday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "CONCEDE")] == [["EU"]]


def test_a_visa_waiver_scrapped_is_no_easing(run):
    out = run(["Georgia scrapped visa-free travel for Russians on Friday."], lang="en")
    assert event_sides(out[0], "CONCEDE") == []


def test_removed_from_a_list_and_funds_unfrozen(run):
    out = run(["The United States removed Cuba from its list of state sponsors of terrorism."], lang="en")
    assert event_sides(out[0], "CONCEDE") == [(["USA"], ["CUB"])]
    out = run(["The EU unfroze 10 billion euros in funds for Hungary on Wednesday."], lang="en")
    assert event_sides(out[0], "CONCEDE") == [(["EU"], ["HUN"])]
    assert event_sides(out[0], "AID") == []


def test_welcomed_an_act_named_a_few_words_on(run):
    """"welcomed a $1 billion Saudi deposit", "backed Morocco's autonomy plan": backing, aimed at the act's author."""
    out = run(["Pakistan welcomed a $1 billion Saudi deposit on Saturday."], lang="en")
    assert event_sides(out[0], "SUPPORT") == [(["PAK"], ["SAU"])]
    out = run(["France backed Morocco's autonomy plan for Western Sahara on Tuesday."], lang="en")
    assert event_sides(out[0], "SUPPORT") == [(["FRA"], ["MAR"])]


def test_welcomed_any_steps_is_no_backing(run):
    out = run(["Moscow welcomed any steps that brought stability to the South Caucasus."], lang="en")
    assert event_sides(out[0], "SUPPORT") == []


def test_protests_named_after_amid(run):
    """"… amid mass protests in Tbilisi": a second act, of the people of the place named."""
    out = run(["Washington imposed sanctions on Georgian officials on Friday amid weeks of protests in Tbilisi."],
              lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["GEO"]]
    assert event_sides(out[0], "SANCTION") == [(["USA"], ["GEO"])]


def test_dockworkers_boycotting_a_ship_protest(run):
    out = run(["South African dockworkers boycotted an Israeli cargo ship in Durban on Friday."], lang="en")
    assert event_sides(out[0], "PROTEST") == [(["ZAF"], ["ISR"])]
    assert event_sides(out[0], "SANCTION") == []


def test_planes_loaded_with_aid_are_one_act(run):
    out = run(["Indonesia sent two Hercules planes loaded with aid to Myanmar on Monday."], lang="en")
    assert event_sides(out[0], "AID") == [(["IDN"], ["MMR"])]


def test_supported_an_act_said_in_a_second_clause(run):
    out = run(["Australia welcomed the decision, while New Zealand said it supported the ceasefire."], lang="en")
    assert sorted(s[0] for s, _ in event_sides(out[0], "SUPPORT")) == ["AUS", "NZL"]


def test_is_to_send_is_planned(run):
    """"Britain is to send": wire English for a plan."""
    out = run(["Britain is to send 20 million pounds in aid to Sudan."], lang="en")
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "AID"] == ["planned"]


def test_medical_teams_sent(run):
    out = run(["Japan condemned the shelling and is sending medical teams to Turkey."], lang="en")
    assert event_sides(out[0], "AID") == [(["JPN"], ["TUR"])]


def test_welcomed_a_deposit_to_is_no_visit(run):
    """"welcomed a $1 billion Saudi deposit to shore up …": backing, not a guest welcomed to a place."""
    out = run(["Pakistan welcomed a $1 billion Saudi deposit to shore up its reserves on Saturday."], lang="en")
    assert event_sides(out[0], "SUPPORT") == [(["PAK"], ["SAU"])]
    assert event_sides(out[0], "CONSULT") == []


def test_nationality_of_a_crowd_in_a_second_clause(run):
    """"…, as Mexican students rallied outside the Ecuadorean embassy": the Mexicans protest, not Ecuador."""
    out = run(["Ecuador expelled Mexico's ambassador on Thursday, as Mexican students rallied outside the "
               "Ecuadorean embassy in Mexico City."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["MEX"]]


def test_act_thanked_for_is_the_thanked_ones(run):
    """"thanked China for rolling over a $2 billion loan": China's aid, to the thanker."""
    out = run(["The IMF disbursed $1.1 billion to Pakistan on Wednesday, and Islamabad thanked China for "
               "rolling over a $2 billion loan."], lang="en")
    assert (["CHN"], ["PAK"]) in event_sides(out[0], "AID")
    out = run(["Kyiv thanked Berlin for sending two more Patriot systems."], lang="en")
    assert event_sides(out[0], "AID") == [(["DEU"], ["UKR"])]


def test_aim_is_never_at_its_own_doer(run):
    """"Kyiv welcomed Washington's decision to send long-range missiles": no U.S. aid to the U.S."""
    out = run(["Kyiv welcomed Washington's decision to send long-range missiles."], lang="en")
    assert all(set(s).isdisjoint(t) for s, t in event_sides(out[0], "AID"))


def test_sanction_and_easing_as_participles_after_the_lead_act(run):
    out = run(["Canada condemned the executions, recalling its ambassador from Tehran."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["CAN"], ["IRN"])]
    out = run(["Seoul hailed the deal, waiving tariffs on American beef."], lang="en")
    assert event_sides(out[0], "CONCEDE") == [(["KOR"], ["USA"])]


def test_the_lifting_of_a_ban_named_back_is_no_new_act(run):
    out = run(["Iwaya called the lifting of the ban an important step."], lang="en")
    assert event_sides(out[0], "CONCEDE") == []


def test_cooperation_suspended_as_a_participle(run):
    out = run(["France condemned the coup, suspending military cooperation with Niger."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["FRA"], ["NER"])]
