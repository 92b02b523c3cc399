"""Passes over what the gazetteer finds: its hits, persons announced by a
title, national bodies, and countries, organisations and regions named alone."""

from __future__ import annotations

from operator import attrgetter

from ..context import DocumentContext
from ..mentions import Mention
from ..tokens import phrases_beginning
from ..wordgate import needs_words
from .gazetteer import Item
from .state import SENTENCE_ENDS, ActorState, Backref

ATTACHING = ("COUNTRY", "INST", "ORG", "TITLE")


def gazetteer_hits(st: ActorState) -> None:
    """Gazetteer hits claim their tokens; a contextual name only beside its pair ("the North").

    Example: "South Korea said the North fired a missile." (KOR, and "the North" = PRK)"""
    items = st.gaz.items(st.doc)
    if any("when" in it.payload for it in items):
        items = _in_context(items, st.ctx)
    items = [it for it in items if it.kind not in NAME_WORD_KINDS or not _in_persons_name(st, it, items)]
    items = [it for it in items if it.kind != "TITLE" or not _inside_known_name(st, it)]
    if st.ctx is not None and (st.ctx.acronyms or "(" in st.tt.word_set):
        items = _acronyms(st, items)
    covered = st.covered
    for it in items:
        covered[it.start:it.end] = b"\x01" * (it.end - it.start)
    if not st.gaz.feature_heads.isdisjoint(st.tt.word_set):
        items = [it for it in items if not (it.kind == "COUNTRY" and _in_feature_name(st, it))]
    if not st.gaz.accord_heads.isdisjoint(st.tt.word_set):
        items = [it for it in items if not (it.kind == "COUNTRY" and _in_accord_name(st, it))]
    st.items = items
    st.at = {it.start: k for k, it in enumerate(items)}
    st.chains = _right_chains(items, st.at)


ACRONYM_REACH = 4      # words in the brackets that define an acronym: "(Arakan Army/AA)"


def _acronyms(st: ActorState, items: list[Item]) -> list[Item]:
    """An acronym given in brackets after an organisation's name ("Allied Democratic Forces (ADF)", "Tentara
    Arakan (Arakan Army/AA)") names the organisation for the rest of the document, as a hit of its own."""
    text, n, ctx = st.tt.text, st.n, st.ctx
    defining = set()
    for it in items:
        e = it.end
        if it.kind == "ORG" and e + 2 < n and text[e] == "(" and not it.payload.get("bare"):
            close = next((k for k in range(e + 2, min(n, e + 2 + ACRONYM_REACH)) if text[k] == ")"), 0)
            a = text[close - 1] if close else ""
            if a[:1].isupper() and a.isalnum() and len(a) <= 8 and (close == e + 2 or text[close - 2] == "/"):
                ctx.learned_acronym(a, it.payload)
                defining.add(close - 1)
    known = ctx.acronyms
    found = [w for w in known if w in st.tt.word_set] if known else None
    if not found:
        return items
    held = bytearray(n)
    for it in items:
        held[it.start:it.end] = b"\x01" * (it.end - it.start)
    low = st.tt.lower
    new = [Item("ORG", k, k + 1, known[low[k]][1]) for k in range(n)
           if low[k] in found and text[k] == known[low[k]][0] and not held[k] and k not in defining]
    for k in defining:
        st.covered[k] = 1       # the acronym inside its definition is no name and no second mention
    return sorted(items + new, key=attrgetter("start")) if new else items


KNOWN_NAME_REACH = 2    # words after a place that may complete a known person's name ("Israel Katz")


def _opens_known_name(st: ActorState, it: Item) -> bool:
    """A place's name that opens the name of a known person ("Israel Katz") is the person's, no place."""
    if st.span(it.start, it.end).casefold() not in st.gaz.name_openings:
        return False    # most places open no known name
    return any(it.end + k <= st.n and st.tt.text[it.end + k - 1][:1].isupper()
               and st.span(it.start, it.end + k).casefold() in st.gaz.people
               for k in range(1, KNOWN_NAME_REACH + 1))


def _inside_known_name(st: ActorState, it: Item) -> bool:
    """A one-word title between two words of a listed person's name is the name's ("Hassan Sheikh Mohamud")."""
    s, e, text = it.start, it.end, st.tt.text
    return e - s == 1 and 0 < s and e < st.n and text[s - 1][:1].isupper() and text[e][:1].isupper() \
        and st.span(s - 1, e + 1).casefold() in st.gaz.people


# Kinds of hits that may also be a person's name or part of it ("Israel Katz", "Jordan", "Wagner").
NAME_WORD_KINDS = frozenset(("COUNTRY", "ORG"))


def _in_persons_name(st: ActorState, it: Item, items: list[Item]) -> bool:
    """The hit is part of a person's name: a known one, or a new one it opens or closes."""
    return it.kind == "COUNTRY" and _opens_known_name(st, it) or it.end - it.start == 1 and (
        _opens_new_name(st, it, items) or _closes_titled_name(st, it, items))


def _opens_new_name(st: ActorState, it: Item, items: list[Item]) -> bool:
    """A one-word place or organisation right after a reporting verb, with capitalised words after it up to
    punctuation or a lower-case word, opens the name of the one quoted ("kata Sudan Gurung, ...", "said Jordan
    Bardella, the party's leader"): the speaker is a person; a state or body after the verb stands alone."""
    s, e, text = it.start, it.end, st.tt.text
    if e - s != 1 or s == 0 or st.low[s - 1] not in st.gaz.speaker_after_verbs or not text[s][:1].isupper():
        return False
    k, held = e, {o.start for o in items}
    while k < st.n and st.nameish[k] and k not in held:
        k += 1
    return k > e and (k == st.n or not text[k][:1].isupper())


def _closes_titled_name(st: ActorState, it: Item, items: list[Item]) -> bool:
    """A one-word place or organisation after a title and two or more capitalised words, before a lower-case
    word or punctuation, is the surname of the titled person ("Foreign Minister Thérèse Kayikwamba Wagner
    said"), not the Wagner Group."""
    s, text = it.start, st.tt.text
    if it.end - s != 1 or it.end < st.n and text[it.end][:1].isupper() or not text[s][:1].isupper():
        return False
    k = s
    while k > 0 and st.nameish[k - 1] and not any(o.start <= k - 1 < o.end for o in items):
        k -= 1
    return s - k >= 2 and any(o.end == k and o.kind == "TITLE" for o in items)


def _in_feature_name(st: ActorState, it: Item) -> bool:
    """A country's name inside the name of a sea, strait or peninsula, which stands for no state: the
    capitalised head right after it or right before it, or before it across "of" ("South China Sea",
    "Laut China Selatan", "Korean Peninsula", "Sea of Japan"). Its tokens stay claimed (no person's name)."""
    text, low, heads = st.tt.text, st.low, st.gaz.feature_heads

    def head(i: int) -> bool:
        return 0 <= i < st.n and low[i] in heads and text[i][:1].isupper()
    # A head before the country opens the name ("di Laut China Selatan"), not "Angkatan Laut Malaysia" (a navy).
    return head(it.end) or head(it.start - 1) and not (it.start > 1 and text[it.start - 2][:1].isupper()) or \
        (it.start > 1 and low[it.start - 1] == "of" and head(it.start - 2))


def _in_accord_name(st: ActorState, it: Item) -> bool:
    """A city inside the name of a treaty, accord, declaration or conference names no state: a capitalised
    head right before or right after it ("Perjanjian Paris", "Deklarasi Bangkok", "Paris Agreement").
    A country's own name there stays a party ("Perjanjian Indonesia-Australia"), and so do cities joined
    after a head that is capitalised only by opening the sentence ("Kesepakatan Moskow dan Kyiv itu ...").
    Its tokens stay claimed."""
    text, low, heads = st.tt.text, st.low, st.gaz.accord_heads

    def head(i: int) -> bool:
        return 0 <= i < st.n and low[i] in heads and text[i][:1].isupper()
    if not it.payload.get("city"):
        return False
    if head(it.end):
        return True
    k = it.start - 1
    if not head(k):
        return False
    opens = k == 0 or bool(st.doc[k].is_sent_start)
    return not (opens and it.end < st.n and low[it.end] in st.gaz.actor_joiners)


def _in_context(items: list[Item], ctx: DocumentContext) -> list[Item]:
    """Keep a contextual name ("the North") only where the document names its pair."""
    seen = {it.payload.get("code") for it in items if it.kind == "COUNTRY" and "when" not in it.payload}
    seen |= {p.get("country") or p.get("code") for p in ctx.parties}
    return [it for it in items if "when" not in it.payload or seen & set(it.payload["when"])]


def _right_chains(items: list[Item], at: dict[int, int]) -> dict[int, tuple[int, int, int, str | None]]:
    """For each item that can attach to a title on its right, the chain of
    adjacent such items it starts: (first item, last item, end token, first
    country or organisation code).  Made once from the right, so a run of
    thousands of titles is not walked once per title."""
    chains: dict[int, tuple[int, int, int, str | None]] = {}
    for x in range(len(items) - 1, -1, -1):
        it = items[x]
        if it.kind not in ATTACHING:
            continue
        code = it.payload["code"] if it.kind in ("COUNTRY", "ORG") else None
        nxt = at.get(it.end)
        if nxt is not None and nxt in chains:
            _, last, end, later = chains[nxt]
            chains[x] = (x, last, end, code if code is not None else later)
        else:
            chains[x] = (x, x, it.end, code)
    return chains


def titled_persons(st: ActorState) -> None:
    """A title and a name make a person of that role and country; a title alone waits for title_backrefs.

    Example: "Perdana Menteri Selandia Baru Christopher Luxon tiba di Jakarta." (Luxon, prime minister, NZL)"""
    tt, ctx, items = st.tt, st.ctx, st.items
    for k, it in enumerate(items):
        if it.kind != "TITLE" or k in st.used or it.payload.get("modifier"):
            continue
        start, country, absorbed = _left_attachments(st, k)
        # Attached on the right: "Kementerian Luar Negeri China", "AS", a second title.
        j, inner = _bracketed_short_form(st, _origin_end(st, it))
        absorbed += inner
        j = _portfolio_before_body(st, j)
        if j in st.at and st.at[j] in st.chains:
            first, last, j, code = st.chains[st.at[j]]
            country = country if country is not None else code
            absorbed += range(first, last + 1)
            j, inner = _bracketed_short_form(st, j)
            absorbed += inner
        j = _acronym_end(st, _party_end(st, _posting_end(st, _portfolio_end(st, j))))
        name_end = _past_body_in_name(st, j, st.names.run(st.doc, j, st.n, st.covered, st.nameish))
        role_text = st.span(it.start, it.end)
        # "Former Philippine President Rodrigo Duterte": the role is remembered as a past one ("Former President"),
        # so that "the former president" names him back, not the president named since.
        past = next((i for i in range(start, it.start) if (kk := st.at.get(i)) is not None
                     and st.items[kk].kind == "TITLE" and st.items[kk].payload.get("modifier")), None)
        if past is not None:
            role_text = f"{tt.text[past]} {role_text}"
        role_key = it.payload.get("role")
        if name_end > j and st.gaz.modifier_follows_head and st.gaz.demonstrative_after(tt.lower, name_end):
            # "mantan Wali Kota Solo itu": the capitals name the office's place, not its holder.
            j = name_end
            name_end = j
        if name_end == j:
            if not it.payload.get("named_only"):    # "counterpart", "official": only before a name
                # "kata mantan Duta Besar itu", "the ambassador", "Presiden mengatakan".
                end = st.gaz.demonstrative_after(tt.lower, j) or j
                st.backrefs.append(Backref(k, start, end, role_key, country, role_text))
            continue
        m, gender = _titled_person(st, start, j, name_end, role_text, role_key, country)
        st.used.add(k)
        st.used.update(absorbed)
        st.mentions.append(m)
        st.cover(start, name_end)
        ctx.remember_person(m, gender)


def _portfolio_before_body(st: ActorState, j: int) -> int:
    """Past portfolio words after a title when a country or body follows them ("Komisioner Perdagangan | Uni Eropa
    Maros Sefcovic"), else j (the portfolio is read after the body: "Menteri Luar Negeri ...")."""
    k = _portfolio_end(st, j)
    return k if k > j and k in st.at and st.at[k] in st.chains else j


def _origin_end(st: ActorState, it: Item) -> int:
    """Past the word before a counterpart's state ("timpalannya dari Mesir Badr Abdelatty"), else the title's end."""
    j = it.end
    if it.payload.get("role") == "counterpart" and j + 1 < st.n and st.low[j] in st.gaz.affiliation_markers \
            and st.at.get(j + 1) is not None and st.items[st.at[j + 1]].kind == "COUNTRY":
        return j + 1
    return j


def _bracketed_short_form(st: ActorState, j: int) -> tuple[int, list[int]]:
    """Past the short form in brackets after a title or its country ("Menteri Pertahanan (Menhan) Jepang
    Gen Nakatani", "Presiden Republik Rakyat Tiongkok (RRT) Xi Jinping"): a title or a country of its
    own, which it absorbs, or one upper-case word; and the items inside."""
    text = st.tt.text
    if j + 2 >= st.n or text[j] != "(":
        return j, []
    inner = st.at.get(j + 1)
    if inner is not None and st.items[inner].kind in ATTACHING and text[st.items[inner].end:][:1] == [")"]:
        return st.items[inner].end + 1, [inner]
    word = text[j + 1]
    if text[j + 2] == ")" and inner is None and word.isalpha() and word.isupper():
        return j + 3, []
    return j, []


def _portfolio_end(st: ActorState, j: int) -> int:
    """Past the portfolio words after a title ("Menteri Ketenagakerjaan Yassierli"), if the language makes them."""
    if not st.gaz.portfolio_affixes:
        return j
    start = j
    while j < st.n and not st.covered[j] and st.gaz.portfolio(st.tt.text[j]):
        j += 1
        # "Protokol dan Konsuler": a joiner between two portfolio words
        if j + 1 < st.n and j > start and st.low[j] in st.gaz.actor_joiners and not st.covered[j + 1] \
                and st.gaz.portfolio(st.tt.text[j + 1]):
            j += 1
    return j


def _acronym_end(st: ActorState, j: int) -> int:
    """Past the acronym of a body no list knows between a title and a name of two words at least ("Juru bicara
    DFA Teresita Daza": Teresita Daza), never a short initial of the name itself ("TB Hasanuddin")."""
    t = st.tt.text[j] if j < st.n else ""
    if len(t) != 3 or not (t.isupper() and t.isalpha()) or st.covered[j]:
        return j
    return j + 1 if st.names.run(st.doc, j + 1, st.n, st.covered, st.nameish) - (j + 1) >= 2 else j


def _party_end(st: ActorState, j: int) -> int:
    """Past a political party between a title and a name of two words at least ("Ketua Umum PDI Perjuangan
    Megawati Soekarnoputri", "Sekjen Partai Gerindra Ahmad Muzani"): a party the grammar names, or a party word
    and the one word after it; the party is neither the person's name nor a state."""
    low, gaz = st.low, st.gaz
    k = j + 1 if j < st.n and low[j] in gaz.party_words else j
    # (only the names that begin with the word at k: most titles stand before none)
    names = phrases_beginning(gaz.party_names, low[k]) if k < st.n else gaz.party_names
    end = next((k + len(p) for p in names if tuple(low[k:k + len(p)]) == p), None)
    if end is None and j < k < st.n and st.nameish[k]:
        end = k + 1
    if end is None or end >= st.n or any(st.covered[j:end]):
        return j
    return end if st.names.run(st.doc, end, st.n, st.covered, st.nameish) - end >= 2 else j


def _posting_end(st: ActorState, j: int) -> int:
    """Past the post a title gives before the name ("Duta Besar AS untuk Indonesia Kamala Lakhdhir",
    "Ambassador to Japan Rahm Emanuel"), when a name follows it; the post's state is not the person's."""
    if j + 1 >= st.n or st.low[j] not in st.gaz.posting and st.low[j] not in st.gaz.place_posting:
        return j
    k = st.at.get(j + 1)
    if k is None or st.items[k].kind not in ("COUNTRY", "ORG"):
        return _town_posting_end(st, j)
    end = st.items[k].end
    return end if end < st.n and st.nameish[end] and not st.covered[end] else j


def _town_posting_end(st: ActorState, j: int) -> int:
    """Past a post in a town no list knows, one word, when a name of two words at least follows it ("Konsul RI
    di Tawau Aris Heru Utomo": Aris Heru Utomo), not a place of several words ("Presiden di Istana Merdeka")."""
    town = j + 1
    if st.low[j] not in st.gaz.place_posting or not st.nameish[town] or st.covered[town]:
        return j
    end = st.names.run(st.doc, town + 1, st.n, st.covered, st.nameish)
    if end - town < 3 or st.names.is_place(st.doc, town, end):
        return j
    return town + 1


def _left_attachments(st: ActorState, k: int) -> tuple[int, str | None, list[int]]:
    """Items attached to title k on its left: "former", "Japanese", "Chinese
    Foreign Ministry", "Myanmar's military spokesman".  Returns the person's
    first token, the country they give and the items absorbed (which join the
    person only once a name is found: "a Philippine military official" with no
    name stays a national body)."""
    items, tt = st.items, st.tt
    start = items[k].start
    country = None
    absorbed: list[int] = []
    kk = k - 1
    described = _described_from(st, start)
    if described < start and kk >= 0 and items[kk].end == described and items[kk].kind in ("COUNTRY", "ORG") \
            and not st.gaz.modifier_follows_head:
        start = described   # "White House national security spokesman": the words describe the title
    while kk >= 0 and items[kk].kind in ATTACHING and (
            items[kk].end == start or (
                items[kk].end == start - 1 and items[kk].kind in ("COUNTRY", "ORG")
                and tt.lower[start - 1] in st.gaz.possessives)):
        left = items[kk]
        if left.kind == "TITLE" and not left.payload.get("modifier"):
            break
        # Only modifier-first languages put the country before the title.
        if left.kind != "TITLE" and st.gaz.modifier_follows_head:
            break
        # "Palestinian U.N. Ambassador": the state, not the body it serves at.
        if left.kind == "COUNTRY" or (left.kind == "ORG" and country is None):
            country = left.payload["code"]
        start = left.start
        absorbed.append(kk)
        kk -= 1
    return start, country, absorbed


UNKNOWN_BODY_REACH = 3     # capitalised words of an unknown body before a title ("Central Command chief")


def _described_from(st: ActorState, start: int) -> int:
    """The first of the describing words right before token `start` (start if none): lower-case ones, and
    where the modifier comes first capitalised portfolio words ("EU Trade Commissioner", "Energy Minister")."""
    k = start
    text, gaz = st.tt.text, st.gaz
    while k > 0 and start - k < 3 and (text[k - 1].islower() and st.tt.lower[k - 1] in gaz.descriptors
                                       or not gaz.modifier_follows_head and gaz.portfolio(text[k - 1])):
        k -= 1
    return k if k < start else _unknown_body_from(st, start)


def _unknown_body_from(st: ActorState, start: int) -> int:
    """Where modifiers lead, the capitalised words of a body the gazetteer does not know, between a state
    and a title ("U.S. Central Command chief"): they describe the title. Else start.

    Example: "Asim Munir met U.S. Central Command chief Brad Cooper." (Cooper, USA)"""
    if st.gaz.modifier_follows_head:
        return start
    text = st.tt.text
    k = start
    while k > 0 and start - k < UNKNOWN_BODY_REACH and text[k - 1][:1].isupper() and text[k - 1].isalpha() \
            and not st.covered[k - 1] and k - 1 not in st.at:
        k -= 1
    before = st.at.get(_item_ending_at(st, k))
    return k if k < start and before is not None and st.items[before].kind == "COUNTRY" else start


def _item_ending_at(st: ActorState, k: int) -> int:
    """The first token of the item that ends right before token k (-1 if none)."""
    return next((it.start for it in st.items if it.end == k), -1)


def _past_body_in_name(st: ActorState, j: int, name_end: int) -> int:
    """Past the last word of a titled name of two words at least that is also a one-word body's name
    ("Menlu Kongo Therese Kayikwamba Wagner": a surname, not the Wagner group), if no capital follows it;
    never an acronym, nor past a name the lists know whole ("Sergei Lavrov")."""
    k = st.at.get(name_end)
    if name_end - j < 2 or k is None or k in st.used:
        return name_end
    it, text = st.items[k], st.tt.text
    if it.kind not in ("ORG", "GROUP") or it.end != name_end + 1 or not text[name_end][:1].isupper() \
            or text[name_end].isupper() or name_end + 1 < st.n and text[name_end + 1][:1].isupper() \
            or st.span(j, name_end).casefold() in st.gaz.people:
        return name_end
    st.used.add(k)
    return name_end + 1


def _titled_person(st: ActorState, start: int, j: int, name_end: int, role_text: str, role_key: str | None,
                   country: str | None) -> tuple[Mention, str | None]:
    """The person at tokens start..name_end, titled up to j, and their gender
    if known: one the document knows (by full name, or by a one-word
    surname), its record completed by the title; else a new one."""
    name = st.span(j, name_end)
    known = st.ctx.resolve_name(name)
    if known is None and name_end - j == 1:
        known = st.ctx.resolve_name(st.tt.text[name_end - 1])
    if known is not None:
        return st.mention(start, name_end, name=known["name"], type="PERSON",
                          country=known.get("country") or country, role=known.get("role") or role_text,
                          role_key=known.get("role_key") or role_key), known.get("gender")
    famous = st.gaz.people.get(name.casefold(), {})
    listed = st.gaz.surnames.get(name.casefold()) if not famous and name_end - j == 1 else None
    if listed is not None and country in (None, listed["country"]):
        # "Presiden Trump": a title before the surname of one listed person is that person's.
        famous, name = listed, listed["name"]
    if not famous and start < j:
        # "Sheikh Hasina": a title word that opens a listed name is the name's (named so, "Hasina" names her back).
        famous = st.gaz.people.get(st.span(j - 1, name_end).casefold(), {})
        name = famous.get("name", name)
    return st.mention(start, name_end, name=name, type="PERSON", country=country or famous.get("country"),
                      role=role_text, role_key=role_key), famous.get("gender")


def national_bodies(st: ActorState) -> None:
    """An institution with its country is one national body; so is a seat that names another state
    ("Pakistan's Foreign Office": Pakistan's, not Britain's).

    Example: "Chinese troops crossed the border, residents said." ("Chinese troops", CHN)"""
    items, tt, follows = st.items, st.tt, st.gaz.modifier_follows_head
    for k, it in enumerate(items):
        seat = it.kind == "COUNTRY" and it.payload.get("city")     # "Pakistan's Foreign Office"
        if not (it.kind == "INST" or seat) or k in st.used:
            continue
        nb = st.at.get(it.end) if follows else None
        if nb is None and not follows:
            gap = 1 if it.start > 0 and tt.lower[it.start - 1] in st.gaz.possessives else 0
            nb = next((kk for kk in range(k - 1, -1, -1) if items[kk].end == it.start - gap), None)
        if nb is None or nb in st.used or items[nb].kind not in ("COUNTRY", "ORG"):
            continue
        other = items[nb]
        if seat and (other.kind != "COUNTRY" or other.payload.get("city")
                     or other.payload["code"] == it.payload["code"]):
            continue    # a seat owned by another state is that state's body; by its own, the seat it is
        s, e = min(it.start, other.start), max(it.end, other.end)
        st.used.update((k, nb))
        # "Pemerintah Taliban": the body of the state the group governs, and the group's.
        governs = other.payload.get("governs")
        st.mentions.append(st.mention(s, e, name=st.span(s, e), type="ORG", country=governs or other.payload["code"],
                                      role=None, code=other.payload["code"] if governs else None))


@needs_words("institution_head_words")
def named_national_bodies(st: ActorState) -> None:
    """A head word and capitalised words beside a country name a body the list lacks.

    Example: "Dinas Imigrasi Kenya menahan dua orang." ("Dinas Imigrasi Kenya", KEN)"""
    for k, it in enumerate(st.items):
        if it.kind != "COUNTRY" or k in st.used:
            continue
        span = _body_around(st, it)
        if span is None:
            continue
        s, e = span
        st.used.add(k)
        st.cover(s, e)
        st.mentions.append(st.mention(s, e, name=st.span(s, e),
                                      type="ORG", country=it.payload["code"], role=None, code=None))


def _body_around(st: ActorState, it: Item) -> tuple[int, int] | None:
    """The tokens of a body named around country item `it`: "Departemen
    Keuangan AS" (head first), "U.S. Treasury Department" (head last)."""
    text, covered, heads = st.tt.text, st.covered, st.gaz.institution_heads
    if st.gaz.modifier_follows_head:
        s = it.start
        while s > 0 and not covered[s - 1] and text[s - 1][:1].isupper() and it.start - s < 4 \
                and text[s - 1] not in heads:
            s -= 1
        if s > 0 and text[s - 1] in heads and not covered[s - 1]:
            return s - 1, it.end
        return None
    e = it.end
    while e < st.n and not covered[e] and text[e][:1].isupper() and e - it.end < 4 and text[e] not in heads:
        e += 1
    if e < st.n and text[e] in heads and not covered[e]:
        return it.start, e + 1
    return None


def places_and_organisations(st: ActorState) -> None:
    """Countries, capitals, cities, organisations and regions standing alone, but not a currency's country.

    Example: "Kenya menjanjikan 300 juta dolar AS kepada Haiti." (KEN, HTI; not USA)"""
    used, add, mention, in_currency, low = st.used, st.mentions.append, st.mention, st.gaz.in_currency, st.low
    for k, it in enumerate(st.items):
        if k in used:
            continue
        p = it.payload
        if it.kind == "COUNTRY":
            if in_currency(low, it.start, it.end):
                continue    # "7 miliar dolar AS", "U.S. dollars": money, not a party
            add(mention(it.start, it.end, name=p["name"], type="COUNTRY", country=p["code"]))
        elif it.kind == "ORG":
            add(mention(it.start, it.end, name=p["name"], type=p["type"],
                        country=p["code"] if p["type"] == "ORG" else None, code=p["code"]))
        elif it.kind == "REGION":
            # A group of states, one actor.
            add(mention(it.start, it.end, name=p["name"], type="REGION", code=p["code"], members=p["members"]))


GROUP_REACH = 15    # tokens after a group noun its place may stand ("mahasiswa berunjuk rasa di Jakarta")


def groups_in_places(st: ActorState) -> None:
    """A country's people with no nationality word take the country of the place they are in.

    Example: "Ribuan mahasiswa berunjuk rasa di Jakarta." ("mahasiswa", IDN)

    The place is the first one after a location marker in the group's
    sentence; its own mention stays (a venue too)."""
    groups = [(k, it) for k, it in enumerate(st.items) if it.payload.get("group") and k not in st.used]
    if not groups:
        return      # most paragraphs
    places = {m.start: m for m in st.mentions if m.type == "COUNTRY"}
    low, marks, ends, dets = st.low, st.gaz.location_markers, SENTENCE_ENDS, st.gaz.determiners
    for k, it in groups:
        for i in range(it.end, min(st.n - 1, it.end + GROUP_REACH)):
            if low[i] in ends:
                break
            # "in Nairobi", "in the capital Nairobi" (a determiner and the place noun it opens)
            place = (places.get(i + 1) or (places.get(i + 3) if low[i + 1] in dets else None)) \
                if low[i] in marks else None
            if place is not None:
                st.used.add(k)
                st.mentions.append(st.mention(it.start, it.end, name=st.span(it.start, it.end),
                                              type="ORG", country=place.country, role=None, code=None))
                break
