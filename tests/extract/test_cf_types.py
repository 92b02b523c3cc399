"""Type confusions and weak types (cf): force vowed is a threat, not a pledge; a coercive act held ready
is a threat beside the plan (rules vowed_harm in READINGS, held_ready_threatens in
MODALITY_RULES; word sets vow_words and readiness_words in lang/<code>/grammar.json)."""

from __future__ import annotations

from event_checks import codes, found


def test_vowed_harm_id(run):
    out = run(["Milisi Houthi berjanji akan terus menyerang kapal-kapal Amerika Serikat di Laut Merah."], lang="id")[0]
    assert not found(out, "AGREE")


def test_vowed_restraint_is_a_promise_not_a_threat(run):
    for text, lang in (("Rusia berjanji tidak akan menyerang wilayah Ukraina lagi.", "id"),
                       ("Russia promised not to attack Ukrainian territory again.", "en")):
        out = run([text], lang=lang)[0]
        assert found(out, "AGREE") and not found(out, "THREATEN"), text


def test_vowed_aid_stays_a_pledge(run):
    out = run(["Jepang berjanji akan mengirim bantuan kemanusiaan ke Myanmar."], lang="id")[0]
    assert found(out, "AGREE") and not found(out, "THREATEN")


def test_vowed_measure_stays_a_pledge(run):
    out = run(["Hanoi berjanji menindak kapal-kapal yang mencuri ikan di perairan Natuna."], lang="id")[0]
    assert not found(out, "THREATEN")


def test_pledged_money_to_operations_stays_a_pledge(run):
    out = run(["Britain pledged a further 40 million pounds to the World Food Programme's operations in Sudan."],
              lang="en")[0]
    assert not found(out, "THREATEN")


def test_ready_to_impose_sanctions_threatens_beside_the_plan(run):
    out = run(["Kenya is prepared to impose sanctions on South Sudan."], lang="en")[0]
    t, s = found(out, "THREATEN"), found(out, "SANCTION")
    assert t and t[0]["modality"] == "asserted" and t[0]["cameo"] == "1312" and codes(t[0]["targets"]) == ["SSD"]
    assert s and s[0]["modality"] == "planned"


def test_siap_mengusir_threatens(run):
    out = run(["Pemerintah Ghana siap mengusir diplomat Nigeria atas insiden di perbatasan."], lang="id")[0]
    t = found(out, "THREATEN")
    assert t and t[0]["modality"] == "asserted" and codes(t[0]["sources"]) == ["GHA"]


def test_not_prepared_to_impose_sanctions_is_no_threat(run):
    out = run(["Canada was not prepared to impose sanctions on Venezuela."], lang="en")[0]
    assert not found(out, "THREATEN")


def test_vowed_harm(run):
    from test_role_rules import both
    from streams.extract.events import readings
    got, bare = both(run, readings.vowed_harm,
                     ["Milisi Houthi berjanji akan terus menyerang kapal-kapal Amerika Serikat di Laut Merah."],
                     "id", "THREATEN")
    assert [m for _, _, m in got] == ["asserted"] and bare == []


def test_held_ready_threatens(run):
    from test_role_rules import both
    from streams.extract.events import modality
    got, bare = both(run, modality.held_ready_threatens,
                     ["Kenya is prepared to impose sanctions on South Sudan."], "en", "THREATEN")
    assert got == [(["Kenya"], ["South Sudan"], "asserted")] and bare == []


def test_menewaskan_with_its_doer_is_an_assault(run):
    out = run(["Kelompok Al-Shabaab menewaskan 12 tentara Somalia di dekat Mogadishu pada Rabu."], lang="id")[0]
    e = found(out, "ASSAULT")
    assert e and codes(e[0]["sources"]) == ["ALSHABAAB"]


def test_menewaskan_after_an_attack_is_its_toll(run):
    out = run(["Serangan udara Israel di Rafah menewaskan 20 orang pada Selasa."], lang="id")[0]
    assert len(found(out, "ASSAULT")) == 1


def test_doer_not_next(run):
    from test_role_rules import both
    from streams.extract.events import readings
    got, bare = both(run, readings.doer_not_next,
                     ["Jepang mengirim bantuan ke Myanmar, sehari setelah gempa menewaskan 300 orang di Mandalay."],
                     "id", "ASSAULT")
    assert got == [] and bare


def test_merebut_markas_takes_territory(run):
    out = run(["Taliban merebut markas polisi distrik di Kunduz pada Kamis."], lang="id")[0]
    e = found(out, "ASSAULT")
    assert e and e[0]["mode"] == "occupy"


def test_meeting_held_ready(run):
    from test_role_rules import both
    from streams.extract.events import modality
    got, bare = both(run, modality.meeting_held_ready,
                     ["Oman said it was ready to host talks between Tehran and Washington."], "en", "AGREE")
    assert got == [(["Oman"], ["Iran", "United States"], "asserted")] and bare == []


def test_siap_bertemu_is_an_offer_to_meet(run):
    out = run(["Presiden Filipina mengatakan ia siap bertemu Xi Jinping tanpa prasyarat."], lang="id")[0]
    e = found(out, "AGREE")
    assert e and e[0]["cameo"] == "036" and not found(out, "CONSULT")


def test_peacekeepers_sent_are_forces_mobilized(run):
    e = found(run(["Brazil deployed peacekeepers to Haiti in 2004."], lang="en")[0], "MOBILIZE")
    assert e and e[0]["mode"] == "troops" and e[0]["cameo"] == "154"
    out = run(["Indonesia mengirimkan pasukan penjaga perdamaian ke Lebanon selatan pada Senin."], lang="id")[0]
    assert found(out, "MOBILIZE") and not found(out, "AID")


def test_vowed_to_keep_attacking_threatens(run):
    out = run(["Hezbollah vowed to continue attacking Israeli positions along the border."], lang="en")[0]
    e = found(out, "THREATEN")
    assert e and e[0]["mode"] == "violence" and not found(out, "AGREE")


def test_released_police_officers(run):
    e = found(run(["Serbia released three Kosovo police officers on Monday."], lang="en")[0], "RETREAT")
    assert e and e[0]["mode"] == "release" and codes(e[0]["sources"]) == ["SRB"]


def test_released_a_statement_to_journalists_is_no_release(run):
    assert not found(run(["The ministry released a statement to journalists on Monday."], lang="en")[0], "RETREAT")
