"""The clause layer: what each sentence's clauses are made of, by word order and
the closed word classes (no parser exists for Indonesian).

Made once per paragraph by the diplo_clauses component (doc._.clauses), BEFORE
the actors are found: it holds token spans only (the subject group is the
words before the verb, not an actor).  The rules that need actors (groups,
subjects) run later over the mentions and read this layer for where clauses
break and where relative clauses lie.

Two parts, for cost: the paragraph's boundary indexes (clause breakers,
relative clauses) are made at once in one pass, since every paragraph's rules
read them; the Clause records of a sentence are made when first asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from spacy.tokens import Doc

from ..docstate import SENT_STARTS
from ..tokens import token_table
from ..wordclasses import WordClasses
from .records import Clause, Span, sentence_clauses

RELATIVE_ENDS = (",", ";", ".")
DURATION_REACH = 3      # words from a breaker to the noun of a span of time ("after | nearly two | months")


def _before_duration(words: WordClasses, tt, i: int, n: int) -> bool:
    """The breaker at i opens a span of time, past numbers and quantity words: "after months of talks",
    "setelah dua tahun" (grammar key duration_nouns)."""
    low = tt.lower
    for k in range(i + 1, min(i + 1 + DURATION_REACH, n)):
        if low[k] in words.duration_nouns:
            return True
        # (past a number or a quantity: "after 20 | months", "after nearly | two | weeks", "setelah tujuh | tahun")
        if not (low[k] in words.quantity_words or low[k].isdigit() or tt.alpha[k] and tt.text[k].islower()
                and low[k] not in words.determiners and low[k] not in words.prepositions):
            return False
    return False


def _in_time_adjunct(words: WordClasses, low: list[str], i: int) -> bool:
    """The relativizer at i modifies the time noun of a time adjunct: "X pada hari | yang sama menyerang"
    (a preposition, a noun of time: grammar key duration_nouns)."""
    return i >= 2 and low[i - 1] in words.duration_nouns and low[i - 2] in words.prepositions


APPOSITION_REACH = 5     # words of an apposed noun phrase before its relativizer (", the | veteran diplomat | who")


def _apposed_relative(words: WordClasses, tt, i: int, n: int) -> Span | None:
    """The aside around the relativizer at i that closes a noun phrase set off by commas, opened by a
    determiner: (the comma before it, the closing comma), else None.  It tells of the name before the
    comma as a relative clause right after a comma does ("Amara Okonkwo, the veteran diplomat who leads
    the talks, urged …": Okonkwo urges)."""
    low = tt.lower
    c = i - 1
    while c > 0 and i - c <= APPOSITION_REACH and low[c] != "," and tt.alpha[c] and low[c] not in words.breakers:
        c -= 1
    if c <= 0 or c == i - 1 or low[c] != "," or low[c + 1] not in words.determiners:
        return None
    j = i + 1
    while j < n and low[j] not in RELATIVE_ENDS:
        j += 1
    return (c, j) if j < n and low[j] == "," else None


class ClauseLayer:
    """doc._.clauses: the paragraph's clause boundaries, and its Clause records on demand."""

    # No reference to the Doc: it holds this layer, and a cycle would keep every
    # paragraph's Doc alive until the garbage collector's next full pass.
    __slots__ = ("table", "starts", "words", "n", "relatives", "hard_breakers", "openers", "_sentences")

    def __init__(self, doc: Doc, words: WordClasses) -> None:
        self.table, self.words = token_table(doc), words
        self.starts = doc.user_data.get(SENT_STARTS) or [0]
        low = self.table.lower
        n = self.n = len(low)
        breakers, relativizers = words.breakers, words.relativizers
        # Breaker positions, in order: those that end a clause (not the
        # parenthetical ", however,"), and those that open one of its own
        # (not a relativizer, which hangs on a noun of the same clause).
        self.hard_breakers: list[int] = []
        self.openers: list[int] = []
        # Relative clauses set off by a comma: (the comma, the closing , ; . or the end).
        self.relatives: list[Span] = []
        marks = words.clause_marks
        # A span of time needs its noun: most paragraphs have none, and no breaker is read for one.
        durations = not words.duration_nouns.isdisjoint(self.table.word_set)
        for i in compress(range(n), map(marks.__contains__, low)):    # a few per paragraph (found in C)
            w = low[i]
            if w in words.adverb_breakers and i and words.verb_like(low[i - 1]):
                continue    # "menghentikan sementara ekspor": "temporarily", no clause of its own
            if durations and w in breakers and _before_duration(words, self.table, i, n):
                continue    # "after months of mediation, but …": a preposition, no clause of its own
            if durations and w in relativizers and _in_time_adjunct(words, low, i):
                continue    # "pada hari yang sama": a time adjunct's modifier, no clause of its own
            if w in breakers:
                if not (0 < i < n - 1 and low[i - 1] == "," and low[i + 1] == ","):
                    self.hard_breakers.append(i)
                if w not in relativizers:
                    self.openers.append(i)
            if w in relativizers and i and low[i - 1] == ",":
                j = i + 1
                while j < n and low[j] not in RELATIVE_ENDS:
                    j += 1
                self.relatives.append((i - 1, j))
            elif w in relativizers and (span := _apposed_relative(words, self.table, i, n)) is not None:
                self.relatives.append(span)
        self._sentences: dict[int, list[Clause]] = {}

    # -- boundaries, read by the rules over actors ----------------------------
    def breaks(self, a: int, b: int, spans=()) -> bool:
        """A breaker ends the clause between tokens a and b (0 <= a, b <= n),
        none counting inside `spans` or set off as ", however,"."""
        pos = self.hard_breakers
        for k in range(bisect_left(pos, a), len(pos)):
            p = pos[k]
            if p >= b:
                return False
            if not any(rs <= p < re for rs, re in spans):
                return True
        return False

    def opens(self, a: int, b: int) -> bool:
        """A clause of its own starts between tokens a and b (0 <= a, b <= n)."""
        pos = self.openers
        k = bisect_left(pos, a)
        return k < len(pos) and pos[k] < b

    # -- the clause records ---------------------------------------------------
    def sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token i."""
        k = bisect_right(self.starts, i) - 1
        return self.starts[k], self.starts[k + 1] if k + 1 < len(self.starts) else self.n

    def sentence_clauses(self, i: int) -> list[Clause]:
        """The clauses of the sentence holding token i, made on first use."""
        start, end = self.sentence(i)
        clauses = self._sentences.get(start)
        if clauses is None:
            clauses = self._sentences[start] = sentence_clauses(self, start, end)
        return clauses

    def clause_at(self, i: int) -> Clause | None:
        """The clause holding token i."""
        return next((c for c in self.sentence_clauses(i) if c.start <= i < c.end), None)

    def all(self) -> list[Clause]:
        """Every clause of the paragraph, in order."""
        out: list[Clause] = []
        i = 0
        while i < self.n:
            clauses = self.sentence_clauses(i)
            out.extend(clauses)
            i = self.sentence(i)[1]
        return out

