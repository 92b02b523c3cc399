"""English event rows from a vocabulary census (WordNet candidates, hand-checked against
wire usage): one sentence of my own per row, and the readings each must not take."""

from __future__ import annotations

import event_checks

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one English paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return [(*event_checks.sides(e), e["modality"]) for e in event_checks.found(result, kind)]


# ASSAULT


def test_strafed_is_an_assault():
    found = events("Russian warplanes strafed Ukrainian positions near Bakhmut on Tuesday.", "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


def test_rocketed_to_a_high_is_no_assault():
    assert events("Oil prices rocketed to a record high on Tuesday, traders said.", "ASSAULT") == []


def test_the_noun_sabotage_is_no_assault_of_the_subject():
    assert events("Russian authorities detained two Ukrainian citizens on charges of sabotage.", "ASSAULT") == []


def test_hammered_is_an_assault():
    found = events("Russian forces hammered Ukrainian energy facilities overnight.", "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


def test_hammered_out_is_no_assault():
    assert events("Indonesian and Malaysian negotiators hammered out a deal on Tuesday.", "ASSAULT") == []


def test_gunned_down_is_an_assault():
    found = events("Gunmen gunned down two Nigerian soldiers on Tuesday.", "ASSAULT")
    assert [t for _, t, _ in found] == [["NGA"]]


def test_blew_up_is_an_assault():
    found = events("Militants blew up a Nigerian army convoy on Tuesday.", "ASSAULT")
    assert [t for _, t, _ in found] == [["NGA"]]


def test_rained_missiles_on_is_an_assault():
    found = events("Russia rained missiles on Ukrainian cities on Tuesday.", "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


def test_launched_a_counteroffensive_is_an_assault():
    found = events("Ukraine launched a counteroffensive against Russian forces on Tuesday.", "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["UKR"], ["RUS"])]


def test_laid_siege_to_is_an_assault():
    found = events("Russian forces laid siege to the Ukrainian city of Mariupol in 2022.", "ASSAULT")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


# RETREAT


def test_vacated_the_corridor_is_a_withdrawal():
    found = events("Israeli troops vacated the Netzarim corridor on Tuesday.", "RETREAT")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_vacated_their_homes_is_no_withdrawal():
    assert events("Lebanese residents vacated their homes near the base on Tuesday.", "RETREAT") == []


def test_set_free_is_a_release():
    found = events("The Taliban set free a British couple on Tuesday.", "RETREAT")
    assert [t for _, t, _ in found] == [["GBR"]]


def test_stood_down_its_forces_is_a_withdrawal():
    found = events("Azerbaijan stood down its forces on Tuesday.", "RETREAT")
    assert [s for s, _, _ in found] == [["AZE"]]


def test_ceded_control_of_is_a_withdrawal():
    found = events("M23 rebels ceded control of the town to a local committee on Tuesday.", "RETREAT")
    assert [s for s, _, _ in found] == [["M23"]]


def test_de_escalated_is_a_retreat():
    found = events("Russia de-escalated along the Estonian border on Tuesday.", "RETREAT")
    assert [s for s, _, _ in found] == [["RUS"]]


def test_urged_to_de_escalate_is_no_retreat():
    assert events("The U.S. urged Moscow to de-escalate on Tuesday.", "RETREAT") == []


# THREATEN


def test_menaced_is_a_threat():
    found = events("Turkey menaced Greece over the Aegean islands on Tuesday.", "THREATEN")
    assert [(s, t) for s, t, _ in found] == [(["TUR"], ["GRC"])]


def test_owned_threats_against_are_a_threat():
    found = events("Russia's threats against Moldova continued on Tuesday.", "THREATEN")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["MDA"])]


def test_threats_against_journalists_condemned_are_no_threat_of_the_subject():
    assert events("The EU condemned threats against journalists in Serbia on Tuesday.", "THREATEN") == []


def test_set_a_deadline_for_is_a_threat():
    found = events("Washington set a deadline for Tehran on Tuesday.", "THREATEN")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["IRN"])]


# COERCE


def test_imprisoned_is_an_arrest():
    found = events("Belarus imprisoned a Polish journalist on Tuesday.", "COERCE")
    assert [(s, t) for s, t, _ in found] == [(["BLR"], ["POL"])]


def test_the_imprisoned_leader_is_no_arrest():
    assert events("The imprisoned Russian opposition leader died on Tuesday.", "COERCE") == []


def test_placed_under_house_arrest_is_an_arrest():
    found = events("The Myanmar junta placed Aung San Suu Kyi under house arrest on Tuesday.", "COERCE")
    assert [s for s, _, _ in found] == [["MMR"]]


def test_censored_is_censorship():
    found = events("Russia censored American websites on Tuesday.", "COERCE")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["USA"])]


def test_outlawed_is_a_ban():
    found = events("Russia outlawed Ukrainian media outlets on Tuesday.", "COERCE")
    assert [(s, t) for s, t, _ in found] == [(["RUS"], ["UKR"])]


def test_intercepted_a_flotilla_is_a_seizure():
    found = events("Israel intercepted a Turkish aid flotilla on Tuesday.", "COERCE")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_intercepted_a_missile_is_no_seizure():
    assert events("Israel intercepted a Houthi missile over the Negev on Tuesday.", "COERCE") == []


def test_nationalised_is_a_seizure():
    found = events("Algeria nationalised a French-owned company on Tuesday.", "COERCE")
    assert [(s, t) for s, t, _ in found] == [(["DZA"], ["FRA"])]


def test_clamped_down_on_is_repression():
    found = events("Kenyan security forces clamped down on Kenyan protesters on Tuesday.", "COERCE")
    assert [s for s, _, _ in found] == [["KEN"]]


def test_tear_gassed_is_repression():
    found = events("Kenyan police tear-gassed Kenyan protesters in Nairobi on Tuesday.", "COERCE")
    assert [s for s, _, _ in found] == [["KEN"]]


def test_evicted_is_a_deportation():
    found = events("French police evicted migrants from a camp in Calais on Tuesday.", "COERCE")
    assert [s for s, _, _ in found] == [["FRA"]]


def test_harassed_is_a_restriction():
    found = events("Chinese coast guard vessels harassed Philippine fishing boats on Tuesday.", "COERCE")
    assert [(s, t) for s, t, _ in found] == [(["CHN"], ["PHL"])]


# SANCTION


def test_recalled_the_countrys_ambassador_is_a_sanction():
    found = events("Israel recalled the country's ambassador in Dublin for consultations on Tuesday.", "SANCTION")
    assert [s for s, _, _ in found] == [["ISR"]]


def test_suspended_its_strategic_partnership_is_a_sanction():
    found = events("Washington suspended its strategic partnership with Baku on Tuesday.", "SANCTION")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["AZE"])]


def test_suspended_intelligence_sharing_is_a_sanction():
    found = events("Washington suspended intelligence sharing with Kyiv on Tuesday.", "SANCTION")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["UKR"])]


def test_blocked_the_export_of_is_a_sanction():
    found = events("The EU blocked the export of chips to China on Tuesday.", "SANCTION")
    assert [(s, t) for s, t, _ in found] == [(["EU"], ["CHN"])]


# ACCUSE


def test_said_was_in_breach_of_is_an_accusation():
    found = events("Washington said Moscow was in material breach of the arms control treaty.", "ACCUSE")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["RUS"])]


def test_more_sanctions_could_follow_is_a_threat():
    found = events("Washington said more sanctions could follow.", "THREATEN")
    assert [s for s, _, _ in found] == [["USA"]]


def test_measures_remained_on_the_table_is_a_threat():
    found = events("Brussels said further measures against Minsk remained on the table.", "THREATEN")
    assert len(found) == 1


def test_a_deal_on_the_table_is_no_threat():
    assert events("The EU said a new aid deal was on the table for Egypt.", "THREATEN") == []


def test_a_stern_warning_to_is_a_threat():
    found = events('Beijing said the drills were a "stern warning" to Taiwan.', "THREATEN")
    assert [(s, t) for s, t, _ in found] == [(["CHN"], ["TWN"])]


# AID


def test_an_aid_package_for_is_aid():
    found = events("The Pentagon announced a new $250 million military aid package for Taiwan on Tuesday.", "AID")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["TWN"])]


def test_blocking_an_aid_package_is_no_aid():
    assert events("Hungary blocked the EU aid package for Ukraine on Tuesday.", "AID") == []


def test_lent_a_sum_is_economic_aid():
    found = events("China lent Laos a further $300 million for its budget on Tuesday.", "AID")
    assert [(s, t) for s, t, _ in found] == [(["CHN"], ["LAO"])]


def test_lent_its_support_is_no_aid():
    assert events("Turkey lent its support to Azerbaijan on Tuesday.", "AID") == []


def test_handed_over_a_patrol_vessel_is_military_aid():
    found = events("India handed over a patrol vessel to Sri Lanka on Tuesday.", "AID")
    assert [(s, t) for s, t, _ in found] == [(["IND"], ["LKA"])]


def test_a_sum_in_military_equipment_to_is_military_aid():
    found = events("The United States sent $300 million in air defence equipment to Taiwan on Tuesday.", "AID")
    assert [(s, t) for s, t, _ in found] == [(["USA"], ["TWN"])]


# CONSULT and AGREE


def test_sat_down_with_is_a_meeting():
    found = events("Indian Prime Minister Narendra Modi sat down with Chinese President Xi Jinping on Tuesday.",
                   "CONSULT")
    assert [(s, t) for s, t, _ in found] == [(["IND"], ["CHN"])]


def test_dined_with_is_a_meeting():
    found = events("French President Emmanuel Macron dined with German Chancellor Friedrich Merz on Tuesday.",
                   "CONSULT")
    assert [(s, t) for s, t, _ in found] == [(["FRA"], ["DEU"])]


def test_exchanged_views_with_is_a_consultation():
    found = events("Indian Prime Minister Narendra Modi exchanged views with Russian President Vladimir Putin.",
                   "CONSULT")
    assert len(found) == 1


def test_struck_a_free_trade_deal_is_an_agreement():
    found = events("India and the EU struck a free trade deal on Tuesday.", "AGREE")
    assert len(found) == 1


def test_a_blow_to_the_deal_is_no_agreement():
    assert events("The strike dealt a blow to the peace deal, Kyiv said.", "AGREE") == []
