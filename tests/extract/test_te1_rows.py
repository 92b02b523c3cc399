"""Rows of brief trig-en1: English wordings of RETREAT, COOPERATE, THREATEN, ASSAULT, COERCE,
MOBILIZE, CONCEDE and PROTEST that no row covered (one sentence of our own per row, and the
readings a row must not take)."""

from __future__ import annotations

import event_checks

from streams.extract import extract_paragraphs


def events(text: str, kind: str, lang: str = "en") -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": lang}]))
    return [(*event_checks.sides(e), e["modality"]) for e in event_checks.found(result, kind)]


def modes(text: str, kind: str) -> list[str | None]:
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return [e["mode"] for e in event_checks.found(result, kind)]


# RETREAT


def test_removed_its_troops_is_a_withdrawal():
    found = events("Ankara removed its troops from the Syrian border town on Monday.", "RETREAT")
    assert any(s == ["TUR"] for s, _, _ in found)


def test_forces_disengaged_is_a_withdrawal():
    assert modes("Indian and Chinese troops disengaged at two friction points in Ladakh.", "RETREAT") == ["withdraw"]


def test_burned_their_weapons_is_disarming():
    assert modes("PKK fighters burned their weapons at a ceremony near Sulaymaniyah.", "RETREAT") == ["disarm"]


def test_destroyed_the_enemys_weapons_is_no_disarming():
    assert events("Ukrainian troops destroyed Russian weapons near Kupiansk.", "RETREAT") == []


def test_began_disarming_is_disarming():
    assert modes("PKK fighters began disarming under the deal with Ankara.", "RETREAT") == ["disarm"]


def test_disarming_demanded_is_not_done():
    found = events("Israel said Hamas must begin disarming before any withdrawal.", "RETREAT")
    assert all(m != "asserted" for _, _, m in found)


def test_returned_to_their_barracks_is_a_withdrawal():
    assert modes("Malian troops returned to their barracks after the deal with Algeria.", "RETREAT") == ["withdraw"]


def test_ended_its_military_mission_is_a_withdrawal():
    found = events("France ended its military mission in Chad on Friday.", "RETREAT")
    assert any(s == ["FRA"] and t == ["TCD"] for s, t, _ in found)


def test_closed_its_military_base_is_a_withdrawal():
    found = events("Russia closed its military base in Syria last month.", "RETREAT")
    assert any(s == ["RUS"] for s, _, _ in found)


def test_withdrew_to_a_line_is_a_withdrawal():
    found = events("Israeli forces withdrew to the agreed line in Gaza on Friday.", "RETREAT")
    assert any(s == ["ISR"] for s, _, _ in found)


# COOPERATE


def test_joint_anti_drug_operations_are_cooperation():
    found = events("Peru and Bolivia resumed joint anti-drug operations along their border.", "COOPERATE")
    assert any(sorted(s) == ["BOL", "PER"] for s, _, _ in found)


def test_working_alongside_is_cooperation():
    found = events("Kenyan police officers are working alongside Haitian forces in Port-au-Prince.", "COOPERATE")
    assert found


def test_shared_its_experience_with_is_cooperation():
    found = events("Ukraine shared its experience of downing drones with Poland.", "COOPERATE")
    assert any(s == ["UKR"] and t == ["POL"] for s, t, _ in found)


def test_shared_concerns_with_is_no_cooperation_row():
    assert events("Ukraine shared its concerns with Poland on Monday.", "COOPERATE") == []


def test_helped_police_is_judicial_cooperation():
    found = events("Interpol helped Thai police track down the fugitive.", "COOPERATE")
    assert any(s == ["INTERPOL"] for s, _, _ in found)


def test_help_train_the_army_is_military_cooperation():
    found = events("Turkey will help train the Syrian army under the agreement.", "COOPERATE")
    assert any(s == ["TUR"] and m == "planned" for s, _, m in found)


def test_set_up_a_joint_investigation_team_is_cooperation():
    found = events("Thailand and Cambodia set up a joint investigation team on Tuesday.", "COOPERATE")
    assert any(sorted(s) == ["KHM", "THA"] for s, _, _ in found)


def test_pooled_their_resources_is_cooperation():
    found = events("Britain and France will pool their resources to fight migrant smuggling.", "COOPERATE")
    assert any(sorted(s) == ["FRA", "GBR"] for s, _, _ in found)


# THREATEN


def test_issued_evacuation_warnings_is_a_threat_of_force():
    found = events("Israel's army issued evacuation warnings for three buildings in Tyre on Monday.", "THREATEN")
    assert any(s == ["ISR"] for s, _, _ in found)


def test_would_not_leave_unanswered_is_a_threat():
    found = events("North Korea said it would not leave Seoul's drone flights unanswered.", "THREATEN")
    assert any(s == ["PRK"] and t == ["KOR"] and m == "asserted" for s, t, m in found)


def test_would_trigger_a_war_threatens_the_attacker():
    found = events("Venezuela said any U.S. attack would trigger a war.", "THREATEN")
    assert any(s == ["VEN"] and t == ["USA"] for s, t, _ in found)


def test_a_war_foreseen_by_experts_is_no_threat():
    assert events("Experts said the crisis would spark a war in the region.", "THREATEN") == []


def test_would_hit_hard_is_a_threat():
    found = events("Israel said it would hit Iran hard if it retaliated.", "THREATEN")
    assert any(s == ["ISR"] and t == ["IRN"] for s, t, _ in found)


def test_would_resume_attacks_is_a_threat():
    found = events("The Houthis said they would resume attacks on shipping if Israel resumed the war.", "THREATEN")
    assert any(s == ["HOUTHI"] for s, _, _ in found)


def test_playing_with_fire_names_no_act_threatened():
    """A warning idiom that names no act (PLOVER's THREATEN takes the mode of the act threatened)."""
    assert events("China said Japan's prime minister was playing with fire.", "THREATEN") == []


# ASSAULT


def test_set_fire_to_trucks_is_an_attack():
    found = events("Al Shabaab fighters set fire to a dozen aid trucks near Baidoa on Tuesday.", "ASSAULT")
    assert any(s == ["ALSHABAAB"] for s, _, _ in found)


def test_protesters_setting_fire_to_vehicles_is_no_attack_row():
    assert events("Protesters set fire to police vehicles in Nairobi.", "ASSAULT") == []


def test_captured_a_nationality_outpost_takes_territory():
    found = events("Azerbaijani forces captured an Armenian outpost overnight.", "ASSAULT")
    assert any(t == ["ARM"] for _, t, _ in found)
    assert modes("Azerbaijani forces captured an Armenian outpost overnight.", "ASSAULT") == ["occupy"]


def test_took_control_of_the_airport_takes_territory():
    assert modes("M23 rebels took control of Goma's airport on Monday.", "ASSAULT") == ["occupy"]


def test_took_control_of_a_ministry_is_no_attack():
    assert events("The new government took control of the ministry.", "ASSAULT") == []


def test_hit_with_a_missile_barrage_is_an_attack():
    found = events("Russia hit Ukraine with a massive missile barrage overnight.", "ASSAULT")
    assert any(s == ["RUS"] and t == ["UKR"] for s, t, _ in found)


def test_hit_with_sanctions_is_no_attack():
    assert events("The EU hit Russia with new sanctions on Friday.", "ASSAULT") == []


def test_assaulted_positions_is_an_attack():
    found = events("Russian forces assaulted Ukrainian positions near Pokrovsk.", "ASSAULT")
    assert any(t == ["UKR"] for _, t, _ in found)


# COERCE


def test_ordered_stations_to_stop_broadcasting_is_censorship():
    assert "censor" in modes("Uganda's government ordered radio stations to stop airing the rallies.", "COERCE")


def test_banned_a_platform_is_censorship():
    found = events("Nepal banned TikTok and Telegram on Thursday.", "COERCE")
    assert any(s == ["NPL"] for s, _, _ in found)


def test_designated_undesirable_is_a_ban():
    found = events("Russia designated Human Rights Watch an undesirable organisation.", "COERCE")
    assert any(s == ["RUS"] and t == ["HRW"] for s, t, _ in found)


def test_barred_from_operating_is_a_ban():
    found = events("Israel barred UNRWA from operating in East Jerusalem.", "COERCE")
    assert any(s == ["ISR"] and t == ["UNRWA"] for s, t, _ in found)


def test_revoked_the_legal_status_is_a_ban():
    assert modes("Nicaragua revoked the legal status of 1,500 charities.", "COERCE") == ["ban"]


def test_suspended_the_activities_of_parties_is_a_ban():
    assert modes("Burkina Faso's junta suspended the activities of all political parties.", "COERCE") == ["ban"]


def test_forcibly_returned_is_a_deportation():
    found = events("Tunisia forcibly returned 300 migrants to Libya.", "COERCE")
    assert any(s == ["TUN"] for s, _, _ in found)


def test_pushed_back_migrant_boats_is_a_deportation():
    assert modes("Greece pushed back migrant boats to Turkish waters.", "COERCE") == ["deport"]


def test_switched_off_the_internet_is_censorship():
    assert modes("Uganda switched off the internet ahead of the election.", "COERCE") == ["censor"]


def test_blocked_a_resupply_mission_is_a_restriction():
    found = events("Chinese coast guard ships blocked a Philippine resupply mission.", "COERCE")
    assert any(t == ["PHL"] for _, t, _ in found)


def test_imposed_restrictions_on_movement_is_a_restriction():
    assert modes("Indian authorities imposed restrictions on movement in Kashmir.", "COERCE") == ["restrict"]


# MOBILIZE


def test_reinforcements_landed_in_is_a_deployment_not_a_visit():
    out = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en",
                                    "text": "Kenyan reinforcements landed in Port-au-Prince on Thursday."}]))
    kinds = [e["type"] for e in out["events"]]
    assert "MOBILIZE" in kinds and "CONSULT" not in kinds


def test_mobilised_militia_is_a_mobilisation():
    found = events("Venezuela mobilised 4 million militia members.", "MOBILIZE")
    assert any(s == ["VEN"] for s, _, _ in found)


def test_mobilised_supporters_is_no_mobilisation():
    assert events("The party mobilised thousands of supporters for the rally.", "MOBILIZE") == []


def test_beefed_up_military_presence_is_a_deployment():
    found = events("Russia beefed up its military presence in Belarus.", "MOBILIZE")
    assert any(s == ["RUS"] and t == ["BLR"] for s, t, _ in found)


def test_send_an_aircraft_carrier_is_a_deployment():
    found = events("The United States will send another aircraft carrier to the Gulf.", "MOBILIZE")
    assert any(s == ["USA"] and m == "planned" for s, _, m in found)


def test_flew_bombers_over_is_a_show_of_force():
    found = events("The United States flew B-52 bombers over the Korean peninsula.", "MOBILIZE")
    assert any(s == ["USA"] for s, _, _ in found)


# CONCEDE


def test_reversed_its_decision_is_a_concession():
    found = events("Serbia's government reversed its decision to raise fuel prices.", "CONCEDE")
    assert any(s == ["SRB"] for s, _, _ in found)


def test_backtracked_on_is_a_concession():
    assert events("The Nigerian government backtracked on the plan to raise petrol prices.", "CONCEDE")


def test_would_not_reverse_course_is_no_concession():
    assert events("The government said it would not reverse course.", "CONCEDE") == []


def test_gave_in_to_the_demands_yields():
    assert modes("Bangladesh's government gave in to the protesters' demands.", "CONCEDE") == ["yield"]


def test_granted_x_a_waiver_eases_sanctions():
    found = events("The U.S. Treasury granted Serbia a waiver on NIS sanctions.", "CONCEDE")
    assert any(s == ["USA"] and t == ["SRB"] for s, t, _ in found)


# PROTEST


def test_students_blockaded_is_an_obstruction():
    found = events("Serbian students blockaded universities across the country.", "PROTEST")
    assert any(s == ["SRB"] for s, _, _ in found)


def test_police_blockading_is_no_protest():
    assert events("Kenyan police officers blockaded the opposition headquarters.", "PROTEST") == []


def test_drove_tractors_into_the_capital_is_a_demonstration():
    assert modes("Belgian farmers drove tractors into central Brussels.", "PROTEST") == ["demo"]


def test_picketed_the_embassy_is_a_demonstration():
    assert events("Jordanian activists picketed the Israeli embassy in Amman.", "PROTEST")


def test_staged_a_road_blockade_is_an_obstruction():
    assert modes("Bangladeshi students staged a road blockade in Dhaka.", "PROTEST") == ["obstruct"]


def test_gathered_to_demand_is_a_demonstration():
    found = events("Thousands of South Koreans gathered in Seoul to demand the president's resignation.", "PROTEST")
    assert any(s == ["KOR"] for s, _, _ in found)


def test_gathered_for_talks_is_no_protest():
    assert events("Foreign ministers gathered in Geneva for talks on Ukraine.", "PROTEST") == []


# second round


def test_left_the_door_open_to_military_action_is_a_threat():
    found = events("Israel left the door open to military action against Iran.", "THREATEN")
    assert any(t == ["IRN"] for _, t, _ in found)


def test_left_the_door_open_to_talks_is_no_threat():
    assert events("Israel left the door open to talks with Iran.", "THREATEN") == []


def test_the_tanker_was_released_by_is_a_release():
    found = events("The tanker was released by Iran after two months.", "RETREAT")
    assert any(s == ["IRN"] for s, _, _ in found)


def test_fighting_erupted_between_is_a_clash_of_both_sides():
    found = events("Clashes broke out between Thai and Cambodian troops on Thursday.", "ASSAULT")
    assert any(sorted(s) == ["KHM", "THA"] for s, _, _ in found)


def test_granted_troops_access_to_bases_is_military_cooperation():
    text = "The Philippines granted U.S. troops access to four more military bases."
    out = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en", "text": text}]))
    assert [e["type"] for e in out["events"]] == ["COOPERATE"]


def test_granted_inspectors_access_stays_a_retreat():
    found = events("Iran granted IAEA inspectors access to the damaged sites.", "RETREAT")
    assert any(s == ["IRN"] for s, _, _ in found)
