"""What kind of act a trigger names, and what follows from the act before it.

READINGS are tried in order; the first that applies decides the roles
(`stop=DONE`) or that there is no event (`stop=DROP`); the last, a trigger
that names the act itself, runs ROLE_RULES.  EVENT_RULES then adjust the
roles from the act before in the sentence and code the event.
"""

from __future__ import annotations

from . import recall, words
from .dissent import obstruction_by_doer, own_state_protested
from ..clauses.subjects import headed_by
from .gate import needs
from .frame import DONE, DROP, Act, Frame, Scene, done_by_the_accused, run, sides
from .roles import ROLE_RULES, accuser_hit_after_act, carried_out_by, doer_blamed_after, quote_at, \
    speaker_voices_own_state, toll_of_unowned_force

REPORTED_VOICES = ("reported", "reported_passive")
# Acts that announce another: what they announce is no act of its own.
THREAT_TYPES = ("THREATEN",)


@needs(before=True)
def second_object(f: Frame) -> Frame | None:
    """A noun joined to the object of the act before shares its verb, source and modality.

        Prabowo akan menghadiri KTT ASEAN di Vientiane, dan KTT G20 di Rio.
    """
    x = f.x
    if x.before is None or x.before.type != x.row["type"] or not words.shares_verb(x):
        return None
    if x.before.trigger is not None and _party_of_new_clause(x, x.before.trigger.end):
        return None     # "X shelled A, while Y hit back with air strikes": the other clause's own act
    return f.change(sources=list(x.before.sources), targets=words.own_objects(x), shared=True, stop=DONE)


def _party_of_new_clause(x, lo: int) -> bool:
    """A clause of its own opens after token lo, and a party is named in it before the trigger."""
    return any(lo <= m.start and m.end <= x.t.start and x.g.new_clause(x.doc, lo, m.start) for m in x.ms)


@needs(keys="shared_only")
def bare_meeting_noun(f: Frame) -> Frame | None:
    """Some nouns are acts only as the object of one (DROP).

        China lodged a protest with Japan over the summit's statements on Taiwan.
    """
    return f.change(stop=DROP) if f.x.row.get("shared_only") else None


OFFER_REACH = 4     # words from an offer noun to the meeting it puts forward ("tawaran | Beijing untuk | perundingan")


@needs(types="CONSULT", words="offer_nouns")
def offered_meeting(f: Frame) -> Frame | None:
    """A meeting that an offer, proposal, invitation or call before it in its clause puts forward is not held (DROP).

        Korea Utara menolak tawaran Seoul untuk menggelar perundingan militer.
    """
    x = f.x
    if x.row["type"] != "CONSULT":
        return None
    low, g = x.low, x.g
    for k in range(x.t.start - 1, max(x.sent.start, x.t.start - OFFER_REACH - 1) - 1, -1):
        w = low[k]
        if w in g.offer_nouns:
            return f.change(stop=DROP)
        if w == "," or w in g.verb_coordinators or g.verb_like(w):
            return None
    return None


@needs(keys=("details_act_before", "labels_act_before"))
def label_of_act_before(f: Frame) -> Frame | None:
    """A label or detail (labels_act_before, details_act_before) after an act of its type names it again (DROP).

        The EU's foreign policy chief Kaja Kallas denounced the attack as "barbaric."
    """
    x = f.x
    if x.row.get("details_act_before"):     # "… berunjuk rasa di Ramallah. Mereka meneriakkan slogan …"
        return f.change(stop=DROP) if any(a.type == x.row["type"] for a in x.earlier) else None
    if not x.row.get("labels_act_before"):
        return None
    start = x.sent.start_char
    same = any(a.type == x.row["type"] and a.sentence["start"] == start for a in x.earlier)
    return f.change(stop=DROP) if same else None


AIM_REACH = 16  # tokens from an act to the verb that says what it was for


@needs(keys="aim_of", before=True)
def aim_of_act_before(f: Frame) -> Frame | None:
    """A verb saying what the act before was for (row key aim_of: its types) is no act of its own (DROP).

        Ribuan buruh berunjuk rasa di depan Kedutaan Besar Amerika Serikat, memprotes tarif impor AS.
    """
    x = f.x
    types = x.row.get("aim_of")
    if not types or x.before is None or x.before.type not in types:
        return None
    between = x.low[x.before.trigger.end:x.t.start]
    if len(between) > AIM_REACH or any(w in x.g.verb_coordinators for w in between):
        return None
    return f.change(stop=DROP)


@needs(before_key="refuses_next")
def act_refused_before(f: Frame) -> Frame | None:
    """An act right after a refusal (row key refuses_next) is the act refused, no act of its own (DROP).

        Rusia menolak hadir dalam konferensi perdamaian di Swiss.
    """
    x = f.x
    b = x.before
    if b is None or not b.trigger.row.get("refuses_next") or b.trigger.end != x.t.start:
        return None
    return f.change(stop=DROP)


@needs(before_key="stance_on_next")
def content_of_stance(f: Frame) -> Frame | None:
    """An act noun right after a stance (row key stance_on_next), no doer of its own named, is what it is on (DROP).

        Jerman menentang pencabutan sanksi terhadap Rusia.
    """
    x = f.x
    b, g, low, t = x.before, x.g, x.low, x.t
    if b is None or b.trigger is None or not b.trigger.row.get("stance_on_next") or b.trigger.end > t.start:
        return None
    if any(w not in g.determiners for w in low[b.trigger.end:t.start]):
        return None     # "mendukung Ukraina dan mengirim ...": not its object
    w = low[t.start]
    if not (g.nominal(w) or w.endswith(g.participle_suffixes or ("\0",)) or b.trigger.end < t.start):
        return None     # a verb of its own ("mendukung mengirim" does not occur; "backed sending" does)
    if any(t.start <= m.start <= t.end for m in x.ms) or low[t.start - 1] in g.possessives:
        return None     # "menentang dukungan Washington": a deed of another side
    return f.change(stop=DROP)


# Harm a side may vow: vowed, the act is the vow's threat (PLOVER THREATEN); a measure vowed
# ("berjanji menghentikan impor minyak Rusia") is a pledge to a partner, AGREE.
VOWED_TYPES = ("ASSAULT", "THREATEN")
VOW_REACH = 3   # auxiliaries between the vow and the verb vowed ("berjanji | akan terus | menyerang")


@needs(types=VOWED_TYPES, asked_before=True, before_types=("AGREE",), words="vow_words")
def vowed_harm(f: Frame) -> Frame | None:
    """Force or a threat that a vow before it promises makes the vow a threat: the vow coded THREATEN (DROP).

        Milisi Houthi berjanji akan terus menyerang kapal-kapal Amerika Serikat di Laut Merah.
    """
    x = f.x
    b = x.before
    g, low = x.g, x.low
    if b.type != "AGREE" or b.trigger is None or low[b.trigger.start] not in g.vow_words \
            or b.modality != "asserted" or not b.trigger.end <= x.t.start <= b.trigger.end + VOW_REACH:
        return None
    between = low[b.trigger.end:x.t.start]
    if any(w not in g.infinitive_markers and w not in g.preverbal and w not in g.finite_markers
           for w in between) or not words.requested(x):
        return None     # "pledged 40 million pounds to the WFP's operations": not the verb vowed
    if any(g.cue_words.get(w) == "negated" for w in between):
        return None     # "berjanji tidak akan menyerang", "promised not to attack": restraint promised
    b.type, b.modality = "THREATEN", "asserted"
    b.mode, b.cameo = (x.row.get("mode"), x.row.get("cameo")) if x.row["type"] == "THREATEN" else \
        threat_coding(x.row)
    if not b.targets:
        own = run(ROLE_RULES, Frame(x))
        b.targets = list(own.targets) if own.stop != DROP else []
    return f.change(stop=DROP)


@needs(asked_before=True)
def requested_content(f: Frame) -> Frame | None:
    """What is asked for or promised has not happened (DROP).

        ASEAN urged Myanmar and Thailand to hold talks.
    """
    return f.change(stop=DROP) if words.requested(f.x) else None


@needs(voices=REPORTED_VOICES)
def reported_charge(f: Frame) -> Frame | None:
    """A charge in reported words: the speaker accuses whoever the words say did it.

        Hungarian Prime Minister Viktor Orban said Brussels was prolonging the war in Ukraine.
    """
    x = f.x
    if x.row.get("voice") not in REPORTED_VOICES:
        return None
    said = quote_at(x, x.t.start, x.reported)
    if said is None:
        return f.change(stop=DROP)
    speaker = said[2]
    if _charge_verb_reports(x, speaker.side):
        return f.change(stop=DROP)  # "menuding Israel melanggar …": the charge verb's own act
    if x.row.get("voice") == "reported_passive":
        accused = x.g.group_after(x.doc, x.ms, x.t.end, x.sent.end, max_gap=1)
    else:
        accused = _owner_opening_report(x, said[0]) or x.g.subject_before(x.doc, x.ms, x.t.start, x.sent.start)
    targets = [m for m in accused if m.side != speaker.side]
    if not targets and x.row.get("voice") == "reported":
        # "said the strike violated international law": an act named back is charged to who did it.
        targets = recall.answered(x, frozenset({speaker.side}), back=True)
    if not targets:
        return f.change(stop=DROP)
    return f.change(sources=[speaker], targets=targets, stop=DONE)


REPORT_GAP = 3  # words besides the accused from a charge's verb to the charge ("menuding X lebih dulu melanggar")


def _charge_verb_reports(x: Scene, side) -> bool:
    """The trigger tells what a charge just before it in the clause says its accused did ("menuding Israel
    melanggar …"): the charge's own act, not a second one."""
    low, start, g = x.low, x.sent.start_char, x.g
    for a in x.earlier:
        if a.type != x.row["type"] or a.trigger is None or a.sentence["start"] != start \
                or not a.targets or a.trigger.end > x.t.start or side not in sides(a.sources):
            continue
        named = {k for m in a.targets for k in range(m.start, m.end)}
        gap = [low[k] for k in range(a.trigger.end, x.t.start) if k not in named]
        if len(gap) < x.t.start - a.trigger.end and len(gap) <= REPORT_GAP \
                and not any(w == "," or w in g.verb_coordinators for w in gap):
            return True
    return False


def _owner_opening_report(x: Scene, start_char: int) -> list:
    """A possessive name opening the reported words owns their subject ("said Israel's conduct in Gaza
    amounted to"): the accused, not the place named inside the subject."""
    g, low, tt = x.g, x.low, x.tt
    i = next((i for i in range(x.sent.start, x.t.start) if tt.idx[i] >= start_char), None)
    if i is None:
        return []
    m = next((m for m in x.ms if i <= m.start < x.t.start and m.end < x.t.start), None)
    if m is None or m.start != i and low[i] not in g.determiners or low[m.end] not in g.possessives:
        return []
    return [m]


@needs(voices="labelled")
def labelled_act(f: Frame) -> Frame | None:
    """A label pinned on what another party did accuses the passive's agent after it, else the act's doer.

        Juru bicara Kementerian Luar Negeri China Mao Ning menyebut laporan itu sebagai “cerita karangan”
        yang sengaja disebarkan Amerika Serikat.
    """
    x = f.x
    if x.row.get("voice") != "labelled":
        return None
    doc, ms, t, sent, g = x.doc, x.ms, x.t, x.sent, x.g
    sources = g.subject_before(doc, ms, t.start, sent.start) or recall.implicit_source(x, None)
    own = sides(sources)
    agents = _passive_agent_after(x)
    targets = [m for m in agents if m.side not in own]
    # No agent named: the label names an earlier act back ("menyebut serangan itu sebagai …"),
    # and the accused is who did it.
    if not targets and not agents:
        targets = recall.answered(x, own, back=False)
    if not sources or not targets:
        return f.change(stop=DROP)
    return f.change(sources=sources, targets=targets, stop=DONE)


def _passive_agent_after(x: Scene) -> list:
    """The agent of a passive in a relative clause after the trigger ("yang sengaja disebarkan Amerika")."""
    doc, ms, t, sent, g, low = x.doc, x.ms, x.t, x.sent, x.g, x.low
    rel = next((i for i in range(t.end, sent.end - 1) if low[i] in g.relativizers), None)
    if rel is None or not g.passive_prefixes:
        return []
    # The passive verb, past an adverb or two ("yang sengaja disebarkan").
    j = next((j for j in range(rel + 1, min(rel + 4, sent.end))
              if low[j].startswith(g.passive_prefixes) and g.verb_like(low[j])), None)
    if j is None:
        return []
    return g.group_after(doc, ms, j + 1, sent.end, max_gap=0) \
        or g.after_marker(doc, ms, j + 1, sent.end, g.agent_markers)


@needs(keys="doer_next")
def doer_not_next(f: Frame) -> Frame | None:
    """A verb whose row names its doer only right before it (row key doer_next) is no act without one (DROP).

        Jepang mengirim bantuan ke Myanmar, sehari setelah gempa menewaskan 300 orang di Mandalay.
    """
    x = f.x
    if not x.row.get("doer_next"):
        return None
    k = x.t.start
    return None if any(m.end == k for m in x.ms) else f.change(stop=DROP)


def _triggered_before(x: Scene, types: tuple[str, ...]) -> Act | None:
    """The act before this one, if it is of one of `types` and named by a trigger
    that ends before this one's (an act inferred without a trigger has none)."""
    b = x.before
    if b is None or b.type not in types or b.trigger is None or b.trigger.end > x.t.start:
        return None
    return b


MISHAP_REACH = 12    # tokens from a mishap noun to the relative clause that tells its toll


@needs(types=("ASSAULT",), words="mishap_nouns")
def toll_of_a_mishap(f: Frame) -> Frame | None:
    """A toll told in a relative clause on a mishap (grammar mishap_nouns) is no party's act (DROP).

        The ministry ordered an inquiry into the dam collapse, which killed nine villagers.
    """
    x = f.x
    g, low, k = x.g, x.low, x.t.start
    if x.row["type"] != "ASSAULT" or k > x.sent.start and low[k - 1] not in g.relativizers \
            and low[k - 1] not in g.complementizers:
        return None
    k -= 1
    if k > x.sent.start and low[k - 1] == ",":
        k -= 1
    lo = max(x.sent.start, k - MISHAP_REACH)
    if not any(low[i] in g.mishap_nouns for i in range(lo, k)) or g.broken(x.doc, lo, k):
        return None
    return f.change(stop=DROP)


@needs(keys="toll", before=True)
def toll_of_act(f: Frame) -> Frame | None:
    """What an act of the clause did is no act of its own (DROP).

        Israeli strikes on Rafah killed at least 20 people overnight.
    """
    x = f.x
    b = _triggered_before(x, (x.row["type"],))
    if not x.row.get("toll") or b is None or x.g.new_clause(x.doc, b.trigger.end, x.t.start):
        return None
    return f.change(stop=DROP)


INSTRUMENT_REACH = 3    # tokens from the means marker ("with", "dengan") to the act it names


@needs(words="instrument_markers", before=True)
def means_of_act_before(f: Frame) -> Frame | None:
    """An act of the type of the act before, named as its means ("with airstrikes"), is that act again (DROP).

        Israel menggempur Kota Gaza dengan serangan udara, Selasa, menewaskan sedikitnya 25 orang.
    """
    x = f.x
    b = _triggered_before(x, (x.row["type"],))
    if b is None or x.g.new_clause(x.doc, b.trigger.end, x.t.start):
        return None
    lo = max(b.trigger.end, x.t.start - INSTRUMENT_REACH)
    marks = [k for k in range(lo, x.t.start) if x.low[k] in x.g.instrument_markers]
    if not marks or any(w in x.g.verb_coordinators for w in x.low[lo:x.t.start]):
        return None     # "deployed troops to its border with China and put …": a second act
    between = x.low[b.trigger.end:marks[-1]]
    joins = [k for k, w in enumerate(between) if w in x.g.verb_coordinators]
    if joins and x.g.verb_like(x.low[x.t.start]) and any(
            len(w) > 4 and w not in x.g.prepositions and x.g.verb_like(w) for w in between[joins[0] + 1:]):
        return None     # "…, dan Israel membalasnya | dengan melepaskan 90 tahanan": a joined verb's own act
    return f.change(stop=DROP)


@needs(words="complementizers", before=True)
def content_of_act(f: Frame) -> Frame | None:
    """An act of the same type in the that-clause of an act is what that act says (DROP).

        Iran memperingatkan Israel bahwa pihaknya akan menghadapi balasan keras.
    """
    x = f.x
    b = _triggered_before(x, (x.row["type"],))
    if b is None:
        return None
    if not any(w in x.g.complementizers for w in x.low[b.trigger.end - 1:x.t.start]) \
            or x.g.new_clause(x.doc, b.trigger.end, x.t.start):
        return None
    return f.change(stop=DROP)


FREE_CHOICE_REACH = 3    # tokens from "any" to the noun that names the act ("any further Israeli attack")


@needs(types=("REQUEST",), voices=("active",), words="own_people_words")
def request_to_own_people(f: Frame) -> Frame | None:
    """A request to the subject's own people (grammar own_people_words) is no act, nor what it asks (DROP).

        Kedutaan Besar RI di Beirut mengimbau warganya di Lebanon untuk segera pindah.
    """
    x = f.x
    g, low = x.g, x.low
    k = x.t.end
    if k < x.sent.end and low[k] in g.addressee_markers:
        k += 1
    if any(tuple(low[k:k + len(p)]) == p for p in g.own_people_words):
        return f.change(stop=DROP)
    return None


@needs(words="free_choice")
def act_of_any_kind(f: Frame) -> Frame | None:
    """An act named after "any"/"every" (grammar key free_choice_determiners) is any act of its kind, none done (DROP).

        Iran will respond decisively to any Israeli attack on its soil.
    """
    x = f.x
    g, low, t = x.g, x.low, x.t
    if not g.free_choice:
        return None
    lo = max(x.sent.start, t.start - FREE_CHOICE_REACH)
    i = next((i for i in range(t.start - 1, lo - 1, -1) if low[i] in g.free_choice), None)
    if i is None or any(w in g.relativizers or w in g.finite_markers or w in g.prepositions or g.verb_like(w)
                        for w in low[i + 1:t.start + 1]):
        # "denied any involvement in the attack": the attack is the denied one; "any provocation
        # | would be met with force": a trigger opening with its verb's auxiliary tells the answer
        return None
    if any(e == i and kind in ("negated", "refused") for _, e, kind in x.cues):
        return None     # "denied any role in the killing": a denial, negated
    return f.change(stop=DROP)


@needs(words="charge_markers", before_key="charged_after")
def charged_noun(f: Frame) -> Frame | None:
    """A derived noun of an act right after a charge's marker, with no agent of its own after it, is the accused's act.

        Iran menyalahkan Israel atas pembunuhan seorang ilmuwan nuklirnya di dekat Teheran.
    """
    x = f.x
    b = x.before
    k = _before_adverbs(x)
    markers = b.trigger.row.get("charged_after", ()) if b is not None and b.trigger is not None else ()
    if not markers or not b.targets or x.row["type"] == b.type or x.row.get("voice") in REPORTED_VOICES \
            or not x.g.nominal(x.low[x.t.start]) or x.low[k] not in markers \
            or not b.trigger.end <= k <= b.trigger.end + CHARGE_REACH or x.g.broken(x.doc, b.trigger.end, k):
        return None
    owner = x.g.group_after(x.doc, x.ms, x.t.end, x.sent.end, max_gap=0)
    if owner and owner[0].start == x.t.end:
        return None     # "atas serangan Ukraina": the noun's own agent (genitive_agent)
    f = done_by_the_accused(f, b)
    return f.change(stop=DONE)


@needs(keys="charged_only")
def uncharged_act(f: Frame) -> Frame | None:
    """A bare act verb (row key charged_only) is an act only where a charge names it or a denial denies it (else DROP).

        The RSF accused the military of bombing markets in Nyala; it denied targeting civilians.
    """
    x = f.x
    if not x.row.get("charged_only"):
        return None
    k = _before_adverbs(x)
    b = x.before
    markers = b.trigger.row.get("charged_after", ()) if b is not None and b.trigger is not None else ()
    if x.low[k] in markers and b.trigger.end <= k:
        return None
    if markers and any(t.end == k + 1 and b.trigger.end <= t.start for t in b.targets):
        return None     # "menuduh pemberontak menargetkan sekolah": the verb right after the accused
    light = k if x.low[k] in x.g.light_verbs else k + 1    # "membantah | melakukan | pembantaian"
    if any(e in (k + 1, light) and kind in ("negated", "refused") for _, e, kind in x.cues):
        return None
    return f.change(stop=DROP)


def _before_adverbs(x: Scene) -> int:
    """The token before the trigger, past determiners, preverbal adverbs ("of deliberately ramming")
    and an opening quotation mark ("melakukan ''pembantaian''")."""
    k = x.t.start - 1
    while k > x.sent.start and (x.low[k] in x.g.determiners or x.low[k] in x.g.preverbal
                                or x.low[k] in QUOTE_TOKENS):
        k -= 1
    return k


QUOTE_TOKENS = frozenset({'"', "''", "``", "“", "”", "‘", "’", "'", "«", "»", "„"})


@needs(before_types=THREAT_TYPES)
def threatened_act(f: Frame) -> Frame | None:
    """The act a threat announces is the threat, not an act of its own (DROP).

        Korea Utara mengancam akan menembak jatuh pesawat pengintai AS.
    """
    x = f.x
    b = _triggered_before(x, THREAT_TYPES)
    if b is None:
        return None
    between = x.low[b.trigger.end:x.t.start]
    if not all(w in x.g.infinitive_markers or w in x.g.preverbal for w in between) \
            and not _adjunct_then_infinitive(x, b.trigger.end):
        return None
    if b.mode is None and b.cameo == ANY_THREAT:     # the act threatened names the threat's mode
        b.mode, b.cameo = threat_coding(x.row, b.cameo)
    return f.change(stop=DROP)


ANY_THREAT = "130"
# PLOVER's THREATEN mode (and CAMEO 13x) by the act threatened: (type, mode) -> (mode, cameo),
# (type, None) for any other mode of that type.
THREAT_MODES = {("ASSAULT", None): ("violence", "138"), ("ASSAULT", "occupy"): ("territory", "1382"),
                ("SANCTION", None): ("restrict", "1312"), ("SANCTION", "withdraw"): ("relations", "1313"),
                ("SANCTION", "discontinue"): ("relations", "1313"), ("SANCTION", "expel"): ("expel", "1313"),
                ("COERCE", "arrest"): ("arrest", "137"), ("COERCE", None): ("restrict", "132")}


def threat_coding(row: dict, cameo: str | None = ANY_THREAT) -> tuple[str | None, str | None]:
    """(mode, cameo) of a threat to do the act a trigger row names: by its type and mode, else by its
    type alone, else no mode and `cameo`."""
    kind = row["type"]
    return THREAT_MODES.get((kind, row.get("mode")), THREAT_MODES.get((kind, None), (None, cameo)))


ADJUNCT_REACH = 4   # words of a time adjunct between a threat and its infinitive ("threatened on Sunday to")


def _adjunct_then_infinitive(x: Scene, start: int) -> bool:
    """A short adjunct, then the infinitive marker, right before the trigger ("threatened on Sunday to impose")."""
    g, low = x.g, x.low
    j = next((j for j in range(x.t.start - 1, start - 1, -1) if low[j] in g.infinitive_markers), None)
    if j is None or j - start > ADJUNCT_REACH or not all(w in g.preverbal for w in low[j + 1:x.t.start]):
        return False
    return not any(g.verb_like(w) or w in g.finite_markers or w in g.complementizers or w in g.relativizers
                   for w in low[start:j]) and not g.broken(x.doc, start, j)


def _own_future_after(x: Scene) -> bool:
    """A warning (THREATEN row) followed by its own side's future, a subject word at most between ("warned
    Cairo that | it | would take legal action", "memperingatkan X bahwa | pihaknya | akan"): its consequence is told."""
    if x.row["type"] not in THREAT_TYPES:
        return False
    g, low, t = x.g, x.low, x.t
    return any(kind == "planned" and t.end <= s <= t.end + 1 and s < x.sent.end
               and all(w in g.finite_markers for w in low[s:e]) for s, e, kind in x.cues) \
        or _future_passive_after(x)


def _future_passive_after(x: Scene) -> bool:
    """What will be done to anyone who acts, told after the warning in its sentence: a free-choice subject (grammar
    key free_choice_determiners), then a future passive ("warned that any boat entering the zone | would be
    destroyed", "memperingatkan bahwa setiap kapal yang masuk | akan langsung ditenggelamkan"): a threat's
    consequence, its condition told as the subject's relative clause."""
    g, low = x.g, x.low
    anyone = next((i for i in range(x.t.end, min(x.t.end + 3, x.sent.end)) if low[i] in g.free_choice),
                  None)
    if anyone is None:
        return False
    for s, e, kind in x.cues:
        if kind != "planned" or not anyone < s < x.sent.end:
            continue
        k = e
        while k < x.sent.end - 1 and (low[k] in g.preverbal or low[k] in g.passive_auxiliaries):
            k += 1
        w = low[k]
        return k < x.sent.end and len(w) > 4 and g.verb_like(w) and (
            low[k - 1] in g.passive_auxiliaries or any(w.startswith(p) for p in g.passive_prefixes))
    return False


@needs(keys=("needs_after", "needs_in_sentence"))
def warning_without_consequence(f: Frame) -> Frame | None:
    """A row's needed word (needs_after after it, needs_in_sentence in its sentence) missing: no act (DROP).

        WHO memperingatkan wabah kolera dapat menyebar ke kamp-kamp pengungsi di Sudan.
    """
    x = f.x
    needed = x.row.get("needs_after")
    if needed and not any(w in needed for w in x.low[x.t.end:x.sent.end]) and not _own_future_after(x):
        return f.change(stop=DROP)
    needed = x.row.get("needs_in_sentence")
    if needed and not any(w in needed for w in x.low[x.sent.start:x.sent.end]):
        return f.change(stop=DROP)
    return None


@needs(keys="unless_subject")
def excluded_subject(f: Frame) -> Frame | None:
    """A word of the row's unless_subject in the trigger's clause before it: not this act (DROP).

        Sebanyak 120 pekerja Filipina yang dievakuasi dari Sudan tiba di Bandara Soekarno-Hatta, Jakarta, Kamis.
    """
    x = f.x
    words_ = x.row.get("unless_subject")
    if not words_:
        return None
    k = x.t.start
    while k > x.sent.start and x.tt.text[k - 1] not in ",;:":
        k -= 1
    return f.change(stop=DROP) if any(w in words_ for w in x.low[k:x.t.start]) else None


@needs(keys="by_crowd", words="dissent_nouns")
def riot_by_crowd(f: Frame) -> Frame | None:
    """Damage a crowd does is a riot: the row's by_crowd coding where the nearest doer noun before is a crowd's.

    A crowd's noun is grammar key dissent_nouns; a force's noun (force_body_nouns) nearer, or the clause's edge,
    ends the search. The doers are the people of the act's place (people_of_the_story).

        Di Nairobi, ribuan perusuh membakar sejumlah toko di pusat kota.
    """
    x = f.x
    coding = x.row.get("by_crowd")
    if not coding:
        return None
    g, low = x.g, x.low
    k = x.t.start - 1
    while k >= x.sent.start and x.tt.text[k] not in ",;:" and low[k] not in g.force_body_nouns:
        if low[k] in g.dissent_nouns:
            return f.change(coded={**x.row, **coding, "place_source": True})
        k -= 1
    return None


@needs(keys="genitive_agent")
def genitive_agent(f: Frame) -> Frame | None:
    """A derived noun with its agent right after it (row key genitive_agent) is that agent's act, else none.

        Pemerintah Indonesia mengecam serangan Israel terhadap rumah sakit di Gaza.
    """
    x = f.x
    if not x.row.get("genitive_agent"):
        return None
    owner = x.g.group_after(x.doc, x.ms, x.t.end, x.sent.end, max_gap=0)
    if not owner or owner[0].start != x.t.end:
        return f.change(stop=DROP)
    own = sides(owner)
    end = max(m.end for m in owner)
    after = next((m for m in x.ms if end <= m.start < x.sent.end and m.side not in own), None)
    if after is not None and (x.g.broken(x.doc, end, after.start) or "," in x.tt.text[end:after.start]
                              or any(w in x.g.agent_markers for w in x.low[end:after.start])):
        after = None    # "Serangan Israel itu dikecam oleh Prancis": the agent of another verb
    return f.change(sources=owner, targets=[after] if after is not None else [], stop=DONE)


@needs(keys="genitive_agent", words="victim_nouns")
def victim_after_noun(f: Frame) -> Frame | None:
    """A derived noun of force (row key genitive_agent) before people it hurts (victim_nouns) acts on them.

        Dubes RI menyerahkan nota protes terkait penembakan nelayan Indonesia di perairan Malaysia.
    """
    x = f.x
    if not x.row.get("genitive_agent") or x.t.end >= x.sent.end or x.low[x.t.end] not in x.g.victim_nouns:
        return None
    victims = x.g.group_after(x.doc, x.ms, x.t.end, x.sent.end, max_gap=0)
    if not victims or victims[0].start != x.t.end:
        return None
    return f.change(sources=[], targets=victims, stop=DONE)


@needs(before_types=THREAT_TYPES)
def condition_of_threat(f: Frame) -> Frame | None:
    """An act in a threat's condition or demand (its row's content_markers) is what it is about (DROP).

        Iran mengancam akan menutup Selat Hormuz jika Amerika Serikat menyerang fasilitas nuklirnya.
    """
    x = f.x
    b = _triggered_before(x, THREAT_TYPES)
    markers = b.trigger.row.get("content_markers") if b is not None else None
    if not markers:
        return None
    low = x.low
    k = next((k for k in range(x.t.start - 1, b.trigger.end - 1, -1) if low[k] in markers), None)
    if k is None or x.g.broken(x.doc, k, x.t.start):
        return None     # "... jika AS menyerang, sementara Teheran menolak ...": a clause of its own after it
    return f.change(stop=DROP)


@needs(voices="active", words="absolute_markers", before=True)
def act_of_absolute_clause(f: Frame) -> Frame | None:
    """The participle of an absolute clause with its own subject, acting on a party, is an act of its own (DONE).

        The EU imposed new sanctions on Russia on Friday, with Britain also freezing the assets of Belarusian banks.
    """
    if not words.absolute_subject(f.x):
        return None
    own = run(ROLE_RULES, Frame(f.x))
    if own.stop == DROP or not own.targets:
        return None     # (no party it acts on found: read as before, the act before's)
    for name in Frame.__dataclass_fields__:
        setattr(f, name, getattr(own, name))
    return f


def directed_act(f: Frame) -> Frame:
    """A trigger that names the act itself: its roles from ROLE_RULES.

        China sent warships near Taiwan.
    """
    return run(ROLE_RULES, f)


READINGS = [
    label_of_act_before,
    request_to_own_people,
    toll_of_a_mishap,
    doer_not_next,
    act_of_any_kind,
    uncharged_act,
    charged_noun,
    act_of_absolute_clause,
    aim_of_act_before,
    act_refused_before,
    content_of_stance,
    means_of_act_before,
    toll_of_unowned_force,
    second_object,
    bare_meeting_noun,
    offered_meeting,
    vowed_harm,
    requested_content,
    reported_charge,
    labelled_act,
    toll_of_act,
    content_of_act,
    threatened_act,
    warning_without_consequence,
    condition_of_threat,
    riot_by_crowd,
    excluded_subject,
    victim_after_noun,
    carried_out_by,
    doer_blamed_after,
    genitive_agent,
    directed_act,
]


@needs(before=True)
def participle_shares_source(f: Frame) -> Frame | None:
    """A participle right after an act shares its source.

        Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi in Moscow, and the two
        leaders signed a statement pledging support for Iran.
    """
    x = f.x
    if x.before is None or x.earlier[-1].trigger.end != x.t.start or not x.g.participle_suffixes \
            or not x.low[x.t.start].endswith(x.g.participle_suffixes):
        return None
    return f.change(sources=list(x.before.sources))


@needs(words=("infinitive_markers", "purpose_markers"), before=True)
def purpose_shares_source(f: Frame) -> Frame | None:
    """Who acts for a purpose (an infinitive; a noun after a journey) acts it, unless the plan has an owner.

        Blinken arrived in Cairo to sign a deal with Egypt.
    """
    x = f.x
    if x.before is None or not (words.aimed(x, x.cues) or words.journey_aim(x)):
        return None
    if x.g.intending(x.doc, x.ms, x.t.start, x.sent.start):
        return f.change(aimed=True)    # "welcomed a decision by Tokyo to lift …": Tokyo lifts
    sources = list(x.before.sources)
    own = sides(sources)
    # The shared source is no target of its own purpose: where the target was only inferred, the act's
    # object named in the sentence is ("memanggil Dubes Armenia untuk menyampaikan protes").
    targets = f.targets
    if f.inferred and targets and all(m.side in own for m in targets):
        targets = [m for m in x.before.targets if m.side not in own and m.from_text
                   and x.sent.start <= m.start < x.sent.end] or targets
    return f.change(aimed=True, sources=sources, targets=targets)


@needs(words=("sequence_markers", "separate_markers"))
def meetings_in_turn(f: Frame) -> Frame | None:
    """Meetings one after another, or held separately, are events of their own.

        Wang Yi held talks with Indian Foreign Minister Subrahmanyam Jaishankar and then with
        Prime Minister Narendra Modi.
    """
    later = words.in_turn(f.x, f.targets)
    if not later:
        return None
    return f.change(targets=f.targets[:later[0]],
                    turns=[f.targets[a:b] for a, b in zip(later, [*later[1:], None])])


@needs(keys="place_object")
def place_taken(f: Frame) -> Frame | None:
    """An act on a place named right after it (row key place_object) takes territory: coded so.

        M23 rebels seized Goma and Bukavu in January.
    """
    x = f.x
    m = next((m for m in f.targets if m.start == x.t.end and m.type == "COUNTRY"), None)
    if m is None or not x.row.get("place_object"):
        return None
    # "seized Goma on Sunday", "seized Goma, …"; not "seized Iranian oil", "seized Ukraine's grain".
    nxt = x.low[m.end] if m.end < len(x.low) else "."
    if nxt.isalpha() and nxt not in x.g.prepositions and nxt not in x.g.verb_coordinators \
            or nxt in x.g.possessives:
        return None
    return f.change(coded=x.row["place_object"])


PEOPLE_REACH = 5    # tokens from an expulsion to the people it names ("expelled | more than a million | Afghans")


@needs(keys="people_object")
def people_expelled(f: Frame) -> Frame | None:
    """People named by their nationality alone after an expulsion (row key people_object) are deported: coded so.

        Turkey expelled 120 Syrians on Monday.
    """
    x = f.x
    low, g = x.low, x.g
    m = next((m for m in f.targets if m.type == "COUNTRY" and m.from_text and x.t.end <= m.start
              and m.start - x.t.end <= PEOPLE_REACH and m.text != m.name), None)
    if m is None or not x.row.get("people_object") or "," in low[x.t.end:m.start]:
        return None
    # "deported 64 Koreans detained in …", "expelled Afghans since 2023"; not "expelled two Pakistani diplomats".
    nxt = low[m.end] if m.end < len(low) else "."
    if nxt.isalpha() and not (nxt in g.prepositions or nxt in g.verb_coordinators or g.verb_like(nxt)) \
            or nxt in g.possessives:
        return None
    return f.change(coded=x.row["people_object"])


@needs(keys="envoy_inside")
def envoy_called_in(f: Frame) -> Frame | None:
    """The state whose envoy a summons names inside its trigger (row key envoy_inside) is the one summoned.

        Poland called in Russia's ambassador over the drone incursion, officials in Warsaw said.
    """
    x = f.x
    if not x.row.get("envoy_inside"):
        return None
    own = sides(f.sources)
    inside = [x.ms[i] for i in x.starting_inside() if x.ms[i].end <= x.t.end and x.ms[i].side not in own]
    if not inside or f.targets and all(m in inside for m in f.targets):
        return None
    return f.change(targets=inside[:1])


CARGO_REACH = 3     # words from the vehicles sent to what says they carry ("dispatched two ships | … | loaded")
GOODS_REACH = 6     # words from there to the goods ("loaded with 300 tonnes of relief | supplies")
RELIEF_AID = {"type": "AID", "mode": "humanitarian", "cameo": "073"}


@needs(types="MOBILIZE", words="cargo_markers")
def relief_carried(f: Frame) -> Frame | None:
    """Vehicles sent loaded with relief goods (grammar cargo_markers, relief_goods) bring aid: coded AID.

        India dispatched two navy ships loaded with rice and medicine to Sri Lanka after the cyclone.
    """
    x = f.x
    low, g, end = x.low, x.g, x.sent.end
    if f.coded is not None:
        return None
    k = next((k for k in range(x.t.end, min(x.t.end + CARGO_REACH + 1, end)) if low[k] in g.cargo_markers), None)
    if k is None or not any(low[j] in g.relief_goods for j in range(k + 1, min(k + 1 + GOODS_REACH, end))):
        return None
    return f.change(coded={**x.row, **RELIEF_AID})


SANCTIONED_BAN = {"type": "SANCTION", "mode": None, "cameo": "163"}     # a targeted sanction (travel ban)
BANNED_REACH = 2    # tokens after a ban's trigger to the pronoun that names its people ("barred | them")


@needs(types="COERCE", row=lambda row: row.get("mode") == "restrict", before_types="SANCTION")
def ban_on_the_sanctioned(f: Frame) -> Frame | None:
    """A ban right after a sanction in its sentence, on its people named by a pronoun, is part of that sanction.

        Canada froze the assets of four Haitian gang leaders and barred them from entering the country.
    """
    x = f.x
    b = _triggered_before(x, ("SANCTION",))
    if f.coded is not None or x.row.get("mode") != "restrict" or b is None or b.trigger.start < x.sent.start:
        return None
    span = x.low[x.t.start:min(x.t.end + BANNED_REACH, x.sent.end)]
    if not any(tuple(span[i:i + len(p)]) == p for p in x.g.object_pronouns for i in range(len(span))):
        return None     # "froze Russian assets and banned Russian tourists": a ban of its own
    return f.change(coded={**x.row, **SANCTIONED_BAN})


REVERSING_REACH = 4     # tokens before a named act to the verb that undoes it ("mencabut | sisa | sanksi")


@needs(words="reversing_verbs")
def undone_by_its_verb(f: Frame) -> Frame | None:
    """An act named by a noun that a verb just before undoes or blocks is that verb's act (grammar reversing_verbs).

    Only non-verbs between ("sisa", "jumlah truk"): lifted sanctions are a concession, aid held back a restriction.

        Washington mencabut sisa sanksi atas bank sentral Suriah.
    """
    x = f.x
    g, low, t = x.g, x.low, x.t
    if f.coded is not None or g.verb_like(low[t.start]):
        return None
    for k in range(t.start - 1, max(x.sent.start, t.start - REVERSING_REACH) - 1, -1):
        coding = g.reversing_verbs.get(low[k], {}).get(x.row["type"])
        if coding is not None:
            return f.change(coded={**x.row, **coding})
        if g.verb_like(low[k]) or not x.tt.alpha[k]:
            return None
    return None


WEAPON_REACH = 2   # tokens before a fight's trigger that may name its weapon ("Russian missiles | struck")
FIGHT_CODES = ("190", "195")    # a fight by any means, by air: rows a weapon named makes precise
WEAPON_MODES = (None, "aerial")  # their modes that say no more than that (not "destroy")


@needs(types="ASSAULT", row=lambda row: row["cameo"] in FIGHT_CODES and row.get("mode") in WEAPON_MODES,
       words="weapon_modes")
def weapon_named(f: Frame) -> Frame | None:
    """A fight takes the PLOVER mode and CAMEO 19x code of the weapon named in or just before its trigger.

    Grammar key weapon_modes; a row coded as any fight (190) takes any weapon's,
    an air attack (195) only an air weapon's ("serangan pesawat nirawak": drone).

        Azerbaijani forces shelled Armenian positions near Jermuk.
    """
    x = f.x
    if f.coded is not None or x.row["cameo"] not in FIGHT_CODES or x.row.get("mode") not in WEAPON_MODES:
        return None
    weapons = x.g.weapon_modes
    found = [weapons[w] for w in x.low[max(x.sent.start, x.t.start - WEAPON_REACH):x.t.end]
             if w in weapons and x.row["cameo"] in (FIGHT_CODES[0], weapons[w][2])]
    if not found:
        return None
    _, mode, cameo = min(found)
    return f.change(coded={**x.row, "mode": mode, "cameo": cameo})


ANTECEDENT_MODIFIERS = 3    # words before the noun a relative word points back to ("a suicide car | bombing")
CHARGE_REACH = 8   # tokens from a charge ("accused") to the act it charges ("of shelling")


@needs(before_key="charged_after")
def act_of_the_accused(f: Frame) -> Frame | None:
    """The act a charge names (row key charged_after: "accused X of") is done by the one accused, to the accuser.

        Ukraine accused Russia of abducting Ukrainian children.
    """
    x = f.x
    b = x.before
    markers = b.trigger.row.get("charged_after") if b is not None else None
    k = _before_adverbs(x)      # "blamed Moscow for the attack", "of deliberately ramming"
    upto = x.t.start
    if markers and x.row.get("toll"):
        k = _charged_antecedent(x, k, b.trigger.end)    # "blamed Moscow for the strike, which killed 14"
        upto = min(upto, k + 1)
    if not markers or not b.targets or x.row["type"] == b.type or x.row.get("voice") in REPORTED_VOICES \
            or not b.trigger.end <= k <= b.trigger.end + CHARGE_REACH \
            or x.low[k] not in markers or x.g.broken(x.doc, b.trigger.end, upto):
        return None
    return done_by_the_accused(f, b)


@needs(before_key="charged_after", grammar=lambda g: g.participle_suffixes)
def second_act_of_the_accused(f: Frame) -> Frame | None:
    """A second act joined by "and" to the one a charge names ("accused X of arming … and deploying") is the accused's.

        Ghana accused Togo of arming the rebels and deploying troops along the border.
    """
    x = f.x
    b, g, low = x.before, x.g, x.low
    markers = b.trigger.row.get("charged_after") if b is not None else None
    k = _before_adverbs(x)
    if not markers or not b.targets or x.row["type"] == b.type or x.row.get("voice") in REPORTED_VOICES \
            or not g.participle_suffixes or low[k] not in g.verb_coordinators \
            or not low[x.t.start].endswith(g.participle_suffixes):
        return None
    # The charge's own "of <verb>-ing" first, then only its object up to the "and".
    j = next((i for i in range(b.trigger.end, min(k, b.trigger.end + CHARGE_REACH)) if low[i] in markers), None)
    if j is None or j + 1 >= k or not low[j + 1].endswith(g.participle_suffixes) \
            or g.broken(x.doc, b.trigger.end, x.t.start):
        return None
    return done_by_the_accused(f, b)


def _charged_antecedent(x: Scene, k: int, lo: int) -> int:
    """For a toll told in a relative clause ("for the strike, which killed 14"): the word before the noun the
    relative word points back to, past its determiners; else k as it is.  After a noun, a complementizer
    relates too ("for the attack that killed two")."""
    low, g = x.low, x.g
    if low[k] not in g.relativizers and low[k] not in g.complementizers:
        return k
    i = k - 1
    while i > lo and low[i] in (",",):
        i -= 1
    if i <= lo or not low[i].isalpha() or low[i] in g.determiners:
        return k
    i -= 1
    # past the noun's modifiers ("for a suicide | bombing that killed 12")
    j = i
    while j > lo and i - j < ANTECEDENT_MODIFIERS and low[j].isalpha() and low[j] not in g.determiners \
            and low[j] not in g.prepositions and not g.verb_like(low[j]):
        j -= 1
    if j < i and (low[j] in g.determiners or low[j] in g.prepositions):
        i = j
    while i > lo and low[i] in g.determiners:
        i -= 1
    return i


@needs(words="causative_verbs")
def caused_to_act(f: Frame) -> Frame | None:
    """Who a cause moves to act (grammar key causative_verbs) acts, not the subject of the cause.

        South Korea and the United States began drills, prompting North Korea to warn of "grave consequences".
    """
    x = f.x
    g, low, i = x.g, x.low, x.t.start - 1
    if i <= x.sent.start or low[i] not in g.infinitive_markers:
        return None
    # The one moved ends right before "to", or owns what does ("prompting Lebanon's president to urge").
    k = next((k for k in range(len(x.ms) - 1, -1, -1) if x.ms[k].end <= i), None)
    if k is None or x.ms[k].end != i and not (x.low[x.ms[k].end] in g.possessives
                                               and headed_by(g, x.tt, x.ms[k].end, i)):
        return None
    moved = g.group(x.doc, x.ms, k, left=True, right=False)
    s = moved[0].start
    while s - 1 > x.sent.start and low[s - 1] in g.determiners:
        s -= 1      # "prompting | the EU to freeze"
    if s - 1 <= x.sent.start or low[s - 1] not in g.causative_verbs:
        return None
    own = sides(moved)
    # Its own object, else the cause's subject, is what the act is aimed at.
    aimed_at = [m for m in f.targets if m.side not in own] or [m for m in f.sources if m.side not in own]
    return f.change(sources=moved, targets=aimed_at, aimed=False)


@needs(words="speech_topic_markers", quotes=True)
def said_of_target(f: Frame) -> Frame | None:
    """A quoted act with no target is aimed at whom its attribution says it is about.

        "They will pay a heavy price," Israeli Prime Minister Benjamin Netanyahu said of Hamas.
    """
    x = f.x
    if f.targets or not x.g.speech_topic_markers:
        return None
    said = quote_at(x, x.t.start, x.quotes)
    if said is None:
        return None
    tt, low = x.tt, x.low
    i = next((i for i in range(x.t.end, x.sent.end) if tt.idx[i] >= said[1]), None)
    if i is None:
        return None
    j = next((j for j in range(i, x.sent.end - 1) if low[j] in x.g.speech_verbs
              and low[j + 1] in x.g.speech_topic_markers), None)
    if j is None:
        return None
    about = x.g.group_after(x.doc, x.ms, j + 2, x.sent.end, max_gap=2)
    own = sides(f.sources)
    targets = [m for m in about if m.side not in own]
    return f.change(targets=targets) if targets else None


OBJECT_REACH = 6     # words from an aim verb to the actor its object names ("memprotes kebijakan penghematan | Milei")


@needs(words="protest_aims")
def protested_named_by_aim(f: Frame) -> Frame | None:
    """A protest against nobody is against whom its aim verb's object names, else the doer of the act it names back.

    An actor in the object counts even as a person of the protesters' own state ("menentang kebijakan Presiden X").

        Tentara Thailand menyerbu sebuah desa perbatasan. Ratusan warga Kamboja berunjuk rasa di Phnom Penh
        untuk memprotes penyerbuan itu.
    """
    x = f.x
    if (f.coded or x.row)["type"] != "PROTEST" or f.targets:
        return None
    low, end = x.low, x.sent.end
    k = next((k for k in range(x.t.end, min(x.t.end + AIM_REACH, end)) if low[k] in x.finder.protest_aims), None)
    # (past a list of places, "di Roma, Barcelona dan Istanbul", not past a clause of its own)
    if k is None or any(low[j] in x.g.breakers or low[j] == ";" or len(low[j]) > 4 and x.g.verb_like(low[j])
                        for j in range(x.t.end, k)):
        return None
    reach = min(k + 1 + OBJECT_REACH, end)
    stop = next((j for j in range(k + 1, reach) if not x.tt.alpha[j]), reach)
    # (a person of the protesters' own state too: "menentang kebijakan Presiden Javier Milei")
    named = [m for m in x.ms if k < m.start < stop and (m.side not in f.own or m.type == "PERSON")]
    found = named[:1] or recall.answered(x, f.own, at=k + 1)
    return f.change(targets=found) if found else None


EVENT_RULES = [
    act_of_the_accused,
    second_act_of_the_accused,
    accuser_hit_after_act,
    participle_shares_source,
    purpose_shares_source,
    caused_to_act,
    said_of_target,
    meetings_in_turn,
    place_taken,
    people_expelled,
    envoy_called_in,
    relief_carried,
    ban_on_the_sanctioned,
    undone_by_its_verb,
    weapon_named,
    protested_named_by_aim,
    obstruction_by_doer,
    own_state_protested,
    speaker_voices_own_state,
]
