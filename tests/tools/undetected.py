"""Why gold events were not detected at all: counts per language, never texts.

    .venv/bin/python tests/tools/undetected.py GOLD.jsonl... [--rows]

Of the gold events that `diplo eval` counts as "no event of its type" (no
prediction of their type left in their paragraph), how many had
- no trigger row of their type fire in the paragraph (vocabulary or a
  construction the rows do not cover),
- a trigger of their type fire and be dropped by the readings (nobody acting
  found, or judged not an act of its own),
- a trigger of their type kept, the event then lost (recoded to another type,
  or merged with another act).
`--rows` also counts the dropped rows by id: use it on development gold only,
where the misses may be read; on held-out gold read only the three counts.
`--by-type` splits the three counts by the gold event's PLOVER type (counts
only, so it may be run on held-out gold: which types lack wording, which lose
their actors).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import streams.extract.events.finder as finder  # noqa: E402
from streams.evaluate import miss_cause, missed_events  # noqa: E402
from streams.extract import Extractor  # noqa: E402
from streams.extract.events.frame import DROP  # noqa: E402

fired: list[tuple[str, bool, str]] = []    # (row type, dropped, row id) per trigger of the paragraph
_run = finder.run


def _traced_run(rules, f):
    out = _run(rules, f)
    if rules is finder.READINGS:
        fired.append((f.x.row["type"], out.stop == DROP, f.x.row.get("id", "")))
    return out


def main(argv: list[str]) -> int:
    show_rows, by_type = "--rows" in argv, "--by-type" in argv
    paths = [a for a in argv if a not in ("--rows", "--by-type")]
    finder.run = _traced_run
    extractor = Extractor().warm()
    counts: dict[str, Counter] = defaultdict(Counter)
    rows: Counter = Counter()
    per_type: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gold, event, left in missed_events(paths, extractor, fired.clear):
        if miss_cause(event, left) != "no event of its type":
            continue
        mine = [(dropped, rid) for kind, dropped, rid in fired if kind == event["type"]]
        if any(not dropped for dropped, _ in mine):
            cause = "trigger kept, event lost later"
        elif mine:
            cause = "trigger fired, dropped"
            rows.update(rid for _, rid in mine)
        else:
            cause = "no trigger of its type"
        counts[gold.get("lang", "id")][cause] += 1
        per_type[gold.get("lang", "id"), event["type"]][cause] += 1
    for lang, c in sorted(counts.items()):
        print(lang, ", ".join(f"{k}: {v}" for k, v in c.most_common()))
    if by_type:
        for (lang, kind), c in sorted(per_type.items()):
            print(f"{lang} {kind:10s}", ", ".join(f"{k}: {v}" for k, v in c.most_common()))
    if show_rows:
        for rid, n in rows.most_common(40):
            print(f"{n:4d} {rid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
