"""`diplo eval GOLD...`: score the extractor against annotated gold files.

The format and the matching rules are in tests/gold/README.md.  The gold
files are replayed through the same code path as `diplo extract` (one
context per document, paragraphs in order).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import orjson

from .extract import Extractor, extract_paragraphs

QUOTE_OVERLAP = 0.5
WORD = re.compile(r"\w+", re.UNICODE)


def load_gold(paths: Iterable[str]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        for line in Path(path).read_bytes().splitlines():
            if line.strip():
                rows.append(orjson.loads(line))
    return rows


def _norm(name: str | None) -> str | None:
    return name.replace(".", "").casefold().strip() if name else None


def key_matches(key: str | None, actor: dict | None) -> bool:
    """By canonical name (ignoring case and dots: "Marcos Jr." = "Marcos Jr"),
    organisation code, country code, or as a member state of a region."""
    if not key or not actor:
        return False
    return _norm(key) == _norm(actor.get("name")) or key in (actor.get("code"), actor.get("country")) \
        or key in (actor.get("members") or ())


def _event_matches(gold: dict, pred: dict) -> bool:
    if gold["type"] != pred["type"] or gold.get("modality", "asserted") != pred["modality"]:
        return False
    sources = pred.get("sources") or ([pred["source"]] if pred.get("source") else [])
    if not all(any(key_matches(k, a) for a in sources) for k in gold.get("source", [])):
        return False
    targets = gold.get("targets", [])
    return not targets or any(key_matches(k, a) for k in targets for a in pred["targets"])


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


def score(gold_rows: list[dict[str, Any]], extractor: Extractor | None = None,
          errors: list[dict] | None = None) -> dict[str, dict[str, Any]]:
    """Figures per language and overall; `errors` (if given) collects misses."""
    records = [{k: g[k] for k in ("doc_id", "paragraph", "text", "lang", "published") if k in g}
               for g in gold_rows]
    preds = list(extract_paragraphs(records, extractor))
    stats: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"events": Counts(), "quotes": Counts(), "speaker_ok": 0, "speaker_n": 0, "paragraphs": 0})
    for gold, pred in zip(gold_rows, preds):
        for lang in (gold.get("lang", "id"), "all"):
            stats[lang]["paragraphs"] += 1
        # Events, one-to-one.
        free = list(pred["events"])
        tp = 0
        for ge in gold.get("events", []):
            hit = next((pe for pe in free if _event_matches(ge, pe)), None)
            if hit is not None:
                free.remove(hit)
                tp += 1
            elif errors is not None:
                errors.append({"kind": "event_fn", "doc": gold["doc_id"], "p": gold["paragraph"], "gold": ge})
        if errors is not None:
            errors.extend({"kind": "event_fp", "doc": gold["doc_id"], "p": gold["paragraph"],
                           "pred": {"type": pe["type"], "modality": pe["modality"], "trigger": pe["trigger"]["text"],
                                    "sources": [a["name"] for a in pe.get("sources", [])],
                                    "targets": [a["name"] for a in pe["targets"]]}} for pe in free)
        # Quotes: best overlap first, one-to-one.
        pairs = sorted(((_overlap(gq["text"], pq["text"]), gi, pi)
                        for gi, gq in enumerate(gold.get("quotes", []))
                        for pi, pq in enumerate(pred["quotes"])), reverse=True)
        used_g, used_p, matched = set(), set(), []
        for ov, gi, pi in pairs:
            if ov < QUOTE_OVERLAP or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
        sp_ok = 0
        for gi, pi in matched:
            gq, pq = gold["quotes"][gi], pred["quotes"][pi]
            ok = key_matches(gq.get("speaker"), pq["speaker"]) or (gq.get("speaker") is None and pq["speaker"] is None)
            sp_ok += ok
            if not ok and errors is not None:
                errors.append({"kind": "speaker", "doc": gold["doc_id"], "p": gold["paragraph"],
                               "gold": gq.get("speaker"), "pred": (pq["speaker"] or {}).get("name"),
                               "quote": gq["text"][:60]})
        if errors is not None:
            errors.extend({"kind": "quote_fn", "doc": gold["doc_id"], "p": gold["paragraph"], "gold": gq["text"][:80]}
                          for gi, gq in enumerate(gold.get("quotes", [])) if gi not in used_g)
            errors.extend({"kind": "quote_fp", "doc": gold["doc_id"], "p": gold["paragraph"], "pred": pq["text"][:80]}
                          for pi, pq in enumerate(pred["quotes"]) if pi not in used_p)
        for lang in (gold.get("lang", "id"), "all"):
            s = stats[lang]
            s["events"].add(tp, len(pred["events"]), len(gold.get("events", [])))
            s["quotes"].add(len(matched), len(pred["quotes"]), len(gold.get("quotes", [])))
            s["speaker_ok"] += sp_ok
            s["speaker_n"] += len(matched)
    out = {}
    for lang, s in stats.items():
        out[lang] = {"paragraphs": s["paragraphs"], "events": s["events"].figures(),
                     "quotes": s["quotes"].figures(),
                     "speaker_accuracy": round(s["speaker_ok"] / s["speaker_n"], 4) if s["speaker_n"] else 0.0,
                     "speakers_scored": s["speaker_n"]}
    return out


def main(paths: list[str], as_json: bool = False, show_errors: bool = False) -> int:
    errors: list[dict] | None = [] if show_errors else None
    figures = score(load_gold(paths), errors=errors)
    if as_json:
        sys.stdout.write(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(f"{'lang':<5} {'paras':>5}  {'event P':>7} {'R':>6} {'F1':>6}   {'quote P':>7} {'R':>6} {'F1':>6}   {'speaker acc':>11}")
        for lang in sorted(figures, key=lambda k: (k == "all", k)):
            f = figures[lang]
            e, q = f["events"], f["quotes"]
            print(f"{lang:<5} {f['paragraphs']:>5}  {e['precision']:>7.3f} {e['recall']:>6.3f} {e['f1']:>6.3f}"
                  f"   {q['precision']:>7.3f} {q['recall']:>6.3f} {q['f1']:>6.3f}   {f['speaker_accuracy']:>11.3f}")
    if errors is not None:
        for err in errors:
            sys.stdout.write(orjson.dumps(err).decode() + "\n")
    return 0
