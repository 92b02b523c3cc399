"""Verbal conflict events (ACCUSE, SANCTION, REJECT, PROTEST) as wire copy words them:
investigations, lawsuits, tariffs, refusals, strikes and rallies, in both languages."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found


def one(run, text, lang, kind, mode=...):
    """The one event of a type that a sentence gives (exactly one)."""
    out = run([text], lang=lang)
    events = found(out[0], kind, mode)
    assert len(events) == 1, out[0]["events"]
    return events[0]


# English


def test_opened_an_investigation_into(run):
    e = one(run, "The commerce ministry in Beijing opened an anti-dumping investigation into imports of "
                 "American pork.", "en", "ACCUSE", "investigate")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["USA"]


def test_investigating_needs_a_party(run):
    out = run(["Police are investigating the blast near the station."], lang="en")
    assert found(out[0], "ACCUSE") == []


def test_filed_a_case_against(run):
    e = one(run, "Manila filed a new case against Beijing at the Permanent Court of Arbitration.",
            "en", "ACCUSE", "allege")
    assert e["cameo"] == "115" and codes(e["sources"]) == ["PHL"] and codes(e["targets"]) == ["CHN"]


def test_sued(run):
    e = one(run, "Mexico sued the United States over the border wall.", "en", "ACCUSE", "allege")
    assert codes(e["sources"]) == ["MEX"] and codes(e["targets"]) == ["USA"]


def test_slapped_a_surcharge_on(run):
    e = one(run, "Canada slapped a 100 percent surcharge on Chinese electric vehicles in August.", "en", "SANCTION")
    assert codes(e["sources"]) == ["CAN"] and codes(e["targets"]) == ["CHN"]


def test_raised_concerns_about_tariffs_is_no_sanction(run):
    out = run(["Germany raised concerns about tariffs on Chinese cars."], lang="en")
    assert found(out[0], "SANCTION") == []


def test_suspending_imports_any_inflection(run):
    e = one(run, "Beijing retaliated against Ottawa by suspending imports of Canadian canola.", "en", "SANCTION")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["CAN"]


def test_new_sanctions_against_without_a_verb(run):
    e = one(run, "Britain said new sanctions against Iran would take effect on Monday.", "en", "SANCTION")
    assert codes(e["targets"]) == ["IRN"]


def test_dismissed_the_complaint(run):
    e = one(run, "Chinese officials dismissed the complaint lodged by Manila.", "en", "REJECT")
    assert codes(e["sources"]) == ["CHN"]


def test_blocked_an_earlier_draft(run):
    e = one(run, "Hungary had blocked an earlier draft of the package in May.", "en", "REJECT")
    assert codes(e["sources"]) == ["HUN"]


def test_protested_in_a_city_takes_its_country(run):
    e = one(run, "Thousands of Kenyans protested in Nairobi on Tuesday.", "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["KEN"]


def test_protesters_marched_in(run):
    e = one(run, "Protesters marched in Nairobi on Tuesday.", "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["KEN"]


def test_troops_marched_in_is_no_protest_without_protesters(run):
    out = run(["Russian troops marched into the town on Tuesday."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_walked_off_the_job(run):
    e = one(run, "Kenyan teachers and doctors walked off the job on Wednesday.", "en", "PROTEST", "strike")
    assert codes(e["sources"]) == ["KEN"]


def test_staged_a_protest_rally(run):
    e = one(run, "Georgian opposition parties staged a mass protest rally in Tbilisi.", "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["GEO"]


def test_people_of_the_place_protest(run):
    e = one(run, "Thousands of people protested in Tbilisi on Sunday against the government's decision.",
            "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["GEO"] and codes(e["targets"]) == ["GEO"]   # "against the government's decision"


def test_sit_in_outside_an_embassy(run):
    e = one(run, "Students staged a sit-in outside the U.S. embassy in Manila.", "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["PHL"] and codes(e["targets"]) == ["USA"]


def test_a_place_before_the_act_is_not_its_people(run):
    out = run(["In Tbilisi, the ambassador said people protested."], lang="en")
    assert found(out[0], "PROTEST") == []


def acts_charged(result):
    return [e for e in result["events"] if e["type"] != "ACCUSE"]


def test_the_act_charged_is_done_by_the_accused(run):
    out = run(["Manila accused Beijing of closing the road to the shoal."], lang="en")
    acts = acts_charged(out[0])
    assert acts and codes(acts[0]["sources"]) == ["CHN"] and codes(acts[0]["targets"]) == ["PHL"]


def test_the_act_charged_after_a_passive_charge(run):
    out = run(["Russia was accused by Ukraine of deporting children from Kherson."], lang="en")
    acts = acts_charged(out[0])
    assert acts and codes(acts[0]["sources"]) == ["RUS"] and codes(acts[0]["targets"]) == ["UKR"]


def test_refused_to_an_act_without_a_trigger_is_a_rejection(run):
    e = one(run, "Iran refused to allow IAEA inspectors into the Fordow site.", "en", "REJECT")
    assert codes(e["sources"]) == ["IRN"] and e["modality"] == "asserted"


def test_refused_to_an_act_with_a_trigger_is_one_rejection(run):
    out = run(["Hungary refused to sign the joint statement."], lang="en")
    assert len(found(out[0], "REJECT")) == 1


def test_declined_to_comment_is_no_rejection(run):
    out = run(["Sergei Lavrov declined to comment on the report."], lang="en")
    assert found(out[0], "REJECT") == []


def test_enggan_bergabung(run):
    e = one(run, "Uni Eropa enggan bergabung dengan tarif AS.", "id", "REJECT")
    assert codes(e["sources"]) == ["EU"]


def test_enggan_berkomentar_is_no_rejection(run):
    out = run(["Sergei Lavrov enggan berkomentar soal laporan itu."])
    assert found(out[0], "REJECT") == []


# Indonesian


def test_menggugat(run):
    e = one(run, "Pemerintah Filipina menggugat China ke Mahkamah Arbitrase Permanen di Den Haag.",
            "id", "ACCUSE", "allege")
    assert e["cameo"] == "115" and codes(e["sources"]) == ["PHL"] and codes(e["targets"]) == ["CHN"]


def test_mengajukan_gugatan_terhadap(run):
    e = one(run, "Afrika Selatan mengajukan gugatan terhadap Israel ke Mahkamah Internasional.",
            "id", "ACCUSE", "allege")
    assert codes(e["sources"]) == ["ZAF"] and codes(e["targets"]) == ["ISR"]


def test_membuka_penyelidikan_terhadap(run):
    e = one(run, "Kejaksaan Korea Selatan membuka penyelidikan terhadap perusahaan Jepang itu.",
            "id", "ACCUSE", "investigate")
    assert codes(e["sources"]) == ["KOR"] and codes(e["targets"]) == ["JPN"]


def test_sanksi_yang_dijatuhkan_names_its_agent(run):
    e = one(run, "Sanksi baru yang dijatuhkan Beijing itu mencakup pembekuan aset.", "id", "SANCTION")
    assert codes(e["sources"]) == ["CHN"]


def test_tarif_yang_dikenakan_terhadap(run):
    e = one(run, "Ribuan buruh memprotes tarif impor yang dikenakan Washington terhadap produk Indonesia.",
            "id", "SANCTION")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["IDN"]


def test_menolak_semua_tuduhan(run):
    out = run(["Kementerian Luar Negeri China menolak semua tuduhan spionase itu."])
    e = found(out[0], "REJECT")
    assert len(e) == 1 and codes(e[0]["sources"]) == ["CHN"]


def test_menangguhkan_pembelian_senjata(run):
    e = one(run, "Kolombia menangguhkan seluruh pembelian senjata dari Israel.", "id", "SANCTION")
    assert codes(e["sources"]) == ["COL"] and codes(e["targets"]) == ["ISR"]


def test_aksi_mogok_makan_is_one_protest(run):
    out = run(["Ratusan mahasiswa di Makassar menggelar aksi mogok makan di depan kantor DPRD."])
    assert [e["mode"] for e in found(out[0], "PROTEST")] == ["hunger"]


def test_pengusiran_dari_a_capital_is_done_by_its_country(run):
    out = run(["Rusia mengusir dua diplomat Latvia sebagai balasan atas pengusiran diplomat Rusia dari Riga "
               "bulan lalu."])
    pairs = [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "SANCTION", "expel")]
    assert pairs == [(["RUS"], ["LVA"]), (["LVA"], ["RUS"])]


def test_the_expulsion_from_a_capital(run):
    e = one(run, "Moscow retaliated for the expulsion of Russian diplomats from Berlin.", "en", "SANCTION", "expel")
    assert codes(e["sources"]) == ["DEU"] and codes(e["targets"]) == ["RUS"]


def test_expelled_from_its_own_capital_keeps_the_expeller(run):
    e = one(run, "Rusia mengusir dua diplomat Latvia dari Moskwa pada Selasa.", "id", "SANCTION", "expel")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["LVA"]


def test_a_quoted_label_after_a_condemnation_is_no_second_charge(run):
    out = run(['EU foreign policy chief Kaja Kallas denounced the attack on Kyiv as "barbaric."'], lang="en")
    assert len(found(out[0], "ACCUSE")) == 1


def test_suspended_its_trade_talks(run):
    e = one(run, "Canada suspended its trade talks with India.", "en", "SANCTION", "withdraw")
    assert codes(e["sources"]) == ["CAN"] and codes(e["targets"]) == ["IND"]


def test_voted_down(run):
    e = one(run, "South Korea's parliament voted down the bill.", "en", "REJECT")
    assert codes(e["sources"]) == ["KOR"]


def test_burned_an_effigy(run):
    e = one(run, "Demonstrators burned an effigy of the Chinese president outside the embassy in Manila.",
            "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["PHL"] and codes(e["targets"]) == ["CHN"]


def test_burning_flags_at_a_rally_is_the_same_protest(run):
    out = run(["Filipino activists rallied outside the Chinese consulate in Makati, burning mock Chinese flags."],
              lang="en")
    assert len(found(out[0], "PROTEST")) == 1


def test_to_protest_against_after_a_summons_is_no_street_protest(run):
    out = run(["China summoned the Japanese ambassador in Beijing to protest against the remarks."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_called_a_quoted_label_after_a_condemnation_is_one_charge(run):
    out = run(['David Lammy condemned what he called Russia\'s "barbaric" campaign in Ukraine.'], lang="en")
    assert len(found(out[0], "ACCUSE")) == 1


def test_called_the_strikes_a_blatant_violation(run):
    e = one(run, "Pakistan called the Indian strikes a blatant violation of its sovereignty.", "en", "ACCUSE")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["IND"]


def test_called_on_is_no_label(run):
    out = run(["China called on Japan to exercise restraint."], lang="en")
    assert found(out[0], "ACCUSE") == []


def test_menyebut_tindakan_sebagai_provokasi(run):
    e = one(run, "China menyebut tindakan Filipina di Laut China Selatan sebagai provokasi.", "id", "ACCUSE")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["PHL"]


def test_what_a_protest_is_for_is_no_act_of_its_own(run):
    out = run(["Ribuan warga Jakarta menggelar demonstrasi menentang kebijakan Israel di depan Kedutaan Besar AS."])
    assert [e["type"] for e in out[0]["events"]] == ["PROTEST"]


def test_a_rejection_after_a_protest_and_a_coordinator_stands(run):
    out = run(["Ribuan warga Jakarta berunjuk rasa di depan Kedutaan Besar AS, dan Indonesia menolak "
               "usulan Israel."])
    assert found(out[0], "REJECT")


def test_dubes_dipanggil_kemlu(run):
    e = one(run, "Duta Besar Australia dipanggil Kementerian Luar Negeri RI pada Senin.", "id", "ACCUSE")
    assert codes(e["sources"]) == ["IDN"] and codes(e["targets"]) == ["AUS"]


def test_dipanggil_pulang_is_no_summons(run):
    out = run(["Duta Besar Australia dipanggil pulang oleh Canberra pada Senin."])
    assert found(out[0], "ACCUSE") == []


def test_banned_all_seafood_from(run):
    e = one(run, "Beijing banned all seafood from Japan after Tokyo began releasing treated water.", "en", "SANCTION")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["JPN"]


def test_banned_gatherings_is_no_sanction(run):
    out = run(["Police in Nairobi banned all gatherings in the city centre."], lang="en")
    assert found(out[0], "SANCTION") == []


def test_condemned_the_operation_names_the_raid_back(run):
    out = run(["Israel raided the Jenin refugee camp on Monday. The Palestinian Authority condemned the operation "
               "and urged the U.N. Security Council to act."], lang="en")
    e = found(out[0], "ACCUSE")
    assert len(e) == 1 and codes(e[0]["targets"]) == ["ISR"]


def test_mengecam_serangan_tersebut_names_the_attack_back(run):
    out = run(["Pasukan Rusia menyerang kota Kharkiv pada Senin malam.",
               "Uni Eropa mengecam serangan tersebut dan mendesak Dewan Keamanan PBB bertindak."])
    e = found(out[1], "ACCUSE")
    assert len(e) == 1 and codes(e[0]["targets"]) == ["RUS"]


def test_mengecam_insiden_itu_names_the_clash_back(run):
    out = run(["Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina pada Sabtu.",
               "Pemerintah Filipina mengecam insiden itu."])
    e = found(out[1], "ACCUSE")
    assert len(e) == 1 and codes(e[0]["targets"]) == ["CHN"]


def test_held_washington_responsible(run):
    e = one(run, "The Chinese foreign ministry said it held Washington responsible for the escalation.",
            "en", "ACCUSE", "allege")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["USA"]


def test_complained_to(run):
    e = one(run, "Japan complained to China about the survey ship.", "en", "ACCUSE")
    assert codes(e["sources"]) == ["JPN"] and codes(e["targets"]) == ["CHN"]


def test_protests_erupted_in_a_city(run):
    e = one(run, "Protests erupted in Tbilisi on Sunday after the vote.", "en", "PROTEST", "demo")
    assert codes(e["sources"]) == ["GEO"]


def test_riots_broke_out_in_a_city(run):
    e = one(run, "Riots broke out in Dakar after the arrest of the opposition leader.", "en", "PROTEST", "riot")
    assert codes(e["sources"]) == ["SEN"]


def test_demonstrasi_pecah_di(run):
    e = one(run, "Demonstrasi pecah di Dhaka setelah putusan pengadilan itu.", "id", "PROTEST", "demo")
    assert codes(e["sources"]) == ["BGD"]


def test_protests_erupted_with_no_place_is_no_event(run):
    out = run(["Protests erupted after the vote."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_ordered_the_french_ambassador_to_leave(run):
    e = one(run, "Mali ordered the French ambassador to leave the country within 72 hours.", "en", "SANCTION", "expel")
    assert codes(e["sources"]) == ["MLI"] and codes(e["targets"]) == ["FRA"]


def test_ordered_its_troops_to_leave_is_no_expulsion(run):
    out = run(["Russia ordered its troops to leave the town."], lang="en")
    assert found(out[0], "SANCTION") == []


def test_imposed_targeted_financial_sanctions(run):
    e = one(run, "Australia imposed targeted financial sanctions on five Iranian officials.", "en", "SANCTION")
    assert codes(e["sources"]) == ["AUS"] and codes(e["targets"]) == ["IRN"]
    assert found(run(["Australia imposed targeted financial sanctions on five Iranian officials."],
                     lang="en")[0], "ASSAULT") == []


def test_halted_all_trade_with(run):
    e = one(run, "Turkey halted all trade with Israel.", "en", "SANCTION")
    assert codes(e["sources"]) == ["TUR"] and codes(e["targets"]) == ["ISR"]


def test_added_firms_to_its_export_blacklist(run):
    e = one(run, "Washington added 30 Chinese firms to its export blacklist.", "en", "SANCTION")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["CHN"]


def test_menghentikan_seluruh_perdagangan_dengan(run):
    e = one(run, "Turki menghentikan seluruh perdagangan dengan Israel.", "id", "SANCTION")
    assert codes(e["sources"]) == ["TUR"] and codes(e["targets"]) == ["ISR"]


def test_memasukkan_ke_dalam_daftar_hitam(run):
    e = one(run, "Washington memasukkan 30 perusahaan China ke dalam daftar hitam ekspor.", "id", "SANCTION")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["CHN"]


def test_menurunkan_tingkat_hubungan_diplomatik(run):
    e = one(run, "Lituania menurunkan tingkat hubungan diplomatik dengan China.", "id", "SANCTION", "withdraw")
    assert codes(e["sources"]) == ["LTU"] and codes(e["targets"]) == ["CHN"]


def test_blocked_a_membership_bid(run):
    e = one(run, "Turkey blocked Sweden's NATO membership bid for months.", "en", "REJECT")
    assert codes(e["sources"]) == ["TUR"] and codes(e["targets"]) == ["SWE"]


def test_blocked_the_eu_aid_package(run):
    e = one(run, "Hungary blocked the EU's 50 billion euro aid package for Ukraine.", "en", "REJECT")
    assert codes(e["sources"]) == ["HUN"] and codes(e["targets"]) == ["EU"]


def test_blocked_the_road_is_no_veto(run):
    out = run(["Hungarian farmers blocked the main road to the border with Ukraine."], lang="en")
    assert found(out[0], "REJECT") == []


def test_memblokir_paket_bantuan(run):
    e = one(run, "Hungaria memblokir paket bantuan Uni Eropa untuk Ukraina.", "id", "REJECT")
    assert codes(e["sources"]) == ["HUN"] and codes(e["targets"]) == ["EU"]
