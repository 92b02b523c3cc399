"""q17-id-recall: Indonesian wire copy of conflict and coercion as it is really worded
(reciprocal fire "terlibat baku tembak", strikes "menargetkan ... dengan rudal", funds
withheld, forced dispersal)."""

from __future__ import annotations

from event_checks import codes_or_names, found


def sides_of(result, kind):
    return [(codes_or_names(e["sources"]), codes_or_names(e["targets"]), e["modality"]) for e in found(result, kind)]


def test_two_sides_caught_in_a_firefight_both_fire(run):
    [r] = run(["Tentara Thailand dan Kamboja terlibat baku tembak di perbatasan pada Sabtu pagi."])
    assert sides_of(r, "ASSAULT") == [(["THA", "KHM"], [], "asserted")]


def test_a_target_struck_with_a_weapon_is_attacked(run):
    [r] = run(["Rusia menyasar infrastruktur energi Ukraina dengan puluhan drone."])
    assert sides_of(r, "ASSAULT") == [(["RUS"], ["UKR"], "asserted")]


def test_a_target_set_without_a_weapon_is_no_attack(run):
    [r] = run(["Pemerintah menargetkan pertumbuhan ekonomi 8 persen dengan investasi asing."])
    assert found(r, "ASSAULT") == []


def test_funds_held_back_are_withheld(run):
    [r] = run(["Israel kembali menahan dana pajak milik Otoritas Palestina."])
    assert [e["mode"] for e in found(r, "COERCE")] == ["withhold"]


def test_a_rate_held_is_nothing_withheld(run):
    [r] = run(["Bank Indonesia menahan suku bunga acuan di level 6 persen pada Rabu."])
    assert r["events"] == []


def test_a_crowd_dispersed_by_force(run):
    [r] = run(["Polisi Kenya membubarkan paksa ribuan demonstran di Nairobi."])
    assert [(e["type"], e["mode"]) for e in r["events"]] == [("COERCE", "repress")]


def test_a_crossing_closed_by_a_state_named_after_the_passive(run):
    [r] = run(["Perlintasan Chaman ditutup oleh Pakistan sejak Kamis."])
    assert [(e["mode"], codes_or_names(e["sources"])) for e in found(r, "COERCE")] == [("restrict", ["PAK"])]


def test_a_border_closed_long_ago_is_no_closure_now(run):
    [r] = run(["Perbatasan yang sempat ditutup selama pandemi kini dibuka kembali untuk pelintas tradisional."])
    assert found(r, "COERCE") == []


def test_a_curfew_imposed_in_the_passive(run):
    [r] = run(["Jam malam di sembilan kota diberlakukan oleh junta Myanmar mulai Jumat."])
    # (the curfew is on the junta's own people: roles.restriction_at_home, as measure_at_home for curfew rows)
    assert sides_of(r, "COERCE") == [(["MMR"], ["MMR"], "asserted")]


def test_assets_frozen_in_the_passive(run):
    [r] = run(["Aset milik 14 pengusaha Rusia dibekukan oleh Swiss."])
    assert sides_of(r, "SANCTION") == [(["CHE"], ["RUS"], "asserted")]


def test_troops_deployed_with_the_state_after_the_passive(run):
    [r] = run(["Sekitar 2.000 tentara dikerahkan Beijing ke Provinsi Fujian."])
    assert [codes_or_names(e["sources"]) for e in found(r, "MOBILIZE")] == [["CHN"]]


def test_troops_deployed_to_a_place_keep_their_own_state(run):
    [r] = run(["Pasukan Rusia dikerahkan ke perbatasan Finlandia."])
    assert [codes_or_names(e["sources"]) for e in found(r, "MOBILIZE")] == [["RUS"]]


def test_a_site_blocked_in_the_passive(run):
    [r] = run(["Situs berita independen diblokir oleh otoritas Rusia pada Selasa."])
    assert [(e["mode"], codes_or_names(e["sources"])) for e in found(r, "COERCE")] == [("censor", ["RUS"])]


def test_a_request_to_unnamed_allies(run):
    [r] = run(["Ukraina meminta sekutunya mengirim lebih banyak sistem pertahanan udara."])
    assert sides_of(r, "REQUEST") == [(["UKR"], [], "asserted")]


def test_an_attack_that_targets_someone_hits_them(run):
    [r] = run(["Serangan Israel yang menyasar sebuah sekolah di Khan Younis menewaskan sedikitnya 15 orang."])
    assert sides_of(r, "ASSAULT") == [(["ISR"], ["PSE"], "asserted")]


def test_the_attack_named_back_targets_nothing_new(run):
    [r] = run(["Rusia melancarkan serangan rudal ke Kyiv. Serangan tersebut menyasar jaringan listrik Ukraina."])
    assert len(found(r, "ASSAULT")) == 1


def test_forces_that_target_a_group_attack_it(run):
    [r] = run(["Militer Israel mengatakan pasukannya menargetkan anggota Hizbullah di perbatasan."])
    assert [codes_or_names(e["targets"]) for e in found(r, "ASSAULT")] == [["HEZBOLLAH"]]


def test_a_shooting_condemned_is_done_by_the_agent_to_the_one_shot(run):
    [r] = run(["Kementerian Luar Negeri mengecam penembakan terhadap seorang nelayan Indonesia "
               "oleh penjaga pantai Malaysia."])
    assert sides_of(r, "ASSAULT") == [(["MYS"], ["IDN"], "asserted")]


def test_a_demand_said_with_harus_is_the_speaker_s_request(run):
    [r] = run(["Israel harus segera menghentikan operasi militernya di Rafah, kata Kementerian Luar Negeri Mesir."])
    assert sides_of(r, "REQUEST") == [(["EGY"], ["ISR"], "asserted")]
    assert found(r, "COERCE") == []     # what is demanded has not happened


def test_what_the_speaker_s_own_side_must_do_is_no_request(run):
    [r] = run(["”Kami harus segera membuka kembali perbatasan,” kata Menteri Luar Negeri Thailand."])
    assert found(r, "REQUEST") == []


def test_a_destroyer_sent_is_a_deployment(run):
    [r] = run(["Amerika Serikat mengirim kapal perusak ke perairan itu."])
    assert [codes_or_names(e["sources"]) for e in found(r, "MOBILIZE")] == [["USA"]]


def test_an_envoy_summoned_over_an_arrest_charges_the_arrest(run):
    [r] = run(["Kemlu RI memanggil Duta Besar Australia atas penangkapan tiga nelayan Indonesia."])
    assert sides_of(r, "ACCUSE") == [(["IDN"], ["AUS"], "asserted")]
    assert sides_of(r, "COERCE") == [(["AUS"], ["IDN"], "asserted")]


def test_a_senior_diplomat_summoned(run):
    [r] = run(["India memanggil diplomat senior Pakistan di New Delhi untuk menyampaikan protes keras."])
    assert sides_of(r, "ACCUSE") == [(["IND"], ["PAK"], "asserted")]


def test_companies_put_on_an_entity_list(run):
    [r] = run(["Beijing memasukkan 12 perusahaan pertahanan Amerika ke dalam daftar entitas "
               "yang tidak dapat diandalkan."])
    assert sides_of(r, "SANCTION") == [(["CHN"], ["USA"], "asserted")]


def test_the_accused_of_a_passive_charge_is_its_target(run):
    [r] = run(["Rusia dituduh mencampuri pemilu Moldova."])
    assert sides_of(r, "ACCUSE") == [([], ["RUS"], "asserted")]


def test_a_passive_charge_with_its_accuser_named(run):
    [r] = run(["Korea Utara dituduh Seoul mengirim balon sampah melintasi perbatasan."])
    assert sides_of(r, "ACCUSE") == [(["KOR"], ["PRK"], "asserted")]


def test_a_crew_held_after_the_boats_were_driven_off(run):
    [r] = run(["Malaysia mengusir dua kapal ikan Vietnam dari perairannya dan menahan awaknya."])
    # The boats driven off (coerce.expel.mengusir_kapal) and the crew held: two acts, as the dev gold codes them.
    assert sides_of(r, "COERCE") == [(["MYS"], ["VNM"], "asserted")] * 2


def test_an_arrest_with_a_clitic_object(run):
    [r] = run(["Aktivis itu kembali ke Minsk, dan polisi Belarus langsung menangkapnya di bandara."])
    assert [(e["mode"], codes_or_names(e["sources"])) for e in found(r, "COERCE")] == [("arrest", ["BLR"])]
