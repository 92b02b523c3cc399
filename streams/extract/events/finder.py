"""EventFinder: the per-trigger loop.

For each trigger (triggers.py): the READINGS decide its roles or that there
is no event (readings.py, roles.py), EVENT_RULES adjust them from the act
before, MODALITY_RULES set its modality (modality.py), and the act is kept
as an Act; repeats are merged (merge.py) and the acts published as dicts.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter
from typing import Any

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..mentions import Mention
from ..patterns import PatternSet
from ..syntax import Grammar, char_span, sentence_of, span_text, text_of, token_table
from ..wordclasses import pattern_lowers
from .frame import DROP, Act, Frame, Scene, Trigger, run, travels
from .gate import Gate, asked_before
from .merge import merge_repeats
from .modality import MODALITY_RULES
from .readings import EVENT_RULES, READINGS
from .roles import MONEY_TYPES, ROLE_RULES
from .triggers import find_triggers
from .words import CONTENT_TYPES

NEAR_TOKENS = 250  # tokens around a trigger's sentence whose actors its rules see

_START = attrgetter("start")


class EventFinder:
    def __init__(self, nlp, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.triggers = PatternSet(nlp, lex.event_triggers, lex.words("quantity_words"),
                                   lex.words("inner_quote_marks"))
        # The state this language's press is of (grammar key press_states): whose the street is when nothing says.
        self.press_state = next(iter(lex.grammar["press_states"]), None)
        self.pronouns = frozenset(r["text"].lower() for r in lex.pronouns if r.get("number") == "singular")
        self.plural_pronouns = frozenset(r["text"].lower() for r in lex.pronouns if r.get("number") == "plural")
        self.cues = PatternSet(nlp, [*lex.negation, *lex.modality])
        self.anaphors = {r["text"].lower(): frozenset(r["refers_to"]) for r in lex.event_anaphors}
        # "both sides", "kedua pihak": a pair named by no name (grammar pair_pronouns).
        self.pair_pronouns = lex.phrases("pair_pronouns")
        # "the summit", "KTT tersebut" name a meeting by whom it gathered.
        self.anaphors_by_target = frozenset(r["text"].lower() for r in lex.event_anaphors
                                            if r.get("take") == "targets")
        # "hailed the outcome", "resolusi itu": the body that voted it.
        self.anaphors_by_body = frozenset(r["text"].lower() for r in lex.event_anaphors
                                          if r.get("take") == "body")
        # The markers after a charge that name the act charged ("atas", "melakukan"): charged_noun's need.
        self.charge_markers = frozenset(w for r in lex.event_triggers for w in r.get("charged_after", ()))
        # The verbs that say what a protest was for ("untuk memprotes"): rows whose aim_of holds PROTEST.
        self.protest_aims = frozenset(w for r in lex.event_triggers if "PROTEST" in r.get("aim_of", ())
                                      for w in pattern_lowers(r["pattern"][0]))
        # Word sets named by the rules' needs are the grammar's, else this finder's ("pronouns").
        self.gate = Gate(grammar, (self,), (READINGS, ROLE_RULES, EVENT_RULES, MODALITY_RULES))

    def find_triggers(self, doc: Doc) -> list[Trigger]:
        return find_triggers(doc, self.triggers, self.g)

    def _cue_kind(self, row: dict, low: list[str], e: int) -> str:
        """The cue's modality; a negation before a word of doubt, past the auxiliaries, affirms: "tak akan |
        ragu", "would not | hesitate" say the act will come (the cue stays, a clause's mark, asserting)."""
        if row.get("refusal"):
            return "refused"
        if "affirmed_next" in row:
            skip = self.g.preverbal
            while e < len(low) and low[e] in skip:
                e += 1
            if e < len(low) and low[e] in row["affirmed_next"]:
                return "asserted"
        return row["modality"]

    def __call__(self, doc: Doc, ms: list[Mention], quote_speakers: list[tuple[int, int, Any]],
                 dates, published, ctx=None, reported: list[tuple[int, int, Any]] = ()) -> list[dict[str, Any]]:
        """quote_speakers: direct quotes with their speakers; reported: every
        quote, direct or not, with its speaker (char offsets of the content)."""
        triggers = self.find_triggers(doc)
        if not triggers:
            return []
        # A refusal ("refused to", "menolak untuk") negates the act and is itself a rejection.
        # A cue may be no cue before some words ("pesawat tanpa | awak": a drone).
        tt = token_table(doc)
        low = tt.lower
        n = len(low)
        cues = [(s, e, self._cue_kind(row, low, e)) for s, e, row in self.cues(doc)
                if e >= n or low[e] not in row.get("unless_next", ())]
        relatives = self.g.relative_clauses(doc, 0, n) if cues else []
        text = text_of(doc)
        firsts = list(map(_START, ms))     # mentions come sorted by start (in C: no comprehension)
        starts = set(firsts)
        asks = [r for r in triggers if r.row["type"] in CONTENT_TYPES]
        # Countries after a location marker ("in Gaza", "di Kairo"): where the acts of their sentence are.
        places = [m for m in ms if m.type == "COUNTRY" and m.start > 0
                  and low[m.start - 1] in self.g.location_markers]
        every = ms
        acts: list[Act] = []
        x = None
        for t in triggers:
            sent = sentence_of(doc, t.start)
            # The actors a trigger's rules look at: those of its sentence and of
            # NEAR_TOKENS around it (a whole news paragraph, the longest of our
            # gold has 81 tokens), so a paragraph of thousands of actors and
            # triggers costs linear time, not their product.
            lo = bisect_left(firsts, sent.start - NEAR_TOKENS)
            hi = bisect_left(firsts, sent.end + NEAR_TOKENS)
            whole = lo == 0 and hi == len(every)
            near, near_starts = (every, firsts) if whole else (every[lo:hi], firsts[lo:hi])
            before = next((a for a in reversed(acts) if a.sentence["start"] == sent.start_char), None) \
                if acts else None
            lead = self.g.before_auxiliaries(doc, t.start, sent.start)
            if x is None:
                x = Scene(self, self.g, doc, low, tt, near, near_starts, t, t.row, sent, lead, ctx, acts, before,
                          quote_speakers, reported, asks, cues, relatives, starts, text,
                          self.gate.paragraph(low, cues, quote_speakers, doc))
            else:
                x.move_to(t, sent, lead, near, near_starts, before)
            x.bits = self.gate.trigger(before, x.words, asked_before(x))
            f = run(READINGS, Frame(x))
            if f.stop == DROP:
                continue    # nobody acting, or not an act of its own
            f = run(MODALITY_RULES, run(EVENT_RULES, f))
            acts += self._acts(f, places, dates, published)
        return list(map(Act.record, merge_repeats(doc, acts, self.g)))

    def _acts(self, f: Frame, places: list[Mention], dates, published) -> list[Act]:
        """The act a decided frame makes, then one per later meeting and per gapped donor."""
        x = f.x
        doc, t, sent, text, row = x.doc, x.t, x.sent, x.text, x.row
        coded = f.coded or row
        amount = x.g.amount.search(text, sent.start_char, sent.end_char) if row["type"] in MONEY_TYPES else None
        a, b = char_span(doc, t.start, t.end)
        where, when = self._location(x, f.targets, places), self._date(dates, doc, sent, published)
        act = Act(t, coded["type"], coded.get("mode"), coded.get("cameo"),
                  {"text": span_text(doc, t.start, t.end), "start": a, "end": b},
                  list(f.sources), list(f.targets), where, when,
                  {"text": text[sent.start_char:sent.end_char], "start": sent.start_char, "end": sent.end_char},
                  f.modality, amount.group(0).strip() if amount else None,
                  round(0.75 + (0.1 if f.inferred else 0.25) * bool(f.targets), 2))
        out = [act]
        if f.turns:     # (most acts: none, and no comprehension made)
            out += [replace(act, targets=list(turn)) for turn in f.turns]
        if f.beside:
            out += [replace(act, type=kind, mode=mode, cameo=cameo, modality=modality)
                    for kind, mode, cameo, modality in f.beside]
        for group, at, money in f.gapped:
            out.append(replace(act, trigger=Trigger(at, at + 1, row),
                               span={"text": money.group(0), "start": money.start(), "end": money.end()},
                               sources=list(group), targets=list(act.targets), amount=money.group(0)))
        return out

    @staticmethod
    def _location(x: Scene, targets: list[Mention], places: list[Mention]) -> dict | None:
        """The first place named in the sentence, else the country a visit goes to."""
        place = next((m for m in places if x.sent.start <= m.start and m.end <= x.sent.end), None)
        if place is not None:
            return place.actor()
        if travels(x.row):
            host = next((m for m in targets if m.from_text and m.type == "COUNTRY"), None)
            if host:
                return host.actor()
        return None

    @staticmethod
    def _date(dates, doc: Doc, sent, published) -> dict | None:
        found = dates.find(doc, sent.start_char, sent.end_char, published)
        if not found:
            return None
        d = found[0]
        return {"text": d["text"], "value": d["value"]}

