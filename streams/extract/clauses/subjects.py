"""Subjects over the mentions: the subject-like actor group before a verb, an
owner leading the clause, a definite back-reference, a share of a group, the
owner of a plan; and the verb a noun trigger stands for.

Run after the actor finder, over its mentions; where clauses break and where
relative clauses lie comes from the clause layer (boundaries.py).  The short
windows they scan between an actor and its verb stay per call: they hang on
where the actors are, which the layer (made before them) does not know, and on
the caller's bound `lo`; the layer's verb group is each clause's first verb,
not every trigger these are asked about.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from operator import is_

from spacy.tokens import Doc

from ..mentions import Mention
from ..tokens import lowers, phrase_ends_at, phrase_length, token_table

# doc.user_data[KEPT_SUBJECTS]: the answers of subject_before on this Doc, once
# its actors are final (the pipeline sets it after the actor stage: quotes and
# events ask the same verbs over the same mentions, half the calls on news).
KEPT_SUBJECTS = "diplo_kept_subjects"
HYPHENS = frozenset("-‐‑–")
# A key costs a read per mention: longer lists (text no news paragraph holds) are not kept.
MAX_KEPT_MENTIONS = 64
NAMED_BODY_WORDS = 3     # words of a body named after its owner ("Japan's Fisheries Agency")


def kept_per_doc(method: Callable[..., list[Mention]]) -> Callable[..., list[Mention]]:
    """subject_before answered from the Doc's KEPT_SUBJECTS where it is set:
    one call per (mentions, arguments); each caller gets a list of its own.
    The key holds the mentions' number and the first and last ones' ids, and the
    entry the mentions (so an id is not reused while the entry lives): a hit is
    taken only where they are the very mentions given."""
    @wraps(method)
    def kept(self, doc: Doc, ms: list[Mention], idx: int, lo: int, skip: set[int] = frozenset(),
             at_verb: bool = True, at_conjunction: bool = False) -> list[Mention]:
        memo = doc.user_data.get(KEPT_SUBJECTS)
        if memo is None or len(ms) > MAX_KEPT_MENTIONS:
            return method(self, doc, ms, idx, lo, skip, at_verb, at_conjunction)
        # The key names the mentions by their number and the ids of the first and last (a key
        # of every id cost more than the answers it saved: most calls miss); a hit counts only
        # where the entry's mentions are these, one by one (they live while it does).
        key = (len(ms), id(ms[0]) if ms else 0, id(ms[-1]) if ms else 0, idx, lo, frozenset(skip), at_verb,
               at_conjunction)
        entry = memo.get(key)
        if entry is None or not all(map(is_, entry[1], ms)):
            entry = memo[key] = (method(self, doc, ms, idx, lo, skip, at_verb, at_conjunction), tuple(ms))
        return list(entry[0])
    return kept


def owner_of_named_body(doc: Doc, possessives, m: Mention, idx: int) -> bool:
    """m owns the capitalised body named right after it ("South Korea's Unification Ministry"),
    a body of its own that acts for it; not a common noun ("Israel's main ally")."""
    tt = token_table(doc)
    i = m.end
    if i >= idx or tt.lower[i] not in possessives:
        return False
    j = i + 1
    while j < idx and tt.alpha[j] and tt.text[j][:1].isupper():
        j += 1
    return 1 <= j - i - 1 <= NAMED_BODY_WORDS


RELATIVE_REACH = 10   # tokens from a relativizer to the actor that ends its unpunctuated clause


def relative_head(g, tt, ms: list[Mention], k: int, lo: int) -> int:
    """The actor an unpunctuated relative clause hangs on, where actor ms[k] ends that clause
    right before the main verb: the clause opens with a relativizer right after the earlier
    actor and holds a verb of its own; else k.

        Rusia yang sejak 2021 mengirim instruktur militer ke Mali memperluas kerja sama dengan Bamako.
    """
    if k == 0:
        return k
    h = k - 1
    a, b = ms[h].end, ms[k].start
    if ms[h].start < lo or a >= b or tt.lower[a] not in g.relativizers or b - a > RELATIVE_REACH:
        return k     # most subjects: no relativizer right after the actor before them
    inside = tt.lower[a + 1:b]
    if any(not tt.alpha[i] and not tt.text[i][:1].isdigit() for i in range(a + 1, b)) \
            or g.relativizers.intersection(inside) or g.demonstratives.intersection(inside):
        return k     # a clause closed by its demonstrative ("Junta yang berkuasa sejak 2021 itu menuduh")
    # One verb of its own ("di" of "di dekat" is no verb): a second is the main verb, and the actor after it
    # its object.
    verbs = sum(g.verb_like(w) and w not in g.location_markers for w in inside)
    return h if verbs == 1 else k


def force_of_actor(g, tt, m: Mention, between: list[str], core: int) -> bool:
    """The words between the actor and its verb are a lower-case modifier and a force noun
    the actor's name describes ("after Russian | border guards | detained"): the force acts for it,
    whatever precedes the name (here a preposition-like "after")."""
    if g.head_first or core != 2 or between[1] not in g.force_body_nouns or not m.country:
        return False
    w = between[0]      # one modifier: "maritime", "border", "riot" (not "overnight and | troops")
    return tt.alpha[m.end] and tt.text[m.end][:1].islower() and not g.verb_like(w) \
        and w not in g.joiners and w not in g.prepositions and w not in g.preverbal


class SubjectRules:
    """Mixin of Grammar (syntax.py): reads the word classes on self."""

    __slots__ = ()

    @kept_per_doc
    def subject_before(self, doc: Doc, ms: list[Mention], idx: int, lo: int, skip: set[int] = frozenset(),
                       at_verb: bool = True, at_conjunction: bool = False) -> list[Mention]:
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
        antecedent = self._antecedent(doc, ms, idx, lo, spans)
        if antecedent is not None:
            return antecedent
        fallback = None
        for k in range(len(ms) - 1, -1, -1):
            m = ms[k]
            if m.end > idx or k in skip:
                continue
            if m.start < lo:
                break
            if spans and any(rs < m.start and m.end <= re <= idx for rs, re in spans) or self.patroned(tt, ms, k, lo):
                continue    # inside a relative clause; a backer ("M23 yang didukung Rwanda merebut")
            between = tt.lower[m.end:idx]
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
            # "The IMF's executive board approved", "Chad's leader, who flew in on Monday, signed": the owner acts.
            if between and between[0] in self.possessives and (1 < core <= 4 \
                    and all(tt.alpha[i] for i in range(m.end + 1, m.end + core)) \
                    and (m.start <= lo or self.subject_like(doc, m, lo, owner=True))
                    or spans and owner_past_relative(self, tt, m.end, idx, spans)):
                return self.group(doc, ms, k, right=False)
            # An actor right before its verb is its subject, whatever precedes it
            # ("setelah Perdana Menteri Hungaria Viktor Orbán bertemu").
            if at_verb and not (at_conjunction and not between) and (self.preverbal.issuperset(between)
                    or core == 2 and force_of_actor(self, tt, m, between, core)) or self.subject_like(doc, m, lo):
                held = self.holder_of_place(tt, ms, relative_head(self, tt, ms, k, lo), idx, lo)
                return self.apposed_partner(doc, ms, self.group(doc, ms, held, right=True, subject=True), lo)
            # Before a quotation, failing a clear subject, the actor followed by a verb
            # ("after Milei called Lula "corrupt"": "after" may be a preposition).
            if not at_verb and fallback is None and between and self.verb_like(between[0]):
                fallback = k
        if fallback is not None:
            return self.group(doc, ms, fallback, right=True, subject=True)
        return self.leading_owner(doc, ms, idx, lo)

    def patroned(self, tt, ms: list[Mention], k: int, lo: int) -> bool:
        """Actor ms[k] follows a patron word ("didukung", "pimpinan", "backed by") right after another actor
        (past a relativizer, a comma or one word): "M23 yang didukung Rwanda", "M23 rebels, backed by Rwanda"."""
        i = ms[k].start - 1
        if i < lo or tt.lower[i] not in self.patron_words and tt.lower[i] not in self.agent_markers:
            return False    # most mentions
        if tt.lower[i] in self.agent_markers:
            i -= 1
        if k == 0 or i <= lo or tt.lower[i] not in self.patron_words or tt.text[i - 1] in HYPHENS:
            return False    # "Rwanda-backed M23": M23 is no backer of Rwanda
        j = i - 1
        while j >= lo and (tt.lower[j] in self.relativizers or tt.text[j] == ","):
            j -= 1
        return j >= lo and ms[k - 1].end in (j + 1, j)

    def holder_of_place(self, tt, ms: list[Mention], k: int, idx: int, lo: int) -> int:
        """The actor a place after a location marker is the post of, where one ends right
        before the marker (its envoy or force noun between): "Israeli forces in the West Bank
        arrested", "Japan's ambassador to China met" are Israel's and Japan's acts; else k.

            Israeli forces in the West Bank arrested 20 Palestinians on Tuesday.

        Not before a passive ("The French ambassador to Mali was expelled"): its subject is
        the patient, and the rules of postings read the place.
        """
        if self.passive_be_words.intersection(tt.lower[ms[k].end:idx + 1]):
            return k
        i = ms[k].start - 1
        while i > lo and tt.lower[i] in self.determiners:
            i -= 1
        if i <= lo or tt.lower[i] not in self.location_markers:
            return k
        # Before the marker the actor, or its envoy or force noun ("Japan's ambassador to").
        ends = {i}
        if tt.lower[i - 1] in self.envoy_nouns or tt.lower[i - 1] in self.force_body_nouns:
            ends.add(i - 2 if i - 2 > lo and tt.lower[i - 2] in self.possessives else i - 1)
        for h in range(k - 1, -1, -1):
            if ms[h].end <= i:
                return h if ms[h].end in ends and ms[h].start >= lo else k
        return k

    def apposed_partner(self, doc: Doc, ms: list[Mention], group: list[Mention], lo: int) -> list[Mention]:
        """A subject named in apposition to a counterpart joins the one the counterpart belongs to:
        "Lavrov and his Japanese counterpart, Yoko Kamikawa, held talks" is Lavrov and Kamikawa."""
        low = lowers(doc)
        j = group[0].start     # "his Japanese counterpart, | Kamikawa" or "… counterpart | Kamikawa"
        if j - 1 > lo and low[j - 1] == ",":
            j -= 1
        a = max(lo, j - 6)
        if a >= -1 and self.joiners.isdisjoint(low[a + 1:j]):
            return group    # most subjects: no joiner before them (a set test in C, not a loop)
        for c in range(j - 1, a, -1):
            # (the counterpart word may open the partner's own mention: "Australian counterpart Penny Wong")
            if low[c] in self.joiners and any(w in self.counterpart_words for w in low[c + 1:group[0].end]):
                k = next((k for k, m in enumerate(ms) if m.end == c and m.start >= lo), None)
                if k is None:
                    return group
                return [*self.group(doc, ms, k, right=False), *group]
        return group

    def _antecedent(self, doc: Doc, ms: list[Mention], idx: int, lo: int,
                    spans: list[tuple[int, int]]) -> list[Mention] | None:
        """Inside a relative clause, the actor group it hangs on; None elsewhere
        or when no actor ends right before it."""
        for rs, re in spans:
            if rs < idx < re:
                for k, m in enumerate(ms):
                    if m.end == rs and m.start >= lo:
                        return self.group(doc, ms, apposition_head(self, token_table(doc), ms, k, lo), right=False)
                k = headed_antecedent(self, token_table(doc), ms, rs, lo)
                return None if k is None else self.group(doc, ms, k, right=False)
        return None

    def subject_like(self, doc: Doc, m: Mention, lo: int, owner: bool = False) -> bool:
        # "Israel's main ally": a possessive modifies the noun after it.
        tt = token_table(doc)
        if not owner and m.end < len(tt.lower) and tt.lower[m.end] in self.possessives:
            return False
        i = m.start - 1
        while i >= lo and tt.lower[i] in self.determiners:
            i -= 1
        # "gang leader Jimmy Cherizier", "former minister X": where modifiers
        # precede their head, a lower-case title may carry one of its own.
        if not self.head_first and tt.text[m.start][:1].islower() and i >= lo \
                and self.modifier_word(tt.lower[i], tt.text[i], tt.alpha[i]):
            i -= 1
            while i >= lo and tt.lower[i] in self.determiners:
                i -= 1
        if i < lo:
            return True
        # The previous word read from the table (a Token object per call costs more than the tests).
        low = tt.lower[i]
        # "Leaders of the Group of Seven agreed": the group the heads belong to acts.
        if low in self.owner_markers and i - 1 >= lo and (
                tt.lower[i - 1] in self.collective_heads or tt.lower[i - 1] in self.person_heads) \
                and (i - 2 < lo or not tt.alpha[i - 2] or tt.lower[i - 2] in self.determiners):
            return True
        if low in self.prepositions:
            return False
        if tt.punct[i] or low in self.joiners or low in self.complementizers or low in self.breakers \
                or low in self.speech_verbs:
            return True
        # A name right after a common word is not a subject: its modifier in
        # head-first languages ("invasi Rusia", "pasukan AS"), its object in
        # English ("called Lula", "met Xi").
        if tt.alpha[i] and tt.text[i][:1].islower():
            return False
        # "menghadiri KTT ASEAN … dan bertemu": an upper-case venue noun is a
        # common word too, its name the venue's modifier (head-first languages).
        if self.head_first and low in self.venue_nouns:
            return False
        # "deported more than 4,000 Mexican nationals": a counted noun after a
        # verb is its object ("two Western diplomats said" stays a subject).
        if doc[i].like_num:
            j = i - 1
            while j >= lo and (doc[j].like_num or tt.lower[j] in self.quantity_words):
                j -= 1
            return not (j >= lo and tt.alpha[j] and tt.text[j][:1].islower()
                        and tt.lower[j] not in self.joiners and tt.lower[j] not in self.complementizers)
        return True

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

    def first_subject(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """The clause's first subject-like group: the subject of coordinated verbs
        ("X thanked Y … and pledged")."""
        for k, m in enumerate(ms):
            if m.start < lo:
                continue
            if m.end > idx or self.broken(doc, m.end, idx):
                return []
            if self.subject_like(doc, m, lo) or owner_of_named_body(doc, self.possessives, m, idx) \
                    and self.subject_like(doc, m, lo, owner=True):
                # "Yemen's Houthis … and said": a group or body with a code of its own acts, not its country.
                owned = k + 1 < len(ms) and ms[k + 1].code and ms[k + 1].start == m.end + 1 \
                    and ms[k + 1].end <= idx and token_table(doc).lower[m.end] in self.possessives
                return self.group(doc, ms, k + 1 if owned else k, left=False)
        return []

    def anaphoric_subject(self, doc: Doc, idx: int, lo: int) -> int | None:
        """Token index of a definite back-reference to a body right before the
        verb ("kelompok itu juga mengumumkan", "the ministry said"), else None."""
        tt = token_table(doc)
        low = tt.lower
        k = self.before_auxiliaries(doc, idx, lo)
        if k < lo:
            return None
        if self.head_first and low[k] in self.demonstratives:
            if k - 1 >= lo and low[k - 1] in self.anaphoric_heads:
                return k - 1
            # past one describing word: "kelompok pemberontak itu"
            if k - 2 >= lo and low[k - 2] in self.anaphoric_heads and tt.alpha[k - 1] and tt.text[k - 1].islower():
                return k - 2
            return None
        if not self.head_first and low[k] in self.anaphoric_heads and k - 1 >= lo and (
                low[k - 1] in self.definite_determiners
                # "the Caribbean nation", "the East African nation": modifiers
                # between (not "the State Department")
                or tt.text[k].islower() and any(
                    k - j >= lo and low[k - j] in self.definite_determiners
                    and all(tt.alpha[i] for i in range(k - j + 1, k)) for j in (2, 3))):
            return k
        return None

    def nominal_subject(self, doc: Doc, idx: int, lo: int) -> bool:
        """The trigger at idx is a noun phrase that opens its clause ("patroli
        gabungan … akan digelar", "the joint drills will be held"): not verb-shaped,
        after the clause start, a complementizer, a determiner or a comma."""
        tt = token_table(doc)
        low = tt.lower
        if self.verb_like(low[idx]) or tt.text[idx][:1].isupper() and idx > lo:
            return False
        k = idx - 1
        return k < lo or low[k] in self.complementizers or low[k] in self.determiners or low[k] == ","

    def partitive_before(self, doc: Doc, idx: int, lo: int) -> bool:
        """"tidak ada yang mendukung", "none of them backed": the subject is a
        share of a group named earlier in the sentence."""
        low = lowers(doc)
        k = idx
        while k - 1 >= lo and low[k - 1] in self.preverbal:
            k -= 1
        return phrase_ends_at(low, k, self.partitives, lo)

    def intending(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """"rencana Uni Eropa untuk menghentikan …", "the EU's plan to ban …",
        "a decision by Seoul to expel …": the owner of the plan does the act at idx."""
        tt = token_table(doc)
        low = tt.lower
        k = self.before_auxiliaries(doc, idx, lo)
        if k <= lo or low[k] not in self.purpose_markers:
            return []
        window = range(max(lo, k - 5), k)
        if not any(low[i] in self.intent_nouns for i in window) \
                or any(tt.punct[i] and low[i] not in self.possessives for i in window):
            return []
        for j in range(len(ms) - 1, -1, -1):
            if ms[j].end <= k and ms[j].start >= window.start:
                return self.group(doc, ms, j, right=False)
        return []

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

    def object_pronoun_at(self, doc: Doc, i: int) -> bool:
        """"accusing it of …", "menuduh negara itu": the object is a party named before."""
        return phrase_length(lowers(doc), i, self.object_pronouns) > 0


APPOSITION_WORDS = 8     # the most words an apposition holds before the actor that ends it


def apposition_head(g, tt, ms: list[Mention], k: int, lo: int) -> int:
    """The person whose apposition actor ms[k] ends, where a relative clause opens right after it; else k.
    The clause hangs on the apposition's head, not on a name inside its description (of a person only: after
    a place, "in Gaza, a rebuke of the United States, which vetoed" sets a whole clause in apposition).

        Kantor berita KCNA mengutip Kim Yo Jong, adik pemimpin Kim Jong Un, yang menyebut latihan itu provokasi.
    """
    c = ms[k].start - 1
    while c >= lo and not tt.punct[c]:
        c -= 1
    if c < lo or tt.text[c] != "," or not 0 < ms[k].start - c - 1 <= APPOSITION_WORDS:
        return k
    # A description: words of no verb, list or clause of their own ("adik pemimpin", "the sister of leader").
    if any(g.verb_like(w) or w in g.joiners or w in g.relativizers for w in tt.lower[c + 1:ms[k].start]):
        return k
    h = next((h for h in range(k - 1, -1, -1) if ms[h].end <= c), None)
    return h if h is not None and ms[h].end == c and ms[h].start >= lo and ms[h].type == "PERSON" else k


def headed_antecedent(g, tt, ms: list[Mention], rs: int, lo: int) -> int | None:
    """The actor a relative clause opening at rs hangs on through its head noun ("Hamas leaders, who"), if any."""
    k = next((k for k in range(len(ms) - 1, -1, -1) if ms[k].end < rs), None)
    return k if k is not None and ms[k].start >= lo and headed_by(g, tt, ms[k].end, rs) else None


def owner_past_relative(g, tt, a: int, idx: int, spans: list[tuple[int, int]]) -> bool:
    """Tokens a..idx are an owner's possessive, its short head, a relative clause and the verb's
    own preverbal words: "('s) prime minister, who arrived on Tuesday, | signed"."""
    rel = next(((rs, re) for rs, re in spans if a < rs and re < idx), None)
    return rel is not None and tt.lower[a] in g.possessives and headed_by(g, tt, a, rel[0]) \
        and g.preverbal.issuperset(tt.lower[rel[1] + 1:idx])


def headed_by(g, tt, a: int, b: int) -> bool:
    """Tokens a..b are the head noun an actor just before them names: its owner's
    possessive and a short head ("Ethiopia's prime minister, who"), or a body,
    force or group noun ("Hamas leaders, who", "Sudanese troops, which")."""
    words = tt.lower[a:b]
    if not words or not all(tt.alpha[i] for i in range(a + (words[0] in g.possessives), b)):
        return False
    if words[0] in g.possessives:
        return 1 < len(words) <= 4
    return len(words) <= 2 and all(
        w in g.collective_heads or w in g.person_heads or w in g.envoy_nouns
        or w in g.force_body_nouns or w in g.group_nouns for w in words)
