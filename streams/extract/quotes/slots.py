"""Where a quote's speaker stands: right after the cue ("kata Eide", "said
Merz", "menurut Luxon"), in the phrase just before it ('…," the ministry
said'), or as the subject of the clause the cue is the verb of ("Lavrov said
that …").  Each place is read by its own ordered list of named rules; a rule
looks at a Slot and returns a Spec (who stands there) or None (not its case).
The first Spec wins.  The context turns Specs into actors later (speakers.py).

    AFTER_CUE    apposed_after, titled_after, named_after, pronoun_after,
                 titled_body_after, capitalised_after, anonymous_named_back, anonymous_after,
                 named_near_after, body_after
    BEFORE_CUE   described_phrase, named_in_phrase, pronoun_ends_phrase,
                 anonymous_phrase, body_phrase, unknown_phrase
    SUBJECT      subject_of_first_verb, subject_of_participle, pronoun_next_to_verb,
                 described_subject, body_subject, named_subject, bare_body_subject, earlier_pronoun
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..mentions import Mention
from ..syntax import Grammar, lowers, token_table
from .described import Describer
from .scan import NO_SPEAKER, Spec

if TYPE_CHECKING:       # annotations only: syntax.py need not keep exporting the classes
    from ..syntax import TokenTable

PRONOUNS_KEY = "diplo_last_pronoun"
APPOSED_WORDS = 9       # the words of a description before its apposed person
TITLED_WORDS = 14       # the capitalised words of a title chain after the cue
BODY_SUBJECT_WORDS = 4  # the words of a body named bare as a sentence's subject


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

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Characters of tokens a..b (inclusive)."""
        return self.tt.idx[a], self.tt.idx[b] + len(self.tt.text[b])

    def words(self) -> list[int]:
        return [i for i in range(self.lo, self.hi) if not self.tt.punct[i]]


def _named(m: Mention) -> Spec:
    return Spec("explicit", m, (m.start_char, m.end_char))


# -- right after the cue (lo: its first word past determiners) -----------------
def named_after(s: Slot) -> Spec | None:
    """An actor right after the cue: '"We are ready to talk," said Foreign Minister Penny Wong.'"""
    k = s.by_start.get(s.lo)
    return _named(s.ms[k]) if k is not None else None


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


def pronoun_after(s: Slot) -> Spec | None:
    """A pronoun right after the cue: 'Menurut dia, perundingan akan berlanjut bulan depan.'"""
    if s.tt.lower[s.lo] in s.reader.pronouns:
        return Spec("pronoun", None, s.span(s.lo, s.lo))
    return None


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
    """A body word within three words of the cue: 'According to a ministry statement, the envoy …'"""
    end = min(s.hi, s.lo + 3)
    if any(s.tt.lower[k] in s.reader.g.anaphoric_heads for k in range(s.lo, end)):
        return Spec("org", None, s.span(s.lo, end - 1))
    return None


# -- the phrase before the cue (lo..hi: after the closing mark up to the cue) ---
def described_phrase(s: Slot) -> Spec | None:
    """The phrase is a person's definite description: '"The sanctions are illegal," the veteran diplomat said.'"""
    words = s.words()
    return _described(s, words[0], lambda end: end == words[-1])


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


def body_phrase(s: Slot) -> Spec | None:
    """A body word, named back: '"The envoy must leave," the ministry said.'"""
    words, r = s.words(), s.reader
    if any(s.tt.lower[i] in r.institutions or s.tt.lower[i] in r.g.anaphoric_heads for i in words):
        return Spec("org", None, s.span(words[0], words[-1]))
    return None


def unknown_phrase(s: Slot) -> Spec | None:
    """Any other phrase is a known speaker, not a new one: '“Kami akan kembali,” Kilau pagi berkata.'"""
    # A machine-translated surname, say: the document's known speakers fit better than a new person.
    words = s.words()
    return Spec("context", None, s.span(words[0], words[-1]))


# -- the subject of the cue's clause (lo: sentence start, hi: the cue) ---------
def subject_of_first_verb(s: Slot) -> Spec | None:
    """After a coordinator, the first verb's subject: 'She met Rabuka before he left Suva, and said that …'"""
    tt, g = s.tt, s.reader.g
    prev = s.hi - 1
    while prev > s.lo and tt.text[prev] == ",":
        prev -= 1
    if not (prev > s.lo and (tt.lower[prev] in g.verb_coordinators or tt.lower[prev] in g.contrast_coordinators)
            and not any(m.end == prev for m in s.ms)):
        return None
    first = g.first_subject(s.doc, s.ms, prev, s.lo)
    pronoun = next((i for i in range(s.lo, prev) if tt.lower[i] in s.reader.pronouns), None)
    if pronoun is not None and (not first or pronoun < first[0].start):
        return Spec("pronoun", None, s.span(pronoun, pronoun))
    return _named(first[0]) if first else None


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
    k = s.reader.g.before_auxiliaries(s.doc, s.hi, s.lo)
    if k >= s.lo and s.tt.lower[k] in s.reader.pronouns:
        return Spec("pronoun", None, s.span(k, k))
    return None


def described_subject(s: Slot) -> Spec | None:
    """A person's definite description as the subject: 'Diplomat senior tersebut mengatakan bahwa …'"""
    words = s.words()
    if not words:
        return None
    verb = s.reader.g.before_auxiliaries(s.doc, s.hi, s.lo)
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
    return Spec("org", None, s.span(ref, s.hi - 1)) if ref is not None else None


def bare_body_subject(s: Slot) -> Spec | None:
    """A body named bare, no actor in it, opens the sentence as the subject: 'Militer menyatakan tidak akan
    ikut campur', 'Kementerian Luar Negeri menyebut …', 'Pihak Istana menegaskan …' (its state: the context's)."""
    tt, r = s.tt, s.reader
    verb = r.g.before_auxiliaries(s.doc, s.hi, s.lo)
    words = [i for i in range(s.lo, verb + 1) if not tt.punct[i]]
    if not words or len(words) > BODY_SUBJECT_WORDS or not tt.text[words[0]][:1].isupper() \
            or any(s.lo <= m.start <= verb for m in s.ms):
        return None
    if not any(tt.lower[i] in r.institutions or tt.lower[i] in r.national_bodies for i in words[:2]):
        return None
    return Spec("org", None, s.span(words[0], words[-1]))


def named_subject(s: Slot) -> Spec | None:
    """The actor the grammar takes for the verb's subject: 'Penny Wong said that aid to Fiji would grow.'"""
    group = s.reader.g.subject_before(s.doc, s.ms, s.hi, s.lo, at_verb=s.at_verb)
    return _named(group[0]) if group else None


def earlier_pronoun(s: Slot) -> Spec | None:
    """The sentence's last pronoun before the cue: 'Dalam jumpa pers itu ia, seperti biasa, menegaskan bahwa …'"""
    i = s.reader.last_pronoun(s.doc, s.hi) if s.hi - 1 >= s.lo else -1
    return Spec("pronoun", None, s.span(i, i)) if i >= s.lo else None


Rule = Callable[[Slot], "Spec | None"]
AFTER_CUE: tuple[Rule, ...] = (apposed_after, titled_after, named_after, pronoun_after, titled_body_after,
                               capitalised_after, anonymous_named_back, anonymous_after, named_near_after, body_after)
BEFORE_CUE: tuple[Rule, ...] = (described_phrase, named_in_phrase, pronoun_ends_phrase, anonymous_phrase,
                                body_phrase, unknown_phrase)
SUBJECT: tuple[Rule, ...] = (subject_of_first_verb, subject_of_participle, pronoun_next_to_verb, described_subject,
                             body_subject, named_subject, bare_body_subject, earlier_pronoun)


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
        self.describe = Describer(lex)
        self.title_ranks = frozenset(r.lower() for r in lex.grammar.get("title_ranks", {}))   # "Wakil", "Deputy"
        self.accompanying = lex.words("quote_accompanying_markers")

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
