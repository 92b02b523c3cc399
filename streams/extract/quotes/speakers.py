"""Speaker resolution: a quote's speaker spec (slots.py, direct.py) becomes an
actor, quote by quote in text order, through the document context.  The first
rule of SPEAKER_RULES that returns a frame decides; a quote no rule resolves
has no speaker.

    named_speaker         “…,” kata Eide                    → Eide (explicit)
    new_name              “…,” said Suharyanto, head of …    → Suharyanto, or the known person so named
    described_person      Wong … kata diplomat senior tersebut → Wong (context)
    office_named_here     YEREVAN - … The foreign minister said …  → ARM (the dateline state's office)
    described_last_speaker Judha (a director) “…,” imbuh diplomat karier tersebut → Judha (context)
    sentence_subject      Wong mengumumkan … Ia membantah …  → Wong (pronoun)
    body_named_here       Norway's ministry … the ministry said → the ministry here
    body_from_context     (earlier paragraph) the ministry said → the body that spoke or was named last
    party_of_statement    Estonia expelled …, the ministry said → Estonia
    body_of_home          JAKARTA — Kementerian Luar Negeri menyebut … → IDN (the dateline's)
    local_of_home         KYIV — …, kata pejabat setempat.   → UKR (an unnamed local source: the dateline's)
    agency_state          …, lapor kantor berita Yonhap.     → KOR (a news agency: its state, or none)
    pronoun_of_gender     '"…," she said' after a man spoke  → the last woman named
    pronoun_antecedent    '"…," he said'                     → the last speaker (a person for "he")
    clitic_speaker        “…,” ujarnya                       → the last speaker (pronoun)
    person_before_any_speaker  (no speaker yet) “…,” ujarnya → the last person named (pronoun)
    unknown_name          …, Kyodo reported.                 → Kyodo (a name nobody knows, not the last speaker)
    known_speaker         “…,” Kilau pagi berkata            → the last speaker (context)
    continued_quote       “A,” kata X. “B.”                  → X (context)

Each rule reads a SpeakerFrame and returns it with `actor` set, or None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..context import DocumentContext
from ..mentions import Mention, memory, recalled
from .described import Describer
from .scan import Candidate


@dataclass(slots=True)
class Paragraph:
    """What any quote's resolution may read about its paragraph and document."""
    ctx: DocumentContext
    text: str
    mentions: list[Mention]     # the actors named here, in text order
    subjects: list[Mention]     # people who are a sentence's subject here
    number: dict[str, str]      # pronoun → singular | plural
    gender: dict[str, str]      # pronoun → its gender, when it has one
    national_heads: frozenset[str]   # words for a state's own body ("ministry", "junta")
    describe: Describer | None = None   # reads "diplomat senior tersebut" (described.py)
    local_words: tuple[tuple[str, ...], ...] = ()   # "pejabat setempat": an unnamed official of the place
    agencies: dict[str, str] | None = None     # a news agency's name -> its state ("Xinhua" -> "CHN")
    body_heads: frozenset[str] = frozenset()   # "court", "agency": words that make a speaker a body
    media_heads: frozenset[str] = frozenset()  # "television", "media": a medium speaks for the state it reports on

    # Read by the body rules only, so not built for every paragraph.
    @property
    def bodies(self) -> list[Mention]:
        """Organisations and groups named here."""
        return [m for m in self.mentions if m.type in ("ORG", "GROUP")]

    @property
    def parties(self) -> list[Mention]:
        """Every actor named here but people."""
        return [m for m in self.mentions if m.type != "PERSON"]


@dataclass(slots=True)
class SpeakerFrame:
    quote: Candidate
    spec: str                   # the quote's spec kind (see scan.Candidate)
    speaker: Mention | None     # the mention in the speaker slot, if one was named
    span: tuple[int, int]       # characters of the speaker words (else the cue, else the quote's start)
    para: Paragraph
    previous: Mention | None    # the speaker of this paragraph's last resolved quote
    spoke_at: int               # where it was set (char), -1 for none yet
    actor: Mention | None = None

    @property
    def words(self) -> str:
        return self.para.text[self.span[0]:self.span[1]]

    def recall(self, entry: dict[str, Any], how: str) -> Mention:
        """The remembered actor `entry`, named here by the speaker words."""
        return recalled(entry, self.words, *self.span, how)

    def decided(self, actor: Mention, spec: str | None = None, speaker: Mention | None = None) -> SpeakerFrame:
        """A copy of this frame with its speaker resolved to `actor` (and its spec
        and speaker mention changed, when given)."""
        return SpeakerFrame(self.quote, spec or self.spec, speaker or self.speaker, self.span, self.para,
                            self.previous, self.spoke_at, actor)

    def resolve(self, entry: dict[str, Any] | None, how: str) -> SpeakerFrame | None:
        return self.decided(self.recall(entry, how)) if entry is not None else None


def named_speaker(f: SpeakerFrame) -> SpeakerFrame | None:
    """The actor named in the speaker slot speaks: '“Pintu Fiji selalu terbuka,” kata Sitiveni Rabuka.'"""
    if f.spec == "explicit" and f.speaker is not None:
        return f.decided(f.speaker.resolved("explicit"))
    return None


def new_name(f: SpeakerFrame) -> SpeakerFrame | None:
    """A name the actor finder did not know, a description apposed to it: a person the document named before
    whose name holds it ('Lalu Muhammad Iqbal … kata Lalu, juru bicara …'), else a new person (Suharyanto)."""
    if f.spec != "new_name" or f.speaker is None:
        return None
    words = set(f.speaker.name.split())
    known = next((p for p in reversed(list(f.para.ctx.people.values())) if words <= set(p["name"].split())), None)
    if known is not None:
        return f.resolve(known, "context")
    return f.decided(f.speaker.resolved("explicit"), "explicit")


def described_person(f: SpeakerFrame) -> SpeakerFrame | None:
    """A description names back the person it fits: 'Sugiono … “…,” kata diplomat senior tersebut.' → Sugiono"""
    if f.spec != "described" or f.para.describe is None:
        return None
    ctx = f.para.ctx
    country = _description_country(f)
    person = f.para.describe.person(f.words.lower().split(), country, [ctx.people[n] for n in ctx.recent])
    return f.resolve(person, "context") if person is not None else None


def office_named_here(f: SpeakerFrame) -> SpeakerFrame | None:
    """A title no known person holds, which the actor finder read as the office of the story's state, speaks as
    that office: 'YEREVAN (Reuters) - … The foreign minister said the talks had been constructive.' → ARM."""
    if f.spec != "described":
        return None
    office = next((m for m in f.para.mentions if m.type == "ORG" and m.country and not m.code
                   and f.span[0] <= m.start_char and m.end_char <= f.span[1]), None)
    return f.resolve(memory(office), "context") if office is not None else None


def described_last_speaker(f: SpeakerFrame) -> SpeakerFrame | None:
    """A description no known person's role fits names back the last person who spoke, if nothing in it is
    against them: 'Judha … ”…,” imbuh diplomat karier tersebut.' (a director, not a role "diplomat" names)."""
    if f.spec != "described" or f.para.describe is None:
        return None
    last = f.para.ctx.last_speaker
    if not last or last.get("type") not in (None, "PERSON"):
        return None
    country = _description_country(f)
    _, gender, _ = f.para.describe.read(f.words.lower().split())
    if gender and last.get("gender") and gender != last["gender"] or country and last.get("country") \
            and country != last["country"]:
        return None
    return f.resolve(last, "context")


def title_of_home(f: SpeakerFrame) -> SpeakerFrame | None:
    """A title alone whose holder no one named is the office of the dateline's state: 'BANGKOK - Thailand menutup
    perbatasan, kata menteri luar negeri pada Senin.' → THA."""
    home = f.para.ctx.home
    if f.spec != "described" or home is None or f.para.describe is None \
            or not f.para.describe.read(f.words.lower().split())[0]:
        return None
    return f.resolve(_state(home), "context")


def sentence_subject(f: SpeakerFrame) -> SpeakerFrame | None:
    """A pronoun means who became a sentence subject since the last speaker: 'Penny Wong flew on. "…," she said.'"""
    # Also a quote with no cue: "Wong mengumumkan … “…”" is Wong's, not the last quoted speaker's.
    if f.spec not in ("pronoun", "previous_speaker"):
        return None
    anchor = min(f.span[0], f.quote.start)
    subject = next((m for m in reversed(f.para.subjects)
                    if f.spoke_at < m.start_char and m.end_char <= anchor), None)
    if subject is None or _clash(f.para.gender.get(f.words.lower()), f.para.ctx.gender_of(subject.name)):
        return None
    return f.decided(f.recall(memory(subject), "pronoun"), "pronoun_subject", subject)


def body_named_here(f: SpeakerFrame) -> SpeakerFrame | None:
    """A body word means the body named before it here: 'Fiji's Foreign Ministry summoned … "…," the ministry said.'"""
    if f.spec != "org":
        return None
    fits = _body_fits(f)
    # Named by the speaker words themselves ("the Kenyan foreign ministry said",
    # the body word its head), else before the cue, not inside the reported words.
    body = next((b for b in f.para.bodies if b.start_char <= f.span[0] and f.span[1] <= b.end_char), None) \
        or next((b for b in reversed(f.para.bodies) if b.end_char <= f.span[0]
                 and not f.quote.start <= b.start_char < f.quote.end and fits(memory(b))), None)
    return f.resolve(memory(body), "context") if body is not None else None


def body_from_context(f: SpeakerFrame) -> SpeakerFrame | None:
    """Else the body that spoke last, or the one named last (a state's, the state): '"…," the ministry said.'"""
    if f.spec != "org" or _opening_party(f) is not None:
        return None
    ctx, fits = f.para.ctx, _body_fits(f)
    speaker = ctx.last_speaker
    if speaker and speaker.get("type") in ("ORG", "GROUP") and fits(speaker):
        return f.resolve(speaker, "context")
    # A state's body after that state spoke: '…, kata televisi pemerintah. / Menurut media pemerintah, …' → Iran.
    if speaker and speaker.get("type") == "COUNTRY" and (_national(f) or _medium(f)):
        return f.resolve(speaker, "context")
    if not _national(f):
        return f.resolve(ctx.last_org, "context")
    return f.resolve(next((p for p in reversed(ctx.parties) if fits(p)), None), "context")


def party_of_statement(f: SpeakerFrame) -> SpeakerFrame | None:
    """No body named: the ministry of the state its statement is about: 'Fiji expelled …, the foreign ministry said.'"""
    if f.spec not in ("org", "context") or f.quote.direct or f.spec == "context" and not _body_words(f):
        return None
    # A state's body speaks for a state, not for the residents ("warga") its words name.
    national = _national(f)
    party = _opening_party(f) or next((m for m in f.para.parties if f.quote.start <= m.start_char < f.quote.end
                  and (m.type == "COUNTRY" or not national)), None)
    return f.resolve(memory(party), "context") if party is not None else None


def body_of_home(f: SpeakerFrame) -> SpeakerFrame | None:
    """A state's body with no state in sight is the dateline's: 'JAKARTA — Kementerian Luar Negeri menyebut …'"""
    home = f.para.ctx.home
    if f.spec != "org" or home is None or not _national(f):
        return None
    return f.resolve(_state(home), "context")


def local_of_home(f: SpeakerFrame) -> SpeakerFrame | None:
    """An unnamed source of the place ('pejabat setempat', 'otoritas setempat') is the dateline's state:
    'KYIV, ANTARA - Pasukan Rusia menggempur …, kata pejabat setempat.' → UKR."""
    home = f.para.ctx.home
    if f.spec != "anonymous" or home is None:
        return None
    words = f.words.lower().split()
    if not any(tuple(words[i:i + len(p)]) == p for p in f.para.local_words for i in range(len(words))):
        return None
    return f.resolve(_state(home), "context")


def agency_state(f: SpeakerFrame) -> SpeakerFrame | None:
    """A news agency speaks for its state: a known one's ('lapor kantor berita Yonhap' → KOR), else the state named
    in its phrase ('kantor berita Palestina WAFA' → PSE); else nobody named."""
    if f.spec != "agency":
        return None
    code = next((f.para.agencies[w] for w in f.words.split() if f.para.agencies and w in f.para.agencies), None) \
        or next((m.country for m in f.para.mentions if m.country and m.type != "PERSON"
                 and f.span[0] <= m.start_char < f.span[1]), None)
    if code is None:
        return None
    return f.resolve(_state(code), "context")


def pronoun_of_gender(f: SpeakerFrame) -> SpeakerFrame | None:
    """A pronoun whose gender rules out the last speaker is the latest person of its gender: '"…," she said.'"""
    # "she" is not the man the gazetteer knows spoke last: Ardern, not Rabuka.
    if f.spec != "pronoun":
        return None
    entry = _last_one(f)
    gender = f.para.gender.get(f.words.lower())
    if entry is None or not _clash(gender, f.para.ctx.gender_of(entry.get("name"))):
        return None
    return f.resolve(f.para.ctx.latest_of_gender(gender), "pronoun")


def pronoun_antecedent(f: SpeakerFrame) -> SpeakerFrame | None:
    """A pronoun is the last speaker (a person, for a personal pronoun): '"And it needs trust," he said.'"""
    return f.resolve(_last_one(f), "pronoun") if f.spec == "pronoun" else None


def clitic_speaker(f: SpeakerFrame) -> SpeakerFrame | None:
    """A clitic cue or a cue-less quote is the last speaker's: '“Tidak ada negara yang boleh memaksa,” ujarnya.'"""
    if f.spec == "previous_speaker" and f.para.ctx.last_speaker:
        return f.resolve(f.para.ctx.last_speaker, "pronoun")
    return None


def person_before_any_speaker(f: SpeakerFrame) -> SpeakerFrame | None:
    """Nobody has spoken yet: a clitic cue is the last person named: 'Sugiono tiba di Jakarta. … “…,” ujarnya.'"""
    ctx = f.para.ctx
    if f.spec == "previous_speaker" and not ctx.last_speaker and ctx.last_person:
        return f.resolve(ctx.last_person, "pronoun")
    return None


def known_speaker(f: SpeakerFrame) -> SpeakerFrame | None:
    """An unknown phrase in the speaker slot is the last speaker: '“Tidak ada negara …,” Kilau pagi berkata.'"""
    # Not a body no rule knew ("…, the National Court said"): a body is never the last speaker carried over;
    # nor is a person, for a source the indefinite article brings in ("…, a war monitor said"; "a spokesperson"
    # after a ministry spoke is its own).
    words, last = f.words.lower().split(), f.para.ctx.last_speaker
    if f.spec == "context" and last and not f.para.body_heads.intersection(words) and not (
            words and f.para.describe is not None and words[0] in f.para.describe.indefinite
            and last.get("type") == "PERSON"):
        return f.resolve(last, "context")
    return None


def unknown_name(f: SpeakerFrame) -> SpeakerFrame | None:
    """A capitalised name nobody knows after a report is its own source, not the last speaker carried over:
    'Japan lodged a protest with China, Kyodo reported.' → Kyodo."""
    words = f.words.split()
    if f.spec != "context" or f.quote.direct or not 0 < len(words) <= 3 \
            or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return f.resolve({"name": f.words, "type": "ORG", "country": None, "role": None, "role_key": None,
                      "code": None}, "explicit")


def continued_quote(f: SpeakerFrame) -> SpeakerFrame | None:
    """A quote continuing the previous one shares its speaker: '“Kami ingin damai,” kata X. “Dan bebas.”'"""
    if f.spec == "previous" and f.previous is not None:
        return f.decided(f.previous.resolved("context"))
    return None


SpeakerRule = Callable[[SpeakerFrame], "SpeakerFrame | None"]
SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    named_speaker, new_name, described_person, office_named_here, described_last_speaker, title_of_home,
    sentence_subject, body_named_here, body_from_context, party_of_statement, body_of_home, local_of_home,
    agency_state, pronoun_of_gender, pronoun_antecedent, clitic_speaker, person_before_any_speaker, unknown_name,
    known_speaker, continued_quote)


def first_rule(frame: SpeakerFrame, rules: tuple[SpeakerRule, ...] = SPEAKER_RULES) -> SpeakerFrame | None:
    """The frame as the first rule that applies resolves it, or None."""
    for rule in rules:
        done = rule(frame)
        if done is not None:
            return done
    return None


def resolve_speakers(cands: list[Candidate], para: Paragraph) -> None:
    """Set each quote's actor, in text order, remembering each speaker."""
    previous: Mention | None = None
    spoke_at = -1
    for c in cands:
        frame = SpeakerFrame(c, c.spec, c.speaker, c.speaker_span or c.cue or (c.start, c.start),
                             para, previous, spoke_at)
        done = first_rule(frame)
        if done is None:
            continue
        c.spec, c.speaker, c.actor = done.spec, done.speaker, done.actor
        previous = c.actor
        spoke_at = max(spoke_at, c.start)
        para.ctx.spoke(c.actor, c.speaker)
        if done.spec == "described" and c.actor.type == "PERSON" and para.describe is not None:
            # "pria yang akrab disapa Ipunk itu": the description gives the person a name of its own.
            nickname = para.describe.nickname(done.words.split())
            if nickname:
                para.ctx.nicknamed(c.actor.name, nickname)


def _description_country(f: SpeakerFrame) -> str | None:
    """The state a description names as its person's ("the Russian diplomat", also when the actor finder took
    it for Russia's body), not one inside a relative clause on them ("pria yang pernah bertugas di Kairo itu")."""
    end = f.span[1]
    at = f.span[0]
    for w in f.words.split():
        if w.lower() in f.para.describe.relativizers:
            end = at
            break
        at += len(w) + 1
    return next((m.country or m.code for m in f.para.mentions
                 if (m.type == "COUNTRY" or m.type == "ORG" and m.country and not m.code)
                 and f.span[0] <= m.start_char < end), None)


def _last_one(f: SpeakerFrame) -> dict[str, Any] | None:
    """Who a pronoun means by default: the last speaker, but a person for a
    singular personal pronoun when the last speaker was a body or state."""
    ctx = f.para.ctx
    entry = ctx.last_speaker or ctx.last_person
    if entry and f.para.number.get(f.words.lower()) == "singular" \
            and entry.get("type") not in (None, "PERSON") and ctx.last_person:
        entry = ctx.last_person
    return entry


def _state(code: str) -> dict[str, Any]:
    """A state as the speaker itself (its office or its people speak for it)."""
    return {"name": code, "type": "COUNTRY", "country": code, "role": None, "role_key": None, "code": None}


def _body_words(f: SpeakerFrame) -> set[str]:
    """The words that make the speaker a body ("ministry", "court", "agency"), if any."""
    return set(f.words.lower().split()) & (f.para.body_heads | f.para.national_heads)


def _opening_party(f: SpeakerFrame) -> Mention | None:
    """The party a bare body's statement opens with, unless a body of the same kind spoke last: 'Turkey dispatched
    two rescue teams to Morocco, the disaster agency AFAD said.' → Turkey, not a body of an earlier paragraph.
    A state's body opens with a state or its people ("Iranian diplomats"), not another body ("Presiden"), unless a
    medium speaks: 'Myanmar's junta freed 3,000 prisoners, government television said.' → the junta (MMR)."""
    heads = _body_words(f)
    if f.quote.direct or not heads:
        return None
    last = f.para.ctx.last_speaker
    if last and last.get("type") in ("ORG", "GROUP") and heads & set(last["name"].lower().split()):
        return None
    party = next((m for m in f.para.parties if f.quote.start <= m.start_char < f.quote.end), None)
    # A pair named back ("the two had entered …") is who the report is about, never a medium's or a body's state.
    if party is None or party.members or len(f.para.text[f.quote.start:party.start_char].split()) > 1 \
            or _national(f) and not (party.type == "COUNTRY" or party.type == "GROUP" and party.country
                                     or _state_named_by_body(f, party)
                                     or _medium(f) and party.country and not party.code):
        return None
    return party


def _state_named_by_body(f: SpeakerFrame, party: Mention) -> bool:
    """'Junta Myanmar memberikan amnesti …, menurut televisi pemerintah': a state named with its ruling body
    (a national head, "junta", "militer") opens the statement as the state does."""
    return party.type == "ORG" and bool(party.country) and party.code is None \
        and party.text.split()[0].lower() in f.para.national_heads


def _medium(f: SpeakerFrame) -> bool:
    """The speaker words name a medium ("government television", "state media"): it speaks for the state
    whose body its report opens with ("Myanmar's junta has freed …"), where a bare "Presiden" opening a
    palace statement stays the palace's own word."""
    return any(w in f.para.media_heads for w in f.words.lower().split())


def _national(f: SpeakerFrame) -> bool:
    """The speaker words name a state's own body ("the ministry", "kementerian itu")."""
    return any(w in f.para.national_heads for w in f.words.lower().split())


def _body_fits(f: SpeakerFrame) -> Callable[[dict[str, Any]], bool]:
    """A state's body is never an international one (the G7 has no ministry)."""
    if not _national(f):
        return lambda a: True
    return lambda a: a.get("type") == "COUNTRY" or bool(a.get("country")) and not a.get("code")


def _clash(gender: str | None, known: str | None) -> bool:
    """A gendered pronoun ("she") against a person known to be of the other gender."""
    return bool(gender and known and gender != known)
