"""QuoteFinder: one paragraph's quotes with their speakers.

The steps, in order: the reporting cues (cues.py); the direct quotes between
the paragraph's marks (direct.py); the indirect speech of the cues left
(indirect.py); then each quote's speaker spec becomes an actor through the
document context (speakers.py).  Where a speaker stands relative to its cue
is read by slots.py.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..context import DocumentContext
from ..docstate import SUBJECTS
from ..lexicon import Lexicon
from ..mentions import Mention
from ..syntax import Grammar, sentence_of
from .cues import CueFinder
from .direct import DirectQuotes
from .indirect import IndirectSpeech
from .marks import Marked
from .scan import Candidate, Scan
from .slots import SpeakerSlots
from .speakers import Paragraph, resolve_speakers


class QuoteFinder:
    def __init__(self, nlp, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.cues = CueFinder(nlp, lex, grammar)
        self.slots = SpeakerSlots(lex, grammar)
        self.direct = DirectQuotes(grammar, self.slots, lex.phrases("quote_passive_cues"),
                                   lex.words("quote_label_verbs"))
        self.indirect = IndirectSpeech(lex, grammar, self.slots)
        self.pronoun_gender = {r["text"].lower(): r["gender"] for r in lex.pronouns if r.get("gender")}

    def __call__(self, doc: Doc, ctx: DocumentContext, marks: list[Marked],
                 ms: list[Mention]) -> list[Candidate]:
        scan = Scan(doc, marks, ms, self.cues(doc))
        cands = self.direct(scan)
        cands += self.indirect(scan, cands)
        cands.sort(key=lambda c: (c.start, not c.direct))
        subjects = doc.user_data[SUBJECTS] = self.subjects(doc, ms)
        if cands:
            resolve_speakers(cands, self.paragraph(ctx, scan.text, ms, subjects))
        return cands

    def subjects(self, doc: Doc, ms: list[Mention]) -> list[Mention]:
        """People who are the subject of a sentence here: "Wong mengumumkan …
        Ia juga membantah …", where "ia" is Wong, not the last quoted speaker."""
        return [m for m in ms if m.type == "PERSON" and self.g.subject_like(doc, m, sentence_of(doc, m.start).start)]

    def paragraph(self, ctx: DocumentContext, text: str, ms: list[Mention],
                  subjects: list[Mention]) -> Paragraph:
        """What speaker resolution reads of this paragraph and its document."""
        return Paragraph(ctx, text, ms, subjects, self.slots.pronouns, self.pronoun_gender, self.slots.national_bodies,
                         self.slots.describe, self.slots.local_words, self.slots.agencies,
                         self.slots.body_heads, self.slots.media_heads)
