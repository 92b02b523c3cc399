"""The actor finder: runs ACTOR_PASSES over a paragraph."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..context import DocumentContext
from ..lexicon import Lexicon
from ..mentions import Mention
from ..wordgate import WordGate
from .gazetteer import Gazetteer
from .names import NameShapes
from .passes import ACTOR_PASSES, ActorPass
from .state import ActorState


class ActorFinder:
    def __init__(self, nlp, lex: Lexicon) -> None:
        self.gazetteer = Gazetteer(nlp, lex)
        self.names = NameShapes(lex)
        self.gate = WordGate(self.gazetteer)    # passes that need a word of a gazetteer set (@needs_words)

    def state(self, doc: Doc, ctx: DocumentContext) -> ActorState:
        """A fresh state for `doc`, before any pass."""
        return ActorState(doc, ctx, self.gazetteer, self.names)

    def __call__(self, doc: Doc, ctx: DocumentContext,
                 passes: Iterable[ActorPass] = ACTOR_PASSES) -> list[Mention]:
        """The actors of `doc` in text order; the context learns the people named."""
        st = self.state(doc, ctx)
        for step in self.gate.select(passes, st.tt.word_set, doc):
            step(st)
        return st.mentions
