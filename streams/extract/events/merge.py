"""One event where a sentence names an act twice (an act and its purpose, or
a noun that restates it)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..syntax import Grammar, lowers
from .frame import Act, Trigger, sides, travels

# Acts whose participle after a comma tells their toll, not a second act
# ("…, killing seven"; unlike "summoned the envoy, accusing Russia …").
TOLL_TYPES = ("ASSAULT",)
# Acts whose participles after a comma spell out what they hold ("approved a package of
# sanctions, banning imports ... and blacklisting tankers": one package).
SPELLED_OUT_TYPES = ("SANCTION",)
SPELL_OUT_REACH = 25
# Acts whose second trigger a few words on in the same clause words the same act again
# ("warned that it would | take countermeasures": one threat).
RESTATED_TYPES = ("THREATEN",)
RESTATE_REACH = 3
# An act named as the aim of an act of force is that force's purpose, not an
# act of its own ("fired tear gas | to disperse the crowd": one act, the force).
AIMS_OF_FORCE = {"COERCE": ("ASSAULT",)}


def merge_repeats(doc: Doc, found: list[Act], g: Grammar) -> list[Act]:
    """One event where a sentence names an act and then its purpose ("will
    travel to Yerevan for talks with …", "tiba di X untuk bertemu …") or a
    noun that restates it ("bertemu Modi, pertemuan tatap muka pertama …"):
    same type, sentence, modality and source sides; the targets are pooled
    into the first.  Acts side by side ("visited Tehran and met Khamenei",
    "summoned the envoy, accusing Russia …") stay apart."""
    words = lowers(doc)

    def purpose(lead: list[str]) -> bool:
        """A purpose marker leads to the act, no verb coordinator after it: "blamed Kabul for the violence
        | and summoned …" is a second act, "flew to Cairo for | talks" the first one's aim."""
        marks = [k for k, w in enumerate(lead) if w in g.purpose_markers]
        return bool(marks) and not any(w in g.verb_coordinators for w in lead[marks[-1] + 1:])

    def restates(ot: Trigger, t: Trigger) -> bool:
        lead = words[max(ot.end, t.start - 4):t.start]   # ", in effect a sanctions waiver"
        if t.start == ot.end:
            return True     # "U.S. strikes | hit Iran's enrichment sites": the act named, then told
        if t.start - ot.end <= 4 and words[ot.end - 1] in g.agent_markers | g.complementizers:
            return True     # "were wounded by | Russian shelling", "warned that | Moscow would retaliate"
        if t.row["type"] in RESTATED_TYPES and 0 <= t.start - ot.end <= RESTATE_REACH and not any(
                w == "," or w in g.verb_coordinators for w in words[ot.end:t.start]):
            return True     # "warned that it would | take countermeasures"
        if t.row["type"] in TOLL_TYPES and "," in lead and g.participle_suffixes \
                and words[t.start].endswith(g.participle_suffixes):
            return True     # "launched drones at Kyiv, | killing seven": the toll of the act
        if t.row["type"] in SPELLED_OUT_TYPES and g.participle_suffixes and 0 < t.start - ot.end <= SPELL_OUT_REACH \
                and words[t.start].endswith(g.participle_suffixes) and "," in words[ot.end:t.start]:
            return True     # "approved new sanctions, | banning imports ... and | blacklisting tankers"
        return purpose(lead) or "," in lead and (
            g.nominal(words[t.start]) or t.start > 0 and (g.nominal(words[t.start - 1])
                                                          or words[t.start - 1] in g.determiners))

    out: list[Act] = []
    # Only events of the same sentence are compared: kept per sentence, in
    # order, so many events cost linear time; an event's key never changes.
    by_sentence: dict[int, list[tuple[tuple, Act]]] = {}
    for act in found:
        same = by_sentence.setdefault(act.sentence["start"], [])
        if act.type == "CONSULT" and not act.targets and len(act.sources) > 1 and any(
                o.type == "CONSULT" and sides(o.sources + o.targets) == sides(act.sources) for _, o in same):
            continue    # "diterima Retno … sebelum keduanya menggelar pertemuan": one meeting
        if any(o.type in AIMS_OF_FORCE.get(act.type, ()) and sides(o.sources) == sides(act.sources)
               and 0 <= act.trigger.start - o.trigger.end <= RESTATE_REACH + 1
               and purpose(words[o.trigger.end:act.trigger.start]) for _, o in same):
            continue    # "fired tear gas | to disperse the crowd": the dispersal is the force's aim
        key = (act.type, act.sentence["start"], act.modality, frozenset(sides(act.sources)))
        twin = next((o for k, o in same if k == key and restates(o.trigger, act.trigger)), None)
        if twin is None:
            out.append(act)
            same.append((key, act))
            continue
        # A person met is kept beside the country visited ("travel to Yerevan
        # for talks with Ararat Mirzoyan").
        seen = sides(twin.targets) | {m.name for m in twin.targets}
        twin.targets += [m for m in act.targets if m.side not in seen
                         or m.type == "PERSON" and m.name not in seen]
    return _meeting_nouns_told_by_verb(out, words, g)


# Modes whose noun is an act of its own beside a meeting ("kunjungan ke Tokyo … bertemu Ishiba": a visit and
# a meeting; "yang ditengahi Qatar": a mediation).
OWN_NOUN_MODES = ("visit", "mediate")


def _meeting_nouns_told_by_verb(acts: list[Act], words: list[str], g: Grammar) -> list[Act]:
    """A meeting noun in an adjunct beside a verb of meeting in the same sentence, its parties among the verb's, names
    that meeting again, before or after it ("Menlu China, dalam pertemuan terpisah, menerima Menlu Sugiono";
    "Modi bertemu Xi di Tianjin, dalam pertemuan pertama keduanya"): one event, the verb's.  The noun as the
    verb's own object ("menjadi tuan rumah perundingan antara A dan B") is left to the roles, and a journey
    ("tiba di Sydney untuk kunjungan yang diisi pertemuan dengan Albanese") is an act beside the meeting."""
    if not g.nominal_suffixes or sum(a.type == "CONSULT" for a in acts) < 2:
        return acts

    def noun(a: Act) -> bool:
        return a.mode not in OWN_NOUN_MODES and all(g.nominal(w) or not g.verb_like(w) for w in
                                                    words[a.trigger.start:a.trigger.end]) \
            and any(g.nominal(w) for w in words[a.trigger.start:a.trigger.end])

    def told(a: Act) -> bool:
        parties = sides(a.sources + a.targets)
        return bool(parties) and any(
            o is not a and o.type == "CONSULT" and o.sentence["start"] == a.sentence["start"]
            and o.modality == a.modality and not noun(o) and not travels(o.trigger.row)
            and parties <= sides(o.sources + o.targets)
            and not 0 <= a.trigger.start - o.trigger.end <= 1     # its object: "menjadi tuan rumah | perundingan"
            for o in acts)

    def adjunct(a: Act) -> bool:    # "dalam | pertemuan", not the subject ("Pertemuan X dengan Y membahas …")
        return words[a.trigger.start] in g.prepositions or a.trigger.start > 0 \
            and words[a.trigger.start - 1] in g.prepositions
    return [a for a in acts if not (a.type == "CONSULT" and noun(a) and adjunct(a) and told(a))]
