"""Who protests when the text names no actor: acts of the street ("rallied",
"berunjuk rasa", "went on strike") done by people the lexicons do not list
("Tens of thousands of students", "Para petani", "Activists").  The protesters
of a country take its code, so they are the people of the place the sentence
puts the act in, else of the country the story is told from, else of the
protest reported before in the document, else of the state the language's
press is of (grammar key press_states)."""

from __future__ import annotations

from ..mentions import Mention
from ..syntax import char_span, phrase_length, span_text
from . import words
from .gate import needs
from .frame import DONE, DROP, Frame, Scene

PROTEST = "PROTEST"
THREATEN = "THREATEN"


@needs(keys=("place_source", "by_crowd"))
def people_of_the_story(f: Frame) -> Frame | None:
    """No actor named for an act of the street: the people of its place, of the dateline or of the last protest act.

        Tens of thousands of students rallied in central Belgrade on Saturday.
    """
    x = f.x
    if not (f.coded or x.row).get("place_source") or any(m.country or m.code or m.type == "PERSON" for m in f.sources):
        return None     # named: "Kenyan students", "the opposition party" (not "Para demonstran", of no country)
    inside = [m for m in x.ms if (x.t.start < m.start or m.start < x.t.start < m.end) and m.end <= x.t.end
              and (m.country or m.code) and x.low[m.start - 1] not in x.g.location_markers]
    if inside:
        # "Thousands of Kenyan demonstrators marched", "Polish farmers protested": the people named inside the act's
        # words, or holding its first word.
        return f.change(sources=inside[:1], targets=[m for m in f.targets if m.side != inside[0].side])
    code = _placed_in_sentence(x) or (x.ctx.home if x.ctx is not None else None) or _protesters_before(x) \
        or _press_street(x)
    if code is None or x.row.get("needs_target") and not f.targets:
        return None
    a, b = char_span(x.doc, x.t.start, x.t.end)
    people = Mention(-1, -1, a, b, span_text(x.doc, x.t.start, x.t.end), "Protesters", "GROUP",
                     country=code, resolution="context")
    return f.change(sources=[people], targets=[m for m in f.targets if m.side != code or leader_protested(f, m)])


def leader_protested(f: Frame, m: Mention) -> bool:
    """A person of the protesters' own state named after an act of the street, with no agent marker between
    ("led by"), is whom they protest against, not their own side.

        Argentine unions staged a general strike against President Javier Milei's austerity measures.
    """
    x = f.x
    if m.type != "PERSON" or x.row["type"] != PROTEST or not m.from_text or not x.t.end <= m.start < x.sent.end \
            or any(s.type == "PERSON" for s in f.sources):
        return False
    return not any(x.low[k] in x.g.agent_markers for k in range(x.t.end, m.start))


def _placed_in_sentence(x: Scene) -> str | None:
    """The country of the first place the sentence puts the act in that people_of_place does not see: one
    before it or inside its words ("Di Makassar, ratusan mahasiswa", "Hundreds of students in Dhaka protested"),
    or one after it past a describing word ("in central Belgrade"); a venue ("at the summit") is none."""
    low, marks = x.low, x.g.location_markers
    for m in x.ms:
        if not (x.sent.start <= m.start < x.sent.end) or m.type != "COUNTRY" or not m.from_text \
                or m.start <= 0:
            continue
        k = m.start
        described = k > 1 and low[k - 2] in marks and low[k - 1].isalpha() and low[k - 1] not in x.g.determiners
        marked = described or low[k - 1] in marks and (m.start < x.t.start or m.end <= x.t.end)
        if marked and not words.venue(x, m) and not _reported_apart(x, m):
            return m.country
    return None


def _press_street(x: Scene) -> str | None:
    """The state of this language's press (grammar key press_states) where the sentence names no other country:
    "Ratusan mahasiswa berdemo di depan gedung DPRD" is Indonesian copy's own street, "… mengguncang Serbia" is not."""
    home = x.finder.press_state
    if home is None or any(m.type == "COUNTRY" and m.country != home and x.low[m.start - 1] not in _AFFIXED
                           for m in x.ms if x.sent.start < m.start < x.sent.end):
        return None     # a foreign country named by itself (an embassy's state or "anti-Israel" is no place)
    return home


_AFFIXED = ("-", "anti", "pro")


def _protesters_before(x: Scene) -> str | None:
    """The country of the people who protested last, in this paragraph or the document before it."""
    for act in reversed(x.earlier):
        if act.type == PROTEST:
            code = next((m.country for m in act.sources if m.country), None)
            if code:
                return code
    if x.ctx is None:
        return None
    for ev in reversed(x.ctx.events):
        if ev["type"] == PROTEST:
            code = next((a.get("country") for a in ev["sources"] if a.get("country")), None)
            if code:
                return code
    return None


@needs(voices="active", words=("pronouns", "plural_pronouns", "object_pronouns"))
def speaker_opens_report(f: Frame) -> Frame | None:
    """A pronoun opening reported words is their speaker ("X said it would …"), not the actor named last.

        South Korea's defence ministry said it would respond sternly to any provocation by the North.
    """
    x = f.x
    k = x.lead
    if k < x.sent.start or x.row.get("voice", "active") != "active":
        return None
    w = x.tt.lower[k]
    if w not in x.finder.pronouns and w not in x.finder.plural_pronouns \
            and phrase_length(x.low, k, x.g.object_pronouns) != 1:
        return None
    idx = x.tt.idx[k]
    speaker = next((sp for qs, _, sp in x.reported if qs == idx), None)
    if speaker is None:
        return None
    return f.change(sources=[speaker], targets=[m for m in f.targets if m.side != speaker.side])


RISK_REACH = 4      # words from "that"/"bahwa" to the head of its subject ("that the humanitarian crisis")


@needs(types=THREATEN, words="risk_nouns")
def risk_not_threat(f: Frame) -> Frame | None:
    """A warning whose that-clause opens with a risk, not an actor, tells a danger, not a threat (DROP).

        The United Nations warned that the humanitarian crisis in Gaza could worsen.
    """
    x = f.x
    if x.row["type"] != THREATEN:
        return None
    low, g, t = x.low, x.g, x.t
    if low[t.end - 1] in g.complementizers:
        k = t.end - 1
    elif t.end < x.sent.end and low[t.end] in g.complementizers:
        k = t.end
    else:
        return None
    for w in low[k + 1:min(k + 1 + RISK_REACH, x.sent.end)]:
        if w in g.risk_nouns:
            return f.change(stop=DROP)
        if g.verb_like(w) or w in x.finder.pronouns or w in x.finder.plural_pronouns:
            return None
    return None


SUBJECT_REACH = 6   # words back from a threat verb to the head of its subject ("the war in Sudan threatened")


@needs(types=THREATEN, words="risk_nouns")
def risk_threatens(f: Frame) -> Frame | None:
    """A threat verb whose subject is a risk, not an actor, tells a danger, not a threat (DROP).

        Aid agencies warned that the war in Sudan threatened to spill over into Chad.
    """
    x = f.x
    if x.row["type"] != THREATEN:
        return None
    low, g, t = x.low, x.g, x.t
    starts = {m.start for m in x.ms}
    k = t.start - 1
    while k >= max(x.sent.start, t.start - SUBJECT_REACH):
        w = low[k]
        if w in g.risk_nouns:
            return f.change(stop=DROP)
        if w in g.location_markers:
            k -= 1
            continue    # "in Sudan": where the subject is
        if w == "," or w in g.complementizers or g.verb_like(w) or \
                k in starts and not (k > 0 and low[k - 1] in g.location_markers):
            return None     # a clause edge, or an actor as the subject
        k -= 1
    return None


OBSTRUCTIONS = {("PROTEST", "obstruct"), ("COERCE", "restrict")}    # a passage blocked, told as either
BLOCKED_BY_FORCE = {"type": "COERCE", "mode": "restrict", "cameo": "191"}   # PLOVER: impose blockade, restrict movement
BLOCKED_BY_STREET = {"type": "PROTEST", "mode": "obstruct", "cameo": "144"}  # PLOVER: obstruct passage, block
DOER_REACH = 6      # tokens before a blockade to the noun that names its doer ("Argentine truck | drivers | blockaded")


@needs(row=lambda row: (row["type"], row.get("mode")) in OBSTRUCTIONS, words=("force_body_nouns", "street_doer_nouns"))
def obstruction_by_doer(f: Frame) -> Frame | None:
    """A passage blocked is a protest when civilians block it (street_doer_nouns), a restriction when forces do.

    The doer is the nearest such noun in the clause before the trigger; forces with no party named block their
    own state's people (its code on both sides, as the gold writes a state's police and its protesters).

        Hungarian truckers blockaded the border with Austria, while police blocked roads to the parliament.
    """
    x = f.x
    g, low = x.g, x.low
    kind = (x.row["type"], x.row.get("mode"))
    if f.coded is not None or kind not in OBSTRUCTIONS:
        return None
    k = x.t.start - 1
    while k >= max(x.sent.start, x.t.start - DOER_REACH) and x.tt.text[k] not in ",;:":
        if low[k] in g.force_body_nouns:
            if kind[0] != "PROTEST":
                return None
            # "Police blocked roads": a state's forces block its own people, no other party named.
            home = [m for m in f.sources if m.country and not m.code][:1]
            return f.change(coded={**x.row, **BLOCKED_BY_FORCE}, targets=f.targets or home)
        if low[k] in g.street_doer_nouns:
            return f.change(coded={**x.row, **BLOCKED_BY_STREET}) if kind[0] == "COERCE" else None
        k -= 1
    return None


def own_state_protested(f: Frame) -> Frame | None:
    """Protesters of a state with nobody named or inferred whom they protest against protest against that state.

        NAIROBI, June 26 (Reuters) - Thousands of demonstrators marched through the capital.
    """
    if (f.coded or f.x.row)["type"] != PROTEST or f.targets:
        return None
    state = next((m for m in f.sources if m.country and not m.code), None)
    return f.change(targets=[state]) if state is not None else None


@needs(keys="announces")
def announced_act(f: Frame) -> Frame | None:
    """An act its row names by its announcement ("called a general strike") is planned, not done yet.

        Opposition groups vowed to keep protesting and called a general strike for Wednesday.
    """
    return f.change(modality="planned") if f.x.row.get("announces") and f.modality == "asserted" else None


@needs(keys="withheld")
def withheld_act(f: Frame) -> Frame | None:
    """An act its row names by its withholding ("abstained": no vote for) is that act negated.

        Twelve members voted for the text, while India and Brazil abstained.
    """
    return f.change(modality="negated") if f.x.row.get("withheld") and f.modality == "asserted" else None


def _reported_apart(x: Scene, m: Mention) -> bool:
    """The act is in reported words and the place outside them ("In Tbilisi, the ambassador said people
    protested"): the place is the speaker's, not the act's."""
    at, idx = x.tt.idx[x.t.start], x.tt.idx[m.start]
    return any(qs <= at < qe and not qs <= idx < qe for qs, qe, _ in x.reported) \
        or m.end <= x.t.start and (x.g.broken(x.doc, m.end, x.t.start)
                                   or any(w in x.g.speech_verbs for w in x.low[m.end:x.t.start]))


FORCE_TYPES = ("COERCE", "ASSAULT")     # acts of force whose doer a later arrest may be
STATE_BODY_TYPES = ("COUNTRY", "ORG")    # who speaks for a state (not its people, a GROUP)
CHARGED_DISSENT_REACH = 4   # tokens from a charge's verb to the dissenters it names ("accused | the protest leaders")


@needs(types="ACCUSE", keys="charged_after", words="dissent_nouns")
def dissenters_charged_at_home(f: Frame) -> Frame | None:
    """Dissenters a state or its body charges, with no country of their own, are the people of that state.

        Cambodia's interior ministry accused opposition activists of plotting a revolt.
    """
    x = f.x
    markers = x.row.get("charged_after") if x.row["type"] == "ACCUSE" else None
    if f.targets or not markers or len(f.own) != 1:
        return None
    # a state, its body or one of its people (a leader charging them acts on their own state, as the gold codes it)
    home = next((m for m in f.sources if m.country and not m.code), None)
    if home is None:
        return None
    low, t, hi = x.low, x.t, min(x.t.end + CHARGED_DISSENT_REACH, x.sent.end)
    i = next((i for i in range(t.end, hi) if low[i] in x.g.dissent_nouns), None)
    while i is not None and i + 1 < hi and low[i + 1] in x.g.dissent_nouns:
        i += 1      # "opposition activists": the head
    # the charge follows the people ("of plotting"), nothing broken nor anyone of a side between
    if i is None or i + 1 >= x.sent.end or low[i + 1] not in markers or x.g.broken(x.doc, t.end, i + 1) \
            or any(m.start <= i and m.end > t.end and (m.country or m.code) and m.side not in f.own for m in x.ms):
        return None
    state = next((m for m in x.ms if m.type == "COUNTRY" and m.country == home.country), None)
    a, b = char_span(x.doc, i, i + 1)
    name, kind = (state.name, state.type) if state is not None else (home.country, "COUNTRY")
    return f.change(targets=[Mention(i, i + 1, a, b, x.tt.text[i], name, kind, country=home.country)])


def state_telling_arrest(x: Scene) -> Mention | None:
    """The state's body whose reported words tell an arrest with no agent named (its arrester), if any: not
    a person or a group, not where an act of force before it in the paragraph has a doer, nor where the people
    are held in another country named after it."""
    if x.row.get("mode") != "arrest" or not x.reported or any(a.type in FORCE_TYPES and a.sources for a in x.earlier):
        return None     # "Israeli troops raided the camp. Twenty Palestinians were detained": the raiders
    t = x.t
    at = x.tt.idx[t.start]
    told = next(((qe, sp) for qs, qe, sp in x.reported if qs <= at < qe and sp is not None), None)
    body = told[1] if told else None
    if body is None or body.type not in STATE_BODY_TYPES or not body.country or body.code:
        return None
    if any(m.type == "COUNTRY" and m.side != body.side and t.end <= m.start and x.tt.idx[m.start] < told[0]
           for m in x.ms):
        return None     # "were detained in Malaysia, Indonesia's foreign ministry said": held abroad
    return body


@needs(types="COERCE", words="passive_be_words")
def arrests_reported_by_the_state(f: Frame) -> Frame | None:
    """An arrest in the passive with no agent and no actor held, told by a state's own body, was its state's.

        Five opposition figures were arrested overnight, the interior ministry said.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    counted = x.row.get("voice") == "passive" and x.row.get("patient_inside")    # "22 people were detained"
    if x.row["type"] != "COERCE" or counted and f.sources or not counted and x.row.get("voice", "active") != "active" \
            or g.after_marker(x.doc, x.ms, t.end, x.sent.end, g.agent_markers):
        return None
    be = t.start - 1
    while be > x.sent.start and low[be] in g.preverbal and low[be] not in g.passive_be_words:
        be -= 1
    if not counted and (be <= x.sent.start or low[be] not in g.passive_be_words):
        return None
    body = state_telling_arrest(x)
    if body is None:
        return None
    if counted:
        return f.change(sources=[body])     # the people held: patient_at_home
    # the subject, and the people it names ("Five opposition figures, including X, were arrested")
    held = [m for m in x.ms if x.sent.start <= m.start and m.end <= be and (
        m.type == "PERSON" or any(m is s for s in f.sources))]
    if not held:
        a, b = char_span(x.doc, t.start, t.end)
        held = [Mention(t.start, t.end, a, b, x.tt.text[t.start], body.country, "COUNTRY", country=body.country)]
    return f.change(sources=[body], targets=held, stop=DONE)


# Demands and charges dissenters make of their own leaders ("protesters demanded President X resign").
DISSENT_ASK_TYPES = ("REQUEST", "ACCUSE")
LEADER_REACH = 3    # tokens from the verb to the leader named ("menuntut | Presiden William Ruto")


@needs(types=DISSENT_ASK_TYPES, words="dissent_nouns")
def dissenters_ask_their_leader(f: Frame) -> Frame | None:
    """A leader of their own state named right after the verb of dissenters is its target (the side rule drops it).

        Para demonstran di Nairobi menuntut Presiden William Ruto mundur.
    """
    x = f.x
    if f.targets or x.row["type"] not in DISSENT_ASK_TYPES or len(f.sources) != 1 or x.row.get("voice") == "passive":
        return None
    src, low, g = f.sources[0], x.low, x.g
    if src.type == "PERSON" or not any(low[i] in g.dissent_nouns for i in range(src.start, src.end)):
        return None
    leader = next((m for m in x.ms if m.type == "PERSON" and x.t.end <= m.start <= x.t.end + LEADER_REACH
                   and m.start < x.sent.end), None)
    if leader is None or leader.side not in f.own or g.broken(x.doc, x.t.end, leader.start):
        return None
    return f.change(targets=[leader])


# What dissenters refuse or ask with no one named: their own state's (its government's), PLOVER's domestic dissent.
DISSENT_OWN_TYPES = ("REQUEST", "REJECT")


@needs(types=DISSENT_OWN_TYPES, words="dissent_nouns")
def dissenters_ask_their_state(f: Frame) -> Frame | None:
    """Dissenters of a state asking or refusing with no other party in the sentence act on their own state.

        KATHMANDU - Para pengunjuk rasa menolak berunding dan menuntut pembubaran parlemen.
    """
    x = f.x
    if f.targets or x.row["type"] not in DISSENT_OWN_TYPES or len(f.sources) != 1:
        return None
    src, low, sent = f.sources[0], x.low, x.sent
    if src.type == "PERSON" or src.code or not src.country \
            or not any(low[i] in x.g.dissent_nouns for i in range(max(src.start, 0), src.end)):
        return None
    if any(m.side not in f.own for m in x.ms if sent.start <= m.start < sent.end):
        return None     # a party named in the sentence: other_side's ("menuntut Israel menghentikan …")
    a, b = char_span(x.doc, x.t.start, x.t.start + 1)
    return f.change(targets=[Mention(x.t.start, x.t.start + 1, a, b, x.tt.text[x.t.start], src.country, "COUNTRY",
                                     country=src.country)])
