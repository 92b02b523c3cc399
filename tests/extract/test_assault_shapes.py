"""Assault and coercion in the shapes wire copy gives them: a place named by a
common noun as the object of force, captures of towns, an act of force named
again by its instrument ("dengan serangan udara"), passives with no agent."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events
from event_checks import sides as roles


def test_a_state_bombing_a_place_at_home_acts_on_its_own_people(run):
    out = run(["Tentara Sudan mengebom sebuah pasar di Nyala, Minggu, menewaskan sedikitnya 20 orang."])
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["SDN"], ["SDN"])


def test_force_on_a_place_in_a_named_country_is_on_that_country(run):
    out = run(["Israeli jets bombed a school in Lebanon on Monday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["LBN"])


def test_force_on_a_place_takes_the_other_side_of_the_paragraph(run):
    out = run(["Russia and Ukraine traded accusations on Tuesday. Russian forces shelled a hospital overnight."],
              lang="en")
    attacks = [e for e in events(out[0], "ASSAULT") if e["trigger"]["text"] == "shelled"]
    assert [roles(a) for a in attacks] == [(["RUS"], ["UKR"])]


def test_captured_a_town_is_an_occupation(run):
    out = run(["Russian forces captured the village of Bohdanivka, Ukraine's military said."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert attack["mode"] == "occupy" and codes(attack["sources"]) == ["RUS"]


def test_a_seizure_of_what_the_arrested_own_is_on_them(run):
    out = run(["Tentara Myanmar menangkap 20 aktivis di Yangon dan menyita telepon mereka."])
    seizure = next(e for e in events(out[0], "COERCE") if e["mode"] == "seize")
    assert roles(seizure) == (["MMR"], ["MMR"])


def test_an_attack_on_a_place_led_by_its_nationality(run):
    out = run(["A Russian attack on a hospital in Kherson killed two doctors."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_the_attack_condemned_is_not_the_condemners(run):
    out = run(["France condemned the attack on the embassy in Kabul."], lang="en")
    assert not events(out[0], "ASSAULT")


def test_killed_a_number_in_digits(run):
    out = run(["Pakistani troops killed 12 militants in a raid in North Waziristan."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["PAK"]


def test_targets_as_a_noun_is_no_attack(run):
    out = run(["The United States carried out airstrikes against Houthi targets in Yemen."], lang="en")
    assert [roles(a) for a in events(out[0], "ASSAULT")] == [(["USA"], ["HOUTHI"])]


def test_an_attack_named_by_its_means_is_one_attack(run):
    out = run(["Israel pounded Gaza City with airstrikes on Tuesday, killing at least 25 people."], lang="en")
    assert [roles(a) for a in events(out[0], "ASSAULT")] == [(["ISR"], ["PSE"])]


def test_a_second_act_after_with_and_a_conjunction_stays(run):
    out = run(["India deployed two army divisions to its border with China and put its air force on high alert."],
              lang="en")
    assert len(events(out[0], "MOBILIZE")) == 2


def test_armed_men_nobody_names_attack_a_post(run):
    out = run(["Kelompok bersenjata menyerang sebuah pos polisi di Nigeria, Minggu."])
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["kelompok bersenjata"], ["NGA"])


def test_an_abduction_is_an_assault(run):
    out = run(["Kelompok bersenjata menculik 30 warga Nigeria di Zamfara."])
    (attack,) = events(out[0], "ASSAULT")
    assert attack["mode"] == "abduct" and not events(out[0], "COERCE")


def test_held_more_than_a_number(run):
    out = run(["Militer Israel menahan lebih dari 100 warga Palestina dalam operasi di Tepi Barat."])
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["PSE"])


def test_a_broadcast_suspended_is_censorship(run):
    out = run(["Junta Niger menangguhkan siaran sebuah stasiun radio Prancis selama tiga bulan."])
    (ban,) = events(out[0], "COERCE")
    assert ban["mode"] == "censor" and codes(ban["sources"]) == ["NER"]


def test_a_blogger_arrested_at_home_is_of_the_arresting_state(run):
    out = run(["Egyptian authorities arrested a prominent blogger on Tuesday."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["EGY"], ["EGY"])


def test_placed_under_house_arrest(run):
    out = run(["Chinese authorities placed the activist under house arrest."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["CHN"], ["CHN"])


def test_stripped_of_citizenship(run):
    out = run(["Nicaragua stripped 94 opposition figures of their citizenship."], lang="en")
    (strip,) = events(out[0], "COERCE")
    assert strip["mode"] == "restrict" and codes(strip["sources"]) == ["NIC"]


def test_a_raid_on_headquarters_then_an_arrest(run):
    out = run(["Tunisian police raided the headquarters of the bar association and arrested a lawyer."], lang="en")
    assert [roles(e) for e in out[0]["events"]] == [(["TUN"], ["TUN"])] * 2


def test_killed_in_strikes_named_by_their_nationality(run):
    out = run(["At least 20 Palestinians were killed in Israeli strikes across Gaza on Sunday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["PSE"])


def test_killed_in_an_ambush_by_a_named_group(run):
    out = run(["Delapan tentara tewas dalam penyergapan oleh milisi Boko Haram di Negara Bagian Borno."])
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["BOKOHARAM"]


def test_shot_dead_by_the_agent_straight_after(run):
    out = run(["Seorang pria Palestina ditembak mati tentara Israel di Hebron."])
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["PSE"])


def test_a_roadside_bomb_noun_is_no_bombing_by_the_place(run):
    out = run(["Two Israeli soldiers were killed by a roadside bomb in the West Bank, the army said."], lang="en")
    assert [e["trigger"]["text"] for e in events(out[0], "ASSAULT")] == ["were killed by"]


def test_strikes_on_military_targets_are_on_the_other_side(run):
    out = run(["Russia and Ukraine traded blame on Sunday. "
               "Russian forces struck military targets and energy facilities."], lang="en")
    attacks = [e for e in events(out[0], "ASSAULT") if e["trigger"]["text"] == "struck"]
    assert [roles(a) for a in attacks] == [(["RUS"], ["UKR"])]


def test_a_states_war_in_a_country(run):
    out = run(["The EU imposed sanctions over its support for Russia's war in Ukraine."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_a_trade_war_is_no_attack(run):
    out = run(["The trade war on China hurt American farmers."], lang="en")
    assert not events(out[0], "ASSAULT")


def test_a_bare_body_after_and_is_of_the_state_acting_before(run):
    out = run(["Israeli police arrested 14 protesters who had blocked a highway in Tel Aviv, "
               "and officers turned water cannon on the crowd."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["ISR"])


def test_a_strike_hitting_is_the_strike_once(run):
    out = run(["Sedikitnya 30 warga Palestina tewas setelah serangan udara Israel menghantam sebuah sekolah di Gaza."])
    assert [roles(a) for a in events(out[0], "ASSAULT")] == [(["ISR"], ["PSE"])]


def test_roadblocks_cleared_after_arrests(run):
    out = run(["LIMA, Jan 10 (Reuters) - Authorities detained 27 people overnight, "
               "and security forces cleared two more roadblocks on Friday morning."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["arrest", "repress"]


def test_protests_crushed_are_repression(run):
    out = run(["Aparat keamanan Iran menumpas aksi protes di Teheran."])
    (crackdown,) = events(out[0], "COERCE")
    assert crackdown["mode"] == "repress" and codes(crackdown["sources"]) == ["IRN"]


def test_counted_people_arrested_by_the_police_before(run):
    out = run(["NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas to disperse protesters in Nairobi.",
               "Police said 50 people had been arrested for looting shops."], lang="en")
    (arrest,) = events(out[1], "COERCE")
    assert arrest["mode"] == "arrest" and roles(arrest) == (["KEN"], ["KEN"])


def test_counted_nationals_detained_are_of_their_country(run):
    out = run(["RAMALLAH, Jan 10 (Reuters) - Israeli troops raided the Jenin refugee camp on Monday. "
               "Twenty Palestinians were detained, the Palestinian Prisoners Society said."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["PSE"])
