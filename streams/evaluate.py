"""`diplo eval GOLD...`: score the extractor against annotated gold files.

The format and the matching rules are in tests/gold/README.md ("Scoring").
The gold files are replayed through the same code path as `diplo extract`
(one context per document, paragraphs in order).

Figures, per language and over all ("all"):
- events: type, modality and actors, side by side (direction counts);
  `swapped` counts gold events missed only because the predicted sides were
  exchanged;
- missed_by_cause: each missed gold event under the first cause the
  predictions left in its paragraph show (MISS_CAUSES: an actor side, the
  modality, another type, or no event of its type at all);
- per_type: the same per PLOVER type (all 16, with zero-gold types as null);
- events_type_only: type alone, one-to-one within a paragraph;
- modality: agreement over events matched on type and actors;
- mode, cameo: agreement over matched events (null is a value);
- quotes and speaker accuracy.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator

import orjson

from .extract import Extractor, extract_paragraphs

QUOTE_OVERLAP = 0.5
WORD = re.compile(r"\w+", re.UNICODE)
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def load_gold(paths: Iterable[str]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        for line in Path(path).read_bytes().splitlines():
            if line.strip():
                rows.append(orjson.loads(line))
    return rows


ONE_WAY_MODES = ("visit", "mediate")   # a reciprocal act has no traveller and no go-between


def _norm(name: str | None) -> str | None:
    return name.replace(".", "").casefold().strip() if name else None


def key_matches(key: str | None, actor: dict | None) -> bool:
    """By canonical name (ignoring case and dots: "Marcos Jr." = "Marcos Jr"),
    organisation code, country code, or as a member state of a region."""
    if not key or not actor:
        return False
    return _norm(key) == _norm(actor.get("name")) or key in (actor.get("code"), actor.get("country")) \
        or key in (actor.get("members") or ())


def _sides(pred: dict) -> tuple[list[dict], list[dict]]:
    sources = pred.get("sources") or ([pred["source"]] if pred.get("source") else [])
    return sources, pred.get("targets") or []


def _found(key: str, actors: list[dict]) -> bool:
    return any(key_matches(key, a) for a in actors)


def actors_match(gold: dict, sources: list[dict], targets: list[dict]) -> bool:
    """The gold event's sides against predicted sources and targets, each on its own side.

    Every gold source key must be among `sources`, and one gold target key (if
    the gold names any) among `targets`; an empty gold side is unnamed and
    matches anything.  When the gold names both sides, a key also found on the
    other predicted side shows no direction and does not count, unless it is
    found there only through an actor the gold names on that side: a leader
    acting on their own state ("Kobakhidze" -> "GEO") is a person whose country
    is the target, and the prediction that equals its gold must match.
    """
    g_src, g_tgt = gold.get("source") or [], gold.get("targets") or []
    both = bool(g_src) and bool(g_tgt)
    # A key the gold itself puts on both sides (a country's police and its
    # protesters) may stand on both predicted sides too.
    other_targets = _unnamed(targets, g_tgt) if both else []
    other_sources = _unnamed(sources, g_src) if both else []
    if not all(_found(k, sources) and not (k not in g_tgt and _found(k, other_targets)) for k in g_src):
        return False
    return not g_tgt or any(_found(k, targets) and not (k not in g_src and _found(k, other_sources))
                            for k in g_tgt)


def _unnamed(actors: list[dict], keys: list[str]) -> list[dict]:
    """The actors that match none of `keys`: the ones the gold does not name on their side."""
    return [a for a in actors if not any(key_matches(k, a) for k in keys)]


def reciprocal_match(gold: dict, sources: list[dict], targets: list[dict]) -> bool:
    """A reciprocal act ("A and B held talks", "both sides agreed", "exchanged
    fire") written one way matches it written the other: all parties as sources
    with no target, or the first party as source and the other as target.  PLOVER
    keeps reciprocal actors in one record and both are equally right.  Not for a
    visit or a mediation, where who travels or who mediates is the direction."""
    if gold.get("mode") in ONE_WAY_MODES:
        return False
    g_src, g_tgt = gold.get("source") or [], gold.get("targets") or []
    if len(sources) >= 2 and not targets and g_src and g_tgt:
        return all(_found(k, sources) for k in g_src) and any(_found(k, sources) for k in g_tgt)
    if len(g_src) >= 2 and not g_tgt and sources and targets:
        parties = [*sources, *targets]
        return all(_found(k, parties) for k in g_src) and any(_found(k, sources) for k in g_src) \
            and any(_found(k, targets) for k in g_src)
    return False


def _event_matches(gold: dict, pred: dict) -> bool:
    if gold["type"] != pred["type"] or gold.get("modality", "asserted") != pred["modality"]:
        return False
    sides = _sides(pred)
    return actors_match(gold, *sides) or reciprocal_match(gold, *sides)


def _swapped(gold: dict, pred: dict) -> bool:
    """Type and modality agree, and the actors match once the predicted sides are exchanged."""
    if gold["type"] != pred["type"] or gold.get("modality", "asserted") != pred["modality"]:
        return False
    sources, targets = _sides(pred)
    return actors_match(gold, targets, sources)


#: Why a gold event was missed, in the order they are tested (miss_cause).
MISS_CAUSES = ("swapped", "target missing", "target wrong", "source missing", "source wrong",
               "no direction", "both sides wrong", "modality", "another type, same actors",
               "no event of its type")


def _source_ok(gold: dict, sources: list[dict]) -> bool:
    return all(_found(k, sources) for k in gold.get("source") or [])


def _target_ok(gold: dict, targets: list[dict]) -> bool:
    keys = gold.get("targets") or []
    return not keys or any(_found(k, targets) for k in keys)


def miss_cause(gold: dict, leftovers: list[dict]) -> str:
    """Why `gold` found no match among the predictions left free in its
    paragraph: the first of MISS_CAUSES that one of them shows ("no
    direction": both sides found, but a key also on the other side).  A figure
    to aim work with, detection or actors, without reading the misses."""
    same = [p for p in leftovers
            if p["type"] == gold["type"] and p["modality"] == gold.get("modality", "asserted")]
    if any(_swapped(gold, p) for p in same):
        return "swapped"
    sides = [_sides(p) for p in same]
    target_off = [tgt for src, tgt in sides if _source_ok(gold, src) and not _target_ok(gold, tgt)]
    if target_off:
        return "target missing" if any(not tgt for tgt in target_off) else "target wrong"
    source_off = [src for src, tgt in sides if _target_ok(gold, tgt) and not _source_ok(gold, src)]
    if source_off:
        return "source missing" if any(not src for src in source_off) else "source wrong"
    if sides:
        return "no direction" if any(_source_ok(gold, src) and _target_ok(gold, tgt) for src, tgt in sides) \
            else "both sides wrong"
    if any(p["type"] == gold["type"] for p in leftovers):
        return "modality"
    if any(actors_match(gold, *_sides(p)) for p in leftovers):
        return "another type, same actors"
    return "no event of its type"


def _pair(golds: list[dict], preds: list[dict], ok) -> list[tuple[int, int]]:
    """Greedy one-to-one: each gold event in order takes the first free prediction `ok` accepts."""
    free = list(range(len(preds)))
    pairs = []
    for gi, ge in enumerate(golds):
        pi = next((i for i in free if ok(ge, preds[i])), None)
        if pi is not None:
            free.remove(pi)
            pairs.append((gi, pi))
    return pairs


def missed_events(paths: Iterable[str], extractor: Extractor,
                  before_each: Callable[[], None] = lambda: None) -> Iterator[tuple[dict, dict, list[dict]]]:
    """Replay gold files through `extractor`, each document's context carried:
    (gold row, a gold event no prediction matched, the predictions of its
    paragraph left unmatched) per miss.  `before_each` runs before each
    paragraph's extraction (the tools that trace rules clear their notes there)."""
    contexts: dict[str, Any] = {}
    for gold in load_gold(paths):
        record = {k: gold[k] for k in ("doc_id", "paragraph", "text", "lang", "published") if k in gold}
        before_each()
        pred, contexts[gold["doc_id"]] = extractor.extract(record, contexts.get(gold["doc_id"]))
        g_events, p_events = gold.get("events", []), pred["events"]
        pairs = _pair(g_events, p_events, _event_matches)
        matched, used = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        left = [p_events[i] for i in range(len(p_events)) if i not in used]
        for gi, event in enumerate(g_events):
            if gi not in matched:
                yield gold, event, left


def _overlap(a: str, b: str) -> float:
    wa, wb = WORD.findall(a.lower()), WORD.findall(b.lower())
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def figures(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}

    def type_figures(self) -> dict[str, Any]:
        """Like figures(), but a ratio with nothing to count is None, not 0
        (no prediction: no precision; no gold: no recall; neither: no F1)."""
        n_pred, n_gold = self.tp + self.fp, self.tp + self.fn
        out: dict[str, Any] = {"gold": n_gold, "pred": n_pred, "tp": self.tp, "fp": self.fp, "fn": self.fn}
        out["precision"] = round(self.tp / n_pred, 4) if n_pred else None
        out["recall"] = round(self.tp / n_gold, 4) if n_gold else None
        out["f1"] = round(2 * self.tp / (n_pred + n_gold), 4) if n_pred + n_gold else None
        return out


class Agreement:
    """How often a predicted value equals the gold one over matched pairs;
    `set` counts only the pairs where the gold value is not null."""

    def __init__(self) -> None:
        self.ok = self.n = self.ok_set = self.n_set = 0

    def add(self, gold: Any, pred: Any) -> None:
        self.n += 1
        self.ok += gold == pred
        if gold is not None:
            self.n_set += 1
            self.ok_set += gold == pred

    def figures(self) -> dict[str, Any]:
        return {"accuracy": round(self.ok / self.n, 4) if self.n else None, "n": self.n,
                "accuracy_gold_set": round(self.ok_set / self.n_set, 4) if self.n_set else None,
                "n_gold_set": self.n_set}


def _cameo_root(code: Any) -> Any:
    return str(code)[:2] if code else None


def _new_stats() -> dict[str, Any]:
    return {"events": Counts(), "quotes": Counts(), "speaker_ok": 0, "speaker_n": 0, "paragraphs": 0,
            "swapped": 0, "causes": Counter(), "type_only": Counts(), "per_type": defaultdict(Counts),
            "swapped_by_type": Counter(),
            "modality": Agreement(), "mode": Agreement(), "cameo": Agreement(), "cameo_root": Agreement()}


def _event_summary(pe: dict) -> dict[str, Any]:
    sources, targets = _sides(pe)
    return {"type": pe["type"], "modality": pe["modality"], "trigger": pe["trigger"]["text"],
            "sources": [a["name"] for a in sources], "targets": [a["name"] for a in targets]}


def score(gold_rows: list[dict[str, Any]], extractor: Extractor | None = None,
          errors: list[dict] | None = None) -> dict[str, dict[str, Any]]:
    """Figures per language and overall; `errors` (if given) collects misses."""
    records = [{k: g[k] for k in ("doc_id", "paragraph", "text", "lang", "published") if k in g}
               for g in gold_rows]
    preds = list(extract_paragraphs(records, extractor))
    return score_predictions(gold_rows, preds, errors)


def _match_quotes(gold: dict, pred: dict, where: dict, errors: list[dict] | None) -> tuple[list, int]:
    """Quotes paired one-to-one, best overlap first; (pairs, speakers right)."""
    pairs = sorted(((_overlap(gq["text"], pq["text"]), gi, pi)
                    for gi, gq in enumerate(gold.get("quotes", []))
                    for pi, pq in enumerate(pred["quotes"])), reverse=True)
    used_gq, used_pq, matched_q = set(), set(), []
    for ov, gi, pi in pairs:
        if ov < QUOTE_OVERLAP or gi in used_gq or pi in used_pq:
            continue
        used_gq.add(gi)
        used_pq.add(pi)
        matched_q.append((gi, pi))
    sp_ok = 0
    for gi, pi in matched_q:
        gq, pq = gold["quotes"][gi], pred["quotes"][pi]
        ok = key_matches(gq.get("speaker"), pq["speaker"]) or (gq.get("speaker") is None and pq["speaker"] is None)
        sp_ok += ok
        if not ok and errors is not None:
            errors.append({"kind": "speaker", **where, "gold": gq.get("speaker"),
                           "pred": (pq["speaker"] or {}).get("name"), "quote": gq["text"][:60]})
    if errors is not None:
        errors.extend({"kind": "quote_fn", **where, "gold": gq["text"][:80]}
                      for gi, gq in enumerate(gold.get("quotes", [])) if gi not in used_gq)
        errors.extend({"kind": "quote_fp", **where, "pred": pq["text"][:80]}
                      for pi, pq in enumerate(pred["quotes"]) if pi not in used_pq)
    return matched_q, sp_ok


def score_predictions(gold_rows: list[dict[str, Any]], preds: list[dict[str, Any]],
                      errors: list[dict] | None = None) -> dict[str, dict[str, Any]]:
    """Score extractor results (one per gold row, in order) against the gold rows."""
    stats: dict[str, dict[str, Any]] = defaultdict(_new_stats)
    for gold, pred in zip(gold_rows, preds):
        where = {"doc": gold["doc_id"], "p": gold["paragraph"]}
        g_events, p_events = gold.get("events", []), pred["events"]
        # Events, one-to-one: type, modality and actors on their sides.
        matched = _pair(g_events, p_events, _event_matches)
        used_g, used_p = {gi for gi, _ in matched}, {pi for _, pi in matched}
        left_g = [gi for gi in range(len(g_events)) if gi not in used_g]
        left_p = [pi for pi in range(len(p_events)) if pi not in used_p]
        # Diagnostics over what is left, each from the same leftovers:
        swapped = [(left_g[a], left_p[b]) for a, b in
                   _pair([g_events[i] for i in left_g], [p_events[i] for i in left_p], _swapped)]
        same_actors = [(left_g[a], left_p[b]) for a, b in
                       _pair([g_events[i] for i in left_g], [p_events[i] for i in left_p],
                             lambda g, p: g["type"] == p["type"] and actors_match(g, *_sides(p)))]
        swapped_g = {gi for gi, _ in swapped}
        causes = Counter(miss_cause(g_events[gi], [p_events[pi] for pi in left_p]) for gi in left_g)
        if errors is not None:
            errors.extend({"kind": "event_fn", **where, "gold": g_events[gi],
                           **({"swapped": True} if gi in swapped_g else {})} for gi in left_g)
            errors.extend({"kind": "event_fp", **where, "pred": _event_summary(p_events[pi])} for pi in left_p)
        g_types, p_types = Counter(e["type"] for e in g_events), Counter(e["type"] for e in p_events)
        tp_types = Counter(g_events[gi]["type"] for gi, _ in matched)
        matched_q, sp_ok = _match_quotes(gold, pred, where, errors)
        for lang in (gold.get("lang", "id"), "all"):
            s = stats[lang]
            s["paragraphs"] += 1
            s["events"].add(len(matched), len(p_events), len(g_events))
            s["swapped"] += len(swapped)
            s["causes"].update(causes)
            for gi, _ in swapped:
                s["swapped_by_type"][g_events[gi]["type"]] += 1
            for t in set(g_types) | set(p_types):
                tp = tp_types[t]
                s["per_type"][t].add(tp, p_types[t], g_types[t])
                s["type_only"].add(min(g_types[t], p_types[t]), p_types[t], g_types[t])
            for gi, pi in matched:
                ge, pe = g_events[gi], p_events[pi]
                s["modality"].add(True, True)
                s["mode"].add(ge.get("mode"), pe.get("mode"))
                s["cameo"].add(ge.get("cameo"), pe.get("cameo"))
                s["cameo_root"].add(_cameo_root(ge.get("cameo")), _cameo_root(pe.get("cameo")))
            for gi, pi in same_actors:
                s["modality"].add(g_events[gi].get("modality", "asserted"), p_events[pi]["modality"])
            s["quotes"].add(len(matched_q), len(pred["quotes"]), len(gold.get("quotes", [])))
            s["speaker_ok"] += sp_ok
            s["speaker_n"] += len(matched_q)
    return {lang: _figures(s) for lang, s in stats.items()}


def _figures(s: dict[str, Any]) -> dict[str, Any]:
    per_type = {}
    for t in list(PLOVER_TYPES) + sorted(set(s["per_type"]) - set(PLOVER_TYPES)):
        per_type[t] = {**s["per_type"][t].type_figures(), "swapped": s["swapped_by_type"][t]}
    scored = [f["f1"] for f in per_type.values() if f["gold"]]
    modality = s["modality"].figures()
    return {"paragraphs": s["paragraphs"],
            "events": {**s["events"].figures(), "swapped": s["swapped"]},
            "missed_by_cause": {cause: s["causes"][cause] for cause in MISS_CAUSES},
            "quotes": s["quotes"].figures(),
            "speaker_accuracy": round(s["speaker_ok"] / s["speaker_n"], 4) if s["speaker_n"] else 0.0,
            "speakers_scored": s["speaker_n"],
            "events_type_only": s["type_only"].figures(),
            "modality_accuracy": {"accuracy": modality["accuracy"], "n": modality["n"]},
            "mode_accuracy": s["mode"].figures(),
            "cameo_accuracy": s["cameo"].figures(),
            "cameo_root_accuracy": s["cameo_root"].figures(),
            "per_type": per_type,
            "macro_f1": round(sum(scored) / len(scored), 4) if scored else 0.0}


def _num(x: float | None, width: int) -> str:
    return f"{x:>{width}.3f}" if x is not None else f"{'-':>{width}}"


def _langs(figures: dict) -> list[str]:
    return sorted(figures, key=lambda k: (k == "all", k))


def format_table(figures: dict[str, dict[str, Any]]) -> str:
    langs = _langs(figures)
    lines = [f"{'lang':<5} {'paras':>5}  {'event P':>7} {'R':>6} {'F1':>6} {'swapped':>7}"
             f"   {'quote P':>7} {'R':>6} {'F1':>6}   {'speaker acc':>11}"]
    for lang in langs:
        f = figures[lang]
        e, q = f["events"], f["quotes"]
        lines.append(f"{lang:<5} {f['paragraphs']:>5}  {e['precision']:>7.3f} {e['recall']:>6.3f} {e['f1']:>6.3f}"
                     f" {e['swapped']:>7}   {q['precision']:>7.3f} {q['recall']:>6.3f} {q['f1']:>6.3f}"
                     f"   {f['speaker_accuracy']:>11.3f}")
    lines += ["", f"{'lang':<5} {'type-only F1':>12}  {'modality acc':>12} {'(n)':>5}  {'mode acc':>8} {'(n)':>5}"
                  f"  {'CAMEO acc':>9} {'(n)':>5}  {'macro F1':>8}"]
    for lang in langs:
        f = figures[lang]
        m, mo, c = f["modality_accuracy"], f["mode_accuracy"], f["cameo_accuracy"]
        lines.append(f"{lang:<5} {f['events_type_only']['f1']:>12.3f}  {_num(m['accuracy'], 12)} {m['n']:>5}"
                     f"  {_num(mo['accuracy'], 8)} {mo['n']:>5}  {_num(c['accuracy'], 9)} {c['n']:>5}"
                     f"  {f['macro_f1']:>8.3f}")
    lines += ["", f"{'missed events by cause':<26}" + "".join(f" {lang:>5}" for lang in langs)]
    lines += [f"{cause:<26}" + "".join(f" {figures[lang]['missed_by_cause'][cause]:>5}" for lang in langs)
              for cause in MISS_CAUSES]
    others = [lang for lang in langs if lang != "all"]
    lines += ["", f"{'type':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'swapped':>7}  {'P':>6} {'R':>6} {'F1':>6}"
                  + "".join(f"  {'F1 ' + lang:>6}" for lang in others)]
    all_types = figures["all"]["per_type"] if "all" in figures else {}
    for t, f in all_types.items():
        note = "  (no gold)" if not f["gold"] else ""
        lines.append(f"{t:<10} {f['gold']:>5} {f['pred']:>5} {f['tp']:>5} {f['swapped']:>7}  {_num(f['precision'], 6)}"
                     f" {_num(f['recall'], 6)} {_num(f['f1'], 6)}"
                     + "".join(f"  {_num(figures[lang]['per_type'].get(t, {}).get('f1'), 6)}" for lang in others)
                     + note)
    return "\n".join(lines)


def main(paths: list[str], as_json: bool = False, show_errors: bool = False) -> int:
    errors: list[dict] | None = [] if show_errors else None
    figures = score(load_gold(paths), errors=errors)
    if as_json:
        sys.stdout.write(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(format_table(figures))
    if errors is not None:
        for err in errors:
            sys.stdout.write(orjson.dumps(err).decode() + "\n")
    return 0
