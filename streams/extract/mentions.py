"""The actor mention: the one record actors, quotes and events pass around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Mention:
    start: int              # token index (inclusive)
    end: int                # token index (exclusive)
    start_char: int
    end_char: int
    text: str
    name: str
    type: str               # PERSON | COUNTRY | ORG | GROUP
    country: str | None = None
    role: str | None = None
    role_key: str | None = None
    code: str | None = None
    members: tuple[str, ...] = ()      # a region's states

    def actor(self, resolution: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text, "name": self.name, "type": self.type,
            "country": self.country, "role": self.role,
            "start": self.start_char, "end": self.end_char, "code": self.code,
        }
        if self.members:
            out["members"] = list(self.members)
        if resolution:
            out["resolution"] = resolution
        return out


def from_known(person: dict[str, Any], text: str, start: int, end: int,
               start_char: int, end_char: int) -> Mention:
    """A mention of a person already known in the document context."""
    return Mention(start, end, start_char, end_char, text, person["name"], "PERSON",
                   person.get("country"), person.get("role"), person.get("role_key"))


def actor_from_memory(entry: dict[str, Any], text: str, start_char: int, end_char: int,
                      resolution: str) -> dict[str, Any]:
    """An actor dict for a speaker resolved from context (pronoun, back-reference)."""
    out = {"text": text, "name": entry["name"], "type": entry.get("type", "PERSON"),
           "country": entry.get("country"), "role": entry.get("role"),
           "start": start_char, "end": end_char, "code": entry.get("code"),
           "resolution": resolution}
    if entry.get("members"):
        out["members"] = list(entry["members"])
    return out


def memory(m: Mention) -> dict[str, Any]:
    """What the context keeps of a mention (no offsets: they belong to one paragraph)."""
    out = {"name": m.name, "type": m.type, "country": m.country, "role": m.role,
           "role_key": m.role_key, "code": m.code}
    if m.members:
        out["members"] = list(m.members)
    return out
