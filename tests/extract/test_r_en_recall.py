"""English wire-copy recall (brief r-en): trigger rows for acts the blind files' leads word
in ways no row took. One sentence each, my own."""

from __future__ import annotations

import event_checks

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one English paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return [(*event_checks.sides(e), e["modality"]) for e in event_checks.found(result, kind)]


def modes(text: str, kind: str) -> list[str | None]:
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return [e["mode"] for e in event_checks.found(result, kind)]


def test_protesters_stormed_is_a_riot_of_the_place():
    found = events("Angry protesters stormed the town hall in Lima on Friday.", "PROTEST")
    assert found and found[0][0] == ["PER"]


def test_protesters_who_torched_is_a_riot():
    assert "riot" in modes("Police in Dhaka arrested dozens of protesters who torched buses on Sunday.", "PROTEST")


def test_protesters_threw_stones_is_a_riot():
    assert "riot" in modes("Demonstrators in Tbilisi threw stones and fireworks at riot police.", "PROTEST")


def test_protesters_set_fire_is_a_riot():
    assert "riot" in modes("Protesters in Nairobi had set fire to a tax office by midday.", "PROTEST")


def test_burned_an_effigy_stays_a_demonstration():
    assert modes("Protesters in Manila burned an effigy of the president.", "PROTEST") == ["demo"]


def test_police_who_stormed_is_no_riot():
    assert events("Police stormed the opposition party's offices in Caracas.", "PROTEST") == []


def test_called_up_reservists_is_a_mobilization():
    found = events("Armenia called up thousands of reservists on Tuesday.", "MOBILIZE")
    assert found and found[0][0] == ["ARM"]


def test_sent_two_more_frigates_is_a_deployment():
    found = events("Norway will send three more frigates to the Barents Sea.", "MOBILIZE")
    assert found and found[0][0] == ["NOR"] and found[0][2] == "planned"


def test_sent_aid_ships_is_no_deployment():
    assert events("Turkey sent two aid ships to Gaza on Monday.", "MOBILIZE") == []


def test_stepped_up_border_security_is_a_police_mobilization():
    found = events("Poland stepped up security along its eastern border on Sunday.", "MOBILIZE")
    assert found and found[0][0] == ["POL"]


def test_restricted_visas_for_is_a_sanction():
    found = events("Canada restricted visas for Iranian officials on Wednesday.", "SANCTION")
    assert found and found[0][0] == ["CAN"]


def test_called_a_nationwide_shutdown_is_a_strike():
    assert modes("The opposition in Dhaka called a nationwide shutdown for Sunday.", "PROTEST") == ["strike"]


def test_called_for_a_boycott_is_a_boycott():
    assert "boycott" in modes("Student unions in Belgrade called for a boycott of state media.", "PROTEST")


def test_voted_to_extend_the_mandate_is_support():
    found = events("The Security Council voted to extend the mandate of the peacekeeping mission in Mali.", "SUPPORT")
    assert found and found[0][0] == ["UNSC"]


def test_backed_a_state_is_support():
    found = events("The European Union backed Lithuania in its dispute with Beijing.", "SUPPORT")
    assert found and found[0][:2] == (["EU"], ["LTU"])


def test_state_backed_adjective_is_no_support():
    assert events("Iran-backed militias fired rockets at the base.", "SUPPORT") == []


def test_accused_of_backing_is_no_support_of_the_accuser():
    found = events("Mali accused France of backing rebel groups in the north.", "SUPPORT")
    assert not any(s == ["MLI"] for s, _, _ in found)


def test_backed_down_is_no_support():
    assert events("Hungary backed down after talks with Slovakia.", "SUPPORT") == []


def test_protesters_torched_homes_is_a_riot_not_dropped():
    assert modes("LIMA (Reuters) - Protesters torched the homes of two lawmakers on Friday.", "PROTEST") == ["riot"]


def test_halved_tariffs_is_an_easing():
    found = events("Canada halved tariffs on Chinese electric vehicles on Monday.", "CONCEDE")
    assert found and found[0][0] == ["CAN"]


def test_welcomed_the_releases_is_support_of_the_releaser():
    found = events("Qatar welcomed the releases by Hamas on Sunday.", "SUPPORT")
    assert found and found[0][:2] == (["QAT"], ["HAMAS"])


def test_ordered_units_to_a_place_is_a_deployment():
    found = events("Chad's president ordered army units to the eastern border on Friday.", "MOBILIZE")
    assert found and found[0][0] == ["TCD"]


def test_ordered_troops_to_withdraw_is_no_deployment():
    assert events("Israel ordered its troops to withdraw from the town.", "MOBILIZE") == []


def test_pledged_full_solidarity_is_support():
    found = events('Turkey pledged "full solidarity" with Azerbaijan on Monday.', "SUPPORT")
    assert found and found[0][:2] == (["TUR"], ["AZE"])


def test_hyphenated_curfew_is_a_curfew():
    found = events("Sri Lanka's government imposed a dusk-to-dawn curfew across the island on Sunday.", "COERCE")
    assert found and found[0][0] == ["LKA"]
    assert modes("Sri Lanka's government imposed a dusk-to-dawn curfew across the island on Sunday.",
                 "COERCE") == ["curfew"]


def test_sanctions_and_a_curfew_is_no_curfew_of_the_sanctions():
    assert modes("Israel imposed sanctions on the Palestinian Authority and a curfew on Hebron.", "COERCE") == []


def test_blocked_access_to_a_platform_is_censorship():
    assert modes("Turkey restricted access to X and YouTube after the arrest of the mayor.", "COERCE") == ["censor"]


def test_visit_his_second_to_is_a_visit():
    found = events("Albanese's visit, his second to Beijing in two years, drew criticism at home.", "CONSULT")
    assert found and found[0][1] == ["CHN"]


def test_denied_the_attack_rejects_the_accuser():
    found = events("Armenia said Azerbaijani troops had shelled a border village. Baku denied the attack on Tuesday.",
                   "REJECT")
    assert found and found[0][:2] == (["AZE"], ["ARM"])


def test_denied_the_owners_charge_rejects_its_owner():
    found = events("Hungary's foreign minister denied Brussels's claim that the funds had been misused.", "REJECT")
    assert found and found[0][0] == ["HUN"] and found[0][1] == ["EU"]


def test_suspects_sent_to_a_country_is_judicial_cooperation():
    found = events("Guatemala sent 12 jailed cartel bosses to the United States on Friday.", "COOPERATE")
    assert found and found[0][:2] == (["GTM"], ["USA"])


def test_troops_sent_against_cartels_are_no_judicial_cooperation():
    assert not events("Washington sent warships to strike cartel boats off Venezuela.", "COOPERATE")


def test_force_named_by_nationality_after_after_acts_for_it():
    found = events("Moldova protested after Russian border guards detained two Moldovan farmers.", "COERCE")
    assert found and found[0][:2] == (["RUS"], ["MDA"])


def test_place_then_adverb_and_troops_is_no_force_of_the_place():
    found = events("Israeli tanks shelled the outskirts of Rafah overnight and troops stormed a clinic in Gaza.",
                   "ASSAULT")
    assert found and all(f[0] == ["ISR"] for f in found)


def test_negotiating_a_deal_with_is_negotiation():
    found = events("Hanoi is negotiating a new fisheries pact with Jakarta.", "CONSULT")
    assert found and found[0][:2] == (["VNM"], ["IDN"])


def test_a_quoted_negotiate_before_with_is_no_negotiation_of_the_quote():
    found = events('Kenya\'s minister said he saw "no reason to negotiate" with Uganda now.', "CONSULT")
    assert not found


def test_used_excessive_and_lethal_force_is_an_assault():
    found = events('Ugandan police used "excessive and lethal force" against peaceful crowds in Kampala.', "ASSAULT")
    assert found and found[0][:2] == (["UGA"], ["UGA"])


def test_revoking_a_named_persons_visa_is_a_restriction_on_them():
    found = events("Britain revoked Lukashenko's own visa on Monday.", "COERCE")
    assert found and found[0][0] == ["GBR"] and found[0][1]


def test_suspending_a_countrys_visa_free_travel_is_no_visa_revoked():
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en",
                                       "text": "Brussels may suspend Serbia's visa-free travel."}]))
    assert not [e for e in result["events"] if e["trigger"]["text"].endswith("visa")]
