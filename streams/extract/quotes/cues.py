"""Reporting cues: the lexicon's reporting verbs and phrases ("kata",
"mengatakan", "said", "menurut", "according to"), plus any verb just before a
speech complementizer ("membantah bahwa", "menepis laporan bahwa")."""

from __future__ import annotations

from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..syntax import Grammar, TokenTable, token_table

SPEECH_VERB = {"text": "", "speaker": "before"}   # a verb found by its complementizer

Hit = tuple[int, int, dict[str, Any]]    # token span of the cue, its lexicon row


class CueFinder:
    def __init__(self, nlp, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.rows: dict[int, dict[str, Any]] = {}
        # The words a cue can begin with (lower case, as the matcher reads them): a
        # paragraph with none of them is not matched (a set test in C against a matcher call).
        firsts: set[str] = set()
        for k, row in enumerate(cue_rows(lex.reporting_verbs, lex.grammar["quote_speaker_clitics"])):
            label = f"CUE{k}"
            pattern = nlp.make_doc(row["text"])
            self.matcher.add(label, [pattern])
            self.rows[nlp.vocab.strings[label]] = row
            if len(pattern):
                firsts.add(pattern[0].lower_)
        self.firsts = frozenset(firsts)
        self.speech_complementizers = lex.words("speech_complementizers")
        self.speech_verb_window = int(lex.grammar.get("speech_verb_window", 1))
        self.negators = lex.words("quote_cue_negators")     # "without saying whether …": no report

    def __call__(self, doc: Doc) -> list[Hit]:
        """The paragraph's cues in text order, none overlapping (the longest wins)."""
        tt = token_table(doc)
        hits = [(s, e, self.rows[mid]) for mid, s, e in self.matcher(doc)] \
            if not self.firsts.isdisjoint(tt.word_set) else []
        hits += self._unlisted_verbs(tt, {s for s, _, _ in hits})
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        if self.negators:
            hits = _not_negated(tt.lower, hits, self.negators)
        if "-" in tt.word_set:
            hits = [h for h in hits if not _compound_tail(tt, h[0])]
        out, last_end = [], -1
        for s, e, row in hits:
            if s >= last_end:
                out.append((s, e, row))
                last_end = e
        return out

    def _unlisted_verbs(self, tt: TokenTable, starts: set[int]) -> list[Hit]:
        """A verb before a speech complementizer reports speech even when no
        lexicon lists it: "menepis laporan bahwa …", "…, vowing that …" (tt: the paragraph's token table)."""
        out = []
        for i in _positions(tt.lower, self.speech_complementizers):
            for v in range(i - 1, max(-1, i - 1 - self.speech_verb_window), -1):
                if tt.punct[v]:
                    break
                if tt.alpha[v] and tt.text[v][:1].islower() and (self.g.verb_like(tt.lower[v])
                                                                 or _participle_after_report(self.g, tt, v, starts)):
                    if v not in starts:
                        out.append((v, v + 1, SPEECH_VERB))
                    break
        return out


def _participle_after_report(g: Grammar, tt: TokenTable, v: int, starts: set[int]) -> bool:
    """A participle right after a comma, before a speech complementizer, goes on reporting when a listed cue came
    before it in its sentence: '…," Noboa told reporters, vowing that the cut would stand' (grammar
    participle_suffixes); not a protest's demand ('workers rallied, demanding that …') nor a noun ('meeting that')."""
    if not (v > 0 and tt.text[v - 1] == "," and g.participle(tt.lower[v])):
        return False
    return any(h < v and not any(t in ".!?" for t in tt.text[h:v]) for h in starts)


def cue_rows(rows: list[dict[str, Any]], clitics: list[str]) -> list[dict[str, Any]]:
    """The lexicon's cues, and each one-word verb whose speaker follows it with
    a speaker clitic on its end ("tutur" -> "tuturnya", "menurut" -> "menurutnya"):
    its speaker is the last one, never a name.  A form the lexicon lists wins."""
    listed = {r["text"].lower() for r in rows}
    out = list(rows)
    for row in rows:
        word = row["text"].lower()
        if " " in word or row["speaker"] not in ("after", "either"):
            continue
        for clitic in clitics:
            if word + clitic not in listed:
                listed.add(word + clitic)
                derived = {"text": word + clitic, "speaker": "clitic"}
                if row.get("content"):
                    derived["content"] = row["content"]
                out.append(derived)
    return out


def _not_negated(low: list[str], hits: list[Hit], negators: frozenset[str]) -> list[Hit]:
    """The cues a negating preposition does not lead: '…, the agency said, without saying whether he had discussed
    the leaflets' reports nothing after "saying" (grammar quote_cue_negators: without, tanpa)."""
    return [h for h in hits if h[0] == 0 or low[h[0] - 1] not in negators]


def _compound_tail(tt: TokenTable, s: int) -> bool:
    """A cue word joined by a hyphen to the word before it is the end of a compound, no cue: 'a flood
    early-warning system', 'kata-kata itu'."""
    return s > 1 and tt.text[s - 1] == "-" and tt.idx[s - 1] + 1 == tt.idx[s] \
        and tt.idx[s - 2] + len(tt.text[s - 2]) == tt.idx[s - 1]


def _positions(words: list[str], wanted: frozenset[str]) -> list[int]:
    """Where any of `wanted` occurs in `words`, in order: list searches, not a
    Python loop over every word (this runs on every paragraph)."""
    out = []
    for w in wanted.intersection(words):
        i = -1
        for _ in range(words.count(w)):
            i = words.index(w, i + 1)
            out.append(i)
    out.sort()
    return out
