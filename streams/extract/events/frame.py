"""The records the event rules work on.

A `Scene` is what a trigger's rules read and never change (the trigger, its
sentence, the actors around it, the quotes, the document context, the acts
found before it); the finder moves one Scene from trigger to trigger.  A
`Frame` is the decision so far (sources, targets and the flags rules leave
for later rules); a rule returns it changed (`change()`), or None for "no
change".  An `Act` is a found event before publication: its actors are
Mentions until `record()` turns it into the published dict.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_, attrgetter, not_
from typing import Any

from spacy.tokens import Doc

from ..mentions import Mention
from ..syntax import Grammar, Sentence, TokenTable

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
                "sources": list(map(Mention.actor, self.sources)),     # (map: no comprehension made a call)
                "targets": list(map(Mention.actor, self.targets)),
                "location": self.location, "date": self.date, "sentence": self.sentence,
                "modality": self.modality, "amount": self.amount, "confidence": self.confidence}


@dataclass(slots=True)
class Scene:
    """What a trigger's rules read: fixed for the trigger."""
    finder: Any                     # the EventFinder: grammar and lexicon sets
    g: Grammar
    doc: Doc
    low: list[str]                  # the paragraph's lower-cased tokens
    tt: TokenTable
    ms: list[Mention]               # the actors near the trigger's sentence, by start
    ms_starts: list[int]            # their starts
    t: Trigger
    row: dict[str, Any]             # the trigger's lexicon row
    sent: Sentence
    lead: int                       # the token before the trigger's verb and its auxiliaries
    ctx: Any                        # the DocumentContext, or None
    earlier: list[Act]              # acts found before in this paragraph
    before: Act | None              # the latest of them in this sentence
    # Quotes (start, end, speaker) as the quotes stage gives them; quote_at
    # hands the speaker over as a Mention.
    quotes: list[tuple[int, int, Any]]          # direct quotes
    reported: list[tuple[int, int, Any]]        # every quote, direct or not
    asks: list[Trigger]             # the paragraph's triggers that ask or promise (words.CONTENT_TYPES)
    cues: list[tuple[int, int, str]]
    relatives: list[tuple[int, int]]
    starts: set[int]                # token starts of the paragraph's actors
    text: str
    # What the gate (gate.py) knows of the paragraph's words, and of them with the act before.
    words: int = 0
    bits: int = 0

    def move_to(self, t: Trigger, sent: Sentence, lead: int, ms: list[Mention], ms_starts: list[int],
                before: Act | None) -> Scene:
        """The scene of the next trigger of the paragraph (cheaper than a new one per trigger)."""
        self.t, self.row, self.sent, self.lead, self.before = t, t.row, sent, lead, before
        self.ms, self.ms_starts = ms, ms_starts
        return self

    def starting_inside(self) -> range:
        """Indexes (in ms) of the actors that start inside the trigger, after its first token."""
        return range(bisect_right(self.ms_starts, self.t.start), bisect_left(self.ms_starts, self.t.end))


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
    beside: tuple = ()              # codings (type, mode, cameo, modality) of acts named beside its own
    stop: str | None = None

    def change(self, **changes) -> Frame:
        """Change these fields and return the frame (a trigger's rules share
        one frame: cheaper than a copy per change, ~40 rules run per trigger)."""
        for name, value in changes.items():
            setattr(self, name, value)
        return self

    @property
    def speaker(self) -> Mention | None:
        return self.quoted[2] if self.quoted else None


Rule = Callable[[Frame], Frame | None]


def run(rules: list[Rule], f: Frame) -> Frame:
    """Apply rules in order; a rule that sets `stop` ends the list (a later
    list runs on with the flag it was given).  Rules whose declared needs
    (gate.py) fail for this trigger are skipped: they would change nothing."""
    given = f.stop
    x = f.x
    gate = x.finder.gate
    # Gate.select's common case inline (the list compiled and compared this paragraph, the row
    # seen): ~4 runs a trigger, a method call each saved.
    compiled = gate._lists.get(id(rules))
    known = compiled.by_row.get(id(x.row)) if compiled is not None and compiled.rules is rules \
        and compiled.seen == gate._paragraphs else None
    entry = known if known is not None else gate.admitted(rules, x)
    # With no act before the trigger (most), the rules that need one are not even tested.
    met = _met(entry[2], entry[3], gate.every_bit ^ x.bits) if x.before is not None \
        else _met(entry[4], entry[5], gate.every_bit ^ x.bits)
    for rule in met:
        if rule(f) is not None and f.stop is not given:
            break
    return f


def _met(rules: tuple, bits: tuple[int, ...], unmet: int) -> Iterator[Rule]:
    """Those of `rules` that need none of the bits `unmet` (a rule with no need has bits 0),
    in order, picked in C: about two thirds of a row's rules are skipped, each at some
    ten bytecodes when tested in a Python loop.  `unmet` is the bits not met as a
    non-negative int: & with a negative one (~x.bits) costs several times more.  The test
    is operator.and_ (a vectorcall), not unmet.__and__: a slot's method-wrapper is called
    through a new argument tuple for each rule (~200 instructions more a rule)."""
    return compress(rules, map(not_, map(and_, bits, repeat(unmet))))


def travels(row: dict[str, Any]) -> bool:
    """A visit told from the traveller's side ("visited", "tiba di"), not the host's
    (row key hosted: "hosted", "diterima"): only then is it a journey with an aim,
    an envoy sent, and no joint act."""
    return row.get("mode") == "visit" and not row.get("hosted")


_SIDE = attrgetter("side")


def sides(actors) -> set[str]:
    return set(map(_SIDE, actors))     # (in C: no comprehension made a call)


def done_by_the_accused(f: Frame, charge: Act) -> Frame:
    """The act a charge names is done by the accused: to the act's own object past
    the trigger, else to the accuser ("accused Moscow of attacking Kyiv", "blamed
    Hamas for the strike")."""
    accused = list(charge.targets)
    own = sides(accused)
    targets = [m for m in f.targets if m.side not in own and m.start > f.x.t.start] \
        or [m for m in charge.sources if m.side not in own]
    return f.change(sources=accused, targets=targets)
