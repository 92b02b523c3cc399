"""p-id: Indonesian false events (a condolence, an act named back, a charge told twice): each
change with the near case that must still give its event."""

from __future__ import annotations

from event_checks import found


def test_condolences_are_no_support_but_solidarity_still_is(run):
    out = run(["Topan Kalmaegi menewaskan 40 orang di Filipina tengah, kata Presiden Ferdinand Marcos Jr, Senin.",
               "Presiden Vietnam To Lam melalui sambungan telepon menyampaikan belasungkawa kepada Presiden "
               "Filipina Ferdinand Marcos Jr, Selasa."])
    assert found(out[1], "CONSULT") and not found(out[1], "SUPPORT")
    [r] = run(["Menteri Luar Negeri Malaysia menyatakan solidaritas kepada rakyat Palestina."])
    assert found(r, "SUPPORT")


def test_an_act_named_back_with_its_doer_is_no_new_act(run):
    out = run(["Rusia menembakkan rudal ke pelabuhan Odesa, Kamis.",
               "Presiden Prancis mengecam serangan Rusia tersebut dan menawarkan bantuan kepada Ukraina."])
    assert found(out[1], "ACCUSE") and not found(out[1], "ASSAULT")
    # Without the demonstrative the act is told here, with its doer.
    [r] = run(["Jerman mengecam serangan Rusia terhadap pelabuhan Odesa."])
    assert found(r, "ASSAULT")


def test_what_a_charge_says_is_that_charge_not_a_second_one(run):
    [r] = run(["Kamboja menuding militer Thailand lebih dulu melanggar kesepakatan damai di perbatasan."])
    assert len(found(r, "ACCUSE")) == 1
    # Said by a verb that is no charge, the words are the charge.
    [r] = run(["Menteri Luar Negeri Iran mengatakan Israel melanggar hukum internasional."])
    assert len(found(r, "ACCUSE")) == 1


def test_a_source_unwilling_to_be_named_agrees_to_nothing(run):
    [r] = run(["Turki menyerahkan proposal damai kepada Rusia dan Ukraina, menurut seorang diplomat Turki yang "
               "tidak bersedia disebutkan namanya."])
    assert not found(r, "AGREE")
    [r] = run(["Iran menyatakan bersedia membebaskan dua warga Prancis jika Paris mencabut sanksi."])
    assert found(r, "AGREE")


def test_not_tolerating_is_a_threat_only_with_a_condition_or_a_consequence(run):
    [r] = run(["Menteri Dalam Negeri Thailand menegaskan pemerintahnya tidak akan menoleransi perdagangan manusia."])
    assert not found(r, "THREATEN")
    [r] = run(["Korea Selatan tidak akan membiarkan provokasi Korea Utara tanpa balasan, kata Kementerian Pertahanan."])
    assert found(r, "THREATEN")
    [r] = run(["Venezuela tidak akan ragu menutup perbatasan jika Kolombia mengirim pasukan, kata Menteri Luar Negeri "
               "Venezuela."])
    assert found(r, "THREATEN")


def test_ready_to_act_is_planned_with_or_without_untuk(run):
    # (aid held ready is an offer, AGREE: modality.offer_held_ready, tests/extract/test_ty_id3.py)
    for text in ("Presiden Brasil menegaskan negaranya siap mengirim pasukan penjaga perdamaian ke Haiti.",
                 "Presiden Brasil menegaskan negaranya siap untuk mengirim pasukan penjaga perdamaian ke Haiti."):
        [r] = run([text])
        assert [e["modality"] for e in found(r, "MOBILIZE")] == ["planned"], text


def test_an_act_after_setiap_is_any_act_of_its_kind(run):
    [r] = run(["Iran memperingatkan akan membalas setiap pengerahan pasukan asing ke Teluk Persia, Senin."])
    assert found(r, "THREATEN") and not found(r, "MOBILIZE")
    [r] = run(["Amerika Serikat mengerahkan pasukan tambahan ke Teluk Persia, Senin."])
    assert found(r, "MOBILIZE")



def test_not_hesitating_to_go_to_court_is_no_threat_unlike_force(run):
    [r] = run(["Kami tidak akan ragu membawa sengketa ini ke Mahkamah Internasional, kata Menteri Luar Negeri Guyana."])
    assert not found(r, "THREATEN")


def test_a_visit_named_as_what_a_meeting_was_is_no_second_visit(run):
    [r] = run(["Presiden Kenya William Ruto bertemu Presiden Prabowo Subianto di Istana Bogor, Rabu. Ini merupakan "
               "kunjungan pertama seorang presiden Kenya ke Indonesia."])
    assert len(found(r, "CONSULT")) == 1
    [r] = run(["Presiden Kenya William Ruto memulai kunjungan pertama seorang presiden Kenya ke Indonesia, Rabu."])
    assert found(r, "CONSULT")


def test_pressure_asked_of_another_is_what_the_request_asks(run):
    [r] = run(["Presiden Lebanon meminta Prancis menekan Israel agar menarik pasukannya dari perbatasan."])
    assert [e["trigger"]["text"] for e in found(r, "REQUEST")] == ["meminta"]
    [r] = run(["Turki dan Mesir menekan Hamas agar menerima proposal gencatan senjata."])
    assert found(r, "REQUEST")


def test_an_act_talked_about_is_the_topic_not_an_act(run):
    [r] = run(["Presiden Mesir menelepon Raja Yordania untuk membahas pengiriman bantuan ke Gaza."])
    assert found(r, "CONSULT") and not found(r, "AID")


def test_aid_trucks_a_crossing_is_opened_for_are_no_aid_sent(run):
    [r] = run(["Yordania membuka kembali perbatasan Allenby bagi truk bantuan kemanusiaan menuju Tepi Barat."])
    assert not found(r, "AID")


def test_a_council_session_named_as_a_time_or_a_room_is_no_meeting(run):
    [r] = run(["Spanyol dan Irlandia mengakui Negara Palestina pada Selasa, menjelang Sidang Majelis Umum PBB di "
               "New York."])
    assert not found(r, "CONSULT")
    [r] = run(["Dalam rapat Dewan Keamanan PBB di New York, Rabu, Rusia memveto rancangan resolusi tentang Gaza."])
    assert found(r, "CONSULT")
