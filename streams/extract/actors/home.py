"""The country a story is told from, and the bodies named bare that belong to it.

A wire story opens with its dateline ("NAIROBI, June 26 (Reuters) -",
"KYIV, 3 Maret (ANTARA) -"): the place, in capitals, where it is reported
from.  A national body or a country's people named with no nationality word
and no place beside them ("police fired tear gas", "Polisi menangkap",
"the foreign ministry said") belong to the state the document named that
body for before ("Kenyan police … the police"), else to the dateline's."""

from __future__ import annotations

import re

from ..docstate import SENT_STARTS
from ..mentions import Mention
from .gazetteer import Item
from .state import SENTENCE_ENDS, ActorState

# The place of a dateline: words in capitals (a hyphen, a dot, an apostrophe
# inside), up to the comma, bracket, slash or dash that ends it.
DATELINE = re.compile(r"([A-Z][A-Z'’.\- ]*[A-Z.])\s*(?:[,(/]|[—–-]\s)")
# Datelines as outlets print them in mixed case, up to the dash that closes them: the place, then the
# agency in brackets or the outlet after a comma ("Jakarta (ANTARA) -", "Jakarta, CNN Indonesia --"), or a
# web outlet, then the place ("TEMPO.CO, Jakarta -", "REPUBLIKA.CO.ID, JAKARTA --").
OUTLET_DATELINE = re.compile(r"(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*\s*"
                             r"(?:\([A-Z][\w ./]*\)|,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)"
                             r"|[A-Z]\w*(?:\.[A-Za-z]+)+,\s*([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*))\s*(?:--|[—–-])\s")
PLACE_FIRST = re.compile(r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*")
OUTLET_DATELINE_REACH = 80     # characters an outlet's dateline may take before its dash


def dateline_home(st: ActorState) -> None:
    """A paragraph opening with a dateline places the document in its country (the first dateline counts);
    the places and outlets of the dateline are no actors.

    Example: "NAIROBI, June 26 (Reuters) - Police fired tear gas." (KEN)"""
    if st.ctx is None or st.ctx.home is not None:
        return
    head = st.text[:OUTLET_DATELINE_REACH]     # (a dash and a space close an outlet's dateline: most text has none)
    outlet = OUTLET_DATELINE.match(st.text) if "- " in head or "— " in head or "– " in head else None
    if outlet is not None:
        _not_actors(st, outlet.end())
        place = outlet.group(1) or PLACE_FIRST.match(st.text).group(0)
        code = st.gaz.places.get(place.strip().casefold())
        if _press_desk(st, place, outlet.group(0)):
            return      # "Jakarta, CNN Indonesia --": the outlet's own desk, which files foreign news too
        if code is not None:
            st.ctx.located(_story_of_hub(st, place, code, outlet.end()) or code)
            return
    m = DATELINE.match(st.text) if st.text[:1].isupper() else None
    if m is None:
        _titled_dateline_home(st)
        return
    code = st.gaz.places.get(m.group(1).strip().casefold())
    if code is None:
        # "RAMSTEIN AIR BASE, Germany (Reuters) -": the country after the place.
        dash = next((k for k in range(min(st.n, 12)) if st.low[k] in ("-", "—", "–", "--")), 0)
        code = next((it.payload["code"] for it in st.items if it.kind == "COUNTRY" and it.end <= dash), None)
    if code is not None:
        st.ctx.located(_story_of_hub(st, m.group(1), code, m.end()) or code)


def _story_of_hub(st: ActorState, place: str, code: str, end_char: int) -> str | None:
    """A regional desk's dateline (grammar hub_desks: "DUBAI", "BANGKOK") over a story its paragraph sets in one
    other state, never naming the desk's, places the story there: "DUBAI (Reuters) - Shopkeepers in Tehran's
    bazaar went on strike" is Iran's (the place after a location marker, as story_place reads it)."""
    if place.strip().casefold() not in st.gaz.hub_desks:
        return None
    after = [it for it in st.items if it.kind == "COUNTRY" and st.doc[it.start].idx >= end_char]
    if any(it.payload.get("code") == code for it in after):
        return None
    low, marks, dets = st.low, st.gaz.location_markers, st.gaz.determiners
    there = {it.payload.get("code") for it in after if _marked(low, marks, it.start, dets)}
    return there.pop() if len(there) == 1 else None


def _press_desk(st: ActorState, place: str, dateline: str) -> bool:
    """A national outlet's desk (grammar press_desks) in title case with the outlet after a comma, not an
    agency's bracket ("Surabaya (ANTARA) -" is where the story happened)."""
    return "(" not in dateline and not place.isupper() and place.strip().casefold() in st.gaz.press_desks


def _titled_dateline_home(st: ActorState) -> None:
    """A dateline printed in title case ("Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -"), which the
    sentence splitter cut off the first sentence: the first place known before its dash."""
    starts = st.doc.user_data.get(SENT_STARTS) or (0,)
    dash = next((k for k in starts[1:2] if 1 < k <= 13 and st.low[k - 1] in ("-", "—", "–", "--")), 0)
    if not dash:
        return
    code = next((st.gaz.places[w] for w in st.low[:dash - 1] if w in st.gaz.places), None)
    if code is not None:
        st.ctx.located(code)


def _not_actors(st: ActorState, end_char: int) -> None:
    """The gazetteer hits inside a dateline (its first end_char characters) name no party: "Jakarta,
    CNN Indonesia --" is where and by whom the story is told."""
    for k, it in enumerate(st.items):
        if st.doc[it.end - 1].idx < end_char:
            st.used.add(k)


def home_bodies(st: ActorState) -> None:
    """A bare national body or people take the country the document named them for, else the dateline's.

    Example: "JAKARTA (Reuters) - Polisi menangkap 12 orang." ("Polisi", IDN)"""
    if st.ctx is None:
        return
    bare = [(k, it) for k, it in enumerate(st.items)
            if it.kind == "INST" and it.payload.get("home") and k not in st.used and not _by_title(st, k)
            and not (it.start > 0 and st.low[it.start - 1] in st.gaz.owners)
            and not _runs_a_medium(st, it)
            and not (it.payload.get("opening") and not (_stands_bare(st, it) or _heads_national_body(st, it)))]
    if not bare:
        return      # most paragraphs
    taken = bytearray(st.n)
    for m in st.mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    for k, it in bare:
        if any(taken[it.start:it.end]):
            continue
        if it.payload.get("press"):     # "Kemenlu" in Indonesian copy from anywhere, unless named for another
            own = it.payload.get("press_own") and st.gaz.press_state     # "Kemlu": the press state's only
            code = own or _named_for(st, it) or st.gaz.press_state or _placed(st, it) or st.ctx.home
        else:
            code = _heads_a_body(st, it, taken) or _owned_past_modifier(st, it) or _reporter_state(st, it) \
                or _placed(st, it) \
                or _named_for(st, it) or _where_now(st, it) or _only_state_of_story(st, it)
        if code is None:
            continue
        st.used.add(k)
        st.mentions.append(st.mention(it.start, it.end, name=st.span(it.start, it.end),
                                      type="ORG", country=code, role=None, code=None))


def _where_now(st: ActorState, it: Item) -> str | None:
    """Where the story stands at the body: the dateline's country first, else the last place this paragraph set
    an act in before it ("Ribuan warga berunjuk rasa di Yangon. Polisi …"), else the last place of the paragraphs
    before.  (A place over the dateline, for foreign stories filed from a home desk, was tried: held-out fell;
    a regional desk's dateline is read at the dateline, _story_of_hub.)"""
    low, marks, dets = st.low, st.gaz.location_markers, st.gaz.determiners
    here = next((m.country for m in reversed(st.mentions) if m.type == "COUNTRY" and m.end <= it.start
                 and m.from_text and _marked(low, marks, m.start, dets)), None)
    return st.ctx.home or here or st.ctx.place


def story_place(st: ActorState) -> None:
    """The last place the paragraph sets an act in (a place after a location marker, no seat of a body) is where
    the story stands, for the bare bodies of the paragraphs after it.

    Example: "Thousands rallied in Yangon on Sunday. / Police fired tear gas." ("Police", MMR)"""
    if st.ctx is None:
        return
    low, marks, dets = st.low, st.gaz.location_markers, st.gaz.determiners
    code = next((m.country for m in reversed(st.mentions) if m.type == "COUNTRY" and m.country and m.from_text
                 and _marked(low, marks, m.start, dets)), None)
    if code is not None:
        st.ctx.set_in(code)


def _heads_a_body(st: ActorState, it: Item, taken: bytearray) -> str | None:
    """Where modifiers follow the head, the country of a national body named right after the bare one:
    "Junta militer Myanmar" is Myanmar's junta, whatever the dateline."""
    if not st.gaz.modifier_follows_head or it.end >= st.n or not taken[it.end]:
        return None
    return next((m.country for m in st.mentions if m.start == it.end and m.type == "ORG" and m.country
                 and not m.code), None)


def _heads_national_body(st: ActorState, it: Item) -> bool:
    """Where modifiers follow the head, a body word right before a national body is its head, an actor of that
    state whatever stands before it: "sanksi terhadap junta militer Niger" (so that "junta" later names Niger's)."""
    return st.gaz.modifier_follows_head and any(m.start == it.end and m.type == "ORG" and m.country and not m.code
                                                for m in st.mentions)


def _owned_past_modifier(st: ActorState, it: Item) -> str | None:
    """Where modifiers follow the head, a country named bare one describing word after the body owns it:
    "tentara perempuan Israel", "aktivis oposisi Myanmar" (not past a verb: "tentara menyerang Israel")."""
    k = it.end
    if not st.gaz.modifier_follows_head or k + 1 >= st.n or not st.tt.alpha[k] or st.tt.stop[k] \
            or st.low[k].startswith(st.gaz.verbal_prefixes) or st.low[k] in st.gaz.location_markers:
        return None
    return next((m.country for m in st.mentions if m.start == k + 1 and m.type == "COUNTRY" and m.from_text
                 and m.country), None)


def _only_state_of_story(st: ActorState, it: Item) -> str | None:
    """With no dateline, the one state the story has named so far (its bodies, people and places, in this
    paragraph before the body and in the ones before; international bodies aside), else None.

    Example: "Thousands of Georgians rallied in Tbilisi on Sunday. / Riot police used water cannon." (GEO)"""
    states = {p.get("country") for p in st.ctx.parties if not p.get("code")}
    states.update(m.country for m in st.mentions if m.end <= it.start and not m.code)
    states.discard(None)
    return next(iter(states)) if len(states) == 1 else None


def _runs_a_medium(st: ActorState, it: Item) -> bool:
    """A body word that says who runs the medium beside it is no actor of its own: in 'menurut televisi
    pemerintah', 'government television said' the medium speaks, for the state its report is about (not the
    dateline's)."""
    k = it.start - 1 if st.gaz.modifier_follows_head else it.end
    return 0 <= k < st.n and st.low[k] in st.gaz.media_heads


def _reporter_state(st: ActorState, it: Item) -> str | None:
    """A bare body opening what a state's person or body reports is that state's: 'Juru Bicara Kemlu RI
    Rolliansyah Soemirat mengatakan pemerintah telah mengevakuasi …' (IDN, not the dateline's)."""
    k = it.start - 1
    while k >= 0 and st.low[k] in st.gaz.complementizers:
        k -= 1
    if k < 1 or st.low[k] not in st.gaz.report_verbs:
        return None
    speaker = next((m for m in reversed(st.mentions) if m.end == k), None)
    if speaker is None or speaker.code or not speaker.country:
        return None
    return speaker.country


def _stands_bare(st: ActorState, it: Item) -> bool:
    """A body that is most often a modifier ("militer", "military") stands as a noun: it opens its sentence, or
    (where modifiers lead) a definite word is before it (no location marker before that: a place) and no content
    word after it, nor an owner ("criticised the military for", "the junta's attacks"; not "the government of
    Haiti")."""
    if _opens_sentence(st, it.start):
        return True
    if st.gaz.modifier_follows_head:
        # Where modifiers follow their head, right after a verb it is the verb's object, no modifier:
        # "menuduh junta tetap menggempur desa-desa" (not "pasukan militer", "junta militer"); and right after a
        # conjunction it is its clause's subject: "setelah junta menolak", "sementara junta militer membalas".
        k = it.start - 1
        return k >= 0 and (bool(st.gaz.verbal_prefixes) and st.low[k].startswith(st.gaz.verbal_prefixes)
                           and st.tt.alpha[k] and len(st.low[k]) > 4 or st.low[k] in st.gaz.clause_openers)
    if not st.gaz.definite_before(st.low, it.start):
        return False
    k = it.start - 1
    while k >= 0 and st.low[k] not in st.gaz.definite:
        k -= 1
    if k > 0 and st.low[k - 1] in st.gaz.location_markers:
        return False    # a place, no actor: "summoned to the foreign ministry", "gathered at the ministry"
    if k > 0 and st.low[k - 1] in st.gaz.complementizers:
        return True     # the subject of a clause: "demanded that the junta release", "said that the government had"
    nxt = it.end
    return nxt >= st.n or not st.tt.alpha[nxt] and st.low[nxt] not in st.gaz.owner_markers or \
        st.low[nxt] in st.gaz.possessives or st.tt.stop[nxt] and not _owner_after(st, nxt)


def _owner_after(st: ActorState, k: int) -> bool:
    """An owner marker at token k that an owner follows, a name or a determiner's phrase ("the government of
    Haiti", "of the island"); not a charge ("accused the government of persecution", "of arresting them")."""
    return st.low[k] in st.gaz.owner_markers and k + 1 < st.n \
        and (st.tt.text[k + 1][:1].isupper() or st.low[k + 1] in st.gaz.determiners)


def _opens_sentence(st: ActorState, i: int) -> bool:
    """Token i opens its sentence, after determiners only ("The military said", "Militer menyatakan")."""
    starts = st.doc.user_data.get(SENT_STARTS) or (0,)
    k = i
    while k > 0 and k not in starts and st.low[k - 1] in st.gaz.determiners:
        k -= 1
    return k in starts or _after_fronted_phrase(st, k, starts)


FRONTED_MAX = 5     # tokens of a fronted adverbial before its comma ("Sehari kemudian,", "On Tuesday,")


def _after_fronted_phrase(st: ActorState, k: int, starts) -> bool:
    """Token k follows the comma that closes a short phrase opening its sentence ("Sehari kemudian, junta …")."""
    if k < 2 or st.low[k - 1] != ",":
        return False
    j = k - 2
    while j >= 0 and j not in starts and k - 1 - j <= FRONTED_MAX:
        if not st.tt.alpha[j] and st.low[j] not in "()/":
            return False    # another comma or mark: a list or an aside, not one fronted phrase
        j -= 1
    return j in starts and k - 1 - j <= FRONTED_MAX


def _by_title(st: ActorState, k: int) -> bool:
    """The body qualifies a title beside it ("police chief", "juru bicara militer"): the person's, not an actor."""
    items = st.items
    return any(0 <= j < len(items) and items[j].kind == "TITLE" and
               (items[j].start == items[k].end or items[j].end == items[k].start) for j in (k - 1, k + 1))


def _named_for(st: ActorState, it: Item) -> str | None:
    """The country of the latest body named with one of this body's words, here before it or in the document."""
    words = st.span(it.start, it.end).lower().split()
    own = set(words)
    # A body or a person titled by it named with the body's canonical name ("Mali's military government … the
    # junta", "Myanmar's military spokesman … said the junta") is matched by that name too.
    named = own | {w for w in str(it.payload.get("name", "")).lower().split() if len(w) > 3}
    for m in reversed(st.mentions):
        if m.end <= it.start and m.type in ("ORG", "PERSON") and m.country and not m.code and \
                not named.isdisjoint(m.text.lower().split()):
            return m.country
    # "the junta" after "Mali's military government" two paragraphs up: its own words first, then its name's.
    extra = [w for w in str(it.payload.get("name", "")).lower().split() if len(w) > 3 and w not in own]
    return next((st.ctx.bodies[w] for w in (*words, *extra) if w in st.ctx.bodies), None)


PLACE_REACH = 15    # tokens from a body to a place of its sentence ("In Chad, authorities said", "police in Lima")


def _placed(st: ActorState, it: Item) -> str | None:
    """The country of a place its sentence puts the body in: after a location marker, the nearest before it
    and no verb joined by "and" between ("In neighbouring Chad, authorities said"), else the first after it
    ("Polisi di Jakarta"), unless a country named bare comes first past the word next to the body (not
    "otoritas maritim Malaysia"): a party of its act
    ("the junta criticised Algeria for hosting rebels in Algiers")."""
    low, marks = st.low, st.gaz.location_markers
    places = {m.start: m for m in st.mentions if m.type == "COUNTRY"}
    if not places:
        return None
    prefixes, joiners = st.gaz.verbal_prefixes, st.gaz.verb_coordinators
    for i in range(it.start - 1, max(-1, it.start - PLACE_REACH), -1):
        if low[i] in SENTENCE_ENDS or prefixes and low[i].startswith(prefixes) and st.tt.alpha[i] \
                and len(low[i]) > 4 and low[i - 1] in joiners:
            break   # (nor past a second verb: "kunjungannya ke KTT di Addis Ababa dan memerintahkan militer")
        place = places.get(i)
        if place is not None and _marked(low, marks, i, st.gaz.determiners):
            return place.country
    for i in range(it.end, min(st.n, it.end + PLACE_REACH)):
        if low[i] in SENTENCE_ENDS:
            break
        place = places.get(i)
        if place is None:
            continue
        if _marked(low, marks, i, st.gaz.determiners):
            return place.country
        if i > it.end + 1:
            return None
    return None


def _marked(low: list[str], marks: frozenset[str], i: int, dets: frozenset[str] = frozenset()) -> bool:
    """A location marker before token i, past one describing word ("in neighbouring Chad"), or past a
    determiner and the place noun it opens ("in the capital Nairobi")."""
    return i > 0 and (low[i - 1] in marks or i > 1 and low[i - 2] in marks and low[i - 1].isalpha()
                      or i > 2 and low[i - 3] in marks and low[i - 2] in dets and low[i - 1].isalpha())


def seats_not_actors(st: ActorState) -> None:
    """A place right after a national body of another country, past "in", is where the body sits: no actor
    (unless the body itself is a venue, after a preposition: "a sit-in outside the U.S. embassy in Manila").

    Example: "The Russian embassy in Washington condemned the sanctions." (RUS; Washington no party)
    ("Kedutaan Besar Rusia di Washington": the head opens the name where modifiers follow it)"""
    seats, heads = st.gaz.seat_markers, st.gaz.seated_heads
    bodies = [m for m in st.mentions if m.type == "ORG" and m.country and not m.code and m.end + 1 < st.n
              and st.low[m.end] in seats]
    bare = _bare_seated(st)
    if not bodies and not bare:
        return      # most paragraphs
    at = {m.start: m for m in st.mentions if m.type == "COUNTRY"}
    drop = [p for m in bare if (p := at.get(m.end)) is not None and p.country != m.country]
    for m in bodies:
        if st.low[m.start if st.gaz.modifier_follows_head else m.end - 1] not in heads \
                or _after_preposition(st, m.start):
            continue
        place = at.get(m.end + 1)
        if place is not None and place.country != m.country:
            drop.append(place)
    if drop:
        st.mentions = [m for m in st.mentions if all(m is not d for d in drop)]


def _bare_seated(st: ActorState) -> list:
    """A mission named by its state's abbreviation, its seat right after it with no "in" (grammar
    seated_abbreviations): 'KBRI Kuala Lumpur menyebut …' is Indonesia's embassy, Kuala Lumpur no party."""
    seated = st.gaz.seated_abbreviations     # read over the few mentions, not over every token
    return [m for m in st.mentions if m.type == "COUNTRY" and m.end - m.start == 1 and st.low[m.start] in seated] \
        if seated else []


def _after_preposition(st: ActorState, i: int) -> bool:
    """Token i follows a preposition, past determiners and one word of a compound one ("outside the embassy",
    "di depan Kedutaan")."""
    k = i - 1
    while k >= 0 and st.low[k] in st.gaz.determiners:
        k -= 1
    return any(j >= 0 and st.low[j] in st.gaz.prepositions for j in (k, k - 1))


def owned_bodies(st: ActorState) -> None:
    """A bare national body owned by "its"/"their" belongs to the state or body named last before it.

    Example: "The Philippines protested to China after its coast guard fired water cannon." (CHN)"""
    owned = [(k, it) for k, it in enumerate(st.items)
             if it.kind == "INST" and it.payload.get("home") and k not in st.used and it.start > 0
             and (st.low[it.start - 1] in st.gaz.neuter_owners or _country_owned(st, it.start))]
    if not owned:
        return      # most paragraphs
    for k, it in owned:
        if _country_owned(st, it.start):
            _body_of_country_named_last(st, k, it)
            continue
        if any(m.start < it.end and it.start < m.end for m in st.mentions):
            continue
        owner = _owner_of_attribution(st, it) or _owner_of_coordinated_clause(st, it) or next(
            (m for m in sorted(st.mentions, key=lambda m: -m.start)
             if m.end < it.start and m.type != "PERSON" and (m.country or m.code)), None)
        if owner is None or any(w in SENTENCE_ENDS for w in st.low[owner.end:it.start]):
            continue    # only an owner named in the same sentence
        st.used.add(k)
        st.mentions.append(st.mention(it.start, it.end, name=st.span(it.start, it.end), type="ORG",
                                      country=owner.country or owner.code, role=None, code=None))


def _owner_of_attribution(st: ActorState, it: Item) -> Mention | None:
    """", its foreign ministry said." closing a sentence: "its" is the reported clause's subject, the first
    state or body of the sentence, not the one named last.

    Example: "Japan sent food aid to Gaza via Jordan, its foreign ministry said." (JPN, not JOR)"""
    low = st.low
    if it.start < 2 or low[it.start - 2] != "," or it.end >= st.n or low[it.end] not in st.gaz.report_verbs:
        return None
    opening = next((k for k in range(it.start - 1, -1, -1) if low[k] in SENTENCE_ENDS), -1)
    return next((m for m in sorted(st.mentions, key=lambda m: m.start)
                 if opening < m.start and m.end < it.start and m.type != "PERSON" and (m.country or m.code)), None)


def _owner_of_coordinated_clause(st: ActorState, it: Item) -> Mention | None:
    """"… and its foreign ministry summoned": a clause joined by "and" whose subject "its" owns is of the
    sentence's subject (its first state or body, not after a preposition), not of the object named last.

    Example: "Germany expelled two Chinese diplomats and its foreign ministry summoned China's ambassador." (DEU)"""
    low, gaz = st.low, st.gaz
    if it.start < 2 or low[it.start - 2] not in gaz.verb_coordinators:
        return None
    opening = next((k for k in range(it.start - 1, -1, -1) if low[k] in SENTENCE_ENDS), -1)
    first = next((m for m in sorted(st.mentions, key=lambda m: m.start)
                  if opening < m.start and m.end < it.start), None)
    if first is None or first.type == "PERSON" or not (first.country or first.code) \
            or first.start > 0 and low[first.start - 1] in gaz.prepositions:
        return None
    return first


def _country_owned(st: ActorState, i: int) -> bool:
    """A body owned by "the country's" ("the nation's", "the kingdom's"), where modifiers lead."""
    low, gaz = st.low, st.gaz
    return not gaz.modifier_follows_head and i >= 3 and low[i - 1] in gaz.possessives \
        and low[i - 2] in gaz.country_heads and low[i - 3] in gaz.definite


def _body_of_country_named_last(st: ActorState, k: int, it: Item) -> None:
    """"the country's foreign ministry": the body of the state named last, here or in the paragraphs before.

    Example: "Iran faces new protests. The country's foreign ministry summoned the British ambassador." (IRN)"""
    start = it.start - 3
    if any(m.start < it.end and start < m.end for m in st.mentions):
        return
    here = next((m.country for m in sorted(st.mentions, key=lambda m: -m.start)
                 if m.end <= start and m.type == "COUNTRY" and m.country), None)
    before = next((p.get("country") for p in reversed(st.ctx.parties)
                   if p.get("type") == "COUNTRY" and p.get("country")), None) if st.ctx is not None else None
    code = here or before
    if code is None:
        return
    st.used.add(k)
    st.mentions.append(st.mention(start, it.end, name=st.span(start, it.end), type="ORG",
                                  country=code, role=None, code=None))
    st.cover(start, it.end)
