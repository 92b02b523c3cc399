"""Event shapes left by round q8, round q9: retaliation by force told as "hit back at", acts two
sides do to each other ("saling serang"), in both languages."""

from __future__ import annotations

from event_checks import event_sides, found


def test_forces_hit_back_at_is_an_attack(run):
    out = run(["Russian troops hit back at Ukrainian positions near Kupiansk overnight."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]
    assert found(out[0], "ACCUSE") == []


def test_a_state_hitting_back_at_critics_is_still_a_rebuke(run):
    out = run(["Hungary hit back at the European Commission over the report."], lang="en")
    assert [s for s, _ in event_sides(out[0], "ACCUSE")] == [["HUN"]]
    assert found(out[0], "ASSAULT") == []


def test_saling_serang_is_one_attack_by_both_sides(run):
    out = run(["India dan Pakistan saling gempur di sepanjang Garis Kontrol pada Rabu."])
    assert event_sides(out[0], "ASSAULT") == [(["IND", "PAK"], [])]


def test_ordered_people_to_leave_is_a_deportation(run):
    out = run(["Turkey ordered thousands of Syrian refugees to leave Istanbul by the end of the month."], lang="en")
    assert event_sides(out[0], "COERCE") == [(["TUR"], ["SYR"])]


def test_ordered_its_own_staff_to_leave_is_no_deportation(run):
    out = run(["Britain ordered its troops to leave the base within a week."], lang="en")
    assert found(out[0], "COERCE") == []


def test_a_charge_x_denied_is_a_rejection_by_x(run):
    out = run(["Serbia accused Kosovo of provoking the clashes, an accusation Pristina rejected."], lang="en")
    assert event_sides(out[0], "REJECT") == [(["XKX"], ["SRB"])]


def test_a_charge_denied_by_no_named_party_is_no_rejection(run):
    out = run(["Serbia accused Kosovo of provoking the clashes, charges that were denied."], lang="en")
    assert found(out[0], "REJECT") == []


def test_negation_stops_at_a_time_adjunct(run):
    out = run(["Erdogan did not meet Netanyahu during his visit to Washington."], lang="en")
    assert [e["modality"] for e in found(out[0], "CONSULT")] == ["negated", "asserted"]


def test_negation_stops_at_selama(run):
    out = run(["Presiden Prabowo tidak bertemu Presiden Putin selama kunjungannya ke Kazan."])
    assert [e["modality"] for e in found(out[0], "CONSULT")] == ["negated", "asserted"]


def test_a_di_passive_calls_off_the_act_past_its_relative_clause(run):
    out = run(["Kunjungan Presiden Prabowo ke Australia yang dijadwalkan bulan depan dibatalkan."])
    assert [e["modality"] for e in found(out[0], "CONSULT")] == ["negated"]


def test_ditunda_calls_off_a_meeting_between_ministers(run):
    out = run(["Pertemuan antara menteri luar negeri India dan Pakistan di New York ditunda."])
    assert [e["modality"] for e in found(out[0], "CONSULT")] == ["negated"]


def test_a_held_meeting_stays_asserted(run):
    out = run(["Pertemuan antara menteri luar negeri India dan Pakistan di New York berlangsung hangat."])
    assert [e["modality"] for e in found(out[0], "CONSULT")] == ["asserted"]


def test_diamankan_by_the_police_is_an_arrest(run):
    out = run(["Empat warga Vietnam diamankan aparat imigrasi Indonesia di Batam."])
    assert event_sides(out[0], "COERCE") == [(["IDN"], ["VNM"])]


def test_diamankan_without_an_agent_of_force_is_no_arrest(run):
    out = run(["Kesepakatan dagang Indonesia dengan Uni Eropa akhirnya diamankan pekan lalu."])
    assert found(out[0], "COERCE") == []


def test_a_state_blocking_the_road_linking_is_a_blockade(run):
    out = run(["Serbia blocked the main highway linking Kosovo with its north on Monday."], lang="en")
    assert [e["type"] for e in out[0]["events"]] == ["COERCE"]
    assert event_sides(out[0], "COERCE")[0][0] == ["SRB"]


def test_protesters_blocking_roads_is_still_a_protest(run):
    out = run(["Protesters blocked roads in Dhaka on Monday."], lang="en")
    assert found(out[0], "COERCE") == []
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["BGD"]]


def test_suspended_participation_in_a_treaty_is_a_withdrawal(run):
    out = run(["Turkey suspended its participation in the arms control treaty in 2023."], lang="en")
    assert [e["mode"] for e in found(out[0], "SANCTION")] == ["withdraw"]


def test_pulled_out_of_a_treaty_is_no_troop_withdrawal(run):
    out = run(["Hungary pulled out of the Ottawa landmine treaty last year."], lang="en")
    assert [e["type"] for e in out[0]["events"]] == ["SANCTION"]


def test_a_pro_hyphen_state_is_a_cause_not_an_actor(run):
    out = run(["Pro-Ukrainian activists blocked a bridge in Berlin on Sunday."], lang="en")
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["DEU"]]


def test_massa_pro_state_are_of_the_place_they_rally_in(run):
    out = run(["Ratusan massa pro-Rusia berunjuk rasa di Beograd pada Sabtu."])
    assert [s for s, _ in event_sides(out[0], "PROTEST")] == [["SRB"]]


def test_a_ship_struck_by_a_missile_is_no_shipment_of_missiles(run):
    out = run(["A Panama-flagged bulk carrier was struck by a missile off Yemen."], lang="en")
    assert found(out[0], "AID") == []


def test_struck_by_a_weapon_fired_by_names_the_attacker(run):
    out = run(["A Greek tanker was struck by a drone launched by the Houthis on Sunday."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["HOUTHI"], ["GRC"])]


def test_close_then_border_crossings_reaches_past_a_count(run):
    out = run(["Poland will close three of its border crossings with Belarus."], lang="en")
    assert event_sides(out[0], "COERCE") == [(["POL"], ["BLR"])]


def test_the_speaker_after_the_comma_is_no_apposition_of_the_target(run):
    out = run(["Latvia will close its border with Russia from Monday, Interior Minister Rihards Kozlovskis said."],
              lang="en")
    assert event_sides(out[0], "COERCE") == [(["LVA"], ["RUS"])]


def test_menutup_then_perbatasan(run):
    out = run(["Polandia menutup seluruh perbatasannya dengan Belarus pada Selasa."])
    assert event_sides(out[0], "COERCE") == [(["POL"], ["BLR"])]


def test_memerintahkan_x_untuk_meninggalkan_is_a_deportation(run):
    out = run(["Pemerintah Iran memerintahkan warga Afghanistan untuk meninggalkan negara itu."])
    assert event_sides(out[0], "COERCE") == [(["IRN"], ["AFG"])]


def test_saling_balas_serangan_is_one_attack_by_both_sides(run):
    out = run(["Armenia dan Azerbaijan saling balas tembakan di perbatasan pada Selasa."])
    assert event_sides(out[0], "ASSAULT") == [(["ARM", "AZE"], [])]


def test_blamed_for_the_attack_that_killed_is_done_by_the_accused(run):
    out = run(["Pakistan blamed India for the attack that killed 20 of its soldiers."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["IND"], ["PAK"])]
