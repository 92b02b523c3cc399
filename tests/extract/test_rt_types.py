"""Type and sense choices the blind sets showed wrong (r-types): a vessel driven off is
coercion, not the expulsion of diplomats; a grant of vessels handed over is aid, not a release."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events


def test_a_vessel_expelled_is_coercion_not_a_diplomatic_expulsion(run):
    out = run(["Vietnam's navy said it had expelled three Chinese survey ships from its waters on Monday."],
              lang="en")
    assert not events(out[0], "SANCTION")
    (push,) = events(out[0], "COERCE")
    assert codes(push["sources"]) == ["VNM"] and codes(push["targets"]) == ["CHN"]


def test_diplomats_expelled_stay_a_sanction(run):
    out = run(["Latvia expelled two Russian diplomats on Friday."], lang="en")
    assert events(out[0], "SANCTION") and not events(out[0], "COERCE")


def test_kapal_diusir_beberapa_kata_kemudian_adalah_paksaan(run):
    out = run(["Angkatan Laut Malaysia mengusir tiga kapal ikan Thailand dari perairannya pada Senin."])
    assert not events(out[0], "SANCTION")
    (push,) = events(out[0], "COERCE")
    assert codes(push["sources"]) == ["MYS"] and codes(push["targets"]) == ["THA"]


def test_hibah_kapal_yang_diserahkan_adalah_bantuan(run):
    out = run(["Jepang menyerahkan hibah dua kapal patroli kepada Penjaga Pantai Filipina, Selasa."])
    assert not events(out[0], "RETREAT")
    (gift,) = events(out[0], "AID")
    assert codes(gift["sources"]) == ["JPN"] and codes(gift["targets"]) == ["PHL"]


def test_talks_one_is_ready_for_are_planned(run):
    out = run(["The Armenian foreign ministry said Yerevan was ready for a new round of talks with Baku."],
              lang="en")
    (talks,) = events(out[0], "CONSULT")
    assert talks["modality"] == "planned"


def test_pasukan_yang_disiagakan_adalah_satu_siaga(run):
    out = run(["Angkatan Darat Thailand menempatkan seluruh pasukannya di perbatasan dalam status siaga penuh."])
    (alert,) = events(out[0], "MOBILIZE")
    assert alert["cameo"] == "152" and codes(alert["sources"]) == ["THA"]


def test_the_toll_of_a_mishap_is_no_partys_act(run):
    out = run(["Portugal called for an inquiry into the stadium collapse, which killed 16 people in Porto in May."],
              lang="en")
    assert not events(out[0], "ASSAULT")


def test_the_toll_of_a_strike_in_a_relative_clause_stays(run):
    out = run(["Russia launched a missile strike on Odesa, which killed eleven civilians."], lang="en")
    assert events(out[0], "ASSAULT")


def test_sanctions_ended_are_eased_not_imposed(run):
    out = run(["Canada issued a decree ending most of its sanctions on Belarus on Thursday."], lang="en")
    assert not events(out[0], "SANCTION")
    (eased,) = events(out[0], "CONCEDE")
    assert codes(eased["sources"]) == ["CAN"] and codes(eased["targets"]) == ["BLR"]


def test_a_package_of_sanctions_approved_is_one_sanction_not_aid(run):
    out = run(["Britain approved a new package of sanctions against Iran on Monday, freezing the assets of "
               "its central bank and banning flights by its national carrier."], lang="en")
    assert not events(out[0], "AID")
    (package,) = events(out[0], "SANCTION")
    assert codes(package["sources"]) == ["GBR"] and codes(package["targets"]) == ["IRN"]


def test_a_package_of_aid_announced_stays_aid(run):
    out = run(["Japan announced a new package of humanitarian aid for Sudan on Friday."], lang="en")
    assert events(out[0], "AID") and not events(out[0], "SANCTION")


def test_the_package_backed_is_the_sanctions_of_its_author(run):
    out = run(["The European Union adopted a fresh package of sanctions against Belarus on Tuesday.",
               "Slovakia, which backed the package, said it would seek exemptions for its refineries."], lang="en")
    (backing,) = events(out[1], "SUPPORT")
    assert codes(backing["sources"]) == ["SVK"] and codes(backing["targets"]) == ["EU"]


def test_verb_joined_to_aim_of_journey_is_planned_too(run):
    out = run(["Menteri Luar Negeri Jepang tiba di Manila pada Kamis untuk bertemu Menteri Luar Negeri "
               "Filipina dan menandatangani perjanjian pertahanan."])
    (signing,) = events(out[0], "SUPPORT")
    assert signing["modality"] == "planned"


def test_a_bare_verb_joined_to_an_aim_is_planned_a_past_one_is_not(run):
    out = run(["The Turkish foreign minister flew to Baku to meet President Ilham Aliyev and sign a transit accord.",
               "The Turkish foreign minister flew to Baku to meet President Ilham Aliyev and signed a transit accord."],
              lang="en")
    assert [e["modality"] for e in events(out[0], "SUPPORT")] == ["planned"]
    assert [e["modality"] for e in events(out[1], "SUPPORT")] == ["asserted"]


def test_rudal_yang_ditembakkan_ke_laut_adalah_unjuk_kekuatan(run):
    out = run(["Korea Utara meluncurkan tiga rudal balistik jarak pendek ke perairan timur pada Selasa."])
    assert not events(out[0], "ASSAULT")
    (launch,) = events(out[0], "MOBILIZE")
    assert launch["mode"] == "weapons" and codes(launch["sources"]) == ["PRK"]


def test_rudal_yang_ditembakkan_ke_negara_tetap_serangan(run):
    out = run(["Houthi menembakkan dua rudal balistik ke Israel pada Rabu malam."])
    assert events(out[0], "ASSAULT") and not events(out[0], "MOBILIZE")


def test_embassy_operations_suspended_are_a_diplomatic_sanction(run):
    out = run(["Norway suspended operations at its embassy in Caracas on Wednesday."], lang="en")
    assert not events(out[0], "RETREAT")
    (cut,) = events(out[0], "SANCTION")
    assert cut["mode"] == "withdraw" and codes(cut["sources"]) == ["NOR"] and codes(cut["targets"]) == ["VEN"]


def test_operasi_kedutaan_yang_ditangguhkan_adalah_sanksi_diplomatik(run):
    out = run(["Belanda menghentikan sementara operasi kedutaannya di Caracas, Rabu."])
    assert not events(out[0], "COERCE")
    (cut,) = events(out[0], "SANCTION")
    assert cut["mode"] == "withdraw" and codes(cut["sources"]) == ["NLD"] and codes(cut["targets"]) == ["VEN"]


def test_evakuasi_tidak_melompati_kata_karena(run):
    out = run(["Kedutaan Besar RI di Kathmandu menyatakan tidak ada evakuasi karena semua warga dalam keadaan aman."])
    assert not events(out[0], "RETREAT")


def test_a_meeting_one_will_not_hold_is_a_rejection(run):
    out = run(["Serbia's president said he would not meet the Kosovo prime minister before the elections."],
              lang="en")
    assert not events(out[0], "CONSULT")
    (refusal,) = events(out[0], "REJECT")
    assert refusal["modality"] == "asserted"


def test_a_meeting_not_held_or_not_planned_stays_negated(run):
    out = run(["Serbia's president did not meet the Kosovo prime minister on Monday.",
               "Serbia's president had no plans to meet the Kosovo prime minister."], lang="en")
    for r in out:
        assert not events(r, "REJECT")
        assert [e["modality"] for e in events(r, "CONSULT")] == ["negated"]


def test_tidak_akan_berunding_adalah_penolakan(run):
    out = run(["Pemerintah Thailand menyatakan tidak akan berunding dengan Kamboja sebelum gencatan "
               "senjata disepakati."])
    assert not events(out[0], "CONSULT")
    assert [e["modality"] for e in events(out[0], "REJECT")] == ["asserted"]


def test_promises_as_a_bare_noun_are_no_pledge(run):
    out = run(["\"Our soldiers need shells, not promises,\" the Estonian defence minister told reporters.",
               "Estonia promises to send more shells to Ukraine, its defence minister said."], lang="en")
    assert not events(out[0], "AGREE")
    assert events(out[1], "AGREE")


def test_tim_sar_gabungan_adalah_tim_dalam_negeri_bukan_kerja_sama(run):
    out = run(["Malaysia memberangkatkan tim SAR gabungan ke Filipina setelah topan melanda Pulau Cebu."])
    assert not events(out[0], "COOPERATE")


def test_an_offer_to_be_mediator_is_an_offer_not_a_mediation(run):
    out = run(["Oman offered to act as a mediator between Iran and the United States on Sunday."], lang="en")
    assert not events(out[0], "CONSULT")
    (offer,) = events(out[0], "AGREE")
    assert codes(offer["sources"]) == ["OMN"]


def test_tawaran_menjadi_penengah_adalah_janji_bukan_mediasi(run):
    out = run(["Malaysia menawarkan diri untuk menjadi penengah antara Thailand dan Kamboja."])
    assert not events(out[0], "CONSULT")
    (offer,) = events(out[0], "AGREE")
    assert codes(offer["sources"]) == ["MYS"]


def test_pencabutan_sanksi_yang_ditentang_bukan_tindakan(run):
    out = run(["Polandia menentang pencabutan sanksi terhadap Belarus."])
    assert not events(out[0], "CONCEDE")
    (stance,) = events(out[0], "REJECT")
    assert codes(stance["sources"]) == ["POL"]


def test_sanctions_lifting_opposed_is_no_lifting(run):
    out = run(["Lithuania opposed lifting sanctions on Belarus at the meeting in Brussels."], lang="en")
    assert not events(out[0], "CONCEDE")
    assert events(out[0], "REJECT")


def test_dukungan_pihak_lain_yang_ditentang_tetap_tindakan(run):
    out = run(["Parlemen Turki menentang dukungan Washington terhadap Israel."])
    assert [codes(e["sources"]) for e in events(out[0], "SUPPORT")] == [["USA"]]


def test_kewajiban_dalam_deklarasi_adalah_janji_bukan_tindakan(run):
    out = run(["Presiden Rwanda dan Presiden Kongo menandatangani deklarasi yang mewajibkan kedua negara "
               "menarik pasukan dari perbatasan."])
    assert not events(out[0], "RETREAT")
    assert events(out[0], "AGREE")


def test_there_were_no_after_an_act_is_no_passive_that_calls_it_off(run):
    out = run(["Canberra said it would keep seeking talks with Beijing and that there were no plans to recall "
               "its ambassador."], lang="en")
    assert [e["modality"] for e in events(out[0], "REQUEST")] == ["planned"]


def test_a_force_noun_then_its_verb_is_one_attack(run):
    out = run(["Weeks after Israeli strikes hit Iran's main air defence sites, Tehran rebuilt them."], lang="en")
    assert len(events(out[0], "ASSAULT")) == 1


def test_diplomatic_ties_restored_are_cooperation(run):
    out = run(["Bahrain restored diplomatic relations with Qatar on Wednesday."], lang="en")
    assert not events(out[0], "SUPPORT")
    (ties,) = events(out[0], "COOPERATE")
    assert codes(ties["sources"]) == ["BHR"] and codes(ties["targets"]) == ["QAT"]


def test_hubungan_diplomatik_yang_dipulihkan_adalah_kerja_sama(run):
    out = run(["Bahrain memulihkan hubungan diplomatik dengan Qatar pada Rabu."])
    assert not events(out[0], "SUPPORT")
    assert [codes(e["sources"]) for e in events(out[0], "COOPERATE")] == [["BHR"]]


def test_a_trip_one_will_not_make_is_no_refusal(run):
    out = run(["The Chilean president said he would not travel to Lima for the summit."], lang="en")
    assert not events(out[0], "REJECT")
    assert [e["modality"] for e in events(out[0], "CONSULT")] == ["negated"]
