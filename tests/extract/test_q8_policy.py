"""SANCTION, REQUEST, AGREE, REJECT and CONCEDE as wire copy words them (the q8-policy rows of
event_triggers.jsonl and the promise asked for): one sentence of its own per row, both languages."""

from __future__ import annotations

from event_checks import found, one, sides


def _sides(run, text, kind, lang="en", mode=...):
    return sides(one(run, text, kind, lang, mode))


# English: sanctions


def test_hit_with_sanctions(run):
    assert _sides(run, "Washington hit Iran's shipping sector with fresh sanctions on Monday.", "SANCTION") \
        == (["USA"], ["IRN"])


def test_put_on_entity_list(run):
    assert _sides(run, "Beijing put three American drone makers on its unreliable entity list.", "SANCTION") \
        == (["CHN"], ["USA"])


def test_placed_under_sanctions(run):
    assert _sides(run, "London placed two Iranian generals under sanctions.", "SANCTION") == (["GBR"], ["IRN"])


def test_lifted_its_veto_on_a_bid(run):
    assert _sides(run, "Slovakia lifted its veto on Ukraine's loan.", "CONCEDE") \
        == (["SVK"], ["UKR"])


def test_imposed_a_ban(run):
    assert _sides(run, "Canada imposed a ban on Russian aluminium imports.", "SANCTION") == (["CAN"], ["RUS"])


def test_imposed_an_asset_freeze(run):
    assert _sides(run, "Australia imposed an asset freeze on four Iranian commanders.", "SANCTION") \
        == (["AUS"], ["IRN"])


def test_sanctions_were_imposed_on(run):
    e = one(run, "France said sanctions were also imposed on two Malian officers.", "SANCTION")
    assert sides(e) == (["FRA"], ["MLI"])


def test_froze_money_in_assets(run):
    assert _sides(run, "Switzerland froze about $7 billion in assets of Russian oligarchs.", "SANCTION") \
        == (["CHE"], ["RUS"])


def test_froze_funds_is_no_sanction(run):
    out = run(["The commission froze billions of euros in funds over rule-of-law concerns."], lang="en")
    assert found(out[0], "SANCTION") == []


def test_restricted_exports(run):
    assert _sides(run, "The Netherlands restricted chipmaking tool exports to China.", "SANCTION") \
        == (["NLD"], ["CHN"])


def test_halted_supplies_to(run):
    assert _sides(run, "Russia halted oil deliveries to Germany through the Druzhba pipeline.", "SANCTION") \
        == (["RUS"], ["DEU"])


def test_suspended_aid_to(run):
    e = one(run, "Sweden suspended $40 million in development aid to Mali.", "SANCTION", mode="discontinue")
    assert sides(e) == (["SWE"], ["MLI"])


def test_stopped_buying(run):
    assert _sides(run, "India stopped buying Iranian crude last year.", "SANCTION") == (["IND"], ["IRN"])


def test_ordered_the_ambassador_out(run):
    e = one(run, "Burkina Faso ordered the French ambassador out within 48 hours.", "SANCTION", mode="expel")
    assert sides(e) == (["BFA"], ["FRA"])


# English: requests, agreements, refusals, concessions


def test_told_to(run):
    assert _sides(run, "Washington told Kyiv to stop striking Russian refineries.", "REQUEST") == (["USA"], ["UKR"])


def test_told_reporters_is_no_request(run):
    out = run(["Lavrov told reporters to expect a long war."], lang="en")
    assert found(out[0], "REQUEST") == []


def test_sought_the_extradition(run):
    e = one(run, "Bangladesh sought the extradition of Sheikh Hasina from India.", "REQUEST")
    assert e["sources"][0]["country"] == "BGD"


def test_agreed_a_truce(run):
    e = one(run, "Sudan's army and the RSF agreed a humanitarian truce.", "AGREE")
    assert e["trigger"]["text"].startswith("agreed a")


def test_signed_off_on(run):
    assert _sides(run, "EU finance ministers signed off on a loan for Ukraine.", "AGREE")[0] == ["EU"]


def test_ruled_out(run):
    assert _sides(run, "Japan ruled out any compromise on the islands.", "REJECT")[0] == ["JPN"]


def test_lifted_its_veto(run):
    assert _sides(run, "Hungary lifted its veto on Sweden's accession.", "CONCEDE") == (["HUN"], ["SWE"])


def test_resumed_imports(run):
    e = one(run, "Russia resumed imports of Georgian wine.", "CONCEDE", mode="ease")
    assert sides(e) == (["RUS"], ["GEO"])


def test_dropped_anti_dumping_duties(run):
    out = run(["Mexico scrapped its anti-dumping duties on Chinese steel."], lang="en")
    assert [sides(e) for e in found(out[0], "CONCEDE")] == [(["MEX"], ["CHN"])]
    assert found(out[0], "SANCTION") == []


def test_promise_asked_for_is_no_promise(run):
    out = run(["Qatar pressed Hamas to accept the truce proposal."], lang="en")
    assert [sides(e) for e in found(out[0], "REQUEST")] == [(["QAT"], ["HAMAS"])]
    assert found(out[0], "AGREE") == []
    # The same words unasked are a promise.
    assert found(run(["Hamas accepted the truce proposal."], lang="en")[0], "AGREE")


# Indonesian


def test_sanksi_genitif(run):
    assert _sides(run, "Sanksi Inggris terhadap Iran mulai berlaku pada Senin.", "SANCTION", "id") \
        == (["GBR"], ["IRN"])


def test_tarif_after_a_preposition_is_no_act(run):
    out = run(["Kanada enggan bergabung dengan tarif AS atas mobil China."], lang="id")
    assert found(out[0], "SANCTION") == []


def test_memperketat_kontrol_ekspor(run):
    assert _sides(run, "Belanda memperketat kontrol ekspor mesin cip ke China.", "SANCTION", "id") \
        == (["NLD"], ["CHN"])


def test_menepis_seruan(run):
    assert _sides(run, "Myanmar menepis seruan ASEAN untuk menghentikan serangan udara.", "REJECT", "id")[0] \
        == ["MMR"]


def test_membatalkan_larangan(run):
    e = one(run, "Indonesia membatalkan larangan ekspor batu bara ke Filipina.", "CONCEDE", "id", "ease")
    assert sides(e) == (["IDN"], ["PHL"])


def test_menyetujui_gencatan(run):
    assert _sides(run, "Israel dan Hizbullah menyetujui gencatan senjata 60 hari.", "AGREE", "id")[0] \
        == ["ISR", "HEZBOLLAH"]


def test_mencabut_keberatan(run):
    assert _sides(run, "Hungaria mencabut keberatannya atas aksesi Swedia.", "CONCEDE", "id") == (["HUN"], ["SWE"])


def test_memutus_pasokan(run):
    assert _sides(run, "Rusia memutus pasokan gas ke Moldova.", "SANCTION", "id") == (["RUS"], ["MDA"])


def test_berhenti_membeli(run):
    assert _sides(run, "India berhenti membeli minyak Iran.", "SANCTION", "id") == (["IND"], ["IRN"])


def test_desakan_agar_menerima_is_no_promise(run):
    out = run(["Mesir mendesak Hamas agar menerima usulan gencatan senjata."], lang="id")
    assert found(out[0], "AGREE") == []


# English: shapes added after the first round of development paragraphs


def test_demanded_the(run):
    assert _sides(run, "Kyiv demanded the return of children deported to Russia.", "REQUEST")[0] == ["UKR"]


def test_dismissed_the_report(run):
    assert _sides(run, "Rwanda dismissed the report of U.N. experts as biased.", "REJECT")[0] == ["RWA"]


def test_rolled_back_tariffs(run):
    e = one(run, "Ottawa rolled back its retaliatory tariffs on American goods.", "CONCEDE", mode="ease")
    assert sides(e) == (["CAN"], ["USA"])


def test_concluded_negotiations(run):
    assert _sides(run, "India and Britain concluded negotiations on a trade deal.", "AGREE")[0] == ["IND", "GBR"]


def test_act_right_after_rejected_is_the_act_refused(run):
    out = run(["Pyongyang rejected talks with Seoul."], lang="en")
    assert [sides(e) for e in found(out[0], "REJECT")] == [(["PRK"], ["KOR"])]
    assert found(out[0], "CONSULT") == []
