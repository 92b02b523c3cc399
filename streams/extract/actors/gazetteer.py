"""The language's actor tables: countries (names, adjectives, capitals, cities,
contextual names), organisations, regions, institutions and titles as phrase
matchers, the known people, and the word lists the actor passes read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial, reduce
from itertools import compress, repeat
from operator import and_, attrgetter, or_
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..quotes.described import Describer
from ..syntax import token_table
from ..tokens import WordColumn, hyphen_joins
from .formcache import form_tokens


_START = attrgetter("start")    # a sort key in C
PORTFOLIO_ANSWERS_KEPT = 8192  # words Gazetteer.portfolio keeps its answer for
MAX_DESCRIPTORS = 6     # "62 - year - old": words between a title and its definite word


@dataclass(slots=True)
class Item:
    """A gazetteer hit before it becomes a mention."""
    kind: str               # COUNTRY | ORG | REGION | INST | TITLE
    start: int
    end: int
    payload: dict[str, Any]


def _place_alone(doc: Doc, tt, start: int, end: int, hits: list[tuple[int, int, int]], gaz: Gazetteer) -> bool:
    """A generated place has no capitalised word right after or before it that makes it part of a longer
    name ("Perkins Rocha", "Scarborough Shoal"), unless that word names its kind ("Rakhine State",
    "Provinsi Aceh"), is another hit ("Texas Governor") or opens the sentence; or the place is the
    jurisdiction of the title right before it ("Gubernur Borno Babagana Zulum")."""
    text, low, units = tt.text, tt.lower, gaz.admin_unit_words
    if end < len(text) and text[end][:1].isupper() and low[end] not in units and \
            not any(h[1] == end for h in hits) and not _jurisdiction_of_title(gaz, start, hits):
        return False
    k = start - 1
    return k < 0 or not text[k][:1].isupper() or low[k] in units or k == 0 or bool(doc[k].is_sent_start) \
        or any(h[2] == start for h in hits)


def _jurisdiction_of_title(gaz: Gazetteer, start: int, hits: list[tuple[int, int, int]]) -> bool:
    """A title of a grammar jurisdiction_roles role (governor, mayor) ends right before token `start`."""
    return any(h[2] == start and gaz.payloads[h[0]][0] == "TITLE"
               and gaz.payloads[h[0]][1].get("role") in gaz.jurisdiction_roles for h in hits)


# The matchers (Gazetteer.items) a form of which may begin with a word: bits of its word row's column.
FIRST_ORTH, FIRST_LOWER, FIRST_GENERATED = 1, 2, 4


class PlaceIndex:
    """A PhraseMatcher's stand-in for the generated places: forms by their first word, matched by
    comparing the following words of the token table (no Token object per token); adding a form makes
    no lexemes (a PhraseMatcher's add did, ~0.1 s a language for the places' ~3,000 forms) and a
    paragraph naming none of their first words is not read."""

    def __init__(self, vocab) -> None:
        self.strings = vocab.strings
        self.index: dict[str, list[tuple[list[str], int]]] = {}

    def add(self, label: str, patterns: list[list[int]]) -> None:
        """As PhraseMatcher.add: each pattern its tokens' ORTH hashes, kept here as their texts."""
        key = self.strings.add(label)
        for pattern in patterns:
            if pattern:
                words = [self.strings[h] for h in pattern]
                self.index.setdefault(words[0], []).append((words, key))

    def __call__(self, doc: Doc, begins: Iterable[int] | None = None) -> list[tuple[int, int, int]]:
        """begins: the tokens some form may begin at, where the caller knows them."""
        words, index, out = token_table(doc).text, self.index, []
        # Only the tokens some form begins with are visited (found in C): a few a paragraph.
        for i in compress(range(len(words)), map(index.__contains__, words)) if begins is None else begins:
            for pattern, key in index[words[i]]:
                if words[i:i + len(pattern)] == pattern:
                    out.append((key, i, i + len(pattern)))
        return out


def _first_bits(gaz: Gazetteer, word: str, low: str) -> int:
    """FIRST_ORTH, FIRST_LOWER, FIRST_GENERATED: the matchers a form of which may begin with the word."""
    firsts = gaz._firsts
    bits = FIRST_ORTH if word in firsts[id(gaz.orth)] else 0
    if low in firsts[id(gaz.lower)]:
        bits |= FIRST_LOWER
    return bits | FIRST_GENERATED if word in firsts[id(gaz.generated)] else bits


def _begun_hits(gaz: Gazetteer, doc: Doc, tt) -> list[tuple[int, int, int]]:
    """The matchers' hits (key, start, end), each matcher run only where a token's word may begin one of
    its forms: the words' FIRST_* bits (_first_bits), judged once per word, in its word row."""
    column, key, judge = gaz._begins
    begins = column.values(tt, doc.vocab, key, judge)
    hits: list[tuple[int, int, int]] = []
    if begins is None:      # (no column to be had: each matcher's first words against the paragraph's)
        for matcher, words in ((gaz.orth, tt.text), (gaz.lower, tt.word_set), (gaz.generated, tt.text)):
            if not gaz._firsts[id(matcher)].isdisjoint(words):
                hits += matcher(doc)
        return hits
    found = reduce(or_, filter(None, begins), 0)    # (most words begin no form)
    if found & FIRST_ORTH:
        hits += gaz.orth(doc)
    if found & FIRST_LOWER:
        hits += gaz.lower(doc)
    if found & FIRST_GENERATED:
        hits += gaz.generated(doc, compress(range(len(begins)), map(and_, begins, repeat(FIRST_GENERATED))))
    return hits


def _unprefixed(gaz: Gazetteer, tt, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The hits but a state's name or adjective joined by a hyphen to a prefix of no state (grammar
    compound_name_prefixes: "Pan-American Highway", "Inter-American Development Bank")."""
    low, prefixes = tt.lower, gaz.compound_prefixes
    return [h for h in hits if not (h[1] > 1 and low[h[1] - 2] in prefixes and hyphen_joins(tt, h[1] - 1)
                                    and gaz.payloads[h[0]][0] == "COUNTRY")]


def _add_generated(gaz: Gazetteer, lex: Lexicon) -> None:
    """Generated provinces and towns (lang/xx/places.jsonl), after the hand-written cities: a place only
    where it stands alone (_place_alone)."""
    names = gaz.country_names
    gaz.admin_unit_words = lex.words("admin_unit_words")     # "Rakhine | State", "Provinsi | Aceh"
    gaz.jurisdiction_roles = lex.words("jurisdiction_roles")     # "Gubernur | Borno | Babagana Zulum"
    for row in lex.places:
        gaz._add(gaz.generated, "COUNTRY", f"{row['country']}|{row['name']}|place", row["forms"],
                 {"code": row["country"], "name": names.get(row["country"], row["country"]), "city": True,
                  "generated": True})


class Gazetteer:
    """Phrase matchers over the lexicon's actor forms, and its word tables."""

    def __init__(self, nlp, lex: Lexicon) -> None:
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower, self.generated = PhraseMatcher(nlp.vocab, attr="LOWER"), PlaceIndex(nlp.vocab)
        self.payloads: dict[int, tuple[str, dict[str, Any]]] = {}
        self._pending: list[tuple[Any, str, list[str], str, dict[str, Any]]] = []     # PhraseMatcher or PlaceIndex
        self.country_names = {row["code"]: (row.get("names") or [row["code"]])[0] for row in lex.countries}
        self._add_places(lex)
        self._add_titles(lex)
        self._compile(nlp)
        self._index_roles(lex)
        self._index_people(nlp, lex)
        self._read_words(lex)
        self.place_posting = lex.words("place_posting_markers")     # "Konsul RI di Tawau Aris Heru Utomo"
        self.party_words = lex.words("party_words")                 # "Sekjen Partai Gerindra Ahmad Muzani"
        self.party_names = lex.phrases("party_names")               # "Ketua Umum PDI Perjuangan Megawati ..."
        self.patron_words = lex.words("patron_words")     # "the Iran-backed group": the backer is no actor
        self.relativizers, self.clause_openers, self.describing_prefixes = _clause_words(lex)    # (_clause_words)
        self.verbal_prefixes = tuple(lex.words("verbal_prefixes"))     # "menuduh junta": a verb's object
        self.contextual = frozenset(mid for mid, (_, payload) in self.payloads.items() if "when" in payload)
        # "the Iranian diplomat": a definite description of a person named before (as a speaker's is read).
        self.describer = Describer(lex)

    def _add(self, matcher: PhraseMatcher, kind: str, key: str, forms: list[str],
             payload: dict[str, Any]) -> None:
        forms = [f for f in dict.fromkeys(forms) if f and f.strip()]
        if forms:
            self._pending.append((matcher, f"{kind}|{key}", forms, kind, payload))

    def _compile(self, nlp) -> None:
        """The forms added, in order, into their matchers: each form as the
        tokens the tokenizer cuts it into (formcache: read from disk when an
        earlier process cut the same forms)."""
        attr = {id(self.orth): "orth_", id(self.lower): "lower_", id(self.generated): "orth_"}
        wanted = list(dict.fromkeys((attr[id(m)], f) for m, _, forms, _, _ in self._pending for f in forms))
        tokens = form_tokens(nlp, wanted)
        strings = nlp.vocab.strings
        # The words a form can begin with, by matcher: a paragraph with none of
        # them is not matched (a set test in C against a PhraseMatcher call).
        self._firsts = {id(self.orth): set(), id(self.lower): set(), id(self.generated): set()}
        for matcher, label, forms, kind, payload in self._pending:
            words = [tokens[attr[id(matcher)], f] for f in forms]
            # The hashes the matcher reads off a form's Doc: its tokens' ORTH or LOWER.
            matcher.add(label, [[strings.add(w) for w in form] for form in words])
            self._firsts[id(matcher)].update(form[0] for form in words if form)
            self.payloads[strings[label]] = (kind, payload)
        self._pending = []
        # The column of _first_bits in the word rows (_begun_hits): the column, its key, its judge.
        self._begins = (WordColumn(), ("gazetteer_firsts", *map(frozenset, self._firsts.values())),
                        partial(_first_bits, self))

    def _add_places(self, lex: Lexicon) -> None:
        add, names = self._add, self.country_names
        # A dateline names its place in capitals ("NEW DELHI", "MOSKWA"): every place by its folded name.
        self.places: dict[str, str] = {}
        for row in lex.countries:
            for form in row.get("names", []):
                self.places.setdefault(form.casefold(), row["code"])
        for row in lex.capitals:
            self.places.setdefault(row["text"].casefold(), row["code"])
        for row in lex.cities + lex.places:        # hand-written rows first: they win
            for form in row["forms"]:
                self.places.setdefault(form.casefold(), row["country"])
        for row in lex.countries:
            forms = row.get("names", []) + row.get("adjectives", []) + row.get("abbreviations", [])
            name = (row.get("names") or [row["code"]])[0]
            add(self.orth, "COUNTRY", row["code"], forms, {"code": row["code"], "name": name})
        for row in lex.capitals:
            code = row["code"]
            add(self.orth, "COUNTRY", f"{code}|{row['text']}", [row["text"]],
                {"code": code, "name": names.get(code, code), "city": True})
        # Names that stand for a country only beside its neighbour ("the North"
        # in a story about the two Koreas).
        for row in lex.contextual_names:
            add(self.orth, "COUNTRY", f"{row['code']}|{row['text']}", [row["text"]],
                {"code": row["code"], "name": names.get(row["code"], row["code"]), "when": tuple(row["when"])})
        # Other cities stand for their country too ("arrived in Hiroshima").
        for row in lex.cities:
            add(self.orth, "COUNTRY", f"{row['country']}|{row['name']}", row["forms"],
                {"code": row["country"], "name": names.get(row["country"], row["country"]), "city": True})
        _add_generated(self, lex)
        # Armed groups by code: "Houthi militants" is a body of the Houthis, named back as "the group".
        self.armed_groups = {row["code"]: {"name": row["name"], "type": "GROUP", "code": row["code"]}
                             for row in lex.organizations if row.get("type") == "GROUP"}
        for row in lex.organizations:
            payload = {"code": row["code"], "name": row["name"], "type": row.get("type", "ORG")}
            if "governs" in row:
                payload["governs"] = row["governs"]     # "pemerintah Taliban": AFG's body as well as the group's
            add(self.orth, "ORG", row["code"], [row["name"], *row.get("aliases", [])], payload)
            # "the West", but not "the West Bank": only before no capitalised word.
            add(self.orth, "ORG", f"{row['code']}|bare", row.get("bare_aliases", []), dict(payload, bare=True))
            # "the European proposal": an adjective that names the body only as the owner of a proposal.
            add(self.orth, "ORG", f"{row['code']}|owner", row.get("owner_adjectives", []), dict(payload, owner=True))
        for row in lex.regions:
            add(self.orth, "REGION", row["code"], row["forms"],
                {"code": row["code"], "name": row["name"], "members": tuple(row["members"])})
        for row in lex.institutions:
            add(self.lower, "INST", row["text"], [row["text"]], row)
        # A country's people ("protesters", "warga"): a national body beside its country or place.
        for row in lex.groups:
            add(self.lower, "INST", f"group|{row['text']}", [row["text"]], dict(row, group=True))

    def _add_titles(self, lex: Lexicon) -> None:
        # "timpalannya dari Mesir Badr Abdelatty": a counterpart's state after these words.
        self.affiliation_markers = lex.words("quote_affiliation_markers")
        for row in lex.titles:
            self._add(self.lower, "TITLE", row["text"], [row["text"]], row)
        # "Wakil Menteri Pertahanan", "Acting Prime Minister": a rank before any
        # title makes a title of its own, so "Wakil Menteri" does not take
        # "Pertahanan" for a name.
        listed = {row["text"].lower() for row in lex.titles}
        ranks = lex.grammar.get("title_ranks", {})
        rank_words = {r.lower() for r in ranks}
        for rank, rank_role in ranks.items():
            for row in lex.titles:
                text = f"{rank} {row['text']}"
                if row.get("modifier") or text.lower() in listed or row["text"].split()[0].lower() in rank_words:
                    continue
                listed.add(text.lower())
                self._add(self.lower, "TITLE", text, [text],
                          dict(row, text=text, role=f"{rank_role} {row['role']}"))

    def _index_roles(self, lex: Lexicon) -> None:
        # The role keys the titles give ("foreign minister"), not a modifier's ("former").
        self.role_keys = frozenset(r["role"] for r in lex.titles if not r.get("modifier"))

    def _index_people(self, nlp, lex: Lexicon) -> None:
        # Known people by every spelling: a name the text gives without a
        # title ("Lula", "Recep Tayyip Erdogan") still gets its country.
        # `country` may be an organisation code (UN, EU), as the schema allows.
        self.people: dict[str, dict[str, Any]] = {}
        for row in lex.persons:
            for form in (row["name"], *row.get("aliases", ())):
                self.people.setdefault(form.casefold(), row)
        # The words that open a known name of several ("israel" of "Israel Katz"): a place so named may be its start.
        self.name_openings = frozenset(" ".join(words[:k]) for form in self.people
                                       if len(words := form.split()) > 1 for k in range(1, len(words)))
        # A surname alone ("Lavrov said") when only one known person bears it
        # and it is long enough not to be a common word or a shared family name.
        # A spelling's surname too ("Zelenskiy" of "Volodymyr Zelenskiy"), each person once under it.
        surnames: dict[str, list[dict]] = {}
        self.surname_spellings: dict[str, str] = {}
        for row in lex.persons:
            for form in (row["name"], *row.get("aliases", ())):
                last = form.split()[-1]
                if len(last) >= 5 and last[:1].isupper() and last.isalpha():
                    rows = surnames.setdefault(last.casefold(), [])
                    if not any(r is row for r in rows):
                        rows.append(row)
                        # the full spelling that ends so: the text spells the name that way
                        self.surname_spellings.setdefault(last.casefold(), form)
        common = {*lex.name_blockers, *nlp.Defaults.stop_words,
                  *lex.dates.get("weekdays", {}), *lex.dates.get("months", {})}
        self.surnames = {key: rows[0] for key, rows in surnames.items()
                         if len(rows) == 1 and key not in common and key not in self.people}

    def _read_words(self, lex: Lexicon) -> None:
        grammar = lex.grammar
        self.currencies, self.compound_prefixes = lex.words("currency_words"), lex.words("compound_name_prefixes")
        self.demonstratives, self.definite = lex.words("demonstratives"), lex.words("definite_determiners")
        self.determiners = frozenset(w.lower() for w in lex.words("determiners"))     # "the", "para"
        self.feature_heads = lex.words("feature_heads")     # "South China Sea", "Laut China Selatan"
        self.accord_heads = lex.words("accord_heads")     # "Paris Agreement", "Perjanjian Paris"
        self.thing_heads, self.thing_heads_after = lex.words("thing_heads"), lex.words("thing_heads_after")  # no person
        self.actor_joiners = lex.words("actor_joiners")     # "dan", "and": "Kesepakatan Moskow dan Kyiv"
        self.modifier_follows_head = bool(grammar.get("modifier_follows_head"))
        self.possessives = lex.words("possessive_markers")
        self.owner_markers = lex.words("owner_markers")     # "the government of Haiti"
        self.owners = self.possessives | lex.words("owner_pronouns")     # "Kenya's police", "its army"
        self.neuter_owners = lex.words("neuter_owner_pronouns")     # "its coast guard": a state's or body's owner
        self.media_heads = lex.words("media_heads")     # "televisi pemerintah": the medium speaks, not the body
        self.country_heads = lex.words("country_heads")     # "the country's foreign ministry": the state named last
        # "a senior Iranian official": ranks before a state's adjective, and the official nouns after it
        self.rank_descriptors = lex.words("rank_descriptors")
        self.official_nouns = lex.words("official_nouns")
        self.press_state = next(iter(lex.grammar["press_states"]), None)     # a bare title's ("kata Menlu"), if one
        # "Jakarta, CNN Indonesia --": a desk, no story's place; "DUBAI (Reuters) -" over Iran's story: a hub's
        self.press_desks, self.hub_desks = lex.words("press_desks"), lex.words("hub_desks")
        # "the foreign minister said" with no holder known: the office of the story's state (roles of a cabinet).
        self.proposal_nouns = lex.words("proposal_nouns")     # "the European | proposal"
        self.state_office_roles = frozenset(r.lower() for r in grammar.get("state_office_roles", ()))
        self.posting = lex.words("posting_markers")     # "Ambassador to Japan", "Duta Besar RI untuk Jepang"
        self.report_verbs, self.speaker_after_verbs = _one_word_reporting_verbs(lex)
        self.complementizers, self.verb_coordinators = lex.words("complementizers"), lex.words("verb_coordinators")
        self.institution_heads = frozenset(grammar.get("institution_heads", ()))
        self.institution_head_words = frozenset(w.lower() for w in self.institution_heads)   # (for the word gate)
        self.government_heads = lex.words("government_heads")
        self.stance_prefixes = lex.words("stance_prefixes")     # "pro-Palestinian": a cause, no actor
        # "the Chinese embassy in Manila", "KBRI Kuala Lumpur": the city a national body sits in is its seat, no actor.
        self.seat_markers, self.seated_abbreviations = lex.words("seat_markers"), lex.words("seated_abbreviations")
        self.seated_heads = self.government_heads | lex.words("national_heads")
        self.prepositions = lex.words("prepositions")     # "outside the U.S. embassy in Manila": a venue
        self.generic_roles = {k: frozenset(v) for k, v in grammar.get("generic_roles", {}).items()}
        # "the bloc", "aliansi itu": whichever international body was named last.
        self.body_nouns = lex.words("body_nouns")
        # "the group", "kelompok itu": whichever armed group or movement was named last.
        self.group_nouns = lex.words("group_nouns")
        self.region_anaphors = lex.phrases("region_anaphors")
        self.region_anaphor_starts = frozenset(p[0] for p in self.region_anaphors)
        # "kedua negara", "the two countries": the last two states named.
        self.pair_anaphors = lex.phrases("pair_anaphors")
        # "keduanya", "the two": the same, but only opening a paragraph that has
        # named nobody yet (otherwise the two actors just named are meant).
        self.pair_pronouns = lex.phrases("pair_pronouns")
        self.pair_nouns = frozenset(w.lower() for w in grammar.get("collective", {}).get("heads", ()))
        self.pair_phrases = self.pair_anaphors + self.pair_pronouns
        self.counterpart_backrefs = lex.words("counterpart_backrefs")    # "mitranya"
        self.pair_anaphor_starts = frozenset(p[0] for p in self.pair_phrases)
        self.location_markers = lex.words("location_markers")
        # "Menteri Ketenagakerjaan": a portfolio made by these affixes belongs to the title.
        self.portfolio_affixes = tuple((r["prefix"], r["suffix"])
                                       for r in lex.portfolio_affixes)
        # "Menteri Agama", "Direktur Jenderal Protokol dan Konsuler": portfolio words the affixes do not make.
        self.portfolio_words = frozenset(w.lower() for w in lex.words("portfolio_words"))
        # "the veteran minister", "menteri senior itu": words between a title and its definite word.
        self.descriptors = lex.descriptors

    def role_key(self, role: str | None) -> str | None:
        """The role key of a known person's office as the people list writes it ("Foreign Minister"), when it
        is one the titles give ("Aide to the President" is no president, "former President" none)."""
        low = role.lower() if role else None
        return low if low in self.role_keys else None

    def portfolio(self, word: str) -> bool:
        """A capitalised abstract noun that names a title's portfolio ("Ketenagakerjaan", "Perhubungan")."""
        return _portfolio(self, word)

    def describes(self, word: str) -> bool:
        """A word that may stand between a title and its definite word or demonstrative (a number too)."""
        return word in self.descriptors or word == "-" or word.isdigit()

    def definite_before(self, low: list[str], start: int) -> bool:
        """A definite word before token `start`, past describing words ("the 62-year-old minister")."""
        k = start - 1
        while k >= 0 and start - k <= MAX_DESCRIPTORS and self.describes(low[k]):
            k -= 1
        return k >= 0 and low[k] in self.definite

    def demonstrative_after(self, low: list[str], end: int) -> int:
        """The end of a demonstrative after token `end`, past describing words
        ("diplomat senior tersebut", "menteri berusia 62 tahun itu"); 0 if none."""
        k = end
        while k < len(low) and k - end < MAX_DESCRIPTORS and self.describes(low[k]):
            k += 1
        return k + 1 if k < len(low) and low[k] in self.demonstratives else 0

    def items(self, doc: Doc) -> list[Item]:
        """The gazetteer hits of `doc` in text order: the longest match wins,
        among equals one that is no contextual name, then the earlier one."""
        tt = token_table(doc)
        hits = _unprefixed(self, tt, _begun_hits(self, doc, tt))      # (key, start, end) as the matchers give them
        # Among equals a name of its own before a contextual one ("the | South Sudanese", not "the South").
        contextual = self.contextual
        if len(hits) > 1:
            hits.sort(key=lambda h: (h[1] - h[2], h[0] in contextual, h[1]))
        taken = bytearray(len(doc))
        out: list[Item] = []
        for mid, s, e in hits:
            if taken.find(1, s, e) >= 0:     # overlaps a longer or earlier hit
                continue
            kind, payload = self.payloads[mid]
            if kind == "TITLE" and not self._title_ok(doc, s, e, payload):
                continue
            if kind == "ORG" and not self._org_fits(tt, e, payload) or \
                    payload.get("generated") and not _place_alone(doc, tt, s, e, hits, self):
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.append(Item(kind, s, e, payload))
        out.sort(key=_START)
        return out

    def _org_fits(self, tt, end: int, payload: dict[str, Any]) -> bool:
        """A bare alias before no capitalised word ("the West", not "the West Bank"); an owner adjective
        right before a proposal noun ("the European proposal")."""
        if payload.get("bare"):
            return end >= len(tt.text) or not tt.text[end][:1].isupper()
        if payload.get("owner"):
            return end < len(tt.lower) and tt.lower[end] in self.proposal_nouns
        return True

    def _title_ok(self, doc: Doc, start: int, end: int, payload: dict[str, Any]) -> bool:
        # A capitalised title row must match capitalised text: "Raja" the
        # title, not "raja" the noun in running text, unless a definite word
        # makes it a back-reference to a known holder ("the president",
        # "presiden itu").
        tt = token_table(doc)
        if not payload["text"][:1].isupper() or tt.text[start][:1].isupper():
            return True
        # "the Russian president": a definite word before the country adjective.
        return self.definite_before(tt.lower, start) or \
            (start > 1 and tt.lower[start - 2] in self.definite and tt.text[start - 1][:1].isupper()) or \
            bool(self.demonstrative_after(tt.lower, end))

    def in_currency(self, low: list[str], s: int, e: int) -> bool:
        """Tokens s..e name a currency's country ("dolar AS", "U.S. dollars")."""
        if self.modifier_follows_head:
            return s > 0 and low[s - 1] in self.currencies
        return e < len(low) and low[e] in self.currencies


@lru_cache(maxsize=PORTFOLIO_ANSWERS_KEPT)
def _portfolio(gaz: Gazetteer, word: str) -> bool:
    """Gazetteer.portfolio, kept per word: the affix test reads every (prefix, suffix) pair,
    ~11,000 instructions a capitalised word, and the words after titles are names met again."""
    low = word.lower()
    if word[:1].isupper() and low in gaz.portfolio_words:
        return True
    return word[:1].isupper() and any(len(low) >= len(p) + len(s) + 3 and low.startswith(p) and low.endswith(s)
                                      for p, s in gaz.portfolio_affixes)


def _clause_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The relativizers ("kelompok yang didukung Iran itu"); the conjunctions that open a clause, its subject right
    after them ("setelah junta menolak", "sementara", "jika"); the prefixes of a verb form that may describe a noun
    ("blok beranggotakan 15 negara itu", "kelompok bersenjata itu")."""
    relativizers = lex.words("relativizers")
    openers = (lex.words("clause_breakers") | lex.words("conditionals")) - relativizers
    return relativizers, openers, tuple(lex.grammar["describing_prefixes"])


def _one_word_reporting_verbs(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """One-word reporting verbs whose speaker stands before them ("X mengatakan (bahwa) …"), and those
    whose speaker may follow them ("kata X", "said X")."""
    def side(sides: tuple[str, str]) -> frozenset[str]:
        return frozenset(r["text"].lower() for r in lex.reporting_verbs
                         if r.get("speaker") in sides and " " not in r["text"])
    return side(("before", "either")), side(("after", "either"))
