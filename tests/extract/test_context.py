"""The document context's write API, and its stored form."""

from __future__ import annotations

import orjson

from streams.extract import Extractor
from streams.extract.context import RECENT, RECENT_EVENTS, DocumentContext
from streams.extract.mentions import Mention


def person(name: str, role: str | None = None, role_key: str | None = None, country: str | None = None,
           start: int = 0) -> Mention:
    return Mention(start, start + len(name.split()), 0, len(name), name, name, "PERSON", country, role, role_key)


def party(name: str, kind: str, start: int, code: str | None = None, country: str | None = None,
          members: tuple[str, ...] = ()) -> Mention:
    return Mention(start, start + 1, start, start + len(name), name, name, kind, country, code=code, members=members)


def test_remember_person_knows_the_name_parts_and_completes_the_record():
    ctx = DocumentContext()
    ctx.remember_person(person("Amara Okonkwo", "Menteri Perdagangan", "trade minister"), "female")
    ctx.remember_person(person("Amara Okonkwo", country="GHA"))
    assert ctx.people["Amara Okonkwo"] == {"name": "Amara Okonkwo", "role": "Menteri Perdagangan",
                                           "role_key": "trade minister", "country": "GHA", "gender": "female"}
    assert ctx.resolve_name("Okonkwo")["name"] == "Amara Okonkwo"
    assert ctx.resolve_name("amara")["name"] == "Amara Okonkwo"
    # A surname shared by two people stays with the first one known.
    ctx.remember_person(person("Chidi Okonkwo"))
    assert ctx.resolve_name("Okonkwo")["name"] == "Amara Okonkwo"
    assert ctx.recent == ["Amara Okonkwo", "Chidi Okonkwo"]


def test_noticed_makes_a_known_person_the_latest_and_ignores_a_stranger():
    ctx = DocumentContext()
    for name in ("Amara Okonkwo", "Lim Wei"):
        ctx.remember_person(person(name), "female")
    ctx.noticed(person("Amara Okonkwo"))
    ctx.noticed(person("Nobody Known"))
    assert ctx.recent == ["Lim Wei", "Amara Okonkwo"]
    assert ctx.latest_of_gender("female")["name"] == "Amara Okonkwo"
    for k in range(RECENT + 5):
        ctx.remember_person(person(f"Person Number{k}"))
    assert len(ctx.recent) == RECENT


def test_learned_country_fills_only_a_missing_country():
    ctx = DocumentContext()
    ctx.remember_person(person("Lim Wei", role_key="deputy foreign minister"))
    ctx.remember_person(person("Amara Okonkwo", country="GHA"))
    ctx.learned_country(person("Lim Wei", country="MYS"))
    ctx.learned_country(person("Amara Okonkwo", country="NGA"))
    ctx.learned_country(person("Nobody Known", country="NGA"))
    assert (ctx.people["Lim Wei"]["country"], ctx.people["Amara Okonkwo"]["country"]) == ("MYS", "GHA")
    assert "Nobody Known" not in ctx.people


def test_spoke_keeps_the_speaker_and_a_speaking_person():
    ctx = DocumentContext()
    lim = person("Lim Wei", "Deputy Foreign Minister", "deputy foreign minister", "MYS")
    ctx.spoke(lim.resolved("explicit"), lim)
    assert ctx.last_speaker == {"name": "Lim Wei", "type": "PERSON", "country": "MYS",
                                "role": "Deputy Foreign Minister", "code": None}
    assert ctx.last_person["name"] == "Lim Wei" and ctx.last_person["role_key"] == "deputy foreign minister"
    ministry = party("Malaysian Foreign Ministry", "ORG", 5, country="MYS")
    ctx.spoke(ministry.resolved("context"), ministry)
    assert ctx.last_speaker["name"] == "Malaysian Foreign Ministry"
    assert ctx.last_person["name"] == "Lim Wei"         # a body does not replace the last person


def test_close_paragraph_keeps_what_later_paragraphs_refer_back_to():
    ctx = DocumentContext(parties=[{"name": "Chile", "type": "COUNTRY", "country": "CHL", "code": None}])
    lim, okonkwo = person("Lim Wei", start=0), person("Amara Okonkwo", start=3)
    actors = [lim, party("Chile", "COUNTRY", 6, country="CHL"), okonkwo,
              party("Baltic states", "REGION", 8, code="BALTIC", members=("EST", "LVA", "LTU")),
              party("Malaysian Foreign Ministry", "ORG", 10, country="MYS"),
              party("Peru", "COUNTRY", 12, country="PER")]
    event = {"type": "CONSULT", "trigger": {"text": "Bertemu"},
             "sources": [lim.actor()], "targets": [actors[1].actor()]}
    ctx.close_paragraph(actors, [lim], [event])
    assert ctx.last_person["name"] == "Lim Wei"         # the subject, not the last person named
    assert ctx.last_region["code"] == "BALTIC" and ctx.last_org["name"] == "Malaysian Foreign Ministry"
    # One entry per side, the latest mention last, with the words used.
    assert [p["name"] for p in ctx.parties] == ["Chile", "Baltic states", "Malaysian Foreign Ministry", "Peru"]
    assert ctx.parties[0]["text"] == "Chile"
    assert ctx.events == [{"type": "CONSULT", "trigger": "bertemu",
                           "sources": [{"name": "Lim Wei", "type": "PERSON", "country": None, "role": None,
                                        "code": None}],
                           "targets": [{"name": "Chile", "type": "COUNTRY", "country": "CHL", "role": None,
                                        "code": None}]}]
    assert ctx.paragraphs == 1
    ctx.close_paragraph([okonkwo], None, [event] * (RECENT_EVENTS + 3))
    assert ctx.last_person["name"] == "Amara Okonkwo"   # no subject: the last person named
    assert len(ctx.events) == RECENT_EVENTS and ctx.paragraphs == 2


def test_the_stored_form_round_trips_and_gives_the_same_answer():
    first, second = [{"doc_id": "c", "paragraph": i, "text": t, "lang": "en"} for i, t in enumerate([
        "Malaysian Deputy Foreign Minister Lim Wei met Chilean Foreign Minister Ana Rojas in Santiago.",
        "The two countries signed a fisheries pact, Lim said.",
    ])]
    extractor = Extractor()
    _, ctx = extractor.extract(first)
    stored = orjson.dumps(ctx.to_dict())
    again = DocumentContext.from_dict(orjson.loads(stored))
    assert orjson.dumps(again.to_dict()) == stored
    assert again.aliases == ctx.aliases
    # The stream passes the stored form on; `diplo extract` the object: one answer.
    by_object, ctx = extractor.extract(second, ctx)
    by_record, again = extractor.extract(second, orjson.loads(stored))
    assert by_object == by_record and by_object["quotes"][0]["speaker"]["name"] == "Lim Wei"
    assert orjson.dumps(again.to_dict()) == orjson.dumps(ctx.to_dict())


def test_a_nickname_survives_the_stored_form():
    # The stream stores the context between paragraphs; a nickname learnt in one must name the person in the next.
    ctx = DocumentContext()
    ctx.people["Bimantoro Wicaksono"] = {"name": "Bimantoro Wicaksono", "role": None, "role_key": None,
                                         "country": "IDN", "gender": "male"}
    ctx.nicknamed("Bimantoro Wicaksono", "Bimo")
    again = DocumentContext.from_dict(orjson.loads(orjson.dumps(ctx.to_dict())))
    assert again.resolve_name("Bimo")["name"] == "Bimantoro Wicaksono"
    assert "nicknames" not in DocumentContext().to_dict()     # none learnt: the stored form stays as it was
