"""What the quote steps share: a quotation candidate, a speaker spec, and one
paragraph's marks, mentions and cue hits indexed for lookups by position."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.tokens import Doc

from ..mentions import Mention
from ..syntax import text_of, token_starts
from .marks import Marked


class Spec(NamedTuple):
    """Who stands in a quote's speaker slot, before the context resolves it.
    kind: explicit | pronoun | context | org | anonymous | none (a mention is
    given only for explicit); span: the characters of the speaker words."""
    kind: str
    mention: Mention | None
    span: tuple[int, int] | None


NO_SPEAKER = Spec("none", None, None)


@dataclass
class Candidate:
    start: int                      # char offsets of the content
    end: int
    direct: bool
    cue: tuple[int, int] | None     # char span of the reporting verb
    spec: str                       # a Spec kind, or previous | previous_speaker | pronoun_subject
    speaker: Mention | None = None
    speaker_span: tuple[int, int] | None = None
    partial: bool = False
    addressee: Mention | None = None
    actor: Mention | None = None    # the resolved speaker (see speakers.py)
    charge: bool = False            # an accusing verb's clause (reporting_verbs fragments_only): unpublished

    def attribute(self, spec: Spec) -> None:
        self.spec, self.speaker, self.speaker_span = spec


class Scan:
    """One paragraph's quote marks, mentions and cue hits, shared by the steps."""

    def __init__(self, doc: Doc, marks: list[Marked], ms: list[Mention],
                 hits: list[tuple[int, int, dict[str, Any]]]) -> None:
        self.doc, self.marks, self.ms, self.hits = doc, marks, ms, hits
        self.text = text_of(doc)
        starts = token_starts(doc)
        # The token of each mark's opener and closer (most paragraphs have none).
        self.mark_tokens = [(max(0, bisect_right(starts, m.open) - 1), max(0, bisect_right(starts, m.close) - 1))
                            for m in marks] if marks else []
        self.mark_opens = [o for o, _ in self.mark_tokens] if marks else []
        self.by_start = {m.start: k for k, m in enumerate(ms)}
        self.used_cues: set[int] = set()
        # Lookups by position instead of scans over every mark or cue: a
        # paragraph of thousands of quote marks stays linear.
        self.inside = bytearray(len(starts))
        for o, c in self.mark_tokens:
            self.inside[o + 1:c] = b"\x01" * max(0, c - o - 1)
        self.hit_starts = [s for s, _, _ in hits] if hits else []     # hits are sorted and do not overlap
        self.hit_ends = [e for _, e, _ in hits] if hits else []
        self.cue_starts = set(self.hit_starts)
        self.stops: list[int] | None = None

    def in_mark(self, ti: int) -> bool:
        return bool(self.inside[ti]) if 0 <= ti < len(self.inside) else False

    def next_open(self, c: int, default: int) -> int:
        """The first mark opening after token c."""
        k = bisect_right(self.mark_opens, c)
        return self.mark_opens[k] if k < len(self.mark_opens) else default
