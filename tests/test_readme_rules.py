"""The README's extractor section lists every rule list in the order the code runs it."""

from __future__ import annotations

import re
from pathlib import Path

from streams.extract.actors import people
from streams.extract.actors.passes import ACTOR_PASSES
from streams.extract.events import modality, readings, roles
from streams.extract.quotes import direct, slots, speakers

README = Path(__file__).resolve().parents[1] / "README.md"
LISTS = {"ACTOR_PASSES": ACTOR_PASSES, "NAME_RULES": people.NAME_RULES, "AFTER_CUE": slots.AFTER_CUE,
         "BEFORE_CUE": slots.BEFORE_CUE, "SUBJECT": slots.SUBJECT, "DIRECT_STEPS": direct.DIRECT_STEPS,
         "SPEAKER_RULES": speakers.SPEAKER_RULES, "READINGS": readings.READINGS,
         "ROLE_RULES": roles.ROLE_RULES, "EVENT_RULES": readings.EVENT_RULES,
         "MODALITY_RULES": modality.MODALITY_RULES}


def readme_lists(text: str) -> dict[str, list[str]]:
    """`- `NAME`: a, b, c` items, continued on indented lines."""
    found, name = {}, None
    for line in text.splitlines():
        m = re.match(r"- `([A-Z_]+)`: (.*)", line)
        if m and m.group(1) in LISTS:
            name = m.group(1)
            found[name] = m.group(2)
        elif name and line.startswith("  ") and line.strip():
            found[name] += " " + line.strip()
        else:
            name = None
    return {k: [w.strip() for w in v.split(",") if w.strip()] for k, v in found.items()}


def test_the_readme_lists_every_rule_in_order():
    listed = readme_lists(README.read_text("utf-8"))
    for name, rules in LISTS.items():
        assert listed.get(name) == [r.__name__ for r in rules], name


def test_the_check_sees_a_missing_rule():
    text = "- `NAME_RULES`: known_person,\n  famous_person\n"
    assert readme_lists(text)["NAME_RULES"] == ["known_person", "famous_person"]
    assert readme_lists(text)["NAME_RULES"] != [r.__name__ for r in people.NAME_RULES]
