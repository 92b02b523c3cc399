"""Indonesian wire-copy shapes of issue 14 (round six), one sentence each (my own)."""

from __future__ import annotations

import pytest

from event_checks import event_sides
from streams.extract.events import readings


def sides_of(out, kind, para=0):
    return event_sides(out[para], kind)


def speakers_of(out, para=0):
    return [q["speaker"]["name"] if q["speaker"] else None for q in out[para]["quotes"]]


# titles.jsonl: rank abbreviations and office titles before a name
def test_rank_abbreviation_is_a_title_not_a_name(run):
    out = run(["TNI mengerahkan 3.000 personel ke Intan Jaya, kata Kapuspen TNI Mayjen Kristomei Sianturi."])
    assert speakers_of(out) == ["Kristomei Sianturi"]


def test_police_rank_and_office_title(run):
    out = run(["Polri menangkap 12 tersangka, kata Kabareskrim Polri Komjen Wahyu Widada kepada wartawan."])
    assert speakers_of(out) == ["Wahyu Widada"]


# institutions.jsonl: "Kepolisian Federal" takes the country after it, not the dateline's
def test_federal_police_of_a_named_country(run):
    out = run(["KUPANG (ANTARA) - Polri bekerja sama dengan Kepolisian Federal Australia untuk membongkar "
               "jaringan narkoba."])
    assert sides_of(out, "COOPERATE") == [(["IDN"], ["AUS"])]


# event_triggers.jsonl: an act named by a noun and a passive light verb, its agent right after
def test_serangan_yang_dilakukan_agent(run):
    out = run(["Serangan yang dilakukan pasukan Israel terhadap sebuah sekolah di Gaza menewaskan 15 orang."])
    assert [s for s, _ in sides_of(out, "ASSAULT")] == [["ISR"]]


def test_kecaman_dilontarkan_agent_and_target(run):
    out = run(["Kecaman juga dilontarkan Organisasi Kerja Sama Islam (OKI) terhadap Israel."])
    assert sides_of(out, "ACCUSE") == [(["OIC"], ["ISR"])]


def test_seruan_disampaikan_agent(run):
    out = run(["Seruan gencatan senjata di Sudan disampaikan Uni Afrika kepada kedua pihak yang bertikai."])
    assert [s for s, _ in sides_of(out, "REQUEST")] == [["AU"]]


def test_ancaman_disampaikan_agent(run):
    out = run(["Ancaman untuk menutup Selat Hormuz disampaikan Iran kepada Amerika Serikat."])
    assert sides_of(out, "THREATEN") == [(["IRN"], ["USA"])]


# warning_without_consequence: a warning of a danger is no threat
def test_warning_of_a_danger_is_no_threat(run):
    out = run(["WHO memperingatkan wabah kolera dapat menyebar ke kamp-kamp pengungsi di Sudan."])
    assert sides_of(out, "THREATEN") == []


def test_warning_of_retaliation_is_a_threat(run):
    out = run(["Juru bicara Kremlin Dmitry Peskov memperingatkan bahwa Moskow akan membalas setiap serangan Ukraina."])
    assert [t for _, t in sides_of(out, "THREATEN")] == [["UKR"]]


def test_warning_without_consequence_is_a_reading():
    assert readings.warning_without_consequence in readings.READINGS


# words.clause_roles: a trigger that holds its subject's name acts for that name, not for the object after it
def test_subject_inside_acts_on_the_object_after(run):
    out = run(["Pasukan Prancis meninggalkan Senegal pekan ini."])
    assert sides_of(out, "RETREAT") == [(["FRA"], ["SEN"])]


# modality.cue_modality: cues between the subject and the verb of such a trigger count
def test_cue_inside_a_subject_trigger_negates(run):
    out = run(["Pasukan Rusia tidak akan mundur dari Kursk."])
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "RETREAT"] == ["negated"]


def test_cue_inside_a_subject_trigger_plans(run):
    out = run(["Pasukan Israel akan mundur dari Rafah pekan depan."])
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "RETREAT"] == ["planned"]


# roles.needs_parties: a ceasefire is kept by its parties together, like a meeting
def test_ceasefire_in_force_after_the_parties_clause(run):
    out = run(["Israel dan Hizbullah sepakat menghentikan pertempuran, dan gencatan senjata berlaku sejak Rabu."])
    assert sides_of(out, "RETREAT") == [(["ISR", "HEZBOLLAH"], [])]


# words.clause_roles: a passive trigger that ends inside its agent's name takes that name as agent
def test_passive_agent_named_from_inside_the_trigger(run):
    out = run(["Seorang diplomat Indonesia ditahan polisi Malaysia di Kuala Lumpur."])
    assert sides_of(out, "COERCE") == [(["MYS"], ["IDN"])]


# event_triggers.jsonl (q6 block): affixed forms the rows lacked, one sentence each
@pytest.mark.parametrize("text,kind,sides", [
    ("Washington mengultimatum Teheran agar menghentikan pengayaan uranium.", "THREATEN", (["USA"], ["IRN"])),
    ("Israel melayangkan ultimatum kepada Hamas untuk membebaskan seluruh sandera.", "THREATEN", (["ISR"], ["HAMAS"])),
    ("Pemerintah Serbia diultimatum oleh Uni Eropa soal sanksi terhadap Rusia.", "THREATEN", (["EU"], ["SRB"])),
    ("Nelayan Filipina mendapat ancaman dari penjaga pantai China di Beting Scarborough.", "THREATEN",
     (["CHN"], ["PHL"])),
    ("Pembangunan pangkalan itu diprotes oleh Pemerintah Vietnam.", "ACCUSE", (["VNM"], [])),
    ("Menlu Sugiono ditemui Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo.", "CONSULT",
     (["JPN"], ["IDN"])),
    ("Ukraina diinvasi oleh Rusia pada Februari 2022.", "ASSAULT", (["RUS"], ["UKR"])),
    ("China memperkuat kehadiran militer di Laut China Selatan.", "MOBILIZE", (["CHN"], [])),
])
def test_q6_affixed_rows(run, text, kind, sides):
    found = sides_of(run([text]), kind)
    assert found and found[0][0] == sides[0] and all(t in found[0][1] for t in sides[1])


# triggers.find_triggers, row key unless_prev: what another act is done to is no act
def test_aid_vessel_attacked_is_no_aid(run):
    out = run(["Indonesia mengecam serangan Israel ke kapal bantuan Gaza."])
    assert sides_of(out, "AID") == []


def test_aid_convoy_as_subject_is_still_aid(run):
    out = run(["Konvoi bantuan PBB tiba di Gaza utara, Selasa."])
    assert [s for s, _ in sides_of(out, "AID")] == [["UN"]]


# readings.genitive_agent: a derived noun's agent right after it acts on the first actor after it
def test_nominal_attack_with_its_agent(run):
    out = run(["Pemerintah Indonesia mengecam serangan Israel terhadap rumah sakit di Gaza."])
    assert sides_of(out, "ASSAULT") == [(["ISR"], ["PSE"])]


def test_nominal_attack_without_agent_is_no_act(run):
    out = run(["Indonesia mengecam serangan terhadap Israel."])
    assert sides_of(out, "ASSAULT") == []


def test_genitive_agent_is_a_reading():
    assert readings.genitive_agent in readings.READINGS


# threaten.q6.akan_bertindak_bersyarat (row key needs_in_sentence): force announced on a condition is a threat
def test_conditional_force_in_a_quote_is_a_threat(run):
    out = run(["”Kalau kapal Vietnam masuk lagi ke perairan kami, kami akan menenggelamkannya,” kata Menteri "
               "Kelautan Susi Pudjiastuti."])
    found = [e for e in out[0]["events"] if e["type"] == "THREATEN"]
    assert [[a["name"] for a in e["sources"]] for e in found] == [["Susi Pudjiastuti"]]
    assert [[a["country"] for a in e["targets"]] for e in found] == [["VNM"]]


def test_force_without_condition_is_no_conditional_threat(run):
    out = run(["”Kami akan menangkap siapa pun yang melanggar,” kata Kapolda Papua Irjen Petrus Waine."])
    assert sides_of(out, "THREATEN") == []


# lemmas.json lexicalized: an affixed word that is a word of its own is its own lemma
def test_armed_forces_are_no_lifting():
    from streams.extract.lexicon import lemmatizer
    lem = lemmatizer("id")
    assert lem("angkatan") == "angkatan" and lem("pengangkatan") == "angkat"


def test_forces_on_alert_is_mobilization_not_easing(run):
    out = run(["Venezuela menempatkan angkatan bersenjatanya dalam status siaga penuh."])
    assert [e["type"] for e in out[0]["events"]] == ["MOBILIZE"]


# lexicon.Lemmatizer.form: a noun is its lemma and a noun suffix, the lemma's first sound aside
@pytest.mark.parametrize("word,form", [("penembakan", "noun"), ("penarikan", "noun"), ("penahanan", "noun"),
                                       ("menembakkan", "active"), ("mengerahkan", "active"), ("bertahan", "other")])
def test_noun_form_by_lemma(word, form):
    from streams.extract.lexicon import lemmatizer
    assert lemmatizer("id").form(word) == form


@pytest.mark.parametrize("text,kind,source", [
    ("Otoritas Rusia memblokir akses ke layanan pesan WhatsApp di seluruh negeri.", "COERCE", ["RUS"]),
    ("Amerika Serikat mengirim kapal induk USS Gerald R. Ford ke Laut Karibia.", "MOBILIZE", ["USA"]),
    ("Venezuela memobilisasi milisi sipil setelah kedatangan kapal perang AS.", "MOBILIZE", ["VEN"]),
])
def test_q6_censor_and_mobilize_rows(run, text, kind, source):
    out = run([text])
    assert [e["type"] for e in out[0]["events"]] == [kind]
    assert [s for s, _ in sides_of(out, kind)] == [source]


# mobilize.deploy.dikerahkan_ke: troops sent to a place that names no party are deployed all the same
def test_troops_deployed_to_a_region(run):
    out = run(["Ribuan tentara India diterjunkan ke Kashmir setelah meningkatnya ketegangan dengan Pakistan."])
    assert [s for s, _ in sides_of(out, "MOBILIZE")] == [["IND"]]


# assault.serangan_udara: an airstrike named with its owner needs no party struck
def test_airstrike_on_a_place(run):
    out = run(["Serangan udara Israel menghantam sebuah sekolah yang menampung pengungsi, Selasa."])
    assert [s for s, _ in sides_of(out, "ASSAULT")][:1] == [["ISR"]]


# unless_prev on the nominal attack rows: "setiap serangan" is any attack, no act
def test_any_attack_is_no_act(run):
    out = run(["Afghanistan akan membalas setiap serangan udara Pakistan, kata juru bicara Taliban."])
    assert sides_of(out, "ASSAULT") == []


# request.mendesak, request.demand.menuntut, reject.menolak, reject.menentang, accuse.allege.menuduh:
# the act stands when the one acted on is no known party
@pytest.mark.parametrize("text,kind,source", [
    ("Uni Eropa mendesak semua pihak menahan diri.", "REQUEST", ["EU"]),
    ("Militer Myanmar menuduh kelompok pemberontak menyerang pos polisi di Rakhine.", "ACCUSE", ["MMR"]),
])
def test_acts_on_an_unnamed_party(run, text, kind, source):
    assert [s for s, _ in sides_of(run([text]), kind)] == [source]


# release rows: an exemption ("membebaskan visa/bea bagi ...") frees nobody
def test_visa_exemption_is_no_release(run):
    assert sides_of(run(["Filipina membebaskan visa bagi wisatawan India mulai bulan depan."]), "RETREAT") == []


# readings.condition_of_threat (row key condition_is_content on the id THREATEN rows)
def test_condition_of_a_threat_is_no_act(run):
    out = run(["Iran mengancam akan menutup Selat Hormuz jika Amerika Serikat menyerang fasilitas nuklirnya."])
    assert [e["type"] for e in out[0]["events"]] == ["THREATEN"]


def test_condition_of_threat_is_a_reading():
    assert readings.condition_of_threat in readings.READINGS


# negation.jsonl: a postponed meeting is not held; leaving talks refuses them
def test_postponed_meeting_is_negated(run):
    # put off by a side named as its subject: that side's refusal to meet (gold README, REJECT meet 125)
    out = run(["Menlu Jepang menunda pertemuan dengan Menlu China Wang Yi."])
    assert [(e["type"], e["modality"], e["cameo"]) for e in out[0]["events"]] == [("REJECT", "asserted", "125")]


def test_leaving_talks_is_a_rejection(run):
    out = run(["Rusia mundur dari perundingan damai dengan Ukraina."])
    assert sides_of(out, "REJECT") == [(["RUS"], ["UKR"])] and sides_of(out, "CONSULT") == []


# sanction.q6.setujui_paket_sanksi: a sanctions package adopted is sanctions imposed
def test_sanctions_package_approved(run):
    out = run(["Uni Eropa menyetujui paket sanksi ke-19 terhadap Rusia yang menyasar sektor energi."])
    assert sides_of(out, "SANCTION") == [(["EU"], ["RUS"])]


# retreat.withdraw.pasukan_menarik_diri: a longer head ("pasukan penjaga perdamaian PBB") and its name inside
def test_peacekeepers_leave(run):
    out = run(["Pasukan penjaga perdamaian PBB mulai meninggalkan Mali pekan ini."])
    assert sides_of(out, "RETREAT") == [(["UN"], ["MLI"])]


# neg.tanpa unless_next: "pesawat tanpa awak" is a drone, not an act left undone
def test_crewless_aircraft_does_not_negate_its_act(run):
    out = run(["Pesawat tanpa awak Rusia menyerang sebuah pangkalan militer Ukraina di Odesa pada Senin."])
    assert [e["modality"] for e in out[0]["events"] if e["type"] == "ASSAULT"] == ["asserted"]


def test_tanpa_before_an_act_still_negates(run):
    out = run(["Rusia menarik pasukannya dari perbatasan tanpa mengumumkan gencatan senjata dengan Ukraina."])
    assert "asserted" not in [e["modality"] for e in out[0]["events"] if e["type"] == "CEASEFIRE"]


# sanction.ban_imports: suspending or freezing imports from a state is a sanction on it
def test_suspended_imports_are_a_sanction(run):
    out = run(["Pemerintah Vietnam menangguhkan impor beras dari Thailand pada Senin."])
    assert sides_of(out, "SANCTION") == [(["VNM"], ["THA"])]


# concede.rid2.ease.tunda_pengusiran / tunda_pemulangan_paksa: pausing a forced removal eases it
def test_halting_evictions_is_an_easing(run):
    out = run(["Israel menghentikan sementara penggusuran warga Palestina di Yerusalem Timur."])
    assert [(e["type"], e["mode"], e["modality"]) for e in out[0]["events"]] == [("CONCEDE", "ease", "asserted")]


def test_postponed_forced_returns_are_an_easing(run):
    out = run(["Pemerintah Iran menunda pemulangan paksa sekitar dua juta pengungsi Afghanistan."])
    assert sides_of(out, "CONCEDE") == [(["IRN"], ["AFG"])]


# concede.rid2.ease.tunda_lalu_penerapan_aturan: a rule's application put off, a time span between
def test_application_of_curbs_put_off_for_a_year(run):
    out = run(["Uni Eropa menunda hingga tahun depan penerapan pembatasan impor baja dari India."])
    assert sides_of(out, "CONCEDE") == [(["EU"], ["IND"])]
