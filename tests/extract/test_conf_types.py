"""Type confusions with the right sides (brief conf), one sentence each, my own: a passage blocked
is a protest when civilians block it and a restriction when forces do; a vessel boarded is seized
(COERCE), not attacked; forces that train together cooperate (COOPERATE), they do not exercise;
a crossing reopened to aid convoys named after the crossing's partner grants access (RETREAT); a
ceasefire ("gencatan senjata") handed over is no weapons handed over (AID); a party's offer to host talks is
an offer (AGREE), not the talks; "would not abandon efforts to ..." is no refusal to yield (REJECT); a
party "targeted with sanctions" is sanctioned, not attacked; market access opened ("membuka akses pasar") is a
trade concession (CONCEDE), access for aid stays RETREAT."""

from __future__ import annotations

from contextlib import contextmanager

from streams.extract.events import readings
from streams.extract.events.dissent import obstruction_by_doer
from streams.extract.events.readings import ban_on_the_sanctioned, undone_by_its_verb


def coded(run, text: str, lang: str = "en") -> list[tuple]:
    """(type, mode, source codes, target codes) of each event of one sentence."""
    return [(e["type"], e["mode"], [a.get("country") or a.get("code") or a["name"] for a in e["sources"]],
             [a.get("country") or a.get("code") or a["name"] for a in e["targets"]])
            for e in run([text], lang=lang)[0]["events"]]


@contextmanager
def without(rule):
    """The extractor with an EVENT_RULES rule taken out."""
    at = readings.EVENT_RULES.index(rule)
    readings.EVENT_RULES.pop(at)
    try:
        yield
    finally:
        readings.EVENT_RULES.insert(at, rule)


def test_obstruction_by_doer(run):
    text = "Hungarian truckers blockaded the border with Austria on Monday."
    assert coded(run, text) == [("PROTEST", "obstruct", ["HUN"], ["AUT"])]
    with without(obstruction_by_doer):
        assert [t for t, *_ in coded(run, text)] == ["COERCE"]
    text = "Police blocked roads leading to the parliament in Nairobi."
    assert coded(run, text) == [("COERCE", "restrict", ["KEN"], ["KEN"])]
    with without(obstruction_by_doer):
        assert [t for t, *_ in coded(run, text)] == ["PROTEST"]
    assert coded(run, "Polisi memblokade jalan menuju gedung parlemen di Nairobi.", "id") == \
        [("COERCE", "restrict", ["KEN"], ["KEN"])]
    assert [(t, m) for t, m, *_ in coded(run, "Para petani memblokade jalan tol menuju Jakarta.", "id")] == \
        [("PROTEST", "obstruct")]
    # forces blocking a passage stay a restriction; protesters blocking roads stay a protest
    assert [t for t, *_ in coded(run, "Egyptian troops blockaded the border crossing with Libya.")] == ["COERCE"]
    assert [t for t, *_ in coded(run, "Students blocked roads in central Dhaka on Sunday.")] == ["PROTEST"]


def test_vessel_boarded_is_seized(run):
    assert coded(run, "A Vietnamese trawler was boarded by Chinese coast guard officers near the Paracels.") == \
        [("COERCE", "seize", ["CHN"], ["VNM"])]


def test_forces_trained_together_cooperate(run):
    assert [(t, m) for t, m, *_ in coded(run, "Japanese and Philippine marines trained together on Luzon.")] == \
        [("COOPERATE", None)]
    assert [t for t, *_ in coded(run, "Chinese and Russian warships drilled together in the Sea of Japan.")] == \
        ["MOBILIZE"]


def test_crossing_reopened_to_aid_convoys_past_its_partner(run):
    text = "Jordan reopened the Allenby border crossing with the West Bank to aid convoys on Sunday."
    assert [(t, m) for t, m, *_ in coded(run, text)] == [("RETREAT", "access")]


def test_ceasefire_proposal_handed_over_is_no_arms_aid(run):
    assert [t for t, *_ in coded(run, "Turki menyerahkan rancangan gencatan senjata kepada kedua pihak.", "id")] \
        != ["AID"]
    assert [(t, m) for t, m, *_ in coded(run, "Jepang mengirimkan paket senjata ringan ke Filipina.", "id")] == \
        [("AID", "military")]


def test_an_offer_to_host_is_an_offer_not_a_meeting(run):
    out = coded(run, "Talks resumed after Norway's offer to host a new round in Oslo.")
    assert [(t, s) for t, _, s, _ in out] == [("AGREE", ["NOR"])]


def test_not_abandoning_efforts_is_no_refusal(run):
    assert [t for t, *_ in coded(run, "Kosovo said it would not abandon efforts to join NATO.")] != ["REJECT"]
    assert [(t, m) for t, m, *_ in coded(run, "Iran said it would not abandon its uranium enrichment.")] == \
        [("REJECT", "yield")]


def test_ban_on_the_sanctioned(run):
    text = "Australia froze the assets of three Iranian commanders and barred them from entering the country."
    assert [(t, s, g) for t, _, s, g in coded(run, text)] == [("SANCTION", ["AUS"], ["IRN"])] * 2
    with without(ban_on_the_sanctioned):
        assert [t for t, *_ in coded(run, text)] == ["SANCTION", "COERCE"]
    text = "Uni Eropa membekukan aset lima pejabat Iran dan melarang mereka memasuki wilayah blok itu."
    assert [t for t, *_ in coded(run, text, "id")] == ["SANCTION", "SANCTION"]
    # a ban of its own, on people the sanction did not name
    text = "Estonia froze Russian assets and banned Russian tourists from entering the country."
    assert [t for t, *_ in coded(run, text)] == ["SANCTION", "COERCE"]


def test_targeted_with_sanctions_is_a_sanction(run):
    text = "The United States targeted six Iranian shipping firms with new sanctions on Tuesday."
    assert [(t, s, g) for t, _, s, g in coded(run, text)] == [("SANCTION", ["USA"], ["IRN"])]
    assert [t for t, *_ in coded(run, "Russian drones targeted Ukrainian grain silos near Odesa.")] == ["ASSAULT"]


def test_market_access_opened_is_a_trade_concession(run):
    out = coded(run, "Vietnam membuka akses pasar bagi beras Thailand.", "id")
    assert [(t, m) for t, m, *_ in out] == [("CONCEDE", "ease")]
    out = coded(run, "Israel membuka akses bagi truk bantuan ke Gaza utara.", "id")
    assert [(t, m) for t, m, *_ in out] == [("RETREAT", "access")]


def test_undone_by_its_verb(run):
    text = "Amerika Serikat mencabut sisa sanksi terhadap sektor perbankan Venezuela."
    assert [(t, m, s, g) for t, m, s, g in coded(run, text, "id")] == [("CONCEDE", "ease", ["USA"], ["VEN"])]
    with without(undone_by_its_verb):
        assert [t for t, *_ in coded(run, text, "id")] == ["SANCTION"]
    text = "Israel masih membatasi jumlah truk bantuan yang masuk ke Jalur Gaza."
    assert [(t, m) for t, m, *_ in coded(run, text, "id")] == [("COERCE", "restrict")]
    text = "Israel restricted the number of aid trucks entering the Gaza Strip."
    assert [(t, m) for t, m, *_ in coded(run, text)] == [("COERCE", "restrict")]
    # the act itself, no verb undoing it
    assert [t for t, *_ in coded(run, "Indonesia mengirim sepuluh truk bantuan ke Jalur Gaza.", "id")] == ["AID"]
