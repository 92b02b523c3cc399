"""Per-document state carried from one paragraph to the next.

The extractor changes it only through the methods under "writes" below:
remember_person, noticed, learned_country, office_holder, located, set_in (the actor finder), spoke (the
quote finder) and close_paragraph (the extractor, after each paragraph).
Its stored entries are plain records (dicts), as they are serialised.

The stream keeps it in a Faust table keyed by doc_id; `diplo extract` keeps it
in a dict.  Both go through to_dict()/from_dict(), so they give the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .mentions import Mention, memory

RECENT = 24        # people remembered by recency
OPENING_WORDS = 20  # words of an act's clause kept before its trigger
RECENT_EVENTS = 12  # acts a later "the accusations" / "keputusan itu" may refer back to
RECENT_BODY_WORDS = 48  # words of national bodies a bare "the police" may be matched by
PERSON_KEYS_KEPT = 4096     # names whose keys are kept (a person is named again and again)


@lru_cache(maxsize=PERSON_KEYS_KEPT)
def _person_keys(name: str) -> tuple[str, ...]:
    """Keys a later mention may use: the full name, the last name part, then
    the other capitalised parts (news says "Retno", "Prabowo", "Lula").
    Kept per name: made anew they cost ~19,000 instructions, for every titled
    or new person's mention."""
    words = [w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III")]
    keys = [name]
    if len(words) > 1:
        keys.append(words[-1])
        # A surname after a hyphenated particle: "el-Sissi" is "Sissi" too, "al-Sudani" "Sudani".
        particle, _, rest = words[-1].rpartition("-")
        if particle[:1].islower() and rest[:1].isupper():
            keys.append(rest)
        # The first part counts even when short: Chinese and Korean surnames lead (Xi, Li).
        keys += [w for k, w in enumerate(words[:-1]) if w[:1].isupper() and (k == 0 or len(w) > 2)]
        # A surname with its particles: "von der Leyen", "da Silva".
        lower = next((k for k, w in enumerate(words) if k and w[:1].islower()), None)
        if lower is not None and lower < len(words) - 1:
            keys.append(" ".join(words[lower:]))
    return tuple(k.casefold() for k in keys)


# What the context keeps of an event's actor (a published actor record), in this order.
EVENT_ACTOR_KEYS = ("name", "type", "country", "role", "code", "members")


def _kept_actor(a: dict[str, Any]) -> dict[str, Any]:
    """The EVENT_ACTOR_KEYS of a published actor record that it has, in their order: a record
    (Mention.actor) has the first five always, so they are copied at once (no comprehension made
    a call for each actor)."""
    try:
        out = {"name": a["name"], "type": a["type"], "country": a["country"], "role": a["role"], "code": a["code"]}
    except KeyError:
        return {k: a[k] for k in EVENT_ACTOR_KEYS if k in a}
    if "members" in a:
        out["members"] = a["members"]
    return out


def holds_role(role_key: str | None, of: str | None, roles, country: str | None, kind: bool = False) -> bool:
    """A person with role_key, of country `of`, fits one of `roles` (of
    `country` when given; a person of unknown country fits any).  With `kind`,
    a role whose head is one of `roles` fits too ("foreign minister" is a
    "minister")."""
    if not (role_key in roles or kind and role_key and role_key.rsplit(" ", 1)[-1] in roles):
        return False
    return not country or of in (None, country)


@dataclass
class DocumentContext:
    #: canonical name -> {"name", "role", "role_key", "country"}
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: surname or full name -> canonical name
    aliases: dict[str, str] = field(default_factory=dict)
    last_speaker: dict[str, Any] | None = None
    last_person: dict[str, Any] | None = None
    last_org: dict[str, Any] | None = None
    last_region: dict[str, Any] | None = None
    #: the parties (countries, bodies, regions) of the previous paragraphs, latest last
    parties: list[dict[str, Any]] = field(default_factory=list)
    paragraphs: int = 0
    #: people by last mention, most recent last (for "she" / "he")
    recent: list[str] = field(default_factory=list)
    #: the latest events, {"type", "trigger", "sources", "targets"}, most recent last
    events: list[dict[str, Any]] = field(default_factory=list)
    #: the country the story is told from (its dateline: "NAIROBI (Reuters) -"), if any
    home: str | None = None
    #: the country of the last place the story set its acts in ("di Yangon", "in Nairobi"), if any
    place: str | None = None
    #: a word of a national body named so far -> its country, latest last ("police" -> ISR after "Israeli police")
    bodies: dict[str, str] = field(default_factory=dict)
    #: a nickname a description gave a known person ("pria yang akrab disapa Ipunk itu") -> canonical name
    nicknames: dict[str, str] = field(default_factory=dict)
    #: an acronym the text gave an organisation in brackets ("Allied Democratic Forces (ADF)"), folded ->
    #: [the acronym as written, the organisation's gazetteer payload: code, name, type]
    acronyms: dict[str, list[Any]] = field(default_factory=dict)
    #: the sides of `_sides_of` (the parties list they were made for) -> their party, in its order
    _sides: dict[Any, dict[str, Any]] = field(default_factory=dict, init=False, repr=False,
                                                      compare=False)
    _sides_of: list[dict[str, Any]] | None = field(default=None, init=False, repr=False, compare=False)

    # -- writes: the whole API through which the extractor changes the context --
    def remember_person(self, m: Mention, gender: str | None = None) -> None:
        """A person named in the text (a title and name, a famous or a new
        name): known from now on by its name parts, and mentioned last."""
        name = m.name
        known = self.people.get(name)
        if known:
            known["role"] = known["role"] or m.role
            known["role_key"] = known["role_key"] or m.role_key
            known["country"] = known["country"] or m.country
            known["gender"] = known.get("gender") or gender
        else:
            self.people[name] = {"name": name, "role": m.role, "role_key": m.role_key,
                                 "country": m.country, "gender": gender}
        for key in _person_keys(name):
            # A surname shared by two people stays with the first one known.
            self.aliases.setdefault(key, name)
        self._touch(name)

    def nicknamed(self, name: str, nickname: str) -> None:
        """Known person `name` goes by `nickname` ("pria yang akrab disapa Ipunk itu"): the nickname names them."""
        if name in self.people:
            key = nickname.casefold()
            self.aliases.setdefault(key, name)
            self.nicknames.setdefault(key, name)    # stored: the aliases are rebuilt from it and the people

    def learned_acronym(self, acronym: str, organisation: dict[str, Any]) -> None:
        """The text named an organisation (its gazetteer payload) by `acronym` in brackets after its name: the
        acronym names it from now on (the first definition counts)."""
        self.acronyms.setdefault(acronym.casefold(), [acronym, organisation])

    def noticed(self, m: Mention) -> None:
        """A known person named again (a surname, a back-reference): mentioned last."""
        self._touch(m.name)

    def learned_country(self, m: Mention) -> None:
        """The country of person `m`, found in this paragraph, for a known person who had none."""
        known = self.people.get(m.name)
        if known is not None and known.get("country") is None:
            known["country"] = m.country

    def office_holder(self, text: str, role: str, role_key: str | None, country: str) -> dict[str, Any]:
        """The unnamed holder of a state's office ("Sudan's foreign minister"): a person of that country, by the
        words that named them, known by no name part (so "Foreign" never names them), mentioned last."""
        person = self.people.get(text)
        if person is None:
            person = self.people[text] = {"name": text, "role": role, "role_key": role_key,
                                          "country": country, "gender": None}
        self._touch(text)
        return person

    def located(self, code: str) -> None:
        """The document's dateline places the story in country `code` (the first dateline counts)."""
        if self.home is None:
            self.home = code

    def set_in(self, code: str) -> None:
        """The story sets its acts in country `code` now ("fired tear gas in Yangon"): the latest place counts."""
        self.place = code

    def spoke(self, actor: Mention, speaker: Mention | None) -> None:
        """A quote's speaker was found: `actor` as published; `speaker` the
        mention in the text it came from, if any (a person is the last person too)."""
        self.last_speaker = {"name": actor.name, "type": actor.type, "country": actor.country,
                             "role": actor.role, "code": actor.code}
        if speaker is not None and speaker.type == "PERSON":
            self.last_person = memory(speaker)

    def close_paragraph(self, actors: list[Mention], subjects: list[Mention] | None,
                        events: list[dict[str, Any]]) -> None:
        """What the next paragraphs may refer back to, once this one is extracted:
        its actors in text order, its sentence subjects, its published events."""
        # One walk over the actors (this runs on every paragraph): the last
        # person, the parties, the last region, the bodies.
        parties: list[dict[str, Any]] = []
        bodies: list[Mention] = []
        person = region = None
        for m in actors:
            kind = m.type
            if kind == "PERSON":
                person = m
                continue
            # With the words used ("Majelis Umum PBB"), for "majelis itu" later on.
            party = memory(m)       # a new dict: the words go in it, not in a copy of it
            party["text"] = m.text
            parties.append(party)
            if kind == "REGION":
                region = m
            elif kind == "ORG":
                bodies.append(m)
        # The person a later "ia"/"he" means: the last one who was a sentence
        # subject here, else the last person named
        # ("Prabowo dijadwalkan … bertemu Presiden Joe Biden" → Prabowo).
        if subjects:
            person = subjects[-1]
        if person is not None:
            self.last_person = memory(person)
        self._remember_parties(parties)
        if region is not None:
            self.last_region = memory(region)
        if bodies:
            self.last_org = memory(bodies[-1])
            self._remember_bodies(bodies)
        self._remember_events(events)
        self.paragraphs += 1

    def _remember_parties(self, parties: list[dict[str, Any]]) -> None:
        """Keep the latest mention of each side, at most RECENT of them."""
        if not parties:
            return
        # A dict keeps insertion order: re-inserting a side moves it last.  The dict of the
        # last call is kept while self.parties is still the list it made (not one set anew).
        by_side = self._sides
        if self._sides_of is not self.parties or len(by_side) != len(self.parties):
            by_side = {(q.get("code") or q.get("country")): q for q in self.parties}
        for p in parties:
            side = p.get("code") or p.get("country")
            by_side.pop(side, None)
            by_side[side] = p
        while len(by_side) > RECENT:
            del by_side[next(iter(by_side))]
        self.parties = self._sides_of = list(by_side.values())
        self._sides = by_side

    def _remember_bodies(self, bodies: list[Mention]) -> None:
        """The words of each national body (a country's, not an international one's), for a bare "police" later."""
        for m in bodies:
            if m.country and not m.code:
                for word in m.text.lower().split():
                    self.bodies.pop(word, None)
                    self.bodies[word] = m.country
        if len(self.bodies) > RECENT_BODY_WORDS:     # (no list of them made while they are few)
            for word in list(self.bodies)[:-RECENT_BODY_WORDS]:
                del self.bodies[word]

    def _remember_events(self, events: list[dict[str, Any]]) -> None:
        for ev in events:
            kept = {"type": ev["type"], "trigger": ev["trigger"]["text"].lower(),
                    "sources": list(map(_kept_actor, ev["sources"])),
                    "targets": list(map(_kept_actor, ev["targets"]))}
            sent = ev.get("sentence")
            if sent and "start" in ev["trigger"]:
                # The words of its clause before the trigger ("… , sehari setelah Hamas"): an act told
                # as the time of another is not the one a later "serangan itu" names back.
                head = sent["text"][:ev["trigger"]["start"] - sent["start"]]
                kept["opening"] = " ".join(head[head.rfind(",") + 1:].lower().split()[-OPENING_WORDS:])
            self.events.append(kept)
        del self.events[:-RECENT_EVENTS]

    def _touch(self, name: str) -> None:
        if name in self.people:
            if name in self.recent:
                self.recent.remove(name)
            self.recent.append(name)
            del self.recent[:-RECENT]

    # -- reads ------------------------------------------------------------
    def gender_of(self, name: str | None) -> str | None:
        return (self.people.get(name) or {}).get("gender") if name else None

    def latest_of_gender(self, gender: str) -> dict[str, Any] | None:
        """The person mentioned last whose gender is known to be `gender`."""
        for name in reversed(self.recent):
            if self.people[name].get("gender") == gender:
                return self.people[name]
        return None

    def resolve_name(self, text: str) -> dict[str, Any] | None:
        canonical = self.aliases.get(text.casefold())
        return self.people.get(canonical) if canonical else None

    def person_by_role(self, roles: str | set | frozenset | None,
                       country: str | None = None, kind: bool = False) -> dict[str, Any] | None:
        """The person with this role (one of these roles, of this country if
        given) mentioned last ("Milei's spokesman said the president …": Milei,
        though another president came up before)."""
        if not roles:
            return None
        roles = {roles} if isinstance(roles, str) else roles
        recent = (self.people[name] for name in reversed(self.recent))
        for person in (*recent, *reversed(list(self.people.values()))):
            if holds_role(person["role_key"], person.get("country"), roles, country, kind):
                return person
        return None

    def to_dict(self) -> dict[str, Any]:
        # The aliases are left out: they follow from the people, in order
        # (from_dict rebuilds them), and are a sixth of the stored context.
        return {"people": self.people,
                "last_speaker": self.last_speaker, "last_person": self.last_person,
                "last_org": self.last_org, "last_region": self.last_region, "parties": self.parties,
                "paragraphs": self.paragraphs, "recent": self.recent, "events": self.events,
                "home": self.home, "bodies": self.bodies,
                **({"nicknames": self.nicknames} if self.nicknames else {}),
                **({"acronyms": self.acronyms} if self.acronyms else {}),
                **({"place": self.place} if self.place else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DocumentContext:
        if not data:
            return cls()
        people = {k: dict(v) for k, v in data.get("people", {}).items()}
        aliases: dict[str, str] = {}
        for name in people:          # as remember_person made them: the first one known keeps a key
            for key in _person_keys(name):
                aliases.setdefault(key, name)
        nicknames = {k: v for k, v in data.get("nicknames", {}).items() if v in people}
        for key, name in nicknames.items():
            aliases.setdefault(key, name)
        return cls(people=people, aliases=aliases, nicknames=nicknames, acronyms=dict(data.get("acronyms", {})),
                   last_speaker=data.get("last_speaker"), last_person=data.get("last_person"),
                   last_org=data.get("last_org"), last_region=data.get("last_region"),
                   parties=list(data.get("parties", ())),
                   paragraphs=data.get("paragraphs", 0),
                   recent=[n for n in data.get("recent", ()) if n in data.get("people", {})],
                   events=list(data.get("events", ())), home=data.get("home"), place=data.get("place"),
                   bodies=dict(data.get("bodies", {})))
