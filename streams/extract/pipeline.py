"""Builds and caches one spaCy pipeline per language: a blank tokenizer plus
the rule components below, registered the spaCy way.  The per-document
context travels on the Doc (doc._.context); components never read the
environment or know which language they serve.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorFinder
from .dates import DateFinder
from .events import EventFinder
from .lexicon import load
from .marks import find_marked
from .quotes import QuoteFinder
from .syntax import Grammar, text_of

for _name in ("context", "published", "marks", "actors", "quotes", "events", "sent_starts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SENTENCE_END = frozenset(".!?…")
CLOSING = frozenset("”\"’»)]")
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


@Language.component("diplo_marks")
def diplo_marks(doc: Doc) -> Doc:
    doc._.marks = find_marked(text_of(doc))
    return doc


@Language.component("diplo_sentences")
def diplo_sentences(doc: Doc) -> Doc:
    """Sentence starts that never fall inside a quotation, and that survive
    doubled punctuation (". .") from machine translation."""
    spans = [(m.open, m.close) for m in (doc._.marks or [])]
    doc_tokens = list(doc)   # one Token object each; doc_tokens[i] would build a new one per access
    n = len(doc)
    starts = [False] * n
    text = text_of(doc)
    closes = {c for _, c in spans}
    # A dateline ("JAKARTA, KOMPAS —", "HIROSHIMA, Japan (Reuters) -") is not
    # part of the first sentence: its subject comes after the dash.
    for k in range(min(n, 8)):
        if doc_tokens[k].text in DATELINE_DASHES:
            if k > 0 and doc_tokens[0].text.isupper() and k + 1 < n:
                starts[k + 1] = True
            break
    i = 0
    while i < n:
        tok = doc_tokens[i]
        # A quotation that ends its sentence (“… sendiri.” Ia …) closes it too.
        if tok.idx in closes and tok.idx > 0 and text[tok.idx - 1] in SENTENCE_END:
            if i + 1 < n and doc_tokens[i + 1].text[:1].isupper():
                starts[i + 1] = True
            i += 1
            continue
        if tok.is_punct and tok.text[-1] in SENTENCE_END and not any(o < tok.idx < c for o, c in spans):
            j = i + 1
            # Skip doubled punctuation and closing marks; a straight " that opens
            # the next quotation is not a closing mark.
            while j < n and doc_tokens[j].is_punct and (doc_tokens[j].text[-1:] in SENTENCE_END or doc_tokens[j].idx in closes
                                                 or doc_tokens[j].text in CLOSING and doc_tokens[j].text != '"'):
                j += 1
            if j < n and (doc_tokens[j].text[:1].isupper() or doc_tokens[j].text[:1].isdigit()
                          or doc_tokens[j].text in "“\"«‘"):
                starts[j] = True
            i = j
            continue
        i += 1
    for k in range(1, n):
        if starts[k]:
            doc_tokens[k].is_sent_start = True
    # Token.sent rescans the doc on every call; components look sentences up
    # through these starts instead (see sentence_of).
    doc._.sent_starts = [0] + [k for k in range(1, n) if starts[k]]
    return doc


class _Stage:
    """Shared set-up of the rule components: the language's lexicon and grammar."""

    def __init__(self, nlp: Language) -> None:
        self.lex = load(nlp.lang)
        self.grammar = Grammar(self.lex)


@Language.factory("diplo_actors")
def make_actors(nlp: Language, name: str) -> "ActorsComponent":
    return ActorsComponent(nlp)


class ActorsComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = ActorFinder(nlp, self.lex)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = self.finder(doc, doc._.context)
        return doc


@Language.factory("diplo_quotes")
def make_quotes(nlp: Language, name: str) -> "QuotesComponent":
    return QuotesComponent(nlp)


class QuotesComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = QuoteFinder(nlp, self.lex, self.grammar)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.finder(doc, doc._.context, doc._.marks, doc._.actors)
        return doc


@Language.factory("diplo_events")
def make_events(nlp: Language, name: str) -> "EventsComponent":
    return EventsComponent(nlp)


class EventsComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = EventFinder(nlp, self.lex, self.grammar)
        self.dates = DateFinder(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        speakers = [(q.start, q.end, q.actor) for q in doc._.quotes if q.direct and q.actor]
        doc._.events = self.finder(doc, doc._.actors, speakers, self.dates, doc._.published, doc._.context)
        return doc


@lru_cache(maxsize=None)
def get_nlp(lang: str) -> Language:
    nlp = spacy.blank(lang)
    for name in ("diplo_marks", "diplo_sentences", "diplo_actors", "diplo_quotes", "diplo_events"):
        nlp.add_pipe(name)
    return nlp
