"""Events: PLOVER type, mode and CAMEO code from trigger lexicons, with roles.

Triggers are spaCy Matcher patterns in lang/<code>/event_triggers.jsonl.  The
source is the subject-like actor group before the trigger (after "oleh"/"by"
for passive triggers), the targets the group after it.  When the clause does
not name them, the source comes from the clause before (a conjunction, a
relative clause, a pronoun, a body named back) and a target from the other
side of the sentence, paragraph or document (marked by a lower confidence);
an event without any source is not emitted.  A target on the source's own
side ("Penny Wong … bantuan Australia") is dropped.  Negation and modality
cues (negation.jsonl, modality.jsonl) before the trigger set `modality`:
such events are emitted with the flag, never as plain facts.  What is refused
("refused to sign") is negated, not a rejection; what is requested or promised
("urged India to cooperate") is not an event of its own; the aim of a journey
("arrived in Cairo to sign") is a planned one.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .lexicon import Lexicon
from .mentions import Mention, actor_from_memory, from_known
from .patterns import PatternSet
from .syntax import (Grammar, char_span, token_starts, joining_hyphen, lowers, phrase_ends_at, phrase_length, sentence_of,
                     span_text, text_of, token_table)

MONEY_TYPES = ("AID", "AGREE", "COOPERATE")
# Acts whose object is another act not yet done: "urged India to cooperate",
# "agreed to tighten sanctions" (the request or the promise is the event).
CONTENT_TYPES = ("REQUEST", "AGREE")
# Acts two parties named together do with each other ("kedua negara bertemu").
JOINT_TYPES = ("CONSULT", "COOPERATE", "AGREE")
REPORTED_VOICES = ("reported", "reported_passive")
CUE_WINDOW = 6
FAR_GAP = 12       # tokens to an object that is not next to its trigger
NEAR_TOKENS = 250  # tokens around a trigger's sentence whose actors its rules see


def _get(actor: Mention | dict, key: str):
    return actor.get(key) if isinstance(actor, dict) else getattr(actor, key, None)


def _side(actor: Mention | dict) -> str:
    """Which side an actor stands for: its country or organisation, else itself."""
    if isinstance(actor, dict):     # (inlined _get: called for every actor of every act)
        return actor.get("code") or actor.get("country") or actor.get("name")
    return actor.code or actor.country or actor.name


def _sources(ev: dict[str, Any]) -> list:
    return ev.get("sources", [])


def _recalled(actors: list[dict], anchor=None) -> list[dict]:
    """Actors of an earlier act, marked as found in context: copied when the act
    is in this paragraph, re-anchored on the token `anchor` when it is from one before."""
    if anchor is None:
        return [dict(a, resolution="context") for a in actors]
    return [actor_from_memory(a, anchor.text, anchor.idx, anchor.idx + len(anchor), "context") for a in actors]


def _international_body(a: dict) -> bool:
    return a.get("type") in ("ORG", "GROUP") and bool(a.get("code"))


def _gathering(ev: dict[str, Any]) -> list:
    """Whom a meeting gathered: the international body on either side of it
    ("G20 leaders opened the summit", "Zelensky attended the G7 summit")."""
    return [a for a in [*ev.get("sources", ()), *ev.get("targets", ())] if _international_body(a)]


def _bodies_acting(ev: dict[str, Any]) -> list:
    """The international bodies among an act's sources ("the Assembly voted to demand")."""
    return [a for a in ev.get("sources", ()) if _international_body(a)]


def _merge_repeats(doc: Doc, found: list[tuple["Trigger", dict[str, Any]]], g: Grammar) -> list[dict[str, Any]]:
    """One event where a sentence names an act and then its purpose ("will
    travel to Yerevan for talks with …", "tiba di X untuk bertemu …") or a
    noun that restates it ("bertemu Modi, pertemuan tatap muka pertama …"):
    same type, sentence, modality and source sides; the targets are pooled
    into the first.  Acts side by side ("visited Tehran and met Khamenei",
    "summoned the envoy, accusing Russia …") stay apart."""
    words = lowers(doc)

    def restates(ot: Trigger, t: Trigger) -> bool:
        lead = words[max(ot.end, t.start - 4):t.start]   # ", in effect a sanctions waiver"
        return any(w in g.purpose_markers for w in lead) or "," in lead and (
            g.nominal(words[t.start]) or t.start > 0 and (g.nominal(words[t.start - 1])
                                                          or words[t.start - 1] in g.determiners))

    out: list[tuple[Trigger, dict[str, Any]]] = []
    # Only events of the same sentence are compared: kept per sentence, in
    # order, so many events cost linear time; an event's key never changes.
    by_sentence: dict[int, list[tuple[tuple, Trigger, dict[str, Any]]]] = {}
    for t, ev in found:
        same = by_sentence.setdefault(ev["sentence"]["start"], [])
        if ev["type"] == "CONSULT" and not ev["targets"] and len(ev["sources"]) > 1 and any(
                o["type"] == "CONSULT"
                and {_side(a) for a in o["sources"] + o["targets"]} == {_side(a) for a in ev["sources"]}
                for _, _, o in same):
            continue    # "diterima Retno … sebelum keduanya menggelar pertemuan": one meeting
        key = (ev["type"], ev["sentence"]["start"], ev["modality"], frozenset(_side(a) for a in ev["sources"]))
        twin = next((o for k, ot, o in same if k == key and restates(ot, t)), None)
        if twin is None:
            out.append((t, ev))
            same.append((key, t, ev))
            continue
        # A person met is kept beside the country visited ("travel to Yerevan
        # for talks with Ararat Mirzoyan").
        seen = {_side(a) for a in twin["targets"]} | {a["name"] for a in twin["targets"]}
        twin["targets"] += [a for a in ev["targets"] if _side(a) not in seen
                            or a.get("type") == "PERSON" and a["name"] not in seen]
    return [ev for _, ev in out]


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    row: dict[str, Any]


class EventFinder:
    def __init__(self, nlp, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.triggers = PatternSet(nlp, lex.event_triggers)
        self.pronouns = frozenset(r["text"].lower() for r in lex.pronouns if r.get("number") == "singular")
        self.cues = PatternSet(nlp, [*lex.negation, *lex.modality])
        self.anaphors = {r["text"].lower(): frozenset(r["refers_to"]) for r in lex.event_anaphors}
        # "the summit", "KTT tersebut" name a meeting by whom it gathered.
        self.anaphors_by_target = frozenset(r["text"].lower() for r in lex.event_anaphors
                                            if r.get("take") == "targets")
        # "hailed the outcome", "resolusi itu": the body that voted it.
        self.anaphors_by_body = frozenset(r["text"].lower() for r in lex.event_anaphors
                                          if r.get("take") == "body")

    def find_triggers(self, doc: Doc) -> list[Trigger]:
        hits = sorted(self.triggers(doc), key=lambda h: (h[0] - h[1], h[0]))
        taken = bytearray(len(doc))
        out = []
        low = lowers(doc)
        for s, e, row in hits:
            if any(taken[s:e]):
                continue
            if s > 1 and joining_hyphen(doc, s - 1):
                continue    # "Western-supplied weapons", "U.S.-brokered talks": a modifier, not an act
            if e < len(doc) and low[e] in row.get("unless_next", ()):
                continue    # "refused to sign": a negation of the next act, not a rejection
            if self.g.head_first and e < len(doc) and low[e] in self.g.demonstratives \
                    and (self.g.nominal(low[s]) or low[s] in self.g.announcing_verbs):
                continue    # "pencabutan sanksi itu": an act named back, not a new one
            taken[s:e] = b"\x01" * (e - s)
            out.append(Trigger(s, e, row))
        out.sort(key=lambda t: t.start)
        return out

    def modality(self, doc: Doc, cues: list[tuple[int, int, str]], trig: Trigger, lo: int,
                 relatives: list[tuple[int, int]] = (), hi: int | None = None) -> str:
        # A threat speaks of the future and of conditions by nature ("if the
        # board adopts it, Iran will respond"): only a negation changes it.
        conditional_ok = trig.row["type"] != "THREATEN"
        low = lowers(doc)
        if conditional_ok and hi is not None:
            # "will summon the ambassador if the arrests happen again": a condition after the act.
            cond = next((i for i in range(trig.end, hi) if low[i] in self.g.conditionals), None)
            if cond is not None and not self.g.broken(doc, trig.end, cond):
                return "hypothetical"
        if hi is not None and self.g.nominal_subject(doc, trig.start, lo):
            # A named act as the subject of its own predicate: "latihan gabungan
            # Australia-Indonesia tetap akan digelar", "the drills will be held".
            for s, e, kind in cues:
                if trig.end <= s <= trig.end + CUE_WINDOW + 2 and e < hi and not self.g.broken(doc, trig.end, s) \
                        and not any(w in self.g.verb_coordinators for w in low[trig.end:s]) \
                        and any(self.g.verb_like(w) for w in low[e:min(e + 3, hi)]) \
                        and (conditional_ok or kind == "negated"):
                    return kind
        found = "asserted"
        # "The United States, which has ruled out sending troops, has pledged …":
        # a cue inside a relative clause does not reach the verb after it.
        asides = [(rs, re) for rs, re in relatives if not rs < trig.start < re]
        for s, e, kind in cues:
            if s < lo or s >= trig.start or any(rs < s < re for rs, re in asides):
                continue
            # Hypothetical conditions ("jika", "if") reach the whole clause before the trigger.
            # A negation stops at a coordinated verb: "did not need X and urged" urges.
            between = low[e:trig.start]
            # Nor past a comma: "tanpa penjelasan lebih lanjut, dirinya telah menerima".
            near = trig.start - e <= CUE_WINDOW and not self.g.broken(doc, e, trig.start) and not (
                kind == "negated" and any(w in self.g.verb_coordinators or w == "," for w in between))
            if not conditional_ok and kind != "negated":
                continue
            if kind == "hypothetical" and (near or low[s] in self.g.conditionals):
                return "hypothetical"
            if near and (kind == "negated" or found == "asserted"):
                found = kind
        return found

    def __call__(self, doc: Doc, ms: list[Mention], quote_speakers: list[tuple[int, int, dict]],
                 dates, published, ctx=None, reported: list[tuple[int, int, dict]] = ()) -> list[dict[str, Any]]:
        """quote_speakers: direct quotes with their speakers; reported: every
        quote, direct or not, with its speaker (char offsets of the content)."""
        triggers = self.find_triggers(doc)
        if not triggers:
            return []
        cues = [(s, e, row["modality"]) for s, e, row in self.cues(doc)]
        relatives = self.g.relative_clauses(doc, 0, len(doc)) if cues else []
        text = text_of(doc)
        starts = {m.start for m in ms}
        every, firsts = ms, [m.start for m in ms]     # mentions come sorted by start
        events = []
        for t in triggers:
            sent = sentence_of(doc, t.start)
            # The actors a trigger's rules look at: those of its sentence and of
            # NEAR_TOKENS around it (a whole news paragraph, the longest of our
            # gold has 81 tokens), so a paragraph of thousands of actors and
            # triggers costs linear time, not their product.
            lo = bisect_left(firsts, sent.start - NEAR_TOKENS)
            hi = bisect_left(firsts, sent.end + NEAR_TOKENS)
            ms = every if lo == 0 and hi == len(every) else every[lo:hi]
            row = t.row
            before = next((ev for _, ev in reversed(events) if ev["sentence"]["start"] == sent.start_char), None)
            shared = before is not None and before["type"] == row["type"] and self._shares_verb(doc, t)
            if shared:
                # "menghadiri KTT APEC di Lima, dan KTT G20 di Rio": the same verb, a second object.
                found = before["sources"], self._own_objects(doc, ms, t, sent), False, []
            elif row.get("shared_only"):
                continue    # a bare "summit" is an event only as the object of one
            elif self._requested(doc, t, triggers, sent, starts):
                continue    # "urged Tokyo to cooperate": what is asked for has not happened
            elif row.get("voice") in REPORTED_VOICES:
                found = self._accused(doc, ms, t, sent, reported)
            elif row.get("voice") == "labelled":
                found = self._labelled(doc, ms, t, sent, ctx)
            else:
                found = self._directed(doc, ms, t, sent, quote_speakers, ctx, text, [ev for _, ev in events], reported)
            if found is None:
                continue    # nobody acting: a generic statement, not an event
            sources, targets, inferred, gapped = found
            if before is not None and events[-1][0].end == t.start and self.g.participle_suffixes \
                    and lowers(doc)[t.start].endswith(self.g.participle_suffixes):
                sources = before["sources"]     # "the two leaders signed a statement pledging …"
            aimed = before is not None and self._aimed(doc, t, sent, cues)
            aim = aimed and before.get("mode") == "visit"
            if aimed and not self.g.intending(doc, ms, t.start, sent.start):
                # "menggelar pertemuan dengan ICRC untuk membahas …", "arrived to sign":
                # who acted is who means to act (not so "welcomed a decision by
                # Tokyo to lift …": the owner of the decision acts).
                sources = before["sources"]
            modality = before["modality"] if shared else self.modality(doc, cues, t, sent.start, relatives, sent.end)
            # "talks with Tileuberdi and then with Tokayev": one meeting after another.
            later = self._in_turn(doc, targets)
            if later:
                targets = targets[:later[0]]
            if before is not None and modality == "asserted" and before["modality"] == "planned" \
                    and self._sequenced(doc, t, sent):
                modality = "planned"    # "dijadwalkan bertemu Biden, sebelum menghadiri KTT APEC"
            if aim and modality == "asserted":
                modality = "planned"    # "arrived in Cairo to sign a deal": the aim of a journey
            elif aimed and modality == "asserted" and before["modality"] in ("planned", "hypothetical"):
                modality = before["modality"]   # "dijadwalkan menelepon X untuk meminta …": not yet asked
            amount = self.g.amount.search(text, sent.start_char, sent.end_char) if row["type"] in MONEY_TYPES else None
            # "The United States and the Philippines began their annual exercises":
            # done together, an exercise is cooperation, not a show of force.
            coded = row["joint"] if row.get("joint") and len({_side(a) for a in sources}) > 1 else row
            events.append((t, ev := {
                "kind": "event",
                "type": coded["type"],
                "mode": coded.get("mode"),
                "cameo": coded.get("cameo"),
                "trigger": self._span(doc, t.start, t.end),
                "sources": [self._actor(m) for m in sources],
                "targets": [self._actor(m) for m in targets],
                "location": self._location(doc, ms, sent, t, targets, row),
                "date": self._date(dates, doc, sent, published),
                "sentence": {"text": text[sent.start_char:sent.end_char], "start": sent.start_char,
                             "end": sent.end_char},
                "modality": modality,
                "amount": amount.group(0).strip() if amount else None,
                "confidence": round(0.75 + (0.1 if inferred else 0.25) * bool(targets), 2),
            }))
            for a, b in zip(later, [*later[1:], None]):
                events.append((t, dict(ev, targets=[self._actor(m) for m in found[1][a:b]])))
            for group, at, money in gapped:
                events.append((Trigger(at, at + 1, row), dict(
                    ev, trigger={"text": money.group(0), "start": money.start(), "end": money.end()},
                    sources=[self._actor(m) for m in group], targets=[dict(a) for a in ev["targets"]],
                    amount=money.group(0))))
        return _merge_repeats(doc, events, self.g)

    def _requested(self, doc: Doc, t: Trigger, triggers: list[Trigger], sent, starts: set[int]) -> bool:
        """The trigger is the content of a request or promise before it in its
        clause ("mendesak sekutunya menjatuhkan sanksi", "agreed to tighten
        sanctions"), not a second verb of its own ("called for talks and pledged aid")."""
        if t.row["type"] in CONTENT_TYPES:
            return False
        low = lowers(doc)
        for r in triggers:
            if r.start >= t.start:
                break
            if r.row["type"] not in CONTENT_TYPES or r.end <= sent.start or t.start - r.end > FAR_GAP:
                continue
            # A comma ends the request unless a list of addressees goes on after it;
            # an act after a preposition is where it was said ("agreed in a phone call").
            k = self.g.before_auxiliaries(doc, t.start, r.end)
            j = t.start - 1
            while j > r.start and low[j] in self.g.determiners:
                j -= 1
            if low[j] in self.g.prepositions and low[j] not in self.g.infinitive_markers:
                continue
            if not self.g.broken(doc, r.end, t.start) and not (
                    k >= r.end and low[k] in self.g.verb_coordinators) and not any(
                    low[i] == "," and i + 1 not in starts for i in range(r.end, t.start)):
                return True
        return False

    def _in_turn(self, doc: Doc, targets: list) -> list[int]:
        """Where a target group goes on with a sequence word ("X dan kemudian
        dengan Y", "X and then Y"): the indexes that start a later meeting."""
        low = lowers(doc)
        return [k for k in range(1, len(targets))
                if isinstance(targets[k], Mention) and isinstance(targets[k - 1], Mention)
                and any(w in self.g.sequence_markers for w in low[targets[k - 1].end:targets[k].start])]

    def _shares_verb(self, doc: Doc, t: Trigger) -> bool:
        """The trigger is a noun joined to the object before it ("…, dan KTT G20",
        "… and the NATO summit"): a joiner, then at most a determiner or a name."""
        tt = token_table(doc)
        low = lowers(doc)
        k = t.start - 1
        steps = 0
        while k > 0 and steps < 3 and (low[k] in self.g.determiners or tt.text[k][:1].isupper()):
            k -= 1
            steps += 1
        return k > 0 and low[k] in self.g.joiners and not self.g.verb_like(low[t.start])

    def _own_objects(self, doc: Doc, ms: list[Mention], t: Trigger, sent) -> list:
        """The actors a shared-verb object names: before the noun where modifiers
        lead ("the NATO summit"), after it where they follow ("KTT G20")."""
        after = self.g.group_after(doc, ms, t.end, sent.end, max_gap=1)
        if self.g.head_first:
            return after
        inside = [m for m in ms if t.start - 3 <= m.start and m.end <= t.start]
        return inside[-1:] or after

    def _aimed(self, doc: Doc, t: Trigger, sent, cues) -> bool:
        """"… to sign", "… untuk menghadiri": the trigger is an infinitive of
        purpose, not the complement of a cue ("is due to host", "berencana untuk")."""
        k = self.g.before_auxiliaries(doc, t.start, sent.start)
        low = lowers(doc)
        return k > sent.start and low[k] in self.g.infinitive_markers and (
            not self.g.verbal_prefixes or self.g.verb_like(low[t.start])) and not any(
            s <= k < e or e == k for s, e, _ in cues)

    def _sequenced(self, doc: Doc, t: Trigger, sent) -> bool:
        """"… sebelum menghadiri …", "… before attending …": the next step of the clause before."""
        k = self.g.before_auxiliaries(doc, t.start, sent.start)
        return k >= sent.start and lowers(doc)[k] in self.g.sequence_markers

    def _directed(self, doc: Doc, ms: list[Mention], t: Trigger, sent, quote_speakers, ctx, text: str,
                  earlier: list[dict], reported=()):
        """(sources, targets, inferred target?, gapped co-sources) of a trigger
        that names the act itself, or None when nobody acts."""
        tt = token_table(doc)
        row = t.row
        sources, targets = self._roles(doc, ms, t, sent)
        if not sources and t.start > 0 and lowers(doc)[t.start - 1] in self.g.topic_markers:
            return None     # an act named as a topic, with nobody named doing it
        k = self.g.before_auxiliaries(doc, t.start, sent.start)
        if k >= sent.start and tt.lower[k] in self.pronouns and row.get("voice", "active") == "active":
            # "… Russia, China and Mongolia had agreed …, and he promised": the
            # pronoun is the subject, not the actors of the clause before it.
            sources = self._pronoun_actor(doc, ms, k, ctx) or sources
        elif k >= sent.start and tt.lower[k] in self.pronouns and row.get("voice") == "converse" and sources:
            # "Ia menambahkan, dirinya telah menerima tiga pesan dari Biden": the
            # pronoun receives; inside reported speech it is the speaker.
            said_by = self._quote_speaker(doc, k, reported)
            if said_by and said_by.get("type") == "PERSON":
                a, b = char_span(doc, k, k + 1)
                targets = [Mention(k, k + 1, a, b, tt.text[k], said_by["name"], "PERSON",
                                   country=said_by.get("country"), role=said_by.get("role"))]
            else:
                targets = self._pronoun_actor(doc, ms, k, ctx) or targets
        joined = self.g.joined_in(doc, ms, t.start, sent.start) or self.g.intending(doc, ms, t.start, sent.start)
        if joined:
            sources = joined
        quoted = self._quote_at(doc, t.start, quote_speakers)
        speaker = quoted[2] if quoted else None
        if speaker is not None and any(w in self.g.first_person
                                       for w in lowers(doc)[max(sent.start, t.start - 4):t.end]):
            # "saya menegaskan kembali dukungan …", "we will send …": the speaker acts.
            sources = [speaker]
        mutual = not sources and bool(targets) and lowers(doc)[t.end - 1] in self.g.mutual_markers \
            and row.get("mode") != "mediate"
        if mutual:
            # "jeda kemanusiaan antara Israel dan Hamas": nobody else named, the two sides act.
            sources, targets = targets, []
        if not sources and row.get("named_source"):
            return None     # "at the request of a legitimate government": nobody named asks
        if not sources:
            sources = self._implicit_source(doc, ms, t, sent, ctx, speaker)
        sources = self._people_of(doc, sources, ctx)
        if targets and self.g.comitative(doc, targets[0]) and not any(
                self.g.verb_like(w) for w in lowers(doc)[t.end:targets[0].start]):
            # "Qatar, which brokered the deal together with Egypt and the US": co-agents.
            sources, targets = [*sources, *targets], []
        own = {_side(a) for a in sources}
        targets = [m for m in targets if m not in sources and _side(m) not in own]
        clitic = not targets and self.g.clitic_object(lowers(doc)[t.end - 1])
        if t.end < len(doc) and self.g.object_pronoun_at(doc, t.end) or clitic:
            # "accusing it of genocide": the object is the party named before.
            # A place ("operations in Gaza") is not a party.  "Indonesia memberikan
            # suara setuju, sedangkan AS dan Israel menolaknya": a clitic object is
            # what the act before it in the sentence was aimed at.
            shared = clitic and next((ev["targets"] for ev in reversed(earlier)
                                      if ev["sentence"]["start"] == sent.start_char and ev["targets"]
                                      and not {_side(a) for a in ev["targets"]} & own), None)
            prior = [m for m in ms if m.end <= t.start and _side(m) not in own
                     and (m.type != "PERSON" or m.country)
                     and not (m.start > 0 and lowers(doc)[m.start - 1] in self.g.location_markers)]
            targets = _recalled(shared) if shared else prior[-1:] or targets
        answered = [] if targets or not sources else self._answered(doc, t, sent, own, earlier, ctx)
        if answered:
            # "rejected the protest, saying … the G7": the act named back is the object.
            return sources, answered, True, []
        if not targets and sources and row.get("answers"):
            # "invited Putin …, and Peskov said the Russian leader had accepted":
            # a bare reply answers whoever made the latest such act.
            asked = next((found for ev in reversed(earlier) if ev["type"] in row["answers"]
                          and (found := [a for a in ev["sources"] if _side(a) not in own])), [])
            if asked:
                return sources, _recalled(asked), True, []
        if not targets and row.get("voice") != "passive":
            # The object may sit further on ("sanksi terhadap Rosneft dan
            # Lukoil, dua perusahaan Rusia"); look through the rest of the clause.
            # Nor the agent of a passive on the way ("a deal brokered by China").
            targets = [m for m in self.g.group_after(doc, ms, t.end, sent.end, max_gap=FAR_GAP, through_relative=True)
                       if m not in sources and _side(m) not in own and not self.g.comitative(doc, m)
                       and not (m.start > t.end and lowers(doc)[m.start - 1] in self.g.agent_markers)]
        targets = self._named_in_apposition(doc, ms, targets, sent)
        if speaker is not None and targets:
            # "“It can end the moment Russia pulls its troops out,” Kirby said":
            # who says it, after the quotation, is not the object of what is quoted.
            targets = [m for m in targets if not (isinstance(m, Mention) and m.start_char >= quoted[1]
                                                  and m.name == speaker.get("name"))]
        gapped = self._gapped(doc, ms, t, sent, text) if row["type"] in MONEY_TYPES else []
        if gapped:
            # "the EU pledged €355m and Germany €244m": Germany pledges too.
            targets = [m for m in targets if not any(m in group for group, _, _ in gapped)]
        if not targets and sources and row.get("needs_target") and self._aimed(doc, t, sent, ()):
            # "menelepon Sjafrie untuk meminta klarifikasi", "flew to Beijing to
            # urge restraint": the aim of an act is aimed where the act was.
            targets = _recalled(next((ev["targets"] for ev in reversed(earlier)
                                      if ev["sentence"]["start"] == sent.start_char and ev["targets"]), []))
        own |= {code for a in sources for code in (_get(a, "members") or ())}
        targets = [m for m in targets if _side(m) not in own]
        # "Thailand dan Kamboja dijadwalkan bertemu", "the two countries met": a
        # meeting of the parties named together, with each other.
        joint = not targets and len(own) > 1 and row["type"] in JOINT_TYPES \
            and row.get("mode") not in ("visit", "mediate")
        if not sources or (row.get("needs_target") and not targets and not mutual and not joint):
            return None
        if mutual or (joint and row.get("needs_target")):
            return sources, [], False, []
        inferred = not targets
        if inferred and row.get("mode") == "multilateral":
            # "X turut hadir sebagai peninjau": at the meeting named before.
            targets = _recalled(next((bodies for ev in reversed(earlier) if ev["type"] == "CONSULT"
                                      and (bodies := [a for a in _gathering(ev) if _side(a) not in own])), []))
        if inferred and not targets and not (row["type"] in JOINT_TYPES and len(own) > 1):
            # (A joint act of two parties, "latihan gabungan Australia-Indonesia", is aimed at no third.)
            targets = self._other_side(doc, ms, t, sent, own, ctx, earlier, [m for g, _, _ in gapped for m in g])
            if speaker is not None:
                # Nor is the one quoted the object inferred for it.
                targets = [m for m in targets if _get(m, "name") != speaker.get("name")]
        return sources, targets, inferred, gapped

    def _people_of(self, doc: Doc, group: list, ctx) -> list:
        """"The Japanese ministers held talks", "para menteri Jepang": a country
        that only qualifies people of one office stands for those of them the
        document has named (at least two), else for itself."""
        if ctx is None or len(group) != 1 or not isinstance(group[0], Mention) or group[0].type != "COUNTRY":
            return group
        m, low = group[0], lowers(doc)
        if self.g.head_first:
            head = low[m.start - 1] if m.start > 0 else ""
        else:
            head = low[m.end] if m.end < len(doc) else ""
        if head not in self.g.person_heads:
            return group
        office = head.rstrip("s") if not self.g.head_first else head
        people = [p for p in ctx.people.values()
                  if p.get("country") == m.country and office in (p.get("role") or "").lower()]
        if len(people) < 2:
            return group
        return [from_known(p, m.text, m.start, m.end, m.start_char, m.end_char) for p in people]

    def _accused(self, doc: Doc, ms: list[Mention], t: Trigger, sent, reported):
        """A charge inside reported words ("Lula said the United States was
        prolonging the war", "… pasukan Kamboja yang lebih dulu melanggarnya"):
        the speaker accuses whoever the words say did it — the subject before
        the trigger, or for passive rows the agent after it."""
        speaker = self._quote_speaker(doc, t.start, reported)
        if speaker is None:
            return None
        if t.row.get("voice") == "reported_passive":
            accused = self.g.group_after(doc, ms, t.end, sent.end, max_gap=1)
        else:
            accused = self.g.subject_before(doc, ms, t.start, sent.start)
        side = _side(speaker)
        targets = [m for m in accused if _side(m) != side]
        if not targets:
            return None
        return [speaker], targets, False, []


    def _labelled(self, doc: Doc, ms: list[Mention], t: Trigger, sent, ctx):
        """A label pinned on something another party did ("menyebut laporan itu
        sebagai “rumor” yang sengaja disebarkan Seoul dan Washington"): the
        labeller accuses the agent of the passive relative clause after the label."""
        low = lowers(doc)
        rel = next((i for i in range(t.end, sent.end - 1) if low[i] in self.g.relativizers), None)
        if rel is None or not self.g.passive_prefixes:
            return None
        # The passive verb, past an adverb or two ("yang sengaja disebarkan").
        j = next((j for j in range(rel + 1, min(rel + 4, sent.end))
                  if low[j].startswith(self.g.passive_prefixes) and self.g.verb_like(low[j])), None)
        if j is None:
            return None
        agents = self.g.group_after(doc, ms, j + 1, sent.end, max_gap=0) \
            or self.g.after_marker(doc, ms, j + 1, sent.end, self.g.agent_markers)
        sources = self.g.subject_before(doc, ms, t.start, sent.start) \
            or self._implicit_source(doc, ms, t, sent, ctx, None)
        own = {_side(a) for a in sources}
        targets = [m for m in agents if _side(m) not in own]
        if not sources or not targets:
            return None
        return sources, targets, False, []

    def _roles(self, doc: Doc, ms: list[Mention], t: Trigger, sent) -> tuple[list, list]:
        """Source and target actors from the words around the trigger."""
        tt = token_table(doc)
        row = t.row
        after = self.g.group_after(doc, ms, t.end, sent.end)
        low = lowers(doc)
        if after and any(low[i] in self.g.verb_coordinators and self.g.verb_like(low[i + 1])
                         for i in range(t.end, after[0].start - 1)):
            after = []      # "hailed the outcome and called on the Council": the next verb's object
        # A trigger that ends inside a name ("welcomed Chinese | President Xi"):
        # the actor that begins in it is its object.
        k = next((k for k, m in enumerate(ms) if t.start < m.start < t.end < m.end), None)
        if k is not None:
            after = self.g.group(doc, ms, k, left=False)
        elif row.get("inner_target"):
            # "blocked a U.S.-drafted resolution": the author of what is blocked,
            # inside the trigger's words (unlike "signed a U.S.-brokered deal").
            after = [m for m in ms if t.start < m.start and m.end <= t.end][:1] or after
        verb = self.g.verb_of_noun(doc, t.start, sent.start)
        before = self.g.collective_subject(doc, ms, verb, sent.start) \
            or self.g.subject_before(doc, ms, verb, sent.start)
        prev = self.g.before_auxiliaries(doc, t.start, sent.start)     # "… and would send"
        if prev > sent.start and tt.lower[prev] in self.g.verb_coordinators \
                and not any(m.end == prev for m in ms):
            # "X thanked Y … and pledged": the pledge is X's; "Retno mengatakan
            # Indonesia dan Jepang telah menandatangani … serta sepakat": the
            # nearest clause subject before the conjunction.
            before = self.g.subject_before(doc, ms, prev, sent.start) \
                or self.g.first_subject(doc, ms, t.start, sent.start) or before
        if row.get("voice") == "converse":
            # "X hosted Y", "menerima kunjungan Y": the visitor Y is the source.
            return after, before
        if row.get("voice") == "passive":
            agent = self.g.after_marker(doc, ms, t.end, sent.end, self.g.agent_markers)
            if not agent:
                # Indonesian di- passives take their agent straight after the verb,
                # without "oleh": "gencatan senjata yang dimediasi Malaysia".
                agent = self.g.group_after(doc, ms, t.end, sent.end, max_gap=0)
            return agent, list(before) or [m for m in after if m not in agent]
        sources, targets = before, after
        if t.start > 0 and low[t.start - 1] in self.g.topic_markers and not self.g.verb_like(low[t.start]):
            # "menjatuhkan sanksi terkait pengiriman drone ke Rusia", "over drone
            # transfers": the act a topic names is not the subject's; only its owner acts.
            sources = []
        if t.start > 1 and low[t.start - 1] in self.g.possessives:
            # "during Lula's visit to Buenos Aires": the owner of the act does it.
            owner = next((k for k, m in enumerate(ms) if m.end == t.start - 1), None)
            if owner is not None:
                sources = self.g.group(doc, ms, owner, left=True, right=False)
                targets = [m for m in targets if m not in sources]
        # "pengerahan pasukan Rusia ke Kazakhstan", "dukungan Washington untuk X":
        # an actor right after a derived noun is its owner, the agent.
        # The owner may also share the trigger's noun ("pasukan Rusia").
        owner = next((m for m in ms if t.start < m.start + 1 <= t.end < m.end + 1 and m.end > t.end - 1
                      and m.start >= t.start and m.start != t.start), None)
        if owner is None and after and after[0].start == t.end:
            owner = after[0]
        if owner is not None and not tt.stop[t.end - 1] and self.g.nominal(tt.text[t.end - 1]):
            # "latihan gabungan Australia-Indonesia": a hyphenated pair owns it together.
            owners = self.g.group(doc, ms, ms.index(owner), left=False)
            rest = [m for m in after if m not in owners and m.start >= owner.end]
            if not rest:
                rest = self.g.group_after(doc, ms, owners[-1].end, sent.end, max_gap=8, through_relative=True)
            if self.g.verb_like(lowers(doc)[t.start]):
                # "meminta bantuan Washington": a verb before the noun acts on its owner.
                targets = [owner, *rest]
            else:
                if not sources or self.g.nominal(tt.text[t.start]):
                    sources = owners
                targets = rest
        return sources, targets

    def _gapped(self, doc: Doc, ms: list[Mention], t: Trigger, sent, text: str) -> list:
        """Actors that share the trigger with only an amount of their own
        ("… pledged 355 million euros and Germany 244 million euros", "… dan
        Jerman juga 244 juta euro"): (group, token of the amount, amount match)."""
        tt = token_table(doc)
        out = []
        low = lowers(doc)
        first = self.g.amount.search(text, tt.idx[t.end] if t.end < len(doc) else sent.end_char, sent.end_char)
        if first is None:
            return out
        for k, m in enumerate(ms):
            if m.start < t.end or m.end > sent.end or m.start == 0 or low[m.start - 1] not in self.g.joiners \
                    or tt.idx[m.start] < first.end() or m.type == "PERSON" and not m.country:
                continue
            if any(m in group for group, _, _ in out):
                continue
            if self.g.new_clause(doc, t.end, m.start):
                break       # "…, while the EU pledged …": another clause, its own trigger
            group = self.g.group(doc, ms, k, left=False)
            at = group[-1].end
            at += phrase_length(low, at, self.g.gapping_adverbs) if at < len(doc) else 0
            money = self.g.amount.match(text, tt.idx[at]) if at < len(doc) else None
            if money is not None:
                out.append((group, at, money))
        return out

    def _named_in_apposition(self, doc: Doc, ms: list[Mention], targets: list, sent) -> list:
        """"his South Korean and Japanese counterparts, Park Jin and Yoko
        Kamikawa", "mitranya dari Filipina, Enrique Manalo": countries that only
        describe people named right after a comma give way to those people."""
        tt = token_table(doc)
        if not targets or not all(isinstance(m, Mention) and m.type == "COUNTRY" for m in targets):
            return targets
        last = targets[-1].end
        comma = next((i for i in range(last, min(last + 3, sent.end)) if tt.text[i] == ","), None)
        if comma is None:
            return targets
        codes = {_side(m) for m in targets}
        people = []
        for m in self.g.group_after(doc, ms, comma + 1, sent.end, max_gap=0):
            if m.type != "PERSON":
                break   # "…, Ararat Mirzoyan, the Iranian ministry said": the clause goes on
            people.append(m)
        if people and all(m.country in codes or m.country is None for m in people):
            return people
        return targets

    def _answered(self, doc: Doc, t: Trigger, sent, own: set[str], earlier: list[dict], ctx) -> list:
        """"dismissed the accusations", "mengecam latihan tersebut": an act named
        back by a definite noun (event_anaphors.jsonl); the target is the source
        of the latest such act, in this paragraph or the ones before, preferring
        one whose trigger shares the noun ("latihan militer" over "mengerahkan")."""
        low = lowers(doc)
        # The object after an active trigger; the subject before a passive one
        # ("Pertukaran tersebut dimediasi oleh Qatar").
        span = range(max(sent.start, t.start - 4), t.start) if t.row.get("voice") == "passive" \
            else range(t.start + 1, min(t.end + 3, sent.end))
        for i in span:
            types = self.anaphors.get(low[i])
            if not types:
                continue
            definite = (i + 1 < len(doc) and low[i + 1] in self.g.demonstratives) if self.g.head_first \
                else low[i - 1] in self.g.definite_determiners
            if not definite:
                continue
            stem = low[i][:5]
            pick = _gathering if low[i] in self.anaphors_by_target else \
                _bodies_acting if low[i] in self.anaphors_by_body else _sources
            here = [(ev["type"], ev["trigger"]["text"].lower(), pick(ev), None) for ev in earlier]
            before = [(ev["type"], ev.get("trigger", ""), pick(ev), doc[i])
                      for ev in (ctx.events if ctx is not None else ())]
            acts = [a for a in reversed(before + here) if a[0] in types]    # latest first
            for kind, trigger, sources, anchor in sorted(acts, key=lambda a: stem not in a[1]):
                found = [a for a in sources if _side(a) not in own]
                if found:
                    return _recalled(found, anchor)
            return []
        return []

    def _other_side(self, doc: Doc, ms: list[Mention], t: Trigger, sent, own: set[str], ctx,
                    earlier: list[dict], skip: list[Mention] = ()) -> list:
        """No object next to the trigger: the sentence's other party, the actor
        nearest the trigger that is not on the source's side (a directed event
        in news names both sides: "China sent warships ... near Taiwan")."""
        others = [m for m in ms if m.end <= sent.end and not (t.start <= m.start < t.end)
                  and _side(m) not in own and (m.type != "PERSON" or m.country) and m not in skip
                  and not self.g.comitative(doc, m)]    # "bersama komunitas internasional": a partner
        # "France would contribute €110m, while the EU pledged …": a subject of
        # its own clause before the trigger is a fellow actor, not the one acted on.
        low = lowers(doc)
        fellows = {_side(m) for m in others if sent.start <= m.start and m.end <= t.start
                   and m.end < len(doc) and low[m.end] in self.g.finite_markers and low[m.end] in self.g.preverbal}
        others = [m for m in others if _side(m) not in fellows]
        # Not past a new clause after the trigger ("France would contribute
        # €110m, while the EU pledged …": the EU is a fellow donor).
        others = [m for m in others if not (m.start >= t.end and self.g.new_clause(doc, t.end, m.start))]
        here = [m for m in others if m.start >= sent.start]
        after = [m for m in here if m.start >= t.end]
        if after:
            return after[:1]
        # Else whom the latest act of this kind in the paragraph was aimed at
        # ("Norway would give $40m to Yemen, while Japan pledged $30m"), the
        # party named before the trigger, then the latest aim or party in the
        # paragraphs before ("International donors pledged … for Sudan").
        tok = doc[t.start]     # no words of its own here: anchored on the trigger

        def aimed(ev: dict) -> list:
            return [a for a in ev.get("targets", ()) if ev["type"] == t.row["type"]
                    and _side(a) not in own and _side(a) not in fellows]

        found = next((aim for ev in reversed(earlier) if (aim := aimed(ev))), None)
        if found:
            return _recalled(found)
        if here:
            return here[-1:]
        if others or ctx is None:
            return others[-1:]
        # A response goes to whoever acted on the source's side last ("Estonia
        # expelled two Russian diplomats. … Russia would respond firmly").
        for ev in reversed(ctx.events):
            if any(_side(a) in own for a in ev.get("targets", ())):
                actors = [a for a in ev["sources"] if _side(a) not in own and _side(a) not in fellows]
                if actors:
                    return _recalled(actors, tok)
        found = next((aim for ev in reversed(ctx.events) if (aim := aimed(ev))), None)
        if found:
            return _recalled(found, tok)
        party = next((p for p in reversed(ctx.parties) if _side(p) not in own), None)
        return _recalled([party], tok) if party is not None else []

    def _implicit_source(self, doc: Doc, ms: list[Mention], t: Trigger, sent, ctx, speaker) -> list:
        """A source the clause does not name next to the trigger."""
        tt = token_table(doc)
        if t.start - sent.start <= 1:
            # A fronted clause: "Bertemu dengan X, Biden …" / "Meeting X, Blinken …".
            comma = next((i for i in range(t.end, sent.end) if tt.text[i] == ","), None)
            if comma is not None:
                subject = self.g.group_after(doc, ms, comma + 1, sent.end, max_gap=0)
                if subject:
                    return subject
        pronoun = next((i for i in range(t.start - 1, max(sent.start, t.start - 4) - 1, -1)
                        if tt.lower[i] in self.pronouns), None)
        if pronoun is not None:
            found = self._pronoun_actor(doc, ms, pronoun, ctx)
            if found:
                return found
        ref = self.g.anaphoric_subject(doc, t.start, sent.start)
        if ref is not None:
            return self._body_named_last(doc, ms, ref, ctx)
        k = self.g.before_auxiliaries(doc, t.start, sent.start)
        if phrase_ends_at(lowers(doc), k + 1, self.g.own_side_words, sent.start):
            found = self._pronoun_actor(doc, ms, k, ctx)
            if found:
                return found
        if k > sent.start and (lowers(doc)[k] in self.g.verb_coordinators or lowers(doc)[k] in self.g.breakers
                               or lowers(doc)[k] in self.g.relativizers):
            # "Washington shared the goal … but would vote against", "resolusi yang
            # menyerukan …", "… sebelum bertemu …": the subject of the clause before.
            found = self._clause_subject(doc, ms, k, sent, ctx)
            if found:
                return found
        if self.g.partitive_before(doc, t.start, sent.start):
            # "Kelima negara Asia Tengah …, tetapi tidak ada yang mendukung": the group
            # that opens the sentence, across the "but".
            for k, m in enumerate(ms):
                if sent.start <= m.start < t.start:
                    return self.g.group(doc, ms, k, left=False)
        # Speech inside a quote: its speaker is the source ("kami mendukung …").
        if speaker is not None:
            return [speaker]
        # A participle or second verb of the clause ("X said …, accusing Seoul"):
        # the subject that opens the sentence.
        return self.g.first_subject(doc, ms, t.start, sent.start)

    def _clause_subject(self, doc: Doc, ms: list[Mention], k: int, sent, ctx) -> list:
        """The subject of the clause that ends at token k: an actor, a body named
        back ("kementerian itu"), or a pronoun."""
        tt = token_table(doc)
        # Right before "yang"/"who" stands the subject; right before "but" the
        # object of the clause before ("the suffering in Gaza but would vote").
        group = self.g.subject_before(doc, ms, k, sent.start,
                                      at_conjunction=lowers(doc)[k] not in self.g.relativizers)
        if group:
            return group
        for i in range(sent.start + 1, k + 1):
            ref = self.g.anaphoric_subject(doc, i, sent.start)
            if ref is not None:
                return self._body_named_last(doc, ms, ref, ctx)
        pronoun = next((i for i in range(sent.start, k) if tt.lower[i] in self.pronouns), None)
        return self._pronoun_actor(doc, ms, pronoun, ctx) if pronoun is not None else []

    def _body_named_last(self, doc: Doc, ms: list[Mention], ref: int, ctx) -> list:
        """"Kelompok itu juga mengumumkan sanksi", "the ministry said": the body
        named last; "the Caribbean nation", "negara itu": the state named last."""
        tok = doc[ref]
        if lowers(doc)[ref] in self.g.country_heads:
            state = next((m for m in reversed(ms) if m.type == "COUNTRY" and m.end <= ref), None)
            if state is not None:
                return [state]
            entry = next((p for p in reversed(ctx.parties) if p.get("type") == "COUNTRY"), None) if ctx else None
            return _recalled([entry], tok) if entry else []
        head = lowers(doc)[ref]
        if head in self.g.national_heads:
            # "the junta", "the ministry": a body of a state, not an international
            # one; the latest body with that head word ("India's foreign ministry"), else the state.
            def national(a: dict) -> bool:
                return a.get("type") == "COUNTRY" or a.get("type") == "ORG" and bool(a.get("country")) \
                    and not a.get("code")

            def headed(a: dict) -> bool:
                return a.get("type") == "ORG" and head in (a.get("text") or a["name"]).lower().split()

            here = [m for m in ms if m.end <= ref and national(m.actor())]
            named = next((m for m in reversed(here) if headed(m.actor())), None) or (here[-1] if here else None)
            if named is not None:
                return [named]
            before = [p for p in (ctx.parties if ctx else ()) if national(p)]
            entry = next((p for p in reversed(before) if headed(p)), None) or (before[-1] if before else None)
            return _recalled([entry], tok) if entry else []
        body = next((m for m in reversed(ms) if m.type in ("ORG", "GROUP") and m.end <= ref), None)
        if body is not None:
            return [body]
        if ctx is not None and ctx.last_org:
            return _recalled([ctx.last_org], tok)
        return []

    @staticmethod
    def _span(doc: Doc, s: int, e: int) -> dict[str, Any]:
        a, b = char_span(doc, s, e)
        return {"text": span_text(doc, s, e), "start": a, "end": b}

    @staticmethod
    def _quote_at(doc: Doc, i: int, quotes) -> tuple[int, int, dict] | None:
        """The quotation (start, end, speaker) around token i, if any."""
        idx = token_starts(doc)[i]
        return next(((qs, qe, sp) for qs, qe, sp in quotes if qs <= idx < qe), None)

    def _quote_speaker(self, doc: Doc, i: int, quotes) -> dict | None:
        found = self._quote_at(doc, i, quotes)
        return found[2] if found else None

    @staticmethod
    def _pronoun_actor(doc: Doc, ms: list[Mention], i: int, ctx) -> list:
        """He/she/ia: the latest person before it in the paragraph, else in the document."""
        person = next((m for m in reversed(ms) if m.type == "PERSON" and m.end <= i), None)
        if person is not None:
            return [person]
        entry = ctx and (ctx.last_person or ctx.last_speaker)
        if not entry:
            return []
        tok = doc[i]
        return [{"text": tok.text, "name": entry["name"], "type": entry.get("type", "PERSON"),
                 "country": entry.get("country"), "role": entry.get("role"),
                 "start": tok.idx, "end": tok.idx + len(tok), "code": entry.get("code")}]

    @staticmethod
    def _actor(m: Mention | dict) -> dict[str, Any]:
        return m.actor() if isinstance(m, Mention) else dict(m)

    def _location(self, doc: Doc, ms: list[Mention], sent, t: Trigger, targets, row) -> dict | None:
        tt = token_table(doc)
        for m in ms:
            if m.type != "COUNTRY" or m.start < sent.start or m.end > sent.end:
                continue
            if m.start > 0 and tt.lower[m.start - 1] in self.g.location_markers:
                return m.actor()
        if row.get("mode") == "visit":
            host = next((m for m in targets if isinstance(m, Mention) and m.type == "COUNTRY"), None)
            if host:
                return host.actor()
        return None

    @staticmethod
    def _date(dates, doc: Doc, sent, published) -> dict | None:
        found = dates.find(doc, sent.start_char, sent.end_char, published)
        if not found:
            return None
        d = found[0]
        return {"text": d["text"], "value": d["value"]}
