"""THREATEN, RETREAT and COERCE shapes of the eighth round, one sentence each (my own)."""

from __future__ import annotations

from event_checks import event_sides, found


def test_en_gave_x_an_ultimatum(run):
    text = "Serbia's president gave Kosovo an ultimatum on Monday to remove its special police from the north."
    out = run([text], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["SRB"], ["XKX"])]


def test_en_warned_x_of_a_quoted_response(run):
    text = "Moscow warned Helsinki of a \"resolute\" response to any new troop deployment on the border."
    out = run([text], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["RUS"], ["FIN"])]


def test_en_ready_to_crush(run):
    out = run(["Ethiopia's army said it stood ready to crush any incursion by Eritrea."], lang="en")
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["ETH"]]


def test_en_ready_to_impose_stays_a_planned_sanction(run):
    # (and, held ready, is a threat beside it: the gold's convention, q8-force-en-warnings, q14-vocab-en-threats)
    out = run(["Britain is ready to impose new sanctions on Iran, the foreign secretary said."], lang="en")
    s, t = found(out[0], "SANCTION"), found(out[0], "THREATEN")
    assert s and s[0]["modality"] == "planned" and t and t[0]["modality"] == "asserted"


def test_en_blockaded_a_place(run):
    out = run(["Azerbaijan blockaded the Lachin corridor to Armenia for nine months."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["AZE"]]


def test_en_protesters_blockading_a_port_are_no_coercion(run):
    out = run(["Fishermen blockaded the port of Calais for a second day."], lang="en")
    assert not found(out[0], "COERCE")


def test_en_ordered_staff_to_leave_its_embassy(run):
    out = run(["Britain ordered its diplomats and their families to leave its embassy in Kyiv on Saturday."], lang="en")
    assert event_sides(out[0], "RETREAT") == [(["GBR"], ["UKR"])]


def test_id_meringkus_a_named_target(run):
    out = run(["Otoritas Iran meringkus seorang jurnalis Prancis di Teheran pada Senin."])
    assert event_sides(out[0], "COERCE") == [(["IRN"], ["FRA"])]


def test_id_menangkap_ikan_is_no_arrest(run):
    out = run(["Nelayan Vietnam menangkap ikan di perairan Natuna."])
    assert not found(out[0], "COERCE")


def test_id_evakuasi_kedutaan(run):
    out = run(["Korea Selatan mengevakuasi kedutaan besarnya di Khartoum pada Minggu."])
    assert event_sides(out[0], "RETREAT") == [(["KOR"], ["SDN"])]


def test_id_perintahkan_staf_tinggalkan_kedutaan(run):
    out = run(["Inggris memerintahkan para diplomat dan keluarganya untuk meninggalkan kedutaan besarnya di Kyiv."])
    assert event_sides(out[0], "RETREAT") == [(["GBR"], ["UKR"])]


def test_id_ancaman_sanksi_dari_x(run):
    out = run(["Ancaman tarif dari Amerika Serikat terhadap Kanada makin nyata setelah pemilu."])
    assert event_sides(out[0], "THREATEN") == [(["USA"], ["CAN"])]


def test_id_tidak_segan_segan(run):
    out = run(["Korea Utara menyatakan tidak segan-segan menembak jatuh pesawat mata-mata Amerika Serikat."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["PRK"]]


def test_id_siap_menghancurkan_is_a_threat_not_an_attack(run):
    out = run(["Iran menegaskan militernya siap \"menghancurkan\" pangkalan Israel."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["IRN"]] and not found(out[0], "ASSAULT")


def test_en_banned_people_from(run):
    out = run(["Iran's judiciary banned two journalists from leaving the country."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["IRN"]]


def test_en_banned_imports_from_is_no_coercion(run):
    out = run(["China banned imports of seafood from Japan."], lang="en")
    assert not found(out[0], "COERCE")


def test_en_warships_had_left(run):
    out = run(["Japan said Russian warships had left its waters near Hokkaido."], lang="en")
    assert [s for s, _ in event_sides(out[0], "RETREAT")] == [["RUS"]]


def test_en_warned_x_it_would(run):
    out = run(["Ankara warned Stockholm on Monday it would block the accession bid."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["TUR"], ["SWE"])]


def test_en_raised_the_prospect_of_sanctions(run):
    out = run(["London raised the prospect of sanctions against Rwanda over the offensive."], lang="en")
    assert event_sides(out[0], "THREATEN") == [(["GBR"], ["RWA"])] and not found(out[0], "SANCTION")


def test_en_suspended_broadcasts(run):
    out = run(["Mali suspended the broadcasts of France 24 on Thursday."], lang="en")
    assert found(out[0], "COERCE", "censor")


def test_id_melarang_orang(run):
    out = run(["Junta Myanmar melarang wartawan asing memasuki negara bagian Rakhine."])
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["MMR"]]


def test_id_membuka_kemungkinan_sanksi(run):
    out = run(["Inggris membuka kemungkinan sanksi baru terhadap Rwanda."])
    assert event_sides(out[0], "THREATEN") == [(["GBR"], ["RWA"])]


def test_id_berhak_membalas(run):
    out = run(["Rusia menyatakan berhak membalas langkah Finlandia itu."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["RUS"]]


def test_id_menjanjikan_balasan_is_no_promise(run):
    out = run(["Presiden Iran menjanjikan \"balasan keras\" terhadap Israel."])
    assert event_sides(out[0], "THREATEN") == [(["IRN"], ["ISR"])] and not found(out[0], "AGREE")


def test_en_took_into_custody(run):
    out = run(["Belarusian police took a Polish journalist into custody in Grodno."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["BLR"]]


def test_en_taken_into_custody_by(run):
    out = run(["A French tourist was taken into custody by Iranian police in Tabriz."], lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["IRN"]]


def test_en_cracked_down_on(run):
    out = run(["Georgian authorities cracked down on opposition media this month."], lang="en")
    assert found(out[0], "COERCE", "repress")


def test_en_asked_to_crack_down_is_no_crackdown(run):
    out = run(["Turkey urged Sweden to crack down on Kurdish militants."], lang="en")
    assert not found(out[0], "COERCE")


def test_en_hijacked_a_vessel(run):
    out = run(["Somali pirates hijacked a Bangladeshi bulk carrier ship off the coast."], lang="en")
    assert found(out[0], "COERCE", "seize")


def test_en_pulled_its_tanks_back(run):
    out = run(["Azerbaijan's army pulled its tanks back from the border on Monday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "RETREAT")] == [["AZE"]]


def test_en_warned_that_a_danger_is_no_threat(run):
    out = run(["Hungary's prime minister warned that the EU's plan would ruin Europe's economy."], lang="en")
    assert not found(out[0], "THREATEN")


def test_en_warned_that_it_would_respond_is_a_threat(run):
    out = run(["Moscow warned that it would respond to the deployment of U.S. missiles in Germany."], lang="en")
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["RUS"]]


def test_en_warned_citizens_against_travel_is_no_threat(run):
    out = run(["China warned its citizens against travelling to Japan."], lang="en")
    assert not found(out[0], "THREATEN")


def test_en_released_its_national_strategy_is_no_release(run):
    out = run(["Britain released its national security strategy on Monday."], lang="en")
    assert not found(out[0], "RETREAT")


def test_en_freed_up_funds_is_no_release(run):
    out = run(["Israel freed up tax revenues for the Palestinian Authority."], lang="en")
    assert not found(out[0], "RETREAT")


def test_id_mengancam_verb_is_a_threat_not_the_act(run):
    out = run(["Iran mengancam menutup Selat Hormuz."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["IRN"]] and not found(out[0], "COERCE")


def test_id_membajak_kapal(run):
    out = run(["Bajak laut Somalia membajak kapal tanker berbendera Liberia."])
    assert found(out[0], "COERCE", "seize")


def test_id_menaiki_kapal_is_no_seizure(run):
    out = run(["Menteri Luar Negeri Retno Marsudi menaiki kapal perang di Surabaya."])
    assert not found(out[0], "COERCE")


def test_en_people_of_a_named_country_are_its_own(run):
    out = run(["Dozens of Afghan refugees were deported from Pakistan on Monday."], lang="en")
    assert event_sides(out[0], "COERCE") == [(["PAK"], ["AFG"])]


def test_en_people_with_no_country_are_of_the_state(run):
    out = run(["Israeli police arrested 14 protesters in Tel Aviv."], lang="en")
    assert event_sides(out[0], "COERCE") == [(["ISR"], ["ISR"])]


def test_id_dideportasi_dari_the_place_deports(run):
    out = run(["Puluhan pengungsi Afghanistan dideportasi dari Pakistan pada Senin."])
    assert event_sides(out[0], "COERCE") == [(["PAK"], ["AFG"])]


def test_en_observed_a_truce(run):
    out = run(["Armenia and Azerbaijan observed a three-day humanitarian truce."], lang="en")
    assert [sorted(s) for s, _ in event_sides(out[0], "RETREAT")] == [["ARM", "AZE"]]


def test_en_rejected_truce_is_no_truce(run):
    out = run(["Hamas rejected the proposed truce on Monday."], lang="en")
    assert not found(out[0], "RETREAT")


def test_id_menyiapkan_langkah_balasan(run):
    out = run(["Uni Eropa menyiapkan langkah balasan terhadap tarif baja Amerika Serikat."])
    assert event_sides(out[0], "THREATEN") == [(["EU"], ["USA"])]


def test_id_akan_menanggapi_secara_setimpal(run):
    out = run(["Moskow akan menanggapi secara setimpal pengusiran diplomat Rusia oleh Polandia."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["RUS"]]


def test_en_one_threat_worded_twice_is_one_event(run):
    text = "China warned on Monday that it would take countermeasures if Manila continued its provocations."
    out = run([text], lang="en")
    assert len(found(out[0], "THREATEN")) == 1


def test_en_two_threat_verbs_joined_by_and_stay_two(run):
    out = run(["Iran vowed revenge and warned Israel of a crushing response."], lang="en")
    assert len(found(out[0], "THREATEN")) == 2
