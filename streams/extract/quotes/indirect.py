"""Indirect speech: each cue no direct quote took reports a span of its
sentence.  What the span is depends on the cue:

    clitic aside    "Moskow, katanya, akan membalas": the rest of the sentence
    around          "Menurut X, …" / "…, according to X.": the other side of the sentence
    verb            "X said (that) …": the clause after the verb, up to where the
                    reporter's voice goes on; or "…, X said." : the clause before it

Quoted fragments inside a reported span share its speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import compress, repeat
from operator import eq
from typing import TYPE_CHECKING

from ..dates import date_finder
from ..lexicon import Lexicon
from ..mentions import Mention
from ..syntax import Grammar, lowers, sentence_of, token_starts, token_table
from .cues import SPEECH_VERB
from .scan import NO_SPEAKER, Candidate, Scan, Spec
from .slots import SpeakerSlots

if TYPE_CHECKING:       # annotations only: syntax.py need not keep exporting the classes
    from ..syntax import Sentence, TokenTable

MIN_INDIRECT_TOKENS = 3
ASIDE_SPEAKER_WORDS = 5  # "…, kata salah satu pejabat tersebut, …": the words of a speaker set off by commas
OF_ADDRESSEE_WORDS = 5   # "memperingatkan Amerika Serikat dan Korea Selatan akan adanya …": the addressee before "of"
AROUND_PHRASE_WORDS = 8  # "menurut X …, …": the words of the speaker's phrase after its actor, to its comma
TOLD_OBJECT_WORDS = 3    # "told a news conference": the words of a told object after its determiner
ADJUNCTS_BEFORE_CLAUSE = 2   # "said in an interview on Sunday it was …"
OPENER_WORDS = 4        # "Dalam kunjungan itu,", "In a speech on Monday,": an adverbial phrase opening the sentence
PREPOSITIONAL_TAIL_WORDS = 8   # "in a statement posted on its Telegram channel"
ASIDE_DATE_WORDS = 3     # "said on Monday," : the date between an attribution's verb and its comma
NEAR_COMMA_TOKENS = 9    # the tokens between a final cue and its comma, whatever they are
FINAL_SPEAKER_TOKENS = 14  # "…, Qatar's Minister of State Mohammed Al-Khulaifi told reporters.": its tokens
SHORT_SPEAKER_WORDS = 5  # "…, the Kurdistan region's counter-terrorism service said, …": an unknown speaker's phrase
NAME_REST_WORDS = 8     # the words of a speaker's name going on past its first actor ("Biro Tani Nasional Bolivia")
SEAT_WORDS = 2          # "…, kata KBRI Kuala Lumpur.": the seat's words after a mission's abbreviation
Found = tuple[Spec, tuple[int, int]]     # the speaker spec and the content's tokens a..b


class IndirectSpeech:
    def __init__(self, lex: Lexicon, grammar: Grammar, slots: SpeakerSlots) -> None:
        self.g = grammar
        self.slots = slots
        self.dates = date_finder(lex.lang)
        self.adjuncts = lex.words("quote_attribution_adjuncts")
        self.source_tails = lex.phrases("quote_source_tails")     # "…, seperti dilansir Reuters"
        self.object_nouns, self.of_markers, self.gap_verbs = map(lex.words, (   # "menyatakan perang terhadap …",
            "quote_object_nouns", "quote_of_markers", "quote_gap_verbs"))   # "… Seoul akan adanya", "X said were …"
        self.aside_openers, self.told_stops = _aside_words(lex, grammar, slots)

    def __call__(self, scan: Scan, direct: list[Candidate]) -> list[Candidate]:
        doc, text, tt = scan.doc, scan.text, token_table(scan.doc)
        punct, txt, idx = tt.punct, tt.text, tt.idx
        out: list[Candidate] = []
        mark_opens = [m.open for m in scan.marks]
        direct_starts = [c.start for c in direct]     # in text order
        for h, (s, e, row) in enumerate(scan.hits):
            if h in scan.used_cues or not _reads_here(row, txt, s) or _tail_at(self.source_tails, tt.lower, s) \
                    or scan.in_mark(s):
                continue
            sent = sentence_of(doc, s)
            end_tok = sent.end
            while end_tok > e and (punct[end_tok - 1] or txt[end_tok - 1] in "”\"’»"):
                end_tok -= 1
            if row["speaker"] == "clitic" and row.get("content") == "around":
                found = self._clitic_around(scan, s, e, sent, end_tok)
            elif row["speaker"] == "clitic":
                found = self._clitic_aside(scan, s, e, sent, end_tok)
            elif row.get("content") == "around":
                found = _unless_outlet(out, self._content_around(scan, s, e, sent, end_tok), idx, s)
            else:
                # A report before it in the sentence: "…, adding that …" may go on for its speaker.
                went_on = _report_before(out, direct, direct_starts, idx[sent.start], idx[s])
                found = self._content_of_verb(scan, s, e, row, sent, end_tok, went_on)
            if found is None:
                continue
            spec, (a, b) = found
            if b - a < MIN_INDIRECT_TOKENS:
                continue
            # Content that is itself one quotation is direct speech, not indirect
            # (marks do not overlap: only the last one opening by idx[a] can hold it).
            k = bisect_right(mark_opens, idx[a]) - 1
            if k >= 0 and idx[a] <= scan.marks[k].start and scan.marks[k].close >= idx[b - 1]:
                continue
            start_char, end_char = idx[a], idx[b - 1] + len(txt[b - 1])
            while end_char > start_char and text[end_char - 1] in " ,.;:”\"’»":
                end_char -= 1
            if _nested(out, idx[s], start_char):
                continue
            cand = Candidate(start_char, end_char, False,
                             (idx[s], idx[e - 1] + len(txt[e - 1])), spec.kind, spec.mention, spec.span)
            _append_report(out, cand, spec, direct, direct_starts, row)
            _share_speaker(cand, spec, direct, direct_starts)
        return out

    def _clitic_aside(self, scan: Scan, s: int, e: int, sent: Sentence, end_tok: int) -> Found | None:
        """"Moskow, katanya, akan membalas": a clitic cue set off by commas
        inside the sentence reports the rest of it; one that ends the sentence
        after a comma ("Pasukan itu mundur, ujarnya.") reports what came before."""
        tt = token_table(scan.doc)
        if not (sent.start < s - 1 and tt.text[s - 1] == ","):
            return None
        if e >= end_tok:
            return Spec("previous_speaker", None, None), (sent.start, s - 1)
        if tt.text[e] != ",":
            return None
        return Spec("previous_speaker", None, None), (e + 1, end_tok)

    def _content_around(self, scan: Scan, s: int, e: int, sent: Sentence, end_tok: int) -> Found | None:
        """"menurut X, …" / "…, menurut X." / "according to X, …"."""
        doc, tt = scan.doc, token_table(scan.doc)
        spec = self.slots.after(doc, scan.ms, scan.by_start, e, end_tok)
        if spec.kind == "none":
            return None
        if spec.mention is not None:
            after = spec.mention.end
        elif spec.kind == "agency":     # "Menurut kantor berita Antara, …": past the agency's phrase
            after = bisect_left(token_starts(doc), spec.span[1])
        else:
            after = e + 1
        return spec, self._around(tt, s, after, sent, end_tok)

    def _clitic_around(self, scan: Scan, s: int, e: int, sent: Sentence, end_tok: int) -> Found | None:
        """"Menurutnya, …" / "…, menurutnya.": the speaker is on the cue (the
        last one), the content on the other side of the sentence."""
        return Spec("previous_speaker", None, None), self._around(token_table(scan.doc), s, e, sent, end_tok)

    def _around(self, tt: TokenTable, s: int, after_speaker: int, sent: Sentence, end_tok: int) -> tuple[int, int]:
        """The content of an "around" cue at s whose speaker ends before
        after_speaker: the rest of the sentence, or what came before the cue."""
        # "Namun, menurut dia, …" / "However, according to X, …": a connective
        # before the cue still leaves it at the head of the sentence.
        lead = 0        # words before the cue, counted up to 2
        for i in range(sent.start, s):
            lead += not tt.punct[i]
            if lead > 1:
                break
        if s <= sent.start + 1 or (lead == 1 and tt.text[s - 1] == ","):
            a = after_speaker
            # The rest of the speaker's phrase runs to its comma: "According to Iran's state news agency IRNA, …".
            comma = next((i for i in range(a, min(end_tok, a + AROUND_PHRASE_WORDS)) if tt.text[i] in ",;:"), None)
            if comma is not None and tt.text[comma] == "," and not any(tt.alpha[i] and (
                    self.g.verb_like(tt.lower[i]) or tt.lower[i] in self.g.finite_markers) for i in range(a, comma)):
                a = comma + 1
            while a < end_tok and (tt.punct[a] or tt.lower[a] in self.g.complementizers):
                a += 1
            return a, end_tok
        b = s
        while b > sent.start and tt.punct[b - 1]:
            b -= 1
        return sent.start, b

    def _content_of_verb(self, scan: Scan, s: int, e: int, row: dict, sent: Sentence,
                         end_tok: int, went_on: Candidate | None = None) -> Found | None:
        """The reported clause of a verb: before it, for a sentence-final
        attribution ("…, kata X." / "…, X said."), else after it ("X said (that) …")."""
        doc, tt, mode = scan.doc, token_table(scan.doc), row["speaker"]
        comma = _speaker_comma(self.g, tt, s, sent.start)
        spec = self._final_attribution(scan, s, e, mode, sent, end_tok, comma, bool(row.get("object_told")))
        if spec is not None and comma is not None and not _adverbial_opener(self.g, tt, sent.start, comma):
            return spec, (sent.start, comma)
        if mode not in ("before", "either"):
            return _named_aside(self.slots, scan, s, e, end_tok)
        spec = NO_SPEAKER if _after_final(went_on, tt, s) else self.slots.subject(doc, scan.ms, s, sent.start)
        if spec.kind == "none" and went_on and _goes_on(self.g, tt, s):
            spec = Spec("previous", None, None)     # "The ministry said …, adding that …"
        if spec.kind == "none":
            return None
        a = self._clause_start(doc, e, end_tok, scan.cue_starts, scan.by_start if row is not SPEECH_VERB else {},
                               scan.ms if row.get("object_told") else None, scan.ms, bool(row.get("clause")),
                               scan.in_mark)
        return None if a is None else (spec, (a, _gap_clause_end(self, tt, a, self._content_end(scan, a, end_tok))))

    def _final_attribution(self, scan: Scan, s: int, e: int, mode: str, sent: Sentence, end_tok: int,
                           comma: int | None, told: bool = False) -> Spec | None:
        """The speaker of an attribution that ends the sentence, after its
        content: "…, said X." (the speaker after the verb) or "…, X said (on
        Sunday)." (the speaker before it, nothing reported after the verb)."""
        doc, ms = scan.doc, scan.ms
        tt = token_table(doc)
        spec = NO_SPEAKER
        # "said X" only right after a comma or a mark ("…, said X");
        # otherwise the words after the verb are what was said.
        inverted = s > sent.start and (tt.punct[s - 1] or mode == "after")
        if mode in ("after", "either") and inverted:
            spec = _name_run(self.g, scan, self.slots.after(doc, ms, scan.by_start, e, min(end_tok, e + 3)), end_tok)
            # "…, said X." ends with its speaker; '…," said Kenya would …' does not.
            if spec.mention is not None and spec.mention.end < end_tok and not tt.punct[spec.mention.end] \
                    and not self._adjunct_tail(doc, spec.mention.end, end_tok):
                spec = NO_SPEAKER
        # "…, kata para diplomat.", "…, kata kementerian luar negeri.": ends where the phrase does
        if spec.kind in ("anonymous", "agency") or spec.kind in ("org", "described") and spec.mention is None:
            spoken_end = bisect_left(token_starts(doc), spec.span[1])
        else:
            spoken_end = spec.mention.end if spec.mention else e + 1
        if spec.kind != "none" and self._adjunct_tail(doc, spoken_end, end_tok):
            return spec
        if comma is None or mode not in ("before", "either") or spec.kind != "none":
            return None
        sb = self.slots.before(doc, ms, comma + 1, s)
        # "…, X said (on Sunday)." — nothing reported after the verb; the tail
        # may carry a date and a trailing clause ("…, Macron said Sunday, two months after …").
        aside = self._aside_end(doc, e, end_tok)
        tail = tt.lower[e:aside if aside is not None else end_tok]
        that_follows = not self.g.complementizers.isdisjoint(tail)     # (a set test in C, no generator)
        # "…, Macron said Sunday, two months after …": a date, then a comma or the end.
        dated = len(tail) > 0 and bool(self.dates.find(doc, tt.idx[e], tt.idx[e] + len(tt.text[e]) + 12)) \
            and (len(tail) == 1 or tt.punct[e + 1])
        adjunct = _short_adjunct(self.g, self.adjuncts, tail, told, tt.text[e:e + len(tail)])
        # "…, where she said": a relative clause's verb reports what follows it.
        relative = any(tt.lower[i] in self.g.relativizers or tt.lower[i] in self.g.breakers
                       for i in range(comma + 1, s))
        # "…, a court spokeswoman said.": any short phrase in the speaker slot (words, not hyphen-split tokens).
        short = sb.kind == "context" and len(scan.text[tt.idx[comma + 1]:tt.idx[s]].split()) <= SHORT_SPEAKER_WORDS
        if (sb.kind in ("explicit", "pronoun", "org", "anonymous", "described", "agency") or short) \
                and (dated or adjunct or aside is not None or bool(tail) and tail[0] in self.g.breakers) \
                and not that_follows and not relative:
            return sb
        return None

    def _aside_end(self, doc, e: int, end_tok: int) -> int | None:
        """The comma that closes an attribution set inside its sentence, the
        reporter's voice going on after it: "…, officials said, but thousands
        remained …", "…, it said on Monday, a slight upgrade from …"."""
        tt = token_table(doc)
        k = next((i for i in range(e, min(end_tok, e + ASIDE_DATE_WORDS + 1)) if tt.text[i] == ","), None)
        if k is None or k + 1 >= end_tok:
            return None
        if k == e:      # right after the verb: only a contrast or a participle goes on ("…, X said, but …")
            return k if _aside_opener(self.aside_openers, tt, k + 1) or _participle_aside(self.g, tt, k + 1) else None
        dated = bool(self.dates.find(doc, tt.idx[e], tt.idx[k]))
        return k if dated else None

    def _adjunct_tail(self, doc, i: int, end_tok: int) -> bool:
        """Nothing but adjuncts from token i to the sentence's end, after the speaker of a final attribution: "…, kata
        X kepada wartawan di Jakarta", "…, kata X dalam keterangan tertulis", "…, kata junta Myanmar, Senin (2/2)"."""
        tt = token_table(doc)
        i = _past_name_rest(self.g, tt, _past_apposed(self.g, self.slots.title_firsts, tt, i, end_tok), end_tok)
        if i >= end_tok:
            return True
        if any(w in self.g.complementizers for w in tt.lower[i:end_tok]):
            return False
        if tt.lower[i] in self.adjuncts or _seat_tail(self.slots.seated, tt, i, end_tok):
            return True
        # ", who spoke on …", "yang mengetahui …": a relative clause on the speaker; ", days after …": an aside.
        if tt.lower[i] in self.g.relativizers or tt.text[i] == "," and i + 1 < end_tok \
                and (tt.lower[i + 1] in self.g.relativizers or tt.lower[i + 1] in self.aside_openers):
            return True
        k = i + 1       # ", Senin (2/2/2026)": a date after a comma
        return tt.text[i] == "," and k < end_tok and \
            bool(self.dates.find(doc, tt.idx[k], tt.idx[k] + len(tt.text[k]) + 12))

    def _clause_start(self, doc, e: int, end_tok: int, cue_starts: frozenset[int] | set[int] = frozenset(),
                      actor_starts: dict[int, int] | None = None, told: list[Mention] | None = None,
                      ms: list[Mention] | None = None, bare: bool = False,
                      in_mark: Callable[[int], bool] | None = None) -> int | None:
        """Where the reported clause after the verb ending at e starts, or None
        when what follows is no clause ("menyampaikan terima kasih kepada …")."""
        tt = token_table(doc)
        a = e
        # Skip an addressee ("kepada wartawan", "told reporters") up to the clause.
        if a < end_tok and tt.lower[a] in self.g.addressee_markers:
            k = a + 1
            while k < end_tok and tt.alpha[k] and tt.lower[k] not in self.g.complementizers and k - a < 4:
                k += 1
            a = k
        # "said in a statement that"; not a "that" in quote marks, nor after a finite verb ("was to blame for X that")
        that = next((i for i in range(a, min(end_tok, a + 9)) if tt.lower[i] in self.g.complementizers
                     and not (in_mark is not None and in_mark(i))
                     and self.g.finite_markers.isdisjoint(tt.lower[a:i])), None)
        # Not the "that" of another cue: "mengatakan X, seraya menambahkan bahwa …".
        if that is not None and not any(tt.text[i] in ".;" or i in cue_starts for i in range(a, that)):
            a = that + 1
        else:
            if told is not None:    # "told reporters the talks …", "told the BBC Moscow …": the object is who is told
                a = _told_object_end(self.g, self.told_stops, tt, a, end_tok, actor_starts or {}, told)
            if actor_starts is not None and ms is not None:
                a = self._past_adjuncts(tt, a, end_tok, actor_starts, ms)
            if _no_clause(self.g, tt, a, end_tok, actor_starts, bare, self.object_nouns, self.of_markers):
                return None
        while a < end_tok and (tt.punct[a] or tt.lower[a] in self.g.complementizers):
            a += 1
        return a

    def _past_adjuncts(self, tt: TokenTable, a: int, end_tok: int, actor_starts: dict[int, int],
                       ms: list[Mention]) -> int:
        """Past the adjuncts of the attribution before a clause with no "that": "said in a statement it
        was …", "said on Facebook Budapest would …", "mengatakan dalam jumpa pers, Indonesia akan …"."""
        g, start = self.g, a
        for _ in range(ADJUNCTS_BEFORE_CLAUSE):
            w = tt.lower[a] if a < end_tok else ""
            if w not in self.adjuncts or w not in g.prepositions or w in g.breakers or w in g.complementizers:
                break
            comma = next((k for k in range(a + 1, min(end_tok, a + 2 + TOLD_OBJECT_WORDS)) if tt.punct[k]), None)
            if comma is not None and tt.text[comma] == ",":     # "dalam jumpa pers, …"
                a = comma + 1
                continue
            a = _told_object_end(self.g, self.told_stops, tt, a + 1, end_tok, actor_starts, ms)
        if a == start or not (self.g.clause_like(tt.lower[a:end_tok]) or _actor_predicate(self.g, tt, a, end_tok,
                                                                                                 actor_starts)):
            return start
        return a

    def _stops(self, scan: Scan) -> list[int]:
        """Tokens where _content_end may stop: a breaker or verb coordinator,
        or a comma, with a cue close after it or a comma before it."""
        if scan.stops is None:
            low = lowers(scan.doc)
            # Only the tokens just before a cue or just after a comma can stop.
            near = {c - k for c in scan.cue_starts for k in (1, 2)}
            near.update(j + 1 for j in compress(range(len(low)), map(eq, low, repeat(","))))     # (commas found in C)
            scan.stops = sorted(i for i in near if 1 <= i < len(low) and (
                low[i] in self.g.breakers or low[i] in self.g.verb_coordinators or low[i] == ","))
        return scan.stops

    def _content_end(self, scan: Scan, a: int, end_tok: int) -> int:
        """Reported words stop where the sentence goes on in the reporter's
        voice: "…, while X said", "but added that …", "…, dan memperingatkan bahwa …"."""
        low = lowers(scan.doc)
        cue_starts = scan.cue_starts
        stops = self._stops(scan)
        for j in range(bisect_right(stops, a), len(stops)):     # only where a rule below can fire
            i = stops[j]
            if i >= end_tok:
                break
            if scan.in_mark(i):
                continue
            joins = low[i] in self.g.breakers or low[i] in self.g.verb_coordinators
            if low[i] in self.g.breakers and low[i - 1] == "," and i - a > 3:
                return i - 1
            # "…, dengan mengatakan …", "…, saying …": a new report begins.
            if low[i] == "," and i - a > 3 and any(k in cue_starts for k in range(i + 1, min(end_tok, i + 3))):
                return i
            # (a cue right after "and"/"dan" goes on in the same report, to the end of the sentence, as the gold
            # README has it: "said A and warned that B" is one quote; past a comma it is a report of its own)
            if joins and any(k in cue_starts for k in range(i + 1, min(end_tok, i + 3))) \
                    and not (low[i] in self.g.verb_coordinators and i + 1 in cue_starts):
                return i - 1 if low[i - 1] == "," else i
        return _source_tail(self.source_tails, low, a, end_tok)


def _gap_clause_end(speech: IndirectSpeech, tt: TokenTable, a: int, end: int) -> int:
    """A reported clause that opens with its finite verb has its subject before the speaker, in a relative clause
    ('struck what the army said were rebel depots, killing …', 'men who police said had fired first, as …'): it
    ends at its first comma or breaker, where the reporter's sentence goes on (grammar quote_gap_verbs)."""
    if a >= end or tt.lower[a] not in speech.gap_verbs:
        return end
    return next((i for i in range(a + 1, end) if tt.text[i] in ",;" or tt.lower[i] in speech.g.breakers), end)


def _tail_at(tails: tuple[tuple[str, ...], ...], low: list[str], s: int) -> bool:
    """A cue right after a comma that opens a source tail ("…, mengutip Al Jazeera.") reports nothing of its own;
    the same verb after its own subject does ("…, Yonhap mengutip seorang pejabat.")."""
    return s > 0 and low[s - 1] == "," and any(tuple(low[s:s + len(p)]) == p for p in tails)


def _source_tail(tails: tuple[tuple[str, ...], ...], low: list[str], a: int, end: int) -> int:
    """Nor is the outlet the reporter took them from: '…, seperti dilansir Reuters.' (grammar
    quote_source_tails) ends the reported words at its comma."""
    if not tails or "," not in low[a:end]:
        return end      # most reports
    for i in range(a + 1, end):
        if low[i] == "," and any(tuple(low[i + 1:i + 1 + len(p)]) == p for p in tails):
            return i
    return end


def _actor_predicate(g: Grammar, tt: TokenTable, a: int, end_tok: int, actor_starts: dict[int, int] | None) -> bool:
    """A listed reporting verb followed by an actor and a verbless predicate reports a clause:
    "Putin mengatakan Moskow terbuka untuk perundingan", "menyebut pihaknya siap membantu"."""
    if not actor_starts or a not in actor_starts or end_tok - a < MIN_INDIRECT_TOKENS:
        return False
    # The actor's predicate follows it: not "told Reuters on Monday", "said Lavrov, who …".
    k = a + 1
    while k < end_tok and tt.text[k][:1].isupper():
        k += 1
    if k >= end_tok or not tt.alpha[k] or tt.lower[k] in g.prepositions or tt.lower[k] in g.determiners \
            or tt.lower[k] in g.relativizers or tt.lower[k] in g.complementizers:
        return False
    return not any(w in g.predicative_markers for w in tt.lower[a:a + 4])


def _no_clause(g: Grammar, tt: TokenTable, a: int, end_tok: int, actor_starts: dict[int, int] | None, bare: bool,
               nouns: frozenset[str], of_markers: frozenset[str]) -> bool:
    """What follows a reporting verb from token a, with no "that", is no clause it reports: a noun phrase
    ("menyampaikan terima kasih kepada …"), a noun object, or a warning's "of" and its noun."""
    if _closed_subject(g, tt, a, end_tok):
        return False
    if not (g.clause_like(tt.lower[a:end_tok]) or _actor_predicate(g, tt, a, end_tok, actor_starts)
            or bare and _bare_clause(g, tt, a, end_tok)):
        return True
    return _noun_object(g, tt, a, end_tok, nouns) or _warned_of(g, tt, a, end_tok, of_markers, nouns)


def _closed_subject(g: Grammar, tt: TokenTable, a: int, end_tok: int) -> bool:
    """A noun phrase a demonstrative closes, then a predicate with no verb, is a clause: 'Kremlin menyebut pertemuan
    itu produktif' (not 'menyampaikan pesan itu kepada …', 'menyebut langkah itu sebagai provokasi', nor a joining
    word after it: 'menyatakan dukungannya terhadap kesepakatan tersebut dan mendesak …')."""
    k = next((i for i in range(a + 1, min(end_tok, a + 4)) if tt.lower[i] in g.demonstratives), None)
    if k is None or k + 1 >= end_tok or not tt.alpha[k + 1] or any(tt.punct[i] for i in range(a, k)):
        return False
    w = tt.lower[k + 1]
    return w not in g.prepositions and w not in g.predicative_markers and w not in g.relativizers \
        and w not in g.complementizers and w not in g.verb_coordinators and not tt.text[k + 1][:1].isupper()


def _noun_object(g: Grammar, tt: TokenTable, a: int, end_tok: int, nouns: frozenset[str] = frozenset()) -> bool:
    """What follows the verb is its object, a derived noun (or one of grammar quote_object_nouns) with no verb
    before the first comma or breaker: "menyampaikan keprihatinan atas tindakan …", "mengumumkan pemutusan
    hubungan …, menyusul …", "menyatakan perang terhadap Korea Selatan pada 2013, meski …"."""
    first = next((i for i in range(a, end_tok) if not tt.punct[i]), end_tok)
    if first >= end_tok or not (g.nominal(tt.text[first]) or tt.lower[first] in nouns
                                or _owned_noun(g, tt.lower[first], nouns)):
        return False
    # The phrase ends at a comma, a breaker, or a verb joined to the reporting verb ("menyatakan dukungan
    # penuh bagi Manila | dan mengirim kapal induk …", "… | dan akan mengirim …": the subject's second act,
    # not the clause's verb).
    head = next((i for i in range(first + 1, end_tok) if tt.text[i] == "," or tt.lower[i] in g.breakers
                 or tt.lower[i] in g.verb_coordinators and _joined_verb(g, tt.lower, i + 1, end_tok)), end_tok)
    # A preposition shaped like a verb prefix ("di") is none.
    return not any(w not in g.prepositions and (g.verb_like(w) or w in g.finite_markers)
                   for w in tt.lower[first + 1:head])


def _joined_verb(g: Grammar, low: list[str], k: int, end_tok: int) -> bool:
    """A verb at k, or after one or two preverbal words ("dan kembali menyerukan", "and will send")."""
    while k < end_tok - 1 and low[k] in g.preverbal:
        if g.verb_like(low[k]):
            return True
        k += 1
    return k < end_tok and g.verb_like(low[k])


def _owned_noun(g: Grammar, w: str, nouns: frozenset[str]) -> bool:
    """A derived or listed noun with a possessive clitic on it is an object too: "menyatakan dukungannya terhadap
    …", "menyatakan solidaritasnya dengan …" (grammar object_clitics; not "pemerintahnya tidak akan …")."""
    c = next((c for c in g.object_clitics if w.endswith(c) and len(w) > len(c) + 3), None)
    return c is not None and (g.nominal(w[:-len(c)]) or w[:-len(c)] in nouns)


def _warned_of(g: Grammar, tt: TokenTable, a: int, end_tok: int, of_markers: frozenset[str],
               nouns: frozenset[str]) -> bool:
    """A warning's addressee, then a word meaning "of" (grammar quote_of_markers) and a noun, is no reported clause:
    "memperingatkan Finlandia akan ”konsekuensi serius” bila …", "memperingatkan Seoul akan adanya pembalasan";
    "warned Kabul of 'full-scale war'", "warned of famine", "warned Tokyo against interfering …" (a marker that is
    no finite verb needs no noun after it: only nothing or a name before it and no name after it, not "said
    Secretary of State Rubio would …")."""
    if not of_markers:
        return False
    k = next((i for i in range(a, min(end_tok, a + OF_ADDRESSEE_WORDS + 1)) if tt.lower[i] in of_markers), None)
    if k is None or any(g.verb_like(w) or w in g.finite_markers for w in tt.lower[a:k]):
        return False
    n = next((i for i in range(k + 1, end_tok) if not tt.punct[i]), end_tok)
    if tt.lower[k] in g.finite_markers:     # "akan" is also "will": an addressee, then a noun
        return k > a and n < end_tok and (tt.lower[n] in nouns or g.nominal(tt.text[n]))
    return (k == a or tt.text[a][:1].isupper()) and n < end_tok and not tt.text[n][:1].isupper()


def _bare_clause(g: Grammar, tt: TokenTable, a: int, end_tok: int) -> bool:
    """After a verb that only ever reports a clause (reporting_verbs "clause"), one its affixes do not show:
    "Warga mengatakan suara tembakan terdengar sejak pagi", "said the strike hit a refinery"; not a derived
    noun ("mengatakan keprihatinan …") nor a predicative phrase."""
    first = next((i for i in range(a, end_tok) if not tt.punct[i]), end_tok)
    return end_tok - first >= MIN_INDIRECT_TOKENS and not g.nominal(tt.text[first]) \
        and not any(w in g.predicative_markers for w in tt.lower[first:first + 4])


def _short_adjunct(g: Grammar, adjuncts, tail: list[str], told: bool, texts: list[str] = ()) -> bool:
    """The words after a sentence-final "X said" are an adjunct ("on Sunday", "reporters" after "told"), not a
    short clause: "…, BMKG menyebut gempa itu dangkal." (a noun its demonstrative closes, then a predicate)
    reports it; "dalam pernyataan itu" opens with a preposition, an adjunct."""
    return len(tail) <= 6 and not g.clause_like(tail) and (
        told or not tail or tail[0] in g.prepositions or tail[0] in adjuncts
        or not any(w in g.demonstratives for w in tail[1:-1])) or _prepositional_tail(g, adjuncts, tail, texts)


def _prepositional_tail(g: Grammar, adjuncts, tail: list[str], texts: list[str]) -> bool:
    """A tail that opens with a preposition and holds no finite verb is where and how it was said, even with a
    participle in it: "…, Erdogan said in a televised speech.", "…, the ministry said in a statement posted on
    Telegram." A participle after a name may be a clause's verb ("said in Kyiv Russia attacked …"): not this."""
    if not tail or len(texts) < len(tail) or len(tail) > PREPOSITIONAL_TAIL_WORDS or tail[0] not in g.prepositions \
            or tail[0] not in adjuncts:
        return False
    if any(w in g.finite_markers or w in g.complementizers or w in g.relativizers for w in tail):
        return False
    return not any(g.verb_like(w) and texts[k - 1][:1].isupper() for k, w in enumerate(tail) if k > 0)


def _adverbial_opener(g: Grammar, tt: TokenTable, a: int, comma: int) -> bool:
    """The words before an attribution's comma are where or when, not what was said, when a preposition opens them
    and no verb follows: 'Dalam kunjungan itu, Sugiono menjelaskan posisi Indonesia …', 'In Kyiv, X said …'."""
    return comma - a <= OPENER_WORDS and tt.lower[a] in g.prepositions and not g.clause_like(tt.lower[a + 1:comma])


def _aside_words(lex: Lexicon, g: Grammar, slots: SpeakerSlots) -> tuple[frozenset[str], dict[str, str]]:
    """What opens an aside after an attribution's comma ("…, X said, but …", "…, it said, citing …": breakers,
    contrasts, prepositions, grammar quote_aside_openers), and where a told object or an adjunct ends (a speaker
    pronoun, or one that opens a clause, grammar quote_clause_subjects: "said in a statement it welcomed …")."""
    openers = lex.words("quote_aside_openers") | g.prepositions | g.breakers | g.contrast_coordinators
    return openers, {**slots.pronouns, **dict.fromkeys(lex.words("quote_clause_subjects"), "singular")}


def _aside_opener(openers: frozenset[str], tt: TokenTable, i: int) -> bool:
    """A preposition or a participle that opens no clause of its own after an attribution's comma: '…, the
    agency said, without saying whether …', '…, the official said, citing security concerns' (grammar
    quote_aside_openers): the reporter's voice goes on, the reported words were before."""
    return tt.lower[i] in openers


def _speaker_comma(g: Grammar, tt: TokenTable, s: int, start: int) -> int | None:
    """The comma before a cue at s that may close a sentence's reported words, its speaker between them: the
    nearest within NEAR_COMMA_TOKENS, or farther, up to FINAL_SPEAKER_TOKENS, before a long title and name with no
    verb or joining word in it ('…, Qatar's Minister of State Mohammed Al-Khulaifi told reporters.')."""
    comma = next((i for i in range(s - 1, max(start, s - FINAL_SPEAKER_TOKENS) - 1, -1) if tt.text[i] == ","), None)
    if comma is None or s - comma <= NEAR_COMMA_TOKENS:
        return comma
    if any(tt.text[i][:1].islower() and (g.verb_like(tt.lower[i]) or tt.lower[i] in g.verb_coordinators
                                         or tt.lower[i] in g.breakers or tt.lower[i] in g.finite_markers)
           for i in range(comma + 1, s)):
        return None
    return comma


def _report_before(out: list[Candidate], direct: list[Candidate], starts: list[int], sent_char: int,
                   cue_char: int) -> Candidate | None:
    """The report before a cue in its sentence: the last indirect one, else the last quotation whose own cue follows
    it ('"…," Mao Ning said at a briefing, insisting that …')."""
    if out and out[-1].start >= sent_char:
        return out[-1]
    k = bisect_left(starts, cue_char) - 1
    if k >= 0 and direct[k].start >= sent_char and direct[k].cue is not None \
            and direct[k].end <= direct[k].cue[0] < cue_char:
        return direct[k]
    return None


def _goes_on(g: Grammar, tt: TokenTable, s: int) -> bool:
    """A cue joined to a report before it in its sentence goes on for that report's speaker when its own subject
    slot is empty: '…, adding that …', '… and said …', '…, but added that …', '…, namun menegaskan bahwa …'."""
    w = tt.lower[s - 1]
    return w == "," or w in g.verb_coordinators or w in g.contrast_coordinators


def _after_final(prev: Candidate | None, tt: TokenTable, s: int) -> bool:
    """A cue right after the comma that closes a final attribution ('…, the army said, adding that …') goes on for
    that attribution's speaker: the previous report's cue follows its words and no other comma stands between that
    cue and this one."""
    if prev is None or prev.cue is None or prev.cue[0] < prev.end or s < 1 or tt.text[s - 1] != ",":
        return False
    i = s - 2
    while i >= 0 and tt.idx[i] >= prev.cue[1]:
        if tt.text[i] == ",":
            return False
        i -= 1
    return True


def _participle_aside(g: Grammar, tt: TokenTable, i: int) -> bool:
    """A participle right after an attribution's comma opens the speaker's next act in the reporter's voice, not
    what was said: '…, the agency said, blaming an Iran-aligned militia', '…, the ministry said, calling it a
    "positive signal"' (grammar participle_suffixes; none in a language that shows no participle)."""
    return bool(tt.alpha[i]) and g.participle(tt.lower[i])


def _told_object_end(g: Grammar, pronouns: dict[str, str], tt: TokenTable, a: int, end_tok: int,
                     actor_starts: dict[int, int], ms: list[Mention]) -> int:
    """Past the object of a verb whose object is who is told, before the clause; an infinitive after the object
    makes it an order, nothing reported (the sentence's end): 'told its airlines to cut flights …'."""
    k = _told_object(g, pronouns, tt, a, end_tok, actor_starts, ms)
    return end_tok if k < end_tok and tt.lower[k] in g.infinitive_markers else k


def _told_object(g: Grammar, pronouns: dict[str, str], tt: TokenTable, a: int, end_tok: int,
                 actor_starts: dict[int, int], ms: list[Mention]) -> int:
    """The end of a told object: one word or name ("reporters", "Reuters"), or a determiner and up to three
    words ("a news conference")."""
    k = a
    if k < end_tok and tt.lower[k] in g.determiners:
        k += 1
        while k < end_tok and k - a <= TOLD_OBJECT_WORDS and tt.alpha[k] and (k == a + 1 or not (
                k in actor_starts or tt.lower[k] in g.determiners or tt.lower[k] in pronouns
                or tt.lower[k] in g.complementizers or tt.lower[k] in g.prepositions
                or k + 1 < end_tok and tt.lower[k + 1] in g.finite_markers)):
            k += 1
        return k
    if k < end_tok and k in actor_starts:
        return ms[actor_starts[k]].end
    return k + 1 if k < end_tok and tt.alpha[k] else k


def _unless_outlet(out: list[Candidate], found: Found | None, idx: list[int], s: int) -> Found | None:
    """'X declared that …, according to the RIA news agency.': a news agency "around" a report whose own cue it
    holds is the outlet the report came from, not a second speaker of it."""
    if found is not None and found[0].kind == "agency" and out and out[-1].cue is not None \
            and idx[found[1][0]] <= out[-1].cue[0] < idx[s]:
        return None
    return found


def _nested(out: list[Candidate], cue_char: int, start_char: int) -> bool:
    """A cue inside what an earlier cue reports, its content after it, is part of that report:
    "Hermono menyebut KBRI mencatat 500 kasus", "said the forecast confirmed the need …"."""
    # Two cues of one report ("warned in a video posted online that …") give it once.
    return bool(out) and (out[-1].start < cue_char < out[-1].end and start_char > cue_char
                          or out[-1].start == start_char)


def _direct_within(cand: Candidate, direct: list[Candidate], starts: list[int]) -> Iterator[Candidate]:
    """The direct quotes (in text order, `starts` theirs) that start inside a report, or right after its end."""
    for j in range(bisect_left(starts, cand.start), len(direct)):
        if direct[j].start > cand.end + 1:
            return
        yield direct[j]


def _share_speaker(cand: Candidate, spec: Spec, direct: list[Candidate], starts: list[int]) -> None:
    """Quoted fragments inside reported speech share its speaker: 'Vieira
    said the talks were "frank and useful."'  `direct` is in text order, `starts` theirs."""
    for other in _direct_within(cand, direct, starts):
        if other.end <= cand.end + 1:
            other.partial = True
            # One the same cue attributed takes the report's speaker too ('…, insisting that Tokyo "retract …"').
            if other.spec in ("none", "previous", "previous_speaker") or other.cue is None or other.cue == cand.cue:
                other.attribute(spec)
                other.cue = cand.cue


def _append_report(out: list[Candidate], cand: Candidate, spec: Spec, direct: list[Candidate],
                   starts: list[int], row: dict) -> None:
    """Add a report; when a person's final attribution gives it, take over the parties' reports inside it.
    An accusing verb's clause (reporting_verbs "fragments_only": "menuding Israel berada di balik ledakan") is
    the charge, no published report (events still read it): only the fragments quoted in it are its speaker's words."""
    cand.charge = bool(row.get("fragments_only"))
    if spec.mention is not None and spec.mention.type == "PERSON" and cand.cue is not None \
            and cand.cue[0] >= cand.end:
        _voice_of_party(out, cand, spec, direct, starts)
    out.append(cand)


def _voice_of_party(out: list[Candidate], cand: Candidate, spec: Spec, direct: list[Candidate],
                    starts: list[int]) -> None:
    """A state's or body's report inside what a person's final attribution reports is that person's words:
    'Thailand memperingatkan Kamboja akan …, kata Panglima AD Thailand Jenderal X.' is one quote, X's,
    and so are the fragments quoted in it (not Thailand's, the subject of the clause)."""
    def inside(c: Candidate) -> bool:
        return cand.start <= c.start and c.end <= cand.end + 1 and c.speaker is not None \
            and c.speaker.type != "PERSON"
    def cued_inside(c: Candidate) -> bool:
        return c.cue is None or cand.start <= c.cue[0] < cand.end

    out[:] = [c for c in out if not (inside(c) and c.cue is not None and cued_inside(c))]
    for other in _direct_within(cand, direct, starts):
        if other.partial and inside(other) and cued_inside(other):
            other.attribute(spec)
            other.cue = cand.cue


def _seat_tail(seated: frozenset[str], tt: TokenTable, i: int, end_tok: int) -> bool:
    """A capitalised name of a word or two ends the sentence: the seat of a mission named by its abbreviation
    (grammar seated_abbreviations) right before it, no clause: '…, kata KBRI Kuala Lumpur.'"""
    return 0 < i < end_tok <= i + SEAT_WORDS and tt.lower[i - 1] in seated \
        and all(tt.alpha[k] and tt.text[k][:1].isupper() for k in range(i, end_tok))


def _reads_here(row: dict, txt: list[str], s: int) -> bool:
    """A cue read only after a quotation ("jelas", "tegas", "lanjut") also ends a report after its comma, its speaker
    after it: 'Sejumlah menteri akan hadir dalam pertemuan itu, jelas Rolliansyah.'"""
    return not row.get("only_after_quote") or s > 0 and txt[s - 1] == ","


def _named_aside(slots: SpeakerSlots, scan: Scan, s: int, e: int, end_tok: int) -> Found | None:
    """A cue and its named speaker set off by commas inside the sentence report the rest of it, as a clitic aside
    does: 'Beijing, kata Guo Jiakun, tidak akan membiarkan campur tangan asing.'"""
    tt = token_table(scan.doc)
    if s < 1 or tt.text[s - 1] != ",":
        return None
    spec = slots.after(scan.doc, scan.ms, scan.by_start, e, min(end_tok, e + ASIDE_SPEAKER_WORDS))
    if spec.kind == "none" or spec.mention is None and spec.span is None:
        return None
    # "Usulan itu, kata salah satu pejabat tersebut, mencakup …", "Ukraina, ujar dia, tetap …": an unnamed speaker
    # ends where its words do.
    end = spec.mention.end if spec.mention is not None else bisect_left(token_starts(scan.doc), spec.span[1])
    if end + MIN_INDIRECT_TOKENS >= end_tok or tt.text[end] != ",":
        return None
    return spec, (end + 1, end_tok)


def _name_run(g: Grammar, scan: Scan, spec: Spec, end_tok: int) -> Spec:
    """A final attribution's speaker whose name goes on past the first actor found: the titled person ending the run
    speaks ('…, kata Kepala Dinas Penerangan Kodam Kolonel Ahmad Yani.'), else the state ending the name of a body
    of no state or code ('…, kata Biro Tani Nasional Bolivia.' → Bolivia)."""
    m, tt = spec.mention, token_table(scan.doc)
    if m is None or m.end >= end_tok or not tt.alpha[m.end]:
        return spec
    rest = _past_name_rest(g, tt, m.end, end_tok)
    inside = [scan.ms[scan.by_start[j]] for j in range(m.end, rest) if j in scan.by_start]
    inside = [o for o in inside if o.end <= rest]
    pick = next((o for o in reversed(inside) if o.type == "PERSON" and o.role), None)
    if pick is None and inside and m.type != "COUNTRY" and not m.role and not m.country and not m.code \
            and inside[-1].type == "COUNTRY" and inside[-1].end == rest:
        pick = inside[-1]
    if pick is None:
        return spec
    return Spec("explicit", pick, (spec.span[0] if spec.span else m.start_char, pick.end_char))


def _past_name_rest(g: Grammar, tt: TokenTable, i: int, end_tok: int) -> int:
    """Past the rest of a speaker's name the actor finder left out, capitalised words (a preposition between them)
    and a bracketed acronym: "…, kata Biro Reintegrasi | Moldova.", "…, kata Kantor Penasihat Presiden | untuk
    Proses Damai (KPPD) dalam keterangannya."."""
    k, end_tok = i, min(end_tok, i + NAME_REST_WORDS)
    if i == 0 or not tt.text[i - 1][:1].isupper():      # a name going on, not "said the alliance expected | Russia"
        return i
    while k < end_tok and (tt.alpha[k] and tt.text[k][:1].isupper() or tt.text[k] == "(" and k + 2 < end_tok
                           and tt.text[k + 2] == ")" and tt.text[k + 1].isupper()
                           or tt.lower[k] in g.prepositions and k + 1 < end_tok and tt.text[k + 1][:1].isupper()):
        k += 3 if tt.text[k] == "(" else 1
    return k


def _past_apposed(g: Grammar, roles: frozenset[str], tt: TokenTable, i: int, end_tok: int) -> int:
    """Past a description apposed to a final attribution's speaker, between commas or to the end: '…, kata Kim Yo
    Jong, adik pemimpin Korea Utara Kim Jong Un, dalam pernyataan …' (a role noun opens it, or a lower-case word
    that is no verb, joining word or preposition; no clause follows it)."""
    if i + 1 >= end_tok or tt.text[i] != "," or not tt.alpha[i + 1] or not tt.text[i + 1].islower():
        return i
    w = tt.lower[i + 1]
    role = w in roles       # "diplomat", "pejabat": shaped like a verb ("di-") or not, a description
    if not role and (g.verb_like(w) or w in g.prepositions or w in g.breakers or w in g.verb_coordinators
                     or w in g.contrast_coordinators or w in g.relativizers or w in g.complementizers
                     or w in g.finite_markers):
        return i
    close = next((k for k in range(i + 2, end_tok) if tt.punct[k]), end_tok)
    if g.clause_like(tt.lower[i + 1 + role:close]):    # '…, kata X, harus bertanggung jawab …': X's words go on
        return i
    return close + 1 if close < end_tok and tt.text[close] == "," else close
