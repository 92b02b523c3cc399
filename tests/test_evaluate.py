"""The evaluation on the gold set, with floors set from measured figures.

The floors sit just under what the extractor measures today (see README,
"Extraction quality"); raising them is how a quality gain is locked in.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from streams.evaluate import format_table, key_matches, load_gold, score, score_predictions

GOLD = Path(__file__).parent / "gold"
FLOORS = {  # measured 2026-12-05 with `diplo eval` (see README, "Extraction quality")
    # The development set grew with the failure classes of issue 14 (0.91 -> 0.84 that day);
    # its second round of documents brought Indonesian quotes it misses (0.964 -> 0.924);
    # the fourth round's 110 English paragraphs brought speakers named only by a body
    # ("its media regulator said") and read back from the paragraph before (0.954 -> 0.949);
    # the sixth round's wire paragraphs brought more such speakers (0.939 with all of them), the
    # eighth round's sanction and request wire copy more again (0.929). The thirteenth session's
    # dense English leads brought quotes the code before them missed too (0.948 on the new set;
    # 0.949 after).
    "dev": {"id": {"event_f1": 0.85, "quote_f1": 0.92, "speaker": 0.95},
            "en": {"event_f1": 0.85, "quote_f1": 0.94, "speaker": 0.92},
            "seed": {"event_f1": 0.70, "quote_f1": 0.97, "speaker": 0.94}},
    "heldout": {"id": {"event_f1": 0.65, "quote_f1": 0.97, "speaker": 0.95},
                "en": {"event_f1": 0.65, "quote_f1": 0.97, "speaker": 0.90}},
    # Wire-style news written apart (issue 14); far from its aims (0.80 / 0.95 / 0.93): the
    # floors only keep it from sliding back while the extractor is reworked.
    "news": {"id": {"event_f1": 0.59, "quote_f1": 0.94, "speaker": 0.87},
             "en": {"event_f1": 0.49, "quote_f1": 0.94, "speaker": 0.90}},
    # Development text written blind (thirteenth session: 0.451 / 0.447 events, 0.894 / 0.904
    # quotes, 0.903 / 0.922 speakers): rules may be tuned on it; the floors lock gains in.
    "blind": {"id": {"event_f1": 0.42, "quote_f1": 0.87, "speaker": 0.89},
              "en": {"event_f1": 0.42, "quote_f1": 0.86, "speaker": 0.87}},
}
HELDOUT = sorted(map(str, GOLD.glob("heldout/*/*.jsonl")))
SETS = {"dev": sorted(map(str, GOLD.glob("*/*.jsonl"))),               # id/, en/
        "heldout": [f for f in HELDOUT if not Path(f).name.startswith("news-")],
        "news": [f for f in HELDOUT if Path(f).name.startswith("news-")],
        "blind": sorted(map(str, GOLD.glob("blind/*/*.jsonl")))}


@pytest.fixture(scope="module", params=sorted(SETS))
def figures(request) -> tuple[str, dict]:
    return request.param, score(load_gold(SETS[request.param]))


def test_gold_set_is_large_enough():
    rows = load_gold(SETS["dev"])
    by_lang = {lang: [r for r in rows if r["lang"] == lang] for lang in ("id", "en")}
    assert len(rows) >= 83 and len(by_lang["id"]) * 2 >= len(rows) - 23
    for lang_rows in by_lang.values():
        assert sum(len(r["events"]) for r in lang_rows) > 100
        assert sum(len(r["quotes"]) for r in lang_rows) > 50
    held = load_gold(SETS["heldout"])
    assert {r["lang"] for r in held} == {"id", "en"} and len(held) >= 80
    news = load_gold(SETS["news"])      # issue 14: at least 150, at least half Indonesian
    assert len(news) >= 150 and 2 * sum(r["lang"] == "id" for r in news) >= len(news)
    assert not {r["doc_id"] for r in held + news} & {r["doc_id"] for r in rows}
    blind = load_gold(SETS["blind"])    # written blind: both languages, apart from every other set
    assert {r["lang"] for r in blind} == {"id", "en"} and len(blind) >= 150
    assert not {r["doc_id"] for r in blind} & {r["doc_id"] for r in rows + held + news}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_figures_stay_above_floors(figures, lang):
    name, figs = figures
    f, floor = figs[lang], FLOORS[name][lang]
    assert f["events"]["f1"] >= floor["event_f1"], (name, f)
    assert f["quotes"]["f1"] >= floor["quote_f1"], (name, f)
    assert f["speaker_accuracy"] >= floor["speaker"], (name, f)


def test_seed_figures_stay_above_floors():
    figs = score(load_gold([str(GOLD / "id" / "seed_b166d6fb68aa97ad.jsonl")]))["id"]
    floor = FLOORS["dev"]["seed"]
    assert figs["events"]["f1"] >= floor["event_f1"], figs
    assert figs["quotes"]["f1"] >= floor["quote_f1"], figs
    assert figs["speaker_accuracy"] >= floor["speaker"], figs


def test_every_direct_quote_of_the_seed_has_its_speaker():
    gold = load_gold([str(GOLD / "id" / "seed_b166d6fb68aa97ad.jsonl")])
    errors: list[dict] = []
    score(gold, errors=errors)
    direct = {(g["doc_id"], g["paragraph"], q["text"][:60]) for g in gold for q in g["quotes"] if q["direct"]}
    wrong = [e for e in errors if e["kind"] == "speaker" and (e["doc"], e["p"], e["quote"]) in direct]
    missed = [e for e in errors if e["kind"] == "quote_fn"
              and any((e["doc"], e["p"]) == d[:2] and e["gold"][:60] == d[2] for d in direct)]
    assert wrong == [] and missed == []


def test_key_matching_rules():
    blinken = {"name": "Antony Blinken", "country": "USA", "code": None}
    assert key_matches("Antony Blinken", blinken) and key_matches("USA", blinken)
    assert key_matches("Marcos Jr.", {"name": "marcos jr", "country": "PHL"})
    assert not key_matches("KAZ", blinken) and not key_matches(None, blinken)


# -- the scoring rules, on small gold rows and fake predictions ---------------------------------

def _actor(name: str, country: str | None = None, code: str | None = None, members=None) -> dict:
    return {"name": name, "country": country, "code": code, "members": members}


BLINKEN, LAVROV = _actor("Antony Blinken", "USA"), _actor("Sergey Lavrov", "RUS")


def _gold_event(type_="CONSULT", source=("USA",), targets=("RUS",), modality="asserted", mode=None, cameo=None):
    return {"type": type_, "mode": mode, "cameo": cameo, "source": list(source), "targets": list(targets),
            "modality": modality}


def _pred_event(type_="CONSULT", sources=(BLINKEN,), targets=(LAVROV,), modality="asserted", mode=None, cameo=None):
    return {"type": type_, "mode": mode, "cameo": cameo, "modality": modality, "trigger": {"text": "met"},
            "sources": list(sources), "targets": list(targets)}


def _row(events, lang="en", quotes=(), doc="d", p=0):
    return {"doc_id": doc, "paragraph": p, "lang": lang, "text": "…", "events": list(events), "quotes": list(quotes)}


def _pred(events=(), quotes=()):
    return {"events": list(events), "quotes": list(quotes)}


def test_a_swapped_event_is_a_miss_and_is_counted_as_swapped():
    gold = [_row([_gold_event()])]
    errors: list[dict] = []
    right = score_predictions(gold, [_pred([_pred_event()])])["all"]
    swapped = score_predictions(gold, [_pred([_pred_event(sources=[LAVROV], targets=[BLINKEN])])], errors)["all"]
    assert (right["events"]["tp"], right["events"]["swapped"]) == (1, 0)
    assert (swapped["events"]["tp"], swapped["events"]["fp"], swapped["events"]["fn"]) == (0, 1, 1)
    assert swapped["events"]["swapped"] == 1 and swapped["per_type"]["CONSULT"]["swapped"] == 1
    assert swapped["events_type_only"]["tp"] == 1            # the type alone was right
    assert [e.get("swapped") for e in errors if e["kind"] == "event_fn"] == [True]


def test_a_gold_key_counts_only_on_its_own_side():
    # Gold names only the source: found only among the predicted targets, it is a (swapped) miss.
    gold = [_row([_gold_event(source=["USA"], targets=[])])]
    f = score_predictions(gold, [_pred([_pred_event(sources=[LAVROV], targets=[BLINKEN])])])["all"]
    assert (f["events"]["tp"], f["events"]["swapped"]) == (0, 1)
    # An unnamed gold side (empty list) matches anything, named or not; the named side is still checked.
    gold = [_row([_gold_event(source=[], targets=["RUS"])])]
    assert score_predictions(gold, [_pred([_pred_event(sources=[])])])["all"]["events"]["tp"] == 1
    assert score_predictions(gold, [_pred([_pred_event()])])["all"]["events"]["tp"] == 1
    swapped = _pred([_pred_event(sources=[LAVROV], targets=[BLINKEN])])
    assert score_predictions(gold, [swapped])["all"]["events"]["tp"] == 0


def test_an_actor_on_both_predicted_sides_shows_no_direction():
    # Gold names both sides: a prediction with both actors on both sides is a miss.
    gold = [_row([_gold_event()])]
    both = _pred_event(sources=[BLINKEN, LAVROV], targets=[BLINKEN, LAVROV])
    assert score_predictions(gold, [_pred([both])])["all"]["events"]["tp"] == 0
    # Gold names one side only (a compound source acting together): a region standing for both
    # on the other side does not undo the match.
    tha, khm = _actor("Thailand", "THA"), _actor("Kamboja", "KHM")
    pair = _actor("Thailand – Kamboja", members=["THA", "KHM"])
    gold = [_row([_gold_event("ASSAULT", source=["THA", "KHM"], targets=[])], lang="id")]
    pred = _pred([_pred_event("ASSAULT", sources=[tha, khm], targets=[pair])])
    assert score_predictions(gold, [pred])["all"]["events"]["tp"] == 1


def test_a_key_the_gold_puts_on_both_sides_may_be_on_both_predicted_sides():
    # "Kenyan police dispersed Kenyan protesters": KEN on both sides.
    ken = _actor("Kenya", "KEN")
    gold = [_row([_gold_event("COERCE", source=["KEN"], targets=["KEN"])])]
    assert score_predictions(gold, [_pred([_pred_event("COERCE", sources=[ken], targets=[ken])])])[
        "all"]["events"]["tp"] == 1


def test_a_reciprocal_act_matches_written_either_way():
    # "Blinken and Lavrov held talks": all parties as sources, or one as source and one as target.
    one_way = [_row([_gold_event()])]
    joint = [_row([_gold_event(source=["USA", "RUS"], targets=[])])]
    as_joint = _pred([_pred_event(sources=[BLINKEN, LAVROV], targets=[])])
    as_pair = _pred([_pred_event()])
    assert score_predictions(one_way, [as_joint])["all"]["events"]["tp"] == 1
    assert score_predictions(joint, [as_pair])["all"]["events"]["tp"] == 1
    # A party missing from the joint prediction is still a miss.
    assert score_predictions(one_way, [_pred([_pred_event(sources=[BLINKEN, BLINKEN], targets=[])])])[
        "all"]["events"]["tp"] == 0
    # A visit has a direction: the traveller is the source.
    visit = [_row([_gold_event(mode="visit")])]
    assert score_predictions(visit, [as_joint])["all"]["events"]["tp"] == 0


def test_type_modality_and_actors_must_all_agree():
    gold = [_row([_gold_event()])]
    for pred in (_pred_event("ACCUSE"), _pred_event(modality="planned"), _pred_event(targets=[BLINKEN])):
        assert score_predictions(gold, [_pred([pred])])["all"]["events"]["tp"] == 0, pred


def test_each_miss_is_counted_under_its_cause():
    gold = _gold_event()                     # USA -> RUS, CONSULT, asserted
    kaz = _actor("Kassym-Jomart Tokayev", "KAZ")
    cases = {
        "swapped": _pred_event(sources=[LAVROV], targets=[BLINKEN]),
        "target missing": _pred_event(targets=[]),
        "target wrong": _pred_event(targets=[kaz]),
        "source missing": _pred_event(sources=[]),
        "source wrong": _pred_event(sources=[kaz]),
        "no direction": _pred_event(sources=[BLINKEN, LAVROV], targets=[LAVROV, kaz]),
        "both sides wrong": _pred_event(sources=[kaz], targets=[kaz]),
        "modality": _pred_event(modality="planned"),
        "another type, same actors": _pred_event("ACCUSE"),
        "no event of its type": _pred_event("ACCUSE", sources=[kaz], targets=[]),
    }
    for cause, pred in cases.items():
        f = score_predictions([_row([gold])], [_pred([pred])])
        assert f["all"]["events"]["fn"] == 1, cause
        assert {k: v for k, v in f["en"]["missed_by_cause"].items() if v} == {cause: 1}, cause
    # Nothing predicted: not detected; a match is no miss at all.
    assert score_predictions([_row([gold])], [_pred()])["all"]["missed_by_cause"]["no event of its type"] == 1
    assert not any(score_predictions([_row([gold])], [_pred([_pred_event()])])["all"]["missed_by_cause"].values())
    assert "missed events by cause" in format_table(score_predictions([_row([gold])], [_pred()]))


def test_a_leader_acting_on_their_own_state_matches_its_gold():
    # Gold "Irakli Kobakhidze" -> GEO (a prime minister charging his own state's opposition):
    # the prediction that equals it matches; the person's country on the source side is
    # no missing direction.  The state itself on both sides still is.
    gold = _gold_event("ACCUSE", source=["Irakli Kobakhidze"], targets=["GEO"])
    leader, state = _actor("Irakli Kobakhidze", "GEO"), _actor("Georgia", code="GEO")

    def tp(g, src, tgt):
        return score_predictions([_row([g])], [_pred([_pred_event("ACCUSE", src, tgt)])])["all"]["events"]["tp"]

    assert tp(gold, [leader], [state]) == 1
    f = score_predictions([_row([gold])], [_pred([_pred_event("ACCUSE", [leader, state], [state])])])
    assert f["all"]["events"]["tp"] == 0 and f["en"]["missed_by_cause"]["no direction"] == 1
    # And the other way round: a state acting on its own leader.
    back = _gold_event("ACCUSE", source=["GEO"], targets=["Irakli Kobakhidze"])
    assert tp(back, [state], [leader]) == 1


def test_per_type_counts_and_figures():
    gold = [_row([_gold_event(), _gold_event(source=["RUS"], targets=["USA"]), _gold_event("ACCUSE")]),
            _row([_gold_event("SANCTION")], p=1)]
    preds = [_pred([_pred_event(), _pred_event("REJECT")]), _pred([_pred_event("SANCTION")])]
    f = score_predictions(gold, preds)["all"]
    per = f["per_type"]
    assert list(per)[:16] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                              "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
    assert {k: per["CONSULT"][k] for k in ("gold", "pred", "tp", "fp", "fn")} == \
        {"gold": 2, "pred": 1, "tp": 1, "fp": 0, "fn": 1}
    assert (per["CONSULT"]["precision"], per["CONSULT"]["recall"], per["CONSULT"]["f1"]) == (1.0, 0.5, 0.6667)
    assert (per["ACCUSE"]["gold"], per["ACCUSE"]["precision"], per["ACCUSE"]["recall"], per["ACCUSE"]["f1"]) == \
        (1, None, 0.0, 0.0)                                   # never predicted: no precision
    assert (per["REJECT"]["gold"], per["REJECT"]["precision"], per["REJECT"]["recall"], per["REJECT"]["f1"]) == \
        (0, 0.0, None, 0.0)                                   # no gold: no recall
    assert per["PROTEST"] == {"gold": 0, "pred": 0, "tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None,
                              "f1": None, "swapped": 0}
    assert per["SANCTION"]["f1"] == 1.0
    assert (f["events"]["tp"], f["events"]["fp"], f["events"]["fn"]) == (2, 1, 2)
    assert f["macro_f1"] == round((0.6667 + 0.0 + 1.0) / 3, 4)  # over the types with gold


def test_mode_cameo_and_modality_figures():
    gold = [_row([_gold_event(mode="visit", cameo="042"),                        # both right
                  _gold_event("ACCUSE", mode=None, cameo="112"),                 # null mode kept: right
                  _gold_event("REQUEST", mode=None, cameo="020"),                # a mode where gold has none
                  _gold_event("THREATEN", mode="military", cameo="138"),         # wrong mode, CAMEO root right
                  _gold_event("SANCTION", modality="planned")])]                # right actors, wrong modality
    preds = [_pred([_pred_event(mode="visit", cameo="042"), _pred_event("ACCUSE", mode=None, cameo="112"),
                    _pred_event("REQUEST", mode="economic", cameo="020"),
                    _pred_event("THREATEN", mode="economic", cameo="130"), _pred_event("SANCTION")])]
    f = score_predictions(gold, preds)["all"]
    assert f["events"]["tp"] == 4
    assert f["mode_accuracy"] == {"accuracy": 0.5, "n": 4, "accuracy_gold_set": 0.5, "n_gold_set": 2}
    assert f["cameo_accuracy"] == {"accuracy": 0.75, "n": 4, "accuracy_gold_set": 0.75, "n_gold_set": 4}
    assert f["cameo_root_accuracy"]["accuracy"] == 1.0
    assert f["modality_accuracy"] == {"accuracy": 0.8, "n": 5}


def test_figures_per_language():
    quote = {"text": "we will not give in", "direct": True, "speaker": "Antony Blinken"}
    gold = [_row([_gold_event()], lang="en", quotes=[quote]),
            _row([_gold_event("ACCUSE")], lang="id", quotes=[quote], doc="e")]
    preds = [_pred([_pred_event()], quotes=[{"text": "we will not give in", "speaker": BLINKEN}]),
             _pred([_pred_event("ACCUSE", sources=[LAVROV], targets=[BLINKEN])],
                   quotes=[{"text": "we will not give in", "speaker": LAVROV}])]
    f = score_predictions(gold, preds)
    assert set(f) == {"en", "id", "all"}
    assert (f["en"]["events"]["f1"], f["id"]["events"]["f1"], f["all"]["events"]["f1"]) == (1.0, 0.0, 0.5)
    assert (f["en"]["events"]["swapped"], f["id"]["events"]["swapped"]) == (0, 1)
    assert f["en"]["quotes"]["f1"] == f["id"]["quotes"]["f1"] == 1.0
    assert (f["en"]["speaker_accuracy"], f["id"]["speaker_accuracy"], f["all"]["speaker_accuracy"]) == (1.0, 0.0, 0.5)
    assert f["id"]["per_type"]["ACCUSE"]["swapped"] == 1 and f["en"]["per_type"]["ACCUSE"]["gold"] == 0
    table = format_table(f)
    assert "swapped" in table and "(no gold)" in table
    assert [line.split()[0] for line in table.splitlines()[1:4]] == ["en", "id", "all"]


def test_json_keeps_the_headline_keys(figures):
    _, figs = figures
    for f in figs.values():
        assert {"paragraphs", "events", "quotes", "speaker_accuracy", "speakers_scored"} <= set(f)
        assert {"precision", "recall", "f1", "tp", "fp", "fn", "swapped"} <= set(f["events"])
        assert len(f["per_type"]) >= 16


def test_missed_events_yields_each_gold_event_no_prediction_matched(tmp_path):
    from streams.evaluate import missed_events
    from streams.extract import Extractor
    text = "JAKARTA - Indonesia and Malaysia signed a border agreement on Monday."
    event = {"type": "SUPPORT", "source": ["IDN", "MYS"], "targets": [], "modality": "asserted"}
    never = {"type": "ASSAULT", "source": ["FRA"], "targets": ["DEU"], "modality": "asserted"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(orjson.dumps({"doc_id": "d", "paragraph": 0, "lang": "en", "text": text,
                                  "events": [event, never]}).decode() + "\n")
    calls = []
    misses = list(missed_events([str(gold)], Extractor(), lambda: calls.append(1)))
    assert [e for _, e, _ in misses] == [never] and calls == [1]
    assert all(p["type"] != "SUPPORT" for _, _, left in misses for p in left)   # the matched prediction is not left
