"""CONSULT, COOPERATE, AID and SUPPORT as wire copy words them (issue 14, q8-coop):
trigger rows at the end of lang/<code>/event_triggers.jsonl, each with a sentence of its own."""

from __future__ import annotations

from event_checks import codes, found, one, sides


# COOPERATE

def test_joint_sail_is_cooperation(run):
    e = one(run, "Japanese and Philippine warships conducted a joint sail in the South China Sea.", "COOPERATE")
    assert set(codes(e["sources"])) == {"JPN", "PHL"}


def test_joint_statement_is_no_joint_sail(run):
    assert not found(run(["Japan and Australia issued a joint naval statement on Friday."], lang="en")[0], "COOPERATE")


def test_joined_a_project_is_cooperation(run):
    e = one(run, "Malaysia joined the Singapore-led clean energy project on Monday.", "COOPERATE")
    assert codes(e["sources"]) == ["MYS"]


def test_teamed_up_on(run):
    e = one(run, "India and Japan teamed up on a lunar rover mission.", "COOPERATE")
    assert set(codes(e["sources"])) == {"IND", "JPN"}


def test_bergabung_dengan_proyek(run):
    e = one(run, "Filipina bergabung dengan proyek kereta cepat ASEAN pada Rabu.", "COOPERATE", lang="id")
    assert codes(e["sources"]) == ["PHL"]


def test_terlibat_proyek_is_no_cooperation(run):
    res = run(["Para mahasiswa menuntut pejabat yang terlibat korupsi proyek jalan diadili."], lang="id")[0]
    assert not found(res, "COOPERATE")


def test_memperpanjang_kerja_sama(run):
    e = one(run, "Jepang dan Vietnam memperpanjang kerja sama penjaga pantai hingga 2030.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"JPN", "VNM"}


# AID

def test_rescue_teams_sent_are_no_teaming_up(run):
    res = run(["Turkey dispatched two search-and-rescue teams to Morocco after the earthquake."], lang="en")[0]
    assert not found(res, "COOPERATE")


def test_has_given_recipient_sum_in_aid_targets_the_recipient(run):
    e = one(run, "Canada has given Ukraine more than 4 billion dollars in military aid since 2022.", "AID")
    assert sides(e) == (["CAN"], ["UKR"])


def test_given_as_preposition_is_no_aid(run):
    res = run(["Given the scale of the aid cuts, Sweden summoned donors to Stockholm."], lang="en")[0]
    assert not found(res, "AID")


def test_disbursed_sum_in_aid(run):
    e = one(run, "The Asian Development Bank disbursed $300 million in budget aid to Sri Lanka on Tuesday.", "AID")
    assert codes(e["targets"]) == ["LKA"]


# CONSULT

def test_flew_into_a_capital_is_a_visit(run):
    e = one(run, "Indian Prime Minister Narendra Modi flew into Tokyo on Friday.", "CONSULT", mode="visit")
    assert codes(e["targets"]) == ["JPN"]


def test_working_dinner_with_is_a_meeting(run):
    e = one(run, "Blinken held a working dinner with Saudi Foreign Minister Faisal bin Farhan in Riyadh.", "CONSULT")
    assert e["targets"] and e["modality"] == "asserted"


def test_planned_meeting_called_off_is_negated(run):
    e = one(run, "A planned meeting between the leaders of Serbia and Kosovo was called off on Monday.", "CONSULT")
    assert e["modality"] == "negated"


# Who reports a joint act is no party to it

def test_reporting_body_after_a_meeting_of_two_sides_is_no_target(run):
    res = run(["Serbian and Kosovar negotiators met in Brussels for direct talks, the first in two years, Belgium's "
               "foreign ministry said."], lang="en")[0]
    consult = found(res, "CONSULT")
    assert consult and all("BEL" not in sides(e)[1] for e in consult)


def test_kata_body_after_a_meeting_of_two_sides_is_no_target(run):
    res = run(["Menteri Luar Negeri Serbia dan Kosovo akan bertemu di Brussel pekan depan untuk membahas perbatasan, "
               "kata Kementerian Luar Negeri Belgia."], lang="id")[0]
    consult = found(res, "CONSULT")
    assert consult and all("BEL" not in sides(e)[1] for e in consult)


# Second batch of rows (wire-2)

def test_drilled_together_is_an_exercise(run):
    e = one(run, "Egyptian and Saudi paratroopers drilled together in the Sinai this week.", "MOBILIZE")
    assert set(codes(e["sources"])) == {"EGY", "SAU"}


def test_dispatched_rescue_teams_is_aid(run):
    e = one(run, "Greece dispatched two search-and-rescue teams to Turkey after the earthquake.", "AID")
    assert sides(e) == (["GRC"], ["TUR"])


def test_aid_flight_landed_is_aid_not_a_visit(run):
    res = run(["A Qatari aid flight carrying tents and blankets landed in Kabul on Monday."], lang="en")[0]
    assert found(res, "AID") and not found(res, "CONSULT")


def test_stood_by_is_support(run):
    e = one(run, "Iran stood by Syria throughout the war.", "SUPPORT")
    assert sides(e) == (["IRN"], ["SYR"])


def test_visit_by_a_minister_to_a_capital(run):
    e = one(run, "The visit by Indian Prime Minister Narendra Modi to Kyiv was the first since 1991.", "CONSULT",
            mode="visit")
    assert codes(e["targets"]) == ["UKR"]


def test_kunjungan_tokoh_ke(run):
    e = one(run, "Kunjungan Presiden Prancis Emmanuel Macron ke Hanoi menghasilkan tiga kesepakatan.", "CONSULT",
            lang="id", mode="visit")
    assert codes(e["targets"]) == ["VNM"]


def test_bermitra_dengan(run):
    e = one(run, "Vietnam bermitra dengan Jepang untuk membangun pelabuhan laut dalam.", "COOPERATE", lang="id")
    assert sides(e) == (["VNM"], ["JPN"])


def test_menyokong(run):
    e = one(run, "Pakistan menyokong Arab Saudi dalam sengketa dengan Iran.", "SUPPORT", lang="id")
    assert codes(e["sources"]) == ["PAK"]


def test_menerima_bantuan_dari(run):
    e = one(run, "Warga Gaza menerima bantuan dari Mesir pada Senin.", "AID", lang="id")
    assert codes(e["sources"]) == ["EGY"]


def test_meminta_bantuan_dari_is_no_aid(run):
    assert not found(run(["Ukraina meminta bantuan dari NATO."], lang="id")[0], "AID")


def test_called_his_counterpart_is_a_phone_call(run):
    res = run(["U.S. Secretary of State Marco Rubio called his Indian counterpart Subrahmanyam Jaishankar on Monday."],
              lang="en")[0]
    assert any(e["mode"] == "phone" for e in found(res, "CONSULT"))


def test_called_on_his_counterpart_is_no_call(run):
    res = run(["Rubio called on his Indian counterpart to cut tariffs."], lang="en")[0]
    assert not found(res, "CONSULT")


def test_consulted_her_counterparts_keeps_the_consulter_as_source(run):
    e = one(run, "British Foreign Secretary Yvette Cooper consulted her French and German counterparts by video link.",
            "CONSULT")
    assert [a["name"] for a in e["sources"]] == ["Yvette Cooper"]


def test_announced_sum_in_words_in_aid(run):
    e = one(run, "The European Union announced 50 million euros in humanitarian assistance for Sudan.", "AID")
    assert sides(e) == (["EU"], ["SDN"])


def test_announced_a_halt_to_aid_is_no_aid(run):
    assert not found(run(["The European Union announced a halt to budget aid for Niger."], lang="en")[0], "AID")


def test_handed_over_jets_is_military_aid(run):
    e = one(run, "The Netherlands handed over the first F-16 jets to Ukraine on Monday.", "AID")
    assert sides(e) == (["NLD"], ["UKR"])


def test_coordinated_patrols_are_cooperation(run):
    e = one(run, "Indian and Bangladeshi border guards held coordinated patrols along the frontier.", "COOPERATE")
    assert set(codes(e["sources"])) == {"IND", "BGD"}


def test_session_named_as_the_setting_of_a_meeting_is_no_event(run):
    res = run(["Di sela-sela Sidang Majelis Umum PBB di New York, Wakil Presiden Gibran Rakabuming Raka bertemu "
               "dengan Perdana Menteri Belanda Dick Schoof."], lang="id")[0]
    assert [e["trigger"]["text"] for e in found(res, "CONSULT")] == ["bertemu dengan"]


def test_perjanjian_ekstradisi_is_no_extradition(run):
    res = run(["Singapura dan Indonesia meneken perjanjian ekstradisi pada Selasa."], lang="id")[0]
    assert not found(res, "COOPERATE") and found(res, "SUPPORT")


def test_berlatih_bersama(run):
    e = one(run, "Angkatan Laut Jepang dan Filipina berlatih bersama di Laut China Selatan.", "MOBILIZE", lang="id")
    assert set(codes(e["sources"])) == {"JPN", "PHL"}


def test_bahu_membahu(run):
    e = one(run, "Polisi Indonesia dan Malaysia bahu-membahu memberantas perdagangan orang.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"IDN", "MYS"}
