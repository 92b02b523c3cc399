"""Clause records of one sentence: boundaries, subject, verb group, voice,
object, obliques, relative clauses, coordination, apposition.

Word order and closed word classes only, over token spans.  Of the negation
and modality cues, the one-word ones among the auxiliaries are recorded
("will not", "tidak akan"); the longer ones ("plans to") are the events'
PatternSet's.
"""

from __future__ import annotations

from dataclasses import dataclass, field


Span = tuple[int, int]


@dataclass(slots=True)
class Relative:
    """A relative clause ("…, who arrived on Monday,", "… yang menolak …")."""

    start: int          # its first token: the comma before the relativizer when set off
    end: int            # exclusive: the closing , ; . (or the clause's end)
    marker: int         # the relativizer
    attaches: int       # the last token of what it modifies, -1 if none
    bounded: bool       # set off by a comma


@dataclass(slots=True)
class Clause:
    """One clause of a sentence; token indexes into the Doc, spans end-exclusive, -1 = none."""

    start: int
    end: int
    opener: int = -1                    # the breaker/complementizer/conditional that opened it
    subject: Span | None = None         # the words before the verb group (no actor identity)
    verb: int = -1                      # the head of the verb group
    auxiliaries: tuple[int, ...] = ()   # auxiliaries and adverbs before the head
    cues: dict[int, str] = field(default_factory=dict)      # auxiliary -> "negated", "planned", ...
    voice: str = "active"
    object: Span | None = None          # the words right after the verb
    obliques: dict[str, Span] = field(default_factory=dict)     # preposition -> first span it opens
    relatives: list[Relative] = field(default_factory=list)
    coordination: tuple[int, ...] = ()  # conjunctions joining a second verb ("… and pledged")
    appositions: list[Span] = field(default_factory=list)       # ", Indonesia's foreign minister,"


class _Sentence:
    """The words of one sentence and the layer's word classes, for the builders below."""

    __slots__ = ("w", "low", "text", "alpha", "punct", "space", "relatives", "inside")

    def __init__(self, layer, start: int, end: int) -> None:
        table, self.w = layer.table, layer.words
        self.low, self.text, self.alpha, self.punct = table.lower, table.text, table.alpha, table.punct
        self.space = table.space
        self.relatives = _relatives(self, layer, start, end)
        # token -> end of the relative clause it lies in (from its relativizer on)
        self.inside = {i: r.end for r in self.relatives for i in range(r.marker, r.end)}

    def verb_shaped(self, i: int) -> bool:
        """Token i is a lower-case word with the language's verb affixes, no noun."""
        w, low = self.w, self.low[i]
        return bool(self.alpha[i]) and self.text[i][:1].islower() and len(low) > 4 and w.verb_like(low) \
            and not w.nominal(low) and low not in w.nouns and low not in w.prepositions

    def verb_word(self, i: int) -> bool:
        """Token i can head a verb group: a lower-case word shaped like a verb by
        the language's affixes, or a verb of saying, a light verb or a one-word
        trigger not led by a determiner (not "the visit")."""
        w, low = self.w, self.low[i]
        if self.verb_shaped(i):
            return True
        if not (self.alpha[i] and self.text[i][:1].islower()) or low in w.nouns or low in w.prepositions:
            return False
        listed = low in w.speech_verbs or low in w.light_verbs or low in w.trigger_words \
            or low in w.announcing_verbs
        return listed and not w.nominal(low) and not (i and self.low[i - 1] in w.determiners)

    def auxiliary(self, i: int) -> bool:
        """Token i may lead a verb ("will", "telah", "also"); "'s" after a name is its owner."""
        w, low = self.w, self.low[i]
        return (low in w.preverbal or low in w.finite_markers) and low not in w.possessives

    def content_word(self, i: int) -> bool:
        """Token i is a lower-case word of no closed class that links or breaks."""
        w, low = self.w, self.low[i]
        return bool(self.alpha[i]) and self.text[i][:1].islower() and not (
            low in w.prepositions or low in w.determiners or low in w.complementizers
            or low in w.joiners or low in w.breakers or low in w.relativizers)

    def stop(self, i: int, first: bool) -> bool:
        """Token i ends an object or oblique group: a word that links or breaks,
        an auxiliary, or past the group's first word a verb or participle not
        led by a determiner or a hyphen ("said Moscow | welcomed", "a U.S.-brokered deal")."""
        w, low = self.w, self.low[i]
        if self.punct[i]:
            # a hyphen written tight between two words ("U.S.-brokered") joins them
            return not (self.text[i] == "-" and i and not self.space[i - 1] and not self.space[i])
        if low in w.prepositions or low in w.relativizers or low in w.complementizers \
                or low in w.breakers or low in w.conditionals or low in w.finite_markers:
            return True
        if first:       # "sepakat | membentuk komite": a verb by its affixes (not "for talks")
            return self.verb_shaped(i)
        if self.low[i - 1] in w.determiners or self.low[i - 1] == "-":
            return False
        return self.verb_word(i) or bool(w.participle_suffixes) and self.alpha[i] \
            and self.text[i][:1].islower() and low.endswith(w.participle_suffixes)


def _relatives(s: _Sentence, layer, start: int, end: int) -> list[Relative]:
    """The sentence's relative clauses: the layer's comma-led ones, and bare ones ("… yang …")."""
    out = [Relative(a, b, a + 1, a - 1 if a - 1 >= start else -1, True)
           for a, b in layer.relatives if start <= a < end]
    led = {r.marker for r in out}
    for i in range(start + 1, end):
        if s.low[i] in s.w.relativizers and i not in led:
            out.append(Relative(i, _bare_end(s, i, end), i, i - 1, False))
    return sorted(out, key=lambda r: r.start)


def _bare_end(s: _Sentence, i: int, end: int) -> int:
    """Where a relative clause not set off by commas ends: at , ; . or at a
    second verb not joined to its own ("Kapal yang ditahan Filipina itu | diserang")."""
    seen_verb = False
    j = i + 1
    while j < end and s.low[j] not in (",", ";", "."):
        if s.verb_word(j):
            if seen_verb and s.low[j - 1] not in s.w.verb_coordinators:
                break
            seen_verb = True
        j += 1
    return j


def _cuts(s: _Sentence, layer, start: int, end: int) -> list[int]:
    """Where the sentence's clauses start: a breaker opening a clause of its own
    (not ", however,"), a complementizer ("that", "bahwa"), a conditional."""
    hard = set(layer.hard_breakers)
    w = s.w
    cuts = [i for i in range(start + 1, end) if i not in s.inside and (
        i in hard and s.low[i] not in w.relativizers
        or s.low[i] in w.complementizers or s.low[i] in w.conditionals)]
    return [start, *cuts]


def sentence_clauses(layer, start: int, end: int) -> list[Clause]:
    """The Clause records of the sentence start..end (exclusive)."""
    s = _Sentence(layer, start, end)
    bounds = _cuts(s, layer, start, end)
    clauses = []
    for a, b in zip(bounds, [*bounds[1:], end]):
        w = s.low[a]
        opener = a if (w in s.w.breakers or w in s.w.complementizers or w in s.w.conditionals) else -1
        c = Clause(a, b, opener, relatives=[r for r in s.relatives if a <= r.marker < b])
        _verb_group(s, c)
        if c.verb >= 0:
            _subject(s, c)
            _after_verb(s, c)
        clauses.append(c)
    return clauses


def _verb_group(s: _Sentence, c: Clause) -> None:
    """The first verb group: a run of auxiliaries/adverbs ("will also", "telah")
    and the word it leads to, or a verb word alone; its voice."""
    w, low = s.w, s.low
    i = c.start + (c.opener >= 0)
    while i < c.end:
        if i in s.inside:
            i = s.inside[i]
            continue
        if s.auxiliary(i):
            j = i
            while j < c.end and s.auxiliary(j):
                j += 1
            # After a finite auxiliary ("will also impose") any content word is the head.
            finite = any(low[k] in w.finite_markers for k in range(i, j))
            if j < c.end and (s.verb_word(j) or finite and s.content_word(j)):
                if finite and w.nominal(low[j]):
                    j -= 1      # "merupakan kunjungan": the copula heads, the noun follows it
                c.verb, c.auxiliaries = j, tuple(range(i, j))
                break
            i = j
            continue
        if s.verb_word(i):
            c.verb = i
            break
        i += 1
    if c.verb < 0:
        return
    c.cues = {k: w.cue_words[low[k]] for k in c.auxiliaries if low[k] in w.cue_words}
    head = low[c.verb]
    if w.passive_prefixes and head.startswith(w.passive_prefixes) \
            or c.auxiliaries and low[c.auxiliaries[-1]] in w.passive_auxiliaries \
            and (head in w.passive_participles or w.verb_like(head)):
        c.voice = "passive"


def _subject(s: _Sentence, c: Clause) -> None:
    """The words before the verb group, past a fronted phrase ("In Jakarta, …")
    and up to an apposition or a relative clause on them."""
    low = s.low
    a = c.start + (c.opener >= 0)
    b = c.auxiliaries[0] if c.auxiliaries else c.verb
    commas = [i for i in range(a, b) if low[i] == "," and i not in s.inside]
    if commas and _fronted(s, a, commas[0]):
        a = commas.pop(0) + 1
    # ", Indonesia's foreign minister, said": set off by commas right before the verb.
    if len(commas) >= 2 and commas[-1] == b - 1 and low[commas[-2] + 1] not in s.w.relativizers:
        c.appositions.append((commas[-2] + 1, commas[-1]))
    cut = min([b, *(r.start for r in c.relatives if a <= r.start < b), *(x - 1 for x, _ in c.appositions)])
    while cut > a and s.punct[cut - 1]:
        cut -= 1
    while a < cut and s.punct[a]:      # an opening quotation mark
        a += 1
    if cut > a:
        c.subject = (a, cut)


def _fronted(s: _Sentence, a: int, comma: int) -> bool:
    """Tokens a..comma are a phrase set before the subject ("In Jakarta,",
    "Sementara itu,", "Later,"), not the subject itself ("Xi, China's president,")."""
    w = s.w
    if s.low[a] in w.prepositions or s.low[a] in w.sequence_markers:
        return True
    return any(s.low[i] in w.demonstratives or s.low[i] in w.preverbal for i in range(a, comma)) \
        or all(s.text[i].islower() for i in range(a + 1, comma)) and comma - a > 1


def _after_verb(s: _Sentence, c: Clause) -> None:
    """The object right after the verb, the obliques each preposition opens,
    and the conjunctions that join a second verb to the first."""
    low, w = s.low, s.w
    coordination = [k for k in range(c.verb + 1, c.end - 1) if low[k] in w.verb_coordinators
                    and k not in s.inside and s.verb_word(_past_preverbal(s, k + 1, c.end))]
    c.coordination = tuple(coordination)
    ends = set(coordination)

    def group(k: int) -> Span | None:
        j = k
        while j < c.end and j not in ends and not s.stop(j, j == k):
            j += 1
        return (k, j) if j > k else None

    if c.verb + 1 < c.end:
        c.object = group(c.verb + 1)
    for k in range(c.verb + 1, c.end - 1):
        if low[k] in w.prepositions and k not in s.inside and low[k] not in c.obliques:
            span = group(k + 1)
            if span:
                c.obliques[low[k]] = span


def _past_preverbal(s: _Sentence, k: int, end: int) -> int:
    while k < end - 1 and s.low[k] in s.w.preverbal:
        k += 1
    return k
