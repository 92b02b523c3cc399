"""COOPERATE, THREATEN, RETREAT and CONSULT wordings from the blind sets' weak types (w-types):
a promise to work with a partner, cooperation stepped up, a threat that the other side
must bear all the consequences or that force is not ruled out, employees freed, and
parties that will consult each other, and "the two navies" read as the pair named before
(grammar pair_anaphors; a state's threat or demand voiced by its own speaker is the
speaker's (EVENT_RULES speaker_voices_own_state); trigger rows `*.wt.*`, threaten.menanggung_konsekuensi
and retreat.release.bebaskan_orang in lang/<code>/event_triggers.jsonl); a treaty's name is no person."""

from __future__ import annotations

from event_checks import codes, found, one


def test_will_work_with_partner_is_planned_cooperation(run):
    e = one(run, "Chile said it would work with Argentine authorities to trace the smuggled cattle.",
            "COOPERATE", lang="en")
    assert e["modality"] == "planned"
    assert codes(e["sources"]) == ["CHL"] and codes(e["targets"]) == ["ARG"]


def test_work_with_nobody_named_is_no_cooperation(run):
    out = run(["Engineers will work with new software on the bridge next year."], lang="en")[0]
    assert not found(out, "COOPERATE")


def test_stepped_up_cooperation(run):
    e = one(run, "Vietnam and Laos stepped up border cooperation on Monday.", "COOPERATE", lang="en")
    assert set(codes(e["sources"])) == {"VNM", "LAO"}


def test_step_up_cooperation_with_partner(run):
    e = one(run, "Peru will step up cooperation with Bolivia on river patrols.", "COOPERATE", lang="en")
    assert codes(e["sources"]) == ["PER"] and codes(e["targets"]) == ["BOL"]


def test_harus_menanggung_semua_akibatnya(run):
    e = one(run, "Jika tidak mundur, kata Menlu Iran Abbas Araghchi, Israel harus menanggung segala akibatnya.",
            "THREATEN", lang="id")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["ISR"]


def test_membebaskan_pegawai_is_a_release(run):
    e = one(run, "Junta Niger membebaskan tiga pegawai perusahaan tambang Prancis pada Selasa.",
            "RETREAT", mode="release", lang="id")
    assert codes(e["sources"]) == ["NER"]


NOT_RULED_OUT = "Presiden Rusia Vladimir Putin tidak menutup kemungkinan menggunakan kekuatan militer terhadap Moldova."


def test_tidak_menutup_kemungkinan_menggunakan_kekuatan_is_a_threat(run):
    e = one(run, NOT_RULED_OUT, "THREATEN", mode="violence", lang="id")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["MDA"]
    assert not found(run([NOT_RULED_OUT], lang="id")[0], "ASSAULT")


def test_saling_berkonsultasi_is_a_reciprocal_consultation(run):
    e = one(run, "Jepang dan Filipina akan saling berkonsultasi jika salah satu pihak diserang.",
            "CONSULT", lang="id")
    assert set(codes(e["sources"])) == {"JPN", "PHL"}


def members(event):
    """The states of an event's sources, a pair named back ("the two navies") as its members."""
    return {c for a in event["sources"] for c in (a.get("members") or [a["country"] or a["code"]])}


def test_the_two_navies_are_the_pair_named_before(run):
    e = one(run, "Chile and Peru signed a maritime pact on Monday. The two navies will also hold joint patrols.",
            "COOPERATE", lang="en")
    assert members(e) == {"CHL", "PER"}


def test_kedua_angkatan_laut_are_the_pair_named_before(run):
    e = one(run, "Vietnam dan Filipina meneken nota kesepahaman, dan kedua angkatan laut akan berbagi intelijen.",
            "COOPERATE", lang="id")
    assert members(e) == {"VNM", "PHL"}


def test_speaker_voices_own_state_threat(run):
    e = one(run, '"Chile will answer any attack with all its strength," Chilean Foreign Minister Alberto van Klaveren'
                 " said.", "THREATEN", lang="en")
    assert [a["name"] for a in e["sources"]] == ["Alberto van Klaveren"] and codes(e["sources"]) == ["CHL"]


def test_speaker_voices_own_state_in_indonesian(run):
    e = one(run, '"Chile berhak penuh untuk membalas tindakan perang ini," kata Menteri Luar Negeri Chile Alberto'
                 " van Klaveren.", "THREATEN", lang="id")
    assert [a["name"] for a in e["sources"]] == ["Alberto van Klaveren"]


def test_a_speaker_of_another_state_leaves_the_state_acting(run):
    e = one(run, '"Chile will answer any attack with all its strength," Peruvian analyst Carlos Mendoza said.',
            "THREATEN", lang="en")
    assert [a["type"] for a in e["sources"]] == ["COUNTRY"] and codes(e["sources"]) == ["CHL"]


def test_a_treaty_name_is_no_person(run):
    out = run(["Chile warned that it would leave the Non-Proliferation Treaty if Peru tested a weapon."], lang="en")[0]
    names = [a["name"] for e in out["events"] for a in e["sources"] + e["targets"]]
    assert "Non-Proliferation" not in names
    out = run(["Iran mengancam keluar dari Traktat Nonproliferasi Nuklir jika Dewan Keamanan PBB menjatuhkan sanksi."],
              lang="id")[0]
    threat = found(out, "THREATEN")
    assert threat and codes(threat[0]["targets"]) == ["UNSC"]
