"""Where a quote's speaker stands: right after the cue ("kata Eide", "said
Merz", "menurut Luxon"), in the phrase just before it ('…," the ministry
said'), or as the subject of the clause the cue is the verb of ("Lavrov said
that …").  Each place is read by its own ordered list of named rules; a rule
looks at a Slot and returns a Spec (who stands there) or None (not its case).
The first Spec wins.  The context turns Specs into actors later (speakers.py).

    AFTER_CUE    agency_after, statement_of_after, apposed_after, name_after_bracket_after, titled_after,
                 person_of_body_after, role_before_person_after, named_after, title_run_after,
                 pronoun_after, titled_body_after, new_name_apposed_after, capitalised_after, anonymous_named_back,
                 anonymous_head_after, anonymous_modified_after, described_after, anonymous_after, named_near_after,
                 body_after
    BEFORE_CUE   apposed_in_phrase, described_phrase, person_after_bracket, agency_phrase, person_ends_phrase,
                 named_in_phrase,
                 pronoun_ends_phrase, anonymous_phrase, anonymous_head_phrase, body_phrase, unknown_phrase
    SUBJECT      agency_subject, subject_of_first_verb, subject_of_participle, pronoun_next_to_verb,
                 described_subject, body_subject, subject_before_aside, body_of_named_subject,
                 actor_before_place, actor_before_relative, person_of_body_subject, name_after_bracket,
                 named_subject, bare_body_subject, anonymous_subject, earlier_pronoun
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..mentions import Mention
from ..syntax import Grammar, lowers, sentence_of, token_table
from .described import Describer
from .scan import NO_SPEAKER, Spec

if TYPE_CHECKING:       # annotations only: syntax.py need not keep exporting the classes
    from ..syntax import TokenTable

PRONOUNS_KEY = "diplo_last_pronoun"
APPOSED_WORDS = 9       # the words of a description before its apposed person
TITLED_WORDS = 14       # the capitalised words of a title chain after the cue
BODY_SUBJECT_WORDS = 4  # the words of a body named bare as a sentence's subject
UNKNOWN_NAME_WORDS = 3  # the capitalised words of a name nobody knows yet
BODY_PHRASE_WORDS = 6   # the words after a cue up to the comma of a body's phrase
BRACKET_WORDS = 6       # the words of a bracketed acronym or gloss before the verb
ROLE_WORDS = 3          # the lower-case role words between a body after the cue and its person
TITLE_RUN_WORDS = 4     # the capitalised title words between a state and its person ("U.S. Trade Secretary")
ANONYMOUS_WORDS = 4     # the words of an unnamed source's phrase up to its head ("two senior Western officials")
PERSON_NAME_WORDS = 4   # the capitalised words of a person's name ending a phrase ("Recep Tayyip Erdogan")
STATEMENT_WORDS = 5     # the lower-case words between a statement and its issuer ("a statement issued by the")
AGENCY_WORDS = 4        # the words of a news agency's phrase after its head ("kantor berita resmi Iran IRNA")
MODIFIER_WORDS = 2      # the lower-case words between an unnamed source and its state ("pejabat kesehatan Gaza")
AGENCY_LEAD = 2         # the lower-case words before a known agency's name with no head ("the official KCNA")


@dataclass(slots=True)
class Slot:
    """Tokens lo..hi where a speaker is sought, with what the rules read."""
    doc: Doc
    tt: TokenTable
    ms: list[Mention]
    lo: int
    hi: int
    reader: SpeakerSlots          # the language's pronouns, bodies and grammar
    by_start: dict[int, int] | None = None   # mention index by start token (after the cue)
    at_verb: bool = True            # the subject's cue is a verb, not a quotation
    grammar_subject: list[Mention] | None = field(default=None, init=False, repr=False, compare=False)
    word_tokens: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    before_verb: int | None = field(default=None, init=False, repr=False, compare=False)

    def subject(self) -> list[Mention]:
        """The grammar's subject of the cue (subject_before of lo..hi): four SUBJECT rules
        read it, asked once a slot (the rules read the list, never change it)."""
        if self.grammar_subject is None:
            self.grammar_subject = self.reader.g.subject_before(self.doc, self.ms, self.hi, self.lo,
                                                                 at_verb=self.at_verb)
        return self.grammar_subject

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Characters of tokens a..b (inclusive)."""
        return self.tt.idx[a], self.tt.idx[b] + len(self.tt.text[b])

    def words(self) -> list[int]:
        """The slot's tokens that are no punctuation (several rules read them; made once a slot)."""
        if self.word_tokens is None:
            # Filtered in C: the slot may span a long sentence, and a Python test costs ~10 bytecodes a token.
            self.word_tokens = list(filterfalse(self.tt.punct.__getitem__, range(self.lo, self.hi)))
        return self.word_tokens

    def verb_end(self) -> int:
        """The token before the cue and its auxiliaries (before_auxiliaries of hi, made once a slot)."""
        if self.before_verb is None:
            self.before_verb = self.reader.g.before_auxiliaries(self.doc, self.hi, self.lo)
        return self.before_verb


def _first_from(ms: list[Mention], i: int) -> Mention | None:
    """The first mention (in text order) starting at token i or after, found by bisection."""
    k = bisect_left(ms, i, key=attrgetter("start"))
    return ms[k] if k < len(ms) else None


def _named(m: Mention) -> Spec:
    return Spec("explicit", m, (m.start_char, m.end_char))


# -- right after the cue (lo: its first word past determiners) -----------------
def person_of_body_after(s: Slot) -> Spec | None:
    """A body or state right after the cue, a person right after it, is that person's description: '…, kata pejabat
    senior Hamas Osama Hamdan kepada Al Jazeera.' → Osama Hamdan (the actor finder gave the words before him apart);
    so with a lower-case role between them: '"…," said UNHCR regional director Maria Ortega.' → Maria Ortega."""
    k = s.by_start.get(s.lo)
    if k is None or s.ms[k].type == "PERSON" or k + 1 >= len(s.ms):
        return None
    person, tt, g = s.ms[k + 1], s.tt, s.reader.g
    if person.type != "PERSON" or person.start - s.ms[k].end > ROLE_WORDS or not all(
            tt.alpha[i] and tt.text[i].islower() and tt.lower[i] not in g.prepositions and tt.lower[i] not in g.joiners
            and not g.verb_like(tt.lower[i]) for i in range(s.ms[k].end, person.start)):
        return None
    return _named(person)


def role_before_person_after(s: Slot) -> Spec | None:
    """A lower-case role and its words, then a person, after the cue: '…, kata penasihat pemimpin tertinggi Iran
    Ali Larijani dalam wawancara.' → Ali Larijani (no comma, no joining word, no preposition between)."""
    tt, g, n = s.tt, s.reader.g, len(s.tt.text)
    if tt.lower[s.lo] not in s.reader.title_firsts or not tt.text[s.lo].islower():
        return None
    for k in range(s.lo + 1, min(n, s.lo + APPOSED_WORDS)):
        at = s.by_start.get(k)
        if at is not None and s.ms[at].type == "PERSON":
            return _named(s.ms[at])
        w = tt.lower[k]
        if not tt.alpha[k] or w in g.prepositions or w in g.relativizers or w in g.complementizers \
                or w in g.breakers or w in g.verb_coordinators:
            return None
    return None


def named_after(s: Slot) -> Spec | None:
    """An actor right after the cue: '"We are ready to talk," said Foreign Minister Penny Wong.'"""
    k = s.by_start.get(s.lo)
    return _named(s.ms[k]) if k is not None else None


def _agency_end(s: Slot, a: int, hi: int) -> int | None:
    """The last token of a news agency's phrase opening at token a, before hi: a known agency's name ('Xinhua'),
    also after lower-case words ('the official KCNA'), or a head ('kantor berita'), lower-case words and states, then
    a name ('kantor berita resmi Iran IRNA', 'kantor berita Palestina WAFA')."""
    tt, r = s.tt, s.reader
    k = next((a + len(p) for p in r.agency_heads if tuple(tt.lower[a:a + len(p)]) == p), a)
    head = k > a
    while k < min(hi, a + AGENCY_WORDS + 2):
        if tt.text[k] in r.agencies:
            return k
        name = tt.alpha[k] and tt.text[k][:1].isupper()
        if head and name and (k + 1 >= hi or tt.punct[k + 1]):
            return k
        lower = tt.alpha[k] and tt.text[k].islower()
        # Two lower-case words at most lead a known agency's name too, no preposition or verb: 'according to the
        # official KCNA news agency' (not 'said in a statement carried by KCNA', 'yang diterima Antara').
        w = tt.lower[k]
        if lower and not head and (k - a >= AGENCY_LEAD or w in r.g.prepositions or r.g.verb_like(w)):
            return None
        if not (lower or head and name):
            return None
        k += 1
    return None


def agency_after(s: Slot) -> Spec | None:
    """A news agency after the cue speaks for its state, never as a party: '…, lapor kantor berita Yonhap.',
    'Menurut kantor berita Antara, …' (speakers.agency_state)."""
    end = _agency_end(s, s.lo, len(s.tt.text))
    return Spec("agency", None, s.span(s.lo, end)) if end is not None else None


def statement_of_after(s: Slot) -> Spec | None:
    """A statement whose issuer follows it after the cue, past lower-case words: 'according to a statement from the
    White House', 'menurut pernyataan yang dirilis Kemenlu Qatar' (grammar quote_statement_nouns) → the issuer."""
    tt, n = s.tt, len(s.tt.text)
    if tt.lower[s.lo] not in s.reader.statement_nouns:
        return None
    for k in range(s.lo + 1, min(n, s.lo + 1 + STATEMENT_WORDS)):
        at = s.by_start.get(k)
        if at is not None:
            return _named(s.ms[at]) if s.ms[at].type != "PERSON" else None
        if not (tt.alpha[k] and tt.text[k].islower()):
            return None
    return None


def local_after(s: Slot) -> Spec | None:
    """An unnamed office of the place the story is filed from after the cue, a title too: '…, kata gubernur
    setempat pada Senin.' (speakers.local_of_home: the dateline's state)."""
    tt, n = s.tt, len(s.tt.text)
    if tt.lower[s.lo] not in s.reader.local_firsts:
        return None
    p = next((p for p in s.reader.local_words if tuple(tt.lower[s.lo:s.lo + len(p)]) == p), None)
    if p is None:
        return None
    end = s.lo + len(p)
    # Not the officials of a place named after them ("local officials in Gaza"): that place is not the dateline's.
    placed = end + 1 < n and any(m.start == end + 1 and m.type != "PERSON" for m in s.ms)
    return Spec("anonymous", None, s.span(s.lo, end - 1)) if end >= n or not tt.alpha[end] \
        or (tt.lower[end] in s.reader.g.prepositions or tt.lower[end] in s.reader.adjuncts) and not placed else None


def bare_title_after(s: Slot) -> Spec | None:
    """A lower-case title alone after the cue, its holder not named: '…, kata menteri luar negeri pada Senin.'
    (a description: a known holder, else the dateline state's office, speakers.title_of_home)."""
    tt, d, n = s.tt, s.reader.describe, len(s.tt.text)
    if tt.lower[s.lo] not in s.reader.title_firsts or not tt.text[s.lo].islower():
        return None
    end = next((s.lo + k for k in range(min(d.longest, n - s.lo), 0, -1)
                if tuple(tt.lower[s.lo:s.lo + k]) in d.titles and tt.text[s.lo].islower()), None)
    if end is None or end < n and tt.alpha[end] and not (tt.lower[end] in s.reader.g.prepositions
                                                          or tt.lower[end] in s.reader.adjuncts):
        return None
    return Spec("described", None, s.span(s.lo, end - 1))


def apposed_after(s: Slot) -> Spec | None:
    """A description, a comma, then the person: '“…,” kata koordinator aksi, Rahmat Hidayat, kepada wartawan.'
    The description may be a title naming a body ('kata Juru Bicara Kementerian Luar Negeri RI, Roy Soemirat,')."""
    tt = s.tt
    n = len(tt.text)        # past the cue's window, as a description may be
    k = s.lo
    while k < min(n, s.lo + APPOSED_WORDS) and tt.alpha[k] and (tt.text[k][:1].islower() or k - s.lo < 8):
        k += 1
    if k == s.lo or tt.lower[s.lo] in s.reader.pronouns or k + 1 >= n or tt.text[k] != ",":
        return None
    # A capitalised description names nobody: '“…,” kata Retno Marsudi, Menteri Luar Negeri, …' is Retno.
    if any(m.type == "PERSON" and s.lo <= m.start < k for m in s.ms):
        return None
    at = s.by_start.get(k + 1)
    return _named(s.ms[at]) if at is not None and s.ms[at].type == "PERSON" else None


def titled_after(s: Slot) -> Spec | None:
    """A long title split into several actors, the person last: 'kata Kapolda Metro Jaya Inspektur
    Jenderal Asep Edi Suheri', 'kata Kepala Penerangan Kodam XVII/Cenderawasih Kolonel Candra Kurniawan'."""
    tt = s.tt
    k = s.lo
    while k < len(tt.text) and k - s.lo < TITLED_WORDS and (
            tt.text[k][:1].isupper() and not tt.punct[k] or tt.text[k] == "/"):
        k += 1
    inside = [m for m in s.ms if s.lo <= m.start and m.end <= k + 1]
    if len(inside) < 2 or inside[-1].type not in ("PERSON", "ORG"):
        return None
    return _named(inside[-1])


def name_after_bracket_after(s: Slot) -> Spec | None:
    """A capitalised title after the cue, a bracketed acronym in it, then a name: that person speaks, not the body in
    the brackets: '…, kata Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto.' (ranks before the name
    are the title's: '(BNPB) Letjen TNI Suharyanto')."""
    tt, n, joiners = s.tt, len(s.tt.text), s.reader.title_joiners
    k = s.lo
    while k < min(n, s.lo + TITLED_WORDS) and tt.alpha[k] and (tt.text[k][:1].isupper() or tt.lower[k] in joiners):
        k += 1
    close = k + 1
    while close < min(n, k + BRACKET_WORDS) and tt.text[close] != ")" and not tt.punct[close]:
        close += 1
    if k == s.lo or k >= n or tt.text[k] != "(" or close >= n or tt.text[close] != ")":
        return None
    end = close + 1
    while end < n and tt.alpha[end] and tt.text[end][:1].isupper():
        end += 1
    person = next((m for m in reversed(s.ms) if m.type == "PERSON" and close < m.start and m.end <= end), None)
    if person is not None:
        return _named(person)
    a = end
    while a > close + 1 and end - a < UNKNOWN_NAME_WORDS and not tt.text[a - 1].isupper() \
            and tuple(tt.lower[a - 1:a]) not in s.reader.describe.titles:
        a -= 1
    if a == end or any(m.start < end and m.end > a for m in s.ms):
        return None
    name = " ".join(tt.text[a:end])
    c, d = s.span(a, end - 1)
    return Spec("new_name", Mention(a, end, c, d, name, name, "PERSON"), (c, d))


def title_run_after(s: Slot) -> Spec | None:
    """A person ending a capitalised title the names do not cover: 'said Economy Minister Jan Novak',
    'kata Direktur Jenderal Asia Pasifik dan Afrika Kemlu Abdul Kadir Jailani' (joiners may link its words)."""
    tt, joiners = s.tt, s.reader.title_joiners
    k, n = s.lo, len(tt.text)
    while k < n and k - s.lo < TITLED_WORDS and tt.alpha[k] and (
            tt.text[k][:1].isupper() or tt.lower[k] in joiners and k + 1 < n and tt.text[k + 1][:1].isupper()):
        at = s.by_start.get(k)
        if at is not None and s.ms[at].type == "PERSON":
            return _named(s.ms[at]) if k > s.lo else None
        k += 1
    return None


def pronoun_after(s: Slot) -> Spec | None:
    """A pronoun right after the cue: 'Menurut dia, perundingan akan berlanjut bulan depan.'"""
    if s.tt.lower[s.lo] in s.reader.pronouns:
        return Spec("pronoun", None, s.span(s.lo, s.lo))
    return None


def new_name_apposed_after(s: Slot) -> Spec | None:
    """A name nobody knows after the cue, a description apposed to it, is a new person: '“…,” said
    Suharyanto, head of the National Disaster Management Agency.'"""
    tt, n = s.tt, len(s.tt.text)
    k = s.lo
    while k < n and k - s.lo < UNKNOWN_NAME_WORDS and tt.alpha[k] and tt.text[k][:1].isupper() \
            and not tt.text[k].isupper() and k not in s.by_start:
        k += 1
    if k == s.lo or k + 1 >= n or tt.text[k] != "," or not tt.text[k + 1].islower() or not tt.alpha[k + 1] \
            or any(s.lo <= m.start < k for m in s.ms):
        return None
    name = " ".join(tt.text[s.lo:k])
    a, b = s.span(s.lo, k - 1)
    return Spec("new_name", Mention(s.lo, k, a, b, name, name, "PERSON"), (a, b))


def titled_body_after(s: Slot) -> Spec | None:
    """A title, then a body or state and no name: an unnamed official speaks for the body, as the gold codes
    "pejabat AS": '“Kami menolak tuduhan itu,” kata Sekretaris Jenderal Kemlu RI.' → IDN. A rank may open the
    title ("Wakil"); a former official ("mantan") is not the body."""
    tt, d = s.tt, s.reader.describe
    k = s.lo
    while k < s.hi:
        n = 1 if tt.lower[k] in s.reader.title_ranks else \
            next((n for n in range(d.longest, 0, -1) if tuple(tt.lower[k:k + n]) in d.titles), 0)
        if not n or tuple(tt.lower[k:k + n]) in d.modifiers:
            break
        k += n
    at = s.by_start.get(k) if k > s.lo else None
    if at is None or s.ms[at].type == "PERSON":
        return None
    end = s.ms[at].end
    if end < len(tt.text) and tt.alpha[end] and tt.text[end][:1].isupper():
        return None     # a name the finder missed may follow: "kata Menlu RI Sugiono"
    return _named(s.ms[at])


def capitalised_after(s: Slot) -> Spec | None:
    """An unknown capitalised word after the cue, a name the context may know: '“Kami siap berunding,” kata Kilau.'"""
    if s.tt.text[s.lo][:1].isupper() and s.tt.alpha[s.lo]:
        return Spec("context", None, s.span(s.lo, s.lo))
    return None


def anonymous_after(s: Slot) -> Spec | None:
    """Nobody in particular after the cue: '“Belum ada kesepakatan,” kata para diplomat.'"""
    tt, g = s.tt, s.reader.g
    k = s.lo
    while k < s.hi - 1 and tt.lower[k] in g.plural_markers:
        k += 1
    if g.anonymous(tt.text[s.lo:k + 1]):
        return Spec("anonymous", None, s.span(s.lo, k))
    return None


def described_after(s: Slot) -> Spec | None:
    """A person's definite description after the cue: '“…,” imbuh diplomat karier tersebut',
    '…, kata pria berusia 58 tahun itu'."""
    return _described(s, s.lo, lambda end: True, len(s.tt.text))


def anonymous_head_after(s: Slot) -> Spec | None:
    """An unnamed source in the singular or with its modifiers after the cue: '…, said the official, who …',
    '…, kata seorang pejabat senior'."""
    tt, r = s.tt, s.reader
    k = s.lo
    n = len(tt.text)
    while k < min(n, s.lo + ANONYMOUS_WORDS) and tt.alpha[k] and tt.text[k].islower():
        if tt.lower[k] in r.anonymous_singular:
            spec = _anonymous_head_ends(s, k)
            # The bare phrase ("kata para diplomat.") is anonymous_after's.
            plain = spec is not None and spec.kind == "anonymous" and spec.span[1] == s.span(k, k)[1] \
                and r.g.anonymous(tt.text[s.lo:k + 1])
            return None if plain else spec
        k += 1
    return None


def _anonymous_head_ends(s: Slot, k: int) -> Spec | None:
    """The unnamed source whose head is token k, if the head ends its phrase (not "the official news agency
    KCNA"): its state when one is named right after it ("kata seorang pejabat AS"), else nobody named
    ("…, kata seorang diplomat Barat", "…, said the official, who …")."""
    tt, r, n = s.tt, s.reader, len(s.tt.text)
    nxt = k + 1
    if nxt < n and nxt in s.by_start and s.ms[s.by_start[nxt]].type == "COUNTRY":
        return _named(s.ms[s.by_start[nxt]])
    owner = _state_after_modifiers(s, k)
    if owner is not None:
        return _named(owner)
    if nxt < n and tt.text[nxt][:1].isupper() and tt.alpha[nxt] and (nxt + 1 >= n or tt.punct[nxt + 1]):
        nxt += 1        # "diplomat Barat": a capitalised modifier ends it
    if nxt < n and not (tt.punct[nxt] or tt.lower[nxt] in r.g.relativizers or tt.lower[nxt] in r.g.prepositions):
        return None
    # "officials in Kyiv", "sources at the ministry": whose they are, when a state is named there.
    placed = next((m for m in s.ms if nxt < m.start <= nxt + 2 and m.type == "COUNTRY"), None)
    if placed is not None and nxt < n and tt.lower[nxt] in r.g.prepositions:
        return _named(placed)
    return Spec("anonymous", None, s.span(s.lo, nxt - 1))


def _state_after_modifiers(s: Slot, k: int) -> Mention | None:
    """The state (or a state's body) ending an unnamed source's phrase past the lower-case words that say which of
    its officials speak: '…, kata pejabat kesehatan Gaza.' → PSE, 'kata sumber keamanan Pakistan kepada AFP' → PAK."""
    tt, r, n = s.tt, s.reader, len(s.tt.text)
    stops = r.g.relativizers | r.g.prepositions | r.g.demonstratives
    j = k + 1
    while j < min(n, k + 1 + MODIFIER_WORDS) and j not in s.by_start and tt.alpha[j] and tt.text[j].islower() \
            and tt.lower[j] not in stops:
        j += 1
    at = s.by_start.get(j) if j > k + 1 else None
    if at is None:
        return None
    m = s.ms[at]
    if not (m.type == "COUNTRY" or m.type == "ORG" and m.country and not m.code):
        return None
    end = m.end
    ends = end >= n or tt.punct[end] or tt.lower[end] in r.g.prepositions or tt.lower[end] in r.g.relativizers \
        or tt.lower[end] in r.adjuncts
    return m if ends else None


def anonymous_modified_after(s: Slot) -> Spec | None:
    """An unnamed source whose head one or two lower-case modifiers follow to the end of its phrase: '…, kata
    pejabat setempat.', '…, kata petugas medis kepada wartawan.' (anonymous_head_after wants the head last)."""
    tt, r = s.tt, s.reader
    n = len(tt.text)
    k = s.lo
    while k < n - 1 and tt.lower[k] in r.g.plural_markers:
        k += 1
    if not (tt.alpha[k] and tt.text[k].islower() and tt.lower[k] in r.anonymous_heads):
        return None
    stops = r.g.relativizers | r.g.prepositions | r.g.demonstratives
    end = k + 1
    while end < min(n, k + 3) and tt.alpha[end] and tt.text[end].islower() and tt.lower[end] not in stops:
        end += 1
    if end == k + 1 or end < n and not (tt.punct[end] or tt.lower[end] in r.g.prepositions
                                        or tt.lower[end] in r.adjuncts):
        return None
    return Spec("anonymous", None, s.span(s.lo, end - 1))


def anonymous_named_back(s: Slot) -> Spec | None:
    """An unnamed source named back ('“…,” kata sumber tersebut', 'said the official') is the last speaker."""
    tt, g = s.tt, s.reader.g
    k = s.lo + 1
    if k >= len(tt.text) or not tt.text[s.lo].islower() or tt.lower[s.lo] not in g.anonymous_speakers \
            or tt.lower[k] not in g.demonstratives:
        return None
    return Spec("previous_speaker", None, s.span(s.lo, k))


def named_near_after(s: Slot) -> Spec | None:
    """An actor a word or two on, not past a comma: 'Menurut media pemerintah Iran, perundingan …'"""
    near = next((k for k in range(s.lo + 1, min(s.hi, s.lo + 3)) if k in s.by_start), None)
    if near is None or any(s.tt.punct[k] for k in range(s.lo, near)):
        return None
    return _named(s.ms[s.by_start[near]])


def body_after(s: Slot) -> Spec | None:
    """A body word within three words of the cue: 'According to a ministry statement, the envoy …', a state's own
    body too: 'Menurut juru bicara kepolisian, 40 orang ditahan.'"""
    end = min(s.hi, s.lo + 3)
    # Or the phrase's other words up to its comma: "According to a statement from the ministry, …".
    # Never past its first mark: "…, kata televisi pemerintah, Sabtu (2/8/2025)." ends before the date.
    comma = next((k for k in range(s.lo, min(s.hi, s.lo + BODY_PHRASE_WORDS)) if s.tt.punct[k]), None)
    if comma is not None:
        end = comma if s.tt.text[comma] == "," else min(end, comma)
    if any(s.tt.lower[k] in s.reader.g.anaphoric_heads or s.tt.lower[k] in s.reader.national_bodies
           for k in range(s.lo, end)):
        if _new_group(s, list(range(s.lo, end))):
            return Spec("anonymous", None, s.span(s.lo, _lower_run_end(s, end) - 1))
        return Spec("org", None, s.span(s.lo, end - 1))
    return None


def _new_group(s: Slot, words: list[int]) -> bool:
    """A group or civil body nobody named, not one named back: indefinite ('a monitoring group', 'sebuah kelompok
    pemantau'), or its head modified with no determiner or demonstrative ('menurut kelompok pemantau', 'rights
    groups said'): nobody named speaks, not the body that spoke last. 'The group said', 'kelompok itu': named back."""
    r, tt = s.reader, s.tt
    low = [tt.lower[i] for i in words]
    if r.group_heads.isdisjoint(low):
        return False
    before = tt.lower[words[0] - 1] if words[0] > 0 else ""
    if before in r.definite or not r.definite.isdisjoint(low) or not r.g.demonstratives.isdisjoint(low):
        return False
    if before in r.indefinite or not r.indefinite.isdisjoint(low):
        return True
    content = sum(tt.alpha[i] and w not in r.g.determiners for i, w in zip(words, low))
    return before not in r.g.determiners and content > 1


def _lower_run_end(s: Slot, k: int) -> int:
    """Past the lower-case words going on from token k, up to a preposition or a relative ('kelompok hak asasi
    manusia setempat')."""
    tt, g = s.tt, s.reader.g
    while k < len(tt.text) and tt.alpha[k] and tt.text[k].islower() and tt.lower[k] not in g.prepositions \
            and tt.lower[k] not in g.relativizers and k - s.lo < BODY_PHRASE_WORDS:
        k += 1
    return k


# -- the phrase before the cue (lo..hi: after the closing mark up to the cue) ---
def described_phrase(s: Slot) -> Spec | None:
    """The phrase is a person's definite description: '"The sanctions are illegal," the veteran diplomat said.'"""
    words = s.words()
    return _described(s, words[0], lambda end: end == words[-1])


def apposed_in_phrase(s: Slot) -> Spec | None:
    """A person set off by commas after a description: '"…," the army's spokesman, Nadav Shoshani, told Reuters.'"""
    tt, last = s.tt, s.hi - 1
    while last > s.lo and tt.text[last] == ",":
        last -= 1
    m = next((m for m in s.ms if m.type == "PERSON" and s.lo < m.start and m.end == last + 1), None)
    if m is None or tt.text[m.start - 1] != "," or tt.text[s.lo][:1].isupper() and s.lo in (s.by_start or {}):
        return None
    return _named(m)


def person_after_bracket(s: Slot) -> Spec | None:
    """A person right after a bracketed acronym in the phrase speaks, not the body in the brackets: '…, Kepala
    Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati menyebut …'."""
    m = next((m for m in s.ms if m.type == "PERSON" and s.lo < m.start and m.end <= s.hi
              and s.tt.text[m.start - 1] == ")"), None)
    return _named(m) if m is not None else None


def person_ends_phrase(s: Slot) -> Spec | None:
    """A person ends the phrase before the cue, a lower-case role word before them, a body opening it: '"…," ICRC
    regional director Marta Keller told reporters.' → Marta Keller, not the body (a name nobody knows of two or
    three capitalised words is a new person)."""
    words = s.words()
    if not words:
        return None
    tt, end = s.tt, words[-1] + 1
    k = end     # the capitalised words ending the phrase, read by the tokens before any mention is looked at
    while k > words[0] and end - k < PERSON_NAME_WORDS and tt.alpha[k - 1] and tt.text[k - 1][:1].isupper():
        k -= 1
    if k == end or k <= words[0] or not tt.text[k - 1].islower() or tt.lower[k - 1] not in s.reader.role_lasts:
        return None
    inside = [m for m in s.ms if m.start < end and m.end > k]
    # The person's mention may open with the role ("aid chief Tom Fletcher"): it still ends the phrase.
    if len(inside) == 1 and inside[0].type == "PERSON" and words[0] <= inside[0].start <= k \
            and inside[0].end == end:
        return _named(inside[0])
    if inside or not 2 <= end - k <= UNKNOWN_NAME_WORDS or any(tt.text[i].isupper() for i in range(k, end)):
        return None
    name = " ".join(tt.text[k:end])
    a, b = s.span(k, end - 1)
    return Spec("new_name", Mention(k, end, a, b, name, name, "PERSON"), (a, b))


def agency_phrase(s: Slot) -> Spec | None:
    """A known news agency named in the phrase before the cue speaks for its state, never as a party: '…, state news
    agency KCNA said.', '"…," Xinhua reported.' (speakers.agency_state)."""
    words = s.words()
    if not s.reader.agencies or not any(s.tt.text[i] in s.reader.agencies for i in words):
        return None
    return Spec("agency", None, s.span(words[0], words[-1]))


def named_in_phrase(s: Slot) -> Spec | None:
    """The phrase's first actor, its head: '"The Pacific comes first," the Australian Foreign Ministry said.'"""
    # ', the U.S. Agency for International Development said' is the agency, not "International Development".
    m = next((m for m in s.ms if s.lo <= m.start and m.end <= s.hi), None)
    return _named(m) if m is not None else None


def pronoun_ends_phrase(s: Slot) -> Spec | None:
    """A pronoun ends the phrase: '"We listen first," she said.'"""
    last = s.words()[-1]
    if s.tt.lower[last] in s.reader.pronouns:
        return Spec("pronoun", None, s.span(last, last))
    return None


def anonymous_phrase(s: Slot) -> Spec | None:
    """Nobody in particular before the cue: '"No deal is near," diplomats said.'"""
    words = s.words()
    if s.reader.g.anonymous([s.tt.text[i] for i in words]):
        return Spec("anonymous", None, s.span(words[0], words[-1]))
    return None


def anonymous_head_phrase(s: Slot) -> Spec | None:
    """Nobody in particular, with modifiers, before the cue: 'Moscow is ready, two sources familiar with
    the matter told Reuters', '…, three people briefed on the talks said'."""
    words, r = s.words(), s.reader
    head = next((i for i in words[:ANONYMOUS_WORDS] if s.tt.lower[i] in r.anonymous_heads), None)
    # The bare phrase ("diplomats said") is anonymous_phrase's.
    if head is None or not all(s.tt.text[i].islower() for i in words) or r.g.anonymous([s.tt.text[i] for i in words]):
        return None
    return Spec("anonymous", None, s.span(words[0], words[-1]))


def body_phrase(s: Slot) -> Spec | None:
    """A body word, named back: '"The envoy must leave," the ministry said.'"""
    words, r = s.words(), s.reader
    if any(s.tt.lower[i] in r.institutions or s.tt.lower[i] in r.g.anaphoric_heads for i in words):
        return Spec("anonymous" if _new_group(s, words) else "org", None, s.span(words[0], words[-1]))
    return None


def unknown_phrase(s: Slot) -> Spec | None:
    """Any other phrase is a known speaker, not a new one: '“Kami akan kembali,” Kilau pagi berkata.'"""
    # A machine-translated surname, say: the document's known speakers fit better than a new person.
    words = s.words()
    return Spec("context", None, s.span(words[0], words[-1]))


# -- the subject of the cue's clause (lo: sentence start, hi: the cue) ---------
def agency_subject(s: Slot) -> Spec | None:
    """A news agency is the whole subject: 'Kantor berita Yonhap melaporkan Korea Utara …'."""
    lo = s.lo
    while lo < s.hi and s.tt.lower[lo] in s.reader.g.determiners:
        lo += 1
    end = _agency_end(s, lo, s.hi) if lo < s.hi else None
    return Spec("agency", None, s.span(lo, end)) if end == s.hi - 1 else None


def subject_of_first_verb(s: Slot) -> Spec | None:
    """After a coordinator, the first verb's subject, past an actor ending its object ("… Sungai Yordan dan menyatakan")
    'She met Rabuka before he left Suva, and said that …'"""
    tt, g = s.tt, s.reader.g
    prev = s.hi - 1
    while prev > s.lo and tt.text[prev] == ",":
        prev -= 1
    if not (prev > s.lo and (tt.lower[prev] in g.verb_coordinators or tt.lower[prev] in g.contrast_coordinators)):
        return None
    first = g.first_subject(s.doc, s.ms, prev, s.lo)
    pronoun = next((i for i in range(s.lo, prev) if tt.lower[i] in s.reader.pronouns), None)
    if pronoun is not None and (not first or pronoun < first[0].start):
        return Spec("pronoun", None, s.span(pronoun, pronoun))
    if not first:
        return None
    return _body_opening(s, first[0]) or _named(_person_of_title(s, first[0]))


def _person_of_title(s: Slot, m: Mention) -> Mention:
    """A state opening a title is no speaker of its own: 'U.S. Trade Secretary Anne Miller welcomed … and said …'
    is Miller's (the person named after the state and capitalised title words)."""
    if m.type != "COUNTRY":
        return m
    person = _first_from(s.ms, m.end)
    person = person if person is not None and person.type == "PERSON" else None
    if person is None or person.start - m.end > TITLE_RUN_WORDS or not all(
            s.tt.alpha[i] and s.tt.text[i][:1].isupper() for i in range(m.end, person.start)):
        return m
    return person


def _body_opening(s: Slot, m: Mention) -> Spec | None:
    """A name set off by a comma after a verb's lower-case object names that object: the body opening the
    sentence speaks, 'The rebels' command denied holding the mayor, Jorge Ruiz, and … said …' (an org spec)."""
    tt, g, r = s.tt, s.reader.g, s.reader
    k = m.start - 1
    if k <= s.lo or tt.text[k] != "," or not (tt.alpha[k - 1] and tt.text[k - 1].islower()):
        return None
    verb = next((i for i in range(s.lo, k - 1) if g.verb_like(tt.lower[i])), None)
    if verb is None or verb == s.lo or not any(tt.lower[i] in g.anaphoric_heads or tt.lower[i] in r.body_heads
                                               for i in range(s.lo, verb)):
        return None
    return Spec("org", None, s.span(s.lo, verb - 1))


def subject_of_participle(s: Slot) -> Spec | None:
    """A participle cue after a comma reports for the sentence's subject: 'Guterres urged restraint, saying …'"""
    # Or a cue led by an accompanying marker: "…, seraya menambahkan bahwa …".
    tt, g = s.tt, s.reader.g
    if not (s.lo < s.hi - 1 and tt.text[s.hi - 1] == "," and s.hi < len(tt.text)
            and (tt.lower[s.hi].endswith(g.participle_suffixes) or tt.lower[s.hi] in s.reader.accompanying)):
        return None
    first = g.first_subject(s.doc, s.ms, s.hi - 1, s.lo)
    return _named(first[0]) if first else None


def pronoun_next_to_verb(s: Slot) -> Spec | None:
    """A pronoun right before the verb, past auxiliaries: 'Rabuka welcomed Penny Wong in Suva and she said that …'"""
    k = s.verb_end()
    if k >= s.lo and s.tt.lower[k] in s.reader.pronouns:
        return Spec("pronoun", None, s.span(k, k))
    return None


def described_subject(s: Slot) -> Spec | None:
    """A person's definite description as the subject: 'Diplomat senior tersebut mengatakan bahwa …'"""
    words = s.words()
    if not words:
        return None
    verb = s.verb_end()
    return _described(s, words[0], lambda end: end == verb)


def _described(s: Slot, lo: int, ends: Callable[[int], bool], hi: int = -1) -> Spec | None:
    """A description from token lo (before hi, else the slot's end) whose end
    `ends` accepts, with no person named in it."""
    end = s.reader.describe.end(s.tt, lo, hi if hi >= 0 else s.hi)
    if end is None or not ends(end) or any(m.type == "PERSON" and lo <= m.start <= end for m in s.ms):
        return None
    return Spec("described", None, s.span(lo, end))


def body_subject(s: Slot) -> Spec | None:
    """A definite back-reference to a body as the subject: 'The ministry said that the envoy would leave.'"""
    ref = s.reader.g.anaphoric_subject(s.doc, s.hi, s.lo)
    if ref is None:
        owner = _owner_of_owned_body(s)
        return _named(owner) if owner is not None else None
    return Spec("org", None, s.span(ref, s.hi - 1))


def _owner_of_owned_body(s: Slot) -> Mention | None:
    """A body owned by a pronoun opens the sentence (grammar neuter_owner_pronouns): the state or body opening the
    sentence before owns it, 'Peru closed the pass. Its foreign ministry warned that …' → Peru."""
    tt, r = s.tt, s.reader
    k = s.verb_end()
    if s.lo >= k or s.lo == 0 or tt.lower[s.lo] not in r.owner_pronouns or k - s.lo > BODY_SUBJECT_WORDS:
        return None
    if not (tt.lower[k] in r.g.anaphoric_heads or tt.lower[k] in r.national_bodies) or not all(
            tt.alpha[i] and tt.text[i].islower() for i in range(s.lo + 1, k + 1)):
        return None
    before = sentence_of(s.doc, s.lo - 1).start
    owner = _first_from(s.ms, before)
    if owner is None or owner.start >= s.lo or owner.type == "PERSON" or not (owner.country or owner.code) \
            or not r.g.subject_like(s.doc, owner, before):
        return None
    return owner


def bare_body_subject(s: Slot) -> Spec | None:
    """A body named bare, no actor in it, opens the sentence as the subject: 'Militer menyatakan tidak akan
    ikut campur', 'Kementerian Luar Negeri menyebut …', 'Pihak Istana menegaskan …' (its state: the context's)."""
    tt, r = s.tt, s.reader
    verb = s.verb_end()
    words = [i for i in range(s.lo, verb + 1) if not tt.punct[i]]
    if not words or len(words) > BODY_SUBJECT_WORDS or not tt.text[words[0]][:1].isupper() \
            or any(s.lo <= m.start <= verb for m in s.ms):
        return None
    if not any(tt.lower[i] in r.institutions or tt.lower[i] in r.national_bodies or tt.lower[i] in r.media_heads
               for i in words[:2]):
        return None
    return Spec("org", None, s.span(words[0], words[-1]))


def subject_before_aside(s: Slot) -> Spec | None:
    """The actor opening the sentence before an aside set off by commas: 'Menteri Luar Negeri Sugiono, usai
    bertemu Menlu Jepang, mengatakan …' is Sugiono, not Jepang; 'Blinken, speaking in Tokyo, said …'."""
    tt, g = s.tt, s.reader.g
    close = s.verb_end()      # the token before the verb and its auxiliaries
    if close <= s.lo or tt.text[close] != ",":
        return None
    opening = next((i for i in range(s.lo + 1, close) if tt.punct[i]), None)
    if opening is None or tt.text[opening] != ",":
        return None
    m = next((m for m in s.ms if m.end == opening and m.start >= s.lo), None)
    if m is None or m.type not in ("PERSON", "ORG", "COUNTRY", "GROUP") or any(
            tt.punct[i] or g.verb_like(tt.lower[i]) for i in range(s.lo, m.start)):
        return None
    # The aside is no apposition naming the speaker: "Hungary's foreign minister, Peter Szijjarto, said".
    if any(o.type == "PERSON" and opening < o.start and o.end == close for o in s.ms):
        return None
    return _named(m)


def body_of_named_subject(s: Slot) -> Spec | None:
    """A state's or group's body opening the sentence, its head after the actor, an acronym maybe in
    brackets: "Ukraine's military intelligence agency (HUR) said …", "The ministry (MFA) said …"."""
    tt, r = s.tt, s.reader
    k = s.verb_end()
    if k > s.lo and tt.text[k] == ")":
        k = next((i for i in range(k - 1, max(s.lo, k - BRACKET_WORDS) - 1, -1) if tt.text[i] == "("), s.lo) - 1
        if k <= s.lo:
            return None
        ref = r.g.anaphoric_subject(s.doc, k + 1, s.lo)
        if ref is not None:
            return Spec("org", None, s.span(ref, k))
    if not (tt.lower[k] in r.g.anaphoric_heads or tt.lower[k] in r.institutions):
        return None
    ends = {m.end: m for m in s.ms if m.type != "PERSON"}
    for j in range(k, max(s.lo, k - BODY_SUBJECT_WORDS), -1):
        m = ends.get(j)
        if m is not None:
            return _named(m) if all(tt.lower[i] in r.g.determiners for i in range(s.lo, m.start)) else None
        if not (tt.alpha[j] and tt.text[j].islower()):
            return None
    return None


def actor_before_place(s: Slot) -> Spec | None:
    """An actor placed somewhere speaks, not the place: 'The U.S. embassy in Kyiv said …',
    'Kedutaan Besar AS di Jakarta menyatakan …', 'the EU envoy to Kyiv said …'."""
    group = s.subject()
    if not group or group[0].type != "COUNTRY":
        return None
    k = group[0].start - 1
    while k > s.lo and s.tt.lower[k] in s.reader.g.determiners:
        k -= 1
    if k <= s.lo or s.tt.lower[k] not in s.reader.g.location_markers:
        return None
    actor = next((m for m in s.ms if m.end == k), None)
    return _named(actor) if actor is not None else None


def actor_before_relative(s: Slot) -> Spec | None:
    """An actor a relative clause describes speaks, not the place inside it: 'Armada Kelima AS yang bermarkas di
    Bahrain mengatakan …', 'Komando Pusat AS yang berbasis di Qatar menyatakan …'."""
    group = s.subject()
    if not group:
        return None
    tt, rel = s.tt, s.reader.g.relativizers
    k = next((i for i in range(group[0].start - 1, s.lo, -1) if tt.lower[i] in rel or tt.punct[i]), None)
    if k is None or tt.lower[k] not in rel:
        return None
    actor = next((m for m in s.ms if m.end == k), None)
    return _named(actor) if actor is not None else None


def person_of_body_subject(s: Slot) -> Spec | None:
    """A person named with the body they speak for, the body the grammar's subject:
    'Tess Ingram of UNICEF said …', 'Jens Laerke dari OCHA mengatakan …'."""
    group = s.subject()
    if not group or group[0].type == "PERSON":
        return None
    k = group[0].start - 1
    while k > s.lo and s.tt.lower[k] in s.reader.g.determiners:
        k -= 1
    if k <= s.lo or s.tt.lower[k] not in s.reader.affiliation_markers:
        return None
    person = next((m for m in s.ms if m.end == k and m.type == "PERSON"), None)
    return _named(person) if person is not None else None


def name_after_bracket(s: Slot) -> Spec | None:
    """A name nobody knows right after a bracketed acronym ends the subject: its person speaks, not the body
    in the brackets: 'Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto mengatakan …'."""
    tt = s.tt
    k = s.hi - 1
    while k > s.lo and s.hi - k <= UNKNOWN_NAME_WORDS and tt.alpha[k] and tt.text[k][:1].isupper() \
            and not tt.text[k].isupper():
        k -= 1
    if k == s.hi - 1 or k <= s.lo or tt.text[k] != ")" or any(k < m.end and m.start < s.hi for m in s.ms):
        return None
    name = " ".join(tt.text[k + 1:s.hi])
    a, b = s.span(k + 1, s.hi - 1)
    return Spec("new_name", Mention(k + 1, s.hi, a, b, name, name, "PERSON"), (a, b))


def named_subject(s: Slot) -> Spec | None:
    """The actor the grammar takes for the verb's subject: 'Penny Wong said that aid to Fiji would grow.'"""
    group = s.subject()
    if not group:
        return None
    # A person's kin or aide as the subject ("Kim Jong Un's sister said"): the words after the possessive speak.
    m, tt = _opener_past_setting(s, _apposed_last(s, group)), s.tt
    if m.type == "PERSON" and m.end + 1 < s.hi and tt.lower[m.end] in s.reader.g.possessives \
            and all(tt.alpha[i] and tt.text[i].islower() for i in range(m.end + 1, s.hi)):
        return Spec("described", None, s.span(m.end + 1, s.hi - 1))
    return _named(m)


def _opener_past_setting(s: Slot, m: Mention) -> Mention:
    """A person opening the sentence speaks past a setting with no verb and no comma that names the other party:
    'Menteri Luar Negeri Sugiono dalam percakapan telepon dengan Menlu Yordania Ayman Safadi menyatakan …' is
    Sugiono's (the party after the setting's preposition is its object)."""
    tt, g = s.tt, s.reader.g
    opener = _first_from(s.ms, s.lo)
    if opener is None or opener is m or opener.type != "PERSON" or opener.end >= m.start \
            or not g.subject_like(s.doc, opener, s.lo):
        return m
    between = range(opener.end, m.start)
    if tt.lower[opener.end] not in g.prepositions or any(tt.punct[i] or g.verb_like(tt.lower[i]) for i in between):
        return m
    return opener


def _apposed_last(s: Slot, group: list[Mention]) -> Mention:
    """A person no joining word links to the group before it is named apart, nearest the verb: "After talks in Lima
    with Peru's minister Ana Ruiz, Chile's envoy Luis Soto said …" is Soto's, not a list of Peru, Ruiz and Soto."""
    if len(group) < 2 or group[-1].type != "PERSON":
        return group[0]
    joiners = s.reader.g.joiners
    between = s.tt.lower[group[-2].end:group[-1].start]
    return group[-1] if not any(w != "," and w in joiners for w in between) else group[0]


def anonymous_subject(s: Slot) -> Spec | None:
    """Nobody in particular opens the clause: 'Two senior officials said …', '…, while aid groups warned that …'."""
    tt, r = s.tt, s.reader
    verb = s.verb_end()
    k = verb
    while k >= s.lo and tt.alpha[k] and verb - k < ANONYMOUS_WORDS and not (
            tt.lower[k] in r.g.breakers or tt.lower[k] in r.g.verb_coordinators):
        k -= 1
    words = range(k + 1, verb + 1)
    opens = k < s.lo or tt.punct[k] or tt.lower[k] in r.g.breakers or tt.lower[k] in r.g.verb_coordinators
    # The head ends the phrase, or opens it where modifiers follow their head ("Warga setempat mengatakan").
    heads = [i for i in words if tt.lower[i] not in r.g.plural_markers][:1] if r.g.head_first else [verb]
    if not opens or not words or not any(tt.lower[i] in r.anonymous_heads for i in heads) \
            or any(tt.text[i][:1].isupper() and i > s.lo for i in words) or any(k < m.end and m.start <= verb
                                                                               for m in s.ms):
        return None
    # "a senior administration official" speaks for a state the words do not name: not read here.
    if any(tt.lower[i] in r.national_bodies or tt.lower[i] in r.g.anaphoric_heads for i in words):
        return None
    return Spec("anonymous", None, s.span(k + 1, verb))


def indefinite_subject(s: Slot) -> Spec | None:
    """A short lower-case phrase an indefinite determiner opens, right before the verb and at the clause's start,
    is a speaker nobody names: '…, while a village council said two boys were hurt.' (no actor: no speaker)."""
    tt, r = s.tt, s.reader
    verb = s.verb_end()
    k = next((i for i in range(verb - 1, max(s.lo, verb - ANONYMOUS_WORDS) - 1, -1)
              if tt.lower[i] in r.indefinite), None)
    # Not a title ("a spokesman said": the party named before), nor a relative clause ("a gap that critics said").
    if k is None or tt.lower[verb] in r.title_firsts or not all(
            tt.alpha[i] and tt.text[i].islower() and not r.g.verb_like(tt.lower[i]) and tt.lower[i] not in
            r.g.relativizers and tt.lower[i] not in r.g.complementizers for i in range(k + 1, verb + 1)) \
            or any(k <= m.end and m.start <= verb for m in s.ms):
        return None
    j = k - 1
    if not (j < s.lo or tt.punct[j] or tt.lower[j] in r.g.breakers or tt.lower[j] in r.g.verb_coordinators):
        return None
    return Spec("anonymous", None, s.span(k, verb))


def earlier_pronoun(s: Slot) -> Spec | None:
    """The sentence's last pronoun before the cue: 'Dalam jumpa pers itu ia, seperti biasa, menegaskan bahwa …'"""
    i = s.reader.last_pronoun(s.doc, s.hi) if s.hi - 1 >= s.lo else -1
    return Spec("pronoun", None, s.span(i, i)) if i >= s.lo else None


Rule = Callable[[Slot], "Spec | None"]
AFTER_CUE: tuple[Rule, ...] = (agency_after, statement_of_after, local_after, apposed_after, name_after_bracket_after,
                               titled_after, person_of_body_after, role_before_person_after, named_after,
                               title_run_after,
                               pronoun_after, titled_body_after, new_name_apposed_after, capitalised_after,
                               anonymous_named_back, anonymous_head_after, anonymous_modified_after, described_after,
                               bare_title_after, anonymous_after, named_near_after, body_after)
BEFORE_CUE: tuple[Rule, ...] = (apposed_in_phrase, described_phrase, person_after_bracket, agency_phrase,
                                person_ends_phrase, named_in_phrase,
                                pronoun_ends_phrase, anonymous_phrase, anonymous_head_phrase, body_phrase,
                                unknown_phrase)
SUBJECT: tuple[Rule, ...] = (agency_subject, subject_of_first_verb, subject_of_participle, pronoun_next_to_verb,
                             described_subject, body_subject, subject_before_aside, body_of_named_subject,
                             actor_before_place, actor_before_relative, person_of_body_subject, name_after_bracket,
                             named_subject, bare_body_subject,
                             anonymous_subject, indefinite_subject, earlier_pronoun)


def first_spec(rules: tuple[Rule, ...], slot: Slot) -> Spec:
    for rule in rules:
        spec = rule(slot)
        if spec is not None:
            return spec
    return NO_SPEAKER


class SpeakerSlots:
    """Reads the three places with the language's pronouns, bodies and grammar."""

    def __init__(self, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.pronouns = {r["text"].lower(): r.get("number", "singular") for r in lex.pronouns}
        self.institutions = frozenset(r["text"].lower() for r in lex.institutions if " " not in r["text"])
        self.national_bodies = grammar.national_heads | lex.words("quote_national_bodies")
        self.owner_pronouns = lex.words("neuter_owner_pronouns")     # "Its foreign ministry said": a body owned
        self.describe = Describer(lex)
        self.title_ranks = frozenset(r.lower() for r in lex.grammar.get("title_ranks", {}))   # "Wakil", "Deputy"
        self.accompanying = lex.words("quote_accompanying_markers")
        self.title_joiners = lex.words("quote_title_joiners")
        self.affiliation_markers = lex.words("quote_affiliation_markers")
        self.back_pointers = lex.words("quote_back_pointers")
        self.anonymous_singular = lex.words("quote_anonymous_heads")
        self.anonymous_heads = grammar.anonymous_speakers | self.anonymous_singular
        self.adjuncts = lex.words("quote_attribution_adjuncts")
        # "pejabat setempat": the dateline's state (speakers.local_of_home)
        self.local_words = lex.phrases("quote_local_modifiers")
        self.local_firsts = frozenset(p[0] for p in self.local_words)
        self.title_firsts = frozenset(t[0] for t in self.describe.titles)
        # "director", "spokesman", "official": the word a person's name follows in "WFP country director Eddie Rowe"
        self.role_lasts = frozenset(t[-1] for t in self.describe.titles) | self.anonymous_singular
        self.agency_heads = lex.phrases("quote_agency_heads")        # "kantor berita"
        self.seated = lex.words("seated_abbreviations")     # "…, kata KBRI Kuala Lumpur.": its seat ends it
        self.agencies: dict[str, str] = dict(lex.grammar["quote_news_agencies"])   # "Xinhua" -> "CHN"
        self.statement_nouns = lex.words("quote_statement_nouns")     # "statement", "pernyataan"
        self.body_heads = lex.words("quote_body_heads")     # "court", "badan": a body, never a carried-over speaker
        self.media_heads = lex.words("media_heads")     # "government television said": the medium speaks
        # "a monitoring group said", "menurut kelompok pemantau": a group nobody named (slots._new_group)
        self.group_heads = lex.words("group_nouns") | lex.words("body_nouns")
        self.definite, self.indefinite = lex.words("definite_determiners"), lex.words("indefinite_determiners")

    def after(self, doc: Doc, ms: list[Mention], by_start: dict[int, int], i: int, hi: int) -> Spec:
        """The speaker after a cue ending at token i, before token hi."""
        tt = token_table(doc)
        while i < hi and tt.lower[i] in self.g.determiners:
            i += 1
        if i >= hi:
            return NO_SPEAKER
        return first_spec(AFTER_CUE, Slot(doc, tt, ms, i, hi, self, by_start))

    def before(self, doc: Doc, ms: list[Mention], a: int, b: int) -> Spec:
        """The speaker in tokens a..b, just before a cue (", Blinken said")."""
        tt = token_table(doc)
        if all(tt.punct[i] for i in range(a, b)):
            return NO_SPEAKER
        return first_spec(BEFORE_CUE, Slot(doc, tt, ms, a, b, self))

    def subject(self, doc: Doc, ms: list[Mention], cue_start: int, lo: int, at_verb: bool = True) -> Spec:
        """The speaker before a cue; at_verb=False when cue_start is a quotation,
        not a verb (then 'called Lula "corrupt"' leaves Lula an object)."""
        return first_spec(SUBJECT, Slot(doc, token_table(doc), ms, lo, cue_start, self, at_verb=at_verb))

    def addressee(self, doc: Doc, ms: list[Mention], i: int, hi: int) -> Mention | None:
        """Who is told: 'kata X kepada Presiden Y', 'told Foreign Minister Y'."""
        group = self.g.after_marker(doc, ms, i, min(hi, i + 4), self.g.addressee_markers)
        return group[0] if group else None

    def last_pronoun(self, doc: Doc, k: int) -> int:
        """The last pronoun token before token k, or -1: one array per
        paragraph, not a walk back per quotation (thousands of marks)."""
        last = doc.user_data.get(PRONOUNS_KEY)
        if last is None:
            last, at = [], -1
            for i, w in enumerate(lowers(doc)):
                if w in self.pronouns:
                    at = i
                last.append(at)
            doc.user_data[PRONOUNS_KEY] = last
        return last[k - 1] if k > 0 else -1
