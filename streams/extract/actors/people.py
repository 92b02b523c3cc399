"""Persons named without a title: known people, famous ones, new names.

One left-to-right sweep over the runs of name-like tokens, because a name
met in the sweep resolves a later surname of the same paragraph ("Penny
Wong … Wong said").  Each run is offered to NAME_RULES in order; the first
that returns a mention takes it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import compress
from typing import NamedTuple

from ..mentions import Mention, from_known
from ..syntax import char_span
from .state import ActorState


class NameRun(NamedTuple):
    start: int
    end: int
    text: str
    known: dict | None      # the person of the document context it names, if any


def known_person(st: ActorState, run: NameRun) -> Mention | None:
    """A name the document already knows, in full or by a part.

    Example: "Okonkwo kemudian bertemu wartawan." (after "Menteri Perdagangan Ghana Amara Okonkwo …")"""
    if run.known is None:
        return None
    m = from_known(run.known, run.text, run.start, run.end, *char_span(st.doc, run.start, run.end))
    st.ctx.noticed(m)
    return m


def famous_person(st: ActorState, run: NameRun) -> Mention | None:
    """A one-word name listed as an alias ("Lula"), or a listed surname inside a sentence (or opening one before
    its verb or its relative clause).

    Example: "Kemudian Zakharova membantah laporan itu." (Maria Zakharova, RUS)"""
    s, e, tt, low_key = run.start, run.end, st.tt, run.text.casefold()
    if e - s != 1 or tt.stop[s]:
        return None
    if low_key not in st.gaz.people and not (low_key in st.gaz.surnames and (
            s > 0 and tt.text[s - 1] not in ".!?"
            # opening a sentence, followed by a verb: "Zelensky urged …"
            or e < st.n and tt.text[e].islower() and tt.alpha[e]
            # or by a relative clause of its own: "Zelensky, who met Trump on Friday, …"
            or e + 1 < st.n and tt.text[e] == "," and st.low[e + 1] in st.gaz.relativizers)):
        return None
    famous = st.gaz.people.get(low_key)
    name = famous["name"] if famous else st.gaz.surname_spellings[low_key]
    famous = famous or st.gaz.surnames[low_key]
    m = st.mention(s, e, name=name, type="PERSON", country=famous["country"], role=famous.get("role"),
                   role_key=st.gaz.role_key(famous.get("role")))
    st.ctx.remember_person(m, famous.get("gender"))
    return m


def new_person(st: ActorState, run: NameRun) -> Mention | None:
    """Two or more capitalised words, not all capitals, not a place.

    Example: "Amara Okonkwo tiba di Pulau Banda Besar." (Amara Okonkwo; not "Banda Besar")
    (nor "Non-Proliferation" of "the Non-Proliferation Treaty": a document's name, nor "kapal Galaxy Leader")"""
    s, e, tt = run.start, run.end, st.tt
    if e - s < 2 or tt.stop[s] or all(tt.text[k].isupper() for k in range(s, e)) or st.names.is_place(st.doc, s, e) \
            or _party(st, s, e) or _in_document_name(st, s, e) or _named_thing(st, s) or _names_thing_after(st, e) \
            or _beside_body_head(st, s, e) or _spelled_out_acronym(st, s, e):
        return None     # ("Western-backed", "Kurdish-led": names.run ends before a compound's participle)
    famous = st.gaz.people.get(run.text.casefold(), {})
    m = st.mention(s, e, name=run.text, type="PERSON", country=famous.get("country") or _apposed_to_body(st, s),
                   role=famous.get("role"), role_key=st.gaz.role_key(famous.get("role")))
    st.ctx.remember_person(m, famous.get("gender"))
    return m


def _spelled_out_acronym(st: ActorState, s: int, e: int) -> bool:
    """The run is spelled out before its acronym in brackets, the acronym opening with its initials: a body, a
    programme or a post, no person ('Proyek Strategis Nasional (PSN)', 'Pos Lintas Batas Negara (PLBN)')."""
    text = st.tt.text
    if e + 2 >= st.n or text[e] != "(" or text[e + 2] != ")":
        return False
    acronym = text[e + 1]
    initials = "".join(text[k][0] for k in range(s, e) if text[k][:1].isupper())
    return acronym.isupper() and len(initials) >= 2 and acronym.startswith(initials)


def _in_document_name(st: ActorState, s: int, e: int) -> bool:
    """The run names a treaty, accord or conference with the capitalised head next to it, no person:
    'the Non-Proliferation Treaty', 'Traktat Nonproliferasi Nuklir'."""
    text, low, heads = st.tt.text, st.low, st.gaz.accord_heads

    def head(i: int) -> bool:
        return 0 <= i < st.n and low[i] in heads and text[i][:1].isupper() and not st.doc[i].is_sent_start
    return head(e) or head(s - 1)


QUOTE_MARKS = frozenset("\"'“”‘’«»")


def _named_thing(st: ActorState, s: int) -> bool:
    """The run names a vessel, an operation or a weapon by the common noun right before it (grammar thing_heads,
    past a quote mark), no person: 'kapal induk USS Gerald R. Ford', 'operasi "Eastern Sentry"'."""
    heads = st.gaz.thing_heads
    k = s - 1
    if heads and k > 0 and st.tt.text[k] in QUOTE_MARKS:
        k -= 1
    return bool(heads) and k >= 0 and st.low[k] in heads


def _names_thing_after(st: ActorState, e: int) -> bool:
    """The run ending before token e modifies a common noun after it (grammar thing_heads_after, past one lower-case
    modifier), no person: 'an Independence Day amnesty', 'two Iskander-M ballistic missiles', 'Cold War thinking'."""
    heads, text = st.gaz.thing_heads_after, st.tt.text
    if not heads or e >= st.n or not text[e][:1].islower():
        return False
    return st.low[e] in heads or e + 1 < st.n and st.tt.alpha[e] and st.low[e + 1] in heads


def named_body(st: ActorState, run: NameRun) -> Mention | None:
    """Capitalised words opened or closed by a body's head word (grammar name_heads), or linked by a word of
    body_name_links ("Jamaat-e-Islami"), name a group of the story's country (a party, union, movement or force
    of no state), no person.

    Example: "The Gang Suppression Force arrested 30 suspects." ("Gang Suppression Force", GROUP)
    (and "Liga Awami menuding pemerintah.", "Liga Awami"; not "Markas Korps Brimob": a place)"""
    s, e, heads, text = run.start, run.end, st.names.body_heads, st.tt.text
    if e - s < 2 or text[s] not in heads and text[e - 1] not in heads and not _linked_body(st, s, e) \
            or st.names.is_place(st.doc, s, e):
        return None
    # A party, union or movement with no code of its own is of the story's country, as a bare body is,
    # but no body of its state: it may act on that state (roles.group_against_own_state).
    home = st.ctx.home if st.ctx is not None else None
    return st.mention(s, e, name=run.text, type="GROUP", country=home, role=None, code=None)


def _linked_body(st: ActorState, s: int, e: int) -> bool:
    """A word of grammar body_name_links joined by hyphens inside the run ("Jamaat-e-Islami", "Tehreek-e-Insaf")."""
    links, low = st.names.body_links, st.low
    return bool(links) and "-" in low[s:e] and any(low[k] in links and low[k - 1] == "-" == low[k + 1]
                                                    for k in range(s + 1, e - 1))


def _beside_body_head(st: ActorState, s: int, e: int) -> bool:
    """A body's head word (grammar name_heads) stands right before or after run s..e: the run is part of the
    body's name ("Pasukan Stabilisasi Internasional", "the Fisheries Agency"), no person."""
    heads, text = st.names.body_heads, st.tt.text
    return s > 0 and text[s - 1] in heads or e < st.n and text[e] in heads


def _party(st: ActorState, s: int, e: int) -> bool:
    """The run is a political party, no person: 'kata politikus PDI Perjuangan itu', 'Partai Gerindra' (a party
    the grammar names, or a party word and the one word after it)."""
    low = st.low
    k = s + 1 if low[s] in st.gaz.party_words else s
    return tuple(low[k:e]) in st.gaz.party_names or k > s and e - k == 1


def _apposed_to_body(st: ActorState, s: int) -> str | None:
    """The state of a national body a new name stands in apposition to: 'Pejabat Kementerian Luar Negeri Mesir,
    Ahmed Abu Zeid, menyebut …' (EGY), so that 'diplomat Mesir itu' later names him back."""
    if s < 2 or st.tt.text[s - 1] != ",":
        return None
    body = next((m for m in st.mentions if m.end == s - 1), None)
    return body.country if body is not None and body.type == "ORG" and not body.code else None


#: The order a name run is tried in; the first rule that returns a mention takes it.
NAME_RULES: tuple[Callable[[ActorState, NameRun], Mention | None], ...] = (
    known_person,
    famous_person,
    named_body,
    new_person,
)


def untitled_names(st: ActorState) -> None:
    """Runs of name-like words nobody claimed yet, each offered to NAME_RULES in order.

    Example: "Rapat itu dihadiri Amara Okonkwo dan Zakharova dari Moskow." (new_person, famous_person)"""
    bylines(st)     # the reporters' names are nobody's
    n, covered, nameish, low = st.n, st.covered, st.nameish, st.low
    # Only tokens that can start a name are visited (covered does not change here).
    starts = [k for k in compress(range(n), nameish) if not covered[k]]
    particles = st.names.particles
    if not particles.isdisjoint(st.tt.word_set):
        starts = sorted({*starts, *(k for k in range(n) if not covered[k] and low[k] in particles)})
    rules, add = NAME_RULES, st.mentions.append
    p = 0
    while p < len(starts):
        i = starts[p]
        end = particle_surname(st, i) if low[i] in particles else None
        if end is None and not covered[i] and nameish[i]:
            run = _run_at(st, i)
            end = run.end
            if run.start < end:
                for rule in rules:
                    m = rule(st, run)
                    if m is not None:
                        add(m)
                        break
        p = p + 1 if end is None or end <= i else bisect_left(starts, end)


def bylines(st: ActorState) -> None:
    """The names of a byline are the reporters, nobody in the story: their words are claimed, no person made.

    Example: "By Selin Kaya and Omer Demir" (a paragraph of its own), "(Reporting by Ana Ruiz; Editing by Tom Hale)"."""
    sh, low = st.names, st.low
    starts = [1] if st.n and low[0] in sh.byline_openers and st.tt.text[0][:1].isupper() else []
    if not sh.byline_firsts.isdisjoint(st.tt.word_set):        # most paragraphs: none of the phrases' first words
        for i in compress(range(len(low)), map(sh.byline_firsts.__contains__, low)):
            starts += [i + len(p) for p in sh.byline_phrases if tuple(low[i:i + len(p)]) == p]
    for k in starts:
        e = k
        while e < st.n and (st.nameish[e] or low[e] in sh.byline_joiners and e > k):
            e += 1
        # Only a run of names that ends the byline: not "By Monday, the troops had left."
        if e > k and (e >= st.n or not st.tt.alpha[e] and st.tt.text[e] != "," or st.tt.text[e].isupper()):
            st.covered[k:e] = b"\x01" * (e - k)


def particle_surname(st: ActorState, i: int) -> int | None:
    """A known surname led by its particles, tried before the run it leads (its end, or None).

    Example: "Sehari kemudian von der Leyen bertemu wartawan." ("von der Leyen", not "Leyen")"""
    tt, low, particles, n = st.tt, st.low, st.names.particles, st.n
    if st.covered[i] or low[i] not in particles or not tt.text[i][:1].islower():
        return None
    k = i
    while k < n and low[k] in particles:
        k += 1
    if k + 1 < n and tt.text[k] == "-" and not tt.space[k - 1]:
        k += 1      # "al-Shaibani", "el-Sissi"
    if k >= n or not st.nameish[k] or st.covered[k]:
        return None
    e = st.names.run(st.doc, k, n, st.covered, st.nameish)
    text = st.span(i, e)
    known = st.ctx.resolve_name(text)
    if known is None:
        return None
    m = from_known(known, text, i, e, *char_span(st.doc, i, e))
    st.mentions.append(m)
    st.ctx.noticed(m)
    return e


def _run_at(st: ActorState, i: int) -> NameRun:
    """The name run starting at token i and the known person it names.  A
    capitalised function word leading it ("Menurut", "Lalu" = then) is dropped
    unless the whole run is a name the document knows; the run is empty
    (start == end) when nothing is left."""
    tt, ctx = st.tt, st.ctx
    e = st.names.run(st.doc, i, st.n, st.covered, st.nameish)
    s = i
    text = st.span(s, e)
    known = ctx.resolve_name(text)
    # A one-word run that is a common word counts as a known name only when it
    # is more than the first name alone: "Lalu" opening a sentence is "then",
    # not Lalu Muhammad Iqbal.
    if known is not None and e - s == 1 and tt.stop[s] and not known["name"].casefold().endswith(text.casefold()):
        known = None
    if known is None:
        while s < e and tt.stop[s]:
            s += 1
        # "Komisioner Perdagangan Valdis Dombrovskis": a portfolio's abstract noun ends the title, not opens the name.
        s = next((k + 1 for k in range(e - 2, s - 1, -1) if st.names.abstract_word(tt.text[k])), s)
        if s == e:
            return NameRun(e, e, "", None)
        text = st.span(s, e)
        known = ctx.resolve_name(text) or _not_kin(text, ctx.resolve_name(tt.text[e - 1]))
    return NameRun(s, e, text, known)


def _not_kin(text: str, known: dict | None) -> dict | None:
    """The person a run's last word names, unless the run is another person of the family: it shares two words
    with that person's name and has one of its own ("Kim Yo Jong" is not Kim Jong Un, "Kim Jong Il" neither)."""
    if known is None:
        return None
    words, theirs = text.casefold().split(), set(known["name"].casefold().split())
    shared = sum(w in theirs for w in words)
    return None if shared >= 2 and shared < len(words) else known
