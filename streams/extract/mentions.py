"""The actor mention: the one record actors, quotes and events pass around.

A Mention is either found in this paragraph's text by the actor finder
(`from_text`: its token offsets are valid) or resolved from elsewhere (a
pronoun, a back-reference, an earlier act): then `resolution` says how, and
its token offsets are -1.  It becomes a dict only when published (`actor()`)
or remembered in the document context (`memory()`).
"""

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
    resolution: str | None = None      # None: named in the text; else how it was resolved

    @property
    def from_text(self) -> bool:
        """Found by the actor finder in this paragraph (not resolved from elsewhere)."""
        return self.resolution is None

    @property
    def side(self) -> str:
        """Which side it stands for: its country or organisation, else itself."""
        return self.code or self.country or self.name

    def resolved(self, how: str) -> Mention:
        """This actor as resolved by `how` ("explicit", "pronoun", "context")."""
        # Field by field: dataclasses.replace costs seven times as much (once per quote).
        return Mention(self.start, self.end, self.start_char, self.end_char, self.text, self.name, self.type,
                       self.country, self.role, self.role_key, self.code, self.members, how)

    def actor(self, resolution: str | None = None) -> dict[str, Any]:
        """The published record of this actor."""
        out: dict[str, Any] = {
            "text": self.text, "name": self.name, "type": self.type,
            "country": self.country, "role": self.role,
            "start": self.start_char, "end": self.end_char, "code": self.code,
        }
        if self.members:
            out["members"] = list(self.members)
        resolution = resolution or self.resolution
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
    return recalled(entry, text, start_char, end_char, resolution).actor()


def recalled(entry: dict[str, Any], text: str, start_char: int, end_char: int,
             resolution: str) -> Mention:
    """A remembered actor (a context entry or a published actor record) named
    here by `text` at these characters: a pronoun, a back-reference, an earlier act."""
    return Mention(-1, -1, start_char, end_char, text, entry["name"], entry.get("type", "PERSON"),
                   entry.get("country"), entry.get("role"), entry.get("role_key"), entry.get("code"),
                   tuple(entry.get("members") or ()), resolution)


def from_record(record: dict[str, Any]) -> Mention:
    """A published actor record (as kept with an earlier event) as a Mention."""
    return recalled(record, record["text"], record["start"], record["end"],
                    record.get("resolution") or "context")


def memory(m: Mention) -> dict[str, Any]:
    """What the context keeps of a mention (no offsets: they belong to one paragraph)."""
    out = {"name": m.name, "type": m.type, "country": m.country, "role": m.role,
           "role_key": m.role_key, "code": m.code}
    if m.members:
        out["members"] = list(m.members)
    return out
