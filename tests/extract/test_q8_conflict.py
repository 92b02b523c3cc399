"""Conflict in wire copy (ASSAULT, ACCUSE, PROTEST), round q8: attacks told by their weapon or toll,
clashes, responsibility claimed or laid, walkouts and crowds in the streets, in both languages."""

from __future__ import annotations

from event_checks import event_sides, found


def test_clashed_along_a_border_is_a_joint_clash(run):
    out = run(["Thai and Cambodian troops clashed along their disputed border for a second day."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["THA", "KHM"], [])]


def test_pummelled_acts_on_its_object(run):
    out = run(["Russia pummelled Ukraine's power grid with more than 90 missiles overnight."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_killed_a_named_party(run):
    out = run(["Israel killed Hamas leader Yahya Sinwar in Gaza, the military said."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ISR"], ["HAMAS"])]


def test_were_killed_in_is_no_killing_by_the_subject(run):
    out = run(["Two Israeli soldiers were killed in Gaza on Monday."], lang="en")
    assert found(out[0], "ASSAULT") == []


def test_launched_about_a_number_of_missiles(run):
    out = run(["Iran launched about 180 ballistic missiles at Israel on Tuesday night."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["IRN"], ["ISR"])]


def test_killed_in_a_shootout_with(run):
    out = run(["Two Armenian soldiers were killed in a shootout with Azerbaijani forces on the border."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ARM"], ["AZE"])]


def test_bore_responsibility_is_a_charge_by_the_speaker(run):
    out = run(["Hamas said Israel bore full responsibility for the deaths of the hostages."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["HAMAS"], ["ISR"])]


def test_walked_out_of_a_named_parliament(run):
    out = run(["Opposition lawmakers walked out of the Georgian parliament as the ruling party pushed "
               "through the bill."], lang="en")
    assert [e["sources"] and e["sources"][0]["country"] for e in found(out[0], "PROTEST")] == ["GEO"]


def test_crowds_filled_the_streets(run):
    out = run(["Tens of thousands of Serbians filled the streets of Belgrade on Saturday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["SRB"]]


def test_menghujani_dengan_rudal_acts_on_its_object(run):
    out = run(["Rusia kembali menghujani Kyiv dengan rudal dan drone pada Minggu dini hari."])
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_menabrakkan_charged(run):
    out = run(["China menuding Filipina sengaja menabrakkan kapalnya ke kapal penjaga pantai China."])
    assert (["PHL"], ["CHN"]) in event_sides(out[0], "ASSAULT")


def test_mengaku_bertanggung_jawab_atas_serangan(run):
    out = run(["Al-Shabaab mengaku bertanggung jawab atas serangan tersebut."])
    assert [s for s, _ in event_sides(out[0], "ASSAULT")] == [["ALSHABAAB"]]


def test_memadati_jalan_is_a_protest(run):
    out = run(["Ribuan warga Georgia memadati jalan-jalan di Tbilisi untuk memprotes keputusan pemerintah."])
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["GEO"]]


def test_in_protest_at_is_a_protest_of_the_people_of_the_place(run):
    out = run(["Doctors in South Korea walked out of hospitals in protest at plans to raise admissions."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["KOR"]]


def test_in_protest_after_a_state_act_is_no_protest(run):
    out = run(["Russia recalled its ambassador in protest at the decision."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_chanted_slogans_outside_an_embassy(run):
    out = run(["Crowds chanted anti-American slogans outside the U.S. embassy in Baghdad."], lang="en")
    assert event_sides(out[0], "PROTEST") == [(["IRQ"], ["USA"])]


def test_slogans_after_a_protest_in_the_paragraph_are_its_detail(run):
    out = run(["Ratusan warga Palestina berunjuk rasa di Ramallah untuk memprotes penggerebekan itu. "
               "Mereka membakar ban dan meneriakkan slogan anti-Israel."])
    assert len(found(out[0], "PROTEST")) == 1


def test_demo_menolak_is_a_protest(run):
    out = run(["Demo menolak kenaikan pajak di Pati berakhir ricuh."])
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["IDN"]]


def test_unplaced_street_act_in_indonesian_copy_is_of_the_press_state(run):
    out = run(["Ratusan mahasiswa berdemo di depan gedung DPRD menolak revisi UU TNI."])
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["IDN"]]


def test_memboikot_pemungutan_suara(run):
    out = run(["Partai oposisi memboikot pemungutan suara di parlemen."])
    assert len(found(out[0], "PROTEST")) == 1


def test_act_noun_a_charge_names_is_done_by_the_accused(run):
    out = run(["Kyiv blamed Moscow for the strike on a hospital in Kharkiv."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_fired_at_acts_on_its_object(run):
    out = run(["Israeli troops fired at Palestinians waiting for aid near Gaza City."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ISR"], ["PSE"])]


def test_was_fired_at_the_weekend_is_no_attack(run):
    out = run(["The minister was fired at the weekend."], lang="en")
    assert found(out[0], "ASSAULT") == []


def test_fought_heavy_battles(run):
    out = run(["Ethiopian federal forces and Fano militiamen fought heavy battles around the town of Gondar."],
              lang="en")
    assert [s for s, _ in event_sides(out[0], "ASSAULT")] == [["ETH"]]


def test_attacked_a_policy_is_criticism_not_force(run):
    out = run(["Hungary's prime minister Viktor Orban attacked the European Commission's migration plans."],
              lang="en")
    assert found(out[0], "ASSAULT") == [] and event_sides(out[0], "ACCUSE") == [(["HUN"], ["EC"])]


def test_waging_a_hybrid_war_is_a_reported_charge(run):
    out = run(["Russian foreign ministry spokeswoman Maria Zakharova said Britain was waging a hybrid war "
               "against Russia."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["RUS"], ["GBR"])]


def test_protests_against_a_law_continued_in_a_place(run):
    out = run(["Protests against the new law continued for a fifth day in Tbilisi."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["GEO"]]


def test_blocked_a_motorway(run):
    out = run(["Climate activists blocked a motorway in The Hague, police said."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["NLD"]]


def test_joined_a_general_strike(run):
    out = run(["Thousands of Argentines joined a general strike called by the CGT union federation."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["ARG"]]


def test_joined_talks_is_no_protest(run):
    out = run(["Ukraine joined talks with Russia in Istanbul."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_march_by_names_its_marchers(run):
    out = run(["The march by Serbian students reached Novi Sad."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["SRB"]]


def test_set_up_a_protest_encampment(run):
    out = run(["Students at Columbia University in New York set up a protest encampment."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["USA"]]


def test_rocked_by_protests(run):
    out = run(["Serbia has been rocked by months of student-led protests."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["SRB"]]


def test_menyebut_x_sebagai_dalang_is_a_charge(run):
    out = run(["Rusia menyebut Ukraina sebagai dalang serangan gedung konser di Moskow."])
    assert event_sides(out[0], "ACCUSE") == [(["RUS"], ["UKR"])]


def test_berada_di_balik_after_a_charge_is_that_charge(run):
    out = run(["Iran menuding Israel berada di balik ledakan di fasilitas nuklir Natanz."])
    assert event_sides(out[0], "ACCUSE") == [(["IRN"], ["ISR"])]


def test_terlibat_dalam_serangan_is_a_reported_charge(run):
    out = run(["Juru bicara Kremlin Dmitry Peskov mengatakan Inggris terlibat dalam serangan itu."])
    assert event_sides(out[0], "ACCUSE") == [(["RUS"], ["GBR"])]


def test_terlibat_dalam_perundingan_is_no_charge(run):
    out = run(["Indonesia terlibat dalam perundingan itu."])
    assert found(out[0], "ACCUSE") == []


def test_involved_in_the_attack_is_a_reported_charge(run):
    out = run(["Kremlin spokesman Dmitry Peskov said Britain was involved in the attack."], lang="en")
    assert event_sides(out[0], "ACCUSE") == [(["RUS"], ["GBR"])]


def test_saling_tuding_is_a_mutual_charge(run):
    out = run(["Kamboja dan Thailand saling tuding soal siapa yang lebih dulu melepaskan tembakan."])
    assert event_sides(out[0], "ACCUSE") == [(["KHM", "THA"], [])]


def test_merebut_kota_is_an_occupation(run):
    out = run(["Pemberontak M23 merebut kota Goma di Kongo timur."])
    assert event_sides(out[0], "ASSAULT") == [(["M23"], ["COD"])]


def test_people_named_with_the_first_word_of_a_street_act(run):
    out = run(["Polish farmers protested against Ukrainian grain imports."], lang="en")
    assert event_sides(out[0], "PROTEST") == [(["POL"], ["UKR"])]


def test_a_state_blocking_its_border_is_no_protest(run):
    out = run(["Poland blocked the border with Belarus."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_carried_out_hundreds_of_strikes(run):
    out = run(["Israel has carried out hundreds of strikes in Syria since the fall of Bashar al-Assad."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["ISR"], ["SYR"])]


def test_carried_out_raids_with_no_party_is_no_event(run):
    out = run(["Investigators carried out dozens of raids."], lang="en")
    assert found(out[0], "ASSAULT") == []


def test_at_war_with(run):
    out = run(["Russia has been at war with Ukraine since 2022."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_exchanged_drone_attacks_is_mutual(run):
    out = run(["Russia and Ukraine exchanged massive drone attacks overnight."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS", "UKR"], [])]


def test_captured_two_major_cities(run):
    out = run(["Rwanda-backed M23 rebels have captured two major cities in eastern Congo."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["M23"], ["COD"])]


def test_bentrokan_pecah_antara_is_a_joint_clash(run):
    out = run(["Bentrokan bersenjata pecah antara tentara India dan China di Lembah Galwan."])
    assert event_sides(out[0], "ASSAULT") == [(["IND", "CHN"], [])]


def test_street_abroad_is_not_the_press_state(run):
    out = run(["Aksi demonstrasi besar-besaran mengguncang Serbia selama berbulan-bulan."])
    assert all(s != ["IDN"] for s, _ in event_sides(out[0], "PROTEST"))


def test_anti_country_slogans_keep_the_press_street(run):
    out = run(["Massa meneriakkan yel-yel anti-Israel di depan kedutaan AS."])
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["IDN"]]


def test_toll_of_the_act_a_charge_names_in_a_relative_clause(run):
    out = run(["Kyiv blamed Moscow for the strike, which killed 14 people."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_launched_a_wave_of_strikes_is_force_not_a_labour_strike(run):
    out = run(["Israel launched a wave of strikes on Iranian nuclear sites early on Friday."], lang="en")
    assert found(out[0], "PROTEST") == [] and event_sides(out[0], "ASSAULT") == [(["ISR"], ["IRN"])]


def test_launched_a_general_strike_stays_a_protest(run):
    out = run(["Unions in France launched a general strike on Monday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["FRA"]]


def test_an_envoy_recalled_as_ones_own_is_a_second_act_after_an_expulsion(run):
    out = run(["Peru expelled the Bolivian ambassador and recalled its own envoy from La Paz."], lang="en")
    assert [e["trigger"]["text"] for e in found(out[0], "SANCTION")] == ["expelled", "recalled its own envoy"]
