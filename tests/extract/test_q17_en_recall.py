"""English wire copy the extractor did not see at all (q17-en-recall): light-verb phrases,
relative clauses, receivers, agentless passives of arrests."""

from __future__ import annotations

from event_checks import event_sides, found


def test_agentless_passive_arrest_is_done_to_its_subject(run):
    """"X was taken into custody": X is acted on by no one named, not the one who acts."""
    out = run(["Opposition leader Davit Kipiani was taken into custody at his home on Friday."], lang="en")
    assert event_sides(out[0], "COERCE") == [([], ["Davit Kipiani"])]


def test_agentless_passive_killing_gives_no_event_of_its_own(run):
    out = run(["Two Malian soldiers were killed near Gao on Thursday."], lang="en")
    assert all(s == [] or s != t for s, t in event_sides(out[0], "ASSAULT"))


def test_percent_in_a_gap(run):
    """"%" stands inside a phrase's gap like a currency sign: "slapped 25% tariffs"."""
    out = run(["Washington slapped 25% tariffs on steel imports from Vietnam."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["USA"], ["VNM"])]


def test_blasted_with_water_cannon_is_force_not_criticism(run):
    out = run(["Chinese coast guard vessels blasted a Philippine supply boat with water cannon near "
               "Second Thomas Shoal."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["CHN"], ["PHL"])]
    assert found(out[0], "ACCUSE") == []


def test_banned_public_gatherings(run):
    out = run(["Turkish authorities banned all public gatherings in Hakkari for 15 days."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["TUR"]]


def test_sanctions_which_x_imposed(run):
    """A relative clause on the sanctions names who imposed them, and on whom."""
    out = run(["The sanctions, which Washington imposed on Caracas in March, target the state oil company.",
               "The sanctions, which were imposed in 2019, expired last week."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["USA"], ["VEN"])]
    assert found(out[1], "SANCTION") == []


def test_received_aid_from(run):
    """"received … from": the giver after "from" acts, the subject receives."""
    out = run(["Mozambique received 5,000 tonnes of maize from the World Food Programme after the cyclone.",
               "Kenya received a call from the Ethiopian prime minister."], lang="en")
    assert event_sides(out[0], "AID") == [(["WFP"], ["MOZ"])]
    assert found(out[1], "AID") == []


def test_long_system_name_and_rail_freight(run):
    out = run(["Germany delivered a second IRIS-T air defence system to Ukraine.",
               "Beijing suspended rail freight to Lithuania."], lang="en")
    assert event_sides(out[0], "AID") == [(["DEU"], ["UKR"])]
    assert event_sides(out[1], "SANCTION") == [(["CHN"], ["LTU"])]


def test_shot_down_and_sank(run):
    """Downing an aircraft or sinking a boat is force on its owner; air defences intercepting are not."""
    out = run(["Algerian forces shot down a Malian drone near the border.",
               "Russian air defences shot down a Ukrainian drone over the Kursk region.",
               "The ferry sank off Lampedusa."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["DZA"], ["MLI"])]
    assert found(out[1], "ASSAULT") == []
    assert found(out[2], "ASSAULT") == []


def test_internet_blackout_envoy_asked_to_leave_backed_down(run):
    out = run(["Authorities in Dhaka imposed a nationwide internet blackout on Friday.",
               "Lithuania asked Beijing's ambassador to leave.",
               "South Korea backed down on its plan to cap Japanese fishing quotas."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["BGD"]]
    assert event_sides(out[1], "SANCTION") == [(["LTU"], ["CHN"])]
    assert found(out[1], "REQUEST") == []
    assert [s for s, _ in event_sides(out[2], "CONCEDE")] == [["KOR"]]


def test_charged_act_kept_without_a_subject_of_its_own(run):
    """An act named by a charge in a time adjunct ("days after accusing X of …") is still the accused's."""
    out = run(["Poland closed the last Russian consulate on Monday, days after accusing Moscow of "
               "orchestrating an arson attack on a Warsaw shopping centre."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["POL"])]


def test_charged_with(run):
    out = run(["Polish prosecutors charged two Russian citizens with sabotage.",
               "Two Chinese nationals were charged with espionage in Manila.",
               "It was a politically charged debate with no result."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["POL"], ["RUS"])]
    assert event_sides(out[1], "ACCUSE") == [(["PHL"], ["CHN"])]
    assert found(out[2], "ACCUSE") == []


def test_ordered_foreign_staff_to_leave(run):
    """The state that orders another's embassy staff out expels them (was read the other way round)."""
    out = run(["Algeria ordered 12 French embassy staff to leave within 48 hours."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["DZA"], ["FRA"])]


def test_sum_granted_in_aid_and_deposit(run):
    out = run(["The Netherlands granted Ukraine another 500 million euros in military aid.",
               "Saudi Arabia deposited $3 billion in Pakistan's central bank.",
               "The court gave him two years in prison."], lang="en")
    assert event_sides(out[0], "AID") == [(["NLD"], ["UKR"])]
    assert event_sides(out[1], "AID") == [(["SAU"], ["PAK"])]
    assert found(out[2], "AID") == []


def test_called_the_decision_unjustified(run):
    out = run(["Algeria expelled 12 French diplomats. Paris called the decision unjustified.",
               "Analysts called the situation dangerous for the region."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["FRA"], ["DZA"])]
    assert found(out[1], "ACCUSE") == []


def test_act_noun_after_light_verb_is_the_subjects(run):
    """"launched an offensive against": the subject's own act, not an owned noun with no owner."""
    out = run(["Azerbaijan launched an offensive against Armenian forces.",
               "Ukraine's foreign minister said Russia must be held accountable for the strike on a hospital."],
              lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["AZE"], ["ARM"])]
    assert found(out[1], "ASSAULT") == []


def test_passive_arrest_past_an_adverb(run):
    """"was later jailed": the adverb between the auxiliary and the participle keeps the passive reading."""
    out = run(["Opposition leader Davit Kipiani was later jailed pending trial.",
               "Two French nationals were reportedly arrested in Iran."], lang="en")
    assert event_sides(out[0], "COERCE") == [([], ["Davit Kipiani"])]
    assert event_sides(out[1], "COERCE") == [(["IRN"], ["FRA"])]


def test_the_arrests_as_a_noun_is_no_new_arrest(run):
    """"criticised the arrests": the noun names arrests told before, not the critic's."""
    out = run(["Germany's foreign ministry criticised the arrests as a setback for Turkish democracy."], lang="en")
    assert found(out[0], "COERCE") == []


def test_verbal_attack_over_remarks_and_engaged_in_espionage(run):
    out = run(["Israel's foreign minister attacked Spain's prime minister over his remarks on Gaza.",
               "Moscow said the British embassy was engaged in espionage.",
               "Russian forces attacked Kharkiv over the weekend."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["ISR"], ["ESP"])]
    assert found(out[0], "ASSAULT") == []
    assert event_sides(out[1], "ACCUSE") == [(["RUS"], ["GBR"])]
    assert event_sides(out[2], "ASSAULT") == [(["RUS"], ["UKR"])]
