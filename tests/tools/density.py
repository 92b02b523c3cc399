"""Type-only recall and precision by how many events a paragraph holds: counts, never texts.

    .venv/bin/python tests/tools/density.py GOLD.jsonl... [--by-type]

Wire copy packs several acts into one lead sentence (a strike, the deaths it
caused, the condemnation that followed). This groups the gold paragraphs by
their number of gold events (0, 1, 2, 3, 4 or more) and, per language, prints
how many gold and predicted events each group has and the type-only recall and
precision there (within a paragraph min(gold, predicted) events of each type
are hits, as `diplo eval`'s `events_type_only`). A recall that falls as the
count rises says secondary acts are missed, not vocabulary. `--by-type` also
gives each type's type-only recall alone in its paragraph and beside other
events. Safe on held-out gold: only counts are printed.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from streams.evaluate import extract_paragraphs, load_gold  # noqa: E402

FIELDS = ("doc_id", "paragraph", "text", "lang", "published")


def by_density(rows: list[dict], preds: list[dict]) -> dict[tuple[str, int], list[int]]:
    """(lang, gold events capped at 4) -> [paragraphs, gold events, predicted events, type-only hits]."""
    groups: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for gold, pred in zip(rows, preds):
        wanted = Counter(e["type"] for e in gold["events"])
        found = Counter(e["type"] for e in pred["events"])
        group = groups[(gold["lang"], min(len(gold["events"]), 4))]
        group[0] += 1
        group[1] += len(gold["events"])
        group[2] += len(pred["events"])
        group[3] += sum(min(n, found[t]) for t, n in wanted.items())
    return groups


def by_type(rows: list[dict], preds: list[dict]) -> dict[tuple[str, str, bool], list[int]]:
    """(lang, type, the paragraph holds other gold events) -> [gold events, type-only hits]."""
    groups: dict[tuple[str, str, bool], list[int]] = defaultdict(lambda: [0, 0])
    for gold, pred in zip(rows, preds):
        wanted = Counter(e["type"] for e in gold["events"])
        found = Counter(e["type"] for e in pred["events"])
        for kind, n in wanted.items():
            group = groups[(gold["lang"], kind, len(gold["events"]) > 1)]
            group[0] += n
            group[1] += min(n, found[kind])
    return groups


def _ratio(hits: int, n: int) -> str:
    return f"{hits}/{n} {hits / n:.2f}" if n else "-"


def print_by_type(rows: list[dict], preds: list[dict]) -> None:
    groups = by_type(rows, preds)
    print(f"\n{'lang':4} {'type':10} {'alone':>12} {'with others':>12}")
    for lang, kind in sorted({(lang, kind) for lang, kind, _ in groups}):
        alone, dense = groups.get((lang, kind, False), [0, 0]), groups.get((lang, kind, True), [0, 0])
        print(f"{lang:4} {kind:10} {_ratio(alone[1], alone[0]):>12} {_ratio(dense[1], dense[0]):>12}")


def main(paths: list[str]) -> int:
    per_type = "--by-type" in paths
    rows = load_gold([p for p in paths if p != "--by-type"])
    preds = list(extract_paragraphs([{k: g[k] for k in FIELDS if k in g} for g in rows], None))
    print(f"{'lang':4} {'events':>6} {'paras':>6} {'gold':>5} {'pred':>5} {'R':>5} {'P':>5}")
    for (lang, n), (paras, gold, pred, hits) in sorted(by_density(rows, preds).items()):
        recall = f"{hits / gold:.2f}" if gold else "-"
        precision = f"{hits / pred:.2f}" if pred else "-"
        label = f"{n}+" if n == 4 else str(n)
        print(f"{lang:4} {label:>6} {paras:6} {gold:5} {pred:5} {recall:>5} {precision:>5}")
    if per_type:
        print_by_type(rows, preds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
