"""English acts told by a construction rather than a plain verb (helper n-en): the act in
an adjunct ("after meeting X"), an object then its label ("dismissed the offer as"), a noun
of a row's list in another number ("denied the charge"), each tested on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides


def test_after_meeting_a_person_is_the_subjects_meeting(run):
    out = run(["Indian Foreign Minister Subrahmanyam Jaishankar said after meeting Chinese Foreign Minister "
               "Wang Yi that ties were improving."], lang="en")
    (meeting,) = events(out[0], "CONSULT")
    assert sides(meeting) == (["IND"], ["CHN"])


def test_after_meeting_an_obstacle_is_no_meeting(run):
    out = run(["The price of oil fell after meeting resistance at the market, Saudi Energy Minister "
               "Abdulaziz bin Salman said."], lang="en")
    assert events(out[0], "CONSULT") == []


def test_dismissed_the_terms_as_a_rejection(run):
    out = run(["Russia demanded that Kyiv cede four regions. Ukraine's defence minister Rustem Umerov "
               "dismissed the conditions as \"an ultimatum\"."], lang="en")
    (rejection,) = events(out[0], "REJECT")
    assert sides(rejection) == (["UKR"], ["RUS"])


def test_denied_the_charge_singular(run):
    out = run(["Indian officials denied the charge and said Pakistani troops fired first."], lang="en")
    assert sides(events(out[0], "REJECT")[0])[0] == ["IND"]


def test_blocked_an_aid_tranche(run):
    out = run(["Hungary blocked a new EU aid tranche for Ukraine on Tuesday."], lang="en")
    assert sides(events(out[0], "REJECT")[0]) == (["HUN"], ["EU"])


def test_summon_as_the_complement_of_another_verb(run):
    out = run(["Chinese vessels rammed a Philippine boat, prompting Manila to summon Beijing's envoy."], lang="en")
    assert [sides(e) for e in events(out[0], "ACCUSE")] == [(["PHL"], ["CHN"])]


def test_would_request_after_a_modal(run):
    out = run(["Poland's foreign minister Radoslaw Sikorski said Warsaw would request NATO consultations "
               "under Article 4."], lang="en")
    (request,) = events(out[0], "REQUEST")
    assert sides(request) == (["POL"], ["NATO"]) and request["modality"] == "planned"


def test_a_request_as_a_noun_is_no_act(run):
    out = run(["Russia said it had received a formal request from Ukraine."], lang="en")
    assert events(out[0], "REQUEST") == []


def test_thanking_in_a_participle_clause(run):
    out = run(["The State Department released a statement thanking Qatar for its mediation."], lang="en")
    assert sides(events(out[0], "SUPPORT")[0]) == (["USA"], ["QAT"])


def test_added_to_a_list_of_two_modifiers(run):
    out = run(["The EU added 14 Belarusian officials to its travel ban list."], lang="en")
    assert sides(events(out[0], "SANCTION")[0]) == (["EU"], ["BLR"])


def test_suspended_an_outlet_after_a_nationality(run):
    out = run(["Mali expelled the French ambassador on Wednesday and suspended two French radio stations."],
              lang="en")
    assert sides(events(out[0], "COERCE")[0]) == (["MLI"], ["FRA"])


def test_said_a_party_must_act_is_a_request_to_it(run):
    out = run(["The IMF stressed in a statement that Pakistan must raise taxes and end energy subsidies."], lang="en")
    assert [sides(e) for e in events(out[0], "REQUEST")] == [(["IMF"], ["PAK"])]


def test_said_its_own_country_must_act_is_no_request(run):
    out = run(["German Chancellor Olaf Scholz said Germany must spend more on defence."], lang="en")
    assert events(out[0], "REQUEST") == []


def test_said_a_party_must_be_held_to_account_is_no_request(run):
    out = run(["Lithuanian Foreign Minister Kestutis Budrys said Belarus must be held accountable for the "
               "balloons."], lang="en")
    assert events(out[0], "REQUEST") == []


def test_signed_a_protocol_named_by_its_modifiers(run):
    out = run(["Armenia and Azerbaijan signed a border demarcation protocol in Almaty on Tuesday."], lang="en")
    assert sides(events(out[0], "SUPPORT")[0]) == (["ARM", "AZE"], [])


def test_reaffirmed_a_treaty_with_a_party(run):
    out = run(["The United States reaffirmed that its 1951 mutual defence treaty with the Philippines covers "
               "attacks on its coast guard."], lang="en")
    assert [sides(e) for e in events(out[0], "SUPPORT")] == [(["USA"], ["PHL"])]


def test_massing_troops_in_a_charge_is_the_accused_partys_act(run):
    out = run(["Guyana accused Venezuela of massing troops near the disputed Essequibo region."], lang="en")
    assert [sides(e)[0] for e in events(out[0], "MOBILIZE")] == [["VEN"]]


def test_massing_outside_a_charge_is_no_row_of_this_kind(run):
    out = run(["Crowds were massing outside the parliament in Tbilisi on Sunday."], lang="en")
    assert events(out[0], "MOBILIZE") == []


def test_sent_a_counted_number_of_troops(run):
    out = run(["Indonesia's military sent 300 more troops to Papua on Monday."], lang="en")
    assert [sides(e)[0] for e in events(out[0], "MOBILIZE")] == [["IDN"]]


def test_deployment_of_a_counted_number_of_troops_by_its_owner(run):
    out = run(["Poland's deployment of 10,000 troops to its eastern frontier angered Minsk."], lang="en")
    assert [sides(e)[0] for e in events(out[0], "MOBILIZE")] == [["POL"]]


def test_sent_aid_to_troops_is_no_deployment(run):
    out = run(["Japan sent food to 300 stranded soldiers on Monday."], lang="en")
    assert events(out[0], "MOBILIZE") == []


def test_mediation_by_a_party_in_an_adjunct(run):
    out = run(["Russia and Ukraine exchanged 150 prisoners of war on Friday after mediation by the United Arab "
               "Emirates."], lang="en")
    assert [sides(e) for e in events(out[0], "CONSULT")] == [(["ARE"], ["RUS", "UKR"])]


def test_would_not_halt_a_refusal_told_as_a_negated_future(run):
    out = run(["Iranian officials said Tehran would not halt uranium enrichment."], lang="en")
    (refusal,) = events(out[0], "REJECT")
    assert sides(refusal)[0] == ["IRN"] and refusal["modality"] == "asserted"


def test_postponed_a_planned_increase_in_tariffs(run):
    out = run(["Washington last month postponed a planned increase in tariffs on Mexican steel for 90 days."],
              lang="en")
    assert [sides(e) for e in events(out[0], "CONCEDE")] == [(["USA"], ["MEX"])]


def test_suspended_cooperation_without_a_kind(run):
    # The kind of cooperation ("military", "defence") is optional: the bare noun is the same act.
    out = run(["Burkina Faso suspended its cooperation with Denmark after the ambassador's remarks."], lang="en")
    (cut,) = events(out[0], "SANCTION")
    assert sides(cut) == (["BFA"], ["DNK"])
