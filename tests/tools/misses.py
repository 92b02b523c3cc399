"""Each missed gold event sorted by what the extractor did about it (development and read blind gold only).

    .venv/bin/python tests/tools/misses.py GOLD.jsonl... [--show CLASS] [--rules]

Classes, the first that holds for the miss (paragraph-wide: gold events name no span):
- `actors`: a free prediction of its type and modality has a wrong or missing
  source or target (the cause as `diplo eval` names it, and what was chosen);
- `modality`: its type was predicted with another modality;
- `dropped`: a trigger row of its type fired and the readings dropped it
  (the rule that dropped it is counted with `--rules`);
- `lost`: a trigger of its type was kept, the act then recoded or merged;
- `confused`: no trigger of its type fired, a free prediction of another type did;
- `nothing`: no trigger of its type fired and no free prediction of another type.
`--show CLASS` prints each miss of that class with its paragraph and the triggers
that fired. Never run it on held-out gold: it prints texts.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import streams.extract.events.finder as finder  # noqa: E402
import streams.extract.events.readings as readings  # noqa: E402
from streams.evaluate import miss_cause, missed_events  # noqa: E402
from streams.extract import Extractor  # noqa: E402
from streams.extract.events.frame import DROP, _met  # noqa: E402
from streams.extract.events.roles import ROLE_RULES  # noqa: E402

fired: list[dict] = []      # the paragraph's triggers: row type, id, text, and the rule that dropped it


def _traced_run(rules, f):
    """frame.run, noting for the readings which rule (if any) dropped the trigger
    (for directed_act, the role rule that did)."""
    given, x = f.stop, f.x
    gate = x.finder.gate
    entry = gate.admitted(rules, x)
    by = None
    for rule in _met(entry[2], entry[3], gate.every_bit ^ x.bits):
        if rule(f) is not None and f.stop is not given:
            by = rule.__name__
            break
    if rules is ROLE_RULES:
        lack = "" if f.stop != DROP else ":no source" if not f.sources else ":no target" if not f.targets else ""
        stoppers.append(f"{by}{lack}")
    if rules is finder.READINGS:
        if by == "directed_act" and stoppers:
            by = "roles." + str(stoppers[-1])
        stoppers.clear()
        t = x.t
        fired.append({"type": x.row["type"], "id": x.row.get("id", ""), "text": " ".join(x.low[t.start:t.end]),
                      "left": " ".join(x.low[max(x.sent.start, t.start - 6):t.start]),
                      "dropped": f.stop == DROP, "by": by})
    return f


stoppers: list = []


def _actors(side: list[dict]) -> str:
    return ",".join(str(a.get("code") or a.get("name") or a.get("text")) for a in side) or "-"


def classify(event: dict, left: list[dict]) -> tuple[str, str]:
    """The class of one miss and a detail (the eval cause, the dropping rule)."""
    cause = miss_cause(event, left)
    if cause != "no event of its type":
        if cause == "modality":
            return "modality", ""
        if cause == "another type, same actors":
            return "confused", "same actors"
        return "actors", cause
    mine = [t for t in fired if t["type"] == event["type"]]
    if any(not t["dropped"] for t in mine):
        return "lost", ""
    if mine:
        return "dropped", ",".join(sorted({t["by"] or "?" for t in mine}))
    if left:
        return "confused", ""
    return "nothing", ""


def _show(gold: dict, event: dict, detail: str, left: list[dict]) -> None:
    print(f"--- {gold['doc_id']}#{gold['paragraph']}  {event['type']} {event.get('modality', 'asserted')} "
          f"{event.get('source')} -> {event.get('targets')}  [{detail}]")
    print("   ", gold["text"])
    for t in fired:
        fate = f"DROP by {t['by']}" if t["dropped"] else "kept"
        print(f"    trig {t['type']:9} {t['left'][-36:]:>36} [{t['text']}] {fate}")
    for p in left:
        print(f"    free {p['type']:9} {p['modality']:9} {_actors(p['sources'])} -> {_actors(p['targets'])}"
              f"  ({p['trigger']['text']})")


def main(argv: list[str]) -> int:
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    paths = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--show")]
    finder.run = readings.run = _traced_run
    extractor = Extractor().warm()
    classes: Counter = Counter()
    details: Counter = Counter()
    types: Counter = Counter()
    for gold, event, left in missed_events(paths, extractor, fired.clear):
        cls, detail = classify(event, left)
        classes[cls] += 1
        types[(cls, event["type"])] += 1
        for d in filter(None, detail.split(",")):
            details[(cls, d)] += 1
        if show in (cls, "all"):
            _show(gold, event, detail, left)
    print(", ".join(f"{k}: {v}" for k, v in classes.most_common()))
    for (cls, d), n in details.most_common():
        print(f"  {cls:9} {d:40} {n}")
    for (cls, ty), n in sorted(types.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {cls:9} {ty:10} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
