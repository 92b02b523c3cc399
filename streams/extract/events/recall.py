"""Actors a trigger's clause does not name next to it: a pronoun, a body or
state named back, the subject of the clause before, the other party of the
sentence or document, the actors of an act named back.  Each is a Mention:
one of the paragraph's, or one recalled from the document context and
anchored on a token here (`resolution` set)."""

from __future__ import annotations

from typing import Any

from ..mentions import Mention, from_known, recalled
from ..syntax import phrase_ends_at
from ..tokens import hyphen_joins
from .frame import Act, Scene, sides
from .words import opens_own_clause, past_joined_clause

# A person taken for a pronoun from the document context was published
# without a resolution before the actor type was one: "" keeps those bytes
# (and `from_text` False).  Marking it "pronoun" would change the output.
UNMARKED = ""


def at_token(x: Scene, i: int, entries: list[dict[str, Any]], how: str = "context") -> list[Mention]:
    """Remembered actors (context entries) named here by token i."""
    tok = x.doc[i]
    return [recalled(e, tok.text, tok.idx, tok.idx + len(tok), how) for e in entries]


def again(actors: list[Mention]) -> list[Mention]:
    """Actors of an earlier act of this paragraph, marked as found in context."""
    return [m.resolved("context") for m in actors]


def international_body(m: Mention) -> bool:
    return m.type in ("ORG", "GROUP") and bool(m.code)


def acting(act: Act) -> list[Mention]:
    return act.sources


def gathering(act: Act) -> list[Mention]:
    """Whom a meeting gathered: the international body on either side of it
    ("G20 leaders opened the summit", "Zelensky attended the G7 summit")."""
    return [m for m in [*act.sources, *act.targets] if international_body(m)]


def bodies_acting(act: Act) -> list[Mention]:
    """The international bodies among an act's sources ("the Assembly voted to demand")."""
    return [m for m in act.sources if international_body(m)]


def pronoun_actor(x: Scene, i: int) -> list[Mention]:
    """He/she/ia: the speaker of the latest quote up to it, else the latest person before it in the
    paragraph, else in the document ("Kim, adik pemimpin Kim Jong-un, ... katanya. Ia memperingatkan":
    the speaker, not the person of the apposition)."""
    said = speaker_at(x, i)
    if said is not None:
        return [said]
    person = next((m for m in reversed(x.ms) if m.type == "PERSON" and m.end <= i), None)
    if person is not None:
        return [person]
    entry = x.ctx and (x.ctx.last_person or x.ctx.last_speaker)
    if not entry:
        return []
    return at_token(x, i, [entry], UNMARKED)


def speaker_at(x: Scene, i: int) -> Mention | None:
    """The speaker the quotes stage found latest up to token i (at i itself: "Ia memperingatkan bahwa"; or
    a "katanya" before it), when later than any person named before i and named in this paragraph
    (a speaker carried from an earlier paragraph is a guess)."""
    idx = x.doc[i].idx
    said = max((sp for _, _, sp in x.reported if sp is not None and sp.type == "PERSON" and sp.start_char <= idx),
               key=lambda sp: sp.start_char, default=None)
    if said is None:
        return None
    named = [m for m in x.ms if m.type == "PERSON" and m.end <= i]
    if not any(m.name == said.name for m in named) or any(m.start_char > said.start_char for m in named):
        return None
    return said.resolved("pronoun")


def parties_of_latest_act(x: Scene, i: int) -> list[Mention]:
    """They/mereka: the parties of the latest act, in this paragraph, else in the document."""
    if x.earlier:
        a = x.earlier[-1]
        return again([*a.sources, *(m for m in a.targets if m.side not in sides(a.sources))])
    last = x.ctx.events[-1] if x.ctx is not None and x.ctx.events else None
    if not last:
        return []
    return at_token(x, i, [*last["sources"], *last["targets"]])


def bodies_of_sentence_before(x: Scene, i: int) -> list[Mention]:
    """It (token i opens its sentence): the sources of the main act of the sentence right before, its first
    ("The junta denied entry to a UN envoy who had planned to visit …" is the junta's), when they are states
    or bodies, not people; none if that sentence holds no act."""
    if not x.earlier or x.text[x.earlier[-1].sentence["end"]:x.doc[i].idx].strip():
        return []       # no act in the sentence right before
    sentence = x.earlier[-1].sentence["start"]
    found = again(next(a for a in x.earlier if a.sentence["start"] == sentence).sources)
    return found if found and all(m.type in ("COUNTRY", "ORG", "GROUP") for m in found) else []


def bodies_acting_last(x: Scene, i: int) -> list[Mention]:
    """"Pihaknya" opening a sentence, no person named before it in the paragraph: the states or bodies
    that acted last, in this paragraph, else in the document (none if they are people, nor when the sentence
    names a person: "Pihaknya menyesalkan ..., ujar Menteri Luar Negeri Sugiono").

    Example: "Kemenlu Tiongkok memanggil dubes Jepang. / Pihaknya juga mendesak Tokyo ..." (the ministry)"""
    end = x.sent.end
    if any(m.type == "PERSON" and m.start < end for m in x.ms):
        return []
    if x.earlier:
        # The latest act told by a verb, not one named by a noun inside it ("mengecam penangkapan
        # nelayannya oleh Thailand": the ministry acted, Thailand's arrest is what it condemned).
        told = next((a for a in reversed(x.earlier) if x.g.verb_like(x.low[a.trigger.start])), x.earlier[-1])
        found = again(told.sources)
    elif x.ctx is not None and x.ctx.events:
        found = at_token(x, i, x.ctx.events[-1]["sources"])
    else:
        return []
    return found if found and all(m.type in ("COUNTRY", "ORG", "GROUP") for m in found) else []


def of_roles(x: Scene, name: str, role_key: str | None, roles: frozenset[str] | None) -> bool:
    """A person holds one of `roles` (any when None), by the role named here or the one the document keeps."""
    if roles is None:
        return True
    kept = x.ctx.people.get(name) if x.ctx is not None else None
    return (role_key or (kept or {}).get("role_key")) in roles


def persons_of_latest_meeting(x: Scene, i: int, roles: frozenset[str] | None = None) -> list[Mention]:
    """"Kedua menteri": the persons of the latest act between persons of two sides, in this paragraph,
    else in the document (an act with one person since, "Wang Yi menyambut baik usulan Indonesia", is passed);
    only persons of `roles` when given ("kedua pemimpin": the leaders)."""
    for a in reversed(x.earlier):
        people = [m for m in (*a.sources, *a.targets) if m.type == "PERSON" and of_roles(x, m.name, m.role_key, roles)]
        if len(sides(people)) >= 2:
            return again(people)
    for ev in reversed(x.ctx.events if x.ctx is not None else ()):
        people = at_token(x, i, [e for e in (*ev["sources"], *ev["targets"]) if e.get("type") == "PERSON"
                                 and of_roles(x, e["name"], e.get("role_key"), roles)])
        if len(sides(people)) >= 2:
            return people
    return []


def body_named_last(x: Scene, ref: int) -> list[Mention]:
    """"Kelompok itu juga mengumumkan sanksi", "the ministry said": the body
    named last; "the Caribbean nation", "negara itu": the state named last."""
    ms, ctx, g = x.ms, x.ctx, x.g
    head = x.low[ref]
    if head in g.country_heads:
        state = next((m for m in reversed(ms) if m.type == "COUNTRY" and m.end <= ref), None)
        if state is not None:
            return [state]
        entry = next((p for p in reversed(ctx.parties) if p.get("type") == "COUNTRY"), None) if ctx else None
        return at_token(x, ref, [entry]) if entry else []
    if head in g.national_heads:
        return _national_body(x, ref, head)
    if head in g.group_nouns:   # "kelompok itu": an armed group, not a ministry named since
        group = next((m for m in reversed(ms) if m.type == "GROUP" and m.end <= ref), None)
        if group is not None:
            return [group]
        entry = next((p for p in reversed(ctx.parties) if p.get("type") == "GROUP"), None) if ctx else None
        if entry is not None:
            return at_token(x, ref, [entry])
    body = next((m for m in reversed(ms) if m.type in ("ORG", "GROUP") and m.end <= ref), None)
    if body is not None:
        return [body]
    if ctx is not None and ctx.last_org:
        return at_token(x, ref, [ctx.last_org])
    return []


def _national_body(x: Scene, ref: int, head: str) -> list[Mention]:
    """"the junta", "the ministry": a body of a state, not an international
    one; the latest body with that head word ("India's foreign ministry"), else the state."""
    def national(type_: str, country, code) -> bool:
        return type_ == "COUNTRY" or type_ == "ORG" and bool(country) and not code

    def headed(type_: str, words: str) -> bool:
        return type_ == "ORG" and head in words.lower().split()

    here = [m for m in x.ms if m.end <= ref and national(m.type, m.country, m.code)]
    named = next((m for m in reversed(here) if headed(m.type, m.text or m.name)), None) \
        or (here[-1] if here else None)
    if named is not None:
        return [named]
    # The context keeps parties as records (with the words that named them).
    before = [p for p in (x.ctx.parties if x.ctx else ())
              if national(p.get("type"), p.get("country"), p.get("code"))]
    entry = next((p for p in reversed(before) if headed(p.get("type"), p.get("text") or p["name"])), None) \
        or (before[-1] if before else None)
    return at_token(x, ref, [entry]) if entry else []


def people_of(x: Scene, group: list[Mention]) -> list[Mention]:
    """"The Japanese ministers held talks", "para menteri Jepang": a country
    that only qualifies people of one office stands for those of them the
    document has named (at least two), else for itself."""
    if x.ctx is None or len(group) != 1 or not group[0].from_text or group[0].type != "COUNTRY":
        return group
    m, low, g = group[0], x.low, x.g
    if g.head_first:
        head = low[m.start - 1] if m.start > 0 else ""
    else:
        head = low[m.end] if m.end < len(x.doc) else ""
    if head not in g.person_heads:
        return group
    office = head.rstrip("s") if not g.head_first else head
    people = [p for p in x.ctx.people.values()
              if p.get("country") == m.country and office in (p.get("role") or "").lower()]
    if len(people) < 2:
        return group
    return [from_known(p, m.text, m.start, m.end, m.start_char, m.end_char) for p in people]


def clause_subject(x: Scene, k: int) -> list[Mention]:
    """The subject of the clause that ends at token k: an actor, a body named
    back ("kementerian itu"), or a pronoun."""
    doc, sent, g = x.doc, x.sent, x.g
    tt = x.tt
    # Right before "yang"/"who" stands the subject; right before "but" the
    # object of the clause before ("the suffering in Gaza but would vote").
    group = g.subject_before(doc, x.ms, k, sent.start, at_conjunction=x.low[k] not in g.relativizers)
    if group:
        return group
    for i in range(sent.start + 1, k + 1):
        ref = g.anaphoric_subject(doc, i, sent.start)
        if ref is not None:
            return body_named_last(x, ref)
    pronoun = next((i for i in range(sent.start, k) if tt.lower[i] in x.finder.pronouns), None)
    return pronoun_actor(x, pronoun) if pronoun is not None else []


HEAD_REACH = 2     # lower-case words between a body and the person it heads ("U.N. relief | chief Tom Fletcher")


def _person_heading(x: Scene, subject: list[Mention]) -> list[Mention]:
    """A lone body whose person follows after a few lower-case words is that person's
    description: the person is the subject ("U.N. relief chief Tom Fletcher called")."""
    if len(subject) != 1 or subject[0].type == "PERSON":
        return subject
    end, g, tt = subject[0].end, x.g, x.tt
    person = next((m for m in x.ms if end < m.start <= end + HEAD_REACH), None)
    if person is None or person.type != "PERSON" or not all(
            tt.alpha[i] and tt.text[i].islower() and not g.verb_like(tt.lower[i]) and tt.lower[i] not in g.prepositions
            and tt.lower[i] not in g.joiners for i in range(end, person.start)):
        return subject
    return [person]


def _describing(x: Scene, i: int) -> bool:
    """Token i is a lower-case describing word before its noun, no verb ("In a sharp | rebuke to Moscow")."""
    return not x.g.head_first and x.tt.alpha[i] and x.tt.text[i].islower() and not x.g.verb_like(x.low[i])


def implicit_source(x: Scene, speaker: Mention | None) -> list[Mention]:
    """A source the clause does not name next to the trigger."""
    doc, ms, t, sent, g = x.doc, x.ms, x.t, x.sent, x.g
    tt = x.tt
    low = x.low
    lead = low[sent.start:t.start]
    if t.start - sent.start <= 1 or lead[0] in g.prepositions and all(
            w in g.prepositions or w in g.determiners or _describing(x, i) for i, w in enumerate(lead, sent.start)):
        # A fronted clause: "Bertemu dengan X, Biden …" / "Meeting X, Blinken …";
        # or phrase: "In a phone call with X, Pezeshkian …".
        comma = next((i for i in range(t.end, sent.end) if tt.text[i] == ","), None)
        if comma is not None:
            subject = g.group_after(doc, ms, comma + 1, sent.end, max_gap=0)
            if subject:
                return _person_heading(x, subject)
    pronoun = next((i for i in range(t.start - 1, max(sent.start, t.start - 4) - 1, -1)
                    if tt.lower[i] in x.finder.pronouns), None)
    if pronoun is not None:
        found = pronoun_actor(x, pronoun)
        if found:
            return found
    ref = g.anaphoric_subject(doc, t.start, sent.start)
    if ref is not None:
        return body_named_last(x, ref)
    k = x.lead
    if phrase_ends_at(low, k + 1, g.own_side_words, sent.start):
        found = k == sent.start and bodies_acting_last(x, k) or pronoun_actor(x, k)
        if found:
            return found
    if k > sent.start and (low[k] in g.verb_coordinators or low[k] in g.breakers or low[k] in g.relativizers):
        # "Washington shared the goal … but would vote against", "resolusi yang
        # menyerukan …", "… sebelum bertemu …": the subject of the clause before.
        found = clause_subject(x, k)
        if found:
            return found
    if g.partitive_before(doc, t.start, sent.start):
        # "Kelima negara Asia Tengah …, tetapi tidak ada yang mendukung": the group
        # that opens the sentence, across the "but".
        for k, m in enumerate(ms):
            if sent.start <= m.start < t.start:
                return g.group(doc, ms, k, left=False)
    # Speech inside a quote: its speaker is the source ("kami mendukung …").
    if speaker is not None:
        return [speaker]
    # A participle or second verb of the clause ("X said …, accusing Seoul"):
    # the subject that opens the sentence.
    return g.first_subject(doc, ms, t.start, sent.start)


def answered(x: Scene, own: frozenset, back: bool | None = None, at: int | None = None) -> list[Mention]:
    """"dismissed the accusations", "mengecam latihan tersebut": an act named
    back by a definite noun (event_anaphors.jsonl); the target is the source
    of the latest such act, in this paragraph or the ones before, preferring
    one whose trigger shares the noun ("latihan militer" over "mengerahkan"); `at`: the first word
    of the object of another verb than the trigger ("untuk memprotes | penggerebekan itu")."""
    t, sent, g, finder = x.t, x.sent, x.g, x.finder
    low = x.low
    # The object after an active trigger; the subject before a passive one
    # ("Pertukaran tersebut dimediasi oleh Qatar").
    if back is None:
        back = t.row.get("voice") == "passive"
    span = range(max(sent.start, t.start - 4), t.start) if back else range(t.start + 1, min(t.end + 3, sent.end)) \
        if at is None else range(at, min(at + 3, sent.end))
    for i in span:
        if not _definite_act_noun(x, i):
            continue
        types = finder.anaphors[low[i]]
        stem = low[i][:5]
        pick = gathering if low[i] in finder.anaphors_by_target else \
            bodies_acting if low[i] in finder.anaphors_by_body else acting
        # Acts of these types, latest first (this paragraph's, then those the
        # context keeps); the kept ones' actors become Mentions only when tried.
        # Those told as the time of another ("…, setelah Hamas menembakkan roket") after the others.
        here = [(a.span["text"].lower(), _told_as_time(x, a), a, False) for a in reversed(x.earlier)
                if a.type in types]
        kept = [(ev.get("trigger", ""), not g.time_clause_markers.isdisjoint(ev.get("opening", "").split()), ev,
                 True) for ev in reversed(x.ctx.events if x.ctx is not None else ()) if ev["type"] in types]
        for _, _, act, remembered in sorted(here + kept, key=lambda a: (stem not in a[0], a[1])):
            actors = pick(_remembered(x, i, act)) if remembered else again(pick(act))
            found = [m for m in actors if m.side not in own]
            if found:
                return found
        return []
    return []


CLAUSE_REACH = 20     # words back from an act's trigger to the word that opens its clause


def _told_as_time(x: Scene, a: Act) -> bool:
    """The act's clause tells when another act happened: a time clause marker opens it
    ("…, sehari setelah Hamas | menembakkan roket")."""
    low, markers = x.low, x.g.time_clause_markers
    for k in range(a.trigger.start - 1, max(-1, a.trigger.start - 1 - CLAUSE_REACH), -1):
        if low[k] in markers:
            return True
        if low[k] == "," or low[k] in SENTENCE_ENDS:
            return False
    return False


NOUN_PHRASE_REACH = 5    # words from a head noun to the demonstrative that closes its phrase


def act_noun_as_object(x: Scene) -> int | None:
    """The token of a definite noun naming an act back (event_anaphors.jsonl) right after an active trigger,
    where answered() reads it ("mengecam | pengeboman tersebut"), else None."""
    return next((i for i in range(x.t.start + 1, min(x.t.end + 3, x.sent.end)) if _definite_act_noun(x, i)), None)


def _definite_act_noun(x: Scene, i: int) -> bool:
    """Token i is a noun naming an act back (event_anaphors.jsonl), made definite as the language does."""
    low, g = x.low, x.g
    return low[i] in x.finder.anaphors and (_closed_by_demonstrative(x, i) if g.head_first
                                            else low[i - 1] in g.definite_determiners)


def _closed_by_demonstrative(x: Scene, i: int) -> bool:
    """Where modifiers follow the head, the noun at token i is definite when a demonstrative
    follows it or closes its phrase: "serangan itu", "serangan terhadap warga sipil itu"."""
    low, g, tt = x.low, x.g, x.tt
    for j in range(i + 1, min(i + 1 + NOUN_PHRASE_REACH, x.sent.end)):
        if low[j] in g.demonstratives:
            return True
        if not tt.alpha[j] or low[j] in g.verb_coordinators or g.verb_like(low[j]):
            return False
    return False


def _remembered(x: Scene, i: int, ev: dict[str, Any]) -> Act:
    """An act the context keeps from a paragraph before, its actors named here by token i."""
    return Act(None, ev["type"], None, None, {"text": ev.get("trigger", "")},
               at_token(x, i, ev["sources"]), at_token(x, i, ev["targets"]),
               None, None, {}, "", None, 0.0)


def reporter_after(x: Scene, m: Mention) -> bool:
    """Actor m is ", the WHO said" or ", kata Kemlu Malaysia": a comma before it (determiners aside) and a
    reporting verb after it, or a comma and a reporting verb right before it.
    A state's body named alone is kept: it reports an act on its own soil ("…, Nigerian police said")."""
    g, low = x.g, x.low
    if not m.from_text:
        return False
    k = m.start
    while k > x.sent.start and low[k - 1] in g.determiners:
        k -= 1
    if m.end < len(low) and low[m.end] in g.speech_verbs:
        return k > x.sent.start and low[_past_reporter_nouns(x, k)] == ","
    k = _past_reporter_nouns(x, k) + 1
    return k - 1 > x.sent.start and low[k - 1] in g.speech_verbs and low[k - 2] == ","


REPORTER_NOUN_REACH = 5     # lower-case words naming the reporter before its state ("mediators from Qatar")
REPORTER_PHRASE_REACH = 3   # of those, the words a preposition may stand among ("from"); past them, nouns only


def _past_reporter_nouns(x: Scene, k: int) -> int:
    """The token before the lower-case words right before token k (up to REPORTER_NOUN_REACH, a preposition
    only among the first REPORTER_PHRASE_REACH): ", mediators from Qatar said", ", kata mediator Qatar",
    ", kata juru bicara kepolisian setempat X" name the reporter by a noun and its state; not ", warning
    of imminent strikes on Hezbollah targets".
    Not past an addressee marker: ", menyatakan dukungan kepada Vucic" names whom the act is for."""
    text, lo, g = x.tt.text, x.sent.start, x.g
    j = k - 1
    while j > lo and k - 1 - j < REPORTER_NOUN_REACH and text[j].isalpha() and text[j].islower() \
            and x.low[j] not in g.speech_verbs and x.low[j] not in g.addressee_markers \
            and (k - 1 - j < REPORTER_PHRASE_REACH or x.low[j] not in g.prepositions):
        j -= 1
    return j


def modifier_owner(x: Scene, m: Mention) -> bool:
    """Actor m opens a compound modifier, a lower-case word joined to it by a hyphen
    ("Rwanda-backed", "U.S.-led", "Kyiv-based"): it qualifies a noun, it is no party."""
    tt, e = x.tt, m.end
    return e + 1 < len(tt.text) and hyphen_joins(tt, e) and tt.text[e + 1].isalpha() and tt.text[e + 1].islower()


# Acts whose object an unnamed later act of the kind does not share from the paragraphs before.
UNSHARED_AIMS = ("REQUEST",)
# Acts one side does against another, that the other answers.
HOSTILE_TYPES = ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT", "PROTEST")


def other_side(x: Scene, own: frozenset, skip: list[Mention] = ()) -> list[Mention]:
    """No object next to the trigger: the sentence's other party, the actor
    nearest the trigger that is not on the source's side (a directed event
    in news names both sides: "China sent warships ... near Taiwan")."""
    doc, t, sent, g = x.doc, x.t, x.sent, x.g
    text = x.tt.text
    others = [m for m in x.ms if m.end <= sent.end and not (t.start <= m.start < t.end)
              and m.side not in own and (m.type != "PERSON" or m.country) and m not in skip
              and not g.comitative(doc, m)     # "bersama komunitas internasional": a partner
              and not (m.code and reporter_after(x, m))     # ", the WHO said": who reports it
              and not (m.end < len(text) and text[m.end] == "-" and modifier_owner(x, m))]     # "Rwanda-backed"
    # "France would contribute €110m, while the EU pledged …": a subject of
    # its own clause before the trigger is a fellow actor, not the one acted on.
    low = x.low
    passive = t.row.get("voice") == "passive"
    fellows = {m.side for m in others if sent.start <= m.start and m.end <= t.start
               and m.end < len(doc) and low[m.end] in g.finite_markers and low[m.end] in g.preverbal
               and not (passive and low[m.end] in g.passive_be_words)}
    others = _past_fellows(x, others, fellows)
    # Nor one named in a relative aside on the subject before the trigger ("Prabowo, who cancelled
    # a trip to China, apologised"): it tells of the subject, not whom its act is aimed at.
    others = [m for m in others if not (m.from_text and m.end <= t.start and in_relative_aside(x, m))]
    # Not past a new clause after the trigger ("France would contribute
    # €110m, while the EU pledged …": the EU is a fellow donor).
    others = [m for m in others if not (m.start >= t.end and g.new_clause(doc, t.end, m.start))]
    # Nor past the subject of a clause joined by ", and" ("condemned the raid, and the Arab League
    # called an emergency meeting in Cairo"), nor the object of one ("shelled the town, and he urged the U.N.").
    cut = next((m.start for m in others if m.start >= t.end
                and (opens_own_clause(x, [m]) or past_joined_clause(x, m.start))), None)
    if cut is not None:
        others = [m for m in others if m.start < cut]
    here = [m for m in others if m.start >= sent.start]
    after = [m for m in here if m.start >= t.end]
    # A passive act is done to the one it is said of before it ("Two Malian soldiers were killed
    # when their convoy was ambushed by JNIM fighters near the border with Burkina Faso").
    undergone = [m for m in here if passive and m.end <= t.start and low[m.end] in g.passive_be_words]
    if undergone:
        return undergone[-1:]
    if after:
        return after[:1]
    # Else whom the latest act of this kind in the paragraph was aimed at
    # ("Norway would give $40m to Yemen, while Japan pledged $30m"), the
    # party named before the trigger, then the latest aim or party in the
    # paragraphs before ("International donors pledged … for Sudan").
    kind = t.row["type"]
    found = next((aim for a in reversed(x.earlier) if a.type == kind
                  and (aim := [m for m in a.targets if m.side not in own and m.side not in fellows])), None)
    if found:
        return again(found)
    if here:
        return here[-1:]
    # A bare answer goes to whoever last did a hostile act to the source's side in this paragraph
    # ("Uni Eropa menjatuhkan sanksi terhadap Rusia … . Moskwa mengancam akan membalas").
    hit = next((doers for a in reversed(x.earlier) if a.type in HOSTILE_TYPES and sides(a.targets) & own
                and (doers := [m for m in a.sources if m.side not in own and m.side not in fellows])), None)
    if hit:
        return again(hit)
    if others or x.ctx is None:
        return others[-1:]
    return _other_side_before(x, own, fellows)


def _past_fellows(x: Scene, others: list[Mention], fellows: set[str]) -> list[Mention]:
    """`others` past the fellows, and past the actors listed with a fellow subject before the trigger
    ("Jerman dan Belanda telah berjanji …, sementara Norwegia mengumumkan"): each a subject of that
    clause (the same names past the trigger may still be its object: "… agreed, and he promised
    supplies to China")."""
    if not fellows:
        return others
    doc, ms, g, t = x.doc, x.ms, x.g, x.t
    listed: list[Mention] = []
    for k, m in enumerate(ms):
        if m.side in fellows and m in others and m.end <= t.start:
            listed += [n for n in g.group(doc, ms, k, right=False) if n.end <= t.start]
    return [m for m in others if m.side not in fellows and m not in listed]


SENTENCE_ENDS = frozenset(".!?")


def in_relative_aside(x: Scene, m: Mention) -> bool:
    """Actor m stands in an aside opened by a comma and a relativizer and closed by a comma
    in its own sentence (", who cancelled a trip to China,")."""
    low, rel, ends = x.low, x.g.relativizers, SENTENCE_ENDS
    k = m.start - 1
    while k > 0 and low[k] != "," and low[k] not in ends:
        k -= 1
    if not (k > 0 and low[k] == "," and low[k + 1] in rel):
        return False
    k = m.end
    while k < x.t.start and low[k] != "," and low[k] not in ends:
        k += 1
    return k < x.t.start and low[k] == ","


def _kept_side(record: dict[str, Any]) -> str:
    """The side of an actor as the context keeps it: a record, read where the
    context is searched (only the actors chosen become Mentions)."""
    return record.get("code") or record.get("country") or record.get("name")


def _other_side_before(x: Scene, own: frozenset, fellows: set[str]) -> list[Mention]:
    """The other party from the paragraphs before, anchored on the trigger
    (no words of its own here)."""
    def other(record: dict[str, Any]) -> bool:
        side = _kept_side(record)
        return side not in own and side not in fellows

    events, i, kind = x.ctx.events, x.t.start, x.t.row["type"]
    # A response goes to whoever acted on the source's side last ("Estonia
    # expelled two Russian diplomats. … Russia would respond firmly").
    for ev in reversed(events):
        if any(_kept_side(a) in own for a in ev["targets"]):
            actors = [a for a in ev["sources"] if other(a)]
            if actors:
                return at_token(x, i, actors)
    # (not a request: each is addressed to whom it names, "urged members to …" two paragraphs up is no
    # addressee of a later "called for safeguards")
    found = next((aim for ev in reversed(events) if ev["type"] == kind and kind not in UNSHARED_AIMS
                  and (aim := [a for a in ev["targets"] if other(a)])), None)
    if found:
        return at_token(x, i, found)
    party = next((p for p in reversed(x.ctx.parties) if _kept_side(p) not in own), None)
    return at_token(x, i, [party]) if party is not None else []


def _party_sides(actors, side, kind, code, country) -> dict[str, Any]:
    """The parties among an act's actors, one per side (a state, an armed group, a body or
    person of a state; not an international body nor a region), in order."""
    out: dict[str, Any] = {}
    for a in actors:
        if kind(a) == "ORG" and code(a) or kind(a) == "PERSON" and not country(a) or kind(a) == "REGION":
            continue
        out.setdefault(side(a), a)
    return out


def pair_of_latest_act(x: Scene, own: frozenset, i: int) -> list[Mention]:
    """"urged both sides", "mendesak kedua pihak": the two parties of the latest act between
    exactly two others than the source, in this paragraph, then in the ones before; one actor
    of the two, as the actor finder makes of "kedua negara"."""
    found: dict[str, Any] = {}
    for a in reversed(x.earlier):
        found = _party_sides([*a.sources, *a.targets], lambda m: m.side, lambda m: m.type, lambda m: m.code,
                             lambda m: m.country)
        if len(found) == 2 and not own & found.keys():
            break
    else:
        for ev in reversed(x.ctx.events if x.ctx is not None else ()):
            found = _party_sides([*ev["sources"], *ev["targets"]], _kept_side, lambda r: r.get("type"),
                                 lambda r: r.get("code"), lambda r: r.get("country"))
            if len(found) == 2 and not own & found.keys():
                break
        else:
            return []
    tok = x.doc[i]
    names = [a.name if isinstance(a, Mention) else a["name"] for a in found.values()]
    return [Mention(-1, -1, tok.idx, tok.idx + len(tok), tok.text, " – ".join(names), "REGION",
                    members=tuple(found), resolution="context")]
