"""Quotes: direct (in quote marks, also partial and split) and indirect speech.

    marks.py     quote marks on the whole paragraph, before sentences exist
    cues.py      reporting cues ("kata", "said", "menurut", a verb before "bahwa")
    scan.py      Candidate, Spec and the paragraph's marks/mentions/cues by position
    slots.py     where a speaker stands: AFTER_CUE, BEFORE_CUE, SUBJECT rules → a Spec
    direct.py    DIRECT_STEPS: each pair of marks gets its cue and speaker spec
    indirect.py  the reported span of each cue left, and where it ends
    speakers.py  SPEAKER_RULES: each spec becomes an actor through the document context
    finder.py    QuoteFinder, the steps in order

Specs are resolved in text order so that a clitic cue ("katanya") or a pronoun
("he said") points at the latest speaker, also across paragraphs.
"""

from .finder import QuoteFinder
from .marks import Marked, find_marked
from .scan import Candidate

__all__ = ["QuoteFinder", "Candidate", "Marked", "find_marked"]
