"""q19-id-dense: Indonesian dense wire leads, where the second and third acts are packed
into a result clause ("sehingga ..."), a purpose, a relative clause or a noun."""

from __future__ import annotations

from event_checks import codes_or_names, found


def sides_of(result, kind):
    return [(codes_or_names(e["sources"]), codes_or_names(e["targets"]), e["modality"]) for e in found(result, kind)]


def test_a_result_clause_has_its_own_subject(run):
    [r] = run(["Rusia meluncurkan drone ke Ukraina, sehingga Polandia mengerahkan jet tempur "
               "dan memanggil kuasa usaha Rusia di Warsawa."])
    assert sides_of(r, "ACCUSE") == [(["POL"], ["RUS"], "asserted")]


def test_a_flight_to_a_capital_is_a_visit_with_its_aim_planned(run):
    [r] = run(["Menteri Pertahanan Filipina Gilberto Teodoro terbang ke Tokyo pada Rabu untuk "
               "menandatangani perjanjian akses timbal balik dengan Jepang."])
    assert sides_of(r, "CONSULT") == [(["PHL"], ["JPN"], "asserted")]
    assert [e["modality"] for e in found(r, "SUPPORT")] == ["planned"]


def test_a_plane_flying_somewhere_is_no_visit(run):
    [r] = run(["Pesawat itu terbang ke Jakarta pada Senin pagi."])
    assert found(r, "CONSULT") == []


def test_a_stopover_is_a_visit(run):
    [r] = run(["Pham Minh Chinh sebelumnya singgah di Kuala Lumpur untuk bertemu Perdana Menteri Anwar Ibrahim."])
    assert [codes_or_names(e["targets"]) for e in found(r, "CONSULT", "visit")] == [["MYS"]]


def test_a_step_welcomed_is_no_visit_received(run):
    [r] = run(["Mesir berjanji mengirim 200 truk bantuan ke Gaza, langkah yang disambut baik oleh PBB."])
    assert found(r, "CONSULT") == []


def test_a_count_opened_by_more_than_does_not_end_the_gap(run):
    [r] = run(["Rusia meluncurkan lebih dari 80 drone dan enam rudal balistik ke Ukraina semalam."])
    assert sides_of(r, "ASSAULT") == [(["RUS"], ["UKR"], "asserted")]


def test_two_forces_fighting_both_fight(run):
    [r] = run(["Tentara Sudan dan RSF bertempur sengit di Khartoum, menewaskan 40 warga sipil."])
    assert sides_of(r, "ASSAULT") == [(["SDN", "RSF"], [], "asserted")]


def test_a_reply_by_an_act_of_the_same_type_is_an_act_of_its_own(run):
    [r] = run(["Hamas membebaskan tiga sandera Israel pada Sabtu, dan Israel membalasnya dengan "
               "melepaskan 90 tahanan Palestina."])
    assert sides_of(r, "RETREAT") == [(["HAMAS"], ["ISR"], "asserted"), (["ISR"], ["PSE"], "asserted")]


def test_the_means_of_an_act_is_still_that_act(run):
    [r] = run(["Israel menggempur Kota Gaza dan Khan Younis dengan serangan udara pada Selasa."])
    assert len(found(r, "ASSAULT")) == 1


def test_support_declared_then_a_second_act_is_no_reported_clause(run):
    [r] = run(["Amerika Serikat menyatakan dukungan penuh bagi Manila dan mengirim kapal induk ke Laut China Selatan."])
    assert r["quotes"] == []


def test_a_concern_deeply_felt_is_no_reported_clause(run):
    [r] = run(["ASEAN menyatakan keprihatinan mendalam atas pengeboman tersebut, dan Menlu Malaysia "
               "Mohamad Hasan akan berkunjung ke Naypyidaw."])
    assert r["quotes"] == []


def test_a_fight_between_two_sides_after_the_main_act_is_theirs(run):
    [r] = run(["Thailand menutup tiga pos perbatasan setelah pertempuran antara tentara Myanmar dan "
               "milisi Karen meluas ke Myawaddy."])
    assert [s for s, _, _ in sides_of(r, "ASSAULT")] == [["MMR"]]


def test_the_place_of_an_expulsion_named_as_a_topic_is_not_the_main_acts(run):
    [r] = run(["Rusia mengusir tiga diplomat Estonia terkait pengusiran diplomat Rusia dari Tallinn."])
    assert [(s, t) for s, t, _ in sides_of(r, "SANCTION")][0] == (["RUS"], ["EST"])


def test_a_signed_treaty_named_back_points_at_its_signers(run):
    out = run(["Indonesia dan Vietnam meneken perjanjian patroli bersama pada Selasa.",
               "China memprotes perjanjian tersebut."])
    assert sides_of(out[1], "ACCUSE") == [(["CHN"], ["IDN", "VNM"], "asserted")]


def test_a_launch_named_back_points_at_its_launcher(run):
    out = run(["Korea Utara menembakkan dua rudal balistik ke arah Jepang.",
               "Amerika Serikat mengecam peluncuran itu."])
    assert sides_of(out[1], "ACCUSE") == [(["USA"], ["PRK"], "asserted")]


def test_fighters_withdrawn_are_a_withdrawal(run):
    [r] = run(["Hizbullah menarik para pejuangnya dari selatan Sungai Litani."])
    assert [e["mode"] for e in found(r, "RETREAT")] == ["withdraw"]


def test_an_attack_widened_or_stepped_up_is_an_attack(run):
    [r] = run(["Rusia meningkatkan serangan terhadap kota-kota Ukraina."])
    assert sides_of(r, "ASSAULT") == [(["RUS"], ["UKR"], "asserted")]


def test_a_search_operation_stepped_up_is_no_attack(run):
    [r] = run(["Tim SAR meningkatkan operasi pencarian korban banjir di Sumatra Barat."])
    assert found(r, "ASSAULT") == []


def test_temporarily_after_a_verb_opens_no_clause(run):
    [r] = run(["Turki menghentikan sementara ekspor baja ke Israel serta menyerukan embargo senjata internasional."])
    assert sides_of(r, "SANCTION") == [(["TUR"], ["ISR"], "asserted")]


def test_while_after_a_comma_still_opens_a_clause(run):
    [r] = run(["Israel menutup sementara perlintasan Rafah, sementara Mesir mengirim bantuan ke Gaza."])
    assert [s for s, _, _ in sides_of(r, "AID")] == [["EGY"]]


def test_channel_not_receiver(run):
    [r] = run(["Uni Eropa menyalurkan dana 50 juta euro melalui Bank Dunia untuk Ukraina."])
    assert sides_of(r, "AID") == [(["EU"], ["UKR"], "asserted")]


def test_a_counted_signing_witnessed_is_a_signing(run):
    [r] = run(["Prabowo dan Erdogan menyaksikan penandatanganan 12 perjanjian kerja sama."])
    assert [s for s, _, _ in sides_of(r, "SUPPORT")] == [["IDN", "TUR"]]
