"""Shallow syntax over actor mentions: subjects, coordinated groups, objects.

No parser is available for Indonesian, so roles come from word order and the
closed word classes in lang/<code>/grammar.json (prepositions, joiners,
clause breakers).  Good enough for news prose, where the subject leads.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_STOP, LENGTH, SPACY
from spacy.tokens import Doc

from .docstate import SENT_STARTS
from .lexicon import Lexicon
from .mentions import Mention


ATTRS = [IDX, LENGTH, IS_PUNCT, SPACY, IS_ALPHA, IS_STOP]
TABLE_KEY = "diplo_tokens"
LOWERS_KEY = "diplo_lowers"
SENT_STARTS_KEY = SENT_STARTS
SENT_SPANS_KEY = "diplo_sentence_spans"
RELATIVES_KEY = "diplo_relative_clauses"


def text_of(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("diplo_text")
    if text is None:
        text = doc.user_data["diplo_text"] = doc.text
    return text


class TokenTable:
    """Per-doc token strings and offsets, made in one pass: doc[i] builds a new
    Token object on every access, which costs more than the rules themselves."""

    __slots__ = ("text", "lower", "idx", "punct", "space", "alpha", "stop", "end")

    def __init__(self, doc: Doc) -> None:
        # One array read instead of a Token object per token; the strings are
        # slices of the paragraph (cheaper than StringStore lookups), and
        # LOWER is str.lower of the text.  The flags are 0/1 (IS_PUNCT,
        # IS_ALPHA, IS_STOP, SPACY: a space follows).
        text = text_of(doc)
        idx, length, self.punct, self.space, self.alpha, self.stop = doc.to_array(ATTRS).T.tolist()
        self.idx = idx
        self.end = [i + n for i, n in zip(idx, length)]
        self.text = [text[i:j] for i, j in zip(idx, self.end)]
        self.lower = [t.lower() for t in self.text]


def token_table(doc: Doc) -> TokenTable:
    try:
        return doc.user_data[TABLE_KEY]
    except KeyError:
        table = doc.user_data[TABLE_KEY] = TokenTable(doc)
        doc.user_data[LOWERS_KEY] = table.lower
        return table


def lowers(doc: Doc) -> list[str]:
    # Called tens of times per paragraph: one dict read once the table exists.
    try:
        return doc.user_data[LOWERS_KEY]
    except KeyError:
        return token_table(doc).lower


def token_starts(doc: Doc) -> list[int]:
    return token_table(doc).idx


def joining_hyphen(doc: Doc, i: int) -> bool:
    """Token i (i > 0) is a hyphen written tight between two words: "Kassym-Jomart",
    "Australia-Indonesia", "Western-supplied"."""
    table = token_table(doc)
    return table.text[i] == "-" and not table.space[i - 1] and not table.space[i]


def char_span(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Character offsets of tokens s..e (exclusive), from the token table."""
    table = token_table(doc)
    return table.idx[s], table.end[e - 1]


def span_text(doc: Doc, s: int, e: int) -> str:
    """doc[s:e].text without building the Span: a slice of the paragraph."""
    table = token_table(doc)
    return text_of(doc)[table.idx[s]:table.end[e - 1]]


class Sentence:
    """A sentence's token and character bounds: what the rules read of it
    (a spaCy Span costs more to build than the lookups it serves)."""

    __slots__ = ("start", "end", "start_char", "end_char")

    def __init__(self, start: int, end: int, start_char: int, end_char: int) -> None:
        self.start, self.end, self.start_char, self.end_char = start, end, start_char, end_char


def sentence_of(doc: Doc, i: int) -> Sentence:
    """The sentence holding token i (cheaper than doc[i].sent)."""
    # Read from user_data (where the sent_starts extension lives): doc._ builds
    # an accessor object on every access, and this runs for every trigger and cue.
    data = doc.user_data
    starts = data.get(SENT_STARTS_KEY) or [0]
    k = bisect_right(starts, i) - 1
    # The sentences of the paragraph, made once.
    cached = data.get(SENT_SPANS_KEY)
    if cached is None or cached[0] is not starts:
        table = token_table(doc)
        n = len(table.idx)
        ends = [*starts[1:], n]
        cached = data[SENT_SPANS_KEY] = (starts, [
            Sentence(a, b, table.idx[a] if a < n else 0, table.end[b - 1] if b > a else (table.idx[a] if a < n else 0))
            for a, b in zip(starts, ends)])
    return cached[1][k]


def phrase_length(low: list[str], i: int, phrases) -> int:
    """Tokens of the longest of `phrases` (token tuples) starting at token i, else 0."""
    return max((len(p) for p in phrases if tuple(low[i:i + len(p)]) == p), default=0)


def phrase_ends_at(low: list[str], k: int, phrases, lo: int = 0) -> bool:
    """One of `phrases` ends right before token k, not starting before lo."""
    return any(k - len(p) >= lo and tuple(low[k - len(p):k]) == p for p in phrases)


CURRENCY_SIGNS = r"US\$|\$|€|£|¥|Rp\.?|USD|EUR"


def _amount_pattern(scales, currencies) -> re.Pattern:
    """A money amount as written: "$300 million", "€355m", "355 million euros", "1,2 juta dolar AS"."""
    scale = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True)) or "(?!)"
    money = "|".join(re.escape(w) for w in sorted(currencies, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{CURRENCY_SIGNS})\s?\d[\d.,]*(?:\s*(?:{scale})\b)?"
                      rf"|\b\d[\d.,]*\s*(?:(?:{scale})\s+)?(?:{money})\b", re.IGNORECASE)


class Grammar:
    def __init__(self, lex: Lexicon) -> None:
        self.prepositions = lex.words("prepositions")
        self.agent_markers = lex.words("agent_markers")
        self.location_markers = lex.words("location_markers")
        self.addressee_markers = lex.words("addressee_markers")
        self.complementizers = lex.words("complementizers")
        # "Retno said ASEAN's relief arm had delivered": a name after a verb of
        # saying opens the reported clause, as after "that".
        self.speech_verbs = frozenset(r["text"].lower() for r in lex.reporting_verbs if " " not in r["text"])
        self.determiners = lex.words("determiners")
        self.demonstratives = lex.words("demonstratives")
        self.breakers = lex.words("clause_breakers")
        self.joiners = frozenset(w for j in lex.grammar.get("actor_joiners", ()) for w in j.lower().split())
        self.head_first = bool(lex.grammar.get("modifier_follows_head"))
        self.relativizers = lex.words("relativizers")
        self.preverbal = lex.words("preverbal")
        self.anaphoric_heads = lex.words("anaphoric_heads")
        self.country_heads = lex.words("country_heads")     # "the country", "negara itu": a state
        self.national_heads = lex.words("national_heads")   # "the junta", "kementerian itu": a state's body
        self.list_determiners = lex.words("list_determiners")
        self.possessives = lex.words("possessive_markers")
        self.definite_determiners = lex.words("definite_determiners")
        self.conditionals = lex.words("conditionals")
        self.comitatives = lex.phrases("comitative_markers")
        # "a truce between Israel and Hamas", "pembicaraan antara X dan Y": both parties act.
        self.mutual_markers = lex.words("mutual_markers")
        # "Austria joined the US and Israel in voting no": both groups vote.
        self.joining_verbs = lex.phrases("joining_verbs")
        self.joining_links = lex.words("joining_links")
        coll = lex.grammar.get("collective", {})
        self.collective_numbers = {k.lower(): v for k, v in coll.get("numbers", {}).items()}
        self.collective_pronouns = {k.lower(): v for k, v in coll.get("pronouns", {}).items()}
        self.collective_heads = frozenset(w.lower() for w in coll.get("heads", ()))
        self.light_verbs = lex.words("light_verbs")
        # "mengumumkan sanksi tersebut": announcing an act named before is not a new act.
        self.announcing_verbs = lex.words("announcing_verbs")
        self.partitives = lex.phrases("partitive_subjects")
        self.person_heads = frozenset(w.lower() for w in coll.get("person_heads", ()))
        self.owner_markers = lex.words("owner_markers")
        self.object_pronouns = lex.phrases("object_pronouns")
        self.quantity_words = lex.words("quantity_words")   # "more than", "sekitar"
        # "… yang disebarkan Seoul": a passive verb whose agent follows it bare.
        self.passive_prefixes = tuple(lex.grammar.get("passive_prefixes", ()))
        # "signed a joint statement pledging …": a participle on the object of an act.
        self.participle_suffixes = tuple(lex.grammar.get("participle_suffixes", ()))
        # "pemerintahnya tengah berunding", "his government will": the side of the person named last.
        self.own_side_words = lex.phrases("own_side_words")
        self.finite_markers = lex.words("finite_markers")
        self.predicative_markers = lex.words("predicative_markers")
        self.first_person = lex.words("first_person")
        self.verb_coordinators = lex.words("verb_coordinators")
        # "travel to Yerevan for talks": the second act is the first one's purpose.
        self.purpose_markers = lex.words("purpose_markers")
        self.intent_nouns = lex.words("intent_nouns")
        # "sanksi … terkait pengiriman drone ke Rusia": an act named as a topic.
        self.topic_markers = lex.words("topic_markers")
        # ", diplomats said", "kata para pejabat": a speaker nobody can name.
        self.anonymous_speakers = lex.words("anonymous_speakers")
        self.plural_markers = lex.words("plural_markers")
        # "menolaknya": a verb carrying its object as a clitic.
        self.object_clitics = tuple(lex.words("object_clitics"))
        # "arrived in Cairo to sign …", "tiba … untuk menghadiri": an aim, not yet done.
        self.infinitive_markers = lex.words("infinitive_markers")
        # "… will meet Biden, before attending the APEC summit": a step of the same plan.
        self.sequence_markers = lex.words("sequence_markers")
        # "said … but added that …": a second verb of the same subject.
        self.contrast_coordinators = lex.words("contrast_coordinators")
        self.amount = _amount_pattern(lex.grammar.get("amount_scales", ()), lex.grammar.get("currency_words", ()))
        self.gapping_adverbs = lex.phrases("gapping_adverbs")
        self.nominal_suffixes = tuple(lex.grammar.get("nominal_suffixes", ()))
        self.verbal_prefixes = tuple(lex.grammar.get("verbal_prefixes", ()))
        self.verbal_suffixes = tuple(lex.grammar.get("verbal_suffixes", ()))

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

    def verb_like(self, word: str) -> bool:
        """Shaped like a verb by the language's affixes (me-/di-, -ed)."""
        return bool(self.verbal_prefixes and word.startswith(self.verbal_prefixes)
                    or self.verbal_suffixes and word.endswith(self.verbal_suffixes))

    def nominal(self, word: str) -> bool:
        """A derived noun ("pengerahan", "kunjungan", "dukungan"), in languages
        whose grammar file gives the affixes; its genitive actor is its agent."""
        w = word.lower()
        return bool(self.nominal_suffixes) and w.endswith(self.nominal_suffixes) \
            and not w.startswith(self.verbal_prefixes) and len(w) > 5

    def nominal_subject(self, doc: Doc, idx: int, lo: int) -> bool:
        """The trigger at idx is a noun phrase that opens its clause ("patroli
        gabungan … akan digelar", "the joint drills will be held"): not verb-shaped,
        after the clause start, a complementizer, a determiner or a comma."""
        tt = token_table(doc)
        low = lowers(doc)
        if self.verb_like(low[idx]) or tt.text[idx][:1].isupper() and idx > lo:
            return False
        k = idx - 1
        return k < lo or low[k] in self.complementizers or low[k] in self.determiners or low[k] == ","

    # -- word classes ------------------------------------------------------
    def is_joint(self, doc: Doc, a: int, b: int) -> bool:
        """Tokens a..b (exclusive) only join two actors ("," "dan" "and", "and the")."""
        low = lowers(doc)
        if b == a + 1 and joining_hyphen(doc, a):
            return True     # "Australia-Indonesia", "dialog Beograd-Pristina": a pair
        if a < b and low[b - 1] in self.list_determiners:      # "… and the Philippines"
            b -= 1
        return a < b and all(low[i] in self.joiners for i in range(a, b))

    def collective_subject(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """"the two countries agreed", "kedua pemimpin menyaksikan", "keduanya":
        the last N distinct actors named before, in this paragraph."""
        tt = token_table(doc)
        low = lowers(doc)
        k = self.before_auxiliaries(doc, idx, 0)
        if k < 0:
            return []
        pair = next((m for m in ms if m.start <= k < m.end and m.members and not m.code), None)
        if pair is not None:
            return [pair]       # "kedua negara" already stands for its two states
        n = self.collective_pronouns.get(low[k])
        start = k
        if n is None and low[k] in self.collective_numbers and k >= 1 and low[k - 1] in self.definite_determiners:
            n, start = self.collective_numbers[low[k]], k - 1      # "the three condemned"
        if n is None and low[k] in self.collective_heads and k >= 1:
            if self.head_first:
                n, start = self.collective_numbers.get(low[k - 1]), k - 1
            else:
                j = k - 1
                while j >= 0 and low[j] not in self.collective_numbers and k - j <= 2 and tt.alpha[j]:
                    j -= 1
                if j >= 0 and low[j] in self.collective_numbers:
                    n, start = self.collective_numbers[low[j]], j
        if not n:
            return []
        # "the two leaders" are people; "the two countries" any party.
        people = low[k] in self.person_heads
        seen: dict[str, Mention] = {}
        # A place ("di Jakarta") is where they were, not one of them.
        for m in reversed([m for m in ms if m.end <= start and (m.type == "PERSON" or not people)
                           and not (m.start > 0 and low[m.start - 1] in self.location_markers)]):
            key = m.country or m.name
            if key not in seen:
                seen[key] = m
            if len(seen) == n:
                return list(reversed(list(seen.values())))
        return []

    def subject_like(self, doc: Doc, m: Mention, lo: int, owner: bool = False) -> bool:
        # "Israel's main ally": a possessive modifies the noun after it.
        tt = token_table(doc)
        if not owner and m.end < len(doc) and lowers(doc)[m.end] in self.possessives:
            return False
        i = m.start - 1
        while i >= lo and tt.lower[i] in self.determiners:
            i -= 1
        # "gang leader Jimmy Cherizier", "former minister X": where modifiers
        # precede their head, a lower-case title may carry one of its own.
        if not self.head_first and tt.text[m.start][:1].islower() and i >= lo and self._modifier(doc[i]):
            i -= 1
            while i >= lo and tt.lower[i] in self.determiners:
                i -= 1
        if i < lo:
            return True
        prev = doc[i]
        low = prev.lower_
        # "Leaders of the Group of Seven agreed": the group the heads belong to acts.
        if low in self.owner_markers and i - 1 >= lo and (
                tt.lower[i - 1] in self.collective_heads or tt.lower[i - 1] in self.person_heads) \
                and (i - 2 < lo or not tt.alpha[i - 2] or tt.lower[i - 2] in self.determiners):
            return True
        if low in self.prepositions:
            return False
        if prev.is_punct or low in self.joiners or low in self.complementizers or low in self.breakers \
                or low in self.speech_verbs:
            return True
        # A name right after a common word is not a subject: its modifier in
        # head-first languages ("invasi Rusia", "pasukan AS"), its object in
        # English ("called Lula", "met Xi").
        if prev.is_alpha and prev.text[:1].islower():
            return False
        # "deported more than 4,000 Mexican nationals": a counted noun after a
        # verb is its object ("two Western diplomats said" stays a subject).
        if prev.like_num:
            j = i - 1
            while j >= lo and (doc[j].like_num or tt.lower[j] in self.quantity_words):
                j -= 1
            return not (j >= lo and tt.alpha[j] and tt.text[j][:1].islower()
                        and tt.lower[j] not in self.joiners and tt.lower[j] not in self.complementizers)
        return True

    def _modifier(self, tok) -> bool:
        low = tok.lower_
        return tok.is_alpha and tok.text[:1].islower() and not self.verb_like(low) and not (
            low in self.prepositions or low in self.joiners or low in self.breakers
            or low in self.complementizers or low in self.finite_markers or low in self.relativizers)

    # -- groups --------------------------------------------------------------
    def group(self, doc: Doc, ms: list[Mention], k: int, left: bool = True,
              right: bool = True, subject: bool = False) -> list[Mention]:
        """Mention k with the actors coordinated with it ("A, B dan C").

        A bare comma only joins inside a list that a conjunction closes, so
        "Tileuberdi dari Kazakhstan, Biden menjanjikan" stays two groups.
        """
        lo = hi = k
        while left and lo > 0 and self.is_joint(doc, ms[lo - 1].end, ms[lo].start):
            lo -= 1
        while right and hi + 1 < len(ms) and self.is_joint(doc, ms[hi].end, ms[hi + 1].start):
            hi += 1
        low = lowers(doc)
        lead = ms[lo].start - 1
        while lead > 0 and low[lead] in self.determiners:
            lead -= 1       # "from the Kremlin, Putin and Erdogan …": past "the" to "from"
        if subject and lo < k and lead >= 0 and low[lead] in self.prepositions \
                and (low[ms[lo].end] == "," or low[lead] not in self.breakers
                     and any(w in self.determiners for w in low[ms[lo].end:ms[lo + 1].start])):
            # "support for Tallinn, and Minister Budrys wrote", "deposited $2bn with
            # Pakistan's central bank and the UAE transferred", "from the Kremlin,
            # Putin and Erdogan discussed": the actor after a preposition is an
            # object; ", and" or "and the" opens a new clause, a comma the subject.
            lo += 1
        if subject and lo == k - 1 and low[ms[lo].end] == "," and ms[k].start - ms[lo].end == 2:
            # "… to visit China, and Kremlin spokesman Dmitry Peskov said": two
            # actors joined by ", and" are two clauses, not a list.
            lo = k
        if lo == hi:
            return ms[k:k + 1]
        links = [doc[ms[i].end:ms[i + 1].start] for i in range(lo, hi)]
        if all(all(t.is_punct for t in link) for link in links):
            # No conjunction: only a hyphenated pair holds together.
            pair = [i for i in range(lo, hi) if links[i - lo].text == "-"]
            a = b = k
            while a - 1 in pair:
                a -= 1
            while b in pair:
                b += 1
            return ms[a:b + 1]
        return ms[lo:hi + 1]

    def broken(self, doc: Doc, a: int, b: int, spans: list[tuple[int, int]] = ()) -> bool:
        low = lowers(doc)
        n = len(low)
        if 0 <= a and b <= n and self.breakers.isdisjoint(low[a:b]):
            return False    # the common case, decided by one set operation
        # A parenthetical connective (", however,") does not end the clause.
        return any(low[i] in self.breakers and not any(rs <= i < re for rs, re in spans)
                   and not (0 < i < n - 1 and low[i - 1] == "," and low[i + 1] == ",")
                   for i in range(a, b))

    def new_clause(self, doc: Doc, a: int, b: int) -> bool:
        """A clause of its own ("while", "but", "sementara") starts between a and b;
        a relative clause ("yang", "which") hangs on a noun of the same one."""
        low = lowers(doc)
        if 0 <= a and b <= len(low) and self.breakers.isdisjoint(low[a:b]):
            return False
        return any(low[i] in self.breakers and low[i] not in self.relativizers for i in range(a, b))

    def relative_clauses(self, doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans ", who … ," / ", yang … ," (from the first comma to the closing one)."""
        every = doc.user_data.get(RELATIVES_KEY)
        if every is None:
            # The whole paragraph's clauses once; each call clips them to lo..hi.
            low = lowers(doc)
            n = len(low)
            every = []
            for i in range(1, n):
                if low[i] in self.relativizers and low[i - 1] == ",":
                    j = i + 1
                    while j < n and low[j] not in (",", ";", "."):
                        j += 1
                    every.append((i - 1, j))
            doc.user_data[RELATIVES_KEY] = every
        first = max(lo + 1, 1)
        return [(a, min(b, hi)) for a, b in every if first <= a + 1 < hi]

    def subject_before(self, doc: Doc, ms: list[Mention], idx: int, lo: int,
                       skip: set[int] = frozenset(), at_verb: bool = True,
                       at_conjunction: bool = False) -> list[Mention]:
        """The nearest subject-like actor group ending before token idx, at or after lo.
        idx is a verb, else (at_verb False) a quotation, or (at_conjunction) a
        conjunction, where the actor right before it ended the clause before
        ("the suffering in Gaza | but would vote").

        A relative clause is looked through: inside one, the subject is its
        antecedent ("Zelenskiy, who arrived"); outside, its actors are skipped
        ("Zelenskiy, who came on a French plane, met …").
        """
        tt = token_table(doc)
        hi = min(len(doc), idx + 60)
        spans = self.relative_clauses(doc, lo, hi)
        for rs, re in spans:
            if rs < idx < re:
                for k, m in enumerate(ms):
                    if m.end == rs and m.start >= lo:
                        return self.group(doc, ms, k, right=False)
                break
        fallback = None
        for k in range(len(ms) - 1, -1, -1):
            m = ms[k]
            if m.end > idx or k in skip:
                continue
            if m.start < lo:
                break
            if any(rs < m.start and m.end <= re and re <= idx for rs, re in spans):
                continue
            between = lowers(doc)[m.end:idx]
            core = len(between)
            while core and between[core - 1] in self.preverbal:
                core -= 1
            # "… resolusi 26 negara anggota Uni Eropa lainnya yang menegaskan":
            # the actor right before a relativizer is the relative clause's subject.
            if between and between[-1] in self.relativizers and len(between) <= 2:
                return self.group(doc, ms, k, right=False)
            # "… pasukan Kamboja yang lebih dulu melanggarnya": inside its own
            # relative clause, a verb's subject is the antecedent.
            if between and between[0] in self.relativizers and len(between) <= 3 and not self.broken(
                    doc, m.end + 1, idx, spans):
                return self.group(doc, ms, k, right=False)
            if self.broken(doc, m.end, idx, spans):
                break
            # "The IMF's executive board approved": the owner of the subject acts.
            # ("ASEAN's disaster relief arm had delivered": auxiliaries aside).
            if between and between[0] in self.possessives and 1 < core <= 4 \
                    and all(tt.alpha[i] for i in range(m.end + 1, m.end + core)) \
                    and (m.start <= lo or self.subject_like(doc, m, lo, owner=True)):
                return self.group(doc, ms, k, right=False)
            # An actor right before its verb is its subject, whatever precedes it
            # ("setelah Perdana Menteri Hungaria Viktor Orbán bertemu").
            if at_verb and not (at_conjunction and not between) and all(w in self.preverbal for w in between) \
                    or self.subject_like(doc, m, lo):
                return self.group(doc, ms, k, right=True, subject=True)
            # Before a quotation, failing a clear subject, the actor followed by a verb
            # ("after Milei called Lula "corrupt"": "after" may be a preposition).
            if not at_verb and fallback is None and between and self.verb_like(between[0]):
                fallback = k
        if fallback is not None:
            return self.group(doc, ms, fallback, right=True, subject=True)
        return self.leading_owner(doc, ms, idx, lo)

    def leading_owner(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """In head-first languages, the owner in a subject noun phrase that opens
        the clause ("Para pemimpin negara anggota ASEAN membuka …")."""
        tt = token_table(doc)
        if not self.head_first:
            return []
        for k, m in enumerate(ms):
            if m.start < lo:
                continue
            if m.end > idx or self.broken(doc, lo, m.start) or any(
                    tt.lower[i] in self.prepositions or tt.punct[i] for i in range(lo, m.start)):
                return []
            if all(tt.alpha[i] for i in range(lo, m.start)):
                return self.group(doc, ms, k, left=False)
            return []
        return []

    def anaphoric_subject(self, doc: Doc, idx: int, lo: int) -> int | None:
        """Token index of a definite back-reference to a body right before the
        verb ("kelompok itu juga mengumumkan", "the ministry said"), else None."""
        tt = token_table(doc)
        low = lowers(doc)
        k = self.before_auxiliaries(doc, idx, lo)
        if k < lo:
            return None
        if self.head_first and low[k] in self.demonstratives and k - 1 >= lo and low[k - 1] in self.anaphoric_heads:
            return k - 1
        if not self.head_first and low[k] in self.anaphoric_heads and k - 1 >= lo and (
                low[k - 1] in self.definite_determiners
                # "the Caribbean nation", "the East African nation": modifiers
                # between (not "the State Department")
                or tt.text[k].islower() and any(
                    k - j >= lo and low[k - j] in self.definite_determiners
                    and all(tt.alpha[i] for i in range(k - j + 1, k)) for j in (2, 3))):
            return k
        return None

    def first_subject(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """The clause's first subject-like group: the subject of coordinated verbs
        ("X thanked Y … and pledged")."""
        for k, m in enumerate(ms):
            if m.start < lo:
                continue
            if m.end > idx or self.broken(doc, m.end, idx):
                return []
            if self.subject_like(doc, m, lo):
                return self.group(doc, ms, k, left=False)
        return []

    def group_after(self, doc: Doc, ms: list[Mention], idx: int, hi: int,
                    max_gap: int = 6, through_relative: bool = False) -> list[Mention]:
        """The first actor group starting within max_gap tokens after idx
        (through a relative clause too when asked: "dukungan AS yang tak
        tergoyahkan untuk Kazakhstan")."""
        tt = token_table(doc)
        for k, m in enumerate(ms):
            if m.start < idx:
                continue
            spans = [(i, i + 1) for i in range(idx, m.start) if lowers(doc)[i] in self.relativizers] \
                if through_relative else []
            if m.start >= hi or m.start - idx > max_gap or self.broken(doc, idx, m.start, spans):
                return []
            if any(tt.text[i] in ".!?" for i in range(idx, m.start)):
                return []
            return self.group(doc, ms, k, left=False)
        return []

    def before_auxiliaries(self, doc: Doc, idx: int, lo: int) -> int:
        """The token before the verb at idx, past its auxiliaries and adverbs
        ("telah", "will also"), not going below lo."""
        low = lowers(doc)
        k = idx - 1
        while k > lo and low[k] in self.preverbal:
            k -= 1
        return k

    def intending(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """"rencana Uni Eropa untuk menghentikan …", "the EU's plan to ban …",
        "a decision by Seoul to expel …": the owner of the plan does the act at idx."""
        tt = token_table(doc)
        low = lowers(doc)
        k = self.before_auxiliaries(doc, idx, lo)
        if k <= lo or low[k] not in self.purpose_markers:
            return []
        window = range(max(lo, k - 5), k)
        if not any(low[i] in self.intent_nouns for i in window) or any(tt.punct[i] and low[i] not in self.possessives for i in window):
            return []
        for j in range(len(ms) - 1, -1, -1):
            if ms[j].end <= k and ms[j].start >= window.start:
                return self.group(doc, ms, j, right=False)
        return []

    def object_pronoun_at(self, doc: Doc, i: int) -> bool:
        """"accusing it of …", "menuduh negara itu": the object is a party named before."""
        return phrase_length(lowers(doc), i, self.object_pronouns) > 0

    def anonymous(self, words: list[str]) -> bool:
        """"diplomats", "para pejabat": a plural speaker nobody can name, in
        lower case, led by nothing but plural markers."""
        return bool(words) and all(w.islower() for w in words) and words[-1] in self.anonymous_speakers \
            and all(w in self.plural_markers for w in words[:-1])

    def clitic_object(self, word: str) -> bool:
        """"menolaknya", "mendukungnya": the verb's object is a clitic pronoun."""
        return bool(self.object_clitics) and len(word) > 6 and word.endswith(self.object_clitics)

    def partitive_before(self, doc: Doc, idx: int, lo: int) -> bool:
        """"tidak ada yang mendukung", "none of them backed": the subject is a
        share of a group named earlier in the sentence."""
        low = lowers(doc)
        k = idx
        while k - 1 >= lo and low[k - 1] in self.preverbal:
            k -= 1
        return phrase_ends_at(low, k, self.partitives, lo)

    def verb_of_noun(self, doc: Doc, idx: int, lo: int) -> int:
        """Where the clause's verb stands for a noun trigger: "have never held
        a formal bilateral meeting", "menggelar pertemuan" put the subject
        before the light verb, not before the noun."""
        table = token_table(doc)
        low, txt = table.lower, table.text
        for k in range(idx - 1, max(lo, idx - 6) - 1, -1):
            if low[k] in self.light_verbs:
                return k
            if not (txt[k].isalpha() or low[k] == "-") or txt[k][:1].isupper():
                break
        return idx

    def comitative(self, doc: Doc, m: Mention) -> bool:
        """Mention m follows "together with"/"bersama": a co-agent, not an object."""
        return phrase_ends_at(lowers(doc), m.start, self.comitatives)

    def joined_in(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """Before the verb at idx, "<subject> joined <group> in": subject and group."""
        low = lowers(doc)
        link = idx - 1
        if link <= lo or low[link] not in self.joining_links:
            return []
        k = next((k for k, m in enumerate(ms) if m.end == link), None)
        if k is None:
            return []
        group = self.group(doc, ms, k, right=False)
        start = group[0].start
        while start - 1 > lo and low[start - 1] in self.determiners:
            start -= 1
        verb = next((start - len(p) for p in self.joining_verbs if phrase_ends_at(low, start, (p,), lo)), None)
        if verb is None:
            return []
        return [*self.subject_before(doc, ms, verb, lo), *group]

    def after_marker(self, doc: Doc, ms: list[Mention], idx: int, hi: int,
                     markers: frozenset[str]) -> list[Mention]:
        """Actors introduced by one of `markers` ("oleh X", "by X") after idx."""
        tt = token_table(doc)
        for i in range(idx, hi):
            if tt.lower[i] in markers:
                return self.group_after(doc, ms, i + 1, hi, max_gap=2)
        return []
