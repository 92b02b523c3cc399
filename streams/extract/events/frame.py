"""The records the event rules work on.

A `Scene` is what one trigger's rules read and never change (the trigger, its
sentence, the actors around it, the quotes, the document context, the acts
found before it).  A `Frame` is the decision so far (sources, targets and the
flags rules leave for later rules); a rule returns a changed copy, or None for
"no change".  An `Act` is a found event before publication: its actors are
Mentions until `record()` turns it into the published dict.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from spacy.tokens import Doc

from ..mentions import Mention
from ..syntax import Grammar, Sentence

# Frame.stop: the rule that sets it ends the decision.
DONE = "done"   # roles decided: the rest of the list is skipped
DROP = "drop"   # no event: nobody acts, or the act is not one of its own


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    row: dict[str, Any]


@dataclass(slots=True)
class Act:
    """An event found, in the order of the published record; actors are Mentions."""
    trigger: Trigger
    type: str
    mode: str | None
    cameo: str | None
    span: dict[str, Any]            # the published "trigger"
    sources: list[Mention]
    targets: list[Mention]
    location: dict[str, Any] | None
    date: dict[str, Any] | None
    sentence: dict[str, Any]
    modality: str
    amount: str | None
    confidence: float

    def record(self) -> dict[str, Any]:
        return {"kind": "event", "type": self.type, "mode": self.mode, "cameo": self.cameo,
                "trigger": self.span,
                "sources": [m.actor() for m in self.sources],
                "targets": [m.actor() for m in self.targets],
                "location": self.location, "date": self.date, "sentence": self.sentence,
                "modality": self.modality, "amount": self.amount, "confidence": self.confidence}


@dataclass(slots=True)
class Scene:
    """What a trigger's rules read: fixed for the trigger."""
    finder: Any                     # the EventFinder: grammar and lexicon sets
    doc: Doc
    ms: list[Mention]               # the actors near the trigger's sentence, by start
    t: Trigger
    sent: Sentence
    lead: int                       # the token before the trigger's verb and its auxiliaries
    ctx: Any                        # the DocumentContext, or None
    earlier: list[Act]              # acts found before in this paragraph
    before: Act | None              # the latest of them in this sentence
    quotes: list[tuple[int, int, Mention]]      # direct quotes and their speakers
    reported: list[tuple[int, int, Mention]]    # every quote, direct or not
    triggers: list[Trigger]
    cues: list[tuple[int, int, str]]
    relatives: list[tuple[int, int]]
    starts: set[int]                # token starts of the paragraph's actors
    text: str

    @property
    def g(self) -> Grammar:
        return self.finder.g

    @property
    def row(self) -> dict[str, Any]:
        return self.t.row


@dataclass(slots=True)
class Frame:
    """The decision about one trigger so far."""
    x: Scene
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    inferred: bool = False          # the target was not named next to the trigger
    gapped: list = field(default_factory=list)      # (co-sources, amount token, amount match)
    quoted: tuple | None = None     # the direct quote around the trigger: (start, end, speaker)
    own: frozenset = frozenset()    # the sides of the sources
    mutual: bool = False            # two sides named together act on each other
    shared: bool = False            # a second object of the act before
    aimed: bool = False             # an infinitive of purpose of the act before
    modality: str = "asserted"
    coded: dict[str, Any] | None = None     # the row the event is coded by (default: the trigger's)
    turns: list[list[Mention]] = field(default_factory=list)   # later meetings, "and then with Y"
    stop: str | None = None

    def but(self, **changes) -> "Frame":
        return replace(self, **changes)

    @property
    def speaker(self) -> Mention | None:
        return self.quoted[2] if self.quoted else None


Rule = Callable[[Frame], "Frame | None"]


def run(rules: list[Rule], f: Frame) -> Frame:
    """Apply rules in order; a rule that sets `stop` ends the list."""
    for rule in rules:
        out = rule(f)
        if out is not None:
            f = out
            if f.stop:
                break
    return f


def sides(actors) -> set[str]:
    return {m.side for m in actors}
