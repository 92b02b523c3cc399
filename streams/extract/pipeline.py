"""Builds and caches one spaCy pipeline per language: a blank tokenizer plus
the rule components below, registered the spaCy way.  The per-document
context travels on the Doc (doc._.context); components never read the
environment or know which language they serve.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorFinder
from .clauses.subjects import KEPT_SUBJECTS
from .dates import date_finder
from .docstate import ACTORS, CONTEXT, EVENTS, MARKS, PUBLISHED, QUOTES, SENT_STARTS
from .events import EventFinder
from .lexicon import load
from .quotes.marks import find_marked
from .quotes import QuoteFinder
from .syntax import Grammar, text_of, token_table
from . import tokenizer

SENTENCE_END = frozenset(".!?…")
CLOSING = frozenset("”\"’»)]")
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
MAX_SENTENCE_TOKENS = 200   # the longest sentence of our gold has 57


@Language.component("diplo_sentences")
def diplo_sentences(doc: Doc) -> Doc:
    """Sentence starts that never fall inside a quotation, and that survive
    doubled punctuation (". .") from machine translation.  Driven by the text:
    only the few sentence-final marks are looked at, not every token."""
    text = text_of(doc)
    table = token_table(doc)
    n = len(table.idx)
    marks = doc.user_data.get(MARKS)
    spans: list[tuple[int, int]] = []
    closes: set[int] = set()
    open_at: set[int] = set()
    opens: list[int] = []
    if marks:   # (most paragraphs quote nobody: no comprehension to build then)
        spans = [(m.open, m.close) for m in marks]
        # Every character of a closing mark ('' is two), and where each opener stands.
        closes = {c for m in marks for c in range(m.close, m.close_end)}
        open_at = {m.open for m in marks}
        opens = [o for o, _ in spans]     # marks come in text order and never overlap
    starts: set[int] = set()
    skip_from = skip_to = -1          # text[skip_from:skip_to] is all skippable
    starts.update(_after_dateline(table.text, n, table.space))
    for start, end in _end_runs(text):
        # Inside a quotation only the mark that closes it ends a sentence: “… sendiri.” Ia …
        if end not in closes:
            j = bisect_left(opens, start) - 1
            if j >= 0 and start < spans[j][1]:
                continue
        # Only a mark that is a token of its own ends a sentence: not "U.S." or "Jr.".
        k = bisect_left(table.idx, start)
        if k >= n or table.idx[k] != start or not SENTENCE_END.issuperset(table.text[k]):
            continue
        # Skip doubled punctuation, spaces and closing marks (“… sendiri.” Ia);
        # a straight " (or a ” or ») that opens the next quotation is not a closing mark.
        # A run of ". . . ." is walked once, not once per mark in it.
        if not skip_from <= end <= skip_to:
            skip_from = skip_to = end
        q = skip_to
        while q < len(text) and (text[q].isspace() or text[q] in SENTENCE_END or q in closes
                                 or (text[q] in CLOSING and text[q] != '"' and q not in open_at)):
            q += 1
        skip_to = q
        if q >= len(text) or q == end and not text[q].isspace() and q not in closes:
            continue
        ch = text[q]
        if ch.isupper() or ch.isdigit() or ch in "“\"«‘" or q in open_at:
            k = bisect_left(table.idx, q)
            if 0 < k < n and table.idx[k] == q:
                starts.add(k)
    # A "sentence" longer than any of news prose (text without sentence marks)
    # is cut, so that every rule scanning a sentence stays bounded.
    if n > MAX_SENTENCE_TOKENS:     # (a shorter paragraph has no sentence to cut)
        bounds = [0, *sorted(starts), n]
        for a, b in zip(bounds, bounds[1:]):
            starts.update(range(a + MAX_SENTENCE_TOKENS, b, MAX_SENTENCE_TOKENS))
    _mark_starts(doc, sorted(starts))
    return doc


def _end_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of sentence-final marks (SENTENCE_END), in order,
    from one str.find per mark (a regex over every character costs several
    times more; a paragraph has a few marks)."""
    at = []
    for ch in SENTENCE_END:
        i = text.find(ch)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1)
    if not at:
        return []
    at.sort()
    runs = []
    s = e = at[0]
    for i in at[1:]:
        if i == e + 1:
            e = i
        else:
            runs.append((s, e + 1))
            s = e = i
    runs.append((s, e + 1))
    return runs


DATELINE_WORDS = 12     # tokens of a dateline up to its dash: place, country, date, agency


def _after_dateline(words: list[str], n: int, space: list[int]) -> list[int]:
    """A dateline ("JAKARTA, KOMPAS —", "HIROSHIMA, Japan (Reuters) -") is not
    part of the first sentence: its subject, after the dash, starts one.  A
    hyphen tight between two words is no dash ("A cease-fire took effect").  Its dash may stand as far
    as DATELINE_WORDS in ("ZAPORIZHZHIA, Ukraine, Dec 3 (Reuters) -")."""
    if DATELINE_DASHES.isdisjoint(words[:DATELINE_WORDS]):
        return []       # most paragraphs: no dash to look at, found in C
    for k in range(min(n, DATELINE_WORDS)):
        if words[k] in DATELINE_DASHES and not (0 < k < n - 1 and not space[k - 1] and not space[k]):
            j = k + 1
            while j < n - 1 and words[j] in DATELINE_DASHES:    # "--" is two tokens
                j += 1
            return [j] if k > 0 and j < n and _dateline_head(words[:k]) else []
    return []


def _dateline_head(words: list[str]) -> bool:
    """The words before a dateline's dash: a place in capitals ("JAKARTA, KOMPAS"), or as
    outlets print it in title case, one word ("Jakarta -", "kumparan -") or names cut by a
    comma or a bracket ("Jakarta, CNN Indonesia --", "Hanoi (ANTARA) -"), never a word in
    lower case among them (a subject's aside: "Presiden Jokowi, yang ... -")."""
    if words[0].isupper() or len(words) == 1:
        return True
    if not any(w in DATELINE_CUTS for w in words):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() for w in words)


DATELINE_CUTS = frozenset({",", "("})


def _mark_starts(doc: Doc, ordered: list[int]) -> None:
    """Sets the sentence starts on the doc, and in doc._.sent_starts."""
    if len(ordered) < 16:
        for k in ordered:
            doc[k].is_sent_start = True
    else:
        # Each Token.is_sent_start assignment scans the whole Doc (for a
        # parse): set many at once instead.
        flags = doc.to_array([SENT_START])
        flags[ordered] = 1
        doc.from_array([SENT_START], flags)
    # Token.sent rescans the doc on every call; components look sentences up
    # through these starts instead (see sentence_of).
    doc.user_data[SENT_STARTS] = [0] + ordered


class _Stage:
    """Shared set-up of the rule components: the language's lexicon and grammar."""

    def __init__(self, nlp: Language) -> None:
        self.lex = load(nlp.lang)
        self.grammar = Grammar(self.lex)


@Language.factory("diplo_marks")
def make_marks(nlp: Language, name: str) -> MarksComponent:
    return MarksComponent(nlp)


class MarksComponent(_Stage):
    """Quote marks on the whole paragraph; the reporting words tell where a
    closing mark went missing (“…, kata X)."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.cues = self.grammar.speech_verbs

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[MARKS] = find_marked(text_of(doc), self.cues)
        return doc


@Language.factory("diplo_clauses")
def make_clauses(nlp: Language, name: str) -> ClausesComponent:
    return ClausesComponent(nlp)


class ClausesComponent(_Stage):
    """The clause layer (doc._.clauses): clause boundaries and relative clauses
    now, each sentence's Clause records when first read."""

    def __call__(self, doc: Doc) -> Doc:
        self.grammar.layer(doc)     # made and stored as doc._.clauses
        return doc


@Language.factory("diplo_actors")
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp)


class ActorsComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = ActorFinder(nlp, self.lex)

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        data[ACTORS] = self.finder(doc, data.get(CONTEXT))
        return doc


@Language.factory("diplo_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp)


class QuotesComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = QuoteFinder(nlp, self.lex, self.grammar)

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        data[KEPT_SUBJECTS] = {}    # the actors are final: subject_before's answers are kept from here on
        data[QUOTES] = self.finder(doc, data.get(CONTEXT), data.get(MARKS), data.get(ACTORS))
        return doc


@Language.factory("diplo_events")
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp)


class EventsComponent(_Stage):
    def __init__(self, nlp: Language) -> None:
        super().__init__(nlp)
        self.finder = EventFinder(nlp, self.lex, self.grammar)
        self.dates = date_finder(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        data = doc.user_data
        speakers: list[tuple] = []
        reported: list[tuple] = []
        if data.get(QUOTES):    # (most paragraphs quote nobody: no comprehension to build then)
            quoted = [q for q in data.get(QUOTES) if q.actor]
            reported = [(q.start, q.end, q.actor) for q in quoted]
            speakers = [r for q, r in zip(quoted, reported) if q.direct]
        data[EVENTS] = self.finder(doc, data.get(ACTORS), speakers, self.dates, data.get(PUBLISHED),
                                   data.get(CONTEXT), reported)
        return doc


# The components in the order they run; each reads what the ones before left on the Doc.
COMPONENTS = (
    "diplo_marks",       # quotation marks                        doc._.marks
    "diplo_sentences",   # sentence starts                        doc._.sent_starts
    "diplo_clauses",     # clause layer (token spans, no actors)  doc._.clauses
    "diplo_actors",      # actor mentions                         doc._.actors
    "diplo_quotes",      # quotes and their speakers              doc._.quotes
    "diplo_events",      # events and their roles                 doc._.events
)


@cache
def get_nlp(lang: str) -> Language:
    nlp = spacy.blank(lang, config=tokenizer.CONFIG)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
