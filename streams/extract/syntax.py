"""Shallow syntax: the Grammar the rules over actors call.

No parser is available for Indonesian, so roles come from word order and the
closed word classes in lang/<code>/grammar.json.  Good enough for news prose,
where the subject leads.  The parts live apart:

- tokens.py       the paragraph's token table and sentence bounds;
- wordclasses.py  the closed word classes (a frozen table) and one-word tests;
- clauses/        the clause layer (doc._.clauses) and the rules over actor
                  mentions that read it: boundaries, groups, subjects.

Grammar joins the word classes with those rules, under the names events.py,
quotes.py and actors.py call; the token helpers are re-exported for them.
"""

from __future__ import annotations

from .clauses.boundaries import BoundaryRules
from .clauses.groups import GroupRules
from .clauses.subjects import SubjectRules
from .lexicon import Lexicon
# Re-exported: the actors, quotes and events modules, dates.py and patterns.py import them from here.
from .tokens import (Sentence, TokenTable, char_span, joining_hyphen, lowers, phrase_ends_at,  # noqa: F401
                     phrase_length, sentence_of, span_text, text_of, token_starts, token_table)
from .wordclasses import WordClasses, table_of


class Grammar(WordClasses, BoundaryRules, GroupRules, SubjectRules):
    """A language's word classes with the clause rules over them."""

    __slots__ = ()

    def __init__(self, lex: Lexicon) -> None:
        super().__init__(**table_of(lex))
