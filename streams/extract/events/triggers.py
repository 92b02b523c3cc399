"""Triggers: spaCy Matcher patterns from lang/<code>/event_triggers.jsonl,
longest first, each token in at most one."""

from __future__ import annotations

from spacy.tokens import Doc

from ..patterns import PatternSet
from ..syntax import Grammar, token_table
from ..tokens import hyphen_joins
from .frame import Trigger


def find_triggers(doc: Doc, patterns: PatternSet, g: Grammar) -> list[Trigger]:
    hits = patterns(doc)
    if not hits:
        return []
    if len(hits) > 1:
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    tt = token_table(doc)
    low, n = tt.lower, len(tt.lower)
    taken = bytearray(n)
    out = []
    for s, e, row in hits:
        if taken.find(1, s, e) >= 0:
            continue
        if s > 1 and hyphen_joins(tt, s - 1):
            continue    # "Western-supplied weapons", "U.S.-brokered talks": a modifier, not an act
        if e < n and low[e] in row.get("unless_next", ()):
            continue    # "refused to sign": a negation of the next act, not a rejection
        if s > 0 and low[s - 1] in row.get("unless_prev", ()):
            continue    # "serangan ke kapal bantuan": what is acted on, not an act
        if s > 0 and row.get("unless_prev_number") and doc[s - 1].like_num:
            continue    # "37 jailed cartel figures": a participle modifying people counted
        if g.head_first and e < n and low[e] in g.demonstratives \
                and (g.nominal(low[s]) or low[s] in g.announcing_verbs):
            continue    # "pencabutan sanksi itu": an act named back, not a new one
        if g.head_first and g.nominal(low[s]) and _owner_then_demonstrative(doc, low, e, g):
            continue    # "serangan Israel tersebut": named back with its doer
        taken[s:e] = b"\x01" * (e - s)
        out.append(Trigger(s, e, row))
    if len(out) > 1:
        out.sort(key=lambda t: t.start)
    if any("unless_act_within" in t.row for t in out):
        # "refused to sign": the refusal is the act refused, coded from its own trigger.
        starts = [t.start for t in out]
        out = [t for t in out if "unless_act_within" not in t.row
               or not any(t.end <= s <= t.end + t.row["unless_act_within"] for s in starts)]
    return out


# A doer's name after an act noun is at most this many words ("serangan Korea Utara itu").
OWNER_WORDS = 3


def _owner_then_demonstrative(doc: Doc, low: list[str], e: int, g: Grammar) -> bool:
    """A capitalised name right after the act noun (its doer), then a demonstrative: the act named back."""
    k, n = e, min(len(low), e + OWNER_WORDS + 1)
    while k < n and doc[k].text[:1].isupper():
        k += 1
    return e < k < n and low[k] in g.demonstratives
