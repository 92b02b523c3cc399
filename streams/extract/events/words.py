"""What the words around a trigger say: the actors before and after it, an
amount shared by a second donor, a purpose, a sequence.  Pure reads of the
clause (no document context); the rules decide what to make of them."""

from __future__ import annotations

from bisect import bisect_right

from ..mentions import Mention
from ..syntax import phrase_length
from ..tokens import phrase_ends_at
from .frame import Scene, sides, travels

# Acts whose object is another act not yet done: "urged India to cooperate",
# "agreed to tighten sanctions" (the request or the promise is the event).
CONTENT_TYPES = ("REQUEST", "AGREE")
# A promise asked for is the content of the request ("pressed Hamas to accept the truce proposal").
ASKED_CONTENT = {"AGREE": ("REQUEST",)}
# What asks for a request act whose row says it can be asked (row key asked_content).
ASKED_BY = ("REQUEST",)
FAR_GAP = 12       # tokens to an object that is not next to its trigger


def not_the_objects(x: Scene, group: list[Mention]) -> bool:
    """An actor group after the trigger that another verb's clause holds: the next verb's object
    ("hailed the outcome and called on the Council"), or the subject of a clause of its own."""
    low, g, t = x.low, x.g, x.t
    end = group[0].start - 1
    # Most gaps hold no coordinator: one set test in C before the scan.
    if not g.verb_coordinators.isdisjoint(low[t.end:end]) and \
            any(low[i] in g.verb_coordinators and g.verb_like(low[i + 1]) for i in range(t.end, end)):
        return True
    return opens_own_clause(x, group)


def opens_own_clause(x: Scene, group: list[Mention]) -> bool:
    """An actor group after the trigger that is the subject of a clause joined by ", and" and
    followed by its own verb ("condemned the arrests, and the Arab League called")."""
    low, g, t = x.low, x.g, x.t
    j = group[0].start - 1
    while j > t.end and low[j] in g.determiners:
        j -= 1
    if j - 1 < t.end or low[j] not in g.verb_coordinators or low[j - 1] != ",":
        return False
    k = group[-1].end
    while k < x.sent.end and low[k] in g.preverbal:
        k += 1
    return k < x.sent.end and (g.verb_like(low[k]) or low[k] in g.speech_verbs)


JOINED_SUBJECT = 5     # words of a subject between ", and" and the verb of the clause it opens


def past_joined_clause(x: Scene, start: int) -> bool:
    """A clause joined by ", and" with a verb of its own (within a few words, no mark between) stands between
    the trigger and token `start`: what is named there is that verb's ("shelled the village, and Kyiv asked the
    U.N.", "and he urged the U.N.")."""
    low, g, alpha = x.low, x.g, x.tt.alpha
    for j in range(x.t.end + 1, start):
        if low[j] not in g.verb_coordinators or low[j - 1] != ",":
            continue
        for k in range(j + 1, min(j + 1 + JOINED_SUBJECT, start)):
            if not alpha[k]:
                break
            if g.verb_like(low[k]) or low[k] in g.speech_verbs:
                return True
    return False


def past_coordinated_verb(x: Scene, start: int) -> bool:
    """A second verb joined by "dan" (grammar own_object_coordinators; no comma: the same subject) stands
    between the trigger and token `start`: what is named there is that verb's object ("mengecam keputusan itu
    dan meminta DK PBB")."""
    low, g = x.low, x.g
    if not g.own_object_coordinators:
        return False
    for j in range(x.t.end, start - 1):
        if low[j] not in g.own_object_coordinators or j > x.t.end and low[j - 1] == ",":
            continue
        k = j + 1
        while k < start and low[k] in g.preverbal:
            k += 1
        if k < start and g.verb_like(low[k]):
            return True
    return False


def _before_own_clause(x: Scene, group: list[Mention]) -> list[Mention]:
    """An object group cut where a member after ", and" opens a clause of its own with its verb:
    "mengizinkan bantuan masuk ke Gaza, | dan Afrika Selatan menyambut baik" is Gaza alone."""
    low, g = x.low, x.g
    for n in range(1, len(group)):
        j = group[n].start - 1
        if j - 1 < group[n - 1].end or low[j] not in g.verb_coordinators or low[j - 1] != ",":
            continue
        k = group[n].end
        while k < x.sent.end and low[k] in g.preverbal:
            k += 1
        if k < x.sent.end and g.verb_like(low[k]):
            return group[:n]
    return group


def clause_roles(x: Scene) -> tuple[list[Mention], list[Mention]]:
    """Source and target actors from the words around the trigger."""
    doc, ms, t, sent, g = x.doc, x.ms, x.t, x.sent, x.g
    row = t.row
    after = _past_patron(x, g.group_after(doc, ms, t.end, _quote_end(x)))
    low = x.low
    if after and not_the_objects(x, after):
        after = []
    elif len(after) > 1:
        after = _before_own_clause(x, after)
    # A trigger that ends inside a name ("welcomed Chinese | President Xi"):
    # the actor that begins in it is its object.
    k = next((k for k in inside if t.end < ms[k].end), None) if (inside := x.starting_inside()) else None
    if k is not None:
        after = g.group(doc, ms, k, left=False)
    elif row.get("inner_target"):
        # "blocked a U.S.-drafted resolution": the author of what is blocked,
        # inside the trigger's words (unlike "signed a U.S.-brokered deal").
        after = [m for m in ms if t.start < m.start and m.end <= t.end][:1] or after
    verb = g.verb_of_noun(doc, t.start, sent.start)
    before = g.collective_subject(doc, ms, verb, sent.start) or _subject_past_no_collective(x, verb)
    head = _name_ending_inside(x) if row.get("subject_inside") else _owner_holding_noun(x)
    if head is not None:
        # "Israeli troops | withdrew from", "Pasukan Israel | menarik diri": a
        # trigger that begins with the head noun of a name acts for that name.
        before = g.group(doc, ms, head, left=True, right=False)
    elif row.get("subject_inside") and row.get("place_source"):
        # "… as thousands of protesters | rallied": an act of the street that opens
        # with its own crowd; no actor before it is that crowd but the nationality
        # that describes it ("as Mexican | students rallied").
        before = [m for m in ms if m.end == t.start and m.type == "COUNTRY"][:1]
    before = _subject_of_coordinated_verb(x, before)
    if row.get("owner_inside") and _owner_inside(x):
        return _owner_roles(_owner_inside(x), before, after)
    if row.get("voice") == "converse":
        # "X hosted Y", "menerima kunjungan Y": the visitor Y is the source.
        return after, before
    if row.get("voice") == "passive":
        if low[t.end - 1] in g.agent_markers:
            # A row that ends on its agent marker ("were killed by"): the agent follows.
            agent = _agent_after_marker(x)
        else:
            agent = g.after_marker(doc, ms, t.end, sent.end, g.agent_markers)
        if not agent and k is not None:
            # An agent named from inside the trigger ("ditahan | polisi Malaysia").
            agent = after
        if not agent:
            # Indonesian di- passives take their agent straight after the verb,
            # without "oleh": "gencatan senjata yang dimediasi Malaysia"; past the
            # weapon that names it where the row lists such words ("dibombardir jet tempur militer Myanmar").
            agent = g.group_after(doc, ms, t.end, sent.end, max_gap=0)
            k = _past_words(low, t.end, sent.end, row.get("instrument_words", ()))
            if not agent and k > t.end:
                agent = g.group_after(doc, ms, k, sent.end, max_gap=0)
        return agent, _patient_of_noun(x) or list(before) or [m for m in after if m not in agent]
    if head is not None:
        # "Pasukan Prancis meninggalkan Senegal": the name inside acts; the noun
        # it opens with is no derived noun whose owner follows.
        return before, after
    return _owned(x, before, after)


def _patient_of_noun(x: Scene) -> list[Mention]:
    """A passive row that opens with a derived noun and names its patient inside (inner_target):
    that patient, not the subject of the verb the noun is the object of
    ("Sugiono mengutuk penembakan terhadap warga sipil di Tepi Barat oleh pasukan Israel")."""
    t = x.t
    if not t.row.get("inner_target") or not x.g.nominal(x.low[t.start]):
        return []
    return [m for m in x.ms if t.start < m.start and m.end <= t.end][:1]


def _past_patron(x: Scene, after: list[Mention]) -> list[Mention]:
    """The object after its patron ("struck the Iran-backed Houthis", "accused the Rwanda-backed M23"): the actor
    after "X-backed" (grammar patron_words), not X; `after` as it is otherwise."""
    if not after:
        return after
    e = after[0].end
    if e + 2 >= x.sent.end or x.tt.text[e] != "-" or x.low[e + 1] not in x.g.patron_words:
        return after
    head = next((k for k, m in enumerate(x.ms) if m.start == e + 2), None)
    return after if head is None else x.g.group(x.doc, x.ms, head, left=False)


def _subject_past_no_collective(x: Scene, verb: int) -> list[Mention]:
    """The subject before the verb, unless a collective naming no one stands right before it ("Prasetyo
    menjelaskan | kedua pemimpin dijadwalkan menandatangani"): that is the subject (collective_parties reads it)."""
    k = x.g.before_auxiliaries(x.doc, verb, 0)
    if k >= x.sent.start and x.g.collective_size(x.doc, k)[0]:
        return []
    return x.g.subject_before(x.doc, x.ms, verb, x.sent.start)


def _subject_of_coordinated_verb(x: Scene, before: list[Mention]) -> list[Mention]:
    """The subject of a verb after a conjunction ("… and would send"): the nearest
    clause subject before the conjunction, past the first verb's object group."""
    doc, ms, t, sent, g, low = x.doc, x.ms, x.t, x.sent, x.g, x.low
    prev = x.lead
    if prev <= sent.start + 1:
        return before
    # "menelepon A dan B, (lalu) mendesak keduanya": a verb after the first one's object and a comma, with
    # no subject of its own, is the first verb's subject's too (where a verb shows by its shape).
    comma = low[prev] == "," and bool(g.verbal_prefixes) and g.verb_like(low[t.start])
    if not comma and low[prev] not in g.verb_coordinators:
        return before
    joint = prev - 1 if not comma and low[prev - 1] == "," and g.verbal_prefixes else prev
    ending = next((k for k, m in enumerate(ms) if m.end == joint), None)
    if ending is None:
        # "X thanked Y … and pledged": the pledge is X's; "Retno mengatakan
        # Indonesia dan Jepang telah menandatangani … serta sepakat": the
        # nearest clause subject before the conjunction.
        return _speaker_of_second_speech(x, _past_the_complement(x, _past_time_clause(
            x, _past_quoted(x, _subject_not_object(x, prev)), prev))) or g.first_subject(doc, ms, t.start, sent.start) \
            or before
    if not g.verb_like(low[t.start]):
        return before
    group = g.group(doc, ms, ending, right=False)
    objects = {k for k, m in enumerate(ms) if m in group}
    if g.subject_like(doc, ms[min(objects)], sent.start) and not _placed_name(x, ms[min(objects)].start):
        return before
    # "bertemu Wakil Presiden Iran | di Teheran | dan menyampaikan": a place after the first
    # verb's object; that object is skipped too.
    s0 = ms[min(objects)].start
    if s0 - 1 > sent.start and low[s0 - 1] in g.location_markers:
        k = next((k for k, m in enumerate(ms) if m.end == s0 - 1), None)
        if k is not None:
            placed = g.group(doc, ms, k, right=False)
            objects |= {k for k, m in enumerate(ms) if m in placed}
    # "Zelenskiy thanked Berlin and The Hague and called on": the group before
    # the conjunction is the first verb's object; the subject is before it.
    return _past_the_complement(x, _past_time_clause(x, _subject_past_places(x, prev, objects), prev)) or before


TIME_CLAUSE_SUBJECT_GAP = 2     # determiners or a title between a time clause's marker and its subject


def _past_time_clause(x: Scene, subject: list[Mention], prev: int) -> list[Mention]:
    """A subject that opens a time clause closed by a comma before the conjunction ("Aljazair menarik duta
    besarnya setelah Prancis mensponsori resolusi itu, | dan menangguhkan"): the verb after it goes on
    with the clause before the marker, whose subject it shares."""
    low, lo, markers = x.low, x.sent.start, x.g.time_clause_markers
    if not subject or not markers or low[prev - 1] != "," and low[prev] != ",":
        return subject
    k = subject[0].start - 1
    while k > lo and subject[0].start - k <= TIME_CLAUSE_SUBJECT_GAP and low[k] not in markers:
        k -= 1
    if k <= lo or low[k] not in markers or "," in low[k:prev - 1]:
        return subject
    return x.g.first_subject(x.doc, x.ms, k, lo) or subject


def _subject_not_object(x: Scene, prev: int) -> list[Mention]:
    """The nearest subject-like group before token prev, past actors that modify a verb's object where
    modifiers lead ("denounced joint | U.S.-South Korean drills as a rehearsal and warned") and past the
    addressee of a verb of telling ("told | Ambassador X that … and demanded")."""
    doc, ms, g, lo = x.doc, x.ms, x.g, x.sent.start
    subject = g.subject_before(doc, ms, prev, lo)
    skip: set[int] = set()
    # (where modifiers follow their head, a name after a common noun is its subject's modifier too)
    while subject and (not g.head_first and (not g.subject_like(doc, subject[0], lo) or _told(x, subject[0].start))
                       or _in_place_list(x, subject[0].start)):
        more = skip | {k for k, m in enumerate(ms) if m in subject}
        if len(more) == len(skip):
            break       # (an antecedent the skip does not reach)
        skip = more
        subject = g.subject_before(doc, ms, prev, lo, skip=skip)
    return subject


PLACE_SEGMENTS = 4     # comma-joined names of a place, largest last ("di Distrik A, Kabupaten B, Papua C")
SEGMENT_WORDS = 3      # capitalised words of one such name


def _in_place_list(x: Scene, i: int) -> bool:
    """The name at token i closes a list of place names a location marker opens ("di Distrik Seradala,
    Kabupaten Yahukimo, | Papua Pegunungan"): where the act was, no subject."""
    low, text, lo = x.low, x.tt.text, x.sent.start
    for _ in range(PLACE_SEGMENTS):
        if i - 1 < lo:
            return False
        if low[i - 1] in x.g.location_markers:
            return True
        if low[i - 1] != ",":
            return False
        j = i - 2
        while j >= lo and i - 2 - j < SEGMENT_WORDS and x.tt.alpha[j] and text[j][:1].isupper():
            j -= 1
        if j == i - 2:
            return False
        i = j + 1
    return False


def _subject_past_places(x: Scene, prev: int, objects: set[int]) -> list[Mention]:
    """The nearest subject before token prev past the mentions `objects`, and past the names of a place a
    location marker opens ("mundur dari dua desa di Distrik Kupiansk, Ukraina, | dan membebaskan")."""
    doc, ms, g, lo = x.doc, x.ms, x.g, x.sent.start
    subject = g.subject_before(doc, ms, prev, lo, skip=objects)
    for _ in range(PLACE_SEGMENTS):
        if not subject or not _placed_name(x, subject[0].start):
            break
        objects = objects | {k for k, m in enumerate(ms) if m in subject}
        subject = g.subject_before(doc, ms, prev, lo, skip=objects)
    return subject


def _placed_name(x: Scene, i: int) -> bool:
    """The name at token i, with the capitalised words that lead it ("Distrik | Kupiansk", "Dataran Tinggi |
    Golan"), is a place a location marker opens, or closes a list of such (_in_place_list)."""
    text, lo = x.tt.text, x.sent.start
    j = i
    while j - 1 > lo and i - j < SEGMENT_WORDS and x.tt.alpha[j - 1] and text[j - 1][:1].isupper():
        j -= 1
    return _in_place_list(x, i) or j < i and _in_place_list(x, j)


def _past_quoted(x: Scene, subject: list[Mention]) -> list[Mention]:
    """A subject found inside words quoted before the conjunction is no subject of the verb after it
    ("defended the officers, saying they faced 'criminals disguised as protesters,' and warned"):
    the nearest subject before, past what is quoted."""
    if not subject or not x.quotes:
        return subject
    idx, lead = x.tt.idx, x.tt.idx[x.lead]
    spans = [(qs, qe) for qs, qe, _ in x.quotes if qe <= lead and qs >= idx[x.sent.start]]
    if not spans or not all(any(qs <= idx[m.start] < qe for qs, qe in spans) for m in subject):
        return subject
    skip = {k for k, m in enumerate(x.ms) if any(qs <= idx[m.start] < qe for qs, qe in spans)}
    return x.g.subject_before(x.doc, x.ms, x.lead, x.sent.start, skip=skip) or subject


def _told(x: Scene, i: int) -> bool:
    """The name at token i is the addressee of a verb of telling before it ("told | Ambassador X that")."""
    k = i - 1
    while k > x.sent.start and x.low[k] in x.g.determiners:
        k -= 1
    return k >= x.sent.start and x.low[k] in x.g.telling_verbs


def _speaker_of_second_speech(x: Scene, subject: list[Mention]) -> list[Mention]:
    """A speech verb joined by the conjunction to an earlier one ("Guo said Japan should … and warned
    that"): the speaker of the first, not the subject of what was said."""
    doc, ms, g, low, sent = x.doc, x.ms, x.g, x.low, x.sent
    if not subject or low[x.t.start] not in g.speech_verbs:
        return subject
    k = subject[0].start - 1
    while k > sent.start and low[k] in g.determiners:
        k -= 1
    if k <= sent.start or low[k] not in g.speech_verbs:
        return subject
    return g.subject_before(doc, ms, k, sent.start) or subject


def _past_the_complement(x: Scene, subject: list[Mention]) -> list[Mention]:
    """After a complement clause whose verb is no finite verb ("demanded that Lebanon | disarm Hezbollah
    and threatened"), a finite verb joined by the conjunction agrees with the verb before "that": its subject."""
    doc, ms, g, low, sent = x.doc, x.ms, x.g, x.low, x.sent
    c = next((i for i in range(x.lead - 1, sent.start, -1) if low[i] in g.complementizers), None)
    if c is None or not g.verb_like(low[x.t.start]):
        return subject
    k = c + 1
    while k < x.lead and low[k] in g.determiners:
        k += 1
    m = next((m for m in ms if m.start == k), None)
    k = m.end if m is not None else x.lead
    while k < x.lead and low[k] in g.preverbal:
        k += 1
    if k >= x.lead or g.verb_like(low[k]) or low[k] in g.finite_markers or not x.tt.alpha[k]:
        return subject
    return g.subject_before(doc, ms, c, sent.start) or subject


def _agent_after_marker(x: Scene) -> list[Mention]:
    """The agent after a passive row that ends on its agent marker ("were killed by"), else past
    the weapon the row's instrument words name ("was struck by a missile fired by | the Houthis")."""
    doc, ms, t, end, g, low = x.doc, x.ms, x.t, x.sent.end, x.g, x.low
    agent = g.group_after(doc, ms, t.end, end, max_gap=2)
    k = _past_words(low, t.end, end, t.row.get("instrument_words", ()))
    if not agent and k > t.end and low[k - 1] in g.agent_markers:
        agent = g.group_after(doc, ms, k, end, max_gap=1)
    return agent


def _quote_end(x: Scene) -> int:
    """The token end of the direct quote that holds the trigger, else of its sentence: the
    attribution after a quote is no object ('"We will respond with force," X said'), but a
    converse act's source may be its speaker there ('"They will pay a heavy price," X said')."""
    t, tt = x.t, x.tt
    if t.row.get("voice") == "converse" or not x.quotes:
        return x.sent.end
    idx = tt.idx[t.start]
    qe = next((qe for qs, qe, _ in x.quotes if qs <= idx < qe), None)
    if qe is None:
        return x.sent.end
    return next((i for i in range(t.end, x.sent.end) if tt.idx[i] >= qe), x.sent.end)


def _owner_holding_noun(x: Scene) -> int | None:
    """The index (in ms) of a possessive name that holds the first word of a
    trigger opening with a noun: its owner does the act ("criticised China's
    military | drills around Taiwan")."""
    w = x.low[x.t.start]
    if x.g.verb_like(w) or w in x.g.finite_markers:
        return None
    k = _name_ending_inside(x)
    if k is None or not any(v in x.g.possessives for v in x.low[x.ms[k].start:x.t.start]):
        return None
    return k


def _owner_roles(owner: list[Mention], before, after) -> tuple[list[Mention], list[Mention]]:
    """The owner named inside the trigger acts; on the party after it, else on the subject."""
    own = {m.side for m in owner}
    return owner, [m for m in after if m.side not in own] or [m for m in before if m.side not in own]


def _owner_inside(x: Scene) -> list[Mention]:
    """The actors named inside the trigger after its first word: the owners
    of the people it moves ("the pullout of U.S. troops from Niger": the
    United States withdraws from Niger)."""
    t = x.t
    return [m for m in x.ms if t.start < m.start and m.end <= t.end]


def _past_words(low: list[str], i: int, end: int, words) -> int:
    """The first token from i (before end) that is not one of `words`."""
    while i < end and low[i] in words:
        i += 1
    return i


def _name_ending_inside(x: Scene) -> int | None:
    """The index (in ms) of an actor that holds the trigger's first word and
    ends inside the trigger, else of the first one inside it before its last word, if any."""
    t = x.t
    for k in range(bisect_right(x.ms_starts, t.start) - 1, -1, -1):
        m = x.ms[k]
        if m.start <= t.start < m.end <= t.end:
            return k
        if m.end <= t.start:
            break
    # Else one named inside the head noun's words ("Pasukan penjaga perdamaian PBB mulai meninggalkan").
    k = bisect_right(x.ms_starts, t.start)
    return k if k < len(x.ms) and x.ms[k].end < t.end else None


OWNER_REACH = 2     # describing words between a possessive and the act it owns ("Russia's overnight attack")


def possessive_before(x: Scene) -> int | None:
    """The index of a possessive marker right before the trigger, or past up to
    two describing words ("Israel's latest | strikes") or a date ("Hamas's Oct. 7 | attack"), if any."""
    g, low, t = x.g, x.low, x.t
    p = t.start - 1
    if p - 1 > x.sent.start and low[p].isdigit() and low[p - 1] in g.month_words:
        p -= 2      # "Oct. 7", "June 13": the day the act was done on
    described = 0
    while described < OWNER_REACH and p > x.sent.start and low[p] not in g.possessives:
        w = x.tt.text[p]
        if (amount := _amount_ending(x, p)) is not None:
            p = amount - 1      # "Germany's new 2 billion euro | military aid package": the sum is no describing word
            continue
        if not w.isalpha() or not w.islower() or g.verb_like(w) or w in g.finite_markers \
                or w in g.determiners or w in g.prepositions:
            return None
        p -= 1
        described += 1
    return p if p > x.sent.start and low[p] in g.possessives else None


AMOUNT_TOKENS = 4   # tokens of a written sum ("$ 1.5 billion", "2 billion euro")


def _amount_ending(x: Scene, p: int) -> int | None:
    """The first token of a money amount that takes in token p (a number or a sign), if any."""
    idx, text, end = x.tt.idx, x.text, x.tt.idx[p] + len(x.tt.text[p])
    for q in range(max(x.sent.start + 1, p - AMOUNT_TOKENS + 1), p + 1):
        m = x.g.amount.match(text, idx[q])
        if m is not None and m.end() >= end:
            return q
    return None


def _owned(x: Scene, sources: list[Mention], after: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Roles of an active trigger whose act a topic, a possessive or a
    following owner names ("Lula's visit", "pengerahan pasukan Rusia")."""
    doc, ms, t, sent, g = x.doc, x.ms, x.t, x.sent, x.g
    tt = x.tt
    low = x.low
    targets = after
    if t.start > 0 and low[t.start - 1] in g.topic_markers and not g.verb_like(low[t.start]):
        # "menjatuhkan sanksi terkait pengiriman drone ke Rusia", "over drone
        # transfers": the act a topic names is not the subject's; only its owner acts.
        sources = []
    p = possessive_before(x)
    if p is not None:
        # "during Lula's visit to Buenos Aires", "Russia's overnight attack on Kyiv": the owner of the act does it.
        owner = next((k for k, m in enumerate(ms) if m.end == p), None)
        if owner is not None:
            sources = g.group(doc, ms, owner, left=True, right=False)
            targets = [m for m in targets if m not in sources]
    # "pengerahan pasukan Rusia ke Kazakhstan", "dukungan Washington untuk X":
    # an actor right after a derived noun is its owner, the agent.
    # The owner may also share the trigger's noun ("pasukan Rusia").
    owner = next((ms[k] for k in x.starting_inside() if ms[k].end >= t.end), None)
    if owner is None and after and after[0].start == t.end:
        owner = after[0]
    # The noun may head the trigger ("serangan udara Israel") or end it ("pengerahan pasukan Rusia").
    if owner is not None and not tt.stop[t.end - 1] and (g.nominal(tt.text[t.end - 1])
                                                            or owner.start >= t.end and g.nominal(tt.text[t.start])):
        # "latihan gabungan Australia-Indonesia": a hyphenated pair owns it together.
        owners = g.group(doc, ms, ms.index(owner), left=False)
        rest = [m for m in after if m not in owners and m.start >= owner.end]
        if not rest:
            rest = g.group_after(doc, ms, owners[-1].end, sent.end, max_gap=8, through_relative=True)
        if g.verb_like(low[t.start]):
            # "meminta bantuan Washington": a verb before the noun acts on its owner.
            targets = [owner, *rest]
        else:
            if not sources or g.nominal(tt.text[t.start]):
                sources = owners
            targets = rest
    return sources, targets


def gapped(x: Scene) -> list:
    """Actors that share the trigger with only an amount of their own
    ("… pledged 355 million euros and Germany 244 million euros", "… dan
    Jerman juga 244 juta euro"): (group, token of the amount, amount match)."""
    doc, ms, t, sent, g = x.doc, x.ms, x.t, x.sent, x.g
    tt = x.tt
    out = []
    low = x.low
    first = g.amount.search(x.text, tt.idx[t.end] if t.end < len(doc) else sent.end_char, sent.end_char)
    if first is None:
        return out
    for k, m in enumerate(ms):
        if m.start < t.end or m.end > sent.end or m.start == 0 or low[m.start - 1] not in g.joiners \
                or tt.idx[m.start] < first.end() or m.type == "PERSON" and not m.country:
            continue
        if any(m in group for group, _, _ in out):
            continue
        if g.new_clause(doc, t.end, m.start):
            break       # "…, while the EU pledged …": another clause, its own trigger
        group = g.group(doc, ms, k, left=False)
        at = group[-1].end
        at += phrase_length(low, at, g.gapping_adverbs) if at < len(doc) else 0
        money = g.amount.match(x.text, tt.idx[at]) if at < len(doc) else None
        if money is not None:
            out.append((group, at, money))
    return out


APPOSED_TITLE_REACH = 3    # lower-case words of a title between "Qatar's" and the comma before its holder


def named_in_apposition(x: Scene, targets: list[Mention]) -> list[Mention]:
    """"his South Korean and Japanese counterparts, Park Jin and Yoko
    Kamikawa", "mitranya dari Filipina, Enrique Manalo": countries that only
    describe people named right after a comma give way to those people."""
    doc, sent = x.doc, x.sent
    tt = x.tt
    if not targets or not all(m.from_text and m.type == "COUNTRY" for m in targets):
        return targets
    last = targets[-1].end
    comma = next((i for i in range(last, min(last + 3, sent.end)) if tt.text[i] == ","), None)
    if comma is None and last < sent.end and x.low[last] in x.g.possessives:
        # "Qatar's prime minister, Mohammed Al Thani": the title the country owns, then its holder.
        k = last + 1
        while k < min(last + 1 + APPOSED_TITLE_REACH, sent.end) and tt.alpha[k] and tt.text[k].islower():
            k += 1
        comma = k if k > last + 1 and k < sent.end and tt.text[k] == "," else None
    if comma is None:
        return targets
    at, cut = tt.idx[x.t.start], tt.idx[comma]
    if any(qs <= at < qe <= cut for qs, qe, _ in x.reported):
        return targets      # "… with Belarus from Friday, Interior Minister X said": who said it
    codes = sides(targets)
    people = []
    for m in x.g.group_after(doc, x.ms, comma + 1, sent.end, max_gap=0):
        if m.type != "PERSON":
            break   # "…, Ararat Mirzoyan, the Iranian ministry said": the clause goes on
        people.append(m)
    if people and all(m.country in codes or m.country is None for m in people):
        return people
    return targets


def in_turn(x: Scene, targets: list[Mention]) -> list[int]:
    """Where a target group goes on with a sequence word ("X dan kemudian
    dengan Y", "X and then Y"): the indexes that start a later meeting."""
    low = x.low
    if targets and any(w in x.g.separate_markers for w in low[x.t.start - 1:targets[0].start]):
        # "bertemu secara terpisah dengan A dan B": each party named in the group is met on its own.
        return [k for k in range(1, len(targets)) if targets[k].from_text and targets[k - 1].from_text
                and targets[k].name != targets[k - 1].name and targets[k].side != targets[k - 1].side]
    return [k for k in range(1, len(targets))
            if targets[k].from_text and targets[k - 1].from_text
            and any(w in x.g.sequence_markers for w in low[targets[k - 1].end:targets[k].start])]


def shares_verb(x: Scene) -> bool:
    """The trigger is a noun joined to the object before it ("…, dan KTT G20",
    "… and the NATO summit"): a joiner, then at most a determiner or a name, and no verb of its own
    ("…, and Israeli warplanes | struck": a clause of its own)."""
    tt = x.tt
    low = x.low
    k = x.t.start - 1
    steps = 0
    while k > 0 and steps < 3 and (low[k] in x.g.determiners or tt.text[k][:1].isupper()):
        k -= 1
        steps += 1
    return k > 0 and low[k] in x.g.joiners and not any(x.g.verb_like(low[i]) for i in range(x.t.start, x.t.end))


def absolute_subject(x: Scene) -> list[Mention]:
    """The actors an absolute clause opens with when the trigger is its participle
    (", with Tokyo | deploying", ", with Abu Dhabi also | providing"), else []."""
    g, low, ms = x.g, x.low, x.ms
    if not g.participle(low[x.t.start]):
        return []
    k = bisect_right(x.ms_starts, x.lead) - 1
    if k < 0 or ms[k].end != x.lead + 1:
        return []
    doers = g.group(x.doc, ms, k, right=False)
    i = doers[0].start - 1
    while i > x.sent.start and low[i] in g.determiners:
        i -= 1
    if i < x.sent.start or low[i] not in g.absolute_markers or (i > x.sent.start and x.tt.text[i - 1] != ","):
        return []
    return doers


def own_objects(x: Scene) -> list[Mention]:
    """The actors a shared-verb object names: before the noun where modifiers
    lead ("the NATO summit"), after it where they follow ("KTT G20")."""
    t = x.t
    after = x.g.group_after(x.doc, x.ms, t.end, x.sent.end, max_gap=1)
    if x.g.head_first:
        return after
    inside = [m for m in x.ms if t.start - 3 <= m.start and m.end <= t.start]
    return inside[-1:] or after


def requested(x: Scene) -> bool:
    """The trigger is the content of a request or promise before it in its
    clause ("mendesak sekutunya menjatuhkan sanksi", "agreed to tighten
    sanctions"), not a second verb of its own ("called for talks and pledged aid"); a promise
    is the content of a request only ("pressed Hamas to accept the proposal")."""
    doc, t, sent, g = x.doc, x.t, x.sent, x.g
    kinds = ASKED_CONTENT.get(t.row["type"]) if t.row["type"] in CONTENT_TYPES else CONTENT_TYPES
    if t.row.get("asked_content"):
        kinds = ASKED_BY     # "meminta Washington menekan Israel": the pressing is what is asked
    if not kinds:
        return False
    low = x.low
    if t.row["type"] == "THREATEN" and t.row.get("voice") == "converse":
        return False    # "told Manila to stop or | bear the consequences": the asker's threat, not what is asked
    for r in x.asks:
        if r.start >= t.start:
            break
        if r.row["type"] not in kinds or r.row.get("voice") == "converse" and "," in low[r.end:t.start]:
            continue    # "at Lithuania's request, ministers agreed": the act done at a request is done
        if r.end <= sent.start or t.start - r.end > FAR_GAP:
            continue
        # A comma ends the request unless a list of addressees goes on after it;
        # an act after a preposition is where it was said ("agreed in a phone call").
        k = g.before_auxiliaries(doc, t.start, r.end)
        j = t.start - 1
        while j > r.start and low[j] in g.determiners:
            j -= 1
        if low[j] in g.prepositions and low[j] not in g.infinitive_markers \
                and not (j == r.end - 1 and r.row["type"] == "REQUEST"):
            continue    # (but a request's own last word, "pressed for | the release of", asks the act after it)
        if in_time_adjunct(x, r.end, j):
            continue    # "rejected a call for a truce amid the RSF's shelling": the adjunct tells an act, not asks it
        if not g.broken(doc, r.end, t.start) and not (
                k >= r.end and low[k] in g.verb_coordinators and not _content_goes_on(x, r.end, k)) and not any(
                low[i] == "," and i + 1 not in x.starts for i in range(r.end, t.start)):
            return True
    return False


def in_time_adjunct(x: Scene, lo: int, j: int) -> bool:
    """A time adjunct marker opens the noun phrase that ends at token j (no verb or joiner between,
    after token lo): "amid the Rapid Support Forces' | shelling"."""
    g, low = x.g, x.low
    if g.time_adjunct_markers.isdisjoint(low[lo:j + 1]):
        return False    # (the common case, tested in C)
    for k in range(j, lo - 1, -1):
        w = low[k]
        if w in g.time_adjunct_markers:
            return True
        if w in g.verb_coordinators or w == "," or g.verb_like(w) and not g.nominal(w):
            return False
    return False


def _content_goes_on(x: Scene, after: int, k: int) -> bool:
    """A verb joined after the asked verb is asked too, where verbs show by their affixes ("mendesak Israel
    menghentikan serangan dan membuka akses"): not a second verb of the asker's."""
    g, low = x.g, x.low
    return bool(g.verbal_prefixes) and g.verb_like(low[x.t.start]) \
        and any(g.verb_like(low[i]) for i in range(after, k))


def aimed(x: Scene, cues) -> bool:
    """"… to sign", "… untuk menghadiri": the trigger is an infinitive of
    purpose, not the complement of a cue ("is due to host", "berencana untuk")."""
    k = x.lead
    low = x.low
    if k > x.sent.start and low[k] in x.g.infinitive_markers \
            and phrase_ends_at(low, k + 1, x.g.answer_markers, x.sent.start):
        return False    # "struck … in response to | rocket fire": the act answered, no purpose
    return k > x.sent.start and low[k] in x.g.infinitive_markers and (
        not x.g.verbal_prefixes or x.g.verb_like(low[x.t.start])) and not any(
        s <= k < e or e == k for s, e, _ in cues)


def journey_aim(x: Scene) -> bool:
    """"flew to Washington for | talks with …": the trigger is the aim of the journey before,
    told as a noun after a purpose marker."""
    k = x.lead
    return k > x.sent.start and x.low[k] in x.g.purpose_markers and x.before is not None \
        and travels(x.before.trigger.row) and x.before.trigger.end <= k


def sequenced(x: Scene) -> bool:
    """"… sebelum menghadiri …", "… before attending …": the next step of the clause before;
    not in a relative clause, whose own subject it orders ("Manalo, yang sebelumnya menuduh"), nor an act
    an adverb puts before the plan ("setelah sebelumnya mengunjungi Malaysia"), nor after a verb of saying,
    whose report it times ("…, Guler said after talks with …")."""
    k = x.lead
    return k >= x.sent.start and x.low[k] in x.g.sequence_markers \
        and not any(w in x.g.prior_adverbs for w in x.low[k:x.t.start]) \
        and not (k > x.sent.start and x.low[k - 1] in x.g.relativizers) and not after_report(x, k)


def after_report(x: Scene, k: int) -> bool:
    """The word before k is a verb of saying: what k opens times the report ("X said | after talks")."""
    return k - 1 > x.sent.start and x.low[k - 1] in x.g.speech_verbs


def venue(x: Scene, m: Mention) -> bool:
    """Actor m names where an act happened, not a party to it: "on the sidelines of the
    ASEAN summit", "di sela-sela KTT G20", "at the G20 summit", "di KTT ASEAN"."""
    g, low = x.g, x.low
    k = m.start
    while k > 0 and (low[k - 1] in g.determiners or g.head_first and low[k - 1] in g.venue_nouns):
        k -= 1
    if phrase_ends_at(low, k, g.venue_markers):
        return True
    if k == 0 or low[k - 1] not in g.location_markers:
        return False
    if g.head_first:
        return k < m.start and any(w in g.venue_nouns for w in low[k:m.start])
    return m.end < len(low) and low[m.end] in g.venue_nouns


def placed(x: Scene, m: Mention, markers: frozenset[str] | None = None) -> bool:
    """Actor m is named as a place: after a location marker ("in Kuala Lumpur", "di Jakarta"), or after
    one of `markers` when given."""
    low, g = x.low, x.g
    k = m.start
    while k > 0 and low[k - 1] in g.determiners:
        k -= 1
    return m.from_text and k > 0 and low[k - 1] in (g.location_markers if markers is None else markers)
