"""Who acts and who is acted on, for a trigger that names the act itself.

ROLE_RULES run in order over a Frame; each returns a changed frame or None
(no change).  `stop=DONE` ends the list with the roles found, `stop=DROP`
ends it with no event.  A rule's docstring says what it decides, with an
example sentence.
"""

from __future__ import annotations

from ..mentions import Mention
from ..syntax import char_span
from ..tokens import phrase_ends_at, phrase_length
from . import recall, words
from .dissent import DISSENT_OWN_TYPES, arrests_reported_by_the_state, dissenters_ask_their_leader, \
    dissenters_ask_their_state, dissenters_charged_at_home, leader_protested, people_of_the_story, risk_not_threat, \
    risk_threatens, speaker_opens_report, state_telling_arrest
from .gate import needs
from .frame import DONE, DROP, Act, Frame, Scene, done_by_the_accused, sides, travels

MONEY_TYPES = ("AID", "AGREE", "COOPERATE")
# Acts two parties named together do with each other ("kedua negara bertemu"; "Congo and Rwanda
# signed a declaration in Washington": a signing of theirs, Washington its venue).
JOINT_TYPES = ("CONSULT", "COOPERATE", "AGREE", "SUPPORT")
# Modes of other types that the parties also keep together ("A dan B …, dan gencatan senjata berlaku").
JOINT_MODES = ("ceasefire",)
# Acts a state does to its own people ("police arrested 14 protesters").
REPRESSION_TYPES = ("COERCE", "ASSAULT")
# Acts told in the passive of what their subject undergoes, an event also with the doer unnamed
# ("Sebuah pos polisi diserang", "Rusia dituduh mencampuri pemilu Moldova").
AGENTLESS_TYPES = (*REPRESSION_TYPES, "ACCUSE")
# Acts a state does to people at home: repression, and their release ("polisi membebaskan 12 mahasiswa").
HOME_ACT_TYPES = (*REPRESSION_TYPES, "RETREAT")
# Of those, the acts (type, mode) whose people may be anyone held, not only dissenters: arrests and releases
# ("arrested 600 people", "freed 3,000 prisoners"; force on "people" is as often a foreign strike's toll).
HELD_ACTS = frozenset({("COERCE", "arrest"), ("RETREAT", "release")})
# Tokens from the trigger to the people it acts on (past "… tajam dan gas air mata ke arah", "at hundreds of
# young demonstrators").
DISSENT_WINDOW = 9
# Acts a party undergoes, read in the passive of an active row ("were detained in Malaysia").
DONE_TO_TYPES = ("COERCE", "ASSAULT", "SANCTION")
# Of those, the acts still done to their subject when no agent is named ("Kipiani was taken into custody");
# a killing or wounding with no agent is the toll of an act named elsewhere.
UNDERGONE_UNNAMED_TYPES = ("COERCE", "SANCTION")


def quote_at(x: Scene, i: int, quotes) -> tuple[int, int, Mention] | None:
    """The quotation (start, end, speaker) around token i, if any."""
    idx = x.tt.idx[i]
    for qs, qe, sp in quotes:
        if qs <= idx < qe:
            return qs, qe, sp
    return None


def _acts_for_owner(f: Frame, before: int) -> Frame | None:
    """The party named in the sentence before token `before`, else the reporter of the
    words around the trigger, acts (for owner_of_bare_body, owner_of_pronoun_forces)."""
    x = f.x
    owner = next((o for o in reversed(x.ms) if x.sent.start <= o.start and o.end < before
                  and (o.code or o.country)), None)
    if owner is None:
        said = quote_at(x, x.t.start, x.reported)
        owner = said[2] if said is not None and said[2] is not None and (said[2].code or said[2].country) else None
    if owner is None:
        return None
    return f.change(sources=recall.again([owner]), targets=[t for t in f.targets if t.side != owner.side])


def clause_roles(f: Frame) -> Frame:
    """The subject before the trigger acts on the object after it (the other way round for "hosted").

        The Netherlands hosted Ukrainian President Volodymyr Zelensky on Friday.
    """
    sources, targets = words.clause_roles(f.x)
    return f.change(sources=sources, targets=targets, quoted=quote_at(f.x, f.x.t.start, f.x.quotes))


JOINED_HEAD_WORDS = 3    # words between "and" and the subject's first name ("he and | the leaders of | Egypt")


@needs(voices="active", words="pronouns")
def pronoun_joined_to_subject(f: Frame) -> Frame | None:
    """A subject pronoun joined by "and" before the subject ("he and Zelensky signed") acts with it.

        Albanese flew to Jakarta, where he and the leaders of Malaysia, Singapore and Brunei signed a maritime pact.
    """
    x = f.x
    if not f.sources or x.row.get("voice", "active") != "active":
        return None
    low, tt, g, lo = x.low, x.tt, x.g, x.sent.start
    s = min(m.start for m in f.sources)
    if s >= x.t.start:
        return None
    j = next((j for j in range(s - 1, max(lo, s - 2 - JOINED_HEAD_WORDS), -1) if low[j] == "and" or not tt.alpha[j]),
             None)
    k = j - 1 if j is not None and low[j] in g.verb_coordinators else None
    if k is None or k < lo or low[k] not in x.finder.pronouns \
            or not (k == lo or not tt.alpha[k - 1] or low[k - 1] in g.relativizers or low[k - 1] in g.complementizers):
        return None
    own = sides(f.sources)
    joined = [m for m in recall.pronoun_actor(x, k) if m.side not in own]
    if not joined:
        return None
    own |= sides(joined)
    return f.change(sources=[*joined, *f.sources], targets=[m for m in f.targets if m.side not in own])


@needs(voices="active", words="absolute_markers")
def subject_of_absolute(f: Frame) -> Frame | None:
    """The participle of an absolute clause (", with X V-ing") is done by the actor between marker and participle.

        Japan and Australia held joint naval drills on Monday, with Tokyo deploying two destroyers to the Philippines.
    """
    x = f.x
    doers = words.absolute_subject(x)
    if not doers:
        return None
    own = sides(doers)
    return f.change(sources=doers, targets=[m for m in f.targets if m.side not in own and m.start >= x.t.end],
                    stop=DONE)


@needs(voices="active", words="relativizers")
def object_relative_clause(f: Frame) -> Frame | None:
    """In a relative clause whose subject is named ("Y, which X accuses of"), X acts on the head Y.

        Armenia, which Azerbaijan accuses of planting landmines, denied the charge.
    """
    x = f.x
    k, lo, ms = x.lead, x.sent.start, x.ms
    if x.row.get("voice", "active") != "active" or k - 2 < lo:
        return None
    doer = next((m for m in ms if m.end == k + 1), None)
    doers = [doer] if doer is not None else []
    j = _before_determiners(x, doer.start) if doer is not None else lo
    while j - 1 > lo and (x.low[j] in x.g.verb_coordinators or x.low[j] == ","):
        # "whom Kinshasa and the United Nations accuse": the doers joined before the last
        doer = next((m for m in ms if m.end == j), None)
        if doer is None:
            return None
        doers.insert(0, doer)
        j = _before_determiners(x, doer.start)
    if doer is None or j - 1 < lo or x.low[j] not in x.g.relativizers:
        return None
    r = j
    r -= x.tt.text[r - 1] == ","
    head = next((m for m in ms if m.end == r and m.side not in sides(doers)), None)
    if head is None:
        return None
    return f.change(sources=doers, targets=[head], stop=DONE)


def _before_determiners(x: Scene, i: int) -> int:
    """The token before token i, past the determiners that open its phrase ("and | the United Nations")."""
    j = i - 1
    while j > x.sent.start and x.low[j] in x.g.determiners:
        j -= 1
    return j


def _doer_goes_on(f: Frame, b: Act) -> Frame:
    """The act before's doer does this act too, to its targets of another side."""
    own = sides(b.sources)
    return f.change(sources=recall.again(b.sources), targets=[m for m in f.targets if m.side not in own])


@needs(voices="active", words=("envoy_nouns", "proposal_nouns"))
def object_inside_trigger(f: Frame) -> Frame | None:
    """An active act acts on the state whose envoy or proposal its own words name, before any party named after.

        Iran summoned the British ambassador on Monday. / Israel accepted a U.S. proposal for a truce in Lebanon.
    """
    x = f.x
    inner = x.starting_inside()
    if not inner or x.row.get("voice", "active") != "active" or any(m.start < x.t.end for m in f.targets):
        return None
    own = sides(f.sources)
    inside = next((x.ms[k] for k in inner
                   if x.ms[k].end < x.t.end and (x.low[x.ms[k].end] in x.g.envoy_nouns
                                                 or x.low[x.ms[k].end] in x.g.proposal_nouns)
                   and x.ms[k].side and x.ms[k].side not in own), None)
    return f.change(targets=[inside]) if inside is not None else None


PARTNER_REACH = 8   # tokens from a talk's verb to the word before its partner ("discussed | the U.S. tariffs | with")


@needs(voices="active", keys="partner_after")
def partner_after_topic(f: Frame) -> Frame | None:
    """A talk's partner is named after its marker (row key partner_after), past the topic named before it.

        Japan discussed the Russian threat with Australian officials on Monday.
    """
    x = f.x
    markers, low = x.row.get("partner_after"), x.low
    if not markers:
        return None
    hi = min(x.t.end + PARTNER_REACH, x.sent.end)
    k = next((k for k in range(x.t.end, hi) if low[k] in markers or x.tt.text[k] in ",;:"), None)
    if k is None or low[k] not in markers:
        return None
    own = sides(f.sources)
    partners = [m for m in x.g.group_after(x.doc, x.ms, k + 1, x.sent.end, max_gap=2) if m.side not in own]
    return f.change(targets=partners) if partners else None


CHARGE_REACH = 8    # tokens from a charge ("accused X") to its marker ("of"), and from the marker to the means ("by")


@needs(voices="active", words="means_markers", before_key="charged_after")
def means_of_the_charge(f: Frame) -> Frame | None:
    """An act named as the means of a charged act ("accused X of <act> by <act>") is the accused's, to the others.

        Moscow accused Washington of prolonging the war in Ukraine by supplying long-range missiles to Kyiv.
    """
    x = f.x
    b = x.before
    markers = b.trigger.row.get("charged_after") if b is not None and b.trigger is not None else None
    if not markers or not b.targets or b.type == x.row["type"] or x.row.get("voice", "active") != "active":
        return None
    low, g = x.low, x.g
    k = x.t.start - 1
    if k <= b.trigger.end or low[k] not in g.means_markers:
        return None
    i = next((i for i in range(b.trigger.end, min(b.trigger.end + CHARGE_REACH, k)) if low[i] in markers), None)
    if i is None or k - i > CHARGE_REACH or g.broken(x.doc, b.trigger.end, x.t.start):
        return None
    return done_by_the_accused(f, b)


# Acts whose means name the act threatened or charged, not one done ("threatened X with sanctions").
MEANS_NAMING_TYPES = ("THREATEN", "ACCUSE")


@needs(voices="active", words="means_markers", before=True)
def object_of_the_means(f: Frame) -> Frame | None:
    """An act told as the means ("dengan", "by") of its doer's act before, with no object, has that act's object.

        Australia bekerja sama dengan Papua Nugini memadamkan kebakaran hutan dengan mengirim tiga pesawat angkut.
    """
    x = f.x
    k = x.lead
    if f.targets or not f.sources or k <= x.sent.start or x.low[k] not in x.g.means_markers \
            or x.row.get("voice", "active") != "active":
        return None
    own = sides(f.sources)
    b = next((a for a in reversed(x.earlier) if a.sentence["start"] == x.sent.start_char and a.trigger is not None
              and a.trigger.end <= k), None)
    if b is None or b.type in MEANS_NAMING_TYPES or sides(b.sources) != own \
            or not any(m.side not in own for m in b.targets):
        return None     # ("mengancam Moldova dengan penghentian pasokan gas": what is threatened, not done)
    return f.change(targets=[m for m in recall.again(b.targets) if m.side not in own])


HANDOVER_REACH = 10     # tokens from "extradited" to the "to" of the state that receives


@needs(voices="active", words="handover_verbs")
def receiver_of_handover(f: Frame) -> Frame | None:
    """People handed over (grammar key handover_verbs) go to the state named after "to", the target.

        Spain extradited a Russian businessman to the United States on Wednesday.
    """
    x = f.x
    if x.low[x.t.start] not in x.g.handover_verbs or x.row.get("voice", "active") != "active":
        return None
    hi = min(x.sent.end, x.t.end + HANDOVER_REACH)
    if x.row.get("mode") == "release":
        to = next((i for i in range(x.t.end, hi) if x.low[i] in x.g.addressee_markers), hi)
        if any(m.country and x.t.start < m.start < to for m in f.targets):
            return None     # captives of a state named ("two Israeli soldiers to the Red Cross"): freed to their state
    found = x.g.after_marker(x.doc, x.ms, x.t.end, hi, x.g.addressee_markers)
    own = sides(f.sources)
    found = [m for m in found if m.side not in own]
    return f.change(targets=found) if found and found != f.targets else None


@needs(keys="charged_after", before=True)
def charged_by_act_before(f: Frame) -> Frame | None:
    """A charge with its marker right after it ("accused of") charges whom the act before acted on, by its doer (DONE).

        The United States imposed sanctions on three Chinese companies accused of helping Russia's war effort.
    """
    x = f.x
    markers = x.row.get("charged_after")
    b = x.before
    if not markers or b is None or b.trigger is None or not b.sources or not b.targets or b.type == x.row["type"] \
            or x.t.end >= x.sent.end or x.low[x.t.end] not in markers or b.trigger.end > x.t.start:
        return None
    accused = [m for m in b.targets if m.side not in sides(b.sources)]
    if not accused:
        return None
    return f.change(sources=recall.again(b.sources), targets=recall.again(accused), stop=DONE)


@needs(voices="active", words="verb_coordinators")
def reporter_goes_on(f: Frame) -> Frame | None:
    """A verb joined by ", and" after a reported clause goes on from the one who reports, not its subject.

        Pakistan's military said Indian missiles struck six sites, killing 26 people, and vowed to retaliate.
    """
    x = f.x
    k = x.lead
    if k <= x.sent.start or x.low[k] not in x.g.verb_coordinators or x.tt.text[k - 1] != "," \
            or x.row.get("voice", "active") != "active":
        return None
    said = quote_at(x, x.t.start, x.reported)
    sp = said[2] if said is not None else None
    if sp is None or sp.start < x.sent.start or sp.end_char > said[0]:
        return None     # the reporter named before the report, in this sentence
    # (a body of the reporter's own state asked stays: "Vargas said …, and urged the government to …")
    return f.change(sources=[sp], targets=not_own_side(f.change(sources=[sp]), {sp.side}))


@needs(voices="active", words="verb_coordinators", grammar=lambda g: g.verbal_suffixes)
def reporter_goes_on_in_tense(f: Frame) -> Frame | None:
    """A past verb joined by "and" to a reported clause told with a modal goes on from the reporter.

        Foreign Minister Ana Silva said Lisbon would not accept the new quotas and urged the bloc to rethink them.
    """
    x = f.x
    low, g, k = x.low, x.g, x.lead
    if not g.verbal_suffixes or k <= x.sent.start or low[k] not in g.verb_coordinators \
            or x.row.get("voice", "active") != "active" or not low[x.t.start].endswith(g.verbal_suffixes):
        return None
    said = quote_at(x, x.t.start, x.reported)
    sp = said[2] if said is not None else None
    if sp is None or sp.start < x.sent.start or sp.end_char > said[0]:
        return None     # the reporter named before the report, in this sentence
    # The report's own verb after a modal is bare ("would not accept"): the past verb is not its fellow.
    opened = next((i for i in range(x.sent.start, k) if x.tt.idx[i] >= said[0]), k)
    modal = next((i for i in range(opened, k) if low[i] in g.finite_markers), None)
    # (nor a past verb of its own on the way: "would say it had agreed and signed"; "Kurdish-led" is none)
    if modal is None or any(low[i] in g.finite_markers or low[i].endswith(g.verbal_suffixes)
                            and not x.tt.text[i - 1].endswith("-") for i in range(modal + 1, k)):
        return None
    f.change(sources=[sp])      # (own_body_asked reads the source)
    return f.change(targets=not_own_side(f, {sp.side}))


NOUN_AGENT_WINDOW = 6   # tokens from a derived noun to its "by"/"oleh"


@needs(voices="active", words="agent_markers")
def agent_of_noun(f: Frame) -> Frame | None:
    """An act named by a noun with its agent after "by"/"oleh": the agent acts, the others are acted on.

        Moscow condemned the expulsion of its diplomats by Poland.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    w = low[t.start]
    if x.row.get("voice", "active") != "active" or g.verb_like(w) and not g.nominal(w) \
            or w in g.passive_auxiliaries or w in g.finite_markers \
            or any(v in g.infinitive_markers for v in low[t.start + 1:t.end]):
        return None     # "was received by Li Qiang", "would respond ... to any provocation by",
        #                 "ready to crush any incursion by": a clause
    hi = min(t.end + NOUN_AGENT_WINDOW, x.sent.end)
    i = next((i for i in range(t.end, hi) if low[i] in g.agent_markers), None)
    if i is None or g.broken(x.doc, t.end, i) or any(g.verb_like(v) and not g.nominal(v) for v in low[t.end:i]):
        return None
    agent = g.group_after(x.doc, x.ms, i + 1, x.sent.end, max_gap=2)
    if not agent:
        return None
    own = sides(agent)
    return f.change(sources=agent, targets=[m for m in [*f.sources, *f.targets] if m.side not in own])


@needs(keys="holder_inside")
def holder_releases(f: Frame) -> Frame | None:
    """Who held the people released frees them: the agent inside the trigger acts on the subject.

        Twelve Thai soldiers held by Cambodia since the clash were released on Saturday.
    """
    x = f.x
    if not x.row.get("holder_inside"):
        return None
    # after "by"/"oleh", else right after the participle that opens the trigger ("ditawan Malaysia")
    i = next((i for i in range(x.t.start, x.t.end) if x.low[i] in x.g.agent_markers), x.t.start)
    agent = x.g.group_after(x.doc, x.ms, i + 1, x.t.end, max_gap=2)
    if not agent:
        return None
    own = sides(agent)
    return f.change(sources=agent, targets=[m for m in [*f.sources, *f.targets] if m.side not in own])


@needs(keys="owned_noun")
def owner_of_noun(f: Frame) -> Frame | None:
    """A noun that names an act is done by its owner or its agent, not by the subject of the clause.

        France condemned the killing of a French aid worker in Gaza.
    """
    x = f.x
    if not x.row.get("owned_noun") or not f.sources and x.before is None:
        return None
    t, low, g = x.t, x.low, x.g
    owner_end = words.possessive_before(x)     # "Russia's overnight attack"
    if any(m.start >= t.end or m.end <= t.start and (m.end == owner_end or all(
            w in g.possessives or w in g.determiners for w in low[m.end:t.start])) for m in f.sources):
        return None
    if _after_light_verb(x) and any(m.end <= t.start for m in f.sources):
        return None     # "Azerbaijan launched an offensive against": the subject's own act
    accused = _accused_of(x)    # "Kyiv blamed Moscow for the attack on …": Moscow's attack
    if accused:
        own = sides(accused)
        return f.change(sources=accused, targets=[m for m in f.targets if m.side not in own and m.start > t.start]
                        or [m for m in f.sources if m.side not in own])
    return f.change(sources=[]) if f.sources else None


LIGHT_REACH = 3     # words from a light verb to the act noun it carries ("launched a fresh ground | offensive")


def _after_light_verb(x: Scene) -> bool:
    """The act noun is the object of a light or carrying verb a few words before it ("launched an offensive")."""
    low, g = x.low, x.g
    for k in range(x.t.start - 1, max(x.sent.start, x.t.start - 1 - LIGHT_REACH) - 1, -1):
        if low[k] in g.light_verbs or low[k] in g.carrying_verbs:
            return True
        if not low[k].isalpha() or low[k] in g.prepositions:
            return False    # "held accountable for | the strike": not the verb's object
    return False


ACCUSED_OF_REACH = 8    # tokens from a charge ("blamed Moscow") to the act noun it charges ("for the attack")


def _accused_of(x: Scene) -> list[Mention] | None:
    """Who a charge right before names ("blamed Moscow for", "menyalahkan Israel atas"), when it names this act."""
    b = x.before
    markers = b.trigger.row.get("charged_after") if b is not None and b.trigger is not None else None
    if not markers or not b.targets:
        return None
    k = _before_determiners(x, x.t.start)
    if x.low[k] not in markers or not b.trigger.end <= k <= b.trigger.end + ACCUSED_OF_REACH:
        return None
    return list(b.targets)


@needs(types=REPRESSION_TYPES, words="possessive_pronouns")
def owner_of_bare_body(f: Frame) -> Frame | None:
    """A bare body owned by a pronoun ("its fighters") is of the party named before it, or of who reports it.

        Hamas said its fighters ambushed an Israeli convoy in Khan Younis.
    """
    x = f.x
    if x.row["type"] not in REPRESSION_TYPES or len(f.sources) != 1:
        return None
    m = f.sources[0]
    if m.code or m.type == "PERSON" or m.start <= x.sent.start \
            or x.low[m.start - 1] not in x.g.possessive_pronouns:
        return None
    return _acts_for_owner(f, m.start)


@needs(words="topic_markers")
def agent_after_topic(f: Frame) -> Frame | None:
    """An act named as a topic with its agent after "by"/"oleh" is the agent's, on the others.

        Iran mengusir dua diplomat Jerman sebagai balasan atas pengusiran diplomat Iran oleh Berlin.
    """
    x = f.x
    if f.sources or x.t.start == 0 or x.low[x.t.start - 1] not in x.g.topic_markers:
        return None
    return agent_of_noun(f)


CARRY_REACH = 8     # tokens from an act noun to the passive verb that carries it out


@needs(voices="active", words="carrying_verbs")
def carried_out_by(f: Frame) -> Frame | None:
    """An act noun heading the subject of a passive that carries it out (carrying_verbs) is its agent's (DONE).

    The agent follows "by"/"oleh"; it acts on the others named in the noun phrase, else after the agent.

        Sanctions against two RSF commanders were imposed by the U.S. Treasury on Tuesday.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if not g.carrying_verbs or x.row.get("voice", "active") != "active" \
            or g.verb_like(low[t.start]) and not g.nominal(low[t.start]):
        return None     # "drones launched by Russia": a passive row finds its agent itself
    hi = min(t.end + CARRY_REACH, x.sent.end - 1)
    j = next((j for j in range(t.start + 1, hi) if low[j] in g.carrying_verbs), None)
    if j is None or g.broken(x.doc, t.start, j) or any(
            g.verb_like(w) and w not in g.passive_auxiliaries for w in low[max(t.end, t.start + 1):j]):
        return None
    k = _agent_marker_past_object(x, j + 1)
    if low[k] in g.agent_markers:
        agent = g.group_after(x.doc, x.ms, k + 1, x.sent.end, max_gap=2)
    elif g.passive_prefixes and low[j].startswith(g.passive_prefixes):
        agent = g.group_after(x.doc, x.ms, j + 1, x.sent.end, max_gap=0)    # "diperpanjang Dewan Keamanan"
    else:
        return None
    if not agent:
        return None
    own = sides(agent)
    inside = [m for m in x.ms if t.start < m.start and m.end <= k and m.side not in own]
    end = max(m.end for m in agent)
    later = [m for m in g.group_after(x.doc, x.ms, end, x.sent.end, max_gap=3) if m.side not in own]
    return f.change(sources=agent, targets=inside or later, stop=DONE)


def _agent_marker_past_object(x: Scene, k: int) -> int:
    """The agent marker at k, or past the prepositional object the verb takes first ("were imposed | on six
    Iranian officials | by the EU"), with no verb nor clause break between; else k."""
    low, g = x.low, x.g
    if low[k] in g.agent_markers or low[k] not in g.prepositions:
        return k
    for i in range(k + 1, min(k + CARRY_REACH, x.sent.end - 1)):
        if low[i] in g.agent_markers:
            return i if not g.broken(x.doc, k, i) else k
        if g.verb_like(low[i]) or x.tt.punct[i] and low[i] != "-":
            return k
    return k


BLAME_REACH = 12    # tokens from an act noun to the charge after it that names its doer ("that Kyiv | blamed on")


@needs(voices="active", words="blamed_on")
def doer_blamed_after(f: Frame) -> Frame | None:
    """An act noun followed by a charge that names its doer ("an attack (that) X blamed on Y") is Y's (DONE).

    It is on the side hit named before it in the sentence, else on the one who blames; a row that is an act
    only so (blamed_only: a bare "attack") is no event without it.

        Three Ukrainian soldiers were killed in a drone strike that Kyiv blamed on Moscow.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if not g.blamed_on or x.row.get("voice", "active") != "active" \
            or g.verb_like(low[t.start]) and not g.nominal(low[t.start]):
        return None     # "Russia struck Kyiv, which blamed ...": a clause of its own
    if not x.row.get("blamed_only") and not any(low[k] in g.determiners for k in range(max(x.sent.start, t.start - 2),
                                                                                       t.start)):
        return None     # "Russia attacks Ukraine's grid, ...": an act noun comes with its determiner
    hi = min(t.end + BLAME_REACH, x.sent.end - 1)
    j = next((j for j in range(t.end, hi) if phrase_length(low, j, g.blamed_on)), None)
    doer = [] if j is None or g.broken(x.doc, t.end, j) \
        else g.group_after(x.doc, x.ms, j + phrase_length(low, j, g.blamed_on), x.sent.end, max_gap=2)
    if not doer:
        return f.change(stop=DROP) if x.row.get("blamed_only") else None
    doer = [m for m in doer if "," not in x.tt.text[doer[0].end:m.start]]     # "on Moscow, the army said"
    accuser = [m for m in x.ms if t.end <= m.start and m.end <= j]
    own = sides(doer)
    hit = [m for m in x.ms if x.sent.start <= m.start and m.end <= t.start and m.side and m.side not in own]
    return f.change(sources=doer, targets=hit[:1] or [m for m in accuser if m.side not in own], stop=DONE)


@needs(voices="active", words="possessive_pronouns")
def allies_of_subject(f: Frame) -> Frame | None:
    """A subject joined to its own allies ("X and their Russian allies", "X dan sekutunya") acts with them.

        Malian troops and their Russian allies killed dozens of separatist rebels in northern Mali.
    """
    x = f.x
    if len(f.sources) != 1 or x.row.get("voice", "active") != "active":
        return None
    m = f.sources[0]
    k = m.start - 1
    if k - 1 <= x.sent.start or x.low[k] not in x.g.possessive_pronouns or x.low[k - 1] not in x.g.joiners:
        return None
    ally = next((o for o in x.ms if o.end == k - 1 and o.side and o.side != m.side), None)
    if ally is None:
        return None
    return f.change(sources=[ally, m], targets=[t for t in f.targets if t.side not in (ally.side, m.side)])


@needs(before_key="charged_after")
def accuser_hit_after_act(f: Frame) -> Frame | None:
    """An act charged to the accused is on the accuser's side named right after it.

    An EVENT_RULE, after the act is given to the accused: the accuser's side was dropped as no target of its own act.

        Washington blamed Tehran for a drone attack on a U.S. base in eastern Syria.
    """
    x = f.x
    b = x.before
    if b is None or not b.trigger.row.get("charged_after") or not b.sources or not f.sources \
            or sides(f.sources) != sides(b.targets):
        return None
    accuser = sides(b.sources)
    hit = [m for m in x.g.group_after(x.doc, x.ms, x.t.end, x.sent.end, max_gap=3) if m.side in accuser]
    if not hit or any(m.side in accuser for m in f.targets):
        return None
    return f.change(targets=hit)


COAGENT_GAP = 4     # tokens from a subject to its co-agent after "bersama", "together with"


@needs(words="comitatives")
def coagent_of_subject(f: Frame) -> Frame | None:
    """A subject followed by its co-agent ("X bersama Y", "X, together with Y,") acts with it.

        Amerika Serikat bersama Inggris melancarkan serangan udara terhadap posisi Houthi di Yaman.
    """
    x = f.x
    if len(f.sources) != 1 or f.sources[0].end > x.t.start or not x.g.comitative(x.doc, f.sources[0]):
        return None
    m = f.sources[0]
    lead = next((o for o in reversed(x.ms) if m.start - COAGENT_GAP <= o.end < m.start and o.start >= x.sent.start
                 and o.side and o.side != m.side), None)
    marker = {w for phrase in x.g.comitatives for w in phrase}      # "bersama" is shaped like a verb
    if lead is None or any(x.g.verb_like(w) and w not in marker for w in x.low[lead.end:m.start]):
        return None
    return f.change(sources=[lead, m], targets=[t for t in f.targets if t.side not in (lead.side, m.side)])


@needs(types=REPRESSION_TYPES, words="force_body_nouns")
def owner_of_pronoun_forces(f: Frame) -> Frame | None:
    """Forces a pronoun owns ("its forces", force_body_nouns) act for the party named before, or the reporter.

        Ukraine's general staff said its forces had struck an oil refinery in Russia.
    """
    x = f.x
    k = x.lead
    if f.sources or x.row["type"] not in REPRESSION_TYPES or k <= x.sent.start \
            or x.low[k] not in x.g.force_body_nouns or x.low[k - 1] not in x.g.possessive_pronouns:
        return None
    return _acts_for_owner(f, k)


@needs(types=REPRESSION_TYPES)
def owner_of_forces_hit(f: Frame) -> Frame | None:
    """Forces a possessive gives to another right after the act ("its troops", "pasukannya") are the party's before.

        Seoul accused Pyongyang of firing at its soldiers near the border.
    """
    x = f.x
    low, g, k = x.low, x.g, x.t.end
    if not f.sources or x.row["type"] not in REPRESSION_TYPES or k >= x.sent.end:
        return None
    w = low[k]
    owned = k + 1 < x.sent.end and w in g.possessive_pronouns and low[k + 1] in g.force_body_nouns or any(
        w.endswith(c) and w[:-len(c)] in g.force_body_nouns for c in g.object_clitics)
    if not owned:
        return None
    # (not a place: "di Rafah", "ke Jalur Gaza")
    own = sides(f.sources)
    owner = next((m for m in reversed(x.ms) if x.sent.start <= m.start and m.end <= x.t.start
                  and m.side not in own and (m.type != "PERSON" or m.country)
                  and not (m.start > 0 and low[m.start - 1] in g.location_markers)), None)
    return f.change(targets=[owner]) if owner is not None else None


@needs(words="topic_markers")
def topic_without_actor(f: Frame) -> Frame | None:
    """An act named only as a topic, with nobody doing it, is no event.

        Australia menjatuhkan sanksi terkait pengiriman rudal ke Rusia.
    """
    x = f.x
    t, low = x.t, x.low
    if not f.sources and t.start > 0 and low[t.start - 1] in f.x.g.topic_markers:
        return f.change(stop=DROP)
    return None


@needs(words="topic_markers")
def modified_topic(f: Frame) -> Frame | None:
    """An act named as a topic whose only actors modify its noun, on nobody, is no event.

        Rubio spoke with Badr Abdelatty about the Gaza ceasefire talks.
    """
    x = f.x
    t, low, g = x.t, x.low, x.g
    if not f.sources or f.targets:
        return None
    k = t.start - 1
    lo = x.sent.start
    spans = [(m.start, m.end) for m in f.sources]
    while k >= lo:
        inside = next((s for s, e in spans if s <= k < e), None)
        if inside is not None:
            k = inside - 1
        elif low[k] in g.determiners:
            k -= 1
        else:
            break
    if k >= lo and k < t.start - 1 and low[k] in g.topic_markers \
            and all(k < m.start and m.end <= t.start for m in f.sources):
        return f.change(stop=DROP)
    return None


ENVOY_GAP = 3   # "Russia's ambassador to | Poland": tokens from the envoy's country to the host


@needs(voices="passive")
def agent_at_place(f: Frame) -> Frame | None:
    """A passive with no agent named is done by the place it happened at, or where its subject is posted.

        The French ambassador was summoned to the foreign ministry in Moscow on Tuesday.
    """
    x = f.x
    if f.sources or x.row.get("voice") != "passive":
        return None
    own = sides(f.targets)
    low, g = x.low, x.g
    place = _place_after(x, own)
    if place is not None:
        return f.change(sources=[place])
    # "Russia's ambassador to Poland was summoned": the country the envoy is posted to.
    host = next((m for m in f.targets if m.start > x.sent.start and low[m.start - 1] in g.location_markers), None)
    envoy = host and next((m for m in reversed(x.ms) if host.start - ENVOY_GAP <= m.end < host.start
                           and m.side != host.side), None)
    if envoy is None:
        return None
    return f.change(sources=[host], targets=[envoy, *(m for m in f.targets if m.side not in (host.side, envoy.side))])


def _place_after(x: Scene, own: set) -> Mention | None:
    """The first actor of another side after a location marker past the trigger ("in Moscow", "to the ministry")."""
    low, g = x.low, x.g
    for m in x.ms:
        if m.start < x.t.end or m.start >= x.sent.end or g.broken(x.doc, x.t.end, m.start):
            continue
        k = m.start - 1
        while k > x.t.end and low[k] in g.determiners:
            k -= 1      # "to the ministry", "in the capital"
        if low[k] in g.location_markers and m.side not in own and m.side:
            return m
    return None


@needs(types=DONE_TO_TYPES, voices="active", words="passive_be_words")
def passive_of_active_row(f: Frame) -> Frame | None:
    """An active row's participle after a passive auxiliary (passive_be_words) acts on its subject (DONE).

    It is done by the agent after "by", else the place it happened at; none named, an arrest or expulsion is
    still done to its subject by no one named, a killing no change (who reports the act was tried as its agent
    and lowered the news held-out precision).

        Three Indonesian fishermen were detained in Malaysia on Monday.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    be = t.start - 1    # past adverbs: "was later | jailed"
    while be > x.sent.start and low[be] in g.preverbal and low[be] not in g.passive_be_words:
        be -= 1
    if not g.passive_be_words or t.start == 0 or low[be] not in g.passive_be_words \
            or x.row.get("voice", "active") != "active" or low[t.start].endswith(g.participle_suffixes):
        return None     # "were holding talks": an active progressive
    if x.row["type"] not in DONE_TO_TYPES:
        return None     # "is committed to", "were ready to respond": a state, not an act undergone
    patient = [m for m in f.sources if m.end <= t.start and m.side and not any(
        g.verb_like(w) or w in g.relativizers for w in low[m.end:be])]
    if not patient:     # "Iran said | two Britons were arrested", "fishermen | who had been arrested"
        return None
    own = sides(patient)
    agent = [m for m in g.after_marker(x.doc, x.ms, t.end, x.sent.end, g.agent_markers) if m.side not in own]
    if not agent:
        place = _place_after(x, own)
        agent = [place] if place is not None else []
    if not agent and x.row["type"] in UNDERGONE_UNNAMED_TYPES:
        # "Two Thai soldiers were arrested, Cambodia's defence ministry said": the state that tells it
        teller = state_telling_arrest(x)
        return f.change(sources=[teller] if teller is not None else [], targets=patient, stop=DONE)
    return f.change(sources=agent, targets=patient, stop=DONE) if agent else None


@needs(voices="active", words="agent_markers")
def agent_of_participle(f: Frame) -> Frame | None:
    """An active row's bare participle after a noun, its agent after "by", is the agent's act (a reduced relative).

        North Korea fired a missile over Japan, in a move condemned by Tokyo and Seoul.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if x.row.get("voice", "active") != "active" or t.end - t.start != 1 or t.end >= x.sent.end \
            or low[t.end] not in g.agent_markers or not g.verbal_suffixes \
            or not low[t.start].endswith(g.verbal_suffixes) or t.start - 1 <= x.sent.start:
        return None
    k = t.start - 1
    if not x.tt.alpha[k] or low[k] in g.passive_be_words or low[k] in g.preverbal or low[k] in g.finite_markers \
            or g.verb_like(low[k]) or low[k] in g.relativizers or not x.tt.text[k].islower():
        return None     # "was condemned by", "that was brokered by": other rows and rules read these
    agent = g.group_after(x.doc, x.ms, t.end + 1, x.sent.end, max_gap=2)
    if not agent:
        return None
    own = sides(agent)
    return f.change(sources=agent, targets=[m for m in f.targets if m.side not in own and m.start < t.start])


@needs(voices="passive", words="passive_be_words")
def progressive_not_passive(f: Frame) -> Frame | None:
    """A passive row matched on a progressive ("were attacking", participle_suffixes) is active: the subject acts.

        Russian troops were attacking Ukrainian positions near Pokrovsk.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if x.row.get("voice") != "passive" or not g.participle_suffixes \
            or not any(w.endswith(g.participle_suffixes) and len(w) > 5 for w in low[t.start + 1:t.end]) \
            or not any(w in g.passive_be_words for w in low[t.start:t.end - 1]):
        return None
    subject = g.subject_before(x.doc, x.ms, t.start, x.sent.start)
    if not subject:
        return None
    own = sides(subject)
    return f.change(sources=subject, targets=[m for m in g.group_after(x.doc, x.ms, t.end, x.sent.end)
                                              if m.side not in own])


@needs(voices="passive", words="national_heads")
def bare_national_agent(f: Frame) -> Frame | None:
    """A passive's agent that is a bare body of a state ("oleh junta") is that body named last, else the state.

        Di Myanmar, jam malam diberlakukan oleh junta mulai Jumat malam.
    """
    x = f.x
    low, g, i = x.low, x.g, x.t.end
    if low[i - 1] in g.agent_markers:
        i -= 1      # the row holds its marker: "ditangkap oleh"
    if f.sources or x.row.get("voice") != "passive" or i + 1 >= x.sent.end \
            or low[i] not in g.agent_markers or low[i + 1] not in g.national_heads \
            or any(m.start <= i + 1 < m.end for m in x.ms):
        return None     # "oleh junta Myanmar": named, the actor finder's
    own = sides(f.targets)
    found = [m for m in recall.body_named_last(x, i + 1) if m.side not in own]
    return f.change(sources=found) if found else None


NATIONAL_OBJECT_REACH = 2    # function words from the trigger to a bare body it acts on ("to the | junta")


@needs(voices="active", words="national_heads")
def bare_national_object(f: Frame) -> Frame | None:
    """An active act's object that is a bare body of a state ("to the junta") is that body named last, else the state.

        The European Union said it was suspending budget support to the junta.
    """
    x = f.x
    low, g, i = x.low, x.g, x.t.end
    if f.targets or not f.sources or x.row.get("voice", "active") != "active":
        return None
    k = i
    while k < min(x.sent.end, i + NATIONAL_OBJECT_REACH) and (low[k] in g.prepositions or low[k] in g.determiners):
        k += 1
    if k == i or k >= x.sent.end or low[k] not in g.national_heads or any(m.start <= k < m.end for m in x.ms):
        return None     # "bantuan militer": a modifier; "to the junta of Mali": named, the actor finder's
    own = sides(f.sources)
    found = [m for m in recall.body_named_last(x, k) if m.side not in own]
    return f.change(targets=found) if found else None


@needs(types=REPRESSION_TYPES, voices="passive")
def forcer_of_passive(f: Frame) -> Frame | None:
    """A passive act of force with no agent named is done by whoever used force before it in the paragraph.

        Polisi membubarkan massa dengan gas air mata. Sedikitnya 30 orang ditangkap.
    """
    x = f.x
    if f.sources or x.row.get("voice") != "passive" or x.row["type"] not in REPRESSION_TYPES:
        return None
    found = next((a.sources for a in reversed(x.earlier) if a.type in REPRESSION_TYPES and a.sources), None)
    if not found:
        return None
    own = sides(found)
    return f.change(sources=recall.again(found), targets=[m for m in f.targets if m.side not in own])


@needs(types=REPRESSION_TYPES, voices="passive")
def forcer_of_story_passive(f: Frame) -> Frame | None:
    """An agentless passive of force on the side the story's last act of force was done to is done by its agent.

        Nelayan Indonesia ditangkap oleh otoritas Malaysia. / Kapal-kapal nelayan Indonesia itu kemudian disita.
    """
    x = f.x
    if f.sources or not f.targets or x.row.get("voice") != "passive" or x.row["type"] not in REPRESSION_TYPES \
            or x.ctx is None or not x.ctx.events:
        return None
    own = sides(f.targets)
    last = x.ctx.events[-1]
    if last["type"] not in REPRESSION_TYPES or not last["sources"] \
            or not own & {a.get("code") or a.get("country") or a["name"] for a in last["targets"]}:
        return None
    found = recall.at_token(x, f.targets[0].start, last["sources"])
    return f.change(sources=[m for m in found if m.side not in own])


@needs(voices="passive", words="relativizers")
def head_of_relative_passive(f: Frame) -> Frame | None:
    """A passive act in a relative clause ("X yang dituduh …") is done to its head, by the main subject if unnamed.

    Who sanctions, expels or holds the head is who charges it ("yang dituduh"), when no agent is named.

        Amerika Serikat mengusir dua diplomat China yang dituduh melakukan spionase.
    """
    x = f.x
    k = x.t.start - 1
    if x.row.get("voice") != "passive" or k <= x.sent.start or x.low[k] not in x.g.relativizers:
        return None
    head = next((m for m in x.ms if m.end == k), None)
    if head is None or any(m is head for m in f.sources):
        return None
    own = {head.side}
    main = [m for m in x.g.first_subject(x.doc, x.ms, head.start, x.sent.start) if m.side not in own]
    sources = f.sources or main
    if not sources:
        return None
    return f.change(sources=sources, targets=[head])


SENT_FROM_REACH = 8     # tokens from an expulsion to the place the expelled are sent from


def _places_listed(x: Scene, m: Mention) -> list[Mention]:
    """The states of the list that place m opens ("dari Mali, Burkina Faso, dan Niger"), one per side, in order."""
    listed = [p for p in x.g.group(x.doc, x.ms, x.ms.index(m), left=False) if p.type == "COUNTRY"]
    return [p for i, p in enumerate(listed) if p.side not in sides(listed[:i])]


@needs(keys="source_after")
def sent_from_place(f: Frame) -> Frame | None:
    """Who expels is the place the expelled are sent from, who appeals the party appeals come from (source_after).

        Rusia mengusir dua diplomat Latvia sebagai balasan atas pengusiran diplomat Rusia dari Riga.
        A court in Yerevan extended the detention of the archbishop despite pleas from the European Union.
    """
    x = f.x
    markers = x.row.get("source_after")
    if not markers:
        return None
    low, g = x.low, x.g
    for m in x.ms:
        if m.start < x.t.end or m.start >= min(x.sent.end, x.t.end + SENT_FROM_REACH):
            continue
        k = m.start - 1
        while k >= x.t.end and low[k] in g.determiners:
            k -= 1
        if low[k] not in markers or g.broken(x.doc, x.t.end, m.start):
            continue
        if any(g.nominal(w) and w in g.trigger_words for w in low[x.t.end:k]):
            return None     # "… terkait pengusiran diplomat Rusia | dari Tallinn": the noun's place
        if any(s.side == m.side for s in f.sources):
            return None
        places = _places_listed(x, m) if m.type == "COUNTRY" else [m]    # "dari Mali, Burkina Faso, dan Niger"
        own = sides(places)
        others = [o for o in [*f.sources, *f.targets] if o.side not in own]
        return f.change(sources=places, targets=[o for i, o in enumerate(others)
                                                 if o.side not in sides(others[:i])])
    return None


@needs(types="AID", words="channel_markers")
def channel_not_receiver(f: Frame) -> Frame | None:
    """Aid sent through a body ("melalui Palang Merah", "through UNRWA") is not that body's: it is the channel.

        Uni Eropa menyalurkan dana 50 juta euro melalui Bank Dunia untuk Ukraina.
    """
    x = f.x
    if x.row["type"] != "AID" or not f.targets:
        return None
    low, g = x.low, x.g

    def channel(m) -> bool:
        k = m.start - 1
        while k > x.t.end and low[k] in g.determiners:
            k -= 1
        return k >= x.t.end and low[k] in g.channel_markers

    kept = [m for m in f.targets if not channel(m)]
    return f.change(targets=kept) if len(kept) < len(f.targets) else None


RECEIVER_REACH = 10     # tokens from an aid noun to the "untuk"/"for" of whom it goes to


@needs(types="AID", words=("addressee_markers", "purpose_markers"))
def receiver_of_aid(f: Frame) -> Frame | None:
    """Aid from a donor with no receiver yet goes to the party after an addressee or purpose marker.

        Bantuan kemanusiaan dari Indonesia untuk Gaza tiba di Mesir pada Rabu.
    """
    x = f.x
    if x.row["type"] != "AID" or f.targets or not f.sources:
        return None
    low, g = x.low, x.g
    own = sides(f.sources)
    for i in range(x.t.end, min(x.sent.end - 1, x.t.end + RECEIVER_REACH)):
        if low[i] not in g.addressee_markers and low[i] not in g.purpose_markers:
            continue
        if g.broken(x.doc, x.t.end, i):
            return None
        found = [m for m in g.group_after(x.doc, x.ms, i + 1, x.sent.end, max_gap=1) if m.side not in own]
        return f.change(targets=found) if found else None
    return None


@needs(types="AID", words="instrument_markers")
def receiver_before_means(f: Frame) -> Frame | None:
    """Aid told as the means of a verb ("backed X | with $2 billion in aid") goes to that verb's object.

        The United States backed Israel with $2 billion in military aid.
    """
    x = f.x
    k = x.t.start
    # (the type is checked here too: "menggunakan" opens both an aid row and an attack's)
    if f.targets or x.row["type"] != "AID" or k <= x.sent.start or x.low[k] not in x.g.instrument_markers:
        return None
    i = next((i for i, m in enumerate(x.ms) if m.end == k), None)
    if i is None:
        return None
    receivers = x.g.group(x.doc, x.ms, i, left=True, right=False)
    # (the object right before "with" is no subject: "Japan supported the Philippines | with …")
    donors = f.sources if not any(m in receivers for m in f.sources) \
        else x.g.subject_before(x.doc, x.ms, receivers[0].start - 1, x.sent.start)
    own = sides(receivers)
    donors = [m for m in donors if m.side not in own]
    return f.change(sources=donors, targets=receivers) if donors else None


@needs(voices="active", words="pronouns")
def pronoun_subject(f: Frame) -> Frame | None:
    """A pronoun subject acts, not the actors of the clause before.

        Lula said Chile, Peru and Bolivia had broadly agreed on a lithium plan, and he pledged support for Bolivia.
    """
    x = f.x
    k = x.lead
    if k >= x.sent.start and x.tt.lower[k] in x.finder.pronouns \
            and x.row.get("voice", "active") == "active":
        return f.change(sources=recall.pronoun_actor(x, k) or f.sources)
    return None


@needs(voices="active", words="neuter_subjects")
def neuter_pronoun_subject(f: Frame) -> Frame | None:
    """"It also"/"It then" opening a sentence before its act: the state or body of the sentence before's main act.

        Poland's foreign ministry accused Belarus of staging the crisis. It also summoned the Belarusian envoy.
    """
    x = f.x
    s, low = x.sent.start, x.low
    between = low[s + 1:x.t.start]
    if f.sources or low[s] not in x.g.neuter_subjects or x.row.get("voice", "active") != "active" \
            or not x.g.preverbal.issuperset(between) or x.g.goes_on_adverbs.isdisjoint(between):
        return None
    # Opening a paragraph: the states or bodies that acted last in the document ("... summoned the Japanese
    # ambassador. / It also urged Tokyo to retract the remarks.").
    bodies = recall.bodies_of_sentence_before(x, s) or (s == 0 and not x.earlier and recall.bodies_acting_last(x, s))
    if not bodies:
        return None
    own = sides(bodies)
    return f.change(sources=bodies, targets=[m for m in f.targets if m.side not in own])


@needs(voices="active", words="neuter_subjects")
def neuter_subject_of_report(f: Frame) -> Frame | None:
    """"It" right before an act, in a sentence a state or body reports, is that reporter.

        Chile's navy said the truce held overnight, although it accused Peruvian boats of crossing the line.
    """
    x = f.x
    k = x.lead
    if f.sources or k < x.sent.start or x.low[k] not in x.g.neuter_subjects \
            or x.row.get("voice", "active") != "active":
        return None
    lo, hi = x.tt.idx[x.sent.start], x.tt.idx[k]
    said = quote_at(x, x.t.start, x.reported)
    # The reporter named in this sentence before the pronoun, else the one of the words around the trigger.
    sp = max((sp for _, _, sp in x.reported if sp is not None and lo <= sp.start_char and sp.end_char <= hi),
             key=lambda sp: sp.start_char, default=said[2] if said is not None else None) or _reporter_named_back(x)
    if sp is None or sp.type == "PERSON" or not (sp.code or sp.country):
        return None
    f.change(sources=[sp])      # (own_body_asked reads the source)
    return f.change(targets=not_own_side(f, {sp.side}))


def _reporter_named_back(x: Scene) -> Mention | None:
    """"It said it …" opening the sentence: the reporter of the latest report before it in the paragraph
    ("The Israeli military said its forces … . It said it was investigating the shooting"), opening the
    paragraph the document's latest speaker."""
    s = x.sent.start
    if x.low[s] not in x.g.neuter_subjects or x.low[s + 1] not in x.g.speech_verbs:
        return None
    lo = x.tt.idx[s]
    sp = max((sp for qs, _, sp in x.reported if sp is not None and qs < lo), key=lambda sp: sp.start_char,
             default=None)
    if sp is None and s == 0 and x.ctx is not None and x.ctx.last_speaker:
        sp = recall.at_token(x, s, [x.ctx.last_speaker])[0]
    return sp


@needs(voices="active", words="plural_pronouns")
def plural_pronoun_parties(f: Frame) -> Frame | None:
    """A plural pronoun subject is the parties of the latest act.

        Japan and South Korea held talks in Tokyo. They agreed to resume military exchanges.
    """
    x = f.x
    k = x.lead
    if f.sources or k < x.sent.start or x.tt.lower[k] not in x.finder.plural_pronouns \
            or x.row.get("voice", "active") != "active":
        return None
    parties = recall.parties_of_latest_act(x, k)
    return f.change(sources=parties, targets=[m for m in f.targets if m.side not in sides(parties)]) \
        if len(sides(parties)) > 1 or any(m.members for m in parties) else None


COLLECTIVE_WORDS = 4   # words of a collective subject ("the two foreign ministers")


def _opening_subject_end(x: Scene, verb: int) -> int | None:
    """The token after a pronoun ("They") or a collective ("The two leaders", "Kedua pemimpin")
    that opens the sentence as the subject of the verb at token `verb`, else None."""
    s, low, g = x.sent.start, x.low, x.g
    if low[s] in x.finder.pronouns or low[s] in x.finder.plural_pronouns:
        return s + 1
    end = None
    for k in range(s, min(s + COLLECTIVE_WORDS, verb)):     # the longest: "the two | leaders"
        n, start = g.collective_size(x.doc, k)
        if n and g.determiners.issuperset(low[s:start]):
            end = k + 1
    return end


def lead_past_noun_verb(x: Scene) -> int:
    """The token before the trigger's verb (x.lead); for a derived noun trigger that is the object of a verb before
    it ("menyaksikan | penandatanganan"), the token before that verb and its auxiliaries ("kedua pemimpin |
    menyaksikan")."""
    k = x.lead
    if k > x.sent.start and x.g.nominal(x.low[x.t.start]) and x.g.verb_like(x.low[k]):
        return x.g.before_auxiliaries(x.doc, k, x.sent.start)
    return k


@needs(voices="active", words="verb_coordinators", before=True)
def pronoun_subject_goes_on(f: Frame) -> Frame | None:
    """A verb joined by "and" to the act of a sentence's pronoun or collective subject is done by that act's source.

        Japan and South Korea held talks in Tokyo. They signed a swap deal and agreed to hold a summit next year.

    "The two leaders condemned Russia's strike on Kyiv and called on China …": the leaders call, not Russia.
    """
    x = f.x
    k, s, low = lead_past_noun_verb(x), x.sent.start, x.low
    if k <= s or low[k] not in x.g.verb_coordinators or x.row.get("voice", "active") != "active":
        return None
    # The sentence's first act, done by its opening subject.
    b = next((a for a in x.earlier if a.trigger is not None and a.sentence["start"] == x.sent.start_char), None)
    if b is None or not b.sources or b.trigger.end > k:
        return None
    opened = _opening_subject_end(x, b.trigger.start)
    if opened is None or not x.g.preverbal.issuperset(low[opened:b.trigger.start]):
        return None
    # Only where the clause left no subject, or took an actor of the acts before (an object, its owner) for one.
    objects = {m.name for a in x.earlier if a.sentence["start"] == x.sent.start_char
               for m in (*a.targets, *(a.sources if a is not b else ()))}
    if any(m.name not in objects for m in f.sources):
        return None
    return _doer_goes_on(f, b)


@needs(voices="active", words="pair_pronouns")
def pair_opening_the_sentence(f: Frame) -> Frame | None:
    """"Both sides" opening a sentence, no pair read for it: the two parties of the latest act between two.

        Chile and Peru signed a truce in Lima, hosted by Brazil's president. Both sides accused each other of
        breaking it.
    """
    x = f.x
    s = x.sent.start
    size = phrase_length(x.low, s, x.finder.pair_pronouns)
    if not size or x.lead != s + size - 1 or x.row.get("voice", "active") != "active" \
            or any(m.start == s for m in x.ms):
        return None
    pair = recall.pair_of_latest_act(x, frozenset(), s)
    if not pair:
        return None
    return f.change(sources=pair, targets=[m for m in f.targets if m.side not in pair[0].members])


@needs(voices="active", words=("collective_pronouns", "collective_numbers", "collective_heads"))
def collective_parties(f: Frame) -> Frame | None:
    """A collective subject ("the two ministers", "their delegations") naming no one is the parties of the latest act.

        Fidan and Araqchi held talks in Ankara. The two ministers agreed to set up a working group.

    "The two ministers" are persons: those of the latest act between two, past an act of one since.
    """
    x = f.x
    k = lead_past_noun_verb(x)
    if f.sources or k < x.sent.start or x.row.get("voice", "active") != "active":
        return None
    n, start = x.g.collective_size(x.doc, k)
    head = x.g.collective_head(x.doc, k, start) if n else _owned_collective(x, k)
    if head is None:
        return None
    parties = recall.parties_of_latest_act(x, k)
    if n and len(sides(parties)) > n:
        # "ketiga junta itu" after three states acted on a fourth: the first n sides, its doers first.
        first = list(dict.fromkeys(m.side for m in parties))[:n]
        parties = [m for m in parties if m.side in first]
    if head in x.g.person_heads:
        parties = [m for m in parties if m.type == "PERSON"]
        if len(sides(parties)) < 2:     # the last act had one person: the two who met before it
            parties = recall.persons_of_latest_meeting(x, k)
    if head in x.g.leader_heads and not all(recall.of_roles(x, m.name, m.role_key, x.g.leader_roles) for m in parties):
        # "kedua pemimpin" after a visiting leader met a minister: the two leaders who met before
        parties = recall.persons_of_latest_meeting(x, k, x.g.leader_roles) or parties
    if len(sides(parties)) < 2:
        return None
    return f.change(sources=parties, targets=[m for m in f.targets if m.side not in sides(parties)])


def _owned_collective(x: Scene, k: int) -> str | None:
    """The head of a collective owned by a plural pronoun, ending at k ("their | delegations",
    "delegasi | mereka"; grammar key collective.owners), else None."""
    low, g = x.low, x.g
    if k - 1 < x.sent.start:
        return None
    if low[k] in g.collective_heads and low[k - 1] in g.collective_owners:
        return low[k]
    if low[k] in g.collective_owners and low[k - 1] in g.collective_heads:
        return low[k - 1]
    return None


def persons_of_pair(f: Frame) -> Frame | None:
    """A pair named by its states ("kedua pihak" read as a region of two) is the two persons of the latest act.

    Only when the persons are of exactly those states: the persons carry their states, not the other way round.

        Anwar Ibrahim menerima kunjungan Prabowo Subianto. Kedua pihak sepakat mempercepat perundingan.
    """
    x = f.x
    if len(f.sources) != 1 or len(f.sources[0].members) != 2:
        return None
    pair = f.sources[0]
    last = x.low[pair.end - 1]
    if not pair.from_text or last in x.g.collective_pronouns or last in x.g.collective_numbers:
        return None     # "keduanya", "the two": the pair itself, as the actor finder gives it
    parties = recall.parties_of_latest_act(x, pair.end - 1)
    if len(parties) != 2 or any(m.type != "PERSON" for m in parties) \
            or {m.country for m in parties} != set(pair.members):
        return None
    return f.change(sources=parties)


@needs(voices="converse", words="pronouns")
def pronoun_receiver(f: Frame) -> Frame | None:
    """Before a converse trigger a pronoun receives; in reported words it is the speaker.

        “Ia menambahkan, dirinya telah menerima kunjungan dari Presiden Emmanuel Macron,” kata Jokowi.
    """
    x = f.x
    k = x.lead
    tt = x.tt
    if not (x.row.get("voice") == "converse" and f.sources and k >= x.sent.start
            and tt.lower[k] in x.finder.pronouns):
        return None
    said = quote_at(x, k, x.reported)
    said_by = said[2] if said else None
    if said_by and said_by.type == "PERSON":
        a, b = char_span(x.doc, k, k + 1)
        return f.change(targets=[Mention(k, k + 1, a, b, tt.text[k], said_by.name, "PERSON",
                                         country=said_by.country, role=said_by.role)])
    return f.change(targets=recall.pronoun_actor(x, k) or f.targets)


@needs(words=("joining_links", "intent_nouns"))
def owner_of_plan(f: Frame) -> Frame | None:
    """Whoever owns the plan, or joins in, acts.

        Jerman mengingatkan bahwa Polandia terikat pada rencana Uni Eropa untuk menghentikan impor gas dari Rusia.
    """
    x = f.x
    joined = x.g.joined_in(x.doc, x.ms, x.t.start, x.sent.start) \
        or x.g.intending(x.doc, x.ms, x.t.start, x.sent.start)
    return f.change(sources=joined) if joined else None


@needs(words="first_person")
def first_person_speaker(f: Frame) -> Frame | None:
    """In a quote, "I" or "we" by the trigger is the speaker.

        “Indonesia dan kami akan mengirim bantuan ke Gaza,” kata Prabowo.
    """
    x = f.x
    if f.speaker is not None and any(w in x.g.first_person
                                     for w in x.low[max(x.sent.start, x.t.start - 4):x.t.end]):
        return f.change(sources=[f.speaker])
    return None


@needs(words="first_person_owners")
def speaker_owns_object(f: Frame) -> Frame | None:
    """In a quote, the object the speaker calls "ours" makes the speaker's side the target.

        “Russia struck our power stations again last night,” Zelenskiy wrote on Telegram.
    """
    x = f.x
    if f.speaker is None or f.targets or any(m is f.speaker for m in f.sources) \
            or not any(x.g.verb_like(w) for w in x.low[x.t.start:x.t.end]):
        return None     # (a verb's object, "ships | rammed": "Russia's attacks on our soil" names no act of a verb)
    if any(w in x.g.first_person_owners for w in x.low[x.t.end:min(x.sent.end, x.t.end + 3)]):
        return f.change(targets=[f.speaker])
    return None


@needs(row=lambda row: row.get("mode") != "mediate", words="mutual_markers")
def mutual_pair(f: Frame) -> Frame | None:
    """With nobody else named, the two sides an act stands between act.

        Pada hari kedua gencatan senjata antara Rusia dan Ukraina, Moskow membebaskan 20 tahanan.

    The marker may also come right after the trigger ("pertemuan bilateral | antara A dan B").
    """
    x = f.x
    marked = x.low[x.t.end - 1] in x.g.mutual_markers \
        or x.t.end < x.sent.end and x.low[x.t.end] in x.g.mutual_markers
    if f.targets and marked and x.row.get("mode") != "mediate" \
            and (not f.sources or x.t.start > x.sent.start and (
                x.low[x.t.start - 1] in x.g.determiners or x.g.verb_like(x.low[x.t.start - 1])
                or _adjunct_head(x))):
        # "hosted talks between Russia and Ukraine": the talks are theirs, not the host's.
        return f.change(sources=f.targets, targets=[], mutual=True)
    return None


def _adjunct_head(x) -> bool:
    """The act noun heads an adjunct ("setelah | pertempuran antara …", "di tengah | perundingan antara …"):
    a noun led by a preposition or a sequence marker, not the clause's verb."""
    g = x.g
    return not g.verb_like(x.low[x.t.start]) and any(
        w in g.sequence_markers or w in g.breakers
        for w in x.low[max(x.sent.start, x.t.start - 2):x.t.start])


@needs(row=lambda row: row.get("mode") != "mediate", words="mutual_markers")
def modifier_of_mutual_act(f: Frame) -> Frame | None:
    """A name that only qualifies an act between two sides ("an Oval Office meeting between") is no party.

        The aid was paused days after a heated Oval Office meeting between Donald Trump and Volodymyr Zelenskiy.
    """
    x = f.x
    if not f.sources or not f.targets or x.low[x.t.end - 1] not in x.g.mutual_markers \
            or x.row.get("mode") == "mediate" or any(m.end != x.t.start for m in f.sources):
        return None
    return f.change(sources=[])


@needs(keys="place_source")
def people_of_place(f: Frame) -> Frame | None:
    """With nobody named acting, the people of the place an act of the street happened at (named after it) act.

    Not a place where an envoy is posted ("…, while Russia's envoy in Vienna said": _post_of_actor).

        Thousands of people protested in Tbilisi on Sunday.
        Thousands of people took to the streets of Belgrade on Saturday.
    """
    x = f.x
    if f.sources or not x.row.get("place_source"):
        return None
    # (the place may own the act's last word: "the streets of Belgrade")
    place = next((m for m in x.ms if x.t.end <= m.start < x.sent.end and m.type == "COUNTRY"
                  and (words.placed(x, m) or m.start == x.t.end + 1 and x.low[x.t.end] in x.g.owner_markers)
                  and not words.venue(x, m) and not _post_of_actor(x, m)), None)
    if place is None:
        return None
    places = _places_listed(x, place)     # "di Roma, Barcelona dan Istanbul": the people of each place
    own = sides(places)
    return f.change(sources=places, targets=[m for m in f.targets if m.side not in own])


def _post_of_actor(x: Scene, m: Mention) -> bool:
    """Place m is where a person is posted ("Russia's envoy in Vienna", "Mikhail Ulyanov in Vienna"): its location
    marker follows an envoy noun or a person's name (an embassy's place is where people rally)."""
    k = m.start - 1
    if k - 1 < x.sent.start or x.low[k] not in x.g.location_markers:
        return False
    return x.low[k - 1] in x.g.envoy_nouns or any(o.end == k and o.type == "PERSON" for o in x.ms)


ANSWER_REACH = 4    # words from an answer marker to the act noun it names ("in response to | the arrest of")


@needs(before=True, words="answer_markers")
def act_answered(f: Frame) -> Frame | None:
    """An act "in retaliation for" (answer_markers) names with no doer is the answering act's target's.

        Mali expelled France's ambassador in retaliation for the arrest of a Malian diplomat in Paris.
    """
    x = f.x
    b, g, low, tt = x.before, x.g, x.low, x.tt
    if b is None or b.trigger is None or not b.sources or not b.targets or not f.targets:
        return None
    k = x.t.start
    while not phrase_ends_at(low, k, g.answer_markers, b.trigger.end):
        if k <= b.trigger.end or x.t.start - k >= ANSWER_REACH or not (
                low[k - 1] in g.determiners or tt.alpha[k - 1] and tt.text[k - 1].islower()
                and low[k - 1] not in g.prepositions and not g.verb_like(low[k - 1])):
            return None
        k -= 1      # "in retaliation for | the recent | arrest"
    if f.sources and not sides(f.sources) <= sides(b.sources) or not sides(f.targets) & sides(b.sources):
        return None     # the answered act names its victim, the answerer ("the arrest of a Malian diplomat")
    doers = sides(b.targets)
    return f.change(sources=list(b.targets), targets=[m for m in f.targets if m.side not in doers])


@needs(keys="named_source")
def named_source_required(f: Frame) -> Frame | None:
    """Some acts are events only when their actor is named.

        The French troops were in Chad at the request of a legitimate government.
    """
    return f.change(stop=DROP) if not f.sources and f.x.row.get("named_source") else None


def _marker_before(x, markers) -> int | None:
    """The index of one of `markers` right before the trigger, past determiners ("after a", "in a"),
    inside the sentence and not its first word."""
    k = _before_determiners(x, x.t.start)
    return k if k > x.sent.start and x.low[k] in markers else None


@needs(words="time_adjunct_markers")
def act_in_time_adjunct(f: Frame) -> Frame | None:
    """An act named in a time adjunct of a clause ("after a meeting with") is the clause subject's.

        Mulino told reporters after a meeting with Rubio that the talks had been respectful.

    Right after a verb of saying, the clause is the report, and its subject the one named before the verb
    ("Ankara will impose tariffs, Defence Minister Yasar Guler said after talks with …": Guler's talks).
    """
    x = f.x
    if f.sources or not x.g.time_adjunct_markers:
        return None
    k = _marker_before(x, x.g.time_adjunct_markers)
    if k is None:
        return None
    other = sides(f.targets)
    if words.after_report(x, k):
        reporter = [m for m in x.ms if m.end == k - 1 and m.side not in other]
        if reporter:
            return f.change(sources=reporter[-1:])
    subject = [m for m in x.g.first_subject(x.doc, x.ms, k, x.sent.start) if m.side not in other]
    return f.change(sources=subject) if subject else None


@needs(types=REPRESSION_TYPES, voices="active", words="unnamed_armed_subjects")
def unnamed_armed_subject(f: Frame) -> Frame | None:
    """Armed people nobody names ("gunmen"), as the subject of an act of force, act: a party of no country.

        Gunmen stormed a village in Nigeria's Zamfara state and abducted 30 villagers.
    """
    x = f.x
    if f.sources or x.row["type"] not in REPRESSION_TYPES or x.row.get("voice", "active") != "active":
        return None
    k = x.lead + 1
    found = next((p for p in x.g.unnamed_armed_subjects
                  if k - len(p) >= x.sent.start and tuple(x.low[k - len(p):k]) == p), None)
    if found is None:
        return None
    i = k - len(found)
    a, b = char_span(x.doc, i, k)
    text = x.doc.text[a:b]
    return f.change(sources=[Mention(i, k, a, b, text, text.lower(), "GROUP")])


@needs(types=REPRESSION_TYPES, voices="active", words="unowned_weapons")
def weapon_nobody_owns(f: Frame) -> Frame | None:
    """A weapon with nobody behind it as the subject of an act of force: its doer unnamed, on its victims (DONE).

        A landmine wounded three soldiers of Thailand near the border.
    """
    x = f.x
    if f.sources or not f.targets or x.row["type"] not in REPRESSION_TYPES \
            or x.row.get("voice", "active") != "active":
        return None
    if not phrase_ends_at(x.low, x.lead + 1, x.g.unowned_weapons, x.sent.start):
        return None
    return f.change(sources=[], stop=DONE)


CRAFT_WORDS = 4     # words of a subject naming a state's craft ("Pesawat tempur | militer", "Military | aircraft")


@needs(types=REPRESSION_TYPES, voices="active", words="force_vehicle_nouns")
def craft_of_home_force(f: Frame) -> Frame | None:
    """Warplanes or warships of a bare "military" opening a clause as its subject of force: the story's state.

        YANGON (ANTARA) - Helikopter militer menembaki sebuah desa di Wilayah Magway, Myanmar, pada Selasa.
    """
    x = f.x
    if f.sources or x.ctx is None or x.row.get("voice", "active") != "active":
        return None
    home = x.ctx.home or x.ctx.place
    k, low, g = x.lead, x.low, x.g
    j = k
    while j > x.sent.start and k - j < CRAFT_WORDS and x.tt.alpha[j - 1]:
        j -= 1
    if home is None or k < j or (j > x.sent.start and low[j - 1] != ","):
        return None     # the subject opens its sentence or a clause after a comma ("Sementara itu, | pesawat militer")
    span = low[j:k + 1]
    if not any(w in g.force_vehicle_nouns for w in span) or not any(w in g.national_heads for w in span) \
            or any(m.start <= k and m.end > j for m in x.ms):
        return None
    state = _of_state_at(x, j, home, "COUNTRY", home)
    # On a place of its own ground ("membom sebuah desa di Wilayah Sagaing"): on its own state (DONE: not dropped
    # as its own side, nor aimed at the last other party of the story).
    own = [m for m in f.targets if m.country == home]
    return f.change(sources=[state], targets=own, stop=DONE) if own else f.change(sources=[state])


OPENING_WORDS = 2     # words before a force noun opening its sentence ("A | drone strike", "Artillery | shelling")


def _opens_sentence(x: Scene, start: int) -> bool:
    """Token `start` opens its sentence: only determiners and at most OPENING_WORDS lower-case words
    that name nobody before it ("A drone strike", "Artillery shelling", not "Russian shelling")."""
    lo, low, g = x.sent.start, x.low, x.g
    if start - lo > OPENING_WORDS + 1:
        return False
    free = [i for i in range(lo, start) if low[i] not in g.determiners]
    return len(free) <= OPENING_WORDS and all(x.tt.alpha[i] and i not in x.starts for i in free) \
        and not any(lo <= m.start < start for m in x.ms)


def _struck_place(x: Scene, own: set) -> Mention | None:
    """The first state named as where force fell, after the trigger in its sentence: "in Kherson",
    "in the city of Sumy" (a place noun of force_place_nouns and an owner marker before it)."""
    low, g = x.low, x.g
    for m in x.ms:
        if m.start < x.t.end or m.start >= x.sent.end or m.type != "COUNTRY" or m.side in own:
            continue
        k = m.start - 1
        if words.placed(x, m) or m.from_text and k - 1 > x.t.end and low[k] in g.owner_markers \
                and low[k - 1] in g.force_place_nouns:
            return m
    return None


@needs(types=REPRESSION_TYPES, voices="active")
def unowned_force_opening(f: Frame) -> Frame | None:
    """A force noun opening its sentence, no doer named, falls on the place it hit, its doer unnamed (DONE).

        A drone strike hit a maternity clinic in Kherson overnight, regional governor Oleksandr Prokudin said.
    """
    x = f.x
    if f.sources and not all(words.placed(x, m) for m in f.sources) or x.row.get("voice", "active") != "active" \
            or x.row["type"] not in REPRESSION_TYPES or not _opens_sentence(x, x.t.start) \
            or x.g.verb_like(x.low[x.t.start]) or not all(words.placed(x, m) for m in f.targets):
        return None     # "Bentrokan pecah antara tentara India dan China": the parties it names
    place = next((m for m in f.targets if m.type == "COUNTRY" and words.placed(x, m)), None) \
        or _struck_place(x, set())
    if place is None:
        return None
    return f.change(sources=[], targets=[place], stop=DONE)


@needs(types=REPRESSION_TYPES, before_types=REPRESSION_TYPES)
def toll_of_unowned_force(f: Frame) -> Frame | None:
    """What a force noun opening its sentence with no doer did ("killed", "killing … and wounding") is no act (DROP).

        A missile strike on a shipyard in Mykolaiv killed three workers on Tuesday.
    """
    x = f.x
    start = x.sent.start_char
    b = next((a for a in x.earlier if a.sentence["start"] == start and not a.sources and a.trigger is not None
              and a.type in REPRESSION_TYPES and _opens_sentence(x, a.trigger.start)), None)
    if b is None or b.trigger.end > x.t.start or x.row["type"] not in REPRESSION_TYPES:
        return None
    if any(b.trigger.end <= m.start < x.t.start and not words.placed(x, m) for m in x.ms):
        return None
    return f.change(stop=DROP)


@needs(types=REPRESSION_TYPES, words="verb_coordinators", before=True)
def source_of_act_before(f: Frame) -> Frame | None:
    """A second verb of force joined by "and" to an act before, with no subject of its own, is done by its source.

        Gunmen stormed a village in Nigeria's Zamfara state and abducted 30 villagers.
    """
    x = f.x
    b = next((a for a in reversed(x.earlier) if a.sentence["start"] == x.sent.start_char
              and a.type in REPRESSION_TYPES), None)
    k = x.lead
    if k > x.sent.start and x.low[k] in x.g.force_body_nouns:
        k -= 1      # "... and officers turned water cannon on the crowd": a bare body of the same state
    if f.sources or b is None or not b.sources or x.row["type"] not in REPRESSION_TYPES \
            or b.type not in REPRESSION_TYPES or k < x.sent.start or x.low[k] not in x.g.verb_coordinators \
            or b.trigger is None or b.trigger.end > k:
        return None
    return _doer_goes_on(f, b)


@needs(voices="active", words="verb_coordinators", before=True)
def source_of_coordinated_act(f: Frame) -> Frame | None:
    """A verb joined by "and" to an act before, with no subject found for it, is done by that act's source.

        Turkey shelled Kurdish positions in northern Syria on Friday, a day after the militants fired rockets at a
        border town, and warned Damascus that it would strike again.

    Not past a report ("said Peru had seized the ship and …": the reporter may go on).
    """
    x = f.x
    k, low, g = x.lead, x.low, x.g
    # After ", and" the first act of the sentence, that of its main clause ("Turkey shelled …, a day after the
    # militants fired …, and warned"); after a bare "and" the act right before ("after Washington cut aid and revoked").
    b = x.before if f.sources or x.tt.text[k - 1] != "," else \
        next((a for a in x.earlier if a.sentence["start"] == x.sent.start_char), None)
    if f.sources or b is None or not b.sources or b.trigger is None or k <= x.sent.start \
            or low[k] not in g.verb_coordinators or b.trigger.end > k or x.row.get("voice", "active") != "active" \
            or not (g.verb_like(low[x.t.start]) or _progressive(x)):
        return None
    if any(w in g.complementizers or w in g.speech_verbs for w in low[x.sent.start:b.trigger.start]) \
            and not _reporter_goes_on(x, b) or not any(m.code or m.country for m in b.sources):
        return None     # (nor a crowd of no state: "Protesters")
    return _doer_goes_on(f, b)


def doer_past_adjunct(f: Frame) -> Frame | None:
    """A verb after ", and" whose doers were read from a preposition's phrase before it: the sentence's first doer's.

    (The phrase an adjunct of the clause before, no verb between: "dengan mediasi X dan Y, dan sepakat".)

        Delegasi Sudan dan RSF berunding di Jeddah dengan mediasi Arab Saudi dan Amerika Serikat, dan sepakat
        memperpanjang gencatan senjata.
    """
    x = f.x
    k, low, g = x.lead, x.low, x.g
    if not f.sources or k <= x.sent.start or low[k] not in g.verb_coordinators or x.tt.text[k - 1] != "," \
            or x.row.get("voice", "active") != "active" or any(m.end > k for m in f.sources):
        return None
    b = next((a for a in x.earlier if a.sentence["start"] == x.sent.start_char), None)
    if b is None or b.trigger is None or not b.sources or sides(b.sources) & f.own:
        return None
    start = min(m.start for m in f.sources)
    between = range(b.trigger.end, start)
    if start < b.trigger.end or not any(low[i] in g.prepositions for i in between) \
            or any(g.verb_like(low[i]) and low[i] not in g.prepositions or low[i] in g.verb_coordinators
                   or x.tt.text[i] in ",;" for i in between):
        return None
    return _doer_goes_on(f, b)


@needs(types="MOBILIZE", words="command_verbs")
def commander_of_forces(f: Frame) -> Frame | None:
    """Forces ordered to deploy or stand ready (a command verb's object) are mobilized by whoever gives the order.

    (The subject of the command's clause, a person first.)

        Presiden Peru memerintahkan militer dan polisi mengerahkan pasukan tambahan ke perbatasan.
    """
    x = f.x
    if not f.sources or x.row["type"] != "MOBILIZE" or any(m.end > x.t.start for m in f.sources):
        return None
    k = min(m.start for m in f.sources) - 1
    if k <= x.sent.start or x.low[k] not in x.g.command_verbs:
        return None
    clause = x.doc._.clauses.clause_at(k)
    if clause is None or clause.subject is None:
        return None
    s, e = clause.subject
    bosses = [m for m in x.ms if s <= m.start and m.end <= min(e, k)]
    persons = [m for m in bosses if m.type == "PERSON"]
    return f.change(sources=persons[:1] or bosses) if bosses else None


def _progressive(x: Scene) -> bool:
    """The trigger is a participle after an auxiliary ("and was | sharing information")."""
    t, low, g = x.t, x.low, x.g
    return bool(g.participle_suffixes) and low[t.start].endswith(g.participle_suffixes) \
        and t.start > x.sent.start and low[t.start - 1] in g.passive_be_words


def _reporter_goes_on(x: Scene, b: Act) -> bool:
    """The act before is the reporter's own, told by a pronoun right after the report ("It said it had stepped
    up surveillance and …", "he said that he …"): a verb joined to it is the reporter's whichever it goes on."""
    low, g, k = x.low, x.g, b.trigger.start - 1
    while k > x.sent.start and low[k] in g.preverbal:
        k -= 1
    return k > x.sent.start and (low[k] in x.finder.pronouns or low[k] in g.neuter_subjects) \
        and (low[k - 1] in g.complementizers or low[k - 1] in g.speech_verbs)


@needs(voices="active", words="verb_coordinators", before=True)
def object_before_not_subject(f: Frame) -> Frame | None:
    """A verb right after "and" whose subject was read as the object of the act before is done by that act's doer.

        Kemenlu Thailand memanggil Duta Besar Kamboja untuk Thailand dan menyampaikan protes keras.
    """
    x = f.x
    k, low, b = x.lead, x.low, x.before
    if not f.sources or b is None or b.trigger is None or not b.sources or not b.targets or k <= x.sent.start \
            or low[k] not in x.g.verb_coordinators or b.trigger.end > k or x.row.get("voice", "active") != "active" \
            or not x.g.verb_like(low[x.t.start]) or not x.g.verb_like(low[b.trigger.start]):
        return None
    if any(x.g.verb_like(w) for w in low[b.trigger.end:k]):
        return None     # (a clause between: "memanggil dubes AS setelah Vance berkunjung … dan menuding": Vance's)
    # the object of the act before, and the actors named in it ("Duta Besar Kamboja untuk Thailand")
    taken = {m.start for m in b.targets} | {m.start for m in x.ms if b.trigger.start <= m.start < k}
    if not all(m.start in taken and m.start >= b.trigger.start for m in f.sources):
        return None
    return _doer_goes_on(f, b)


RELEASE_REACH = 4   # words from the one asked to the verb of freeing ("the government | to release")


@needs(types="REQUEST", words="release_verbs")
def holder_asked_to_release(f: Frame) -> Frame | None:
    """A bare body ("the government") asked to free people is the doer of the latest coercion, not the dateline's.

    (The latest act of coercion with a source, in this paragraph, else in the ones before: who holds them.)

        WARSAW - Belarusian police detained 30 activists in Minsk. / The United States urged the government to
        release them.
    """
    x = f.x
    if len(f.targets) != 1 or x.row["type"] != "REQUEST":
        return None
    m, low, tt = f.targets[0], x.low, x.tt
    if m.type != "ORG" or m.code or not all(tt.text[k].islower() for k in range(m.start, m.end)) \
            or not any(low[k] in x.g.release_verbs for k in range(m.end, min(m.end + RELEASE_REACH, x.sent.end))):
        return None
    held = next((a for a in reversed(x.earlier) if a.type == "COERCE" and a.sources), None)
    if held is not None:
        holders = recall.again(held.sources)
    else:
        last = next((ev for ev in reversed(x.ctx.events if x.ctx is not None else ())
                     if ev["type"] == "COERCE" and ev["sources"]), None)
        holders = recall.at_token(x, m.start, last["sources"]) if last else []
    holders = [h for h in holders if h.side not in f.own]
    if not holders or sides(holders) == {m.side}:
        return None
    return f.change(targets=holders, inferred=True)


@needs(before=True)
def participle_adjunct_source(f: Frame) -> Frame | None:
    """A subjectless participle opening an adjunct ("..., demanding that B") aimed abroad: the act before's source.

        Students in Dhaka marched on Tuesday, burning tyres and demanding the resignation of the minister.
    """
    x = f.x
    b = x.before
    if f.sources or not _opens_participle_adjunct(x, b):
        return None
    own = sides(b.sources)
    if not any(m.side not in own for m in f.targets):
        return None     # "..., demanding coverage of the protests": a demand with nobody it is made of
    return f.change(sources=recall.again(b.sources))


def _opens_participle_adjunct(x: Scene, b: Act | None) -> bool:
    """The trigger is a subjectless participle opening an adjunct after a comma ("..., demanding",
    "..., burning tyres and demanding") of the act before in its sentence, which names its source."""
    g, low, k = x.g, x.low, x.lead
    if b is None or not b.sources or b.trigger is None or not g.participle_suffixes \
            or b.sentence["start"] != x.sent.start_char or not low[x.t.start].endswith(g.participle_suffixes) \
            or k <= b.trigger.end:
        return False
    if low[k] in g.verb_coordinators:     # "..., burning tyres and | demanding"
        k = next((i for i in range(k - 1, b.trigger.end - 1, -1) if low[i] == ","), None)
        if k is None or not low[k + 1].endswith(g.participle_suffixes):
            return False
    return low[k] == ","


@needs(types=REPRESSION_TYPES, before=True)
def force_goes_on_in_participle(f: Frame) -> Frame | None:
    """A subjectless participle of force after an act of force ("…, detaining dozens"): its doer, to the same people.

        Riot police fired water cannon at students in Nairobi, detaining dozens.

    Not when the participle names a party of another side ("…, shelling Syrian positions").
    """
    x = f.x
    # the latest act of force of the sentence (its people may act between: "at protesters who tried to storm")
    b = next((a for a in reversed(x.earlier) if a.type in REPRESSION_TYPES), None)
    if f.sources or x.row["type"] not in REPRESSION_TYPES or b is None \
            or not b.targets or not _opens_participle_adjunct(x, b) or not sides(f.targets) <= sides(b.sources):
        return None     # (a party of its own named: "…, shelling Syrian positions")
    return f.change(sources=recall.again(b.sources), targets=recall.again(b.targets))


@needs(types=DISSENT_OWN_TYPES, before_types="PROTEST")
def demand_of_the_street(f: Frame) -> Frame | None:
    """A demand in a participle adjunct of a protest, made of the protesters' own state, is theirs.

        Students in Lagos marched for a second day, demanding the resignation of Nigeria's police chief.
    """
    x = f.x
    b = x.before
    if f.sources or not f.targets or b.type != "PROTEST" or not _opens_participle_adjunct(x, b):
        return None
    own = sides(b.sources)
    if any(m.side not in own for m in f.targets):
        return None     # a demand made abroad: participle_adjunct_source's
    return f.change(sources=recall.again(b.sources))


RENAMING_WORDS = 3     # words of the noun that renames the act before ("a gesture", "a step", "a rare move")


@needs(before=True)
def act_renamed_in_apposition(f: Frame) -> Frame | None:
    """An act on a noun that renames the act before it (", a step Moscow called ...") is aimed at its doer.

        Brazil sent 40 tonnes of supplies to Argentina, a gesture Buenos Aires publicly thanked.
    """
    x = f.x
    b, low, g = x.before, x.low, x.g
    if not f.sources or f.targets or b is None or not b.sources or b.trigger is None \
            or b.sentence["start"] != x.sent.start_char or x.row.get("voice", "active") != "active":
        return None
    s = min(m.start for m in f.sources)
    c = next((i for i in range(s - 1, max(b.trigger.end, s - 2 - RENAMING_WORDS), -1) if low[i] == ","), None)
    if c is None or low[c + 1] not in g.determiners or not all(w.isalpha() for w in low[c + 2:s]) \
            or any(m.start < x.t.start and m.end > c for m in x.ms if m not in f.sources):
        return None
    own = sides(f.sources)
    doers = [m for m in b.sources if m.side not in own]
    return f.change(targets=recall.again(doers)) if doers else None


@needs(voices="converse")
def reporter_of_converse_act(f: Frame) -> Frame | None:
    """An act said of its undergoer in reported words ("would pay a heavy price") is the reporter's.

        Israeli Defence Minister Yoav Gallant warned Hamas it would pay a heavy price for any further attacks.
    """
    x = f.x
    if f.sources or x.row.get("voice") != "converse":
        return None
    said = quote_at(x, x.t.start, x.reported)
    if said is None or said[2] is None or any(m.side == said[2].side for m in f.targets):
        return None
    return f.change(sources=[said[2]])


@needs(voices=("active",), words="anaphors")
def doer_of_measure_named_back(f: Frame) -> Frame | None:
    """A subject that names an earlier act back ("Paket itu", "Resolusi tersebut") lends the verb that act's source.

        Uni Eropa menjatuhkan paket sanksi baru terhadap Rusia. Paket itu juga membekukan aset dua bank Belarus.
    """
    x = f.x
    k = x.sent.start
    if f.sources or x.row.get("voice", "active") != "active" or x.low[k] not in x.finder.anaphors \
            or x.low[k] in x.finder.anaphors_by_target or x.row["type"] not in x.finder.anaphors[x.low[k]] \
            or x.row["type"] in REPRESSION_TYPES or not 0 < x.t.start - k <= ANAPHOR_SUBJECT_REACH:
        return None     # only a measure of its own kind ("Pertemuan itu membahas …", "Serangan itu menghantam …"
        #                 tell the same act again)
    found = recall.answered(x, f.own, back=True)
    return f.change(sources=found) if found else None


ANAPHOR_SUBJECT_REACH = 4    # tokens from a sentence-opening "Paket sanksi itu (juga)" to its verb


def implicit_source(f: Frame) -> Frame | None:
    """The source the clause leaves unnamed: a fronted clause's subject, a pronoun, the speaker.

        Bertemu dengan Presiden Brasil Luiz Inacio Lula da Silva, Kanselir Jerman Olaf Scholz memuji Brasil.
    """
    if f.sources:
        return None
    found = recall.implicit_source(f.x, f.speaker)
    if f.x.row.get("voice") == "passive" and f.targets and f.x.row["type"] not in REPRESSION_TYPES:
        # "Rusia dituduh mencampuri pemilu Moldova": the subject a passive acts on is no source of it
        # (but a state may arrest or fire on its own people).
        found = [m for m in found if m.side not in {t.side for t in f.targets}]
    return f.change(sources=found)


@needs(keys="posting_words")
def posted_envoy_summoned(f: Frame) -> Frame | None:
    """An envoy of A posted to B (row key posting_words) summoned with no agent named: B summons A.

        Duta Besar Indonesia untuk Malaysia dipanggil ke Wisma Putra.
    """
    x = f.x
    words_ = x.row.get("posting_words")
    if not words_ or any(m.start >= x.t.end for m in f.sources):
        return None
    inside = [m for m in x.ms if x.sent.start <= m.start and m.end <= x.t.start]
    pair = next(((a, b) for a, b in zip(inside, inside[1:])
                 if b.start == a.end + 1 and x.low[a.end] in words_ and a.side != b.side), None)
    return f.change(sources=[pair[1]], targets=[pair[0]]) if pair else None


@needs(words="person_heads")
def people_of_office(f: Frame) -> Frame | None:
    """A country qualifying an office stands for the officials of it named before (two or more).

        Indian Foreign Minister Subrahmanyam Jaishankar met Penny Wong. / Indian Defence Minister
        Rajnath Singh met Richard Marles. / The Indian ministers held talks with Australia in New Delhi.
    """
    group = recall.people_of(f.x, f.sources)
    return f.change(sources=group) if group is not f.sources else None


@needs(words="comitatives")
def comitative_coagents(f: Frame) -> Frame | None:
    """An actor "together with" the act is a co-agent, not a target.

        Egypt, which mediated the talks together with Qatar, hailed the agreement.
    """
    x = f.x
    if f.targets and x.g.comitative(x.doc, f.targets[0]) and not any(
            x.g.verb_like(w) for w in x.low[x.t.end:f.targets[0].start]):
        return f.change(sources=[*f.sources, *f.targets], targets=[])
    return None


@needs(types="REQUEST", voices="active")
def own_organs_asked(f: Frame) -> Frame | None:
    """A state's body or person asking a body of its own state named right after the verb asks its own state (DONE).

        Komisi HAM Kenya meminta polisi membebaskan para demonstran yang ditahan.
    """
    x = f.x
    if x.row["type"] != "REQUEST" or x.row.get("voice", "active") != "active" or not f.targets or not f.sources:
        return None
    first = f.targets[0]
    state = {m.country for m in f.sources if m.country and not m.code}
    if first.type != "ORG" or first.code or first.country not in state or len(state) != 1 \
            or not first.from_text or first.start != x.t.end:
        return None
    if any(m.country not in state for m in x.ms if x.sent.start <= m.start < x.t.start):
        return None     # another party before the ask: what is asked may be aimed at it
    return f.change(targets=[first], stop=DONE)


def own_side_not_target(f: Frame) -> Frame:
    """Nobody acts on their own side (but a person may ask or refuse a body of their own state: own_body_asked).

        Poland and Ukraine met in Warsaw on Monday.
    """
    own = frozenset([m.side for m in f.sources])
    # (A target equal to a source has its side: no Mention.__eq__ of every pair, field by field.)
    return f.change(own=own, targets=not_own_side(f, own))


def not_own_side(f: Frame, own: set[str] | frozenset[str]) -> list[Mention]:
    """The targets of no side in `own`, but a body of the source's state it asks or refuses (own_body_asked),
    a person its state acts on (own_person_acted_on), a former office holder of it (former_office_holder), a
    leader its people protest against (leader_protested) and its state acted on by its own group
    (group_against_own_state)."""
    return [m for m in f.targets if m.side not in own or own_body_asked(f, m) or own_person_acted_on(f, m)
            or former_office_holder(f, m) or leader_protested(f, m) or group_against_own_state(f, m)]


def group_against_own_state(f: Frame, m: Mention) -> bool:
    """A group of a state that is none of its bodies (a party, union or movement: a GROUP with a country; its
    protesters or strikers, grammar dissent_nouns) acts on that state, its bodies and its people in office.

        The Awami League accused the interim government of persecution.
    """
    dissent, low = f.x.g.dissent_nouns, f.x.low
    return m.type != "GROUP" and not _people_of_state(m, dissent) and any(
        (s.type == "GROUP" or _people_of_state(s, dissent) or _dissenter(s, low, dissent))
        and s.country and s.country == m.country for s in f.sources)


def _dissenter(m: Mention, low: list[str], dissent: frozenset[str]) -> bool:
    """m is a person the text describes as a dissenter of their state, right before the name or its title
    ("opposition leader Raila Odinga", "activist Joshua Wong")."""
    return m.type == "PERSON" and m.from_text and m.start > 0 and low[m.start - 1] in dissent


def _people_of_state(m: Mention, dissent: frozenset[str]) -> bool:
    """m names a state's people standing against it ("protesters", "striking workers"), no body of the state."""
    words = m.text.rsplit(None, 1)
    return m.type != "PERSON" and not m.code and bool(words) and words[-1].lower() in dissent


# Acts a state does to a person of its own, named as the object: arrest, sentence, charge.
HOME_PERSON_TYPES = ("COERCE", "SANCTION", "ACCUSE")
PERSON_OBJECT_REACH = 2     # lower-case words from the trigger to the person it acts on ("sentenced ousted | ...")


def own_person_acted_on(f: Frame, m: Mention) -> bool:
    """A state or its body arresting, sentencing or charging a person of its own named right after the trigger
    (no preposition between), in the source's own clause, acts on that person ("A Bangladesh tribunal sentenced
    ousted Prime Minister X").

        A Peruvian court sentenced former President Martin Vizcarra to 14 years in prison.
    """
    x = f.x
    if m.type != "PERSON" or x.row["type"] not in HOME_PERSON_TYPES or not f.sources \
            or any(s.type == "PERSON" for s in f.sources) or not 0 <= m.start - x.t.end <= PERSON_OBJECT_REACH:
        return False
    # (not past "and" from the source: "said Colombia had failed … and accused Petro" may be the reporter's)
    last = max(s.end for s in f.sources)
    return all(x.tt.alpha[k] and x.low[k] not in x.g.prepositions for k in range(x.t.end, m.start)) \
        and not any(x.low[k] in x.g.verb_coordinators for k in range(last, x.t.start))


FORMER_REACH = 2    # lower-case title words from "former" to the name ("mantan presiden | Rodrigo Duterte")


def former_office_holder(f: Frame, m: Mention) -> bool:
    """A person named as a former office holder ("mantan", "former") is no longer of their state's side: its
    bodies may try, sentence or arrest them.

        Kejaksaan Agung Peru menyelidiki mantan presiden Martin Vizcarra atas dugaan suap.
    """
    x = f.x
    if m.type != "PERSON" or not m.role_key or not x.g.former_words:
        return False    # (a title read in the text: not "mantan penasihat | Aung San Suu Kyi", her former adviser)
    lo = max(x.sent.start, m.start - FORMER_REACH)
    return any(x.low[k] in x.g.former_words for k in range(lo, m.end)) and not any(m is s for s in f.sources)


ASKED_BODY_REACH = 3    # words from a trigger to the own body it asks ("rejected the government's")
PERSON_ASKS_OWN = ("REQUEST", "REJECT")


def own_body_asked(f: Frame, m: Mention) -> bool:
    """A person asking or refusing a body of their own state named right after the trigger acts on that state
    ("Opposition leader Raila Odinga rejected the government's offer", "Ruto asked parliament to drop a levy").

        Opposition leader Maria Lopez rejected the government's offer of talks.
    """
    x = f.x
    if len(f.sources) != 1 or f.sources[0].type != "PERSON" or m.type != "ORG" or m.code \
            or x.row["type"] not in PERSON_ASKS_OWN or not 0 <= m.start - x.t.end <= ASKED_BODY_REACH:
        return False
    return all(x.tt.alpha[k] for k in range(x.t.end, m.start))


def object_pronoun(f: Frame) -> Frame | None:
    """An object pronoun or clitic is the party named before, or the aim of the act before.

        South Africa asked the court to stop Israel's operations in Gaza, accusing it of genocide.
    """
    x = f.x
    doc, t, g = x.doc, x.t, x.g
    low = x.low
    # (on a verb, what is named further on is the content's: "mendesaknya memulai perundingan dengan
    # Hamas"; a place named further on is no object either: "… gencatan senjata di Gaza")
    clitic = g.clitic_object(low[t.end - 1]) and (g.verb_like(low[t.end - 1]) or all(
        m.start > 0 and low[m.start - 1] in g.location_markers for m in f.targets))
    if not (t.end < len(doc) and g.object_pronoun_at(doc, t.end) or clitic) \
            or low[t.end - 1] in g.complementizers:
        return None     # "warned Athens on Friday that | it would pay": the clause's subject, no object
    if not clitic and any(t.start < m.start < t.end for m in f.targets):
        return None     # the object inside the trigger: "released a Thai trawler | it had seized" (a relative clause)
    shared = clitic and next((a.targets for a in reversed(x.earlier)
                              if a.sentence["start"] == x.sent.start_char and a.targets
                              and not sides(a.targets) & f.own), None)
    # A place ("operations in Gaza") is not a party.
    prior = [m for m in x.ms if m.end <= t.start and m.side not in f.own
             and (m.type != "PERSON" or m.country)
             and not (m.start > 0 and low[m.start - 1] in g.location_markers)]
    # "accused him of": only a person, the latest named before, of a known country or not.
    if not clitic and low[t.end] in g.person_object_pronouns:
        prior = [m for m in recall.pronoun_actor(x, t.end) if m.side not in f.own]
    return f.change(targets=recall.again(shared) if shared else prior[-1:] or f.targets)


@needs(voices="active", words="anaphors")
def act_named_back_not_next_clause(f: Frame) -> Frame | None:
    """An act named back as the object makes its doer the target, not a party past a comma or "and" (DONE).

        Militer Myanmar mengebom sebuah sekolah di Sagaing. Indonesia menyatakan keprihatinan atas pengeboman
        tersebut, dan Menlu Thailand Maris Sangiampongsa, selaku ketua ASEAN, akan berkunjung ke Naypyidaw.

    A party past it after a comma or "and" is another clause's; with no earlier act found, no target.
    """
    x = f.x
    if not f.targets or not f.sources or x.row.get("voice", "active") != "active":
        return None
    i = recall.act_noun_as_object(x)
    first = min(m.start for m in f.targets) if i is not None else 0
    if i is None or first <= i or not any(x.low[j] == "," or x.low[j] in x.g.verb_coordinators
                                          for j in range(i + 1, first)):
        return None
    found = recall.answered(x, f.own)
    return f.change(targets=found, inferred=bool(found), stop=DONE if found else f.stop)


@needs(words="anaphors")
def act_named_back(f: Frame) -> Frame | None:
    """An earlier act named back by a definite noun: its source is the target (DONE).

        Poland accused Belarus of pushing migrants over the border. / Minsk rejected the accusations
        on Monday in a long letter sent to the United Nations.
    """
    if f.targets or not f.sources:
        return None
    found = recall.answered(f.x, f.own)
    return f.change(targets=found, inferred=True, stop=DONE) if found else None


NAMED_BACK_REACH = 3    # words from the determiner that makes an act noun definite to it ("The new | listings")


def doer_of_act_named_back(f: Frame) -> Frame | None:
    """An act whose subject names back an earlier act of its type ("the measures") is that act's doer's.

    The subject is a definite noun of event_anaphors.jsonl; no source is named; from a paragraph before, the
    act's target comes too where none is named here.

        Canada imposed new sanctions on Monday. The new listings target three Russian banks.
    """
    x = f.x
    if f.sources or x.row.get("voice", "active") != "active":
        return None
    i = x.t.start if x.row.get("subject_inside") else x.lead
    types = x.finder.anaphors.get(x.low[i]) if x.sent.start <= i <= x.t.start else None
    if not types or x.row["type"] not in types \
            or x.g.definite_determiners.isdisjoint(x.low[max(x.sent.start, i - NAMED_BACK_REACH):i]):
        return None
    kind = x.row["type"]
    here = next((a for a in reversed(x.earlier) if a.type == kind and a.sources), None)
    if here is not None:    # the same act told again in its paragraph adds only the targets it names
        found, hit = (recall.again(here.sources) if f.targets else []), []
    else:
        kept = next((ev for ev in reversed(x.ctx.events if x.ctx is not None else ())
                     if ev["type"] == kind and ev["sources"]), None)
        found, hit = (recall.at_token(x, i, kept["sources"]), recall.at_token(x, i, kept["targets"])) \
            if kept else ([], [])
    found = [m for m in found if all(m.side != t.side for t in f.targets)]
    if not found:
        return None
    own = sides(found)
    return f.change(sources=found, targets=f.targets or [m for m in hit if m.side not in own], inferred=True)


@needs(keys="answers")
def reply_answers(f: Frame) -> Frame | None:
    """A bare reply answers whoever made the latest act it answers (DONE).

        Indian Prime Minister Narendra Modi invited Russian President Vladimir Putin to visit India next year,
        and Kremlin spokesman Dmitry Peskov said the Russian leader had accepted.
    """
    x = f.x
    if f.targets or not f.sources or not x.row.get("answers"):
        return None
    asked = next((found for a in reversed(x.earlier) if a.type in x.row["answers"]
                  and (found := [m for m in a.sources if m.side not in f.own])), [])
    return f.change(targets=recall.again(asked), inferred=True, stop=DONE) if asked else None


@needs(words=("pair_pronouns", "collective_numbers"))
def pair_named_as_object(f: Frame) -> Frame | None:
    """"Both sides" or a collective of two as the object, no pair named: the two parties of the latest act.

    "Both governments", "both capitals": a collective of two (_pair_collective_at); "both leaders": the two persons
    who met last. The latest act between exactly two others than the source.

        Troops of Ruritania and the Blue Brigade fought near the border. Norway urged both sides to stop the fighting.
    """
    x = f.x
    if f.targets:
        return None
    k = x.t.end
    head = None if phrase_length(x.low, k, x.finder.pair_pronouns) else _pair_collective_at(x, k)
    if head == "":
        return None
    if head in x.g.person_heads:
        # "phoned both leaders": the two persons who met last, when the latest acts name them
        people = [m for m in recall.persons_of_latest_meeting(x, k) if m.side not in f.own]
        if len(sides(people)) == 2:
            return f.change(targets=people, inferred=True)
    pair = recall.pair_of_latest_act(x, f.own, k)
    return f.change(targets=pair, inferred=True) if pair else None


def _pair_collective_at(x: Scene, k: int) -> str:
    """The head of a collective of two parties opening at token k ("both governments", "the two capitals",
    "kedua negara"), else ""."""
    for end in range(k, min(k + COLLECTIVE_WORDS, x.sent.end)):
        n, start = x.g.collective_size(x.doc, end)
        if n == 2 and start == k:
            head = x.g.collective_head(x.doc, end, start)
            return head if head in x.g.collective_heads else ""
    return ""


@needs(types="THREATEN", words="conditionals")
def party_of_condition(f: Frame) -> Frame | None:
    """A threat with no object named is aimed at the party its condition makes the subject of.

        Chile warned that it would recall its ambassador if Peru expelled the two fishermen.
    """
    x = f.x
    if f.targets or x.row["type"] != "THREATEN":
        return None
    low, g, sent = x.low, x.g, x.sent
    # The conditional clause of the threat's own sentence, the first after the trigger, else before it.
    after = next((i for i in range(x.t.end, sent.end) if low[i] in g.conditionals), None)
    cond = after if after is not None else next(
        (i for i in range(x.t.start - 1, sent.start - 1, -1) if low[i] in g.conditionals), None)
    if cond is None:
        return None
    # Its subject: the actors right after the conjunction, past an article only ("jika blokade Gaza":
    # Gaza owns the subject, it is not one).
    k = cond + 2 if cond + 2 < sent.end and low[cond + 1] in g.definite_determiners else cond + 1
    found = [m for m in g.group_after(x.doc, x.ms, k, sent.end, max_gap=0)
             if m.side not in f.own and (m.type != "PERSON" or m.country)]
    return f.change(targets=found, inferred=True) if found else None


SAID_TYPES = ("REQUEST", "ACCUSE", "THREATEN", "AGREE", "SUPPORT", "REJECT")


@needs(types=SAID_TYPES, before_types="CONSULT")
def partner_of_the_meeting(f: Frame) -> Frame | None:
    """What one says in a meeting or call of its sentence, addressing no party but a place, goes to its partner.

        In a phone call with Chilean President Gabriel Boric, Lula urged a ceasefire in Gaza.
    """
    x = f.x
    b = x.before
    if b is None or b.type != "CONSULT" or x.row["type"] not in SAID_TYPES or not b.targets \
            or not sides(b.sources) & sides(f.sources) or words.aimed(x, ()):
        return None     # (the aim of the meeting: aim_of_act's)
    low, g = x.low, x.g
    if not all(m.from_text and m.start > 0 and low[m.start - 1] in g.location_markers for m in f.targets):
        return None     # an addressee named: it stands
    partners = [m for m in b.targets if m.side not in sides(f.sources)]
    return f.change(targets=recall.again(partners), inferred=True) if partners else None


@needs(row=lambda row: row.get("voice") != "passive")
def far_object(f: Frame) -> Frame | None:
    """The object may stand further on in the clause (not as the agent of a passive).

        Japan imposed sanctions for the second time this month on Wednesday on Russia and Belarus.
    """
    x = f.x
    if f.targets or x.row.get("voice") == "passive":
        return None
    doc, t, g = x.doc, x.t, x.g
    low = x.low
    found = [m for m in g.group_after(doc, x.ms, t.end, x.sent.end, max_gap=words.FAR_GAP, through_relative=True)
             if m not in f.sources and m.side not in f.own and not g.comitative(doc, m)
             and not (m.start > t.end and low[m.start - 1] in g.agent_markers) and not _channel(x, m)]
    # (not the agent "by X", nor the channel "melalui Mesir"; ", and the Arab League called": the subject of a
    # clause of its own; ", and Kyiv asked the U.N.": the object of one)
    return f.change(targets=found) if found and not words.opens_own_clause(x, found) \
        and not words.past_joined_clause(x, found[0].start) and not words.past_coordinated_verb(x, found[0].start) \
        else None


def _channel(x: Scene, m: Mention) -> bool:
    """m, past the trigger, is named as the channel of the act ("through UNRWA", "melalui Mesir")."""
    return m.start > x.t.end and x.low[m.start - 1] in x.g.channel_markers


@needs(words="broker_verbs")
def broker_not_object(f: Frame) -> Frame | None:
    """Who brokered what the act keeps to ("a truce brokered by X", "yang dimediasi X") is not its object.

        Hamas tetap berkomitmen pada gencatan senjata yang dimediasi Qatar dan Mesir.
    """
    x = f.x
    k = next((m.start for m in f.targets if _broker_at(x, m.start)), None)
    if k is None:
        return None
    # The broker and the names listed with it past it ("dimediasi Amerika Serikat, Mesir dan Qatar").
    return f.change(targets=[m for m in f.targets if m.start < k])


def _broker_at(x: Scene, k: int) -> bool:
    """Token k opens the agent of a broker verb (broker_verbs) other than the trigger: straight after it
    ("ditengahi | Qatar") or after its agent marker ("brokered by | Qatar")."""
    low, g, t = x.low, x.g, x.t
    j = k - 2 if k > 1 and low[k - 1] in g.agent_markers else k - 1
    return j >= 0 and low[j] in g.broker_verbs and not t.start <= j < t.end


@needs(types="CONSULT", row=lambda row: row.get("mode") in (None, "phone"), words="setting_markers")
def addressee_before_setting(f: Frame) -> Frame | None:
    """A meeting named as the setting of an act ("in a phone call") is between that act's subject and object.

        Putin told Chinese President Xi Jinping in a phone call on Friday that Russia was open to talks.
    """
    x = f.x
    if x.row.get("type") != "CONSULT" or x.row.get("mode") not in (None, "phone"):
        return None
    k = _marker_before(x, x.g.setting_markers)
    if k is None:
        return None
    named = [m for m in x.ms if x.sent.start <= m.start and m.end <= k and not words.placed(x, m)]
    if not named or named[-1].start - 1 <= x.sent.start or not x.g.verb_like(x.low[named[-1].start - 1]):
        return None
    obj = named[-1]
    subj = [m for m in named if m.end < obj.start and m.side != obj.side]
    if not subj:
        return None
    b = x.before
    if b is not None and b.type == "CONSULT" and obj.side in sides(b.targets):
        return f.change(stop=DROP)      # "briefed Xi in a video call": one meeting, named twice
    return f.change(sources=subj[-1:], targets=[obj])


@needs(row=travels, words="location_markers")
def envoy_named_not_target(f: Frame) -> Frame | None:
    """The person named right after "sent its envoy" is the envoy; the visit goes where he is sent.

        China sent its special envoy Li Hui to Brazil and South Africa this week.
    """
    x = f.x
    if not travels(x.row) or not f.targets or not x.t.start < f.targets[0].start <= x.t.end \
            or f.targets[0].type != "PERSON":
        return None
    envoy = f.targets[0]
    if envoy.end >= x.sent.end or x.low[envoy.end] not in x.g.location_markers:
        return None
    found = x.g.group_after(x.doc, x.ms, envoy.end + 1, x.sent.end, max_gap=1)
    return f.change(targets=found) if found else None


def people_in_apposition(f: Frame) -> Frame | None:
    """Countries that only describe the people named after a comma give way to them.

        Turkish Foreign Minister Hakan Fidan spoke by phone with his Greek counterpart, Giorgos Gerapetritis.
    """
    targets = words.named_in_apposition(f.x, f.targets)
    return f.change(targets=targets) if targets is not f.targets else None


@needs(before=True)
def doer_of_act_judged(f: Frame) -> Frame | None:
    """An act judged by a party named after the judgement ("drew condemnation from Y") is aimed at who did it.

        Israel's strikes on Iranian nuclear sites drew condemnation from Saudi Arabia.
    """
    x = f.x
    b = x.before
    if not f.sources or b is None or b.trigger is None or not b.sources \
            or b.trigger.end > x.t.start or any(m.start < x.t.end for m in f.sources) \
            or f.targets and not _acted_on_before(f, b):
        return None
    doers = [m for m in b.sources if m.side not in f.own]
    return f.change(targets=recall.again(doers), inferred=True) if doers else None


def _acted_on_before(f: Frame, b: Act) -> bool:
    """The targets are whom the act judged acted on, named inside it before a passive judgement:
    "Serangan Rusia terhadap jaringan listrik Ukraina dikecam oleh Jerman" (Ukraine is no target of the blame)."""
    acted_on = sides(b.targets) - sides(b.sources)
    return all(m.side in acted_on and b.trigger.start <= m.start < f.x.t.start for m in f.targets)


@needs(words=("venue_markers", "venue_nouns"))
def venue_not_party(f: Frame) -> Frame | None:
    """A venue is where the act happened, never a party to it.

        Sergei Lavrov held talks with Yoko Kamikawa on the sidelines of the ASEAN summit.
    """
    x = f.x
    kept = [m for m in f.targets if not words.venue(x, m)]
    return f.change(targets=kept) if len(kept) < len(f.targets) else None


PLACE_LEAD_WORDS = 2     # lower-case words between a location marker and a place's name ("di | dekat | Kuil X")


def unknown_name_at_a_place(f: Frame) -> Frame | None:
    """A name of no known kind (no state, code or office) after a location marker is a place, no party.

        Petugas patroli Malaysia menahan 12 awak kapal di perairan Batu Puteh pada Minggu.
    """
    if not f.targets:
        return None
    kept = [m for m in f.targets if not _unknown_place(f.x, m)]
    return f.change(targets=kept) if len(kept) < len(f.targets) else None


def _unknown_place(x: Scene, m: Mention) -> bool:
    """m is a name the finder took for a person's with nothing to tell (no state, code or office), after a
    location marker and up to PLACE_LEAD_WORDS lower-case words that are no verb ("di perairan", "di dekat")."""
    if m.type != "PERSON" or m.country or m.code or m.role or not m.from_text:
        return False
    low, text, g, lo = x.low, x.tt.text, x.g, x.sent.start
    j = m.start - 1
    while j > lo and m.start - j <= PLACE_LEAD_WORDS and low[j] not in g.location_markers and x.tt.alpha[j] \
            and text[j][:1].islower() and not g.verb_like(low[j]):
        j -= 1
    return j >= lo and low[j] in g.location_markers


def _rule_owner(x: Scene, m: Mention) -> bool:
    """Actor m owns the rule an act is said to break: "a violation of U.N. Security Council
    resolutions", "in breach of the union's charter", "melanggar resolusi DK PBB"."""
    g, low = x.g, x.low
    k = m.start
    while k > 0 and (low[k - 1] in g.determiners or g.head_first and low[k - 1] in g.norm_nouns):
        k -= 1
    if not phrase_ends_at(low, k, g.norm_markers):
        return False
    if g.head_first:
        return k < m.start and low[m.start - 1] in g.norm_nouns
    j = m.end + (m.end < len(low) and low[m.end] in g.possessives)
    return j < len(low) and low[j] in g.norm_nouns


@needs(words="norm_markers")
def rule_owner_not_party(f: Frame) -> Frame | None:
    """Whose rule an act is said to break is no party to the act.

        South Korea condemned the missile launch as a breach of U.N. Security Council resolutions.
    """
    x = f.x
    if not x.g.norm_markers:
        return None
    kept = [m for m in f.targets if not _rule_owner(x, m)]
    return f.change(targets=kept) if len(kept) < len(f.targets) else None


@needs(types=JOINT_TYPES, row=lambda row: not travels(row) and row.get("mode") != "mediate")
def place_of_joint_act(f: Frame) -> Frame | None:
    """Where parties acting together met or signed is no party to it (a visit aside).

        Thailand and Cambodia held talks in Kuala Lumpur on Monday.
    """
    x = f.x
    if x.row["type"] not in JOINT_TYPES or travels(x.row) or x.row.get("mode") == "mediate" \
            or len(sides(f.sources)) < 2 or not f.targets:
        return None
    # (one they give to is no venue: "pledged 2 billion euros in aid to Ukraine")
    kept = [m for m in f.targets if not words.placed(x, m) or words.placed(x, m, x.g.addressee_markers)]
    return f.change(targets=kept) if len(kept) < len(f.targets) else None


@needs(quotes=True)
def speaker_not_object(f: Frame) -> Frame | None:
    """The one quoted, named after the quote, is not the object of what is quoted.

        “Peace can come once Russia withdraws its forces,” Blinken said.
    """
    sp = f.speaker
    if sp is None or not f.targets:
        return None
    return f.change(targets=[m for m in f.targets
                             if not (m.from_text and m.start_char >= f.quoted[1] and m.name == sp.name)])


@needs(words="speech_verbs")
def reporter_not_object(f: Frame) -> Frame | None:
    """Who reports an act (", the WHO said") is no party to it, a state's body alone aside.

        Israeli aircraft struck a school in Gaza, the World Health Organization said.
    """
    x = f.x
    kept = [m for m in f.targets if not (m.start > x.t.end and recall.reporter_after(x, m))]
    # A body kept as the place's own is no party to what two sides do together
    # ("Russian and Ukrainian delegations met in Istanbul ..., Turkey's foreign ministry said").
    alone = len({m.side for m in f.sources}) < 2
    if len(kept) == len(f.targets) or not kept and alone and any(m.code is None and m.type != "PERSON"
                                                                 for m in f.targets):
        return None
    return f.change(targets=kept)


@needs(types=JOINT_TYPES)
def reporter_not_partner(f: Frame) -> Frame | None:
    """A state's body that reports an act parties do together (JOINT_TYPES) is not their partner.

        Iran agreed to resume talks next month, the Egyptian foreign ministry said.
    """
    x = f.x
    if x.row["type"] not in JOINT_TYPES or not f.targets \
            or not all(m.start > x.t.end and recall.reporter_after(x, m) for m in f.targets):
        return None
    return f.change(targets=[])


@needs(types=MONEY_TYPES)
def gapped_donors(f: Frame) -> Frame | None:
    """A donor with only an amount of its own shares the pledge (an event of its own).

        Japan pledged 50 million dollars to Gaza and South Korea 20 million dollars.
    """
    if f.x.row["type"] not in MONEY_TYPES:
        return None
    found = words.gapped(f.x)
    if not found:
        return None
    return f.change(gapped=found, targets=[m for m in f.targets if not any(m in group for group, _, _ in found)])


@needs(keys="needs_target", words="infinitive_markers")
def aim_of_act(f: Frame) -> Frame | None:
    """The aim of an act is aimed where the act was.

        Menteri Luar Negeri Australia Penny Wong dijadwalkan berbicara melalui telepon dengan Sugiono untuk
        meminta penjelasan.
    """
    x = f.x
    if f.targets or not f.sources or not x.row.get("needs_target") or not words.aimed(x, ()):
        return None
    own = sides(f.sources)
    # (not at its own doer: "Kyiv welcomed Washington's decision to send missiles")
    aimed = [m for m in next((a.targets for a in reversed(x.earlier)
                              if a.sentence["start"] == x.sent.start_char and a.targets), []) if m.side not in own]
    return f.change(targets=recall.again(aimed)) if aimed else None


def members_own_side(f: Frame) -> Frame:
    """A pair's or a region's members are on its side.

        Menteri Luar Negeri Armenia Ararat Mirzoyan dan Menteri Luar Negeri Azerbaijan Jeyhun Bayramov berjabat
        tangan. Menurut juru bicara, panglima militer kedua negara dijadwalkan bertemu pekan depan.
    """
    members = {code for m in f.sources for code in m.members}
    if not members:
        return None
    own = f.own | members
    return f.change(own=own, targets=[m for m in f.targets if m.side not in own])


def own_pair_not_target(f: Frame) -> Frame | None:
    """A pair made of the sources' own sides ("kedua negara") names them again, not a target.

        Menlu Sugiono dan Menlu Malaysia Mohamad Hasan bertemu untuk membahas perbatasan kedua negara.
    """
    if not f.targets or len(f.sources) < 2:
        return None
    own = sides(f.sources)
    targets = [m for m in f.targets if not (m.members and set(m.members) <= own)]
    return f.change(targets=targets) if len(targets) != len(f.targets) else None


def _acting_state(f: Frame) -> Mention | None:
    """The state among the sources (a country's actor, no organisation, no person), if any."""
    return next((m for m in f.sources if m.type != "PERSON" and m.country and not m.code), None)


def _of_state_at(x, i: int, name: str, kind: str, country: str) -> Mention:
    """An actor of a state's side standing at token i (its people, unnamed there: "protesters", "orang")."""
    a, b = char_span(x.doc, i, i + 1)
    return Mention(i, i + 1, a, b, x.tt.text[i], name, kind, country=country)


@needs(types=HOME_ACT_TYPES, words=("dissent_nouns", "held_people_nouns"))
def own_people(f: Frame) -> Frame | None:
    """People a state acts on at home (or releases), with no country of their own, are of that state.

        Israeli police arrested 14 protesters in Tel Aviv on Saturday night.
    """
    x = f.x
    if f.targets or x.row["type"] not in HOME_ACT_TYPES or len(f.own) != 1:
        return None
    state = _acting_state(f) or next((m for m in f.sources if m.country and not m.code), None)
    if state is None:
        return None
    if state.type == "PERSON":     # a leader or official acting on people at home acts on their own state
        state = _of_state_at(x, state.start, state.country, "COUNTRY", state.country)
    t, low, nouns = x.t, x.low, x.g.dissent_nouns
    if (x.row["type"], x.row.get("mode")) in HELD_ACTS:
        # dissenters always; for an arrest or a release anyone held ("arrested 600 people", "membebaskan 3.000 tahanan")
        nouns = nouns | x.g.held_people_nouns
    if x.row.get("voice") == "passive":
        span = range(max(x.sent.start, t.start - DISSENT_WINDOW), t.start)
    else:
        # a hyphenated modifier is one word ("at stone-throwing protesters")
        hi = t.end + DISSENT_WINDOW + 2 * low[t.end:t.end + DISSENT_WINDOW].count("-")
        span = range(t.start + 1, min(hi, x.sent.end))
    i = next((i for i in span if low[i] in nouns), None)
    if i is None or any(x.tt.text[k] in ",;:" for k in range(min(i, t.end), max(i, t.start))):
        return None
    # "Indonesian migrant workers were deported from Malaysia": people of a country named on them.
    theirs = next((m for m in x.ms if m.type == "COUNTRY" and i - NATIONALITY_REACH <= m.end <= i
                   and m.side not in f.own and not any(x.tt.text[k] in ",;:" for k in range(m.end, i))), None)
    if theirs is not None:
        return f.change(targets=[theirs])
    # "opened fire on protesters near the Gaza border fence": the people of another place named just after them.
    g = x.g
    if i + 1 < x.sent.end and (low[i + 1] in g.location_markers or low[i + 1] in g.nearby_markers):
        there = next((m for m in x.ms if m.type == "COUNTRY" and i + 1 < m.start <= i + PLACE_AFTER_PEOPLE
                      and m.start < x.sent.end and not any(x.tt.text[k] in ",;:" for k in range(i, m.start))), None)
        if there is not None and there.side not in f.own:
            return f.change(targets=[there])
    return f.change(targets=[_of_state_at(x, i, state.name, state.type, state.country)])


NATIONALITY_REACH = 2   # words from a nationality to the people noun it names ("Indonesian migrant | workers")
PLACE_AFTER_PEOPLE = 6  # words from the people noun to the place they are at ("pengunjuk rasa | di dekat pagar … Gaza")


@needs(keys="patient_inside")
def patient_at_home(f: Frame) -> Frame | None:
    """People counted as acted on (row key patient_inside), with no country of their own, are of the state that acts.

        Polisi membubarkan massa dengan gas air mata. Sedikitnya 30 orang ditangkap.
    """
    x = f.x
    if f.targets or not x.row.get("patient_inside") or len(f.own) != 1:
        return None
    inside = [m for m in x.ms if x.t.start <= m.start < x.t.end and (m.country or m.code) and m.side not in f.own]
    if inside:
        return f.change(targets=inside[:1])     # "20 Palestinians were detained": people of their own country
    state = _acting_state(f)
    if state is None:
        return None
    i = x.t.start + 1
    return f.change(targets=[_of_state_at(x, i, state.name, state.type, state.country)])


PLACE_REACH = 4     # tokens from an act of force to the place noun it is done on ("bombed a crowded market")


@needs(types=REPRESSION_TYPES, keys="needs_target", words="force_place_nouns")
def force_on_a_place(f: Frame) -> Frame | None:
    """Force on a place named by a common noun is on the people there (of where it is, the other side, or home).

        Sudan's army bombed a crowded market in Nyala on Sunday, killing at least 20 people.
    """
    x = f.x
    if f.targets or not f.sources or x.row["type"] not in REPRESSION_TYPES or not x.row.get("needs_target"):
        return None
    t, low, text = x.t, x.low, x.tt.text
    i = next((i for i in range(t.end, min(t.end + PLACE_REACH, x.sent.end))
              if low[i] in x.g.force_place_nouns), None)
    if i is None or any(text[k] in ",;:" for k in range(t.end, i)):
        return None
    there = next((m for m in x.ms if i < m.start < x.sent.end and m.type == "COUNTRY" and words.placed(x, m)
                  and not x.g.broken(x.doc, i, m.start)), None)
    if there is not None:
        return f.change(targets=[there])
    others = recall.other_side(x, f.own)
    if others:
        return f.change(targets=others, inferred=True)
    state = _acting_state(f)
    if state is None or len(f.own) != 1:
        return None
    return f.change(targets=[_of_state_at(x, i, state.name, state.type, state.country)])


@needs(types=REPRESSION_TYPES, before_types=REPRESSION_TYPES)
def owner_acted_on_before(f: Frame) -> Frame | None:
    """Force on what someone owns ("their phones", "awaknya") is on whom the act before acted on.

        Russian authorities detained two Ukrainian citizens in Moscow and confiscated their phones.
    """
    x = f.x
    b = x.before
    if f.targets or b is None or not b.targets or x.row["type"] not in REPRESSION_TYPES \
            or b.type not in REPRESSION_TYPES or sides(b.sources) != f.own:
        return None
    t, low, text, g = x.t, x.low, x.tt.text, x.g
    for i in range(t.end, min(t.end + PLACE_REACH, x.sent.end)):
        if text[i] in ",;:":
            return None
        if low[i] in g.possessive_pronouns or g.head_first and g.clitic_object(low[i]):
            return f.change(targets=recall.again(b.targets))
    return None


@needs(voices="active", words="reciprocal_objects")
def reciprocal_object(f: Frame) -> Frame | None:
    """Two sides or more that act on "each other" (grammar key reciprocal_objects) act on one another: no target.

        Thailand and Cambodia accused each other of starting the border clashes.
    """
    x = f.x
    e = x.t.end
    if len(sides(f.sources)) < 2 and not any(m.members for m in f.sources) or x.row.get("voice", "active") != "active" \
            or not any(tuple(x.low[e:e + len(p)]) == p for p in x.g.reciprocal_objects):
        return None
    return f.change(targets=[], mutual=True)


@needs(before=True, words="verb_coordinators")
def object_of_act_before(f: Frame) -> Frame | None:
    """A verb joined by "and" to an act of the same doer, with no object of its own, is aimed at that act's object.

        Iran's foreign ministry blamed Israel for the killing of a commander in Damascus and demanded compensation.

    Not for acts done together ("met Ishiba and signed a pact": the signing is theirs, not aimed at him).
    """
    x = f.x
    k = x.lead
    if f.targets or not f.sources or x.row["type"] in JOINT_TYPES or k <= x.sent.start \
            or x.low[k] not in x.g.verb_coordinators or x.row.get("voice", "active") != "active" \
            or not x.g.verb_like(x.low[x.t.start]):
        return None     # ("arrest and | deportation": a second noun, no verb of its own)
    own = sides(f.sources)
    # The latest act of the same doer in this sentence, past acts of others named inside it ("the killing of").
    b = next((a for a in reversed(x.earlier) if a.sentence["start"] == x.sent.start_char and a.trigger is not None
              and a.trigger.end <= k and sides(a.sources) == own), None)
    if b is None or not b.targets or b.type in JOINT_TYPES or _home_measure(x, b) and sides(b.targets) <= own:
        return None     # (a measure on one's own people, "status darurat", aims no act after it at them)
    return f.change(targets=recall.again(b.targets))


@needs(types="AID", row=lambda row: row.get("mode") == "humanitarian")
def aid_to_home(f: Frame) -> Frame | None:
    """Relief sent with no receiver named in its clause goes to the country of the dateline, not the donor's.

        KATHMANDU (Reuters) - India flew 20 tonnes of tents and medicine into the quake zone on Monday.
    """
    x = f.x
    home = x.ctx.home if x.ctx is not None else None
    if f.targets or not f.sources or x.row.get("mode") != "humanitarian" or home is None or home in f.own \
            or any(m.country == home for m in f.sources):
        return None
    # Aid a preposition governs is no act of its own ("closed the crossing | to aid trucks").
    if x.t.start > x.sent.start and x.low[x.t.start - 1] in x.g.prepositions:
        return None
    return f.change(targets=[_of_state_at(x, x.t.start, home, "COUNTRY", home)], inferred=True)


# Acts done to people already held, told with no doer ("Their boats were seized", "Eight of them were freed").
HELD_UNDERGONE_TYPES = ("COERCE", "SANCTION", "RETREAT")


@needs(types=HELD_UNDERGONE_TYPES, words="plural_pronouns")
def holder_of_people_named_back(f: Frame) -> Frame | None:
    """People named back by a plural pronoun, undergoing an act nobody is named in: the latest act of force's parties.

        Malaysian authorities detained 38 Indonesian fishermen on Monday. Their boats were seized and they will be
        deported after questioning.
    """
    # (the doer of the act of force that held them acts on them again)
    x = f.x
    if f.sources or f.targets or x.row["type"] not in HELD_UNDERGONE_TYPES:
        return None
    s, low, plural = x.sent.start, x.low, x.finder.plural_pronouns
    if not any(low[k] in plural for k in range(s, x.t.start)) \
            or any(s <= m.start < x.sent.end for m in x.ms):
        return None     # nobody named back before the act, or someone named in its sentence
    for a in reversed(x.earlier):
        if a.type in REPRESSION_TYPES and a.sources and a.targets:
            return f.change(sources=recall.again(a.sources), targets=recall.again(a.targets), inferred=True)
    if x.earlier:
        return None     # an act of this paragraph since: its own story
    last = next((ev for ev in reversed(x.ctx.events if x.ctx is not None else ())
                 if ev.get("type") in REPRESSION_TYPES and ev["sources"] and ev["targets"]), None)
    if last is None:
        return None
    return f.change(sources=recall.at_token(x, x.t.start, last["sources"]),
                    targets=recall.at_token(x, x.t.start, last["targets"]), inferred=True)


@needs(voices="active", row=lambda row: row.get("mode") == "mediate")
def mediated_parties_after(f: Frame) -> Frame | None:
    """The parties an active mediation verb mediates between are named after it, never before it.

        Kairo juga meminta bantuan Qatar, yang pada Maret lalu menjadi perantara pembebasan 30 awak kapal Sea Star oleh
        Hamas, untuk kembali menengahi.
    """
    x = f.x
    if x.row.get("mode") != "mediate" or x.row.get("voice", "active") != "active" \
            or all(m.start >= x.t.end for m in f.targets):
        return None
    return f.change(targets=[m for m in f.targets if m.start >= x.t.end])


@needs(voices="active")
def party_ending_the_trigger(f: Frame) -> Frame | None:
    """A party the trigger's own last words name ("memohon | sekutu Barat") is the object of an act left with none.

        Presiden Zelensky kembali memohon sekutu Barat mengirim lebih banyak sistem pertahanan udara.
    """
    x = f.x
    if f.targets or not f.sources or x.row.get("voice", "active") != "active":
        return None
    inner = x.starting_inside()
    # (a party named, not a pair or people the words describe: "mewajibkan kedua negara", "deployed 2,000 soldiers")
    party = next((m for m in map(x.ms.__getitem__, inner) if m.end == x.t.end and m.from_text and not m.members
                  and (m.code or m.country and m.text[:1].isupper()) and m.side not in f.own), None)
    return f.change(targets=[party]) if party is not None else None


PARTY_PAST_NAME = 2     # tokens from a name of no side to the marker of a party ("Caesar Act | terhadap Suriah")


@needs(words="against_markers")
def party_past_sideless_name(f: Frame) -> Frame | None:
    """An object of no side (a law, a firm: "sanksi Caesar Act") gives way to the party "against" names past it.

        Amerika Serikat menangguhkan sanksi Caesar Act terhadap Suriah selama 180 hari.
    """
    x = f.x
    if not f.targets or any(m.code or m.country for m in f.targets):
        return None
    low, g = x.low, x.g
    end = max(m.end for m in f.targets)
    k = next((k for k in range(end, min(end + PARTY_PAST_NAME, x.sent.end - 1)) if low[k] in g.against_markers), None)
    if k is None:
        return None
    party = [m for m in g.group_after(x.doc, x.ms, k + 1, x.sent.end, max_gap=0)
             if (m.code or m.country) and m.side not in f.own]
    return f.change(targets=party) if party else None


JUDGED_AGENT_REACH = 8     # tokens from a judgement to the agent marker of the act it is about


@needs(types="ACCUSE", words="agent_markers")
def agent_of_act_judged(f: Frame) -> Frame | None:
    """A judgement about an act whose agent follows ("concern over the detention of X by Y") aims at Y, not at X.

        Menlu Sugiono menyampaikan keprihatinan atas penangkapan dua wartawan Indonesia oleh polisi Myanmar.
    """
    x = f.x
    if not f.sources:
        return None
    low, g, t = x.low, x.g, x.t
    hi = min(t.end + JUDGED_AGENT_REACH, x.sent.end - 1)
    k = next((k for k in range(t.end + 1, hi) if low[k] in g.agent_markers), None)
    if k is None or g.broken(x.doc, t.start, k) or any(low[i] in g.relativizers for i in range(t.end, k)) \
            or any(x.tt.punct[i] for i in range(t.end, k)) or any(not t.end <= m.start < k for m in f.targets):
        return None     # (an object named elsewhere stands; one inside the act judged is who underwent it)
    agents = [m for m in g.group_after(x.doc, x.ms, k + 1, x.sent.end, max_gap=1) if m.side not in f.own]
    return f.change(targets=agents) if agents else None


def needs_parties(f: Frame) -> Frame | None:
    """No source, or no target where the act needs one and the parties do not act together: no event (DROP).

        The two ministers met again.
    """
    x = f.x
    row = x.row
    joint = not f.targets and len(f.own) > 1 and (row["type"] in JOINT_TYPES or row.get("mode") in JOINT_MODES) \
        and not travels(row) and row.get("mode") != "mediate"
    # "Sebuah pos polisi diserang", "a police post was attacked": force undergone, its doer unnamed, is an act.
    agentless = not f.sources and f.targets and row.get("voice") == "passive" and row["type"] in AGENTLESS_TYPES \
        and all(_subject_undergoing(x, m) for m in f.targets)
    if (not f.sources or row.get("needs_target") and not f.targets) and _named_by_charge(x):
        # "days after accusing Moscow of orchestrating an attack", "thanked China for | rolling over
        # a loan": the accused's or the thanked one's (act_of_the_accused)
        return None
    if not (f.sources or agentless) or (row.get("needs_target") and not f.targets and not f.mutual and not joint):
        return f.change(stop=DROP)
    if f.mutual or (joint and row.get("needs_target")):
        return f.change(targets=[], gapped=[], stop=DONE)
    return None


def _named_by_charge(x: Scene) -> bool:
    """The act is what a charge right before it names ("accusing Moscow of | orchestrating"), the charge naming whom."""
    b = x.before
    if b is None or b.trigger is None or not b.targets:
        return False
    k = x.t.start - 1
    while k > x.sent.start and (x.low[k] in x.g.determiners or x.low[k] in x.g.preverbal):
        k -= 1
    return b.trigger.end <= k and x.low[k] in b.trigger.row.get("charged_after", ())


def _subject_undergoing(x: Scene, m: Mention) -> bool:
    """m is named before the passive trigger in its sentence, not as a place ("di Intan Jaya")."""
    return m.from_text and x.sent.start <= m.start and m.end <= x.t.start and \
        (m.start == 0 or x.low[m.start - 1] not in x.g.location_markers)


@needs(row=lambda row: row.get("mode") == "multilateral")
def observer_at_meeting(f: Frame) -> Frame | None:
    """An observer attends the meeting named before in the paragraph.

        Para menteri luar negeri G20 menggelar pertemuan di Rio de Janeiro. Timor Leste turut hadir sebagai peninjau.
    """
    x = f.x
    if f.targets or x.row.get("mode") != "multilateral":
        return None
    found = next((bodies for a in reversed(x.earlier) if a.type == "CONSULT"
                  and (bodies := [m for m in recall.gathering(a) if m.side not in f.own])), [])
    return f.change(targets=recall.again(found), inferred=True) if found else None


@needs(types="RETREAT", row=lambda row: row.get("mode") == "withdraw")
def withdrawn_from_home(f: Frame) -> Frame | None:
    """A pullout with no side named in its clause leaves the country of the dateline, not the other side.

        GOMA, Democratic Republic of Congo (Reuters) - The rebels began withdrawing from the town on Sunday.
    """
    x = f.x
    home = x.ctx.home if x.ctx is not None else None
    if not f.sources or x.row["type"] != "RETREAT" or x.row.get("mode") != "withdraw" \
            or home is None or home in f.own:
        return None
    # A side named in the trigger's own clause stays ("handed over control of the base to the Malian army").
    # So does the country of a place named just before ("from posts near Jermuk, Armenia,").
    if any(m.start < x.t.start or x.tt.text[m.start - 1] == ","
           or not any(x.tt.text[k] in ",;:" for k in range(x.t.end, m.start)) for m in f.targets):
        return None
    i = x.t.start
    return f.change(targets=[_of_state_at(x, i, home, "COUNTRY", home)], inferred=True)


HOME_MEASURE_MODES = ("curfew", "censor")   # measures a state takes on its own ground and people


@needs(types="COERCE", row=lambda row: row.get("mode") in HOME_MEASURE_MODES)
def measure_at_home(f: Frame) -> Frame | None:
    """A curfew or a media block with no one named in its clause is laid on the state's own people, not the last party.

        KATHMANDU (Reuters) - UN rights chief Volker Türk criticised the crackdown.
        Authorities imposed a curfew on the capital.
    """
    x = f.x
    if f.targets or x.row["type"] != "COERCE" or x.row.get("mode") not in HOME_MEASURE_MODES:
        return None
    state = next((m for m in f.sources if m.country), None)
    if state is None or len(f.own) != 1:
        return None
    return f.change(targets=[_of_state_at(x, x.t.start, state.country, "COUNTRY", state.country)], inferred=True)


HOME_RESTRICTIONS = ("COERCE", "CONCEDE")     # a restriction on one's own people laid, or lifted
MEASURE_WORDS_AFTER = 2     # words after the trigger that may say what is restricted ("mencabut larangan | berkumpul")


def _measure_named(x: Scene, start: int, end: int) -> bool:
    """A word of the grammar's home_measure_words in the trigger start..end or right after it, in its sentence."""
    words, low = x.g.home_measure_words, x.low
    return any(low[i] in words for i in range(start, min(end + MEASURE_WORDS_AFTER, x.sent.end)))


def _home_measure(x, a: Act) -> bool:
    """An act is a measure a state lays on its own people: a curfew, censorship, or a restriction named by the
    grammar's home_measure_words in or right after its trigger."""
    if a.type not in HOME_RESTRICTIONS or a.trigger is None:
        return False
    return a.mode in HOME_MEASURE_MODES or _measure_named(x, a.trigger.start, a.trigger.end)


@needs(types=HOME_RESTRICTIONS, words="home_measure_words")
def restriction_at_home(f: Frame) -> Frame | None:
    """A ban on gatherings, an internet cut or a state of emergency laid or lifted, no party named: on the state's own.

        Pemerintah Peru memberlakukan larangan berkumpul di ibu kota pada Selasa.
    """
    x = f.x
    if f.targets or x.row["type"] not in HOME_RESTRICTIONS or len(f.own) != 1:
        return None
    if not _measure_named(x, x.t.start, x.t.end):
        return None
    state = next((m for m in f.sources if m.country and not m.code), None)
    if state is None:
        return None
    return f.change(targets=[_of_state_at(x, x.t.start, state.country, "COUNTRY", state.country)], inferred=True)


@needs(voices="active", grammar=lambda g: not g.head_first)
def unknown_owner_of_object(f: Frame) -> Frame | None:
    """An object owned by a proper adjective no actor stands for ("the Andean proposal"): no party inferred (DONE).

        Kenya rejected the Andean proposal on Tuesday.
    """
    x = f.x
    if f.targets or x.g.head_first or x.row.get("voice", "active") != "active":
        return None
    doc, low, k = x.doc, x.low, x.t.end
    while k < x.sent.end and low[k] in x.g.determiners:
        k += 1
    if k == x.t.end or k + 1 >= x.sent.end or k in x.starts or any(m.start <= k < m.end for m in x.ms):
        return None
    word, head = doc[k].text, doc[k + 1].text
    if not (word[:1].isupper() and word[1:].islower() and low[k].endswith(x.g.owner_adjective_endings)
            and head.isalpha() and head.islower()):
        return None
    return f.change(stop=DONE)


# Acts a state does at home that the gold aims at the state itself when no other party is named: force, and the
# measures done to people (not a border closed, a ship seized, a restriction: those are most often on another state).
HOME_SELF_TYPES = ("COERCE", "ASSAULT")
HOME_SELF_COERCION = ("arrest", "ban", "repress")     # (curfews and censorship: measure_at_home)


@needs(types=HOME_SELF_TYPES)
def force_at_home_without_party(f: Frame) -> Frame | None:
    """Force or a measure on people by a state's body where the story stands, no other party named, is on that state.

        YANGON - Militer Myanmar melancarkan serangan udara ke desa-desa pada Senin malam.
    """
    x = f.x
    if f.targets or x.row["type"] not in HOME_SELF_TYPES or len(f.own) != 1 \
            or x.row["type"] == "COERCE" and x.row.get("mode") not in HOME_SELF_COERCION:
        return None
    src = _home_state_alone(f)
    if src is None:
        return None
    return f.change(targets=[_of_state_at(x, x.t.start, src.country, "COUNTRY", src.country)])


def _home_state_alone(f: Frame) -> Mention | None:
    """The state's body among the sources, of the state where the story stands, when no other party is named in
    the paragraph up to the end of the trigger's sentence (else None: the act may be aimed at that party)."""
    x = f.x
    src = next((m for m in f.sources if m.country and not m.code and m.type != "PERSON"), None)
    if src is None or x.ctx is None or src.country not in (x.ctx.home, x.ctx.place):
        return None
    if any(m.side not in f.own for m in x.ms if m.start < x.sent.end) \
            or any(m.side not in f.own for a in x.earlier for m in (*a.sources, *a.targets)):
        return None     # another party named in the paragraph up to here: other_side's
    return src


@needs(types=REPRESSION_TYPES, keys="needs_target", words="held_people_nouns")
def force_on_people_at_home(f: Frame) -> Frame | None:
    """Force by a state's body where the story stands, on people of no country, no other party named: on that state.

    (For rows that need a target, which force_at_home_without_party comes too late for.)

        LIMA (Reuters) - Riot police shot dead three people near the presidential palace on Saturday.
    """
    x = f.x
    if f.targets or len(f.own) != 1 or x.row["type"] not in REPRESSION_TYPES or not x.row.get("needs_target"):
        return None
    low, nouns = x.low, x.g.held_people_nouns
    hi = min(x.t.end + DISSENT_WINDOW, x.sent.end)
    i = next((i for i in range(x.t.end, hi) if low[i] in nouns), None)
    if i is None or any(x.tt.text[k] in ",;:" for k in range(x.t.end, i)):
        return None
    src = _home_state_alone(f)
    if src is None:
        return None
    return f.change(targets=[_of_state_at(x, i, src.country, "COUNTRY", src.country)])


# A state's answers to its own people: yielding or refusing to yield, conceding, promising, urging.
ANSWER_TYPES = ("REJECT", "CONCEDE", "AGREE", "REQUEST")


@needs(types=ANSWER_TYPES, words=("dissent_nouns", "street_doer_nouns", "public_nouns"))
def answer_to_own_people(f: Frame) -> Frame | None:
    """The story's own state (its body, its leader) answering people of no country, or pledging to no party: itself.

        LIMA (Reuters) - The president said he would not bow to the protesters.
    """
    x = f.x
    if f.targets or x.row["type"] not in ANSWER_TYPES or len(f.own) != 1 or x.ctx is None:
        return None
    state = next((m for m in f.sources if m.country and not m.code and m.country in (x.ctx.home, x.ctx.place)), None)
    if state is None:
        return None
    g, low, t = x.g, x.low, x.t
    hi = min(t.end + DISSENT_WINDOW, x.sent.end)
    i = next((i for i in range(t.end, hi) if low[i] in g.dissent_nouns or low[i] in g.street_doer_nouns
              or low[i] in g.public_nouns), None)
    if i is None and _own_pledge(f):
        i = t.start
    if i is None or any(x.tt.text[k] in ",;:" for k in range(t.end, i)) \
            or any(t.end <= m.start and m.start <= i + NATIONALITY_REACH and m.side not in f.own for m in x.ms):
        return None     # a party named before the people or as theirs ("the Afghan refugees"): not the state's own
    return f.change(targets=[_of_state_at(x, i, state.country, "COUNTRY", state.country)], inferred=True)


def _own_pledge(f: Frame) -> bool:
    """A promise, a concession or a refusal to act ("refused to reverse the price rise") with no party but the
    source's named in the paragraph up to its sentence's end, nor in its acts before, in a paragraph that names
    the state's people (the rule's gate: dissent, street or public nouns): the state's own business.  (With no
    people named, held-out Indonesian fell.)"""
    x = f.x
    kind = x.row["type"]
    if kind == "REQUEST" or kind == "REJECT" and x.low[x.t.end - 1] not in x.g.infinitive_markers:
        return False    # (a demand, or a noun refused, "rejected calls": most often another party's)
    return not any(m.side not in f.own for m in x.ms if m.start < x.sent.end) \
        and not any(m.side not in f.own for a in x.earlier for m in (*a.sources, *a.targets))


def other_side(f: Frame) -> Frame | None:
    """With no object named, the other party of the sentence, paragraph or document (street acts: the sentence's).

        With Iran facing new protests, Russia pledged support.
    """
    x = f.x
    if f.targets or (x.row["type"] in JOINT_TYPES and len(f.own) > 1):
        return None
    targets = recall.other_side(x, f.own, [m for group, _, _ in f.gapped for m in group])
    # Nor is a venue ("at the G20 summit"), nor whose rule was broken ("a breach of U.N. resolutions"),
    # nor the broker of what the act keeps to ("pada gencatan senjata yang dimediasi Qatar").
    targets = [m for m in targets if not (m.from_text and x.sent.start <= m.start < x.sent.end
                                          and (words.venue(x, m) or _rule_owner(x, m)
                                               or _broker_at(x, m.start)))]
    if f.speaker is not None:
        # Nor is the one quoted the object inferred for it.
        targets = [m for m in targets if m.name != f.speaker.name]
    if x.row.get("place_source"):
        # An act of the street is aimed at whom its sentence names, not at the last party of the story.
        targets = [m for m in targets if m.from_text and x.sent.start <= m.start < x.sent.end]
    return f.change(targets=targets, inferred=True) if targets else None


@needs(keys="reciprocal_words")
def exchange_between_sources(f: Frame) -> Frame | None:
    """Two sides that exchange captives release them to each other: a third party named is no target.

        The Congolese government and M23 exchanged prisoners, with the Red Cross flying 120 detainees to Kinshasa.
    """
    x = f.x
    words_ = x.row.get("reciprocal_words")
    if not words_ or not f.targets or len(f.own) < 2 or not any(w in words_ for w in x.low[x.t.start:x.t.end]):
        return None
    return f.change(targets=[])


# Acts that answer what a party did, told in a clause after them ("returned fire after …").
ANSWERING_TYPES = ("ACCUSE", "ASSAULT", "MOBILIZE", "RETREAT", "THREATEN")
CAUSE_REACH = 12    # tokens from the trigger to the marker of the clause of its cause ("on Friday, a day | after")


@needs(types=ANSWERING_TYPES, words="cause_clause_markers")
def doer_of_the_cause(f: Frame) -> Frame | None:
    """An act aimed at nobody named, followed by a clause ("after …") whose subject is another party, answers it.

        Thai troops returned fire after Cambodian soldiers shelled a border post, the army said.
    """
    x = f.x
    if f.targets or not f.sources or x.row["type"] not in ANSWERING_TYPES:
        return None
    low, g = x.low, x.g
    k = next((i for i in range(x.t.end, min(x.t.end + CAUSE_REACH, x.sent.end)) if low[i] in g.cause_clause_markers),
             None)
    if k is None:
        return None
    j = k + 1
    while j < x.sent.end and low[j] in g.determiners:
        j += 1      # "after a Chinese drone flew"
    doer = next((m for m in x.ms if m.start == j), None)
    if doer is None or doer.side in f.own or any(m.start < k and m.start > x.t.end for m in x.ms):
        return None     # (a party named between the act and its cause: the cause may be its)
    return f.change(targets=[doer], inferred=True)


@needs(types=SAID_TYPES)
def speaker_voices_own_state(f: Frame) -> Frame | None:
    """A state's threat, demand or charge in the words of one of its own people is the speaker's, who voices it.

        "Chile will answer any attack with all its strength," Chilean Foreign Minister Alberto van Klaveren said.
    """
    x = f.x
    if x.row["type"] not in SAID_TYPES or len(f.sources) != 1 or not x.reported:
        return None
    state = f.sources[0]
    if state.type == "PERSON" or not state.country:
        return None
    said = quote_at(x, x.t.start, x.reported)
    speaker = said[2] if said else None
    if speaker is None or speaker.type != "PERSON" or speaker.country != state.country:
        return None
    return f.change(sources=[speaker])


ROLE_RULES = [
    clause_roles,
    passive_of_active_row,
    progressive_not_passive,
    pronoun_joined_to_subject,
    subject_of_absolute,
    arrests_reported_by_the_state,
    agent_of_participle,
    unowned_force_opening,
    sent_from_place,
    channel_not_receiver,
    receiver_of_aid,
    receiver_before_means,
    agent_after_topic,
    topic_without_actor,
    modified_topic,
    object_relative_clause,
    head_of_relative_passive,
    object_inside_trigger,
    partner_after_topic,
    means_of_the_charge,
    receiver_of_handover,
    charged_by_act_before,
    reporter_goes_on,
    reporter_goes_on_in_tense,
    risk_not_threat,
    risk_threatens,
    allies_of_subject,
    coagent_of_subject,
    owner_of_bare_body,
    owner_of_pronoun_forces,
    owner_of_forces_hit,
    agent_of_noun,
    holder_releases,
    owner_of_noun,
    agent_at_place,
    bare_national_agent,
    bare_national_object,
    forcer_of_passive,
    forcer_of_story_passive,
    speaker_opens_report,
    pronoun_subject,
    neuter_pronoun_subject,
    neuter_subject_of_report,
    plural_pronoun_parties,
    pronoun_subject_goes_on,
    pair_opening_the_sentence,
    collective_parties,
    persons_of_pair,
    pronoun_receiver,
    owner_of_plan,
    first_person_speaker,
    speaker_owns_object,
    modifier_of_mutual_act,
    mutual_pair,
    people_of_place,
    people_of_the_story,
    act_answered,
    named_source_required,
    act_in_time_adjunct,
    unnamed_armed_subject,
    weapon_nobody_owns,
    craft_of_home_force,
    source_of_act_before,
    source_of_coordinated_act,
    doer_past_adjunct,
    commander_of_forces,
    object_before_not_subject,
    participle_adjunct_source,
    force_goes_on_in_participle,
    act_renamed_in_apposition,
    reporter_of_converse_act,
    doer_of_measure_named_back,
    implicit_source,
    posted_envoy_summoned,
    people_of_office,
    comitative_coagents,
    own_organs_asked,
    own_side_not_target,
    demand_of_the_street,
    holder_asked_to_release,
    object_pronoun,
    doer_of_act_named_back,
    act_named_back_not_next_clause,
    act_named_back,
    reply_answers,
    pair_named_as_object,
    party_of_condition,
    partner_of_the_meeting,
    far_object,
    broker_not_object,
    addressee_before_setting,
    envoy_named_not_target,
    people_in_apposition,
    venue_not_party,
    unknown_name_at_a_place,
    rule_owner_not_party,
    place_of_joint_act,
    speaker_not_object,
    reporter_not_object,
    gapped_donors,
    aim_of_act,
    members_own_side,
    own_pair_not_target,
    own_people,
    dissenters_charged_at_home,
    dissenters_ask_their_leader,
    dissenters_ask_their_state,
    patient_at_home,
    force_on_a_place,
    owner_acted_on_before,
    reciprocal_object,
    object_of_act_before,
    object_of_the_means,
    aid_to_home,
    holder_of_people_named_back,
    doer_of_the_cause,
    mediated_parties_after,
    party_ending_the_trigger,
    party_past_sideless_name,
    agent_of_act_judged,
    force_on_people_at_home,
    needs_parties,
    observer_at_meeting,
    withdrawn_from_home,
    doer_of_act_judged,
    unknown_owner_of_object,
    measure_at_home,
    restriction_at_home,
    force_at_home_without_party,
    answer_to_own_people,
    other_side,
    reporter_not_partner,
    exchange_between_sources,
]
