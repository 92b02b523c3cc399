"""Force and violence events (ASSAULT, COERCE, MOBILIZE, THREATEN) as wire copy
states them: passives with the agent after "by"/"oleh", nominal forms, weapons
launched at a place, arrests, seizures, censorship, deployments and threats."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events
from event_checks import sides as roles


def test_killed_by_the_agent_after_by(run):
    out = run(["Two paramedics were killed by Israeli fire near Jabalia in Gaza on Wednesday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["ISR"]


def test_hit_by_a_water_cannon_the_agent_past_its_article(run):
    out = run(["One Philippine vessel was hit by a Chinese water cannon near the shoal."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["CHN"], ["PHL"])


def test_blocked_by_ships_a_coercion(run):
    out = run(["Two Philippine coast guard vessels were blocked by Chinese ships on Saturday."], lang="en")
    (block,) = events(out[0], "COERCE")
    assert roles(block) == (["CHN"], ["PHL"])


def test_launched_drones_at_a_city(run):
    out = run(["Russia launched dozens of drones and ballistic missiles at Kyiv overnight."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_sent_warplanes_toward_a_party_a_deployment(run):
    out = run(["China sent 30 warplanes and nine navy ships toward Taiwan on Wednesday."], lang="en")
    assert events(out[0], "AID") == []
    (move,) = events(out[0], "MOBILIZE")
    assert roles(move) == (["CHN"], ["TWN"])


def test_deployed_divisions_a_deployment(run):
    out = run(["India deployed two additional army divisions to its border with China."], lang="en")
    assert events(out[0], "MOBILIZE")


def test_detained_a_crew_named_by_its_country(run):
    out = run(["Seoul detained the crew of a North Korean fishing boat on Friday."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["KOR"], ["PRK"])


def test_arrested_with_a_count(run):
    out = run(["Malian security forces arrested 11 opposition leaders in Bamako."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["arrest"]


def test_an_arrest_warrant_is_no_arrest(run):
    out = run(["The ICC issued an arrest warrant for Vladimir Putin."], lang="en")
    assert events(out[0], "COERCE") == []


def test_suspended_broadcasters_censorship(run):
    out = run(["Niger suspended two broadcasters for three months."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["censor"]


def test_threatened_to_cut_off_exports(run):
    out = run(["Niger threatened to cut off electricity exports to Benin."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["NER"], ["BEN"])


def test_warned_a_party_of_consequences(run):
    out = run(["Niger warned France of serious consequences for any interference."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["NER"], ["FRA"])


def test_dihantam_the_owner_of_the_weapon_acts(run):
    out = run(["Sebuah gedung apartemen di Kharkiv dihantam bom luncur Rusia pada Senin."])
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["RUS"]


def test_meluncurkan_drone_ke_a_city(run):
    out = run(["Rusia meluncurkan puluhan drone dan rudal balistik ke Kyiv pada Senin dini hari."])
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_ditangkap_oleh_the_agent_arrests(run):
    out = run(["Dua warga Ukraina ditangkap oleh dinas keamanan Rusia di Moskow."])
    (arrest,) = events(out[0], "COERCE")
    assert codes(arrest["sources"]) == ["RUS"]


def test_ditangkap_without_agent_is_no_event(run):
    out = run(["Pelaku ditangkap pada Senin malam."])
    assert events(out[0], "COERCE") == []


def test_menyita_a_seizure(run):
    out = run(["Aparat keamanan Rusia menyita telepon genggam dua warga Ukraina."])
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["seize"]


def test_mengusir_kapal_a_coercion_not_an_expulsion_of_envoys(run):
    out = run(["China menyatakan telah mengusir kapal Filipina dari perairannya."])
    assert events(out[0], "SANCTION") == []
    (push,) = events(out[0], "COERCE")
    assert roles(push) == (["CHN"], ["PHL"])


def test_memutus_akses_internet_a_restriction(run):
    out = run(["Junta militer Myanmar memutus akses internet seluler di 12 kota."])
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["restrict"]


def test_mengerahkan_numbered_warplanes(run):
    out = run(["China mengerahkan 30 pesawat tempur ke sekitar Taiwan pada Rabu."])
    (move,) = events(out[0], "MOBILIZE")
    assert roles(move) == (["CHN"], ["TWN"])


def test_menutup_pos_perbatasan(run):
    out = run(["Pemerintah Thailand menutup dua pos perbatasan dengan Myanmar."])
    (close,) = events(out[0], "COERCE")
    assert roles(close) == (["THA"], ["MMR"])


def test_the_agent_of_a_passive_restates_the_act(run):
    out = run(["Three civilians were wounded by Russian shelling in Kharkiv, Ukraine."], lang="en")
    assert len(events(out[0], "ASSAULT")) == 1


def test_the_act_in_a_warning_is_the_warning(run):
    out = run(["Dmitry Peskov warned that Moscow would retaliate against any strikes."], lang="en")
    assert len(events(out[0], "THREATEN")) == 1


def test_a_toll_after_a_comma_is_the_same_attack(run):
    out = run(["Russia launched drones at Kyiv overnight, killing at least seven people."], lang="en")
    assert len(events(out[0], "ASSAULT")) == 1


def test_protesters_arrested_at_home_are_of_the_state(run):
    out = run(["Israeli police arrested 14 protesters in Tel Aviv on Saturday night."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["ISR"])


def test_demonstran_ditangkap_polisi_negaranya(run):
    out = run(["Polisi Israel menangkap 20 demonstran di Tel Aviv pada Sabtu malam."])
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["ISR"])


def test_people_of_another_country_keep_it(run):
    out = run(["Israeli forces arrested 15 Palestinian students near Ramallah."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["ISR"], ["PSE"])


def test_the_toll_of_a_strike_is_no_second_attack(run):
    out = run(["Israeli strikes on Rafah killed at least 20 people overnight."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["PSE"])


def test_missiles_hit_a_city_the_owner_attacks(run):
    out = run(["At least 12 people were killed when Russian missiles hit an apartment block in Dnipro, Ukraine."],
              lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["RUS"]


def test_barred_from_entering(run):
    out = run(["Israel barred UN officials from entering Gaza."], lang="en")
    (bar,) = events(out[0], "COERCE")
    assert roles(bar) == (["ISR"], ["UN"])


def test_revoked_visas(run):
    out = run(["Israel revoked the visas of UN officials."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["restrict"]


def test_expelled_journalists_a_deportation(run):
    out = run(["Russia expelled two Estonian journalists on Friday."], lang="en")
    assert events(out[0], "SANCTION") == []
    (expel,) = events(out[0], "COERCE")
    assert roles(expel) == (["RUS"], ["EST"])


def test_put_on_combat_readiness(run):
    out = run(["Serbia put its army on the highest level of combat readiness."], lang="en")
    assert [e["mode"] for e in events(out[0], "MOBILIZE")] == ["troops"]


def test_warned_of_a_response_it_would_face(run):
    out = run(["Iran warned Israel that it would face a harsh response to any attack."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["IRN"], ["ISR"])


def test_exchanged_fire_both_sides_act(run):
    out = run(["Armenian and Azerbaijani troops exchanged fire on Tuesday."], lang="en")
    (fight,) = events(out[0], "ASSAULT")
    assert sorted(codes(fight["sources"])) == ["ARM", "AZE"]


def test_exchanged_views_no_fight(run):
    out = run(["Armenia and Azerbaijan exchanged views on the peace treaty."], lang="en")
    assert events(out[0], "ASSAULT") == []


def test_serangan_udara_its_owner_after_the_noun_attacks(run):
    out = run(["Dua warga sipil tewas akibat serangan drone Rusia di Kherson, Ukraina."])
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["RUS"], ["UKR"])


def test_a_threat_in_the_that_clause_of_a_warning_is_the_warning(run):
    out = run(["Iran memperingatkan Israel bahwa pihaknya akan menghadapi balasan keras."])
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["IRN"], ["ISR"])


def test_melarang_memasuki(run):
    out = run(["Israel melarang pejabat PBB memasuki Gaza."])
    (bar,) = events(out[0], "COERCE")
    assert roles(bar) == (["ISR"], ["UN"])


def test_mengusir_wartawan_a_deportation(run):
    out = run(["Rusia mengusir dua wartawan Estonia pada Jumat."])
    assert events(out[0], "SANCTION") == []
    (expel,) = events(out[0], "COERCE")
    assert roles(expel) == (["RUS"], ["EST"])


def test_memindahkan_senjata_nuklir(run):
    out = run(["Rusia memindahkan senjata nuklir taktis ke Belarus."])
    (move,) = events(out[0], "MOBILIZE")
    assert roles(move) == (["RUS"], ["BLR"])


def test_wajib_militer(run):
    out = run(["Pemerintah Myanmar memberlakukan wajib militer bagi semua pemuda."])
    assert [e["mode"] for e in events(out[0], "MOBILIZE")] == ["troops"]


def test_sanctions_over_missile_shipments_are_no_launch(run):
    out = run(["Australia menjatuhkan sanksi terkait pengiriman rudal ke Rusia."])
    assert events(out[0], "ASSAULT") == [] and events(out[0], "SANCTION")
    out = run(["The EU imposed sanctions over Iran's shipments of drones to Russia."], lang="en")
    assert events(out[0], "ASSAULT") == []


def test_the_army_is_the_state_named_before(run):
    out = run(["In Burkina Faso, the army imposed a curfew on Fada N'Gourma."], lang="en")
    (curfew,) = events(out[0], "COERCE")
    assert codes(curfew["sources"]) == ["BFA"]


def test_a_detained_leader_is_no_new_arrest(run):
    out = run(["Thailand's foreign minister said he had met detained leader Aung San Suu Kyi in Naypyitaw."],
              lang="en")
    assert events(out[0], "COERCE") == []


def test_a_threat_named_after_warned_that_is_the_warning(run):
    out = run(["Moscow warned that any deployment of Western troops in Ukraine would be a legitimate target."],
              lang="en")
    assert len(events(out[0], "THREATEN")) == 1


def test_banned_the_entry_of(run):
    out = run(["Russia banned the entry of 500 Americans, including former President Barack Obama."], lang="en")
    (ban,) = events(out[0], "COERCE")
    assert roles(ban) == (["RUS"], ["USA"])


def test_blocked_aid_deliveries(run):
    out = run(["Israel has blocked all aid deliveries into Gaza since March 2."], lang="en")
    (block,) = events(out[0], "COERCE")
    assert roles(block) == (["ISR"], ["PSE"])


def test_imposed_a_nationwide_curfew(run):
    out = run(["Bangladesh imposed a nationwide curfew after deadly clashes."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["curfew"]   # PLOVER COERCE mode curfew (CAMEO 1723)


def test_would_hit_back_a_threat(run):
    out = run(["Ukraine said it would hit back after Russian strikes on its energy grid."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert codes(threat["sources"]) == ["UKR"]


def test_launched_a_military_operation(run):
    out = run(["Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert codes(attack["sources"]) == ["AZE"]


def test_memblokir_pengiriman_bantuan_a_restriction_not_aid(run):
    out = run(["Israel memblokir semua pengiriman bantuan ke Gaza sejak 2 Maret."])
    assert events(out[0], "AID") == []
    (block,) = events(out[0], "COERCE")
    assert roles(block) == (["ISR"], ["PSE"])


def test_latihan_nuklir_taktis(run):
    out = run(["Rusia memulai latihan nuklir taktis di dekat perbatasan Ukraina."])
    assert [e["mode"] for e in events(out[0], "MOBILIZE")] == ["troops"]


def test_was_arrested_by_the_agent_arrests(run):
    out = run(["A U.S. journalist was arrested by Russian security services in Yekaterinburg."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["RUS"], ["USA"])


def test_the_expulsion_of_aid_workers_a_deportation(run):
    out = run(["Mali ordered the expulsion of three French aid workers on Thursday."], lang="en")
    assert events(out[0], "SANCTION") == []
    (expel,) = events(out[0], "COERCE")
    assert roles(expel) == (["MLI"], ["FRA"])


def test_the_killing_of_by_its_agent(run):
    out = run(["The killing of the Hamas leader by Israel in Tehran drew warnings from Iran."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert roles(attack) == (["ISR"], ["HAMAS"])


def test_the_detention_of_by_its_agent(run):
    out = run(["The detention of two Canadians by China soured relations for years."], lang="en")
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["CHN"], ["CAN"])


def test_a_killing_with_no_agent_named_is_no_event(run):
    out = run(["France condemned the killing of a French aid worker in Gaza."], lang="en")
    assert events(out[0], "ASSAULT") == []


def test_ready_to_use_force_a_threat(run):
    out = run(["Israel said it was ready to use force against Hezbollah if diplomacy failed."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["ISR"], ["HEZBOLLAH"])


def test_never_ruled_out_force_a_threat(run):
    out = run(["China has never ruled out the use of force against Taiwan."], lang="en")
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["CHN"], ["TWN"])


def test_siap_menggunakan_kekuatan_militer(run):
    out = run(["Israel menyatakan siap menggunakan kekuatan militer terhadap Hizbullah."])
    (threat,) = events(out[0], "THREATEN")
    assert roles(threat) == (["ISR"], ["HEZBOLLAH"])


def test_ditahan_polisi_the_force_after_the_passive_arrests(run):
    out = run(["Dua warga Ukraina ditahan polisi Rusia di Moskow."])
    (arrest,) = events(out[0], "COERCE")
    assert roles(arrest) == (["RUS"], ["UKR"])


def test_crowd_control_weapons_are_assault_and_their_aim_no_second_act(run):
    """PLOVER codes tear gas fired at people as ASSAULT (crowd control); "to disperse"
    names that force's aim, not a COERCE of its own, while a dispersal joined by "and"
    is an act of its own."""
    en = run(["Riot police fired tear gas to disperse students outside the provincial assembly in Lahore.",
              "Riot police fired tear gas at students in Lahore and dispersed the crowd by evening."], lang="en")
    assert [(e["type"], e["mode"]) for e in en[0]["events"]] == [("ASSAULT", "crowd_control")]
    assert [e["type"] for e in en[1]["events"]] == ["ASSAULT", "COERCE"]
    idn = run(["Polisi Pakistan menembakkan gas air mata untuk membubarkan ratusan mahasiswa di depan kantor "
               "gubernur."],
              lang="id")
    assert [(e["type"], e["mode"]) for e in idn[0]["events"]] == [("ASSAULT", "crowd_control")]
