"""Who acts on whom on wire news (issue 14, q13-roles): roles across clauses, both languages."""

from __future__ import annotations

from event_checks import event_sides, found

from streams.extract.events import roles


def test_promised_firm_response_is_a_threat(run):
    """"berjanji akan memberikan respons tegas": a promised response is a threat, not an agreement."""
    out = run(["Menteri Pertahanan Filipina Gilberto Teodoro berjanji akan memberikan respons tegas "
               "jika kapal-kapal China kembali menghadang misi pasokan.",
               "Militer Thailand bersumpah memberikan balasan setimpal kepada Kamboja."], lang="id")
    assert [e["modality"] for e in found(out[0], "THREATEN")] == ["asserted"]
    assert found(out[0], "AGREE") == []
    assert event_sides(out[1], "THREATEN") == [(["THA"], ["KHM"])]
    assert found(out[1], "AGREE") == []


def test_promised_aid_stays_a_promise(run):
    out = run(["Jepang berjanji memberikan bantuan kapal patroli kepada Filipina."], lang="id")
    assert found(out[0], "THREATEN") == []


def test_act_of_a_new_clause_is_not_a_second_object(run):
    """"X menggempur A, sementara Y membalas dengan serangan udara": the strike is Y's, on X."""
    out = run(["Pasukan Dukungan Cepat (RSF) menggempur kota El Fasher dengan artileri, sementara "
               "angkatan udara Sudan membalas dengan serangan udara ke posisi paramiliter itu."], lang="id")
    assert (["SDN"], ["RSF"]) in event_sides(out[0], "ASSAULT")


def test_participle_after_a_clause_opener_keeps_the_source(run):
    out = run(["Iranian authorities cracked down on dissent after the protests, arresting hundreds of activists."],
              lang="en")
    assert [s for s, _ in event_sides(out[0], "COERCE")] == [["IRN"], ["IRN"]]


def test_both_sides_after_an_organisation_that_reported(run):
    """"…, OCHA said. The African Union urged both sides": no pair of sides named yet; the two at war are."""
    for lang, texts in (("en", ["The Rapid Support Forces shelled El Fasher, while the Sudanese army hit back "
                                "with air strikes on RSF positions.",
                                "At least 40 civilians were killed, OCHA said. The African Union urged both "
                                "sides to stop the fighting."]),
                        ("id", ["RSF menggempur El Fasher, sementara angkatan udara Sudan membalas dengan "
                                "serangan udara ke posisi RSF.",
                                "Sedikitnya 40 warga sipil tewas, kata OCHA. Uni Afrika mendesak kedua pihak "
                                "menghentikan pertempuran."])):
        out = run(texts, lang=lang)
        (_, targets), = event_sides(out[1], "REQUEST")
        assert targets == ["Sudan – RSF"], lang


def test_reporter_of_converse_act(run):
    """"warned Hamas it would pay a heavy price": the warner threatens Hamas."""
    text = ["Palestinian President Mahmoud Abbas condemned the raid, while Israeli Defence Minister Yoav Gallant "
            "warned Hamas it would pay a heavy price for any further attacks."]
    (sources, targets), = event_sides(run(text, lang="en")[0], "THREATEN")
    assert sources in (["Yoav Gallant"], ["ISR"]) and targets == ["HAMAS"]
    at = roles.ROLE_RULES.index(roles.reporter_of_converse_act)
    roles.ROLE_RULES.pop(at)
    try:
        assert event_sides(run(text, lang="en")[0], "THREATEN") == []
    finally:
        roles.ROLE_RULES.insert(at, roles.reporter_of_converse_act)


def test_bare_junta_after_a_fronted_phrase_is_the_datelines_military(run):
    """"Sehari kemudian, junta menangkap …": a bare body after a short fronted phrase opens its clause."""
    out = run(["YANGON (AP) - Junta militer Myanmar membombardir sebuah desa di wilayah Sagaing.",
               "Sehari kemudian, junta menangkap puluhan mahasiswa di Mandalay."], lang="id")
    assert [s for s, _ in event_sides(out[1], "COERCE")] == [["MMR"]]



def test_agentless_passive_force_on_a_named_party(run):
    """"Sebuah pos polisi … diserang": force undergone by a party named before the passive, its doer unnamed."""
    out = run(["JAYAPURA (Antara) - Sebuah pos polisi di Kabupaten Intan Jaya diserang pada Senin malam.",
               "Pekan lalu, sebuah konvoi TNI ditembaki di distrik yang sama."], lang="id")
    assert event_sides(out[0], "ASSAULT") == [([], ["IDN"])]
    assert [t for _, t in event_sides(out[1], "ASSAULT")] == [["IDN"]]


def test_agentless_passive_needs_its_undergoer_before_it(run):
    """"dideportasi dari Malaysia": the place after the passive is no undergoer; no event without a doer."""
    out = run(["Ratusan pekerja migran dideportasi dari Malaysia bulan lalu."], lang="id")
    assert event_sides(out[0], "COERCE") == []
