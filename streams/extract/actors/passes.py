"""ACTOR_PASSES: the order in which the actor finder reads a paragraph.

Each pass is a function over the ActorState (the doc, its token table, the
gazetteer hits, the mentions so far, the document context) that changes it
in place.  A pass sees what the passes before it found and claimed."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from ..mentions import Mention
from ..wordgate import needs_words
from .home import dateline_home, home_bodies, owned_bodies, seats_not_actors, story_place
from .anaphora import (body_anaphors, counterpart_backrefs, described_nationals, described_people, gendered_people,
                       pair_anaphors, patroned_groups,
                       region_anaphors, title_backrefs)
from .named import (gazetteer_hits, groups_in_places, named_national_bodies, national_bodies, places_and_organisations,
                    titled_persons)
from .people import untitled_names
from .state import ActorState

START = attrgetter("start")     # a sort key in C


def text_order(st: ActorState) -> None:
    """The mentions in text order, as later passes and the components read them (ties keep pass order).

    Example: "Amara Okonkwo tiba di Abuja, Nigeria." (the person, found after the places, comes first)"""
    st.mentions.sort(key=START)


def home_country(st: ActorState) -> None:
    """A titled person of no country serves the government body named before it, else the first one after.

    Example: "Deputy Foreign Minister Lim Wei arrived in Tokyo, the Malaysian Foreign Ministry said." (MYS)"""
    if not any(m.role_key and m.country is None and m.type == "PERSON" for m in st.mentions):
        return      # most paragraphs: nobody to place
    heads = st.gaz.government_heads

    def governs(m: Mention) -> bool:
        # a ministry or government, not "pasukan Korea Utara"
        return m.type == "ORG" and bool(m.country) and not m.code and \
            any(w in heads for w in m.text.lower().split())

    body = next((m.country for m in st.mentions if governs(m)), None)
    for m in st.mentions:
        if governs(m):
            body = m.country
        elif m.type == "PERSON" and m.country is None and m.role_key and body:
            m.country = body
            st.ctx.learned_country(m)


@needs_words("stance_prefixes")
def stance_causes(st: ActorState) -> None:
    """A state joined by a hyphen to a stance word ("pro-", "anti-") is the cause people stand for, no actor:
    the people are placed as others are (by where they act); the words stay claimed, no name.

    Example: "Pro-Palestinian students occupied a building at Columbia University in New York." (USA, not PSE)"""
    pre = st.gaz.stance_prefixes
    if not pre or "-" not in st.low:
        return
    low = st.low

    def cause(m: Mention) -> bool:
        s = m.start
        return bool(m.country) and s >= 2 and low[s - 1] == "-" and low[s - 2] in pre

    drop = [m for m in st.mentions if cause(m)]
    for m in drop:
        st.mentions.remove(m)
        st.covered[m.start - 2:m.end] = b"\x01" * (m.end - m.start + 2)     # nor a name ("Pro-Palestinian")


ActorPass = Callable[[ActorState], None]

#: The actor finder's passes, in order.
ACTOR_PASSES: tuple[ActorPass, ...] = (
    gazetteer_hits,             # countries, capitals, cities, organisations, regions, institutions, titles
    dateline_home,              # "NAIROBI, June 26 (Reuters) -": the story's country
    titled_persons,             # "Menteri Luar Negeri AS Antony Blinken"
    national_bodies,            # "Kemenlu AS", "Russian troops"
    named_national_bodies,      # "U.S. Treasury Department"
    places_and_organisations,   # "Jepang", "Hiroshima", "NATO", "Asia Tengah"
    stance_causes,              # "pro-Palestinian students", "massa pro-Palestina": a cause, no actor
    groups_in_places,           # "mahasiswa ... di Jakarta", "protesters in Nairobi"
    home_bodies,                # "police", "Polisi", "the foreign ministry": the story's country
    seats_not_actors,           # "the Chinese embassy in Manila": Manila is no party
    story_place,                # "in Yangon": where the story stands, for a bare "police" later
    owned_bodies,               # "its coast guard": the state named before
    untitled_names,             # known people, famous names and surnames, new names (people.NAME_RULES)
    title_backrefs,             # "the president", "pemimpin Rusia itu"
    described_people,           # "the Iranian diplomat": the minister named before
    gendered_people,            # "pria berusia 58 tahun itu", "the woman": the last person of that gender
    region_anaphors,            # "kawasan itu", "the region"
    pair_anaphors,              # "kedua negara", "the two countries", "keduanya"
    counterpart_backrefs,       # "mitranya": the latest person of another state
    patroned_groups,            # "the Iran-aligned group", "kelompok yang didukung Iran itu": the group named before
    body_anaphors,              # "the assembly", "majelis itu"
    described_nationals,        # "a senior Iranian official": the rank goes with the state
    text_order,
    home_country,               # "Wakil Menteri Luar Negeri Kim" serves the ministry named before
)
