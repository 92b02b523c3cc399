"""Direct quotes: each pair of quote marks gets its cue and speaker spec from
DIRECT_STEPS, in this order.  The first three run while no cue is found, the
last two while no speaker is (a cue may leave its speaker slot empty:
'Ruto, who called it "a mission for humanity," said …').

    cue_after           “…,” kata X / '"…," Blinken said'
    passive_agent       'latihan yang disebut Beijing sebagai “provokasi”' / 'described by Beijing as "…"'
    label_verb          'an operation Turkey called "an act of piracy"' (the labelling verb's own subject)
    cue_before          'X mengatakan kepada wartawan, “…”' / 'X said: "…"'
    continues_previous  “A,” kata X. “B.”  (B is X's too)
    partial_of_subject  'X called the talks "frank and useful"'
    opens_paragraph     a quote opening a paragraph with no cue: the last speaker
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..syntax import Grammar, lowers, sentence_of, token_table
from ..tokens import phrase_length_before
from .marks import Marked
from .scan import NO_SPEAKER, Candidate, Scan
from .slots import SpeakerSlots

if TYPE_CHECKING:       # annotations only: syntax.py need not keep exporting the classes
    from ..syntax import Sentence

LABEL_OBJECT_WORDS = 4   # words between a labelling verb and the quotation ("calling the attack")
AGENT_WORDS = 8     # tokens of a passive cue's agent before its "as" ("dikecam Menteri Luar Negeri X Y sebagai")
CUE_WINDOW = 8      # tokens between a closing mark and its cue ("the 71-year-old ambassador said": 7)
SENTENCE_FINAL = frozenset(".!?")


@dataclass(slots=True)
class Quoted:
    """One pair of marks being attributed: o, c are its mark tokens."""
    scan: Scan
    mark: Marked
    o: int
    c: int
    sent: Sentence
    cand: Candidate
    prev: Candidate | None          # the paragraph's previous direct quote
    prev_close: int                 # and its closing mark token
    reader: DirectQuotes


def cue_after(f: Quoted) -> bool:
    """A cue after the closing mark: '“Kami siap berunding,” kata Menteri Luar Negeri Fiji Sitiveni Rabuka.'"""
    scan, cand, r = f.scan, f.cand, f.reader
    doc, ms = scan.doc, scan.ms
    tt = token_table(doc)
    for h in range(bisect_right(scan.hit_starts, f.c), len(scan.hits)):
        s, e, row = scan.hits[h]
        # Commas do not count: "the army's spokesman, Nadav Shoshani, told" is one phrase.
        if s > f.c + CUE_WINDOW and s - tt.text[f.c:s].count(",") > f.c + CUE_WINDOW:
            break
        if not r.attributes(f, s, e):
            continue
        if _reports_next_sentence(f, tt, s, e):
            return False
        mode = row["speaker"]
        cand.cue = (tt.idx[s], tt.idx[e - 1] + len(tt.text[e - 1]))
        if mode == "clitic":
            cand.spec = "previous_speaker"
        else:
            spec = NO_SPEAKER
            if mode in ("after", "either"):
                spec = r.slots.after(doc, ms, scan.by_start, e, min(len(doc), e + 3))
                # '…," said Kenya would …': a clause after the verb, not its speaker.
                if spec.mention is not None and spec.mention.end < len(doc) and not tt.punct[spec.mention.end] \
                        and mode == "either" and r.g.clause_like(lowers(doc)[spec.mention.end:spec.mention.end + 4]):
                    spec = NO_SPEAKER
            if spec.kind == "none" and mode in ("before", "either"):
                if _clause_goes_on(f, tt, s):
                    cand.cue = None
                    return False
                spec = r.slots.before(doc, ms, f.c + 1, s)
            # 'X, who called it "a mission for humanity," said Kenya would …': the cue reports its own clause.
            if spec.kind == "none" and e < len(doc) and r.g.clause_like(lowers(doc)[e:e + CUE_WINDOW]):
                cand.cue = None
                return False
            cand.attribute(spec)
            cand.addressee = r.slots.addressee(doc, ms, e, f.sent.end)
            if fragment_of_clause(f):   # the cue reports the whole clause too: the indirect speech takes it again
                cand.partial = True
                return True
        scan.used_cues.add(h)
        return True
    return False


def _reports_next_sentence(f: Quoted, tt, s: int, e: int) -> bool:
    """A quote that ends its sentence inside its marks, then a subject and a cue with a clause of its own: the
    cue reports that clause, a new sentence ('… calling it "dangerous and illegal." Beijing's coast guard said it
    had …'), not the quote; '"We are ready." Lavrov said on Tuesday.' keeps its cue."""
    return s > f.c + 1 and tt.text[f.c - 1] in SENTENCE_FINAL and e < len(tt.text) \
        and f.reader.g.clause_like(tt.lower[e:e + CUE_WINDOW])


def _clause_goes_on(f: Quoted, tt, s: int) -> bool:
    """A fragment quoted inside a clause, no comma at its closing mark, and words before a later cue: the words
    are the clause's, not a speaker ('Mao mengatakan China “tidak akan pernah menerima” klaim Manila, seraya
    menambahkan …': not Manila's; '… called it "a disgrace," the minister said' keeps its speaker)."""
    return s > f.c + 1 and not tt.punct[f.c - 1] and not tt.punct[f.c + 1] and fragment_of_clause(f)


FRAGMENT_LEAD_WORDS = 3     # words of the sentence before a quote's opening mark that make it a fragment


def fragment_of_clause(f: Quoted) -> bool:
    """A quote inside a clause that a final cue reports as a whole: 'Kamboja mengecam keputusan itu sebagai
    ”tidak berdasar”, kata juru bicara X.' (the cue also reports the words before the marks)."""
    tt = token_table(f.scan.doc)
    lead = sum(1 for i in range(f.sent.start, f.o) if not tt.punct[i] and not f.scan.in_mark(i))
    return lead >= FRAGMENT_LEAD_WORDS


def passive_agent(f: Quoted) -> bool:
    """A passive cue, its agent and a predicative marker right before the opening mark: 'latihan yang disebut Beijing
    sebagai “provokasi”' → Beijing (grammar quote_passive_cues; the agent is read as a speaker after a cue)."""
    r = f.reader
    k = f.o - 1
    if f.cand.cue is not None or not r.passive_cues or k - 2 < f.sent.start:
        return False
    tt = token_table(f.scan.doc)
    if tt.lower[k] not in r.g.predicative_markers:
        return False
    for a in range(k - 1, max(f.sent.start, k - 1 - AGENT_WORDS), -1):
        if tt.punct[a]:
            return False
        cue = phrase_length_before(tt.lower, a, r.passive_cues)
        if not cue:
            continue
        spec = r.slots.after(f.scan.doc, f.scan.ms, f.scan.by_start, a, k)
        if spec.kind == "none":
            return False
        f.cand.cue = (tt.idx[a - cue], tt.idx[a - 1] + len(tt.text[a - 1]))
        f.cand.attribute(spec)
        f.cand.partial = True
        return True
    return False


def label_verb(f: Quoted) -> bool:
    """A labelling verb (grammar quote_label_verbs) and at most a short object before the opening mark: its own
    subject speaks, not the sentence's: 'in an operation Turkey called "an act of piracy"' → Turkey."""
    r = f.reader
    if f.cand.cue is not None or not r.label_verbs:
        return False
    tt = token_table(f.scan.doc)
    for v in range(f.o - 1, max(f.sent.start, f.o - 2 - LABEL_OBJECT_WORDS), -1):
        if tt.punct[v] or f.scan.in_mark(v):
            return False
        if tt.lower[v] not in r.label_verbs:
            continue
        spec = r.slots.subject(f.scan.doc, f.scan.ms, v, f.sent.start)
        # Only a speaker right before the verb ("what he called", "Qatar's emir calling"): its subject beyond
        # that is the sentence's guess.
        if (spec.mention.end != v) if spec.mention is not None else (
                spec.span is None or spec.span[1] != tt.idx[v - 1] + len(tt.text[v - 1])):
            return False
        f.cand.cue = (tt.idx[v], tt.idx[v] + len(tt.text[v]))
        f.cand.attribute(spec)
        f.cand.partial = True
        return True
    return False


def cue_before(f: Quoted) -> bool:
    """A cue before the opening mark, same sentence: 'Sitiveni Rabuka mengatakan kepada wartawan, “Pintu Fiji …”'"""
    scan, cand, r = f.scan, f.cand, f.reader
    if cand.cue is not None:
        return False
    doc, ms = scan.doc, scan.ms
    tt = token_table(doc)
    for h in range(bisect_right(scan.hit_ends, f.o) - 1, -1, -1):
        s, e, row = scan.hits[h]
        if s < f.sent.start:
            break
        if row.get("only_after_quote") or scan.in_mark(s):
            continue
        mode = row["speaker"]
        if mode == "clitic":
            continue
        if mode == "after":          # "menurut X, “…”"
            spec = r.slots.after(doc, ms, scan.by_start, e, f.o)
        else:
            spec = r.slots.subject(doc, ms, s, f.sent.start)
        if spec.kind == "none":
            continue
        cand.cue = (tt.idx[s], tt.idx[e - 1] + len(tt.text[e - 1]))
        cand.attribute(spec)
        gap = [w for w, p in zip(tt.lower[e:f.o], tt.punct[e:f.o]) if not (p or w in r.g.complementizers)]
        # Only an addressee may stand between the cue and the quote
        # ("kata X kepada wartawan, “…”"); anything else makes the
        # quote a fragment of reported speech ('said it was "deeply concerned"').
        addressed = bool(gap) and gap[0] in r.g.addressee_markers and len(gap) <= 3
        cand.partial = bool(gap) and not addressed
        cand.addressee = r.slots.addressee(doc, ms, e, f.o)
        if not cand.partial:    # a partial quote leaves the cue to the indirect speech
            scan.used_cues.add(h)
        return True
    return False


def continues_previous(f: Quoted) -> bool:
    """The previous quote goes on: '“Kami datang untuk mendengar,” kata Penny Wong. “Kerja sama ini …”'"""
    # At most the attribution sentence lies between: “A,” kata X dalam jumpa pers. “B.”
    tt = token_table(f.scan.doc)
    if f.cand.cue is not None or f.prev is None or f.prev.spec == "none" or f.o - f.prev_close > 16:
        return False
    if sum(tt.text[i] in ".!?" and not f.scan.in_mark(i) for i in range(f.prev_close + 1, f.o)) > 1:
        return False
    f.cand.spec = "previous"
    return True


def partial_of_subject(f: Quoted) -> bool:
    """A partial quote whose sentence's subject speaks: 'Penny Wong called the talks "a fresh start …"'"""
    if f.cand.spec != "none" or f.o <= f.sent.start:
        return False
    spec = f.reader.slots.subject(f.scan.doc, f.scan.ms, f.o, f.sent.start, at_verb=False)
    if spec.kind == "none":
        return False
    f.cand.attribute(spec)
    f.cand.partial = True
    tt = token_table(f.scan.doc)
    if tt.lower[f.o - 1] in f.reader.g.predicative_markers and spec.mention is not None \
            and spec.mention.start_char < tt.idx[f.o - 1]:
        # 'Korea Utara mengecam pertemuan itu sebagai “persekongkolan”, menurut X': the subject labels it in its
        # own words: the word after it ("mengecam") is the cue, and a report the sentence is of leaves the quote to it.
        v = spec.mention.end if spec.mention.end < f.o - 1 and tt.text[spec.mention.end].islower() else f.o - 1
        f.cand.cue = (tt.idx[v], tt.idx[v] + len(tt.text[v]))
    return True


def opens_paragraph(f: Quoted) -> bool:
    """A quote opening the paragraph with no cue is the last speaker's: '“Kami tidak akan mundur …”'"""
    if f.cand.spec != "none" or f.o != 0:
        return False
    f.cand.spec = "previous_speaker"
    return True


DIRECT_STEPS: tuple[Callable[[Quoted], bool], ...] = (
    cue_after, passive_agent, label_verb, cue_before, continues_previous, partial_of_subject, opens_paragraph)


class DirectQuotes:
    def __init__(self, grammar: Grammar, slots: SpeakerSlots, passive_cues: tuple[tuple[str, ...], ...] = (),
                 label_verbs: frozenset[str] = frozenset()) -> None:
        self.g = grammar
        self.slots = slots
        self.passive_cues = passive_cues    # "disebut", "described by": their agent follows (passive_agent)
        self.label_verbs = label_verbs      # "called", "menjuluki": their subject names the quotation (label_verb)

    def __call__(self, scan: Scan) -> list[Candidate]:
        doc = scan.doc
        cands: list[Candidate] = []
        prev: Candidate | None = None
        prev_close = -1
        for q, (o, c) in zip(scan.marks, scan.mark_tokens):
            cand = Candidate(q.start, q.end, True, None, "none")
            f = Quoted(scan, q, o, c, sentence_of(doc, o), cand, prev, prev_close, self)
            for step in DIRECT_STEPS:
                step(f)
            cands.append(cand)
            prev, prev_close = cand, c
        return cands

    def attributes(self, f: Quoted, s: int, e: int) -> bool:
        """Whether the cue at tokens s..e, after the closing mark, attributes the quote."""
        scan = f.scan
        doc, text = scan.doc, scan.text
        tt = token_table(doc)
        if s >= scan.next_open(f.c, len(doc)):
            return False
        # The cue belongs to this quote's sentence: “A.” kata X, not “A”. Dia mencatat …
        if any(tt.text[i] in ".!?" for i in range(f.c + 1, s)):
            return False
        finished = text[f.mark.close - 1] in ".!?"       # the quotation ends its own sentence
        # '"… anywhere." Umerov said later that …': a cue with content of its
        # own after a finished quoted sentence does not attribute that quote.
        if finished and any(tt.lower[i] in self.g.complementizers for i in range(e, min(len(doc), e + 3))):
            return False
        words = [i for i in range(f.c + 1, s) if not tt.punct[i]]
        # '”…” Begitu kata Kapolres Ade Hariyanto.': a word pointing back at the quote.
        if words and all(tt.lower[i] in self.slots.back_pointers for i in words):
            return True
        # '"… sovereignty." She said the United States …': after a finished
        # quoted sentence, a capitalised cue that goes on is a new sentence.
        if finished and words and tt.text[words[0]][:1].isupper():
            # "Sikorski menambahkan, Kementerian …": a comma after the verb
            # opens the verb's own content, too.
            at = e + 1 if e < len(doc) and tt.text[e] == "," else e
            rest = 0
            while at + rest < len(doc) and not tt.punct[at + rest]:
                rest += 1
            if rest > 3 and (at == e or self.g.clause_like(lowers(doc)[at:at + rest])):
                return False
        # … and attributes it: not '"…" and said Russia would …', nor '"…", while Pakistan said …' (a breaker
        # opens a clause of its own).
        first = words[0] if words else -1
        if words and tt.lower[first] in self.g.breakers and tt.lower[first] not in self.g.relativizers:
            return False
        return not (words and (any(tt.lower[i] in self.g.verb_coordinators for i in words) or not (
            tt.text[first][:1].isupper() or tt.lower[first] in self.slots.pronouns
            or any(i in scan.by_start for i in words[:3])
            or tt.lower[first] in self.g.determiners)))
