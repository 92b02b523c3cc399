"""English events as wire copy words them (issue 14, sixth round): one sentence each, my own."""

from __future__ import annotations

import event_checks

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one English paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return [(*event_checks.sides(e), e["modality"]) for e in event_checks.found(result, kind)]


def test_warn_of_consequences_after_an_infinitive_marker():
    found = events('Seoul and Washington began their drills, prompting Pyongyang to warn of "grave consequences".',
                   "THREATEN")
    assert len(found) == 1


def test_humanitarian_consequences_are_no_threat():
    assert events("The United Nations warned of dire humanitarian consequences in Gaza.", "THREATEN") == []


def test_could_face_consequences_is_a_threat():
    found = events("Any country that sends troops to Ukraine could face consequences, Kremlin spokesman "
                   "Dmitry Peskov said.", "THREATEN")
    assert [m for _, _, m in found] == ["asserted"]


def test_would_crush_is_a_threat():
    found = events("Chinese Defence Ministry spokesman Wu Qian said the People's Liberation Army would crush "
                   "any attempt at Taiwan independence.", "THREATEN")
    assert len(found) == 1


def test_vowed_to_step_up_attacks_is_a_threat_not_a_promise():
    text = "Yemen's Houthis vowed to step up attacks on shipping in the Red Sea."
    assert [s for s, _, _ in events(text, "THREATEN")] == [["HOUTHI"]]
    assert events(text, "AGREE") == []


def test_by_after_a_modal_is_no_agent_of_a_noun():
    found = events("North Korea warned on Wednesday it would respond with overwhelming force to any provocation "
                   "by South Korea and the United States.", "THREATEN")
    assert found and all(s == ["PRK"] for s, _, _ in found)


def test_swapped_hundreds_of_prisoners_is_a_release():
    found = events("Russia and Ukraine swapped hundreds of prisoners of war on Wednesday.", "RETREAT")
    assert [sorted(s) for s, _, _ in found] == [["RUS", "UKR"]]


def test_owner_inside_the_withdrawal_withdraws():
    found = events("Niger completed the pullout of U.S. troops on Sunday.", "RETREAT")
    assert found == [(["USA"], ["NER"], "asserted")]


def test_withdrawal_of_the_last_soldiers_names_its_owner():
    found = events("The withdrawal of the last French soldiers from Chad was completed on Friday.", "RETREAT")
    assert found == [(["FRA"], ["TCD"], "asserted")]


def test_will_respond_to_any_aggression_is_a_threat():
    found = events('"We will respond to any aggression with all our might," Iranian Foreign Minister Abbas Araqchi '
                   'told reporters in Tehran.', "THREATEN")
    assert len(found) == 1


def test_respond_to_any_questions_is_no_threat():
    assert events("The minister said he would respond to any questions from lawmakers.", "THREATEN") == []


def test_or_face_the_consequences_after_a_warning_to_stop():
    found = events('China warned the Philippines to stop "provocations" or face the consequences.', "THREATEN")
    assert found == [(["CHN"], ["PHL"], "asserted")]


def test_warned_of_a_reply():
    found = events("India warned Pakistan of a befitting reply to any misadventure.", "THREATEN")
    assert found == [(["IND"], ["PAK"], "asserted")]


def test_could_use_nuclear_weapons_is_a_threat():
    found = events("Russia's Medvedev said Moscow could use nuclear weapons against Kyiv.", "THREATEN")
    assert [s for s, _, _ in found] == [["RUS"]]


def test_threat_of_tariffs_names_its_owner():
    found = events("The threat of new U.S. tariffs on Mexican goods loomed over the talks.", "THREATEN")
    assert found == [(["USA"], ["MEX"], "asserted")]


def test_any_attack_is_no_attack_done():
    text = ("Iran will respond decisively to any Israeli attack on its soil, Foreign Ministry spokesman "
            "Esmaeil Baghaei said.")
    assert events(text, "ASSAULT") == []
    assert len(events(text, "THREATEN")) == 1


def test_any_reading_is_a_reading():
    from streams.extract.events import readings
    assert readings.act_of_any_kind in readings.READINGS


def test_criticised_act_stays_with_its_possessive_owner():
    text = "The United States criticised China's military drills around Taiwan as provocative."
    assert [s for s, _, _ in events(text, "MOBILIZE")] == [["CHN"]]


def test_jets_had_hit_is_an_attack():
    found = events("Israel's military said its jets had hit a Hamas command centre in Gaza City.", "ASSAULT")
    assert found == [(["ISR"], ["HAMAS"], "asserted")]


def test_drones_launched_by_name_the_attacker():
    found = events("Ukraine's air force said it had shot down 56 of the 78 drones launched by Russia.", "ASSAULT")
    assert [s for s, _, _ in found] == [["RUS"]]


def test_charged_gerund_is_the_act_of_the_accused():
    found = events("Kyiv condemned Moscow for striking a shopping centre in Kharkiv.", "ASSAULT")
    assert found == [(["RUS"], ["UKR"], "asserted")]


def test_denied_gerund_is_the_act_negated():
    found = events("Russia denied targeting civilians in Kharkiv.", "ASSAULT")
    assert [(s, m) for s, _, m in found] == [(["RUS"], "negated")]


def test_bare_gerund_is_no_act():
    assert events("The bombing campaign was discussed at length in Geneva.", "ASSAULT") == []


def test_charged_coercion_gerund():
    found = events("China accused Japan of detaining its fishermen.", "COERCE")
    assert [s for s, _, _ in found] == [["JPN"]]


def test_charged_gerund_after_an_adverb():
    found = events("Kyiv accused Moscow of deliberately striking a hospital in Kharkiv.", "ASSAULT")
    assert [s for s, _, _ in found] == [["RUS"]]


def test_claimed_responsibility_for_the_attack():
    found = events("Hamas claimed responsibility for the attack in Jerusalem.", "ASSAULT")
    assert [(s, m) for s, _, m in found] == [(["HAMAS"], "asserted")]


def test_denied_any_involvement_in_the_attack_is_negated():
    found = events("Iran denied any involvement in the attack on the tanker.", "ASSAULT")
    assert [(s, m) for s, _, m in found] == [(["IRN"], "negated")]


def test_denied_carrying_out_the_strike():
    found = events("Israel denied carrying out the strike.", "ASSAULT")
    assert [(s, m) for s, _, m in found] == [(["ISR"], "negated")]


def test_protest_across_a_country_is_of_its_people():
    found = events("Demonstrators burned tyres and blocked roads across Nairobi.", "PROTEST")
    assert [s for s, _, _ in found] == [["KEN"]]


def test_stepped_up_cooperation_is_cooperation():
    found = events("The Philippines and Japan stepped up cooperation on maritime security on Tuesday.", "COOPERATE")
    assert [sorted(s) for s, _, _ in found] == [["JPN", "PHL"]]


def test_kicked_off_their_exercises_together():
    found = events("South Korea and the United States kicked off their annual Freedom Shield exercises on Monday.",
                   "MOBILIZE")
    assert len(found) == 1


def test_handed_over_a_fugitive_is_cooperation():
    found = events("Malaysia handed over a wanted Indonesian fugitive to Jakarta.", "COOPERATE")
    assert found == [(["MYS"], ["IDN"], "asserted")]


def test_shut_a_named_crossing_is_a_restriction():
    found = events("Israel shut the Kerem Shalom crossing on Sunday.", "COERCE")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_closed_two_of_its_border_crossings():
    found = events("Lithuania closed two of its border crossings last month.", "COERCE")
    assert [s for s, _, _ in found] == [["LTU"]]


def test_rounded_up_is_an_arrest():
    found = events("Indian police rounded up dozens of activists in Kashmir.", "COERCE")
    assert [s for s, _, _ in found] == [["IND"]]


def test_lifted_its_remaining_economic_sanctions():
    found = events("The EU lifted its remaining economic sanctions on Syria.", "CONCEDE")
    assert found == [(["EU"], ["SYR"], "asserted")]


def test_restored_mobile_internet_is_easing():
    assert [s for s, _, _ in events("Bangladesh restored mobile internet after five days.", "CONCEDE")] == [["BGD"]]


def test_threatened_on_a_day_to_impose_is_one_threat():
    text = "President Donald Trump threatened on Sunday to impose 50 percent tariffs on the European Union."
    assert len(events(text, "THREATEN")) == 1
    assert events(text, "SANCTION") == []


def test_would_target_any_ships():
    found = events("The Houthis said they would target any ships linked to Israel.", "THREATEN")
    assert [s for s, _, _ in found] == [["HOUTHI"]]


def test_at_a_time_of_its_choosing():
    found = events("Hezbollah said it would respond to the Israeli strike at a time of its choosing.", "THREATEN")
    assert [s for s, _, _ in found] == [["HEZBOLLAH"]]


def test_would_severely_punish():
    found = events('Beijing said it would "severely punish" supporters of Taiwan independence.', "THREATEN")
    assert [s for s, _, _ in found] == [["CHN"]]


def test_possessive_owner_past_a_describing_word():
    found = events("Russia's overnight attack on Kyiv killed at least 12.", "ASSAULT")
    assert found == [(["RUS"], ["UKR"], "asserted")]


def test_a_nationality_and_one_airstrike():
    found = events("A deadly Israeli airstrike hit a school sheltering displaced families in Gaza City.", "ASSAULT")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_was_rammed_by_is_the_agents_attack():
    found = events("A Philippine supply vessel was rammed by a Chinese coast guard ship.", "ASSAULT")
    assert found == [(["CHN"], ["PHL"], "asserted")]


def test_aid_was_delivered_by():
    found = events("Humanitarian aid was delivered to Gaza by Jordan and Egypt.", "AID")
    assert found == [(["JOR", "EGY"], ["PSE"], "asserted")]


def test_sanctions_were_lifted_by():
    assert [s for s, _, _ in events("The sanctions were lifted by Washington in May.", "CONCEDE")] == [["USA"]]


def test_said_actions_amounted_to_punishment_is_a_charge():
    found = events("South Africa's foreign minister said Israel's actions amounted to collective punishment.", "ACCUSE")
    assert [t for _, t, _ in found] == [["ISR"]]


def test_said_sanctions_constituted_interference_is_a_charge():
    found = events("Beijing said the U.S. sanctions constituted blatant interference in China's internal affairs.",
                   "ACCUSE")
    assert found == [(["CHN"], ["USA"], "asserted")]


def test_would_pull_back_from_is_a_planned_withdrawal():
    found = events("The M23 rebels said they would pull back from Walikale.", "RETREAT")
    assert found == [(["M23"], [], "planned")]


def test_handed_over_patrol_boats_is_aid():
    found = events("Japan handed over two patrol boats to the Philippine coast guard at a ceremony in Manila.", "AID")
    assert found == [(["JPN"], ["PHL"], "asserted")]


def test_sent_a_field_hospital_and_supplies_is_aid():
    found = events("The United Arab Emirates sent a field hospital and 300 tonnes of relief supplies to Gaza.", "AID")
    assert found == [(["ARE"], ["PSE"], "asserted")]


def test_vowed_to_march_is_a_planned_protest():
    found = events("Opposition parties in Kenya vowed to protest until the bill is withdrawn.", "PROTEST")
    assert [(s, m) for s, _, m in found] == [(["KEN"], "planned")]


def test_launched_a_full_scale_offensive_as_the_tokenizer_cuts_it():
    found = events("Israel launched a full-scale offensive in Rafah.", "ASSAULT")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_a_two_day_general_strike_as_the_tokenizer_cuts_it():
    found = events("Workers in Nigeria began a two-day general strike.", "PROTEST")
    assert [s for s, _, _ in found] == [["NGA"]]


def test_q6_rows_stay_on_the_sequence_matcher():
    import json

    from streams.extract.lexicon import LANG_DIR
    from streams.extract.patterns import choices
    with open(LANG_DIR / "en" / "event_triggers.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if ".q6." in line]
    assert rows and all(choices(r["pattern"]) is not None for r in rows)


def test_will_be_held_accountable_is_a_threat():
    found = events('"Anyone who attacks us will be held accountable," Hezbollah\'s Naim Qassem said.', "THREATEN")
    assert len(found) == 1


def test_ready_to_respond_is_a_threat():
    assert [s for s, _, _ in events("Iran is ready to respond to any aggression, the foreign minister said.",
                                     "THREATEN")] == [["IRN"]]


def test_all_options_on_the_table_is_a_threat():
    found = events('"All options are on the table," U.S. President Donald Trump said of Iran.', "THREATEN")
    assert len(found) == 1


def test_would_pay_dearly_is_a_threat():
    found = events('Kim Yo Jong said Seoul would "pay dearly" for the leaflet launches.', "THREATEN")
    assert [t for _, t, _ in found] == [["KOR"]]


def test_would_be_crushed_is_a_threat_to_the_subject():
    found = events("Iranian army chief Abdolrahim Mousavi said Israel would be crushed if it attacked.", "THREATEN")
    assert [t for _, t, _ in found] == [["ISR"]]


def test_consequences_will_be_severe():
    found = events("The consequences will be severe, Russian President Vladimir Putin warned the West.", "THREATEN")
    assert len(found) == 1


def test_cooperated_in_the_arrest():
    found = events("Malaysia and Singapore cooperated in the arrest of the suspect.", "COOPERATE")
    assert [sorted(s) for s, _, _ in found] == [["MYS", "SGP"]]


def test_expressed_strong_dissatisfaction_is_a_charge():
    found = events("China expressed strong dissatisfaction with Japan's decision to release the water.", "ACCUSE")
    assert found == [(["CHN"], ["JPN"], "asserted")]


def test_lodged_stern_representations():
    found = events("Beijing lodged stern representations with Washington over the arms sale.", "ACCUSE")
    assert found == [(["CHN"], ["USA"], "asserted")]


def test_protested_to():
    found = events("Japan protested to China over the incursion into its waters.", "ACCUSE")
    assert found == [(["JPN"], ["CHN"], "asserted")]


def test_chided_for_blocking_gives_the_block_to_the_chided():
    found = events("Germany chided Hungary for blocking the sanctions package.", "REJECT")
    assert [s for s, _, _ in found] == [["HUN"]]


def test_pronoun_after_that_is_no_object_of_the_warning():
    out = list(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en", "text":
                                    "Any country that sends troops to Ukraine could face consequences, Kremlin "
                                    "spokesman Dmitry Peskov said. Ankara warned Athens on Friday that it would pay "
                                    "a heavy price if it continued to militarise islands in the Aegean."}]))[0]
    warned = [e for e in out["events"] if e["trigger"]["text"].startswith("warned")]
    assert [[a["country"] for a in e["targets"]] for e in warned] == [["GRC"]]


def test_ceased_its_rocket_fire_is_a_ceasefire():
    found = events("Hezbollah ceased its rocket fire after the truce.", "RETREAT")
    assert [s for s, _, _ in found] == [["HEZBOLLAH"]]


def test_attribution_after_a_quote_is_no_object():
    found = events('"We will respond with force," Iranian Foreign Minister Abbas Araqchi said on Sunday.', "THREATEN")
    assert [t for _, t, _ in found] == [[]]


def test_fired_on_a_crowd_is_an_attack():
    found = events("Israeli troops fired on a crowd waiting for aid in Gaza City.", "ASSAULT")
    assert found == [(["ISR"], ["PSE"], "asserted")]


def test_issued_a_warning_that_is_a_threat():
    found = events("Tehran issued a warning that any attack would trigger a response.", "THREATEN")
    assert [s for s, _, _ in found] == [["IRN"]]


def test_tanks_pushed_into_a_city():
    found = events("Israeli tanks pushed into Rafah despite international warnings.", "ASSAULT")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_closure_of_a_crossing_is_its_owners():
    found = events("Egypt's closure of the Rafah crossing stranded aid trucks.", "COERCE")
    assert [s for s, _, _ in found] == [["EGY"]]


def test_summoned_the_iranian_ambassador_targets_iran():
    assert events("Germany summoned the Iranian ambassador after the execution.", "ACCUSE") == [
        (["DEU"], ["IRN"], "asserted")]


def test_nationality_inside_the_trigger_is_the_target():
    assert [t for _, t, _ in events("Niger expelled a French journalist on Friday.", "COERCE")] == [["FRA"]]
    assert [t for _, t, _ in events("Protesters burned Israeli flags in Amman.", "PROTEST")] == [["ISR"]]
    assert [t for _, t, _ in events("Canada froze Russian assets worth $1 billion.", "SANCTION")] == [["RUS"]]


def test_deployment_of_russian_troops_is_russias():
    found = events("NATO condemned the deployment of Russian troops to Belarus.", "MOBILIZE")
    assert found == [(["RUS"], ["BLR"], "asserted")]


def test_reported_charge_accuses_the_possessive_owner_of_the_subject():
    found = events("Egypt's foreign ministry said Ethiopia's filling of the dam violated international law.", "ACCUSE")
    assert found == [(["EGY"], ["ETH"], "asserted")]


def test_said_were_behind_is_a_charge():
    found = events("Kyiv said Russian special services were behind the assassination attempt.", "ACCUSE")
    assert found == [(["UKR"], ["RUS"], "asserted")]


def test_seized_power_is_no_seizure():
    assert events("Mali's junta, which seized power in 2021, has expelled French troops.", "COERCE") == []


def test_use_of_water_cannon_is_its_owners_attack():
    found = events("The Philippines condemned Beijing's use of water cannon against its supply vessels on Sunday.",
                   "ASSAULT")
    assert found == [(["CHN"], ["PHL"], "asserted")]


def test_a_date_between_owner_and_act_keeps_the_owner():
    # "Hamas's Oct. 7 attack": the day the act was done on stands between its owner and the noun.
    found = events("Israel's war cabinet met on Sunday, a year after Hamas's Oct. 7 attack on southern Israel.",
                   "ASSAULT")
    assert found == [(["HAMAS"], ["ISR"], "asserted")]
    found = events("Russia's Feb. 24 invasion of Ukraine was condemned by 141 states at the United Nations.",
                   "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


def test_the_streets_of_a_city_give_the_protesters_their_country():
    found = events("Tens of thousands of people took to the streets of Belgrade on Saturday night.", "PROTEST")
    assert [s for s, _, _ in found] == [["SRB"]]
