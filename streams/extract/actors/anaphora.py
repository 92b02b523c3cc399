"""Passes that name an actor back: a title without a name ("the president"),
a region ("kawasan itu"), a pair of states ("kedua negara", "the two"), an
international body by its head word ("the assembly")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from itertools import compress

from ..context import holds_role
from ..mentions import Mention, recalled
from ..syntax import phrase_length
from ..wordgate import needs_words
from .gazetteer import MAX_DESCRIPTORS
from .state import SENTENCE_ENDS, ActorState

# Tokens a back-reference looks back for its antecedent in the paragraph (the
# longest paragraph of our gold has 81); earlier ones come from the context.
BACKREF_LOOKBACK = 250


def title_backrefs(st: ActorState) -> None:
    """A title without a name is the holder of that role named last, here or in the context (a state's
    office nobody named holds is remembered: its unnamed holder is the one a later title names back).

    Example: "Presiden Kenya William Ruto tiba di Dodoma. Presiden itu disambut warga." (Ruto)

    A generic head ("the Kenyan leader", "pemimpin Rusia itu") stands for any
    of its roles, held by someone of that country; it replaces the country
    mention inside it."""
    if not st.backrefs:
        return
    tt, ctx, generic = st.tt, st.ctx, st.gaz.generic_roles
    persons = sorted((m for m in st.mentions if m.type == "PERSON"), key=lambda m: m.start)
    dropped: list[tuple[int, int]] = []     # spans whose mentions a back-reference replaced
    made: set[int] = set()                  # ids of the mentions back-references made
    for ref in st.backrefs:
        if not ref.role_key or ref.start and tt.lower[ref.start - 1] in st.gaz.pair_anaphor_starts \
                and tt.lower[ref.start - 1] not in st.gaz.definite:
            continue    # "kedua menlu itu", "both ministers": two holders, the collective readers take them
        roles = generic.get(ref.role_key) or {ref.role_key}
        if ref.role_key in generic and not (
                st.gaz.definite_before(tt.lower, ref.start) or tt.lower[ref.end - 1] in st.gaz.demonstratives):
            continue    # "para pemimpin", "world leaders": nobody in particular
        # A generic head holding a role of its own ("diplomat senior itu") names its holder before a kin one.
        own = _holder(st, persons, ref, {ref.role_key}) if len(roles) > 1 and ref.role_key in roles else None
        person = own or _past_holder(st, ref, roles) or _holder(st, persons, ref, roles) or _former(st, persons, ref)
        if person is None:
            if not _home_office(st, ref):
                _office_of(st, ref)     # its state stays the actor here; a later "the minister" is its holder
            continue
        st.used.add(ref.item)
        m = st.mention(ref.start, ref.end, name=person["name"], type="PERSON",
                       country=person.get("country") or ref.country,
                       role=person.get("role") or ref.role_text,
                       role_key=person.get("role_key") or ref.role_key)
        dropped.append((ref.start, ref.end))
        made.add(id(m))
        st.mentions.append(m)
        insort(persons, m, key=lambda m: m.start)
        st.cover(ref.start, ref.end)
        ctx.noticed(m)
    if dropped:
        inside = _container(dropped)
        st.mentions = [o for o in st.mentions if id(o) in made or not inside(o.start, o.end)]


def _holder(st: ActorState, persons: list[Mention], ref, roles) -> dict | None:
    """The person a back-reference names: the holder of its role named last,
    here or in the context (of the dateline's state first, when the title
    names none); else the holder of a role of that head ("the minister" for
    "Foreign Minister Lavrov", not "Prime Minister Kishida")."""
    ctx = st.ctx
    home = st.gaz.press_state or ctx.home
    if ref.country is None and home is not None and not (
            st.gaz.definite_before(st.low, ref.start) or st.low[ref.end - 1] in st.gaz.demonstratives):
        # A bare title, used as a name: "kata Menlu" in a story told from Jakarta (or in Indonesian copy from
        # anywhere) is Indonesia's minister, though Singapore's spoke last ("the president" is whoever the text
        # was just about).
        last = _holder_before(persons, ref.start, roles, home)
        person = (ctx.people.get(last.name) if last is not None else None) or ctx.person_by_role(roles, home)
        if person is not None and person.get("country") == home:
            return person
    for kind in (False, True):
        last = _holder_before(persons, ref.start, roles, ref.country, kind)
        person = (ctx.people.get(last.name) if last is not None else None) \
            or ctx.person_by_role(roles, ref.country, kind)
        if person is not None:
            return person
    return None


def _past_holder(st: ActorState, ref, roles) -> dict | None:
    """"the former president", "mantan menteri itu": the latest person introduced in a past role of these
    ("Former Philippine President Rodrigo Duterte"), before a present holder named since."""
    if not _past(st, ref):
        return None
    modifiers = st.gaz.describer.modifiers
    for name in reversed(st.ctx.recent):
        p = st.ctx.people[name]
        words = (p.get("role") or "").lower().split()
        if words and (words[0],) in modifiers and holds_role(p.get("role_key"), p.get("country"), roles, ref.country,
                                                               True):
            return p
    return None


def _past(st: ActorState, ref) -> bool:
    """A modifier ("former", "mantan") is part of the title's words."""
    return any((k := st.at.get(i)) is not None and st.items[k].kind == "TITLE" and st.items[k].payload.get("modifier")
               for i in range(ref.start, ref.end))


def _former(st: ActorState, persons: list[Mention], ref) -> dict | None:
    """"mantan Menteri Luar Negeri Australia itu", "the former minister", when nobody named holds that office:
    the person named last before it (here, else in the document) whom its state does not rule out."""
    if not _past(st, ref) or not (st.low[ref.end - 1] in st.gaz.demonstratives
                                  or st.gaz.definite_before(st.low, ref.start)):
        return None
    states = st.gaz.country_names

    def fits(country: str | None) -> bool:
        return not ref.country or country in (None, ref.country) or country not in states

    k = bisect_left(persons, ref.start, key=lambda m: m.start)
    # The few named last (a bounded look, as every back-reference of a paragraph takes it).
    here = next((m for m in reversed(persons[max(0, k - 8):k]) if m.end <= ref.start and fits(m.country)), None)
    if here is not None:
        return st.ctx.people.get(here.name)
    return next((p for name in reversed(st.ctx.recent) if fits((p := st.ctx.people[name]).get("country"))), None)


def _home_office(st: ActorState, ref) -> bool:
    """A state's title with no state named and no holder known ("the foreign minister said") is the office of
    the story's state (the dateline's, or the press state's): a national body of it.

    Example: "KYIV, Feb 1 (Reuters) - The foreign minister said Ukraine would never cede territory." (UKR)"""
    home = st.gaz.press_state or (st.ctx.home if st.ctx is not None else None)
    if home is None or ref.country is not None or ref.role_key not in st.gaz.state_office_roles or _past(st, ref) \
            or ref.item in st.used:
        return False
    st.used.add(ref.item)
    st.mentions.append(st.mention(ref.start, ref.end, name=st.span(ref.start, ref.end), type="ORG",
                                  country=home, role=None, code=None))
    st.cover(ref.start, ref.end)
    return True


def _office_of(st: ActorState, ref) -> None:
    """A state's office nobody named holds ("Sudan's foreign minister", "Menteri Pertahanan Sudan"):
    its holder, unnamed, of that country, remembered for a later "the minister"."""
    # Not a description naming someone back ("Menteri Pertahanan Sudan itu"), nor a past office ("former").
    if ref.country not in st.gaz.country_names or ref.role_key in st.gaz.generic_roles or \
            st.low[ref.end - 1] in st.gaz.demonstratives or _past(st, ref):
        return
    st.ctx.office_holder(st.span(ref.start, ref.end), ref.role_text, ref.role_key, ref.country)


def _recall(entry: dict | None) -> Mention | None:
    """An actor the context keeps (a party, the last region) as a Mention, with the words it was named by."""
    return recalled(entry, entry.get("text") or "", -1, -1, "context") if entry else None


def _holder_before(persons: list[Mention], start: int, roles, country, kind: bool = False) -> Mention | None:
    """The person holding one of `roles` named last before token `start`
    (the first of the list among those at the same token), looking back at
    most BACKREF_LOOKBACK tokens.  No person lies inside a span a back-
    reference replaced (those hold title items only), so none is skipped."""
    best = None
    for j in range(bisect_left(persons, start, key=lambda m: m.start) - 1, -1, -1):
        m = persons[j]
        if m.start < start - BACKREF_LOOKBACK or best is not None and m.start < best.start:
            break
        if m.end <= start and holds_role(m.role_key, m.country, roles, country, kind):
            best = m
    return best


def _container(spans: list[tuple[int, int]]):
    """inside(s, e): tokens s..e lie within one of `spans`."""
    spans = sorted(spans)
    firsts, reach, far = [a for a, _ in spans], [], -1
    for _, b in spans:
        far = max(far, b)
        reach.append(far)       # the furthest end of a span starting at or before this one

    def inside(s: int, e: int) -> bool:
        k = bisect_right(firsts, s) - 1
        return k >= 0 and reach[k] >= e
    return inside


def _phrases_at(low: list[str], covered: bytearray, starts: frozenset[str],
                phrases: tuple[tuple[str, ...], ...]):
    """(index, length) of each phrase that starts on a token not yet covered.
    Most tokens start no phrase: the first words are looked up before slicing,
    and most paragraphs hold none of them at all (a set test in C)."""
    if starts.isdisjoint(low):
        return
    for i in list(compress(range(len(low)), map(starts.__contains__, low))):    # (found in C)
        size = 0 if covered[i] else phrase_length(low, i, phrases)
        if size:
            yield i, size


@needs_words("region_anaphor_starts")
def region_anaphors(st: ActorState) -> None:
    """"kawasan itu", "the region": the region named last, here or before.

    Example: "Menlu Jepang mengunjungi Asia Tengah pekan ini. Kawasan itu kaya gas." (Central Asia)"""
    if st.gaz.region_anaphor_starts.isdisjoint(st.tt.word_set):
        return      # most paragraphs
    found: list[Mention] = []
    regions = None
    for i, size in _phrases_at(st.low, st.covered, st.gaz.region_anaphor_starts, st.gaz.region_anaphors):
        if regions is None:
            regions = [m for m in st.mentions if m.type == "REGION"]
            ends = [m.end for m in regions]
            in_order = ends == sorted(ends)     # as places_and_organisations finds them: then a bisect will do
        if in_order:
            k = bisect_right(ends, i)
            named = regions[k - 1:k]
        else:
            named = [m for m in regions if m.end <= i]
        region = named[-1] if named else _recall(st.ctx.last_region)
        if region is None:
            continue
        found.append(st.mention(i, i + size, name=region.name, type="REGION",
                                code=region.code, members=region.members))
    st.mentions += found


@needs_words("pair_anaphor_starts")
def pair_anaphors(st: ActorState) -> None:
    """"kedua negara", "the two countries", "keduanya" (unless two sides were just named): one actor of two parties
    (states, or armed groups).

    Example: "Chile and Peru reopened their border, and both countries will hold talks." (CHL, PER)

    The pair is the two states named before it in its sentence, else the two
    sides of the latest act between exactly two states ("Prabowo diterima Xi
    …" then "kedua negara telah mencapai …"), else the last two states named
    in the paragraph."""
    low, gaz = st.low, st.gaz
    if gaz.pair_anaphor_starts.isdisjoint(st.tt.word_set):
        return      # most paragraphs
    found: list[Mention] = []
    mentions = st.mentions
    for i, size in _phrases_at(low, st.covered, gaz.pair_anaphor_starts, gaz.pair_phrases):
        if tuple(low[i:i + size]) in gaz.pair_pronouns and (
                len({m.side for m in mentions if m.end <= i and not _body_of_states(m)}) >= 2
                or i + size < len(low) and low[i + size] in gaz.pair_nouns):
            continue    # the two just named ("A and B … keduanya"): the clause reader takes them
            # (not a body of states that reports or asks: "…, kata OCHA. Uni Afrika mendesak kedua pihak")
        pair = _pair_before(st, i)
        if not pair:
            continue
        found.append(st.mention(i, i + size, name=" – ".join(gaz.country_names.get(c, c) for c in pair),
                                type="REGION", members=tuple(pair)))
        st.cover(i, i + size)
    st.mentions += found


def _body_of_states(m: Mention) -> bool:
    """An international organisation (no state of its own), never one of a pair of sides."""
    return m.type == "ORG" and bool(m.code)


def _pair_before(st: ActorState, i: int) -> list[str]:
    """The two state codes an anaphor at token i stands for (see pair_anaphors), or []."""
    # In the order the passes found them; no further back than
    # BACKREF_LOOKBACK tokens, so repeated anaphors stay linear.
    reach = i - BACKREF_LOOKBACK
    before = [m for m in st.mentions if reach <= m.start and m.end <= i]
    # Not a city named as where two others met ("Thailand and Cambodia met in Kuala Lumpur"): a venue, no party
    # (but "Kamikawa arrived in Manila ..., and the two countries": the host is one of the two).
    venues = {it.start for it in st.items if it.payload.get("city") and it.start > 0
              and st.low[it.start - 1] in st.gaz.seat_markers}
    if venues:
        parties = [m for m in before if m.start not in venues]
        if len({c for m in parties if (c := _state(m.type, m.code, m.country))}) >= 2:
            before = parties
    opening = next((k for k in range(i - 1, max(-1, reach - 1), -1) if st.low[k] in SENTENCE_ENDS), -1)
    here = [c for m in before if m.start > opening and (c := _state(m.type, m.code, m.country))]
    # (not after a verb of saying: "Tuggar said the two countries were working …" opens what is said)
    object_like = i - 1 > opening and st.tt.alpha[i - 1] and st.low[i - 1] not in st.gaz.report_verbs \
        and st.low[i - 1] not in st.gaz.complementizers
    pair = _coordinated_pair(st, [m for m in before if m.start > opening]) if len(set(here)) > 2 else []
    pair = pair or _last_two(here)
    for ev in reversed(st.ctx.events):
        if pair:
            break
        # the context keeps an act's actors as records
        sides = [c for a in ev["sources"] + ev["targets"]
                 if (c := _state(a.get("type"), a.get("code"), a.get("country")))]
        # "Mesir mengkritik kedua pihak" (a word, no comma, before it): two others than the one its sentence named
        if len(set(sides)) == 2 and not (object_like and set(here) & set(sides)):
            pair = _last_two(sides)
    return pair or _last_two([c for m in sorted(before, key=lambda m: m.start)
                              if (c := _state(m.type, m.code, m.country))])


def _coordinated_pair(st: ActorState, before: list[Mention]) -> list[str]:
    """Of more than two states named before the anaphor in its sentence, the one pair joined by "and"
    ("Germany and France signed a declaration with Moldova, and both governments pledged …": DEU, FRA), else []."""
    at = {m.start: m for m in before}
    pairs = [[a, b] for m in before if m.end < st.n and st.low[m.end] in st.gaz.verb_coordinators
             and (n := at.get(m.end + 1)) is not None
             and (a := _state(m.type, m.code, m.country)) and (b := _state(n.type, n.code, n.country)) and a != b]
    return pairs[0] if len(pairs) == 1 else []


def _state(kind: str | None, code: str | None, country: str | None) -> str | None:
    """The state an actor stands for (a country, a person's or a national
    body's country), not an international organisation."""
    return country if kind == "COUNTRY" or not code else code if kind == "GROUP" else None


def _last_two(codes: list[str]) -> list[str]:
    """The last two distinct codes, in the order they were last named."""
    latest: dict[str, None] = {}
    for code in codes:
        latest.pop(code, None)
        latest[code] = None
    return list(latest)[-2:] if len(latest) >= 2 else []


@needs_words("demonstratives", "definite")
def body_anaphors(st: ActorState) -> None:
    """"the organization", "majelis itu": an international body named back by the head word of its name.

    Example: "The World Health Organization warned of cholera in Sudan, and the organization asked donors for funds."

    The head is the last word where modifiers lead, the first where they
    follow; the body is one named here or in the paragraphs before."""
    spots = _head_spots(st)
    if not spots:
        return
    heads = _body_heads(st)
    if not heads:
        return
    follows, low = st.gaz.modifier_follows_head, st.low
    found: list[Mention] = []
    named = None    # tokens inside a mention: one lookup per anaphor, not a scan
    for i, end in spots:
        if low[i] not in heads or st.covered[i]:
            continue
        s, e = (i, end) if follows else (i - 1, i + 1) if low[i - 1] in st.gaz.definite else (i - 2, i + 1)
        if named is None:
            named = bytearray(len(low))
            for m in st.mentions:
                named[m.start:m.end] = b"\x01" * (m.end - m.start)
        if any(named[s:e]):
            continue
        body = heads[low[i]]
        if type(body) is dict:      # a party of the paragraphs before, made a Mention only when named back
            body = _recall(body)
        found.append(st.mention(s, e, name=body.name, type=body.type, country=body.country, code=body.code))
    st.mentions += found


@needs_words("patron_words")
def patroned_groups(st: ActorState) -> None:
    """"the Iran-aligned group", "kelompok yang didukung Iran itu": a group named back with its backer; the
    backer is no actor of the clause, the phrase names the latest group.

    Example: "Yemen's Houthis attacked a tanker. The Iran-aligned group also threatened Israel." (HOUTHI)"""
    gaz, low = st.gaz, st.low
    if gaz.patron_words.isdisjoint(st.tt.word_set):
        return      # most paragraphs
    heads = None
    for m in [m for m in st.mentions if m.type == "COUNTRY"]:
        span = _patroned_group_span(st, m)
        if span is None:
            continue
        s, h, e = span
        if heads is None:
            heads = _body_heads(st)
        body = heads.get(low[h])
        if body is None or any(o is not m and o.start < e and s < o.end for o in st.mentions):
            continue
        if type(body) is dict:
            body = _recall(body)
        if body.type != "GROUP":
            continue
        st.mentions.remove(m)
        st.mentions.append(st.mention(s, e, name=body.name, type=body.type, country=body.country, code=body.code))
        st.cover(s, e)


def _patroned_group_span(st: ActorState, m: Mention) -> tuple[int, int, int] | None:
    """(start, head, end) of a definite group phrase in which state m is the backer: "the <m>-backed
    [armed] group" where modifiers lead, "kelompok yang didukung <m> itu" where they follow; else None."""
    gaz, low, n = st.gaz, st.low, st.n
    if gaz.modifier_follows_head:
        h = m.start - 3
        if h < 0 or m.end >= n or low[m.end] not in gaz.demonstratives or low[m.start - 1] not in gaz.patron_words \
                or low[m.start - 2] not in gaz.relativizers or low[h] not in gaz.group_nouns:
            return None
        return h, h, m.end + 1
    if m.start < 1 or low[m.start - 1] not in gaz.definite or m.end + 2 >= n or low[m.end] != "-" \
            or low[m.end + 1] not in gaz.patron_words:
        return None
    h = m.end + 2 if low[m.end + 2] in gaz.group_nouns else m.end + 3
    if h >= n or low[h] not in gaz.group_nouns:
        return None
    return m.start - 1, h, h + 1


def _head_spots(st: ActorState) -> list[tuple[int, int]]:
    """Where a head word could stand ("the _", "_ itu"), with the end of its phrase: most paragraphs have none."""
    low, gaz = st.low, st.gaz
    if (gaz.demonstratives if gaz.modifier_follows_head else gaz.definite).isdisjoint(st.tt.word_set):
        return []
    # Positions found in C (compress, map), not by a Python loop over every token.
    n = len(low)
    if gaz.modifier_follows_head:     # "Kelompok itu" may open: the word before a demonstrative
        ends = list(compress(range(1, n), map(gaz.demonstratives.__contains__, low[1:])))
        return sorted({(d - 1, d + 1) for d in ends} | {s for d in ends if (s := _described_head(st, d))})
    # "the rebel group", "the armed movement": a group noun past one describing word
    spots = set(compress(range(1, n - 1), map(gaz.definite.__contains__, low)))
    spots.update(i for i in compress(range(n - 1), map(gaz.group_nouns.__contains__, low))
                 if i > 1 and low[i - 2] in gaz.definite and low[i - 1].isalpha())
    return sorted((i, i + 1) for i in spots)


DESCRIBED_HEAD_REACH = 4    # words between a body noun and its demonstrative ("blok beranggotakan 15 negara itu")


def _described_head(st: ActorState, d: int) -> tuple[int, int] | None:
    """Where modifiers follow the head, a body or group noun a few describing words before the demonstrative at d
    ("blok beranggotakan 15 negara itu", "kelompok bersenjata itu"): no verb, conjunction or preposition between."""
    low, gaz, alpha = st.low, st.gaz, st.tt.alpha
    for h in range(d - 2, max(-1, d - 2 - DESCRIBED_HEAD_REACH), -1):
        if low[h] in gaz.body_nouns or low[h] in gaz.group_nouns:     # (no union built at every demonstrative)
            return h, d + 1
        w = low[h]
        if not (alpha[h] or w.isdigit()) or w in gaz.prepositions or w in gaz.clause_openers \
                or w in gaz.relativizers or w in gaz.actor_joiners or st.covered[h] \
                or w.startswith(gaz.verbal_prefixes) and not w.startswith(gaz.describing_prefixes):
            return None
    return None


def _body_heads(st: ActorState) -> dict[str, Mention | dict]:
    """Head word -> the body it names: the latest body with that head word;
    the listed body nouns ("the bloc") for the latest body of all that is no armed group.  A body of
    the paragraphs before is its context entry (a dict), which becomes a
    Mention only where it is named back (the context keeps up to 24 parties)."""
    follows = st.gaz.modifier_follows_head
    # (the body, the words it was written with, its canonical name, its type)
    bodies = [(p, p.get("text") or "", p["name"], p.get("type", "PERSON")) for p in st.ctx.parties
              if p.get("type") in ("ORG", "GROUP") and p.get("code")] + \
        [(m, m.text, m.name, m.type) for m in st.mentions if m.type in ("ORG", "GROUP") and m.code]
    if not bodies:
        group = _group_of_body(st)
        return dict.fromkeys(st.gaz.group_nouns, group) if group is not None else {}
    heads: dict[str, Mention | dict] = {}
    for body, text, name, _ in bodies:
        # As written here, and by its canonical name (written modifier-first).
        for form in (text,) if follows else (text, name):
            head = _head_word(form, follows)
            if head is not None:
                heads[head] = body
    # "the bloc", "the alliance": the latest body that is no armed group (a militia is no bloc)
    latest = next((b for b, _, _, kind in reversed(bodies) if kind != "GROUP"), None)
    if latest is not None:
        for noun in st.gaz.body_nouns:
            heads.setdefault(noun, latest)
    group = next((b for b, _, _, kind in reversed(bodies) if kind == "GROUP"), None) or _group_of_body(st)
    if group is not None:
        for noun in st.gaz.group_nouns:
            heads.setdefault(noun, group)
    return heads


def _group_of_body(st: ActorState) -> dict | None:
    """The armed group whose body ("Houthi militants", "Hamas fighters") was named last, here or before."""
    groups = st.gaz.armed_groups
    found = next((m.country for m in reversed(st.mentions) if m.type == "ORG" and not m.code and m.country in groups),
                 None) or next((p.get("country") for p in reversed(st.ctx.parties) if p.get("type") == "ORG"
                                and not p.get("code") and p.get("country") in groups), None)
    return groups[found] if found else None


@lru_cache(maxsize=4096)
def _head_word(form: str, follows: bool) -> str | None:
    """The head word of a body's name of several words (its first where modifiers
    follow the head, else its last), lower case; None for a name of one word.
    Kept by form: the same parties are read again in every paragraph."""
    words = [w for w in form.split() if w.isalpha()]
    return (words[0] if follows else words[-1]).lower() if len(words) > 1 else None


@needs_words("describer.nouns")
def described_people(st: ActorState) -> None:
    """A body word used as a definite description of one person is the person named before whom it fits.

    Example: "Iranian Foreign Minister Abbas Araqchi arrived in Muscat. The Iranian diplomat held talks." (Araqchi;
    "diplomat Iran itu" in Indonesian)

    The head is a person noun (grammar quote_person_nouns, singular), the
    country inside tells whose; the person is one of the document's recent
    people, as a described speaker is found."""
    nouns, gaz = st.gaz.describer.nouns, st.gaz
    # Head last after a definite word ("the Iranian diplomat"), or head first before a demonstrative
    # ("diplomat Mesir itu").
    found = [m for m in st.mentions if m.type == "ORG" and m.country and not m.code
             and (st.low[m.start] in nouns and gaz.demonstrative_after(st.low, m.end) if gaz.modifier_follows_head
                  else st.low[m.end - 1] in nouns and gaz.definite_before(st.low, m.start))]
    if not found:
        return      # most paragraphs
    people = [st.ctx.people[n] for n in st.ctx.recent]
    for m in found:
        words = st.low[m.start:m.end]
        person = st.gaz.describer.person(words, m.country, people) if people else None
        if person is None:
            continue
        k = st.mentions.index(m)
        st.mentions[k] = st.mention(m.start, m.end, name=person["name"], type="PERSON",
                                    country=person.get("country") or m.country, role=person.get("role"),
                                    role_key=person.get("role_key"))
        st.ctx.noticed(st.mentions[k])


@needs_words("describer.nouns")
def gendered_people(st: ActorState) -> None:
    """A definite person noun of a gender, with its describing words ("pria berusia 58 tahun itu", "perempuan
    tersebut", "the 58-year-old woman"), is the latest person named whom it fits by gender (never by nothing).

    Example: "Penny Wong tiba di Jakarta. Perempuan itu mengecam serangan itu." (Wong)"""
    d = st.gaz.describer
    if d.nouns.keys().isdisjoint(st.tt.word_set):
        return      # most paragraphs: no person noun (a set test in C, not a loop over the tokens)
    heads = list(compress(range(st.n), map(d.nouns.get, st.low)))     # (found in C)
    if not heads or not st.ctx or not st.ctx.recent:
        return      # most paragraphs
    taken = bytearray(st.n)
    for m in st.mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    people = [st.ctx.people[n] for n in st.ctx.recent]
    for i in heads:
        lo = i if st.gaz.modifier_follows_head else _description_start(st, i)
        end = d.end(st.tt, lo, st.n)
        if end is None or end < i or any(taken[lo:end + 1]):
            continue
        roles, gender, past = d.read(st.low[lo:end + 1])
        person = next((p for p in reversed(people) if p.get("gender") == gender
                       and d.fits(roles, gender, None, p, past) >= 2), None)
        if person is None:
            continue
        taken[lo:end + 1] = b"\x01" * (end + 1 - lo)
        m = st.mention(lo, end + 1, name=person["name"], type="PERSON", country=person.get("country"),
                       role=person.get("role"), role_key=person.get("role_key"))
        st.mentions.append(m)
        st.ctx.noticed(m)


def _description_start(st: ActorState, i: int) -> int:
    """Where modifiers lead, the first describing word before the head i ("the 58 - year - old woman")."""
    k = i
    while k > 0 and i - k < MAX_DESCRIPTORS and st.gaz.describes(st.low[k - 1]):
        k -= 1
    return k


@needs_words("official_nouns")
def described_nationals(st: ActorState) -> None:
    """A state's adjective between describing words after a determiner and an official's noun takes the
    words in ("A senior | Iranian official" → "senior Iranian"), so the phrase stays a subject.

    Example: "A senior Iranian official rejected the U.S. proposal." (IRN rejects)"""
    nouns = st.gaz.official_nouns
    for m in st.mentions:
        if m.type != "COUNTRY" or not m.country or m.start == 0 or m.end >= st.n or st.low[m.end] not in nouns:
            continue
        k = m.start
        while k > 0 and st.low[k - 1] in st.gaz.rank_descriptors:
            k -= 1
        if k == m.start or k == 0 or st.low[k - 1] not in st.gaz.determiners:
            continue
        m.start, m.start_char = k, st.tt.idx[k]
        m.text = st.text[m.start_char:m.end_char]


@needs_words("counterpart_backrefs")
def counterpart_backrefs(st: ActorState) -> None:
    """An owned counterpart word standing bare ("mitranya") is the latest person of another state named in the
    document, of the owner's role when both are known (no name follows it: "mitranya, Menlu Filipina X" is X).

    Example: "Sugiono bertemu Menlu Australia Penny Wong. Menlu juga mendesak mitranya menjelaskan …" (Penny Wong)"""
    words = st.gaz.counterpart_backrefs
    if st.ctx is None or not words or words.isdisjoint(st.tt.word_set):
        return      # most paragraphs
    for i, w in enumerate(st.low):
        if w not in words or any(m.start <= i < m.end or i < m.start <= i + 3 for m in st.mentions):
            continue
        owner = next((m for m in reversed(st.mentions) if m.type == "PERSON" and m.end <= i), None)
        if owner is None or not owner.country:
            continue
        person = _counterpart(st, owner)
        if person is None:
            continue
        m = st.mention(i, i + 1, name=person["name"], type="PERSON", country=person.get("country"),
                       role=person.get("role"), role_key=person.get("role_key"))
        st.mentions.append(m)
        st.cover(i, i + 1)
        st.ctx.noticed(m)


def _counterpart(st: ActorState, owner: Mention) -> dict | None:
    """The latest person named of a state not the owner's, of the owner's role when both have one."""
    people = [st.ctx.people[n] for n in reversed(st.ctx.recent) if n in st.ctx.people]
    others = [p for p in people if p.get("country") and p["country"] != owner.country]
    same = [p for p in others if owner.role_key and p.get("role_key") == owner.role_key]
    return (same or others or [None])[0]
