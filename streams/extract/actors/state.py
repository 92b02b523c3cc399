"""What the actor passes share while they read one paragraph."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.tokens import Doc

from ..context import DocumentContext
from ..mentions import Mention
from ..syntax import TokenTable, text_of, token_table
from .gazetteer import Gazetteer, Item
from .names import NameShapes

# Where the actor passes stop looking back or ahead for a sentence's words (";" closes a clause
# as firmly as a full stop in wire copy).
SENTENCE_ENDS = frozenset(".!?;")


class Backref(NamedTuple):
    """A title with no name after it ("the president", "presiden itu"), left
    for the back-reference pass once this paragraph's names are known."""
    item: int               # index of its title item
    start: int
    end: int
    role_key: str | None
    country: str | None
    role_text: str


@dataclass(slots=True)
class ActorState:
    """What the passes share: the paragraph and its token table, the gazetteer
    hits, the tokens claimed, the mentions so far, the document context."""
    doc: Doc
    ctx: DocumentContext
    gaz: Gazetteer
    names: NameShapes
    tt: TokenTable = field(init=False)
    text: str = field(init=False)
    low: list[str] = field(init=False)
    n: int = field(init=False)
    nameish: list[bool] = field(init=False)
    covered: bytearray = field(init=False)          # tokens a mention or gazetteer hit holds
    items: list[Item] = field(default_factory=list)
    at: dict[int, int] = field(default_factory=dict)    # item index by its first token
    chains: dict[int, tuple[int, int, int, str | None]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)         # items absorbed into a mention
    backrefs: list[Backref] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tt = token_table(self.doc)
        self.text = text_of(self.doc)
        self.low = self.tt.lower
        self.n = len(self.doc)
        self.nameish = self.names.row(self.doc)
        self.covered = bytearray(self.n)

    def mention(self, s: int, e: int, **kw: Any) -> Mention:
        """A mention of tokens s..e of this paragraph."""
        a, b = self.tt.idx[s], self.tt.end[e - 1]
        return Mention(s, e, a, b, self.text[a:b], **kw)

    def span(self, s: int, e: int) -> str:
        """The text of tokens s..e."""
        return self.text[self.tt.idx[s]:self.tt.end[e - 1]]

    def cover(self, s: int, e: int) -> None:
        self.covered[s:e] = b"\x01" * (e - s)
