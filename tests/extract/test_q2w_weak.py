"""RETREAT and COOPERATE wordings from the second and third blind sets (q2-weak):
evidence shared, a joint cell set up, some of the held freed, bases handed over
with a count, peacekeepers pulled out, personnel withdrawn in the passive, and
joint training (trigger rows `*.q2w.*` in lang/<code>/event_triggers.jsonl)."""

from __future__ import annotations

from event_checks import codes, found, one


def test_shared_evidence_is_intelligence_cooperation(run):
    e = one(run, "Norway and Sweden shared forensic evidence from the pipeline blast on Monday.",
            "COOPERATE", lang="en")
    assert e["cameo"] == "064" and set(codes(e["sources"])) == {"NOR", "SWE"}


def test_shared_radar_tracks(run):
    e = one(run, "Greece and Cyprus now share radar tracks of vessels crossing the eastern Mediterranean.",
            "COOPERATE", lang="en")
    assert set(codes(e["sources"])) == {"GRC", "CYP"}


def test_shared_false_information_is_no_cooperation(run):
    out = run(["The ministry said the channel shared false information about the vote."], lang="en")[0]
    assert not found(out, "COOPERATE")


def test_joint_intelligence_cell(run):
    e = one(run, "Kenya and Somalia opened a joint intelligence cell in Mombasa on Friday.",
            "COOPERATE", lang="en")
    assert e["cameo"] == "062" and set(codes(e["sources"])) == {"KEN", "SOM"}


def test_joint_working_group_is_no_security_cooperation(run):
    out = run(["Peru and Chile will convene a joint working group on fisheries next month."], lang="en")[0]
    assert not found(out, "COOPERATE")


def test_freed_some_of_the_detained(run):
    e = one(run, "Georgia freed six of the detained Armenian truck drivers on Tuesday.", "RETREAT",
            mode="release", lang="en")
    assert codes(e["sources"]) == ["GEO"]


def test_menarik_penjaga_perbatasan(run):
    e = one(run, "Thailand menarik penjaga perbatasannya dari pos di dekat kuil itu pada Senin.",
            "RETREAT", mode="withdraw", lang="id")
    assert codes(e["sources"]) == ["THA"]


def test_menyerahkan_tiga_pangkalan_militer(run):
    e = one(run, "Amerika Serikat menyerahkan tiga pangkalan militer kepada Irak pada Selasa.",
            "RETREAT", mode="withdraw", lang="id")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["IRQ"]


def test_personel_ditarik_the_owner_withdraws(run):
    e = one(run, "Sebanyak 400 personel Jerman sudah ditarik dari Niger sejak Juli.",
            "RETREAT", mode="withdraw", lang="id")
    assert codes(e["sources"]) == ["DEU"]


def test_pelatihan_bersama_is_military_cooperation(run):
    e = one(run, "Indonesia dan Australia akan menggelar pelatihan bersama bagi penjaga pantai.",
            "COOPERATE", lang="id")
    assert e["cameo"] == "062" and set(codes(e["sources"])) == {"IDN", "AUS"}


def test_conditioned_coercion_threatens(run):
    out = run(["Canberra said it would suspend wheat exports to Fiji if the detained engineers were not freed."],
              lang="en")[0]
    e = found(out, "THREATEN")
    assert e and e[0]["modality"] == "asserted" and e[0]["cameo"] == "1312" and codes(e[0]["sources"]) == ["AUS"]
    assert not found(out, "SANCTION")


def test_warned_then_conditioned_act_keeps_the_warning_as_the_threat(run):
    out = run(["Turkey warned Finland on Monday that it would freeze talks on its bid if Helsinki hosted the rally."],
              lang="en")[0]
    assert len(found(out, "THREATEN")) == 1


def test_unconditioned_planned_sanction_stays_a_sanction(run):
    out = run(["Canberra said it would suspend wheat exports to Fiji from next month."], lang="en")[0]
    assert found(out, "SANCTION") and not found(out, "THREATEN")


def test_warned_that_offenders_would_be_arrested(run):
    e = one(run, "Ghana's police chief Kofi Mensah warned that anyone caught smuggling fuel would be arrested.",
            "THREATEN", lang="en")
    assert e["modality"] == "asserted"


def test_vowed_that_the_siege_would_be_broken_by_force(run):
    e = one(run, "Chad vowed that the siege of the border town would be broken by force.", "THREATEN", lang="en")
    assert codes(e["sources"]) == ["TCD"]


def test_vowed_that_schools_reopen_is_no_threat(run):
    out = run(["Chad vowed that schools in the border town would reopen next week."], lang="en")[0]
    assert not found(out, "THREATEN")


def test_memperingatkan_bahwa_akan_ditembak(run):
    e = one(run, "Lituania memperingatkan bahwa setiap balon yang melintas akan ditembak jatuh.", "THREATEN", lang="id")
    assert codes(e["sources"]) == ["LTU"]


def test_allowed_foreign_warships_to_use_its_ports(run):
    e = one(run, "Cyprus will allow French warships to use its ports for refuelling this winter.",
            "COOPERATE", lang="en")
    assert e["cameo"] == "062" and codes(e["sources"]) == ["CYP"] and codes(e["targets"]) == ["FRA"]


def test_not_allowing_any_group_to_use_its_ports_is_no_cooperation(run):
    out = run(["Djibouti said it would not allow any group to use its ports for attacks."], lang="en")[0]
    assert not found(out, "COOPERATE")


def test_joined_foreign_troops_in_a_rescue(run):
    e = one(run, "Thai navy divers joined Lao troops in searching for the missing boat.", "COOPERATE", lang="en")
    assert codes(e["sources"]) == ["THA"] and codes(e["targets"]) == ["LAO"]


def test_working_as_partners(run):
    e = one(run, "Ghana and Togo are working as partners against the smuggling networks.", "COOPERATE", lang="en")
    assert set(codes(e["sources"])) == {"GHA", "TGO"}


def test_bekerja_bersama_aparat_asing(run):
    e = one(run, "Polri bekerja bersama kepolisian Filipina untuk memburu jaringan penyelundup itu.",
            "COOPERATE", lang="id")
    assert "PHL" in codes(e["sources"]) + codes(e["targets"])


def test_melalui_koordinasi_dengan(run):
    e = one(run, "Thailand menggelar operasi penyelamatan melalui koordinasi dengan Laos.", "COOPERATE", lang="id")
    assert codes(e["sources"]) == ["THA"] and codes(e["targets"]) == ["LAO"]


def test_melatih_pilot_negara_lain(run):
    e = one(run, "Angkatan Udara Prancis mulai melatih pilot TNI AU di Mont-de-Marsan.", "COOPERATE", lang="id")
    assert e["cameo"] == "062" and codes(e["targets"]) == ["IDN"]


def test_warned_that_it_would_damage_relations(run):
    e = one(run, "Beijing has warned that the arms sale would damage relations with Manila.", "THREATEN", lang="en")
    assert codes(e["sources"]) == ["CHN"]


def test_warned_that_the_weather_would_damage_crops_is_no_threat(run):
    out = run(["The agency warned that the drought would damage crops across the south."], lang="en")[0]
    assert not found(out, "THREATEN")


def test_tidak_akan_memberi_toleransi(run):
    e = one(run, "Menteri Pertahanan Malaysia menegaskan Malaysia tidak akan memberi toleransi "
                 "terhadap penyusupan kapal asing.", "THREATEN", lang="id")
    assert codes(e["sources"]) == ["MYS"]


def test_condition_before_the_coercive_act_makes_it_a_threat(run):
    out = run(["If Ottawa detains another fishing crew, Beijing will expel the Canadian ambassador."], lang="en")[0]
    e = found(out, "THREATEN")
    assert e and e[0]["cameo"] == "1313" and codes(e[0]["sources"]) == ["CHN"]
    assert not found(out, "SANCTION")


def test_a_measure_risked_under_a_condition_is_a_threat_to_the_one_at_risk(run):
    out = run(["Georgia faces the suspension of visa-free travel if it adopts the law, Brussels said.",
               "Iran faces new sanctions after the IAEA report."], lang="en")
    e = found(out[0], "THREATEN")
    assert e and codes(e[0]["targets"]) == ["GEO"] and e[0]["cameo"] == "1312"
    assert not found(out[1], "THREATEN")


def test_terancam_sanksi_jika_is_a_threat(run):
    out = run(["Kamboja terancam sanksi jika tetap menahan para nelayan, kata Thailand."], lang="id")[0]
    e = found(out, "THREATEN")
    assert e and codes(e[0]["targets"]) == ["KHM"] and codes(e[0]["sources"]) == ["THA"]


def test_necessary_measures_to_protect_its_own_are_a_threat(run):
    out = run(["Beijing said it opposed the listings and would take all necessary measures to protect its firms."],
              lang="en")[0]
    assert found(out, "THREATEN")
    out = run(["The government will take all necessary measures to protect villagers from the floods."], lang="en")[0]
    assert not found(out, "THREATEN")
    out = run(["Beijing akan mengambil langkah yang diperlukan untuk melindungi kepentingannya."], lang="id")[0]
    assert found(out, "THREATEN")
