"""English acts the blind development set showed undetected, each in sentences of our own:
signing a document with a compound name, threats of the law, measures against a state,
"no intention of", readiness stepped up, a boycotted election with its kind named, a
threat whose subject is "any" act, and a condition that belongs to a later report."""

from __future__ import annotations

from event_checks import codes
from event_checks import found as events


def test_a_document_of_compound_name_signed_is_support(run):
    out = run(["Kenya and Ethiopia signed a water sharing and border security agreement in Nairobi on Tuesday.",
               "Vietnam and Laos signed a joint document on railway links."], lang="en")
    for result, parties in zip(out, (["KEN", "ETH"], ["VNM", "LAO"])):
        (signed,) = events(result, "SUPPORT")
        assert codes(signed["sources"]) == parties and signed["modality"] == "asserted"


def test_facing_prosecution_is_a_threat(run):
    out = run(["Thai police said those behind the blast would face prosecution."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["THA"]


def test_measures_against_a_state_are_a_sanction(run):
    out = run(["Japan unveiled new measures against Russian oil traders on Friday."], lang="en")
    (measures,) = events(out[0], "SANCTION")
    assert codes(measures["sources"]) == ["JPN"] and codes(measures["targets"]) == ["RUS"]


def test_no_intention_of_an_act_is_its_refusal(run):
    out = run(["Mexico said it had no intention of sending troops to the border.",
               "Prime Minister Kishida said he had no intention of retracting the statement."], lang="en")
    assert not events(out[0], "MOBILIZE")
    (refused,) = events(out[0], "REJECT")
    assert codes(refused["sources"]) == ["MEX"] and refused["modality"] == "asserted"
    assert events(out[1], "REJECT")


def test_readiness_stepped_up_is_an_alert(run):
    out = run(["Taiwan's army stepped up combat readiness after Chinese drills near the island."], lang="en")
    (alert,) = events(out[0], "MOBILIZE")
    assert alert["cameo"] == "152" and codes(alert["sources"]) == ["TWN"]


def test_an_election_of_a_kind_named_boycotted_is_a_protest(run):
    out = run(["The opposition boycotted the parliamentary elections held on Sunday in Georgia."], lang="en")
    (boycott,) = events(out[0], "PROTEST")
    assert boycott["mode"] == "boycott"


def test_any_act_met_with_force_is_a_threat_not_an_act_of_any_kind(run):
    out = run(["Seoul said any provocation would be met with a firm response."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["KOR"]


def test_a_condition_after_a_later_report_leaves_the_first_act_asserted(run):
    out = run(["Australia announced new measures against Iranian banks on Monday, and its foreign minister "
               "Penny Wong said Canberra was ready to go further if Tehran kept arming Moscow."], lang="en")
    (measures,) = events(out[0], "SANCTION")
    assert measures["modality"] == "asserted" and codes(measures["targets"]) == ["IRN"]


def test_dissenters_a_state_body_charges_are_its_own_people(run):
    out = run(["Cambodia's interior ministry accused opposition activists of plotting a revolt.",
               "The Kenyan government blamed the organisers for the violence in Nairobi."], lang="en")
    for result, home in zip(out, ("KHM", "KEN")):
        (charge,) = events(result, "ACCUSE")
        assert codes(charge["sources"]) == [home] and codes(charge["targets"]) == [home]



def test_an_arrest_told_by_the_state_s_body_is_that_state_s(run):
    out = run(["TBILISI (AFP) - Opposition leader Davit Beridze was arrested overnight, the interior ministry said.",
               "TBILISI (AFP) - Twelve activists were detained near parliament, the interior ministry said."],
              lang="en")
    (named,) = events(out[0], "COERCE")
    assert codes(named["sources"]) == ["GEO"] and [a["name"] for a in named["targets"]] == ["Davit Beridze"]
    (counted,) = events(out[1], "COERCE")
    assert codes(counted["sources"]) == ["GEO"]


def test_people_held_abroad_are_not_held_by_the_state_that_tells_it(run):
    out = run(["Three Indonesian fishermen were detained in Malaysia, Indonesia's foreign ministry said."],
              lang="en")
    assert all("IDN" not in codes(e["sources"]) for e in events(out[0], "COERCE"))


def test_a_weapon_nobody_owns_hits_its_victims_with_no_doer(run):
    out = run(["A roadside bomb killed four Pakistani soldiers in North Waziristan."], lang="en")
    (blast,) = events(out[0], "ASSAULT")
    assert blast["sources"] == [] and codes(blast["targets"]) == ["PAK"]
    out = run(["Sebuah ranjau darat melukai tiga tentara Thailand di dekat perbatasan."], lang="id")
    (mine,) = events(out[0], "ASSAULT")
    assert mine["sources"] == [] and codes(mine["targets"]) == ["THA"]


def test_a_weapon_planted_by_a_named_side_is_that_side_s(run):
    out = run(["A mine planted by Russian forces killed two Ukrainian deminers."], lang="en")
    (blast,) = events(out[0], "ASSAULT")
    assert codes(blast["sources"]) == ["RUS"]


def test_sanctions_ended_are_eased(run):
    out = run(["Trump signed an executive order ending sanctions on Syria.",
               "Washington said the decision would end the embargo on Cuba."], lang="en")
    (ended,) = events(out[0], "CONCEDE")
    assert ended["mode"] == "ease" and codes(ended["targets"]) == ["SYR"]
    (plan,) = events(out[1], "CONCEDE")
    assert plan["modality"] == "planned" and codes(plan["targets"]) == ["CUB"]


def test_agreed_at_a_meeting_to_act_is_an_agreement(run):
    out = run(["ASEAN foreign ministers agreed at an online meeting to send monitors to the border."], lang="en")
    (agreed,) = events(out[0], "AGREE")
    assert codes(agreed["sources"]) == ["ASEAN"]


def test_whose_act_would_be_met_with_force_is_the_target_of_the_threat(run):
    out = run(["South Korea's presidential office stressed that any provocation by North Korea "
               "would be met with a firm response."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["KOR"] and codes(threat["targets"]) == ["PRK"]


def test_a_threat_split_by_a_partial_quote_is_still_found(run):
    out = run(['Kenyan Interior Minister Kipchumba Murkomen said the looters would "face the full force '
               'of the law".'], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert [a["name"] for a in threat["sources"]] == ["Kipchumba Murkomen"]


def test_an_act_at_a_state_s_request_is_that_state_s_request(run):
    out = run(["The IAEA board convened a special session at Iran's request."], lang="en")
    (asked,) = events(out[0], "REQUEST")
    assert codes(asked["sources"]) == ["IRN"] and codes(asked["targets"]) == ["IAEA"]


def test_sanctions_that_target_a_state_are_a_sanction_on_it(run):
    out = run(["London said the sanctions targeted eight Iranian officials linked to the crackdown."], lang="en")
    assert not events(out[0], "ASSAULT")
    (listed,) = events(out[0], "SANCTION")
    assert codes(listed["sources"]) == ["GBR"] and codes(listed["targets"]) == ["IRN"]


def test_measures_named_back_are_their_imposer_s(run):
    out = run(["Canada imposed new sanctions on Monday. The new listings target three Russian banks."], lang="en")
    listed = [e for e in events(out[0], "SANCTION") if e["targets"]]
    assert [(codes(e["sources"]), codes(e["targets"])) for e in listed] == [(["CAN"], ["RUS"])]


def test_an_attack_named_back_in_a_later_paragraph_is_its_doer_s(run):
    out = run(["Russia launched 100 drones at Ukraine overnight, officials in Kyiv said.",
               "The attack targeted power stations in five regions."], lang="en")
    (again,) = events(out[1], "ASSAULT")
    assert codes(again["sources"]) == ["RUS"] and codes(again["targets"]) == ["UKR"]


def test_an_attack_named_back_in_its_paragraph_is_not_a_second_act(run):
    out = run(["Russia launched 100 drones at Ukraine overnight. The attack targeted power stations."], lang="en")
    assert len(events(out[0], "ASSAULT")) == 1


def test_a_strike_or_blockade_kept_up_is_a_protest(run):
    out = run(["Dock workers in Antwerp kept up their strike for a third day on Wednesday.",
               "Israel kept up its strikes on Gaza overnight."], lang="en")
    (strike,) = events(out[0], "PROTEST")
    assert strike["mode"] == "strike" and codes(strike["sources"]) == ["BEL"]
    assert not events(out[1], "PROTEST")


def test_an_offer_of_a_named_side_dismissed_is_rejected(run):
    out = run(["Pyongyang dismissed Seoul's offer of talks as \"a pipe dream\".",
               "Israel brushed aside the Egyptian proposal."], lang="en")
    for result, (src, tgt) in zip(out, (("PRK", "KOR"), ("ISR", "EGY"))):
        (refused,) = events(result, "REJECT")
        assert codes(refused["sources"]) == [src] and codes(refused["targets"]) == [tgt]


def test_talks_held_with_their_kind_named_are_a_meeting(run):
    out = run(["South Korea and Japan held their first defence talks in a decade."], lang="en")
    (talks,) = events(out[0], "CONSULT")
    assert codes(talks["sources"]) == ["KOR", "JPN"]


def test_a_protest_lodged_in_the_infinitive_and_a_palace_retaken(run):
    out = run(["The United States imposed sanctions on two Chinese firms, prompting Beijing to lodge a formal protest.",
               "Sudan's army retook the presidential palace in Khartoum on Friday."], lang="en")
    (protest,) = events(out[0], "ACCUSE")
    assert codes(protest["sources"]) == ["CHN"] and codes(protest["targets"]) == ["USA"]
    (taken,) = events(out[1], "ASSAULT")
    assert taken["mode"] == "occupy"


def test_abstaining_is_support_withheld(run):
    out = run(["The resolution passed 13-0, with the United States and Russia abstaining.",
               "Twelve countries, including India and South Africa, abstained."], lang="en")
    for result, parties in zip(out, (["USA", "RUS"], ["IND", "ZAF"])):
        (vote,) = events(result, "SUPPORT")
        assert vote["modality"] == "negated" and codes(vote["sources"]) == parties


def test_the_army_ordered_onto_the_streets_and_gangs_that_storm(run):
    out = run(["Ecuador's president ordered the army onto the streets of Guayaquil.",
               "Armed gangs stormed a television station in Guayaquil on Tuesday."], lang="en")
    (sent,) = events(out[0], "MOBILIZE")
    assert codes(sent["sources"]) == ["ECU"]
    (storm,) = events(out[1], "ASSAULT")
    assert [a["name"] for a in storm["sources"]] == ["armed gangs"]


def test_foreigners_arrested_by_the_state_that_tells_it(run):
    out = run(["Two Thai soldiers were arrested after crossing the border, Cambodia's defence ministry said."],
              lang="en")
    (held,) = events(out[0], "COERCE")
    assert codes(held["sources"]) == ["KHM"] and codes(held["targets"]) == ["THA"]


def test_an_act_done_at_a_request_is_done_not_asked(run):
    out = run(["At Poland's request, NATO ambassadors agreed to hold consultations under Article 4."], lang="en")
    (agreed,) = events(out[0], "AGREE")
    assert codes(agreed["sources"]) == ["NATO"] and agreed["modality"] == "asserted"
    (asked,) = events(out[0], "REQUEST")
    assert codes(asked["sources"]) == ["POL"]


def test_a_move_of_a_named_side_dismissed_is_rejected(run):
    out = run(["Russia's foreign ministry dismissed the Norwegian decision as meaningless."], lang="en")
    (refused,) = events(out[0], "REJECT")
    assert codes(refused["sources"]) == ["RUS"] and codes(refused["targets"]) == ["NOR"]


def test_a_road_protesters_try_to_block_is_a_protest(run):
    out = run(["Polish farmers tried to block the main highway into Warsaw with their tractors."], lang="en")
    (blocked,) = events(out[0], "PROTEST")
    assert blocked["mode"] == "obstruct" and codes(blocked["sources"]) == ["POL"]


def test_ready_to_go_further_is_a_threat(run):
    out = run(["The Dutch foreign minister said The Hague was prepared to go further if Caracas kept detaining "
               "Dutch citizens."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["NLD"]


def test_the_subject_of_did_not_is_the_actor_before_it(run):
    out = run(["The minister said Ankara was ready to go further if Athens did not agree to talks."], lang="en")
    (agreed,) = events(out[0], "AGREE")
    assert codes(agreed["sources"]) == ["GRC"] and agreed["modality"] == "hypothetical"


def test_an_attack_claimed_is_the_claimer_s(run):
    out = run(["The Houthis claimed an attack on a Greek-owned tanker in the Red Sea."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["HOUTHI"] and codes(attack["targets"]) == ["GRC"]


def test_a_single_firefight_or_missile_fired_from_a_state(run):
    out = run(["A firefight between Indian and Pakistani troops broke out along the Line of Control.",
               "A rocket fired from Lebanon hit a house in northern Israel."], lang="en")
    (fight,) = events(out[0], "ASSAULT")
    assert codes(fight["sources"]) == ["IND", "PAK"]
    (rocket,) = events(out[1], "ASSAULT")
    assert codes(rocket["sources"]) == ["LBN"] and codes(rocket["targets"]) == ["ISR"]


def test_a_charge_of_sabotage_in_the_infinitive_and_a_border_reinforced(run):
    out = run(["The Kremlin dismissed the report and said Washington was trying to sabotage the talks.",
               "Poland accused Belarus of orchestrating the migrant crisis and reinforced its border."], lang="en")
    (charge,) = events(out[0], "ACCUSE")
    assert codes(charge["sources"]) == ["RUS"] and codes(charge["targets"]) == ["USA"]
    (border,) = events(out[1], "MOBILIZE")
    assert codes(border["sources"]) == ["POL"]


def test_positions_handed_over_and_troops_that_begin_leaving_retreat(run):
    out = run(["Hezbollah handed over positions south of the Litani to the Lebanese army.",
               "Eritrean troops began leaving Tigray on Monday."], lang="en")
    (handed,) = events(out[0], "RETREAT")
    assert codes(handed["sources"]) == ["HEZBOLLAH"]
    (leaving,) = events(out[1], "RETREAT")
    assert codes(leaving["sources"]) == ["ERI"] and codes(leaving["targets"]) == ["ETH"]


def test_an_accession_bid_frozen_and_a_body_moved_with_its_article(run):
    out = run(["The EU froze Georgia's accession bid on Tuesday.",
               "Georgia's parliament passed a law, prompting the EU to freeze the accession talks with Tbilisi."],
              lang="en")
    for result in out:
        (frozen,) = events(result, "SANCTION")
        assert codes(frozen["sources"]) == ["EU"] and codes(frozen["targets"]) == ["GEO"]


def test_deliveries_resumed_are_aid_and_security_coordinated_is_cooperation(run):
    out = run(["The World Food Programme resumed food deliveries to northern Gaza after a two-week pause.",
               "Egypt and Israel will coordinate security along the border."], lang="en")
    (aid,) = events(out[0], "AID")
    assert codes(aid["sources"]) == ["WFP"] and codes(aid["targets"]) == ["PSE"]
    (joint,) = events(out[1], "COOPERATE")
    assert codes(joint["sources"]) == ["EGY", "ISR"] and joint["modality"] == "planned"


def test_a_named_highway_blocked_is_a_protest(run):
    out = run(["Israeli protesters blocked the Ayalon highway in Tel Aviv on Saturday."], lang="en")
    (blocked,) = events(out[0], "PROTEST")
    assert blocked["mode"] == "obstruct" and codes(blocked["sources"]) == ["ISR"]


def test_an_ultimatum_s_consequence_is_the_asker_s_threat(run):
    out = run(["China told Manila to stop its provocations or bear the consequences."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["CHN"] and codes(threat["targets"]) == ["PHL"]
    assert events(out[0], "REQUEST")
