"""Indonesian detection on blind-style news (r-id-recall): datelines as Indonesian outlets print
them, in title case ("Jakarta, CNN Indonesia --", "Medan (ANTARA) -")."""

from __future__ import annotations

from event_checks import codes_or_names, event_sides, found, sides

from streams.extract.docstate import SENT_STARTS
from streams.extract.pipeline import get_nlp


def _starts(text: str, lang: str = "id") -> list[str]:
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    for name in ("diplo_marks", "diplo_sentences"):
        doc = nlp.get_pipe(name)(doc)
    return [doc[k].text for k in doc.user_data[SENT_STARTS]]


def test_a_title_case_dateline_is_cut_off_the_first_sentence():
    assert _starts("SURABAYA, KOMPAS -- Menlu Jepang tiba.")[:2] == ["SURABAYA", "Menlu"]
    assert _starts("Surabaya, CNN Indonesia -- Menlu Jepang tiba di Surabaya.")[:2] == ["Surabaya", "Menlu"]
    assert _starts("Medan (ANTARA) - Gubernur membuka pameran dagang.")[:2] == ["Medan", "Gubernur"]
    assert _starts("detikcom - Polisi menutup jalan.")[:2] == ["detikcom", "Polisi"]


def test_a_dash_after_a_lower_case_aside_is_no_dateline():
    assert _starts("Presiden Filipina, yang baru tiba - katanya - menemui wartawan.") == ["Presiden"]
    assert _starts("Menteri Luar Negeri Jepang - dan stafnya - tiba di Jakarta.") == ["Menteri"]


def test_a_participle_after_a_title_case_dateline_shares_the_main_subject(run):
    out = run(["Surabaya, CNN Indonesia -- Perdana Menteri Jepang Fumio Kishida menaikkan bea masuk beras "
               "setelah menelepon Presiden Vietnam To Lam, Kamis (4/9)."])
    assert event_sides(out[0], "CONSULT") == [(["JPN"], ["VNM"])]


def test_a_title_case_dateline_gives_bare_police_its_country(run):
    out = run(["Bandung (ANTARA) - Polisi menahan 30 orang setelah bentrokan di depan gedung DPRD, Senin (1/9)."])
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["IDN"]]
    assert found(out[0], "COERCE")


def test_a_charged_noun_after_melakukan_is_the_accused_act(run):
    out = run(["Kementerian Luar Negeri Ukraina menuding Rusia melakukan penyiksaan terhadap tawanan perang "
               "Ukraina di Zaporizhzhia."])
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_a_quoted_charged_noun_after_melakukan_is_the_accused_act(run):
    out = run(["Pemerintah Myanmar menuduh Tentara Arakan melakukan ''pembantaian'' di Rakhine utara, Rabu (3/9)."])
    assert [[a["text"] for a in e["sources"]] for e in found(out[0], "ASSAULT")] == [["Tentara Arakan"]]


def test_a_charged_noun_without_a_charge_is_no_act(run):
    out = run(["Para pakar membahas sejarah pembantaian di kawasan itu dalam seminar di Yogyakarta."])
    assert found(out[0], "ASSAULT") == []


def test_targeting_denied_is_a_negated_assault_and_bare_targeting_no_act(run):
    out = run(["Militer Sudan membantah menargetkan warga sipil di Nyala, Kamis (4/9)."])
    assert [(e["modality"], sides(e)[0]) for e in found(out[0], "ASSAULT")] == [("negated", ["SDN"])]
    assert found(run(["Pemerintah menargetkan pertumbuhan ekonomi lima persen tahun depan."])[0], "ASSAULT") == []


def test_a_charged_verb_right_after_the_accused_is_the_accused_act(run):
    out = run(["Pemerintah Ukraina menuduh Rusia menyasar pembangkit listrik di Kharkiv, Selasa (2/9)."])
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_not_ruling_out_an_attack_is_a_threat_of_force(run):
    out = run(["Menteri Pertahanan Israel tidak mengesampingkan opsi operasi darat di Lebanon selatan, Senin (8/9)."])
    assert [(e["mode"], sides(e)) for e in found(out[0], "THREATEN")] == [("violence", (["ISR"], ["LBN"]))]


def test_not_ruling_out_sanctions_is_a_threat_to_restrict(run):
    out = run(["Uni Eropa tidak menutup kemungkinan sanksi tambahan terhadap Belarus."])
    assert [(e["mode"], sides(e)) for e in found(out[0], "THREATEN")] == [("restrict", (["EU"], ["BLR"]))]
    assert found(run(["Pemerintah tidak menutup kemungkinan dialog dengan kelompok itu."])[0], "THREATEN") == []


def test_a_full_right_to_retaliate_is_a_threat(run):
    out = run(["Iran berhak penuh untuk membalas serangan Israel, kata Menteri Luar Negeri Iran Abbas Araghchi."])
    assert [s for s, _ in event_sides(out[0], "THREATEN")] == [["IRN"]]


def test_answering_with_measures_answers_the_act_before(run):
    out = run(["Uni Eropa menjatuhkan sanksi baru terhadap Rusia. Kremlin mengatakan Rusia akan menanggapi dengan "
               "langkah yang dianggap perlu."])
    assert event_sides(out[0], "THREATEN") == [(["RUS"], ["EU"])]


def test_ready_to_negotiate_is_an_intent_to_meet(run):
    out = run(["Pemerintah Myanmar menyatakan siap berunding dengan Tentara Arakan di Kunming, Jumat (5/9)."])
    assert [(e["cameo"], sides(e)[0]) for e in found(out[0], "AGREE")] == [("036", ["MMR"])]


def test_a_measure_named_back_as_subject_is_done_by_its_source(run):
    out = run(["Uni Eropa menjatuhkan paket sanksi baru terhadap Rusia, Jumat (5/9).",
               "Paket itu juga membekukan aset dua bank Belarus yang membantu Moskwa."])
    assert event_sides(out[1], "SANCTION") == [(["EU"], ["BLR"])]


def test_an_attack_named_back_as_subject_is_no_second_attack(run):
    out = run(["Rusia melancarkan serangan rudal ke Kyiv, Senin (1/9).",
               "Serangan itu menghantam gedung pemerintah di pusat kota."])
    assert found(out[1], "ASSAULT") == []


def test_names_struck_off_a_sanctions_list_is_easing(run):
    out = run(["Amerika Serikat mencoret tiga perusahaan China dari daftar hitam perdagangan, Selasa (2/9)."])
    assert [(e["mode"], sides(e)) for e in found(out[0], "CONCEDE")] == [("ease", (["USA"], ["CHN"]))]


def test_a_list_of_names_struck_off_is_one_easing(run):
    out = run(["Inggris menghapus nama Menteri Luar Negeri Suriah dan dua pejabat lainnya dari daftar sanksi, "
               "Kamis (4/9)."])
    assert [s for s, _ in event_sides(out[0], "CONCEDE")] == [["GBR"]]


def test_struck_off_a_sanctions_list_in_the_passive(run):
    out = run(["Dua bank Rusia dihapus dari daftar sanksi Uni Eropa setelah Hungaria mengajukan keberatan."])
    assert event_sides(out[0], "CONCEDE") == [(["EU"], ["RUS"])]
    assert found(run(["Pemerintah menghapus aturan lama dari daftar prioritas."])[0], "CONCEDE") == []


def test_designating_a_group_as_terrorist_is_a_sanction(run):
    out = run(["Kanada menetapkan Garda Revolusi Iran sebagai organisasi teroris, Rabu (19/6)."])
    assert event_sides(out[0], "SANCTION") == [(["CAN"], ["IRN"])]
    out = run(["Kelompok itu ditetapkan sebagai organisasi teroris oleh pemerintah Inggris pada 2021."])
    assert [s for s, _ in event_sides(out[0], "SANCTION")] == [["GBR"]]
    assert found(run(["Pemerintah menetapkan Bali sebagai tuan rumah KTT."])[0], "SANCTION") == []


def test_masterminding_an_attack_is_the_attack(run):
    out = run(["Polisi Pakistan menuduh Taliban Pakistan mendalangi serangan bom di Peshawar, Senin (1/9)."])
    assert [([a["text"] for a in e["sources"]], codes_or_names(e["targets"])) for e in found(out[0], "ASSAULT")] \
        == [(["Taliban Pakistan"], ["PAK"])]
    out = run(["Menteri itu mengarahkan aksi bersih-bersih pantai di Bali."])
    assert found(out[0], "ASSAULT") == []


def test_a_bare_signing_as_the_aim_of_a_visit_is_a_planned_signing(run):
    out = run(["Perdana Menteri Selandia Baru Christopher Luxon dijadwalkan berkunjung ke Manila untuk "
               "penandatanganan pada Oktober."])
    assert [(e["modality"], sides(e)) for e in found(out[0], "SUPPORT")] == [("planned", (["NZL"], ["PHL"]))]


def test_a_weapon_that_sets_a_fire_is_its_owners_attack(run):
    out = run(["Drone Ukraina memicu kebakaran di kilang minyak Rusia di Ust-Luga, Minggu (24/8)."])
    assert [(e["mode"], sides(e)) for e in found(out[0], "ASSAULT")] == [("drone", (["UKR"], ["RUS"]))]
    assert found(run(["Korsleting listrik memicu kebakaran di pasar induk."])[0], "ASSAULT") == []


def test_a_charged_noun_denied_through_a_light_verb_is_a_negated_act(run):
    out = run(["Israel membantah melakukan penyiksaan terhadap tahanan Palestina di penjara Ofer."])
    assert [(e["modality"], sides(e)) for e in found(out[0], "ASSAULT")] == [("negated", (["ISR"], ["PSE"]))]
