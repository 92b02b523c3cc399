"""q15-id: Indonesian wire copy as it is really worded (bracketed short forms after
titles, meetings named "antara" both sides, and the rows added for wire habits)."""

from __future__ import annotations


def events(result, kind=None):
    return [(e["type"], [a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]], e["modality"])
            for e in result["events"] if kind is None or e["type"] == kind]


def test_bracketed_short_form_after_a_title_keeps_the_person_whole(run):
    # "Perdana Menteri (PM) Australia Anthony Albanese": one person, so the subject is a pair
    [r] = run(["Presiden Prabowo Subianto dan Perdana Menteri (PM) Australia Anthony Albanese "
               "mengadakan pertemuan di Sydney, Senin."])
    assert events(r, "CONSULT") == [("CONSULT", ["Prabowo Subianto", "Anthony Albanese"], [], "asserted")]


def test_bracketed_short_form_is_not_a_back_reference_to_the_other_minister(run):
    [r] = run(["Menteri Pertahanan (Menhan) Sjafrie Sjamsoeddin menerima kunjungan Menteri Pertahanan "
               "(Menhan) Jepang Gen Nakatani di Jakarta."])
    assert events(r, "CONSULT") == [("CONSULT", ["Gen Nakatani"], ["Sjafrie Sjamsoeddin"], "asserted")]


def test_bracketed_short_form_after_the_country(run):
    [r] = run(["Presiden Republik Rakyat Tiongkok (RRT) Xi Jinping menerima kunjungan Presiden Prabowo "
               "Subianto di Beijing."])
    assert events(r, "CONSULT") == [("CONSULT", ["Prabowo Subianto"], ["Xi Jinping"], "asserted")]


def test_marker_right_after_the_meeting_noun_makes_both_sides_parties(run):
    [r] = run(["Pertemuan bilateral antara Menlu Sugiono dan Menlu India Subrahmanyam Jaishankar "
               "berlangsung di New Delhi."])
    assert events(r, "CONSULT") == [("CONSULT", ["Sugiono", "Subrahmanyam Jaishankar"], [], "asserted")]


def test_receiving_an_envoy_is_hosting(run):
    [r] = run(["Menko Polkam Budi Gunawan menerima Duta Besar Australia untuk Indonesia Rod Brazier di kantornya."])
    assert events(r, "CONSULT") == [("CONSULT", ["Rod Brazier"], ["Budi Gunawan"], "asserted")]


def test_a_call_received_is_the_caller_s(run):
    [r] = run(["Presiden Prabowo Subianto menerima telepon dari Presiden Rusia Vladimir Putin pada Senin malam."])
    assert events(r, "CONSULT") == [("CONSULT", ["Vladimir Putin"], ["Prabowo Subianto"], "asserted")]


def test_a_visit_received_from_someone(run):
    [r] = run(["Prabowo mendapat kunjungan dari Perdana Menteri Pakistan Shehbaz Sharif di Istana Merdeka."])
    assert events(r, "CONSULT") == [("CONSULT", ["Shehbaz Sharif"], ["Prabowo Subianto"], "asserted")]


def test_a_round_of_negotiations(run):
    [r] = run(["Indonesia dan Uni Eropa menggelar putaran ke-19 perundingan perjanjian dagang di Brussel."])
    assert events(r, "CONSULT") == [("CONSULT", ["Indonesia", "European Union"], [], "asserted")]


def test_patrol_ships_sent_are_a_deployment(run):
    [r] = run(["Filipina mengirim kapal patroli untuk membayangi kapal penjaga pantai China."])
    assert [(t, s) for t, s, _, _ in events(r, "MOBILIZE")] == [("MOBILIZE", ["Filipina"])]


def test_aid_handed_over_by_an_envoy(run):
    [r] = run(["Bantuan berupa 40 ton beras itu diserahkan oleh Duta Besar RI untuk Filipina kepada "
               "Pemerintah Filipina di Manila, Rabu."])
    assert events(r, "AID") == [("AID", ["Indonesia"], ["Filipina"], "asserted")]


def test_counterpart_from_a_state_before_the_name(run):
    [r] = run(["Menlu Sugiono mengadakan pertemuan dengan timpalannya dari Mesir Badr Abdelatty di Kairo."])
    assert events(r, "CONSULT") == [("CONSULT", ["Sugiono"], ["Badr Abdelatty"], "asserted")]


def test_counterpart_from_a_state_without_a_name_stays_the_state(run):
    [r] = run(["Menlu Sugiono mengadakan pertemuan dengan timpalannya dari Mesir di Kairo."])
    assert events(r, "CONSULT") == [("CONSULT", ["Sugiono"], ["Mesir"], "asserted")]


def test_a_verb_joined_to_the_asked_verb_is_asked_too(run):
    [r] = run(["Pemerintah Indonesia mendesak Israel menghentikan serangan dan membuka akses bantuan ke Gaza."])
    assert [e[0] for e in events(r)] == ["REQUEST"]


def test_a_second_verb_of_the_asker_is_its_own_act(run):
    [r] = run(["Malaysia menyerukan gencatan senjata dan mengirim bantuan ke Gaza."])
    assert [e[0] for e in events(r)] == ["REQUEST", "AID"]


def test_aid_received_from_a_donor(run):
    [r] = run(["Ukraina menerima bantuan militer senilai 2 miliar dolar dari Jerman."])
    assert events(r, "AID") == [("AID", ["Jerman"], ["Ukraina"], "asserted")]


def test_support_received_from_a_backer(run):
    [r] = run(["Indonesia mendapat dukungan penuh dari Jepang."])
    assert events(r, "SUPPORT") == [("SUPPORT", ["Jepang"], ["Indonesia"], "asserted")]


def test_support_passive_with_its_agent(run):
    [r] = run(["Resolusi itu didukung Amerika Serikat, Inggris, dan Prancis."])
    assert events(r, "SUPPORT") == [("SUPPORT", ["Amerika Serikat", "Inggris", "Prancis"], [], "asserted")]


def test_a_backer_in_a_relative_clause_is_no_event(run):
    [r] = run(["Pemberontak yang didukung Rwanda merebut kota Goma."])
    assert events(r, "SUPPORT") == []


def test_support_owned_by_a_state(run):
    [r] = run(["Dukungan Indonesia terhadap kemerdekaan Palestina kembali ditegaskan di New York."])
    assert events(r, "SUPPORT") == [("SUPPORT", ["Indonesia"], ["Palestina"], "asserted")]


def test_signing_between_two_sides(run):
    [r] = run(["Penandatanganan perjanjian dagang antara Indonesia dan Kanada berlangsung di Ottawa."])
    assert events(r, "SUPPORT") == [("SUPPORT", ["Indonesia", "Kanada"], [], "asserted")]


def test_agreeing_to_a_visit_is_agree_not_the_visit(run):
    [r] = run(["Iran menyetujui kunjungan inspektur IAEA ke fasilitas nuklir Fordow."])
    assert [e[:3] for e in events(r)] == [("AGREE", ["Iran"], ["International Atomic Energy Agency"])]


def test_a_parliament_passing_a_bill_is_no_agreement(run):
    [r] = run(["DPR menyetujui rancangan undang-undang tentang perjanjian ekstradisi dengan Rusia."])
    assert events(r, "AGREE") == []


def test_a_guarantee_is_a_promise_to_the_migrant_workers_state(run):
    [r] = run(["Pemerintah Malaysia menjamin akan memulangkan 35 pekerja migran Indonesia yang terdampar di Sabah."])
    assert [(e[0], e[1]) for e in events(r)] == [("AGREE", ["Pemerintah Malaysia"])]
    assert [a["country"] for a in r["events"][0]["targets"]] == ["IDN"]


def test_troops_reinforced_gathered_or_called_up(run):
    for text in ("Kamboja juga memperkuat pasukannya di sepanjang perbatasan.",
                 "Rusia mengumpulkan sekitar 100.000 tentara di dekat perbatasan Ukraina.",
                 "Israel memanggil 60.000 tentara cadangan untuk operasi di Gaza.",
                 "Iran menyiagakan sistem pertahanan udaranya di dekat Teheran."):
        [r] = run([text])
        assert [e[0] for e in events(r)] == ["MOBILIZE"], text


def test_summoning_an_envoy_is_not_calling_up_reserves(run):
    [r] = run(["Kemlu memanggil Duta Besar Israel."])
    assert [e[0] for e in events(r)] == ["ACCUSE"]


def test_a_purpose_s_inferred_target_is_not_its_own_source(run):
    [r] = run(["Kementerian Luar Negeri Azerbaijan memanggil Duta Besar Armenia untuk menyampaikan protes."])
    assert events(r, "ACCUSE") == [("ACCUSE", ["Kementerian Luar Negeri Azerbaijan"], ["Armenia"], "asserted")]


def test_a_request_for_an_act_with_no_addressee(run):
    [r] = run(["Indonesia juga meminta dilakukannya penyelidikan independen atas serangan terhadap "
               "konvoi bantuan itu."])
    assert events(r, "REQUEST") == [("REQUEST", ["Indonesia"], [], "asserted")]


def test_the_international_community_as_addressee(run):
    [r] = run(["Indonesia mendesak dunia internasional untuk mengakui negara Palestina."])
    assert events(r, "REQUEST") == [("REQUEST", ["Indonesia"], ["International community"], "asserted")]


def test_the_two_ministers_are_those_who_met_before_an_act_of_one(run):
    got = run(["Menlu RI Sugiono melakukan pembicaraan telepon dengan Menteri Luar Negeri Tiongkok Wang Yi.",
               "Wang Yi menyambut baik usulan Indonesia.",
               "Kedua menteri juga sepakat mengadakan pertemuan tatap muka di Beijing bulan depan."])
    assert events(got[-1], "AGREE") == [("AGREE", ["Sugiono", "Wang Yi"], [], "asserted")]


def test_tariffs_deferred_or_waived_are_eased(run):
    [r] = run(["Amerika Serikat menunda penerapan tarif 32 persen terhadap produk Indonesia selama 90 hari."])
    assert events(r, "CONCEDE") == [("CONCEDE", ["Amerika Serikat"], ["Indonesia"], "asserted")]
    [r] = run(["Presiden Trump membebaskan Indonesia dari tarif tambahan untuk produk tekstil."])
    assert [(s, t) for _, s, t, _ in events(r, "CONCEDE")] == [(["Donald Trump"], ["Indonesia"])]


def test_schools_reopened_near_a_border_are_no_easing(run):
    [r] = run(["Pemerintah Thailand membuka kembali sekolah-sekolah di dekat perbatasan."])
    assert events(r, "CONCEDE") == []


def test_a_meeting_named_as_the_setting_is_no_meeting_of_its_own(run):
    [r] = run(["Menlu Sugiono bertemu dengan Menlu Singapura Vivian Balakrishnan di sela-sela Pertemuan Menteri "
               "Luar Negeri ASEAN di Kuala Lumpur."])
    assert events(r, "CONSULT") == [("CONSULT", ["Sugiono"], ["Vivian Balakrishnan"], "asserted")]
