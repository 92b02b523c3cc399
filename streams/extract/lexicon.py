"""Loads one language's data files from lang/<code>/.

The code that uses a Lexicon never knows which language it serves: every
word it looks for comes from these files.  Missing files load as empty, so a
new language can start with a few files and grow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

LANG_DIR = Path(__file__).with_name("lang")
LANGUAGES = ("id", "en")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            try:
                rows.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: {exc}") from None
    return rows


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [ln.strip() for ln in path.read_text("utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def _json(path: Path) -> dict[str, Any]:
    return orjson.loads(path.read_bytes()) if path.exists() else {}


@dataclass(frozen=True)
class Lexicon:
    lang: str
    countries: list[dict] = field(default_factory=list)
    capitals: list[dict] = field(default_factory=list)
    contextual_names: list[dict] = field(default_factory=list)
    cities: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    titles: list[dict] = field(default_factory=list)
    reporting_verbs: list[dict] = field(default_factory=list)
    pronouns: list[dict] = field(default_factory=list)
    event_triggers: list[dict] = field(default_factory=list)
    event_anaphors: list[dict] = field(default_factory=list)
    negation: list[dict] = field(default_factory=list)
    modality: list[dict] = field(default_factory=list)
    persons: list[dict] = field(default_factory=list)
    name_blockers: frozenset[str] = frozenset()
    grammar: dict[str, Any] = field(default_factory=dict)
    dates: dict[str, Any] = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        """A grammar word list as a set of lower-case strings."""
        return frozenset(w.lower() for w in self.grammar.get(key, ()))

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        """A grammar phrase list ("together with", "tidak ada yang") as lower-case token tuples."""
        return tuple(tuple(p.lower().split()) for p in self.grammar.get(key, ()))


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    d = LANG_DIR / lang
    return Lexicon(
        lang=lang,
        countries=_jsonl(d / "countries.jsonl"),
        capitals=_jsonl(d / "capitals.jsonl"),
        contextual_names=_jsonl(d / "contextual_names.jsonl"),
        cities=_jsonl(LANG_DIR / "xx" / "cities.jsonl") + _jsonl(d / "cities.jsonl"),
        organizations=_jsonl(d / "organizations.jsonl"),
        regions=_jsonl(d / "regions.jsonl"),
        institutions=_jsonl(d / "institutions.jsonl"),
        titles=_jsonl(d / "titles.jsonl"),
        reporting_verbs=_jsonl(d / "reporting_verbs.jsonl"),
        pronouns=_jsonl(d / "pronouns.jsonl"),
        event_triggers=_jsonl(d / "event_triggers.jsonl"),
        event_anaphors=_jsonl(d / "event_anaphors.jsonl"),
        negation=_jsonl(d / "negation.jsonl"),
        modality=_jsonl(d / "modality.jsonl"),
        # Well-known people are spelt alike in every language: lang/xx holds them.
        persons=_jsonl(LANG_DIR / "xx" / "persons.jsonl") + _jsonl(d / "persons.jsonl"),
        name_blockers=frozenset(_lines(d / "name_blockers.txt")),
        grammar=_json(d / "grammar.json"),
        dates=_json(d / "dates.json"),
    )
