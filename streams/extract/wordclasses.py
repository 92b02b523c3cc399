"""The closed word classes of a language, from lang/<code>/grammar.json.

A plain, frozen table (prepositions, determiners, clause breakers, auxiliaries,
...) with the few tests that look at one word alone ("verb-shaped", "a derived
noun").  Nothing here reads a sentence: clauses.py does that.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

from .lexicon import Lexicon

CURRENCY_SIGNS = r"US\$|\$|€|£|¥|Rp\.?|USD|EUR"

Words = frozenset[str]
Phrases = tuple[tuple[str, ...], ...]


# The most characters an amount holds before its first digit: a sign of
# three ("US$", "Rp.", "USD") and a space.
SIGN_REACH = 4
_DIGIT = re.compile(r"\d")


class Amount:
    """The money-amount pattern, searched only where a match can begin: within
    SIGN_REACH characters before a digit (every amount holds one).  A search of
    the whole pattern tries its branches at every character of a sentence, in
    ignore-case; digits are few.  search() and match() give what the
    pattern's own would."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        match = self.pattern.match
        tried = pos
        for d in _DIGIT.finditer(text, pos, endpos):
            at = d.start()
            for start in range(max(tried, at - SIGN_REACH), at + 1):
                m = match(text, start, endpos)
                if m is not None:
                    return m
            tried = at + 1
        return None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.pattern.match(text, pos, endpos)


def _amount_pattern(scales, currencies) -> Amount:
    """A money amount as written: "$300 million", "€355m", "355 million euros", "1,2 juta dolar AS"."""
    scale = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True)) or "(?!)"
    money = "|".join(re.escape(w) for w in sorted(currencies, key=len, reverse=True)) or "(?!)"
    return Amount(re.compile(rf"(?:{CURRENCY_SIGNS})\s?\d[\d.,]*(?:\s*(?:{scale})\b)?"
                             rf"|\b\d[\d.,]*\s*(?:(?:{scale})\s+)?(?:{money})\b", re.IGNORECASE))


def pattern_lowers(pattern_token: dict) -> list[str]:
    """The words one Matcher pattern token accepts by LOWER ("visited", or an IN list)."""
    value = pattern_token.get("LOWER")
    if isinstance(value, str):
        return [value]
    return list(value.get("IN", ())) if isinstance(value, dict) else []


def _one_word(pattern: list[dict]) -> list[str]:
    """The words of a pattern that needs one word only ("met (with)": the rest optional)."""
    required = [t for t in pattern if t.get("OP") not in ("?", "*")]
    return pattern_lowers(required[0]) if len(required) == 1 else []


def _cue_words(rows: list[dict]) -> dict[str, str]:
    """One-word negation and modality cues ("not", "tidak", "will") -> their modality."""
    return {w: row["modality"] for row in rows for w in _one_word(row.get("pattern") or ())}


def _trigger_words(rows: list[dict]) -> tuple[Words, Words, Words]:
    """From the event trigger rows: the one-word triggers (verbs of acts, "met",
    "mengecam"), and for two-word passive rows ("was visited") the auxiliaries
    that make a passive and the participles after them."""
    single, auxiliaries, participles = set(), set(), set()
    for row in rows:
        pattern = row.get("pattern") or ()
        words = _one_word(pattern)
        if words:
            single.update(words)
        elif row.get("voice") == "passive" and len(pattern) >= 2:
            auxiliaries.update(pattern_lowers(pattern[0]))
            participles.update(pattern_lowers(pattern[1]))
    return frozenset(single), frozenset(auxiliaries), frozenset(participles)


def _reversing(entries: list[dict]) -> dict[str, dict[str, dict]]:
    """Grammar key reversing_verbs as word -> {type of the act governed: the coding it takes}."""
    out: dict[str, dict[str, dict]] = {}
    for e in entries:
        coding = {"type": e["type"], "mode": e["mode"], "cameo": e["cameo"]}
        for w in e["words"]:
            for t in e["types"]:
                out.setdefault(w.lower(), {})[t] = coding
    return out


# long: one keyword per field of the table, no logic.
def table_of(lex: Lexicon) -> dict[str, Any]:
    """The word classes of `lex`'s grammar file (and of its reporting verbs and triggers), by field."""
    g: dict[str, Any] = lex.grammar
    coll = g.get("collective", {})
    triggers, passive_aux, participles = _trigger_words(lex.event_triggers)
    return dict(
        prepositions=lex.words("prepositions"),
        agent_markers=lex.words("agent_markers"),
        location_markers=lex.words("location_markers"),
        nearby_markers=lex.words("nearby_markers"),
        addressee_markers=lex.words("addressee_markers"),
        complementizers=lex.words("complementizers"),
        speech_verbs=frozenset(r["text"].lower() for r in lex.reporting_verbs if " " not in r["text"]),
        telling_verbs=frozenset(r["text"].lower() for r in lex.reporting_verbs
                                if r.get("object_told") and " " not in r["text"]),
        determiners=lex.words("determiners"),
        speech_topic_markers=lex.words("speech_topic_markers"),
        causative_verbs=lex.words("causative_verbs"),
        free_choice=lex.words("free_choice_determiners"),
        demonstratives=lex.words("demonstratives"),
        breakers=lex.words("clause_breakers"),
        adverb_breakers=lex.words("adverb_breakers"),
        duration_nouns=lex.words("duration_nouns"),
        channel_markers=lex.words("channel_markers"),
        joiners=frozenset(w for j in g.get("actor_joiners", ()) for w in j.lower().split()),
        joiner_phrases=tuple(tuple(j.lower().split()) for j in g.get("actor_joiners", ()) if " " in j),
        phrase_joiner_words=frozenset(w for j in g.get("actor_joiners", ()) if " " in j for w in j.lower().split())
        - frozenset(j.lower() for j in g.get("actor_joiners", ())),
        head_first=bool(g.get("modifier_follows_head")),
        relativizers=lex.words("relativizers"),
        patron_words=lex.words("patron_words"),
        preverbal=lex.words("preverbal"),
        neuter_subjects=lex.words("neuter_subject_pronouns"),
        goes_on_adverbs=lex.words("goes_on_adverbs"),
        anaphoric_heads=lex.words("anaphoric_heads"),
        country_heads=lex.words("country_heads"),
        national_heads=lex.words("national_heads"),
        group_nouns=lex.words("group_nouns"),
        list_determiners=lex.words("list_determiners"),
        possessives=lex.words("possessive_markers"),
        definite_determiners=lex.words("definite_determiners"),
        conditionals=lex.words("conditionals"),
        comitatives=lex.phrases("comitative_markers"),
        counterpart_words=lex.words("counterpart_words"),
        venue_markers=lex.phrases("venue_markers"),
        venue_nouns=lex.words("venue_nouns"),
        norm_markers=lex.phrases("norm_markers"),
        norm_nouns=lex.words("norm_nouns"),
        owner_adjective_endings=tuple(w.lower() for w in g["owner_adjective_endings"]),
        mutual_markers=lex.words("mutual_markers"),
        dissent_nouns=lex.words("dissent_nouns"),
        held_people_nouns=lex.words("held_people_nouns"),
        former_words=lex.words("former_words"),
        risk_nouns=lex.words("risk_nouns"),
        force_place_nouns=lex.words("force_place_nouns"),
        home_measure_words=lex.words("home_measure_words"),
        command_verbs=lex.words("command_verbs"),
        possessive_pronouns=lex.words("possessive_pronouns"),
        instrument_markers=lex.words("instrument_markers"),
        unnamed_armed_subjects=lex.phrases("unnamed_armed_subjects"),
        unowned_weapons=lex.phrases("unowned_weapons"),
        victim_nouns=lex.words("victim_nouns"),
        mishap_nouns=lex.words("mishap_nouns"),
        force_body_nouns=lex.words("force_body_nouns"),
        street_doer_nouns=lex.words("street_doer_nouns"),
        public_nouns=lex.words("public_nouns"),
        force_vehicle_nouns=lex.words("force_vehicle_nouns"),
        envoy_nouns=lex.words("envoy_nouns"),
        means_markers=lex.words("means_markers"),
        reciprocal_objects=lex.phrases("reciprocal_objects"),
        proposal_nouns=lex.words("proposal_nouns"),
        offer_nouns=lex.words("offer_nouns"),
        prior_adverbs=lex.words("prior_adverbs"),
        handover_verbs=lex.words("handover_verbs"),
        carrying_verbs=lex.words("carrying_verbs"),
        cargo_markers=lex.words("cargo_markers"),
        pledge_nouns=lex.words("pledge_nouns"),
        relief_goods=lex.words("relief_goods"),
        blamed_on=lex.phrases("blamed_on"),
        answer_markers=lex.phrases("answer_markers"),
        weapon_modes={w.lower(): (rank, e["mode"], e["cameo"])
                      for rank, e in enumerate(g["weapon_modes"]) for w in e["words"]},
        reversing_verbs=_reversing(g["reversing_verbs"]),
        passive_be_words=lex.words("passive_be_words"),
        joining_verbs=lex.phrases("joining_verbs"),
        joining_links=lex.words("joining_links"),
        collective_numbers={k.lower(): v for k, v in coll.get("numbers", {}).items()},
        collective_pronouns={k.lower(): v for k, v in coll.get("pronouns", {}).items()},
        collective_heads=frozenset(w.lower() for w in coll.get("heads", ())),
        collective_owners=frozenset(w.lower() for w in coll.get("owners", ())),
        light_verbs=lex.words("light_verbs"),
        month_words=frozenset(w for k in lex.dates.get("months", {}) for w in (k.lower(), k.lower() + ".")),
        announcing_verbs=lex.words("announcing_verbs"),
        partitives=lex.phrases("partitive_subjects"),
        person_heads=frozenset(w.lower() for w in coll.get("person_heads", ())),
        leader_heads=frozenset(w.lower() for w in coll.get("leader_heads", ())),
        leader_roles=frozenset(g.get("generic_roles", {}).get("leader", ())),
        owner_markers=lex.words("owner_markers"),
        object_pronouns=lex.phrases("object_pronouns"),
        person_object_pronouns=lex.words("person_object_pronouns"),
        quantity_words=lex.words("quantity_words"),
        passive_prefixes=tuple(g.get("passive_prefixes", ())),
        time_adjunct_markers=lex.words("time_adjunct_markers"),
        time_clause_markers=lex.words("time_clause_markers"),
        cause_clause_markers=lex.words("cause_clause_markers"),
        reason_markers=lex.words("reason_markers"),
        release_verbs=lex.words("release_verbs"),
        broker_verbs=lex.words("broker_verbs"),
        against_markers=lex.words("against_markers"),
        participle_suffixes=tuple(g.get("participle_suffixes", ())),
        own_side_words=lex.phrases("own_side_words"),
        own_people_words=lex.phrases("own_people_words"),
        finite_markers=lex.words("finite_markers"),
        predicative_markers=lex.words("predicative_markers"),
        first_person=lex.words("first_person"),
        first_person_owners=lex.words("first_person_owners"),
        absolute_markers=lex.words("absolute_markers"),
        verb_coordinators=lex.words("verb_coordinators"),
        own_object_coordinators=lex.words("own_object_coordinators"),
        purpose_markers=lex.words("purpose_markers"),
        intent_nouns=lex.words("intent_nouns"),
        topic_markers=lex.words("topic_markers"),
        anonymous_speakers=lex.words("anonymous_speakers"),
        plural_markers=lex.words("plural_markers"),
        object_clitics=tuple(lex.words("object_clitics")),
        infinitive_markers=lex.words("infinitive_markers"),
        sequence_markers=lex.words("sequence_markers"),
        inclusion_markers=lex.words("inclusion_markers"),
        vow_words=lex.words("vow_words"),
        readiness_words=lex.words("readiness_words"),
        separate_markers=lex.words("separate_markers"),
        setting_markers=lex.words("setting_markers"),
        contrast_coordinators=lex.words("contrast_coordinators"),
        amount=_amount_pattern(g.get("amount_scales", ()), g.get("currency_words", ())),
        gapping_adverbs=lex.phrases("gapping_adverbs"),
        nominal_suffixes=tuple(g.get("nominal_suffixes", ())),
        verbal_prefixes=tuple(g.get("verbal_prefixes", ())),
        verbal_suffixes=tuple(g.get("verbal_suffixes", ())),
        verb_forms=frozenset(w.lower() for w in g.get("irregular_verb_forms", ())),
        non_verbs=lex.words("affixed_non_verbs"),
        trigger_words=triggers,
        passive_auxiliaries=passive_aux,
        passive_participles=participles,
        cue_words={**_cue_words(lex.modality), **_cue_words(lex.negation)},
        clause_marks=lex.words("clause_breakers") | lex.words("relativizers"),
        nouns=frozenset(w for r in [*lex.titles, *lex.pronouns] for w in r["text"].lower().split()).union(
            lex.words("anonymous_speakers"), lex.words("anaphoric_heads"), lex.words("intent_nouns"),
            (w.lower() for w in coll.get("heads", ())), (w.lower() for w in coll.get("person_heads", ()))),
    )


@dataclass(frozen=True, slots=True)
class WordClasses:
    """One language's closed word classes (lower case), built by from_lexicon.
    Why over 60 fields in one class: it is the grammar file as a table, read by
    attribute in the hot loops of every rule."""

    prepositions: Words
    agent_markers: Words
    location_markers: Words
    nearby_markers: Words           # "near", "outside", "dekat": places beside the location markers
    addressee_markers: Words
    complementizers: Words
    # "Retno said ASEAN's relief arm had delivered": a name after a verb of
    # saying opens the reported clause, as after "that".
    speech_verbs: Words
    telling_verbs: Words            # "told Ambassador X that": of them, those whose next name is their addressee
    determiners: Words
    speech_topic_markers: Words     # "said of Hamas": what a quote is about
    causative_verbs: Words          # "prompting X to warn": X acts
    free_choice: Words              # "any", "every": the act they lead names no act done
    demonstratives: Words
    breakers: Words
    adverb_breakers: Words      # breakers that are adverbs right after a verb ("menghentikan sementara")
    # "after months of mediation", "setelah dua tahun": a breaker before a span of time is its preposition.
    duration_nouns: Words
    channel_markers: Words      # "through", "melalui": what follows is a channel, not a party
    joiners: Words
    joiner_phrases: tuple[tuple[str, ...], ...]     # "as well as": joins only whole
    phrase_joiner_words: Words      # "as", "well": words that join only inside such a phrase
    head_first: bool
    relativizers: Words
    patron_words: Words     # "M23 yang didukung Rwanda", "backed by Rwanda": the backer modifies the actor before
    preverbal: Words
    neuter_subjects: Words      # "It also summoned the envoy": a state or body named before acts
    goes_on_adverbs: Words      # "also", "then": the subject named before goes on acting
    anaphoric_heads: Words
    country_heads: Words        # "the country", "negara itu": a state
    national_heads: Words       # "the junta", "kementerian itu": a state's body
    group_nouns: Words          # "kelompok itu", "the militia": an armed group, not a state's body
    list_determiners: Words
    possessives: Words
    definite_determiners: Words
    conditionals: Words
    comitatives: Phrases
    counterpart_words: Words        # "his Japanese counterpart, X": X is in apposition to a partner
    venue_markers: Phrases          # "on the sidelines of", "di sela-sela": a venue, never a party
    venue_nouns: Words              # "summit", "KTT": an actor named with one is where it happened
    norm_markers: Phrases           # "a violation of", "in breach of": the rule broken follows
    norm_nouns: Words               # "resolutions", "charter": whose rule is broken is no party
    owner_adjective_endings: tuple[str, ...]    # "-an", "-ese": "the European proposal" names its owner
    # "a truce between Israel and Hamas", "pembicaraan antara X dan Y": both parties act.
    mutual_markers: Words
    # "police arrested 14 protesters": people acted on at home, of the acting state.
    dissent_nouns: Words
    # "police arrested 600 people", "membebaskan 3.000 tahanan": anyone held or freed at home (arrests, releases only).
    held_people_nouns: Words
    former_words: Words             # "mantan", "former": a person no longer holding the office named
    risk_nouns: Words           # "crisis", "krisis": what a warning of a danger speaks of
    # "bombed a market", "mengebom sebuah desa": a place whose people an act of force is on.
    force_place_nouns: Words
    # "larangan berkumpul", "state of emergency": a restriction a state lays on its own people.
    home_measure_words: Words
    # "memerintahkan militer mengerahkan pasukan": verbs of an order, whose giver mobilizes the forces ordered.
    command_verbs: Words
    # "seized their phones", "menyita telepon mereka": a noun owned by a party named before.
    possessive_pronouns: Words
    # "pounded Gaza with airstrikes", "menggempur ... dengan serangan udara": the means of an act.
    instrument_markers: Words
    # "Gunmen stormed a village", "Kelompok bersenjata menyerbu": armed people nobody names.
    unnamed_armed_subjects: Phrases
    unowned_weapons: Phrases        # "A landmine wounded five soldiers": a weapon acting, its doer unnamed
    victim_nouns: Words             # "penembakan nelayan Indonesia": the people after a derived noun of force are hit
    mishap_nouns: Words             # "the collapse, which killed 16": a toll with no doer
    # "... and officers turned water cannon on the crowd": a bare body of the state acting before.
    force_body_nouns: Words
    # "Farmers blocked border crossings", "Para sopir truk memblokade jalan": civilians whose blockade is a protest.
    street_doer_nouns: Words
    # "would not yield to the street", "union bosses": a state's own public named as those it answers.
    public_nouns: Words
    # "Pesawat tempur militer membom sebuah sekolah": the craft of a state's body nobody names.
    force_vehicle_nouns: Words
    # "summoned the British ambassador": a state's envoy, the party acted on inside an act's words.
    envoy_nouns: Words
    handover_verbs: Words           # "extradited X | to Y": the state the people are handed to receives
    carrying_verbs: Words           # "Sanctions on Iran | were imposed | by Britain": the agent carries it out
    cargo_markers: Words            # "ships | loaded with | relief supplies": what a vehicle sent carries
    pledge_nouns: Words             # "a pact | to co-develop": an accord made to do something
    relief_goods: Words             # "loaded with | relief supplies": goods that make a sending aid
    blamed_on: Phrases              # "a strike Kyiv | blamed on | Moscow": a charge after an act names its doer
    answer_markers: Phrases         # "expelled X's envoy | in retaliation for | the arrest of": the act answered
    weapon_modes: dict[str, tuple[int, str, str]]   # "shelled" -> (rank, heavy_weapons, 194): a fight's weapon
    reversing_verbs: dict[str, dict[str, dict]]     # "mencabut" -> {SANCTION: CONCEDE's coding}: an act undone
    passive_be_words: Words         # "were | detained in Malaysia": the auxiliaries that make a participle passive
    proposal_nouns: Words           # "accepted an Egyptian | proposal": the owner of what is answered
    offer_nouns: Words              # "tawaran Seoul untuk | menggelar perundingan": a meeting put forward, not held
    prior_adverbs: Words            # "setelah | sebelumnya | mengunjungi Malaysia": an act done before the plan
    reciprocal_objects: Phrases     # "accused | each other": the subjects act on one another
    means_markers: Words            # "of prolonging the war | by | supplying arms": the means of an act
    # "Austria joined the US and Israel in voting no": both groups vote.
    joining_verbs: Phrases
    joining_links: Words
    collective_numbers: dict[str, int]
    collective_pronouns: dict[str, int]
    collective_heads: Words
    collective_owners: Words    # "their delegations", "delegasi mereka": the parties named before
    light_verbs: Words
    month_words: Words          # "oct", "oct.", "oktober" (dates.json): a date inside a noun phrase
    # "mengumumkan sanksi tersebut": announcing an act named before is not a new act.
    announcing_verbs: Words
    partitives: Phrases
    person_heads: Words
    leader_heads: Words             # "kedua pemimpin", "the two leaders": persons of a leader_roles role
    leader_roles: Words             # grammar generic_roles.leader: "president", "prime minister", ...
    owner_markers: Words
    object_pronouns: Phrases
    # "accused him of", "menuduh dia": an object pronoun only a person is, the person named before.
    person_object_pronouns: Words
    quantity_words: Words       # "more than", "sekitar"
    # "… yang disebarkan Seoul": a passive verb whose agent follows it bare.
    passive_prefixes: tuple[str, ...]
    # "told reporters after a meeting with Rubio": an act in a time adjunct is the subject's.
    time_adjunct_markers: Words
    # "Israel menggempur Rafah, sehari setelah Hamas menembakkan roket": the clause of the second act tells
    # when the first happened; a later "serangan itu" names back the first.
    time_clause_markers: Words
    # "lodged a protest after Chinese vessels rammed …": a clause whose subject's act prompted the act before.
    cause_clause_markers: Words
    reason_markers: Words           # "cancelled the talks | because of | the floods": the act's reason named
    # "urged the government to release them": who is asked to free people is who holds them.
    release_verbs: Words
    # "a truce brokered by Qatar", "yang dimediasi Qatar": the broker is no party of what keeps to the truce.
    broker_verbs: Words
    # "sanctions under the Caesar Act against Syria", "sanksi Caesar Act terhadap Suriah": the party acted against.
    against_markers: Words
    # "signed a joint statement pledging …": a participle on the object of an act.
    participle_suffixes: tuple[str, ...]
    # "pemerintahnya tengah berunding", "his government will": the side of the person named last.
    own_side_words: Phrases
    own_people_words: Phrases       # "warganya", "its citizens": the subject's own people as an object
    finite_markers: Words
    predicative_markers: Words
    first_person: Words
    first_person_owners: Words      # "our", "kami" after a noun: the speaker's side owns it
    absolute_markers: Words         # ", with China abstaining": opens a clause of its own, joins no actors
    verb_coordinators: Words
    # "mengecam keputusan itu dan | meminta DK PBB": a second verb of the subject, with an object of its own.
    own_object_coordinators: Words
    # "travel to Yerevan for talks": the second act is the first one's purpose.
    purpose_markers: Words
    intent_nouns: Words
    # "sanksi … terkait pengiriman drone ke Rusia": an act named as a topic.
    topic_markers: Words
    # ", diplomats said", "kata para pejabat": a speaker nobody can name.
    anonymous_speakers: Words
    plural_markers: Words
    # "menolaknya": a verb carrying its object as a clitic.
    object_clitics: tuple[str, ...]
    # "arrived in Cairo to sign …", "tiba … untuk menghadiri": an aim, not yet done.
    infinitive_markers: Words
    # "… will meet Biden, before attending the APEC summit": a step of the same plan.
    sequence_markers: Words
    # "agreed to expand ties, including sharing data": the acts listed are part of the one before.
    inclusion_markers: Words
    # "vowed to keep attacking", "berjanji akan terus menyerang": force vowed makes the vow a threat.
    vow_words: Words
    # "ready to impose sanctions", "siap mengusir": a coercive act held ready is a threat beside the plan.
    readiness_words: Words
    # "bertemu secara terpisah dengan A dan B", "met separately with A and B": a meeting with each.
    separate_markers: Words
    setting_markers: Words
    # "said … but added that …": a second verb of the same subject.
    contrast_coordinators: Words
    amount: Amount
    gapping_adverbs: Phrases
    nominal_suffixes: tuple[str, ...]
    verbal_prefixes: tuple[str, ...]
    verbal_suffixes: tuple[str, ...]
    # Verb forms the affixes miss ("sent", "gave", "held"): "…, and Jordan sent two planes".
    verb_forms: Words
    # Words with the verb affixes that are no verbs ("berita", "menurut", "meriam").
    non_verbs: Words
    # From the trigger rows: one-word triggers, and what makes a passive ("was visited").
    trigger_words: Words
    passive_auxiliaries: Words
    passive_participles: Words
    # One-word negation and modality cues ("not", "tidak", "will") -> their modality.
    cue_words: dict[str, str]
    # Breakers and relativizers: the words the clause layer indexes.
    clause_marks: Words
    # Titles, pronouns, head nouns ("menteri", "dirinya", "diplomat"): nouns, whatever their affixes.
    nouns: Words

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> WordClasses:
        """The table of `lex`'s grammar file (and of its reporting verbs and triggers)."""
        return cls(**table_of(lex))

    # -- one word alone ------------------------------------------------------
    def verb_like(self, word: str) -> bool:
        """Shaped like a verb by the language's affixes (me-/di-, -ed), or one of its irregular verb forms."""
        return bool(self.verbal_prefixes and word.startswith(self.verbal_prefixes)
                    or self.verbal_suffixes and word.endswith(self.verbal_suffixes)) and word not in self.non_verbs \
            or word in self.verb_forms

    def nominal(self, word: str) -> bool:
        """A derived noun ("pengerahan", "kunjungan", "dukungan"), in languages
        whose grammar file gives the affixes; its genitive actor is its agent."""
        w = word.lower()
        return bool(self.nominal_suffixes) and w.endswith(self.nominal_suffixes) \
            and not w.startswith(self.verbal_prefixes) and len(w) > 5

    def participle(self, word: str) -> bool:
        """An -ing participle ("vowing", "blaming"), in languages whose grammar file gives its suffixes; no short
        word ("sing", "king")."""
        return len(word) > 4 and word.endswith(self.participle_suffixes)

    def clitic_object(self, word: str) -> bool:
        """"menolaknya", "mendukungnya": the verb's object is a clitic pronoun."""
        return bool(self.object_clitics) and len(word) > 6 and word.endswith(self.object_clitics)

    def anonymous(self, words: list[str]) -> bool:
        """"diplomats", "para pejabat": a plural speaker nobody can name, in
        lower case, led by nothing but plural markers."""
        return bool(words) and all(w.islower() for w in words) and words[-1] in self.anonymous_speakers \
            and all(w in self.plural_markers for w in words[:-1])

    def clause_like(self, words: list[str]) -> bool:
        """Reported content is a clause (it has a verb before any relative
        clause), not a noun phrase ("menyampaikan terima kasih kepada …",
        "menyebut laporan itu sebagai …")."""
        if any(w in self.predicative_markers for w in words[:4]):
            return False
        for w in words:
            if w in self.relativizers:
                return False
            if w in self.finite_markers or self.verb_like(w):
                return True
        return False

    def modifier_word(self, low: str, text: str, alpha: bool) -> bool:
        """A lower-case common word that may modify a noun ("gang leader X"):
        not a verb, nor a word of a closed class that links or breaks."""
        return alpha and text[:1].islower() and not self.verb_like(low) and not (
            low in self.prepositions or low in self.joiners or low in self.breakers
            or low in self.complementizers or low in self.finite_markers or low in self.relativizers)
