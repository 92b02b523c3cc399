"""Actor groups over the mentions: coordinated actors ("A, B dan C"), the group
after a word, the group a marker introduces, collective subjects ("the two
countries"), co-agents ("together with X").

Run after the actor finder, over its mentions; where clauses break comes from
the clause layer (boundaries.py).  What joins two actors is read between them
per call: the layer, made before the actors, has no mentions to join.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..mentions import Mention
from ..tokens import TokenTable, hyphen_joins, lowers, phrase_ends_at, phrase_length, token_table


# The tokens `in ".!?"` held (any piece of that string): a sentence ends between an idx and its actor.
SENTENCE_MARKS = frozenset({"", ".", "!", "?", ".!", "!?", ".!?"})
OFFICE_WORDS = 3       # words of a title between a conjunction and the state it is of ("dan | Perdana Menteri | X")
PLACE_NAME_REACH = 4   # words of a venue's name before its comma and city ("di Gedung Pancasila, Jakarta")


class GroupRules:
    """Mixin of Grammar (syntax.py): reads the word classes on self."""

    __slots__ = ()

    def is_joint(self, doc: Doc, a: int, b: int, tt: TokenTable | None = None) -> bool:
        """Tokens a..b (exclusive) only join two actors ("," "dan" "and", "and the");
        tt: the Doc's token table, where the caller holds it."""
        if tt is None:
            tt = token_table(doc)
        low = tt.lower
        if b == a + 1 and hyphen_joins(tt, a):
            return True     # "Australia-Indonesia", "dialog Beograd-Pristina": a pair
        if a < b and low[b - 1] in self.list_determiners:      # "… and the Philippines"
            b -= 1
        if a + 1 < b and low[b - 1].isdigit():      # "…, dan 9 negara Barat lainnya": a count before the last
            b -= 1
        if a + 1 < b and low[a] == ")" and a > 0 and tt.text[a - 1].isupper():
            a += 1      # "Tentara Kemerdekaan Kachin (KIA) dan Tentara Arakan": past the acronym's bracket
        # A loop, not all() over a generator (building one costs more than the
        # token or two read), nor a slice (a..b may span a long paragraph: the
        # first word that joins nothing ends the test).
        joiners = self.joiners
        for i in range(a, b):
            if low[i] not in joiners:
                return False
        # "at the White House as Russian drones": "as" joins only inside "as well as".
        if a < b and not self.phrase_joiner_words.isdisjoint(low[a:b]):
            return whole_phrases(low[a:b], self.joiner_phrases, self.phrase_joiner_words)
        return a < b

    def absolute(self, doc: Doc, ms: list[Mention], k: int, low: list[str] | None = None) -> bool:
        """Mention k is the subject of an absolute clause ("…, with China abstaining"): no actor joined before it."""
        if low is None:
            low = lowers(doc)
        i = ms[k].start - 1
        while i > 0 and low[i] in self.determiners:
            i -= 1
        e = ms[k].end
        return i >= 0 and low[i] in self.absolute_markers and e < len(low) \
            and low[e].endswith(self.participle_suffixes) and len(low[e]) > 4

    def group(self, doc: Doc, ms: list[Mention], k: int, left: bool = True,
              right: bool = True, subject: bool = False) -> list[Mention]:
        """Mention k with the actors coordinated with it ("A, B dan C").

        A bare comma only joins inside a list that a conjunction closes, so
        "Tileuberdi dari Kazakhstan, Biden menjanjikan" stays two groups.
        """
        lo = hi = k
        tt = token_table(doc)
        low = tt.lower
        while left and lo > 0 and (self.is_joint(doc, ms[lo - 1].end, ms[lo].start, tt) or short_form(ms, lo, low)
                                   or self.offices_joined(tt, ms, lo)) \
                and not self.absolute(doc, ms, lo, low):
            lo -= 1
        while right and hi + 1 < len(ms) and (self.is_joint(doc, ms[hi].end, ms[hi + 1].start, tt)
                                              or short_form(ms, hi + 1, low) or self.offices_joined(tt, ms, hi + 1)) \
                and not self.absolute(doc, ms, hi + 1, low):
            hi += 1
        if subject:
            head = self._comitative_head(ms, lo, low)
            if head is not None:
                # "Trump bersama A, B, dan C menandatangani": the head and its partners act together.
                return [*self.group(doc, ms, head, right=False), *_listed(ms, lo, hi, low)]
        lead = ms[lo].start - 1
        while lead > 0 and low[lead] in self.determiners:
            lead -= 1       # "from the Kremlin, Putin and Erdogan …": past "the" to "from"
        # "the foreign ministers of Japan and the Philippines met": the owners of the subject stay one group.
        owners = lead > 0 and low[lead] in self.owner_markers and low[lead - 1] in self.collective_heads
        if subject and lo < k and lead >= 0 and low[lead] in self.prepositions and not owners \
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
        # The links read from the token table (a Span and its Tokens cost more than the test).
        punct = tt.punct
        if all(0 not in punct[ms[i].end:ms[i + 1].start] for i in range(lo, hi)) \
                and not self._list_goes_on(tt, ms[hi].end):
            # No conjunction: only a hyphenated pair holds together.
            pair = [i for i in range(lo, hi) if ms[i + 1].start - ms[i].end == 1 and low[ms[i].end] == "-"]
            a = b = k
            while a - 1 in pair:
                a -= 1
            while b in pair:
                b += 1
            return ms[a:b + 1]
        return _listed(ms, lo, hi, low)

    def offices_joined(self, tt: TokenTable, ms: list[Mention], i: int) -> bool:
        """ms[i - 1] and ms[i] are the states of two offices a conjunction joins, each named by its title
        ("Presiden Vanuatu dan Perdana Menteri Kepulauan Solomon menyerukan"): one group."""
        a, b = ms[i - 1].end, ms[i].start
        low, text = tt.lower, tt.text
        if not 1 < b - a <= OFFICE_WORDS + 1 or low[a] not in self.verb_coordinators or low[a] not in self.joiners:
            return False
        s = ms[i - 1].start - 1
        return s >= 0 and text[s][:1].isupper() and low[s] in self.nouns \
            and all(text[j][:1].isupper() and low[j] in self.nouns for j in range(a + 1, b))

    def _comitative_head(self, ms: list[Mention], lo: int, low: list[str]) -> int | None:
        """The mention right before the comitative marker that opens mention lo ("Trump | bersama | A"), else None."""
        start = ms[lo].start
        size = next((len(p) for p in self.comitatives if tuple(low[max(0, start - len(p)):start]) == p), 0)
        if not size or lo == 0 or ms[lo - 1].end != start - size:
            return None
        return lo - 1

    def _list_goes_on(self, tt: TokenTable, e: int) -> bool:
        """A conjunction after token e opens the last item of a list that no actor names ("dari Otoritas
        Palestina, Uni Eropa, dan sejumlah negara Arab"): the items named before it are one list."""
        low = tt.lower
        if e < len(low) and low[e] == ",":
            e += 1
        return e + 1 < len(low) and low[e] in self.verb_coordinators and low[e] in self.joiners \
            and tt.alpha[e + 1] and not self.verb_like(low[e + 1])

    def group_after(self, doc: Doc, ms: list[Mention], idx: int, hi: int,
                    max_gap: int = 6, through_relative: bool = False) -> list[Mention]:
        """The first actor group starting within max_gap tokens after idx
        (through a relative clause too when asked: "dukungan AS yang tak
        tergoyahkan untuk Kazakhstan")."""
        tt = token_table(doc)
        for k, m in enumerate(ms):
            if m.start < idx:
                continue
            if m.start >= hi or m.start - idx > max_gap:
                return []
            spans = [(i, i + 1) for i in range(idx, m.start) if tt.lower[i] in self.relativizers] \
                if through_relative else []
            if self.broken(doc, idx, m.start, spans):
                return []
            if not SENTENCE_MARKS.isdisjoint(tt.text[idx:m.start]):
                return []
            return self.group(doc, ms, k, left=False)
        return []

    def after_marker(self, doc: Doc, ms: list[Mention], idx: int, hi: int,
                     markers: frozenset[str]) -> list[Mention]:
        """Actors introduced by one of `markers` ("oleh X", "by X") after idx."""
        tt = token_table(doc)
        for i in range(idx, hi):
            if tt.lower[i] in markers:
                return self.group_after(doc, ms, i + 1, hi, max_gap=2)
        return []

    def collective_size(self, doc: Doc, k: int) -> tuple[int | None, int]:
        """How many parties the collective ending at token k names ("the two
        leaders", "kedua menteri", "keduanya": 2), and where it starts."""
        tt = token_table(doc)
        low = tt.lower
        n = self.collective_pronouns.get(low[k])
        start = k
        if n is None and low[k] in self.collective_numbers and k >= 1 and low[k - 1] in self.definite_determiners:
            n, start = self.collective_numbers[low[k]], k - 1      # "the three condemned"
        if n is None and self.head_first:
            # "kedua kepala negara itu": the number, its head right after it, then the head's
            # modifiers and a demonstrative.
            j = k - 1 if low[k] in self.demonstratives else k
            for i in range(j - 1, max(j - 3, -1), -1):
                if not tt.alpha[i + 1]:
                    break
                if low[i] in self.collective_numbers and low[i + 1] in self.collective_heads:
                    n, start = self.collective_numbers[low[i]], i
                    break
        elif n is None and low[k] in self.collective_heads and k >= 1:
            j = k - 1
            while j >= 0 and low[j] not in self.collective_numbers and k - j <= 2 and tt.alpha[j]:
                j -= 1
            if j >= 0 and low[j] in self.collective_numbers:
                n, start = self.collective_numbers[low[j]], j
        return n, start

    def collective_head(self, doc: Doc, k: int, start: int) -> str:
        """The head word of the collective from start to k: right after its number
        where modifiers follow the head ("kedua kepala negara"), else its last word."""
        low = lowers(doc)
        return low[start + 1] if self.head_first and start + 1 <= k else low[k]

    def collective_subject(self, doc: Doc, ms: list[Mention], idx: int, lo: int) -> list[Mention]:
        """"the two countries agreed", "kedua pemimpin menyaksikan", "keduanya":
        the last N distinct actors named before, in this paragraph."""
        k = self.before_auxiliaries(doc, idx, 0)
        if k < 0:
            return []
        pair = next((m for m in ms if m.start <= k < m.end and m.members and not m.code), None)
        if pair is not None:
            return [pair]       # "kedua negara" already stands for its two states
        n, start = self.collective_size(doc, k)
        if not n:
            return []
        pair = next((m for m in ms if m.start == start and m.members and not m.code), None)
        if pair is not None:
            return [pair]       # "kedua negara tetangga itu": the pair read at its start, not two named before
        # "the two leaders" are people; "the two countries" any party.
        people = self.collective_head(doc, k, start) in self.person_heads
        seen: dict[str, Mention] = {}
        # A place ("di Jakarta", "di Gedung Pancasila, Jakarta") is where they were, not one of them.
        for m in reversed([m for m in ms if m.end <= start and (m.type == "PERSON" or not people)
                           and not self.placed(doc, m.start)]):
            key = m.country or m.name
            if key not in seen:
                seen[key] = m
            if len(seen) == n:
                return list(reversed(list(seen.values())))
        return []

    def placed(self, doc: Doc, i: int) -> bool:
        """The name at token i follows a location marker: right after it ("di Jakarta"), or after
        a comma that closes the name of a building or venue it introduced ("di Gedung Pancasila, Jakarta")."""
        tt = token_table(doc)
        low = tt.lower
        if i > 0 and low[i - 1] in self.location_markers:
            return True
        if i < 3 or low[i - 1] != ",":
            return False
        j = i - 2
        while j >= 0 and i - 2 - j < PLACE_NAME_REACH and tt.alpha[j] and tt.text[j][:1].isupper():
            j -= 1
        return j < i - 2 and j >= 0 and low[j] in self.location_markers

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


def short_form(ms: list[Mention], i: int, low: list[str]) -> bool:
    """Mention i is the short form in brackets of the one before it ("Organisasi Kesehatan Dunia (WHO)"):
    the same actor, joined to what the long form is joined to."""
    return i > 0 and ms[i].start == ms[i - 1].end + 1 and low[ms[i - 1].end] == "(" \
        and ms[i].name == ms[i - 1].name and ms[i].code == ms[i - 1].code


def whole_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...], parts: frozenset[str]) -> bool:
    """No word of `parts` in `words` outside a whole one of `phrases`."""
    i = 0
    while i < len(words):
        n = phrase_length(words, i, phrases)
        if not n and words[i] in parts:
            return False
        i += n or 1
    return True


def _listed(ms: list[Mention], lo: int, hi: int, low: list[str]) -> list[Mention]:
    """Mentions lo..hi of a list, without the short forms in brackets that repeat the name before them (short_form)."""
    return [ms[i] for i in range(lo, hi + 1) if i == lo or not short_form(ms, i, low)]
