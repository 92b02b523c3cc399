"""Actors: countries, organisations, national bodies and persons.

Gazetteer forms are matched with PhraseMatchers; persons come from title
patterns ("Menteri Luar Negeri AS Antony Blinken", "Japanese Prime Minister
Fumio Kishida"), from names already known in the document, and from runs of
two or more capitalised words.  Later surname mentions link to the full name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from itertools import compress
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .context import DocumentContext, holds_role
from .lexicon import Lexicon
from .mentions import Mention, from_known
from .syntax import char_span, joining_hyphen, lowers, phrase_length, span_text, token_table

MAX_NAME_TOKENS = 4
# Tokens a title back-reference looks back for its holder in the paragraph
# (the longest paragraph of our gold has 81); earlier ones come from the context.
BACKREF_LOOKBACK = 250


@dataclass(slots=True)
class Item:
    """A gazetteer hit before it becomes a mention."""
    kind: str               # COUNTRY | ORG | INST | TITLE
    start: int
    end: int
    payload: dict[str, Any]


SENTENCE_ENDS = frozenset(".!?;")


def _state(actor: Mention | dict) -> str | None:
    """The state an actor stands for (a country, a person's or a national
    body's country), not an international organisation."""
    get = actor.get if isinstance(actor, dict) else lambda k: getattr(actor, k)
    return get("country") if get("type") == "COUNTRY" or not get("code") else None


def _last_two(codes: list[str]) -> list[str]:
    """The last two distinct codes, in the order they were last named."""
    latest: dict[str, None] = {}
    for code in codes:
        latest.pop(code, None)
        latest[code] = None
    return list(latest)[-2:] if len(latest) >= 2 else []


def _container(spans: list[tuple[int, int]]):
    """inside(s, e): tokens s..e lie within one of `spans`."""
    spans = sorted(spans)
    firsts, reach, far = [a for a, _ in spans], [], -1
    for _, b in spans:
        far = max(far, b)
        reach.append(far)       # the furthest end of a span starting at or before this one

    def inside(s: int, e: int) -> bool:
        k = bisect_right(firsts, s) - 1
        return k >= 0 and reach[k] >= e
    return inside


def _phrases_at(low: list[str], covered: bytearray, starts: frozenset[str],
                phrases: tuple[tuple[str, ...], ...]):
    """(index, length) of each phrase that starts on a token not yet covered.
    Most tokens start no phrase: the first words are looked up before slicing,
    and most paragraphs hold none of them at all (a set test in C)."""
    if starts.isdisjoint(low):
        return
    for i in [i for i, w in enumerate(low) if w in starts]:
        size = 0 if covered[i] else phrase_length(low, i, phrases)
        if size:
            yield i, size


class ActorFinder:
    def __init__(self, nlp, lex: Lexicon) -> None:
        self.lex = lex
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.payloads: dict[int, tuple[str, dict[str, Any]]] = {}
        make = nlp.make_doc

        def add(matcher: PhraseMatcher, kind: str, key: str, forms: list[str],
                payload: dict[str, Any]) -> None:
            label = f"{kind}|{key}"
            forms = [f for f in dict.fromkeys(forms) if f and f.strip()]
            if not forms:
                return
            matcher.add(label, [make(f) for f in forms])
            self.payloads[nlp.vocab.strings[label]] = (kind, payload)

        for row in lex.countries:
            forms = row.get("names", []) + row.get("adjectives", []) + row.get("abbreviations", [])
            name = (row.get("names") or [row["code"]])[0]
            add(self.orth, "COUNTRY", row["code"], forms, {"code": row["code"], "name": name})
        names = {row["code"]: (row.get("names") or [row["code"]])[0] for row in lex.countries}
        self.country_names = names
        for row in lex.capitals:
            code = row["code"]
            add(self.orth, "COUNTRY", f"{code}|{row['text']}", [row["text"]],
                {"code": code, "name": names.get(code, code)})
        # Names that stand for a country only beside its neighbour ("the North"
        # in a story about the two Koreas).
        for row in lex.contextual_names:
            add(self.orth, "COUNTRY", f"{row['code']}|{row['text']}", [row["text"]],
                {"code": row["code"], "name": names.get(row["code"], row["code"]), "when": tuple(row["when"])})
        # Other cities stand for their country too ("arrived in Hiroshima").
        for row in lex.cities:
            add(self.orth, "COUNTRY", f"{row['country']}|{row['name']}", row["forms"],
                {"code": row["country"], "name": names.get(row["country"], row["country"])})
        for row in lex.organizations:
            add(self.orth, "ORG", row["code"], [row["name"], *row.get("aliases", [])],
                {"code": row["code"], "name": row["name"], "type": row.get("type", "ORG")})
        for row in lex.regions:
            add(self.orth, "REGION", row["code"], row["forms"],
                {"code": row["code"], "name": row["name"], "members": tuple(row["members"])})
        for row in lex.institutions:
            add(self.lower, "INST", row["text"], [row["text"]], row)
        for row in lex.titles:
            add(self.lower, "TITLE", row["text"], [row["text"]], row)
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
                add(self.lower, "TITLE", text, [text],
                    dict(row, text=text, role=f"{rank_role} {row['role']}"))

        # Known people by every spelling: a name the text gives without a
        # title ("Lula", "Recep Tayyip Erdogan") still gets its country.
        # `country` may be an organisation code (UN, EU), as the schema allows.
        self.people: dict[str, dict[str, Any]] = {}
        for row in lex.persons:
            for form in (row["name"], *row.get("aliases", ())):
                self.people.setdefault(form.casefold(), row)
        # A surname alone ("Lavrov said") when only one known person bears it
        # and it is long enough not to be a common word or a shared family name.
        surnames: dict[str, list[dict]] = {}
        for row in lex.persons:
            last = row["name"].split()[-1]
            if len(last) >= 5 and last[:1].isupper() and last.isalpha():
                surnames.setdefault(last.casefold(), []).append(row)
        common = {*lex.name_blockers, *nlp.Defaults.stop_words,
                  *lex.dates.get("weekdays", {}), *lex.dates.get("months", {})}
        self.surnames = {key: rows[0] for key, rows in surnames.items()
                         if len(rows) == 1 and key not in common and key not in self.people}
        self.blockers = lex.name_blockers
        self.currencies = lex.words("currency_words")
        self._nameish_seen: dict[str, bool] = {}
        self.demonstratives = lex.words("demonstratives")
        self.determiners = lex.words("determiners")
        self.modifier_follows_head = bool(lex.grammar.get("modifier_follows_head"))
        self.particles = lex.words("name_particles")
        self.possessives = lex.words("possessive_markers")
        self.institution_heads = frozenset(lex.grammar.get("institution_heads", ()))
        self.suffixes = frozenset(lex.grammar.get("name_suffixes", ()))
        self.place_heads = lex.words("place_heads")
        self.government_heads = lex.words("government_heads")
        # "the bloc", "aliansi itu": whichever international body was named last.
        self.body_nouns = lex.words("body_nouns")
        self.region_anaphors = lex.phrases("region_anaphors")
        self.region_anaphor_starts = frozenset(p[0] for p in self.region_anaphors)
        self.definite = lex.words("definite_determiners")
        self.generic_roles = {k: frozenset(v) for k, v in lex.grammar.get("generic_roles", {}).items()}
        # "kedua negara", "the two countries": the last two states named.
        self.pair_anaphors = lex.phrases("pair_anaphors")
        # "keduanya", "the two": the same, but only opening a paragraph that has
        # named nobody yet (otherwise the two actors just named are meant).
        self.pair_pronouns = lex.phrases("pair_pronouns")
        self.pair_nouns = frozenset(w.lower() for w in lex.grammar.get("collective", {}).get("heads", ()))
        self.pair_anaphor_starts = frozenset(p[0] for p in self.pair_anaphors + self.pair_pronouns)

    # -- gazetteer -------------------------------------------------------
    def items(self, doc: Doc) -> list[Item]:
        hits = [(s, e, mid) for mid, s, e in self.orth(doc)] + \
               [(s, e, mid) for mid, s, e in self.lower(doc)]
        # Longest match wins; among equals, the earlier one.
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken = bytearray(len(doc))
        out: list[Item] = []
        for s, e, mid in hits:
            if any(taken[s:e]):
                continue
            kind, payload = self.payloads[mid]
            if kind == "TITLE" and not self._title_ok(doc, s, e, payload):
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.append(Item(kind, s, e, payload))
        out.sort(key=lambda it: it.start)
        return out

    def _title_ok(self, doc: Doc, start: int, end: int, payload: dict[str, Any]) -> bool:
        # A capitalised title row must match capitalised text: "Raja" the
        # title, not "raja" the noun in running text, unless a definite word
        # makes it a back-reference to a known holder ("the president",
        # "presiden itu").
        tt = token_table(doc)
        if not payload["text"][:1].isupper() or tt.text[start][:1].isupper():
            return True
        # "the Russian president": a definite word before the country adjective.
        return (start > 0 and tt.lower[start - 1] in self.definite) or \
            (start > 1 and tt.lower[start - 2] in self.definite and tt.text[start - 1][:1].isupper()) or \
            (end < len(doc) and tt.lower[end] in self.demonstratives)

    def _in_currency(self, low: list[str], s: int, e: int) -> bool:
        if self.modifier_follows_head:
            return s > 0 and low[s - 1] in self.currencies
        return e < len(low) and low[e] in self.currencies

    @staticmethod
    def _in_context(items: list[Item], ctx: DocumentContext) -> list[Item]:
        """Keep a contextual name only where the document names its pair."""
        seen = {it.payload.get("code") for it in items if it.kind == "COUNTRY" and "when" not in it.payload}
        seen |= {p.get("country") or p.get("code") for p in ctx.parties}
        return [it for it in items if "when" not in it.payload or seen & set(it.payload["when"])]

    # -- helpers -----------------------------------------------------------
    def _place(self, doc: Doc, s: int, e: int) -> bool:
        """A capitalised run headed by a place word ("Beting Second Thomas",
        "Pangkalan Udara Manuhua", "Scarborough Shoal") names a place, not a person."""
        low = lowers(doc)
        return any(low[i] in self.place_heads for i in range(max(0, s - 1), min(len(doc), e + 1)))

    def _nameish(self, t: str) -> bool:
        known = self._nameish_seen.get(t)
        if known is None:
            known = self._nameish_seen[t] = (t[:1].isupper() and t.isalpha() and not (t.isupper() and len(t) > 3)
                                             and t not in self.blockers)
            if len(self._nameish_seen) > 100_000:     # a bounded memo of word shapes
                self._nameish_seen.clear()
        return known

    def _nameish_row(self, doc: Doc) -> list[bool]:
        seen = self._nameish_seen
        return [seen[t] if t in seen else self._nameish(t) for t in token_table(doc).text]

    def name_run(self, doc: Doc, i: int, stop: int, covered: bytearray, nameish: list[bool] | None = None) -> int:
        """End (exclusive) of a run of capitalised name tokens starting at i.

        Inside a name: hyphenated parts (Kassym-Jomart, Won-sik, el-Sissi),
        particles between capitalised words (Lula da Silva, von der Leyen) and
        suffixes (Marcos Jr.).
        """
        tt = token_table(doc)
        if nameish is None:
            nameish = self._nameish_row(doc)
        table = token_table(doc)
        txt, low = table.text, table.lower
        j = i
        n = 0

        def initial(k: int) -> bool:
            # "S. Jaishankar", "George W. Bush": a capital and a dot before a name part.
            t = txt[k]
            return len(t) == 2 and t[1] == "." and t[0].isupper() and k + 1 < stop and nameish[k + 1]

        while j < stop and not covered[j] and (nameish[j] or initial(j)) and n < MAX_NAME_TOKENS:
            n += 1
            j += 1
            while j + 1 < stop and joining_hyphen(doc, j) and tt.alpha[j + 1] and not covered[j + 1]:
                j += 2
            k = j
            while k < stop and low[k] in self.particles and txt[k][:1].islower():
                k += 1
            if k > j and k < stop and nameish[k] and not covered[k]:
                j = k
            elif k > j and k + 1 < stop and joining_hyphen(doc, k) and nameish[k + 1]:
                j = k + 2       # al-Shaibani, el-Sissi

        if j > i and j < stop and txt[j] in self.suffixes:
            j += 1
        return j

    @staticmethod
    def _right_chains(items: list[Item], at: dict[int, int]) -> dict[int, tuple[int, int, int, str | None]]:
        """For each item that can attach to a title on its right, the chain of
        adjacent such items it starts: (first item, last item, end token, first
        country or organisation code).  Made once from the right, so a run of
        thousands of titles is not walked once per title."""
        chains: dict[int, tuple[int, int, int, str | None]] = {}
        for x in range(len(items) - 1, -1, -1):
            it = items[x]
            if it.kind not in ("COUNTRY", "INST", "ORG", "TITLE"):
                continue
            code = it.payload["code"] if it.kind in ("COUNTRY", "ORG") else None
            nxt = at.get(it.end)
            if nxt is not None and nxt in chains:
                _, last, end, later = chains[nxt]
                chains[x] = (x, last, end, code if code is not None else later)
            else:
                chains[x] = (x, x, it.end, code)
        return chains

    # -- main --------------------------------------------------------------
    def __call__(self, doc: Doc, ctx: DocumentContext) -> list[Mention]:
        tt = token_table(doc)
        items = self.items(doc)
        if any("when" in it.payload for it in items):
            items = self._in_context(items, ctx)
        n = len(doc)
        nameish = self._nameish_row(doc)
        covered = bytearray(n)
        for it in items:
            covered[it.start:it.end] = b"\x01" * (it.end - it.start)
        mentions: list[Mention] = []
        used: set[int] = set()          # indexes of items absorbed into a mention
        at = {it.start: k for k, it in enumerate(items)}
        backrefs: list[tuple] = []
        chains = self._right_chains(items, at)

        def mention(s: int, e: int, **kw: Any) -> Mention:
            a, b = char_span(doc, s, e)
            return Mention(s, e, a, b, span_text(doc, s, e), **kw)

        # 1. Persons announced by a title.
        for k, it in enumerate(items):
            if it.kind != "TITLE" or k in used or it.payload.get("modifier"):
                continue
            start, end = it.start, it.end
            country = None
            role_start, role_end = it.start, it.end
            # Attached on the left: "former", "Japanese", "Chinese Foreign Ministry".
            # Items join the person only once one is found ("a Philippine military
            # official" with no name stays a national body).
            absorbed: list[int] = []
            kk = k - 1
            while kk >= 0 and items[kk].kind in ("COUNTRY", "INST", "ORG", "TITLE") and (
                    items[kk].end == start or (  # "Myanmar's military spokesman"
                        items[kk].end == start - 1 and items[kk].kind in ("COUNTRY", "ORG")
                        and tt.lower[start - 1] in self.possessives)):
                left = items[kk]
                if left.kind == "TITLE" and not left.payload.get("modifier"):
                    break
                # Only modifier-first languages put the country before the title.
                if left.kind != "TITLE" and self.modifier_follows_head:
                    break
                # "Palestinian U.N. Ambassador": the state, not the body it serves at.
                if left.kind == "COUNTRY" or (left.kind == "ORG" and country is None):
                    country = left.payload["code"]
                start = left.start
                absorbed.append(kk)
                kk -= 1
            # Attached on the right: "Kementerian Luar Negeri China", "AS", a second title.
            j = end
            if j in at and at[j] in chains:
                first, last, j, code = chains[at[j]]
                country = country if country is not None else code
                absorbed += range(first, last + 1)
            name_end = self.name_run(doc, j, n, covered, nameish)
            role_text = span_text(doc, role_start, role_end)
            role_key = it.payload.get("role")
            person: dict[str, Any] | None = None
            if name_end > j:
                name = span_text(doc, j, name_end)
                known = ctx.resolve_name(name)
                if known is None:
                    tail = tt.text[name_end - 1]
                    known = ctx.resolve_name(tail) if name_end - j == 1 else None
                famous = self.people.get(name.casefold(), {})
                person = known or {"name": name, "role": role_text, "role_key": role_key,
                                   "country": country or famous.get("country"),
                                   "gender": famous.get("gender")}
                end = name_end
            elif it.payload.get("named_only"):
                continue    # "counterpart", "official": a title only before a name
            else:
                # A back-reference: "kata mantan Duta Besar itu", "the ambassador",
                # "Presiden mengatakan": resolved once the names of this
                # paragraph are known (step 5).
                end = j + 1 if j < n and tt.lower[j] in self.demonstratives else j
                backrefs.append((k, start, end, role_key, country, role_text))
                continue
            used.add(k)
            used.update(absorbed)
            m = mention(start, end, name=person["name"], type="PERSON",
                        country=person.get("country") or country,
                        role=person.get("role") or role_text, role_key=person.get("role_key") or role_key)
            mentions.append(m)
            covered[start:end] = b"\x01" * (end - start)
            ctx.remember_person(m.name, m.role, m.role_key, m.country, person.get("gender"))

        # 2. National bodies: an institution with its country ("Kemenlu AS", "Russian troops").
        for k, it in enumerate(items):
            if it.kind != "INST" or k in used:
                continue
            nb = at.get(it.end) if self.modifier_follows_head else None
            if nb is None and not self.modifier_follows_head:
                # "Russian troops", also "China's military".
                gap = 1 if it.start > 0 and tt.lower[it.start - 1] in self.possessives else 0
                nb = next((kk for kk in range(k - 1, -1, -1) if items[kk].end == it.start - gap), None)
            if nb is None or nb in used or items[nb].kind not in ("COUNTRY", "ORG"):
                continue
            other = items[nb]
            s, e = min(it.start, other.start), max(it.end, other.end)
            used.update((k, nb))
            mentions.append(mention(s, e, name=span_text(doc, s, e), type="ORG",
                                    country=other.payload["code"],
                                    role=None, code=None))

        # 2b. Named national bodies the list lacks: "Departemen Keuangan AS",
        # "U.S. Treasury Department": a head word, capitalised words, the country.
        for k, it in enumerate(items):
            if it.kind != "COUNTRY" or k in used:
                continue
            if self.modifier_follows_head:
                s = it.start
                while s > 0 and not covered[s - 1] and tt.text[s - 1][:1].isupper() and it.start - s < 4 \
                        and tt.text[s - 1] not in self.institution_heads:
                    s -= 1
                if s > 0 and tt.text[s - 1] in self.institution_heads and not covered[s - 1]:
                    s, e = s - 1, it.end
                else:
                    continue
            else:
                e = it.end
                while e < n and not covered[e] and tt.text[e][:1].isupper() and e - it.end < 4 \
                        and tt.text[e] not in self.institution_heads:
                    e += 1
                if e < n and tt.text[e] in self.institution_heads and not covered[e]:
                    s, e = it.start, e + 1
                else:
                    continue
            used.add(k)
            covered[s:e] = b"\x01" * (e - s)
            mentions.append(mention(s, e, name=span_text(doc, s, e), type="ORG",
                                    country=it.payload["code"], role=None, code=None))

        # 3. Countries and organisations standing alone.
        low = lowers(doc)
        for k, it in enumerate(items):
            if k in used:
                continue
            p = it.payload
            if it.kind == "COUNTRY" and self._in_currency(low, it.start, it.end):
                continue    # "7 miliar dolar AS", "U.S. dollars": money, not a party
            if it.kind == "COUNTRY":
                mentions.append(mention(it.start, it.end, name=p["name"], type="COUNTRY",
                                        country=p["code"]))
            elif it.kind == "ORG":
                mentions.append(mention(it.start, it.end, name=p["name"], type=p["type"],
                                        country=p["code"] if p["type"] == "ORG" else None,
                                        code=p["code"]))
            elif it.kind == "REGION":
                # "Asia Tengah", "the Baltic states": a group of states, one actor.
                mentions.append(mention(it.start, it.end, name=p["name"], type="REGION",
                                        code=p["code"], members=p["members"]))

        # 4. Names without a title: known people, and new runs of 2+ capitalised words.
        # Only tokens that can start a name are visited (covered does not change here).
        starts = [k for k in compress(range(n), nameish) if not covered[k]]
        if not self.particles.isdisjoint(low):
            starts = sorted({*starts, *(k for k in range(n) if not covered[k] and low[k] in self.particles)})
        p = 0
        while p < len(starts):
            i = starts[p]
            if not covered[i] and low[i] in self.particles and tt.text[i][:1].islower():
                # "von der Leyen told reporters": a known surname led by its particles.
                k = i
                while k < n and low[k] in self.particles:
                    k += 1
                if k + 1 < n and tt.text[k] == "-" and not tt.space[k - 1]:
                    k += 1      # "al-Shaibani", "el-Sissi"
                if k < n and nameish[k] and not covered[k]:
                    e = self.name_run(doc, k, n, covered, nameish)
                    known = ctx.resolve_name(span_text(doc, i, e))
                    if known is not None:
                        mentions.append(from_known(known, span_text(doc, i, e), i, e, tt.idx[i],
                                                   tt.idx[e - 1] + len(tt.text[e - 1])))
                        ctx.touch(known["name"])
                        p = bisect_left(starts, e)
                        continue
            if covered[i] or not nameish[i]:
                p += 1
                continue
            e = self.name_run(doc, i, n, covered, nameish)
            s = i
            text = span_text(doc, s, e)
            # A one-word run that is a common word ("Lalu" = then) only counts
            # as a known name when it is more than the first name alone.
            known = ctx.resolve_name(text)
            if known is not None and e - s == 1 and tt.stop[s] and \
                    not known["name"].casefold().endswith(text.casefold()):
                known = None    # "Lalu" opening a sentence is "then", not Lalu Muhammad Iqbal
            if known is None:
                # A capitalised function word ("Menurut", "Lalu" = then) is not a
                # name part unless the whole run is a name already known.
                while s < e and tt.stop[s]:
                    s += 1
                if s == e:
                    p = bisect_left(starts, e)
                    continue
                text = span_text(doc, s, e)
                known = ctx.resolve_name(text) or ctx.resolve_name(tt.text[e - 1])
            if known is not None:
                mentions.append(from_known(known, text, s, e, tt.idx[s], tt.idx[e - 1] + len(tt.text[e - 1])))
                ctx.touch(known["name"])
            elif e - s == 1 and not tt.stop[s] and (
                    text.casefold() in self.people or (text.casefold() in self.surnames and (
                        s > 0 and tt.text[s - 1] not in ".!?"
                        # opening a sentence, followed by a verb: "Zelensky urged …"
                        or e < n and tt.text[e].islower() and tt.alpha[e]))):
                # A one-word name the gazetteer lists as an alias ("Lula", "Jokowi"),
                # or a well-known surname inside a sentence ("… kata Zakharova").
                famous = self.people.get(text.casefold()) or self.surnames[text.casefold()]
                m = mention(s, e, name=famous["name"], type="PERSON", country=famous["country"],
                            role=famous.get("role"))
                mentions.append(m)
                ctx.remember_person(m.name, m.role, None, m.country, famous.get("gender"))
            elif e - s >= 2 and not tt.stop[s] and not all(tt.text[k].isupper() for k in range(s, e)) \
                    and not self._place(doc, s, e):
                famous = self.people.get(text.casefold(), {})
                m = mention(s, e, name=text, type="PERSON", country=famous.get("country"),
                            role=famous.get("role"))
                mentions.append(m)
                ctx.remember_person(m.name, m.role, None, m.country, famous.get("gender"))
            p = bisect_left(starts, e)

        # 5. Title back-references: the holder of that role mentioned last,
        # here before the title or in earlier paragraphs ("Milei's spokesman
        # said the president …" is Milei, though Lula was introduced later).
        # A generic head ("the Russian leader", "pemimpin Rusia itu") stands for
        # any of its roles, held by someone of that country.
        persons = sorted((m for m in mentions if m.type == "PERSON"), key=lambda m: m.start)
        dropped: list[tuple[int, int]] = []     # spans whose mentions a back-reference replaced
        made: set[int] = set()                  # ids of the mentions back-references made
        for k, start, end, role_key, country, role_text in backrefs:
            if not role_key:
                continue
            roles = self.generic_roles.get(role_key) or {role_key}
            if role_key in self.generic_roles and not (
                    start > 0 and tt.lower[start - 1] in self.definite
                    or tt.lower[end - 1] in self.demonstratives):
                continue    # "para pemimpin", "world leaders": nobody in particular
            last = self._holder_before(persons, start, roles, country)
            person = (ctx.people.get(last.name) if last is not None else None) \
                or ctx.person_by_role(roles, country)
            if person is None:
                continue
            used.add(k)
            m = mention(start, end, name=person["name"], type="PERSON",
                        country=person.get("country") or country,
                        role=person.get("role") or role_text, role_key=person.get("role_key") or role_key)
            # "the Russian leader" is one person, not also the country.
            dropped.append((start, end))
            made.add(id(m))
            mentions.append(m)
            insort(persons, m, key=lambda m: m.start)
            covered[start:end] = b"\x01" * (end - start)
            ctx.touch(m.name)
        if dropped:
            inside = _container(dropped)
            mentions = [o for o in mentions if id(o) in made or not inside(o.start, o.end)]
        mentions += self._region_anaphors(doc, covered, mentions, ctx)
        mentions += self._pair_anaphors(doc, covered, mentions, ctx)
        mentions += self._body_anaphors(doc, covered, mentions, ctx)
        mentions.sort(key=lambda m: m.start)
        self._home_country(mentions, ctx)
        return mentions

    @staticmethod
    def _holder_before(persons: list[Mention], start: int, roles, country) -> Mention | None:
        """The person holding one of `roles` named last before token `start`
        (the first of the list among those at the same token), looking back at
        most BACKREF_LOOKBACK tokens.  No person lies inside a span a back-
        reference replaced (those hold title items only), so none is skipped."""
        best = None
        for j in range(bisect_left(persons, start, key=lambda m: m.start) - 1, -1, -1):
            m = persons[j]
            if m.start < start - BACKREF_LOOKBACK or best is not None and m.start < best.start:
                break
            if m.end <= start and holds_role(m.role_key, m.country, roles, country):
                best = m
        return best

    def _region_anaphors(self, doc: Doc, covered: bytearray, mentions: list[Mention],
                         ctx: DocumentContext) -> list[Mention]:
        """"kawasan itu", "the region": the region named last, here or before."""
        out: list[Mention] = []
        regions = None
        for i, size in _phrases_at(lowers(doc), covered, self.region_anaphor_starts, self.region_anaphors):
            if regions is None:
                regions = [m for m in mentions if m.type == "REGION"]
                ends = [m.end for m in regions]
                in_order = ends == sorted(ends)     # as the gazetteer step finds them: then a bisect will do
            if in_order:
                k = bisect_right(ends, i)
                named = regions[k - 1:k]
            else:
                named = [m for m in regions if m.end <= i]
            entry = (named[-1].actor() if named else ctx.last_region)
            if not entry:
                continue
            a, b = char_span(doc, i, i + size)
            out.append(Mention(i, i + size, a, b, span_text(doc, i, i + size), entry["name"], "REGION",
                               code=entry.get("code"), members=tuple(entry.get("members", ()))))
        return out

    def _pair_anaphors(self, doc: Doc, covered: bytearray, mentions: list[Mention],
                       ctx: DocumentContext) -> list[Mention]:
        """"kedua negara", "the two countries": one actor of two member states.
        The pair is the two states named before it in its sentence, else the
        two sides of the latest act between exactly two states ("Prabowo
        diterima Xi …" then "kedua negara telah mencapai …"), else the last two
        states named in the paragraph."""
        low = lowers(doc)
        out: list[Mention] = []
        for i, size in _phrases_at(low, covered, self.pair_anaphor_starts, self.pair_anaphors + self.pair_pronouns):
            if tuple(low[i:i + size]) in self.pair_pronouns and (
                    any(m.end <= i for m in mentions) or i + size < len(low) and low[i + size] in self.pair_nouns):
                continue
            # In the order the steps found them; no further back than
            # BACKREF_LOOKBACK tokens, so repeated anaphors stay linear.
            reach = i - BACKREF_LOOKBACK
            before = [m for m in mentions if reach <= m.start and m.end <= i]
            opening = next((k for k in range(i - 1, max(-1, reach - 1), -1) if low[k] in SENTENCE_ENDS), -1)
            pair = _last_two([c for m in before if m.start > opening and (c := _state(m))])
            for ev in reversed(ctx.events):
                if pair:
                    break
                sides = [c for a in ev["sources"] + ev["targets"] if (c := _state(a))]
                if len(set(sides)) == 2:
                    pair = _last_two(sides)
            pair = pair or _last_two([c for m in sorted(before, key=lambda m: m.start) if (c := _state(m))])
            if not pair:
                continue
            a, b = char_span(doc, i, i + size)
            out.append(Mention(i, i + size, a, b, span_text(doc, i, i + size),
                               " – ".join(self.country_names.get(c, c) for c in pair), "REGION",
                               members=tuple(pair)))
            covered[i:i + size] = b"\x01" * size
        return out

    def _body_anaphors(self, doc: Doc, covered: bytearray, mentions: list[Mention],
                       ctx: DocumentContext) -> list[Mention]:
        """"the assembly", "the agency", "majelis itu": an international body named
        back by the head word of its name (the last word where modifiers lead,
        the first where they follow), here or in the paragraphs before."""
        low = lowers(doc)
        # Where a head word could stand ("the _", "_ itu"): most paragraphs have
        # none, and then the heads need not be collected.
        if (self.demonstratives if self.modifier_follows_head else self.definite).isdisjoint(low):
            return []
        if self.modifier_follows_head:
            spots = [i for i in range(1, len(low) - 1) if low[i + 1] in self.demonstratives]
        else:
            spots = [i for i in range(1, len(low) - 1) if low[i - 1] in self.definite]
        if not spots:
            return []
        bodies = [p for p in ctx.parties if p.get("type") in ("ORG", "GROUP") and p.get("code")] + \
            [m.actor() for m in mentions if m.type in ("ORG", "GROUP") and m.code]
        if not bodies:
            return []
        heads: dict[str, dict] = {}
        for entry in bodies:      # the latest body with a head word wins
            # As written here, and by its canonical name (written modifier-first).
            forms = [entry.get("text") or ""] + ([] if self.modifier_follows_head else [entry["name"]])
            for form in forms:
                words = [w for w in form.split() if w.isalpha()]
                if len(words) > 1:
                    heads[(words[0] if self.modifier_follows_head else words[-1]).lower()] = entry
        for noun in self.body_nouns:
            heads.setdefault(noun, bodies[-1])
        out: list[Mention] = []
        named = None    # tokens inside a mention: one lookup per anaphor, not a scan
        for i in spots:
            if low[i] not in heads or covered[i]:
                continue
            s, e = (i, i + 2) if self.modifier_follows_head else (i - 1, i + 1)
            if named is None:
                named = bytearray(len(low))
                for m in mentions:
                    named[m.start:m.end] = b"\x01" * (m.end - m.start)
            if any(named[s:e]):
                continue
            entry = heads[low[i]]
            a, b = char_span(doc, s, e)
            out.append(Mention(s, e, a, b, span_text(doc, s, e), entry["name"], entry["type"],
                               country=entry.get("country"), code=entry.get("code")))
        return out

    def _home_country(self, mentions: list[Mention], ctx: DocumentContext) -> None:
        """A title without a country ("Wakil Menteri Luar Negeri Kim", "Foreign
        Minister Wang") serves the national body named before it in the paragraph."""
        def governs(m: Mention) -> bool:
            # a ministry or government, not "pasukan Korea Utara"
            return m.type == "ORG" and bool(m.country) and not m.code and \
                any(w in self.government_heads for w in m.text.lower().split())

        # Failing one before, the first named after ("… Vice Foreign Minister Sun
        # Weidong summoned …, the Chinese Foreign Ministry said").
        body = next((m.country for m in mentions if governs(m)), None)
        for m in mentions:
            if governs(m):
                body = m.country
            elif m.type == "PERSON" and m.country is None and m.role_key and body:
                m.country = body
                known = ctx.people.get(m.name)
                if known is not None and known.get("country") is None:
                    known["country"] = body
