"""Whether an act is asserted, negated, planned or hypothetical.

`cue_modality` reads the negation and modality cues (negation.jsonl,
modality.jsonl) before the trigger; MODALITY_RULES then adjust it from the
act before in the sentence (a plan goes on, a journey has an aim).
"""

from __future__ import annotations

from . import words
from .dissent import announced_act, withheld_act
from .gate import needs
from .frame import Frame, Scene, travels
from .readings import threat_coding

CUE_WINDOW = 6
NEGATING = ("negated", "refused")
# PLOVER codes a refusal as a rejection by the refuser: (mode, CAMEO) by the type refused.
REFUSED_CODES = {"CONSULT": ("meet", "125")}
REFUSAL_CODE = (None, "120")


def _after_cue(x: Scene, conditional_ok: bool) -> str | None:
    """A cue after the trigger: a condition ("will summon the ambassador if the
    arrests happen again") or, for a named act as the subject of its own
    predicate, a modal ("the drills will be held")."""
    doc, t, sent, g = x.doc, x.t, x.sent, x.g
    low = x.low
    if conditional_ok and not g.conditionals.isdisjoint(low[t.end:sent.end]):     # (a test in C first)
        cond = next((i for i in range(t.end, sent.end) if low[i] in g.conditionals), None)
        if cond is not None and not g.broken(doc, t.end, cond) and not _verb_of_its_own(x, t.end, cond):
            return "hypothetical"
    if x.cues and g.nominal_subject(doc, t.start, sent.start):
        # "latihan gabungan Australia-Indonesia tetap akan digelar".
        for s, e, kind in x.cues:
            if t.end <= s <= t.end + CUE_WINDOW + 2 and e < sent.end and not g.broken(doc, t.end, s) \
                    and not any(w in g.verb_coordinators for w in low[t.end:s]) \
                    and any(g.verb_like(w) for w in low[e:min(e + 3, sent.end)]) \
                    and (conditional_ok or kind in NEGATING):
                return kind
    return None


def _verb_of_its_own(x: Scene, a: int, b: int) -> bool:
    """Between tokens a and b a clause of its own opens with its own verb (a reported clause, a modal
    or another cue): a condition after it is that verb's ("moved troops to the border, as Abiy said his
    country would secure access | if possible"), not the act's before it."""
    low, g = x.low, x.g
    if any(a <= s < b for s, _, _ in x.cues):
        return True
    return any(w in g.complementizers or w in g.speech_verbs for w in low[a:b])


def _next_own_act(x: Scene, s: int, e: int, at: int) -> bool:
    """A request with a noun for its content, then a coordinated verb: the verb is the asker's
    own act, not the content asked for.

        Malaysia menyerukan gencatan senjata dan mengirim bantuan kemanusiaan ke Gaza.
    """
    g, low = x.g, x.low
    if at - 1 <= e or low[at - 1] not in g.verb_coordinators or not g.verb_like(low[at]) \
            or not any(a.start == s for a in x.asks):
        return False
    return not any(g.verb_like(w) or w in g.infinitive_markers or w in g.verb_coordinators
                   for w in low[e:at - 1])


def _finite_after_and(x: Scene, e: int, at: int) -> bool:
    """A past verb joined by "and" after a modal's bare verb is finite, out of the modal's reach: "said Lisbon
    would not accept the quotas and urged the EU" urged (not "would be drafted and signed")."""
    g, low = x.g, x.low
    return bool(g.verbal_suffixes) and low[at].endswith(g.verbal_suffixes) and at - 1 > e \
        and low[at - 1] in g.verb_coordinators and not any(w in g.passive_be_words for w in low[e:at])


def _finite_after_comma_and(x: Scene, e: int, at: int) -> bool:
    """A past verb after ", and" once a condition is stated goes on the main clause, out of the condition's
    reach: "would close the border unless Mogadishu withdrew its troops, and accused Somalia" accused."""
    return at - 2 > e and x.low[at - 2] == "," and _finite_after_and(x, e, at)


def cue_modality(x: Scene) -> str:
    """The modality the cues of the trigger's clause give it."""
    doc, t, lo, g = x.doc, x.t, x.sent.start, x.g
    # A threat speaks of the future and of conditions by nature ("if the
    # board adopts it, Iran will respond"): only a negation changes it.
    conditional_ok = t.row["type"] != "THREATEN"
    after = _after_cue(x, conditional_ok)
    if after is not None:
        return after
    if not x.cues:
        return "asserted"   # (no cue in the paragraph: nothing more to read)
    low = x.low
    found = "asserted"
    # "The United States, which has ruled out sending troops, has pledged …":
    # a cue inside a relative clause does not reach the verb after it.
    asides = [(rs, re) for rs, re in x.relatives if not rs < t.start < re]
    # "meminta Israel … dan mendesak DK PBB": a request cues its content, not the request after it.
    asks = {a.start for a in x.asks if a.start < t.start} if t.row["type"] in words.CONTENT_TYPES else ()
    # A trigger that holds its subject ("Pasukan Rusia tidak akan mundur") is cued up to its verb, its last word.
    at = t.end - 1 if t.row.get("subject_inside") else t.start
    for s, e, kind in x.cues:
        if s < lo or s >= at or any(rs < s < re for rs, re in asides) or s in asks:
            continue
        # Hypothetical conditions ("jika", "if") reach the whole clause before the trigger.
        # A negation stops at a coordinated verb: "did not need X and urged" urges.
        between = low[e:at]
        # Nor past a comma: "tanpa penjelasan lebih lanjut, dirinya telah menerima".
        # Nor into a time adjunct: "did not meet X during his trip to Oman" made the trip.
        # Nor a plan or a call into the time adjunct of its noun: "called for a truce amid | Israel's strikes".
        near = at - e <= CUE_WINDOW and not g.broken(doc, e, at) and not (
            kind in NEGATING and any(w in g.verb_coordinators or w == "," or w in g.time_adjunct_markers
                                     for w in between)) and not (
            kind not in NEGATING and at > e and words.in_time_adjunct(x, e, at - 1))
        if not conditional_ok and kind not in NEGATING:
            continue
        if kind == "planned" and near and _finite_after_and(x, e, at):
            continue
        if kind == "hypothetical" and _next_own_act(x, s, e, at):
            continue
        if kind == "hypothetical" and low[s] in g.conditionals and _finite_after_comma_and(x, e, at):
            continue
        if kind == "hypothetical" and (near or low[s] in g.conditionals and not g.broken(doc, e, at, x.relatives)):
            return "hypothetical"   # (not past a clause of its own: "… if Washington resumed strikes, a day after |")
        if near and (kind in NEGATING or found == "asserted"):
            found = kind
    return found


def clause_cues(f: Frame) -> Frame:
    """The cues before the trigger set its modality; a second object keeps its verb's.

        Menteri Luar Negeri Sugiono mengatakan Indonesia ingin menjadi anggota BRICS, tetapi belum mengirim
        surat kepada Brasil.
    """
    x = f.x
    found = x.before.modality if f.shared else cue_modality(x)
    return f.change(modality=found) if found != f.modality else None


@needs(words="sequence_markers", before=True)
def next_step_of_plan(f: Frame) -> Frame | None:
    """The next step of a planned act is planned too.

        Perdana Menteri Australia Anthony Albanese dijadwalkan bertemu Presiden China Xi Jinping, sebelum
        menghadiri KTT G20 di Rio.
    """
    x = f.x
    if x.before is not None and f.modality == "asserted" and x.before.modality == "planned" \
            and words.sequenced(x):
        return f.change(modality="planned")
    return None


@needs(before=True)
def aim_of_journey(f: Frame) -> Frame | None:
    """The aim of a journey is planned.

        Menteri Luar Negeri Qatar tiba di Kairo untuk membahas gencatan senjata dengan Mesir.
    """
    if f.aimed and f.modality == "asserted" and travels(f.x.before.trigger.row):
        return f.change(modality="planned")
    return None


def _joined_bare_verb(x: Scene) -> bool:
    """The trigger is a verb joined by "and" to what comes before: a verb, where verbs show by their prefixes
    ("menandatangani"); a bare one, where they show by a tense ending ("sign", not "signed": "flew to Riyadh
    to meet X and signed a deal" is the journey's)."""
    g, low, k = x.g, x.low, x.lead
    w = low[x.t.start]
    return x.sent.start < k < x.t.start and low[k] in g.verb_coordinators \
        and g.verb_like(w) == bool(g.verbal_prefixes) and not w.endswith(g.participle_suffixes or ("\0",))


PLAN_KINDS = ("planned", "hypothetical")


@needs(words="verb_coordinators")
def joined_to_plan(f: Frame) -> Frame | None:
    """A verb joined by "and" to a planned or hypothetical act of its clause, no comma between, is as planned as it.

        Presiden Prabowo akan menandatangani perjanjian itu, mengirim bantuan pangan dan bertemu Perdana Menteri
        Jepang.
    """
    # The cue reaches a list's first verbs (cue_modality: CUE_WINDOW tokens), not its last; an aim's cue
    # ("untuk", "to") reaches only its own verb: "tiba di Manila untuk bertemu X dan menandatangani".
    x = f.x
    if f.modality != "asserted" or not _joined_bare_verb(x):
        return None
    b = x.before
    if b is not None and b.trigger is not None and b.modality in PLAN_KINDS and b.trigger.start > x.sent.start:
        e, kind = b.trigger.end, b.modality
    elif x.lead == x.t.start - 1 and not any(x.t.start <= s < x.t.end for s, _, _ in x.cues):
        # The act before went unread: a modal cue itself ("will start pulling troops out … and cede two bases"),
        # not a request's (what was asked is no plan of the asker's: "urged X to reopen … and allow").
        asks = {a.start for a in x.asks}
        e, kind = next(((e, kind) for s, e, kind in reversed(x.cues)
                        if kind == "planned" and x.sent.start <= s and e <= x.lead and s not in asks), (None, None))
        if e is None:
            return None
    else:
        return None
    # Not past a comma: "tiba untuk meneken pakta, sekaligus mengumumkan bantuan" announces it there.
    if e > x.lead or "," in x.low[e:x.lead] or x.g.new_clause(x.doc, e, x.t.start):
        return None
    return f.change(modality=kind)


@needs(before=True)
def aim_of_plan(f: Frame) -> Frame | None:
    """The aim of a planned or hypothetical act is so too.

        Penny Wong will speak by phone with Wang Yi to demand an explanation.
    """
    before = f.x.before
    if f.aimed and f.modality == "asserted" and before.modality in ("planned", "hypothetical"):
        return f.change(modality=before.modality)
    return None


@needs(words="pledge_nouns", before=True)
def content_of_pledge(f: Frame) -> Frame | None:
    """What an accord is made to do, its aim, is not done yet: planned.

        India and Japan signed a pact on Friday to co-develop naval drones.
    """
    x = f.x
    b, k = x.before, x.lead
    if not f.aimed or f.modality != "asserted" or b is None or b.trigger is None or b.modality != "asserted" \
            or x.low[k] not in x.g.infinitive_markers or not b.trigger.start < k or "," in x.low[b.trigger.end:k]:
        return None
    # The accord named in the act before, or between it and the aim ("signed a pact on Friday | to").
    return f.change(modality="planned") if any(w in x.g.pledge_nouns for w in x.low[b.trigger.start:k]) else None


@needs(words="inclusion_markers", before=True)
def listed_in_plan(f: Frame) -> Frame | None:
    """Acts listed after "including" ("termasuk") a planned or hypothetical act are parts of it: as planned.

        Kedua negara sepakat memperluas kerja sama maritim, termasuk berbagi data satelit dan melatih
        awak kapal patroli.
    """
    x = f.x
    b, g, low, t = x.before, x.g, x.low, x.t
    if f.modality != "asserted" or b is None or b.trigger is None or not g.verb_like(low[t.start]):
        return None
    # The marker after an act of the sentence not yet done (or an agreement, whose content is not), before
    # this verb, the list unbroken.
    at = next((i for i in range(t.start - 1, x.sent.start, -1) if low[i] in g.inclusion_markers), None)
    if at is None or g.broken(x.doc, at, t.start):
        return None
    plan = [a for a in x.earlier if a.trigger is not None and x.sent.start <= a.trigger.start
            and a.trigger.end <= at and (a.modality in ("planned", "hypothetical") or a.type == "AGREE")]
    if not plan:
        return None
    m = plan[-1].modality
    return f.change(modality=m if m in ("planned", "hypothetical") else "planned")


@needs(cues="refused")
def refusal_rejects(f: Frame) -> Frame | None:
    """An act refused is a rejection by the refuser, asserted (PLOVER's refusal rule).

        Hungary refused to commit to assistance for Ukraine.
    """
    if f.modality != "refused":
        return None
    mode, cameo = REFUSED_CODES.get(f.x.row["type"], REFUSAL_CODE)
    return f.change(modality="asserted", coded={"type": "REJECT", "mode": mode, "cameo": cameo})


CALLED_OFF_REACH = 10    # tokens from a named act to the passive that calls it off ("the meeting between A and B was")


# Acts a side may say it will not do, each then its refusal (PLOVER REJECT): (mode, CAMEO) by the type refused
# (a meeting as REFUSED_CODES has it; a concession or a withdrawal, a refusal to yield).
REFUSED_AHEAD = {**REFUSED_CODES, "CONCEDE": ("yield", "124"), "RETREAT": ("yield", "124")}


@needs(types=tuple(REFUSED_AHEAD), cues="negated")
def meeting_refused_ahead(f: Frame) -> Frame | None:
    """A meeting or concession a side says it will not make ("will not meet", "tidak akan mengizinkan") is its refusal.

    REJECT meet 125 for a meeting; for a concession or a withdrawal, REJECT yield 124 (README: a declared refusal to
    yield), while an act simply not done ("has not withdrawn") stays the act negated.

        Kremlin mengatakan Putin tidak akan bertemu Zelensky sebelum perjanjian damai siap.
    """
    x = f.x
    if f.modality != "negated" or x.row["type"] not in REFUSED_AHEAD or travels(x.row):
        return None     # (a trip not to be made is no refusal: "would not travel to Lima")
    t, low = x.t, x.low
    neg = [(s, e) for s, e, kind in x.cues
           if kind == "negated" and x.sent.start <= s and e <= t.start and t.start - e <= CUE_WINDOW]
    if not neg:
        return None
    s, e = neg[-1]
    if any(w in x.g.verb_coordinators or w == "," for w in low[e:t.start]):
        return None
    # The future of an auxiliary ("will not", "tidak akan"), not a plan denied ("had no plans to meet").
    if not any(kind == "planned" and (e2 == s or s2 == e) and all(w in x.g.finite_markers for w in low[s2:e2])
               for s2, e2, kind in x.cues):
        return None
    mode, cameo = REFUSED_AHEAD[x.row["type"]]
    return f.change(modality="asserted", coded={"type": "REJECT", "mode": mode, "cameo": cameo})


@needs(types=("CONSULT",), cues="negated")
def meeting_called_off_by(f: Frame) -> Frame | None:
    """A meeting its subject calls off or puts off ("Beijing menunda pertemuan dengan Jepang") is its refusal: REJECT.

    The README's REJECT meet 125 by the canceller: the negating cue is an active verb right before the meeting (a
    determiner at most between) and the clause names who cancels; a trip called off by the traveller stays the
    visit negated (a crisis at home, not a stance), as does a meeting called off with nobody named or for a reason
    named after it (grammar key reason_markers).

        Otoritas Beijing juga menunda pertemuan tiga menteri luar negeri dengan Jepang dan Korea Selatan.
    """
    x = f.x
    if f.modality != "negated" or x.row["type"] != "CONSULT" or travels(x.row) or not f.sources or not f.targets:
        return None
    g, low, t = x.g, x.low, x.t
    if not g.reason_markers.isdisjoint(low[t.end:x.sent.end]):
        return None     # "... karena banjir di Sumatra": called off for a reason of its own
    for s, e, kind in x.cues:
        if kind == "negated" and x.sent.start <= s and t.start - 2 <= e <= t.start \
                and all(w in g.determiners for w in low[e:t.start]) and g.verb_like(low[s]) \
                and not any(low[s].startswith(p) for p in g.passive_prefixes):
            mode, cameo = REFUSED_CODES["CONSULT"]
            return f.change(modality="asserted", coded={"type": "REJECT", "mode": mode, "cameo": cameo})
    return None


@needs(cues="negated")
def called_off_after(f: Frame) -> Frame | None:
    """An act, planned or not, named as the subject of a passive that calls it off ("was cancelled") did not happen.

        The meeting between Putin and Trump in Budapest was cancelled on Tuesday.
    """
    x = f.x
    g, low, t = x.g, x.low, x.t
    if f.modality not in ("asserted", "planned") or g.verb_like(low[t.start]) or low[t.start] in g.finite_markers:
        return None
    for s, _, kind in x.cues:
        if kind != "negated" or not t.end < s <= t.end + CALLED_OFF_REACH or s >= x.sent.end:
            continue
        # "was cancelled", or a passive by its prefix ("dibatalkan"); its auxiliary is not between.
        # (the cue a participle: "were | no plans" is no passive)
        aux = low[s - 1] in g.passive_auxiliaries and g.verb_like(low[s])
        if not aux and not any(low[s].startswith(p) for p in g.passive_prefixes):
            continue
        end = s - 1 if aux else s
        # The act's own relative clause may stand between: "yang dijadwalkan pada Rabu dibatalkan".
        end = next((i for i in range(t.end, end) if low[i] in g.relativizers), end)
        named = {i for m in x.ms if t.end <= m.start < end for i in range(m.start, m.end)}
        if not g.broken(x.doc, t.end, end) and not any(
                g.verb_like(low[i]) and low[i] not in g.prepositions and low[i] not in g.nouns
                or low[i] in g.finite_markers
                for i in range(t.end, end) if i not in named):
            return f.change(modality="negated")
    return None


@needs(words="conditionals")
def condition_of_later_verb(f: Frame) -> Frame | None:
    """A condition after a later verb or report is theirs: a past act before it stays asserted, a planned one planned.

        Beijing suspended imports of Japanese seafood and warned Tokyo of further steps if Japan did not retract.
        Oslo froze the funds, and its minister said more would follow if the raids went on.
        Oslo will send two frigates next week, the minister said, adding that more would follow if the raids went on.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if f.modality != "hypothetical":
        return None
    cond = next((i for i in range(t.end, x.sent.end) if low[i] in g.conditionals), None)
    # "... and Bessent said Washington was prepared to go further if ...": the report's condition.
    if cond is None or not any(low[i] in g.verb_coordinators and g.verb_like(low[i + 1])
                               or low[i] in g.speech_verbs for i in range(t.end, cond - 1)):
        return None
    before = [kind for s, _, kind in x.cues if x.sent.start <= s < t.start]
    if before:
        # "will summon the envoy and expel diplomats if ...": both hang on the condition; but "will begin
        # patrols next month, the minister said, adding that ... only if": the report's, the act stays planned.
        speech = any(low[i] in g.speech_verbs for i in range(t.end, cond - 1))
        return f.change(modality="planned") if speech and before[-1] == "planned" else None
    if not g.verb_like(low[t.start]) or low[t.start].endswith(g.participle_suffixes):
        return None
    return f.change(modality="asserted")


# Coercive acts a side may hold over a condition: said as its own future act, the act is its threat.
HELD_TYPES = ("SANCTION", "COERCE", "ASSAULT")
# ... and a strike or boycott held over a demand ("akan menggelar mogok nasional jika tuntutan tidak dipenuhi").
CONDITIONED_TYPES = (*HELD_TYPES, "PROTEST")


def _condition_of(x: Scene, modal: int) -> bool:
    """A condition of the clause whose modal starts at token `modal`: after the act, unbroken ("would expel
    the envoy | if ..."), or before the modal, closed by a comma ("if they come, | we will ...")."""
    low, g, t = x.low, x.g, x.t
    cond = next((i for i in range(t.end, x.sent.end) if low[i] in g.conditionals), None)
    if cond is not None and not g.broken(x.doc, t.end, cond):
        return True
    cond = next((i for i in range(modal - 1, x.sent.start - 1, -1) if low[i] in g.conditionals), None)
    return cond is not None and "," in low[cond + 1:modal]


@needs(types=CONDITIONED_TYPES, words="conditionals")
def conditioned_coercion_threatens(f: Frame) -> Frame | None:
    """A side's own coercive act, said with a modal and a condition before or after it, is its threat (THREATEN).

        Oslo said it would expel the Iranian envoy if the detained sailors were not freed.
    """
    x = f.x
    low, g, t = x.low, x.g, x.t
    if f.modality != "hypothetical" or x.row["type"] not in CONDITIONED_TYPES or not f.sources:
        return None
    if x.before is not None and x.before.type == "THREATEN":
        return None     # "warned that it would freeze talks if ...": the warning is the threat, the act may happen
    # The modal of the act's own verb: a future or possibility cue, then only preverbal words to the trigger.
    modal = next((s for s, e, kind in x.cues if kind in ("planned", "hypothetical") and s >= x.sent.start
                  and e <= t.start and low[s] not in g.conditionals
                  and all(w in g.preverbal for w in low[e:t.start])), None)
    if modal is None or not _condition_of(x, modal):
        return None
    mode, cameo = threat_coding(x.row)
    return f.change(modality="asserted", coded={"type": "THREATEN", "mode": mode, "cameo": cameo})


READY_REACH = 4     # tokens from a readiness word to the act's verb ("stood ready to", "is prepared to")


def _held_ready(x: Scene, nominal: bool = False) -> bool:
    """A readiness word before the trigger, only auxiliaries and infinitive markers between
    ("is prepared to | impose", "siap | mengusir"); with nominal, prepositions, determiners and light
    verbs too ("ready for | dialogue", "ready to host | talks")."""
    g, low = x.g, x.low
    for k in range(x.t.start - 1, max(x.sent.start, x.t.start - READY_REACH) - 1, -1):
        w = low[k]
        if w in g.readiness_words:
            return True
        if w not in g.infinitive_markers and w not in g.preverbal and w not in g.finite_markers \
                and not (nominal and (w in g.prepositions or w in g.determiners or w in g.light_verbs)):
            return False
    return False


@needs(types=HELD_TYPES, words="readiness_words")
def held_ready_threatens(f: Frame) -> Frame | None:
    """A side's own coercive act held ready is its threat (THREATEN asserted) beside the act planned.

        Kenya is prepared to impose sanctions on South Sudan.
    """
    x = f.x
    if f.coded is not None or not f.sources or f.modality in NEGATING or not _held_ready(x):
        return None
    mode, cameo = threat_coding(x.row)
    return f.change(modality="planned", beside=(("THREATEN", mode, cameo, "asserted"),))


OFFER_CODE = "036"     # CAMEO: express intent to meet or negotiate (PLOVER AGREE)


@needs(types=("CONSULT",), words="readiness_words")
def meeting_held_ready(f: Frame) -> Frame | None:
    """A meeting a side says it is ready to hold is its offer to meet (AGREE asserted), not the meeting planned.

        Oman said it was ready to host talks between Tehran and Washington.
    """
    x = f.x
    if f.coded is not None or f.modality in NEGATING or not _held_ready(x, nominal=True):
        return None
    return f.change(modality="asserted", coded={"type": "AGREE", "mode": None, "cameo": OFFER_CODE})


# CAMEO's intents (PLOVER AGREE) by the act offered: material cooperation, diplomatic
# cooperation, aid, a concession (to yield).
OFFER_CODES = {"COOPERATE": "031", "SUPPORT": "032", "AID": "033", "RETREAT": "035", "CONCEDE": "035"}


@needs(types=tuple(OFFER_CODES), words="readiness_words")
def offer_held_ready(f: Frame) -> Frame | None:
    """A helping act a side says it stands ready to do, with no condition, is its offer (AGREE asserted).

        Singapura menyatakan siap mengirim bantuan kemanusiaan ke Vanuatu.
    """
    x = f.x
    if f.coded is not None or not f.sources or f.modality in NEGATING or f.modality == "hypothetical" \
            or not _held_ready(x):
        return None
    return f.change(modality="asserted", coded={"type": "AGREE", "mode": None, "cameo": OFFER_CODES[x.row["type"]]})


MODALITY_RULES = [
    clause_cues,
    condition_of_later_verb,
    conditioned_coercion_threatens,
    held_ready_threatens,
    meeting_held_ready,
    offer_held_ready,
    refusal_rejects,
    next_step_of_plan,
    aim_of_journey,
    aim_of_plan,
    joined_to_plan,
    content_of_pledge,
    listed_in_plan,
    announced_act,
    withheld_act,
    called_off_after,
    meeting_refused_ahead,
    meeting_called_off_by,
]
