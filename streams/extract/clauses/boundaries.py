"""Where clauses break, as the rules over actors ask it (between two tokens,
around a trigger): answered from the clause layer's indexes (layer.py).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from ..docstate import CLAUSES
from ..tokens import lowers
from .layer import ClauseLayer
from .records import Clause


class BoundaryRules:
    """Mixin of Grammar (syntax.py): reads the word classes on self."""

    __slots__ = ()

    def layer(self, doc: Doc) -> ClauseLayer:
        """doc._.clauses (made here for a doc that did not pass diplo_clauses)."""
        # Read from user_data: doc._ builds an accessor object on every access.
        layer = doc.user_data.get(CLAUSES)
        if layer is None:
            layer = doc.user_data[CLAUSES] = ClauseLayer(doc, self)
        return layer

    def clause(self, doc: Doc, i: int) -> Clause | None:
        """The clause record holding token i (subject, verb group, object, obliques, ...)."""
        return self.layer(doc).clause_at(i)

    def broken(self, doc: Doc, a: int, b: int, spans: list[tuple[int, int]] = ()) -> bool:
        """A clause breaker between tokens a and b, outside `spans` (relative
        clauses looked through); a parenthetical ", however," does not count."""
        # (the layer read inline: this runs for every actor pair a rule looks at)
        layer = doc.user_data.get(CLAUSES) or self.layer(doc)
        pos = layer.hard_breakers
        k = bisect_left(pos, a) if a > 0 else 0
        if k == len(pos) or pos[k] >= b:
            return False    # the common case: no breaker in the window
        # A window past the paragraph's ends is clipped to it.
        return layer.breaks(max(a, 0), min(b, layer.n), spans)

    def new_clause(self, doc: Doc, a: int, b: int) -> bool:
        """A clause of its own ("while", "but", "sementara") starts between a and b;
        a relative clause ("yang", "which") hangs on a noun of the same one."""
        layer = doc.user_data.get(CLAUSES) or self.layer(doc)
        return layer.opens(max(a, 0), min(b, layer.n))

    def relative_clauses(self, doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans ", who … ," / ", yang … ," (from the first comma to the closing one)
        starting within lo..hi, clipped to hi."""
        layer = doc.user_data.get(CLAUSES) or self.layer(doc)
        if not layer.relatives:
            return []       # most paragraphs: no comma-led relative clause
        first = max(lo + 1, 1)
        return [(a, min(b, hi)) for a, b in layer.relatives if first <= a + 1 < hi]

    def before_auxiliaries(self, doc: Doc, idx: int, lo: int) -> int:
        """The token before the verb at idx, past its auxiliaries and adverbs
        ("telah", "will also"), not going below lo."""
        # Asked at any trigger (nouns too), not only at the clause's verb
        # groups, and bounded by the caller's lo: a step or two back, kept here.
        low = lowers(doc)
        k = idx - 1
        while k > lo and low[k] in self.preverbal:
            k -= 1
        return k
