"""Type-only recall and precision by how many events a paragraph holds: counts, never texts.

    .venv/bin/python tests/tools/density.py GOLD.jsonl...

Wire copy packs several acts into one lead sentence (a strike, the deaths it
caused, the condemnation that followed). This groups the gold paragraphs by
their number of gold events (0, 1, 2, 3, 4 or more) and, per language, prints
how many gold and predicted events each group has and the type-only recall and
precision there (within a paragraph min(gold, predicted) events of each type
are hits, as `diplo eval`'s `events_type_only`). A recall that falls as the
count rises says secondary acts are missed, not vocabulary. Safe on held-out
gold: only counts are printed.
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


def main(paths: list[str]) -> int:
    rows = load_gold(paths)
    preds = list(extract_paragraphs([{k: g[k] for k in FIELDS if k in g} for g in rows], None))
    print(f"{'lang':4} {'events':>6} {'paras':>6} {'gold':>5} {'pred':>5} {'R':>5} {'P':>5}")
    for (lang, n), (paras, gold, pred, hits) in sorted(by_density(rows, preds).items()):
        recall = f"{hits / gold:.2f}" if gold else "-"
        precision = f"{hits / pred:.2f}" if pred else "-"
        label = f"{n}+" if n == 4 else str(n)
        print(f"{lang:4} {label:>6} {paras:6} {gold:5} {pred:5} {recall:>5} {precision:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
