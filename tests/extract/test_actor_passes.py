"""One test per actor pass (and per name rule), each on a sentence of its own.

Each asserts what its pass decides, and that the answer differs without it:
the finder runs ACTOR_PASSES with that one pass left out, or the rule is run
directly on a state."""

from __future__ import annotations

import orjson
import pytest

from streams.extract.actors import ACTOR_PASSES, people
from streams.extract.actors.anaphora import _head_word, body_anaphors, pair_anaphors, region_anaphors, title_backrefs
from streams.extract.actors.named import (gazetteer_hits, groups_in_places, named_national_bodies, national_bodies,
                                          places_and_organisations, titled_persons)
from streams.extract.actors.home import dateline_home, home_bodies, story_place
from streams.extract.actors.passes import home_country, text_order
from streams.extract.actors.people import (NAME_RULES, NameRun, famous_person, known_person, named_body,
                                           new_person, particle_surname, untitled_names)
from streams.extract.context import DocumentContext, holds_role
from streams.extract.pipeline import get_nlp


def finder(lang: str):
    return get_nlp(lang).get_pipe("diplo_actors").finder


def find(text: str, lang: str = "id", ctx: DocumentContext | None = None, without=None):
    """The mentions of `text` as (text, name, type, country), all passes or all but `without`."""
    passes = [p for p in ACTOR_PASSES if p is not without]
    ms = finder(lang)(get_nlp(lang).make_doc(text), ctx or DocumentContext(), passes)
    return [(m.text, m.name, m.type, m.country) for m in ms]


def state_after(text: str, last, lang: str = "id", ctx: DocumentContext | None = None):
    """The state once the passes up to (not including) `last` have run."""
    st = finder(lang).state(get_nlp(lang).make_doc(text), ctx or DocumentContext())
    for p in ACTOR_PASSES[:ACTOR_PASSES.index(last)]:
        p(st)
    return st


def test_the_passes_run_in_this_order():
    assert [p.__name__ for p in ACTOR_PASSES] == [
        "gazetteer_hits", "dateline_home", "titled_persons", "national_bodies", "named_national_bodies",
        "places_and_organisations", "stance_causes", "groups_in_places", "home_bodies", "seats_not_actors",
        "story_place", "owned_bodies",
        "untitled_names", "title_backrefs", "described_people", "gendered_people", "region_anaphors", "pair_anaphors",
        "counterpart_backrefs", "patroned_groups", "body_anaphors", "described_nationals", "text_order",
        "home_country"]
    assert [r.__name__ for r in NAME_RULES] == ["known_person", "famous_person", "named_body", "new_person"]
    # Each says what it decides and gives its example sentence (the one its test uses).
    assert all("Example: " in p.__doc__ for p in (*ACTOR_PASSES, *NAME_RULES, particle_surname))


def test_gazetteer_hits_keeps_a_contextual_name_only_beside_its_pair():
    st = state_after("South Korea said the North fired a missile.", titled_persons, "en")
    assert [(it.kind, it.payload["code"]) for it in st.items] == [("COUNTRY", "KOR"), ("COUNTRY", "PRK")]
    assert all(st.covered[0:2]) and all(st.covered[3:5])
    alone = state_after("The North fired a missile on Monday.", titled_persons, "en")
    assert alone.items == []
    assert ("the North", "North Korea", "COUNTRY", "PRK") in find("South Korea said the North fired a missile.", "en")
    assert find("South Korea said the North fired a missile.", "en", without=gazetteer_hits) == []


def test_titled_persons_gives_the_name_its_role_and_country():
    text = "Perdana Menteri Selandia Baru Christopher Luxon tiba di Jakarta."
    ctx = DocumentContext()
    ms = finder("id")(get_nlp("id").make_doc(text), ctx)
    luxon = ms[0]
    assert (luxon.start, luxon.name, luxon.role, luxon.role_key, luxon.country) == \
        (0, "Christopher Luxon", "Perdana Menteri", "prime minister", "NZL")
    assert ctx.people["Christopher Luxon"]["country"] == "NZL"
    # Without it the name is found alone, with no title.
    assert [m[0] for m in find(text, without=titled_persons) if m[2] == "PERSON"] == ["Christopher Luxon"]


def test_titled_persons_keeps_a_title_word_that_opens_a_listed_name():
    # "Sheikh" is a title, but "Sheikh Hasina" is the listed name: the person is named so, and "Hasina" names her back.
    ctx = DocumentContext()
    nlp = get_nlp("id")
    ms = finder("id")(nlp.make_doc("Mantan Perdana Menteri Sheikh Hasina meninggalkan Dhaka."), ctx)
    assert (ms[0].name, ms[0].country) == ("Sheikh Hasina", "BGD")
    later = finder("id")(nlp.make_doc("Hasina kemudian menolak tuduhan itu."), ctx)
    assert later[0].name == "Sheikh Hasina"


def test_gazetteer_hits_drops_a_title_inside_a_listed_name():
    # "Sheikh" between "Hassan" and "Mohamud" is part of the listed name, not a title for "Mohamud".
    ctx = DocumentContext()
    ms = finder("en")(get_nlp("en").make_doc("President Hassan Sheikh Mohamud flew to Nairobi on Monday."), ctx)
    assert (ms[0].name, ms[0].country) == ("Hassan Sheikh Mohamud", "SOM")


def test_titled_persons_takes_capitals_before_a_demonstrative_for_the_office_not_a_name():
    # "Wali Kota Solo itu": Solo is the office's town, not a mayor called Solo.
    found = find("Presiden Joko Widodo tiba di Jakarta. Mantan Wali Kota Solo itu tersenyum.")
    assert all(m[1] != "Solo" for m in found)
    st = state_after("Mantan Wali Kota Solo itu tersenyum.", national_bodies)
    assert [(b.start, b.end, b.role_key) for b in st.backrefs] == [(0, 5, "mayor")]
    assert st.mentions == []


def test_titled_persons_reads_a_portfolio_as_part_of_the_title():
    # "Perhubungan" (pe-…-an) names the ministry, not the minister.
    text = "Menteri Perhubungan Dudy Purwagandhi meninjau bandara."
    assert find(text)[0][:3] == ("Menteri Perhubungan Dudy Purwagandhi", "Dudy Purwagandhi", "PERSON")
    gaz = finder("id").gazetteer
    assert gaz.portfolio("Ketenagakerjaan") and not gaz.portfolio("Kenan") and not gaz.portfolio("kesehatan")
    assert not finder("en").gazetteer.portfolio_affixes


def test_a_name_never_opens_with_an_abstract_noun():
    # portfolio_affixes.jsonl: "Pertahanan" (per-…-an) opens a treaty's name, not a person's.
    text = "Kedua negara menegaskan bahwa Perjanjian Pertahanan Bersama berlaku."
    assert all(m[2] != "PERSON" for m in find(text))
    doc = get_nlp("id").make_doc(text)
    names = finder("id").names
    assert names.run(doc, 5, len(doc), bytearray(len(doc))) == 5
    assert finder("en").names.run(doc, 5, len(doc), bytearray(len(doc))) == 7
    # A surname of that shape stays a name: "Pezeshkian" is not per-/pen-/ke-…-an.
    assert ("Masoud Pezeshkian", "PERSON") in [(m[1], m[2]) for m in find("Presiden Iran Masoud Pezeshkian tiba.")]


def test_titled_persons_joins_a_body_across_words_describing_the_title():
    # "national security" describes "spokesman": the White House is Kirby's body, not a party of its own.
    text = "White House national security spokesman John Kirby rejected the remarks."
    assert find(text, "en") == [("White House national security spokesman John Kirby", "John Kirby", "PERSON", "USA")]
    # Not across other words: "thanked" does not describe a title.
    assert ("Kenya", "Kenya", "COUNTRY", "KEN") in find("Kenya thanked spokesman John Kirby.", "en")


def test_national_bodies_joins_an_institution_to_its_country():
    text = "Chinese troops crossed the border, residents said."
    assert find(text, "en") == [("Chinese troops", "Chinese troops", "ORG", "CHN")]
    assert find(text, "en", without=national_bodies) == [("Chinese", "China", "COUNTRY", "CHN")]


def test_national_bodies_joins_a_group_of_people_to_its_nationality():
    # groups.jsonl: "warga", "protesters" stand for their country beside its name.
    assert find("Warga Palestina mengungsi ke selatan.") == [("Warga Palestina", "Warga Palestina", "ORG", "PSE")]
    assert find("Warga Palestina mengungsi ke selatan.", without=national_bodies) == \
        [("Palestina", "Palestina", "COUNTRY", "PSE")]
    assert ("Kenyan protesters", "Kenyan protesters", "ORG", "KEN") in find("Kenyan protesters blocked roads.", "en")


def test_groups_in_places_gives_a_group_the_country_of_its_place():
    # (warga: a group that never takes the dateline's country, so home_bodies leaves it alone)
    text = "Ribuan warga berunjuk rasa di Jakarta."
    assert ("warga", "warga", "ORG", "IDN") in find(text)
    assert all(m[0] != "warga" for m in find(text, without=groups_in_places))
    assert ("Protesters", "Protesters", "ORG", "KEN") in find("Protesters in Nairobi blocked roads.", "en")
    # Only in its own sentence.
    assert all(m[0] != "Mahasiswa" for m in find("Mahasiswa berunjuk rasa. Polisi berjaga di Jakarta."))


def test_named_national_bodies_finds_a_body_the_list_lacks():
    text = "Dinas Imigrasi Kenya menahan dua orang."
    assert find(text) == [("Dinas Imigrasi Kenya", "Dinas Imigrasi Kenya", "ORG", "KEN")]
    assert ("Dinas Imigrasi", "Dinas Imigrasi", "PERSON", None) in find(text, without=named_national_bodies)


def test_places_and_organisations_leaves_out_a_currency():
    text = "Kenya menjanjikan 300 juta dolar AS kepada Haiti."
    assert find(text) == [("Kenya", "Kenya", "COUNTRY", "KEN"), ("Haiti", "Haiti", "COUNTRY", "HTI")]
    assert find(text, without=places_and_organisations) == []


def test_untitled_names_offers_each_run_to_the_name_rules():
    text = "Rapat itu dihadiri Amara Okonkwo dan Zakharova dari Moskow."
    found = find(text)
    assert ("Amara Okonkwo", "Amara Okonkwo", "PERSON", None) in found
    assert ("Zakharova", "Maria Zakharova", "PERSON", "RUS") in found
    assert [m for m in find(text, without=untitled_names) if m[2] == "PERSON"] == []


def test_known_person_is_a_name_part_the_document_knows(monkeypatch):
    ctx = DocumentContext()
    find("Menteri Perdagangan Ghana Amara Okonkwo tiba di Hanoi.", ctx=ctx)
    text = "Okonkwo kemudian bertemu wartawan."
    assert find(text, ctx=ctx) == [("Okonkwo", "Amara Okonkwo", "PERSON", "GHA")]
    assert ctx.recent[-1] == "Amara Okonkwo"
    st = state_after(text, untitled_names, ctx=ctx)
    assert known_person(st, NameRun(0, 1, "Okonkwo", None)) is None
    monkeypatch.setattr(people, "NAME_RULES", (famous_person, new_person))
    assert find(text, ctx=ctx) == []


def test_famous_person_is_a_listed_surname_inside_a_sentence():
    text = "Kemudian Zakharova membantah laporan itu."
    st = state_after(text, untitled_names)
    m = famous_person(st, NameRun(1, 2, "Zakharova", None))
    assert (m.name, m.country, m.role) == ("Maria Zakharova", "RUS", "Spokesperson of the Foreign Ministry")
    assert st.ctx.people["Maria Zakharova"]["gender"] == "female"
    # Neither of the other rules takes a one-word name the document does not know.
    assert known_person(st, NameRun(1, 2, "Zakharova", None)) is None
    assert new_person(st, NameRun(1, 2, "Zakharova", None)) is None


def test_new_person_apposed_to_a_national_body_takes_its_state():
    ctx = DocumentContext()
    found = find("Pejabat Kementerian Luar Negeri Mesir, Ahmed Abu Zeid, menyebut bantuan masih tertahan.", "id", ctx)
    assert ("Ahmed Abu Zeid", "Ahmed Abu Zeid", "PERSON", "EGY") in found


def test_new_person_not_a_name_modifying_a_thing_after_it():
    # grammar thing_heads_after: a day, a weapon, an era a common noun after the name makes of it, no person
    for text in ("Peru freed 300 prisoners in a Flag Day amnesty on Sunday.",
                 "Russia fired two Kinzhal-K hypersonic missiles at Lviv.",
                 "Beijing called the pact a piece of Iron Curtain thinking."):
        assert not [f for f in find(text, "en") if f[2] == "PERSON"], text
    # a person's name followed by the words of the sentence stays a person
    assert ("Amara Okonkwo", "Amara Okonkwo", "PERSON", None) in find("Amara Okonkwo announced an amnesty.", "en")


def test_named_body_names_an_organisation_of_the_story(monkeypatch):
    # grammar name_heads: a head word at either end of the capitalised run makes it a body, never a person
    assert ("Gang Suppression Force", "Gang Suppression Force", "GROUP", None) in \
        find("The Gang Suppression Force arrested 30 suspects.", "en")
    ctx = DocumentContext(home="BGD")
    assert ("Liga Awami", "Liga Awami", "GROUP", "BGD") in find("Liga Awami menyerukan mogok nasional.", "id", ctx)
    # grammar body_name_links: a word joined by hyphens inside the name ("-e-") makes it a body too
    ctx = DocumentContext(home="PAK")
    assert ("Tehreek-e-Insaf", "Tehreek-e-Insaf", "GROUP", "PAK") in \
        find("Tehreek-e-Insaf called a strike in Lahore.", "en", ctx)
    assert ("Salah-ud-Din Khan", "Salah-ud-Din Khan", "PERSON", None) in \
        find("Salah-ud-Din Khan called a strike.", "en")
    # a place's name with a body's word in it stays no actor ("Markas Korps Brimob")
    assert not [f for f in find("Massa berkumpul di depan Markas Korps Brimob.", "id") if f[1].startswith("Markas")]
    monkeypatch.setattr(people, "NAME_RULES", (known_person, famous_person, new_person))
    assert ("Gang Suppression Force", "Gang Suppression Force", "PERSON", None) in \
        find("The Gang Suppression Force arrested 30 suspects.", "en")
    st = state_after("Liga Awami menyerukan mogok nasional.", untitled_names)
    assert named_body(st, NameRun(0, 2, "Liga Awami", None)).type == "GROUP"
    assert named_body(st, NameRun(2, 3, "Awami", None)) is None


def test_new_person_not_beside_a_body_head_or_in_a_calendar_name():
    # a run right before or after a body's head word is part of the body's name; "Year" names no person;
    # a hyphened holder's adjective ("Kurdish-held") is none either
    for text, lang in (("Pasukan Stabilisasi Internasional tiba di Rafah.", "id"),
                       ("The Marine Fisheries Agency seized two trawlers.", "en"),
                       ("The president said in a New Year address that he would not resign.", "en"),
                       ("Troops shelled Kurdish-held districts overnight.", "en")):
        assert not [f for f in find(text, lang) if f[2] == "PERSON"], text
    assert ("Amara Okonkwo", "Amara Okonkwo", "PERSON", None) in find("Amara Okonkwo menyerukan dialog.", "id")


def test_span_prefixes_and_continents_name_no_state():
    # stance_prefixes: "Pan-", "Inter-", "antar-" bind a state's word into an adjective; regions: "North American"
    assert not [f for f in find("Trucks blocked the Pan-American Highway near the border.", "en") if f[3] == "USA"]
    assert not [f for f in find("Kedua pemimpin membahas hubungan antar-Korea.", "id") if f[3] in ("KOR", "PRK")]
    assert ("North American", "North America", "REGION", None) in find("North American leaders met in Ottawa.", "en")


def test_described_people_head_first_before_a_demonstrative():
    ctx = DocumentContext()
    find("Pejabat Kementerian Luar Negeri Mesir, Ahmed Abu Zeid, menyebut bantuan masih tertahan.", "id", ctx)
    found = find("Menurut diplomat Mesir itu, Kairo terus mendesak Israel membuka jalur masuk.", "id", ctx)
    assert ("diplomat Mesir", "Ahmed Abu Zeid", "PERSON", "EGY") in found
    # Without the person named before, the words stay Egypt's officials.
    alone = find("Menurut diplomat Mesir itu, jalur masuk ditutup.")
    assert ("diplomat Mesir", "diplomat Mesir", "ORG", "EGY") in alone


def test_new_person_not_a_prefecture_or_oblast():
    assert not [f for f in find("Sebagian besar laporan berasal dari Prefektur Aichi dan Oblast Kharkiv.")
                if f[2] == "PERSON"]
    assert not [f for f in find("The reports came from Aichi Prefecture and the Giza Governorate.", "en")
                if f[2] == "PERSON"]


def test_new_person_not_a_named_vessel_or_operation():
    found = find("Kapal perusak Jepang mengawal kapal tanker Ocean Pearl, sementara operasi "
                 "\u201cNorthern Shield\u201d berlanjut.")
    assert not [f for f in found if f[2] == "PERSON"]
    assert ("Amara Okonkwo", "Amara Okonkwo", "PERSON", None) in find("Menurut Amara Okonkwo, kapal itu tenggelam.")


def test_new_person_is_two_capitalised_words_not_a_place():
    st = state_after("Amara Okonkwo tiba di Pulau Banda Besar.", untitled_names)
    m = new_person(st, NameRun(0, 2, "Amara Okonkwo", None))
    assert (m.name, m.type, m.country) == ("Amara Okonkwo", "PERSON", None)
    assert "Amara Okonkwo" in st.ctx.people
    assert new_person(st, NameRun(5, 7, "Banda Besar", None)) is None     # after "Pulau": a place
    assert famous_person(st, NameRun(0, 2, "Amara Okonkwo", None)) is None


def test_particle_surname_keeps_the_particles_of_a_known_name(monkeypatch):
    ctx = DocumentContext()
    find("Presiden Komisi Eropa Ursula von der Leyen tiba di Kyiv.", ctx=ctx)
    text = "Sehari kemudian von der Leyen bertemu wartawan."
    assert find(text, ctx=ctx)[0] == ("von der Leyen", "Ursula von der Leyen", "PERSON", "EU")
    monkeypatch.setattr(people, "particle_surname", lambda st, i: None)
    assert find(text, ctx=ctx)[0][0] == "Leyen"


def test_title_backrefs_names_the_holder_mentioned_last():
    text = "Presiden Kenya William Ruto tiba di Dodoma. Presiden itu disambut warga."
    assert ("Presiden itu", "William Ruto", "PERSON", "KEN") in find(text)
    assert all(m[0] != "Presiden itu" for m in find(text, without=title_backrefs))
    # A generic head of a country: "the Kenyan leader" is the Kenyan president, not also Kenya.
    text = "Kenyan President William Ruto met Ghana's President John Mahama, and the Kenyan leader praised Accra."
    found = find(text, "en")
    assert ("Kenyan leader", "William Ruto", "PERSON", "KEN") in found
    assert ("Kenyan", "Kenya", "COUNTRY", "KEN") in find(text, "en", without=title_backrefs)


def test_title_backrefs_take_a_role_by_its_head_when_nobody_holds_it_exactly():
    # "the minister": no plain minister was named, the foreign minister was.
    text = "Chile's President Gabriel Boric met Peru's Foreign Minister Elmer Schialer. The minister left early."
    assert ("minister", "Elmer Schialer", "PERSON", "PER") in find(text, "en")
    assert holds_role("foreign minister", "PER", {"minister"}, None, kind=True)
    assert not holds_role("foreign minister", "PER", {"minister"}, None)
    # A holder of the exact role comes first, even when named earlier.
    text = "Minister Ana Lopez met Foreign Minister Elmer Schialer. The minister left early."
    assert ("minister", "Ana Lopez", "PERSON", None) in find(text, "en")


def test_title_backrefs_read_past_describing_words():
    # "the 62-year-old minister": the definite word stands before the age.
    text = "Peru's Foreign Minister Elmer Schialer arrived in Lima. The 62-year-old minister spoke."
    assert ("minister", "Elmer Schialer", "PERSON", "PER") in find(text, "en")
    gaz = finder("en").gazetteer
    low = "the 62 - year - old minister".split()
    assert gaz.definite_before(low, 6) and not gaz.definite_before(["a", "62", "minister"], 2)
    # "menteri berusia 73 tahun itu": the demonstrative stands after the age.
    text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta. Menteri berusia 73 tahun itu tersenyum."
    assert ("Menteri berusia 73 tahun itu", "Sergei Lavrov", "PERSON", "RUS") in find(text)
    assert finder("id").gazetteer.demonstrative_after("menteri senior itu pergi".split(), 1) == 3


def test_title_backrefs_take_a_diplomat_for_the_envoy_or_minister_named_before():
    # grammar generic_roles "diplomat": an ambassador, envoy or foreign minister; of the country named inside.
    text = ("Menlu Retno Marsudi bertemu Duta Besar Jepang Kanasugi Kenji di Jakarta. "
            "Diplomat Jepang itu tersenyum. Diplomat senior tersebut pulang.")
    found = find(text)
    assert ("Diplomat Jepang itu", "Kanasugi Kenji", "PERSON", "JPN") in found
    assert ("Diplomat senior tersebut", "Kanasugi Kenji", "PERSON", "JPN") in found
    assert ("Jepang", "Jepang", "COUNTRY", "JPN") not in found[3:]     # not the country inside it
    # "the former president": the definite word before "former".
    text = "Former U.S. President Donald Trump arrived in Tokyo. The former president spoke."
    assert ("former president", "Donald Trump", "PERSON", "USA") in find(text, "en")


def test_title_backrefs_take_a_generic_title_for_the_holder_of_its_own_role_first():
    # "Diplomat senior itu": the senior diplomat named before, not the foreign minister named since (a kin role).
    text = ("Diplomat senior Singapura Bilahari Kausikan bertemu Menteri Luar Negeri Sugiono. "
            "Diplomat senior itu tersenyum.")
    assert ("Diplomat senior itu", "Bilahari Kausikan", "PERSON", "SGP") in find(text)
    # With nobody of its own role named, the kin role's holder, as before.
    text = "Menteri Luar Negeri Sugiono tiba di Tokyo. Diplomat senior itu tersenyum."
    assert ("Diplomat senior itu", "Sugiono", "PERSON", "IDN") in find(text)


def test_title_backrefs_take_a_former_title_for_the_person_introduced_in_that_past_role():
    # "the former president": Duterte, introduced as a former president, not Marcos, the president named since.
    text = ("Former Philippine President Rodrigo Duterte was flown to The Hague. President Ferdinand Marcos Jr "
            "spoke. The former president smiled.")
    assert ("former president", "Rodrigo Duterte", "PERSON", "PHL") in find(text, "en")
    # Indonesian "mantan": the same.
    text = ("Mantan Presiden Peru Pedro Castillo meninggalkan pengadilan. Presiden Dina Boluarte berbicara. "
            "Mantan presiden itu tersenyum.")
    assert [f[1] for f in find(text) if f[0].lower() == "mantan presiden itu"] == ["Pedro Castillo"]


def test_region_anaphors_name_the_region_named_last():
    text = "Menlu Jepang mengunjungi Asia Tengah pekan ini. Kawasan itu kaya gas."
    assert ("Kawasan itu", "Central Asia", "REGION", None) in find(text)
    assert all(m[0] != "Kawasan itu" for m in find(text, without=region_anaphors))
    ctx = DocumentContext(last_region={"name": "Baltic states", "type": "REGION", "code": "BALTIC",
                                       "members": ["EST", "LVA", "LTU"]})
    st = state_after("Wilayah itu menolak gas Rusia.", region_anaphors, ctx=ctx)
    region_anaphors(st)
    assert [(m.text, m.name, m.members) for m in st.mentions if m.type == "REGION"] == \
        [("Wilayah itu", "Baltic states", ("EST", "LVA", "LTU"))]


def test_pair_anaphors_stand_for_the_two_states_named_before():
    text = "Chile and Peru reopened their border, and both countries will hold talks."
    st = state_after(text, pair_anaphors, "en")
    pair_anaphors(st)
    pair = [m for m in st.mentions if m.text == "both countries"]
    assert [(m.name, m.members) for m in pair] == [("Chile – Peru", ("CHL", "PER"))]
    assert all(m[0] != "both countries" for m in find(text, "en", without=pair_anaphors))


def test_pair_anaphors_of_governments_and_forces(run):
    out = run(["Chile and Peru signed a border accord in Lima on Monday.",
               "Under the accord, the two governments will share intelligence on smuggling, and the two forces "
               "will stage a joint exercise."], lang="en")
    sides = [sorted(a.get("members", ())) for e in out[1]["events"] for a in e["sources"]]
    assert sides and all(s == ["CHL", "PER"] for s in sides)


def test_pair_anaphors_take_the_coordinated_pair_of_three_states():
    text = "Chile and Peru signed a trade pact with Bolivia, and the two countries will also hold talks on water."
    st = state_after(text, pair_anaphors, "en")
    pair_anaphors(st)
    pair = [m for m in st.mentions if m.text == "the two countries"]
    assert [m.members for m in pair] == [("CHL", "PER")]     # not the last two named (PER, BOL)


def test_pair_anaphors_after_a_verb_of_saying_are_no_object(run):
    out = run(["Chile and Peru held talks on their border on Monday.",
               "Peruvian Foreign Minister Elmer Schialer said the two countries would hold joint patrols."], lang="en")
    sources = [a for e in out[1]["events"] for a in e["sources"]]
    # what is said opens after the verb: the pair may include the speaker's state
    assert any(a.get("members") and sorted(a["members"]) == ["CHL", "PER"] for a in sources)
    # Opening a paragraph, "keduanya" is the pair of the act remembered last.
    ctx = DocumentContext(events=[{"type": "CONSULT", "trigger": "bertemu",
                                   "sources": [{"name": "Fiji", "type": "COUNTRY", "country": "FJI"}],
                                   "targets": [{"name": "Tonga", "type": "COUNTRY", "country": "TON"}]}])
    st = state_after("Keduanya sepakat membuka rute laut.", pair_anaphors, ctx=ctx)
    pair_anaphors(st)
    assert [m.members for m in st.mentions] == [("FJI", "TON")]


def test_body_anaphors_name_an_international_body_by_its_head_word():
    text = "The World Health Organization warned of cholera in Sudan, and the organization asked donors for funds."
    assert ("the organization", "World Health Organization", "ORG", "WHO") in find(text, "en")
    assert all(m[0] != "the organization" for m in find(text, "en", without=body_anaphors))
    # A body of an earlier paragraph, named back by the head of the words used then.
    ctx = DocumentContext(parties=[{"name": "International Atomic Energy Agency", "type": "ORG", "country": "IAEA",
                                    "code": "IAEA", "text": "Badan Energi Atom Internasional"}])
    st = state_after("Kemudian badan itu mengirim inspektur.", body_anaphors, ctx=ctx)
    assert st.mentions == []
    body_anaphors(st)
    assert [(m.text, m.code) for m in st.mentions] == [("badan itu", "IAEA")]


def test_body_nouns_name_back_no_armed_group():
    # "the bloc" after an armed group only: no body of that kind was named, no mention
    ctx = DocumentContext(parties=[{"name": "Hezbollah", "type": "GROUP", "code": "HEZBOLLAH", "text": "Hezbollah"}])
    assert all(m[0] != "The bloc" for m in find("The bloc stood ready to act.", "en", ctx))
    ctx = DocumentContext(parties=[{"name": "Hezbollah", "type": "GROUP", "code": "HEZBOLLAH", "text": "Hezbollah"},
                                   {"name": "African Union", "type": "ORG", "code": "AU", "text": "African Union"}])
    assert ("The bloc", "African Union", "ORG", None) in find("The bloc stood ready to act.", "en", ctx)


def test_head_word_of_a_body_name_of_several_words():
    assert _head_word("Badan Energi Atom Internasional", True) == "badan"       # modifiers follow the head
    assert _head_word("World Health Organization", False) == "organization"     # modifiers lead
    assert _head_word("U.S. Senate", False) is None                             # one word of letters
    assert _head_word("NATO", False) is None


def test_text_order_sorts_the_mentions_by_their_first_token():
    text = "Amara Okonkwo tiba di Abuja, Nigeria."
    st = state_after(text, text_order)
    assert [m.start for m in st.mentions] == [4, 6, 0]     # places come before untitled names
    text_order(st)
    assert [m.start for m in st.mentions] == [0, 4, 6]


@pytest.mark.parametrize("lang,text,person,country", [
    ("id", "Kementerian Luar Negeri Korea Selatan menyatakan Wakil Menteri Luar Negeri Kim Hong-kyun akan ke Tokyo.",
     "Kim Hong-kyun", "KOR"),
    ("en", "Deputy Foreign Minister Lim Wei arrived in Tokyo, the Malaysian Foreign Ministry said.",
     "Lim Wei", "MYS"),
])
def test_home_country_gives_a_titled_person_the_ministry_s_country(lang, text, person, country):
    ctx = DocumentContext()
    found = find(text, lang, ctx=ctx)
    assert next(m for m in found if m[1] == person)[3] == country
    assert ctx.people[person]["country"] == country
    assert next(m for m in find(text, lang, without=home_country) if m[1] == person)[3] is None


def test_dateline_home_places_the_document_in_the_dateline_country():
    ctx = DocumentContext()
    find("NAIROBI, June 26 (Reuters) - Police fired tear gas at protesters.", "en", ctx)
    assert ctx.home == "KEN"
    # A place the list lacks: the country after it; a second dateline does not move it.
    other = DocumentContext()
    find("RAMSTEIN AIR BASE, Germany (Reuters) - Ministers met.", "en", other)
    assert other.home == "DEU"
    find("MOSKWA, ANTARA - Rusia mengusir dua diplomat.", "id", other)
    assert other.home == "DEU"
    none = DocumentContext()
    find("NAIROBI, June 26 (Reuters) - Police fired tear gas.", "en", none, without=dateline_home)
    assert none.home is None
    # Text that opens in capitals without a place is no dateline.
    find("UNITED NATIONS (AP) - The assembly voted.", "en", none)
    assert none.home is None


def test_dateline_home_places_a_regional_desks_story_in_the_one_state_it_is_set_in():
    ctx = DocumentContext()
    found = find("BANGKOK, May 2 (Reuters) - Farmers rallied in Yangon on Friday and police detained 30 of them.",
                 "en", ctx)
    assert ctx.home == "MMR" and ("police", "police", "ORG", "MMR") in found
    # The desk's own state named in the paragraph, or a desk that is no hub: the dateline's state.
    ctx = DocumentContext()
    find("BANGKOK, May 2 (Reuters) - Thai farmers rallied in Yangon on Friday.", "en", ctx)
    assert ctx.home == "THA"
    ctx = DocumentContext()
    find("HANOI, May 2 (Reuters) - Farmers rallied in Yangon on Friday.", "en", ctx)
    assert ctx.home == "VNM"


def test_home_bodies_gives_bare_police_and_protesters_the_dateline_country():
    text = "KYIV, 3 Maret (ANTARA) - Polisi menangkap 12 demonstran di depan gedung parlemen."
    found = find(text)
    assert ("Polisi", "Polisi", "ORG", "UKR") in found and ("demonstran", "demonstran", "ORG", "UKR") in found
    assert not any(m[0] == "Polisi" for m in find(text, without=home_bodies))


def test_home_bodies_reads_a_body_before_a_charge_as_bare_not_owned():
    # "the government of persecution": "of" opens the charge, no owner; "the government of Haiti" is owned.
    text = "NAIROBI, May 2 (Reuters) - Rights groups accused the government of persecution on Friday."
    assert ("government", "government", "ORG", "KEN") in find(text, "en")
    text = "NAIROBI, May 2 (Reuters) - Rights groups accused the government of Haiti on Friday."
    assert not any(m[0] == "government" and m[3] == "KEN" for m in find(text, "en"))


def test_home_bodies_prefers_the_country_the_document_named_the_body_for():
    ctx = DocumentContext()
    nlp = get_nlp("en")
    first = finder("en")(nlp.make_doc("CAIRO (Reuters) - Israeli police raided a mosque in Jerusalem."), ctx)
    ctx.close_paragraph(first, None, [])
    assert ctx.home == "EGY"
    assert ("police", "police", "ORG", "ISR") in find("The police said two men were held.", "en", ctx)
    assert ("police", "police", "ORG", "EGY") in find("The police said two men were held.", "en",
                                                      DocumentContext(home="EGY"))


def test_home_bodies_leaves_an_owned_or_titled_body_alone():
    ctx = DocumentContext(home="KEN")
    found = find("Its police chief said their army was ready.", "en", ctx)
    assert not any(m[3] == "KEN" for m in found)


def test_title_backrefs_remembers_an_unnamed_holder_of_a_state_office():
    ctx = DocumentContext()
    found = find("Sudan's foreign minister rejected the plan.", "en", ctx)
    assert ("Sudan", "Sudan", "COUNTRY", "SDN") in found      # the state stays the actor here
    # A later "the minister" is that holder; a capitalised word never names them ("Foreign" is no name part).
    assert ("minister", "Sudan's foreign minister", "PERSON", "SDN") in find("The plan failed, the minister said.",
                                                                            "en", ctx)
    assert ctx.resolve_name("Foreign") is None
    assert not any(m[2] == "PERSON" for m in find("The plan failed, the minister said.", "en"))
    # Not an organisation's office ("anggota Uni Eropa" is no person), nor a generic head.
    ctx = DocumentContext()
    find("Hongaria menolak pernyataan negara anggota Uni Eropa lainnya.", "id", ctx)
    assert ctx.people == {}


def test_kepala_negara_names_the_president_named_before():
    ctx = DocumentContext()
    find("Presiden Ferdinand Marcos Jr tiba di Manila.", "id", ctx)
    found = find("”Kami mendengar suara rakyat,” tegas Kepala Negara di Manila.", "id", ctx)
    assert ("Kepala Negara", "Ferdinand Marcos Jr", "PERSON", "PHL") in found


def test_title_backrefs_takes_a_former_office_for_the_person_named_before_when_nobody_holds_it():
    text = ("Utusan Khusus PBB untuk Myanmar Julie Bishop mendesak kedua pihak berunding. "
            "”Cukup,” ujar mantan Menteri Luar Negeri Australia itu.")
    found = find(text)
    assert ("mantan Menteri Luar Negeri Australia itu", "Julie Bishop", "PERSON", "UN") in found
    # A person of another state is not "the former Australian minister".
    other = find("Menteri Luar Negeri Rusia Sergei Lavrov tiba. "
                 "”Cukup,” ujar mantan Menteri Luar Negeri Australia itu.")
    assert not any(m[1] == "Sergei Lavrov" and m[0].startswith("mantan") for m in other)


def test_home_bodies_takes_the_place_its_sentence_puts_the_body_in_before_the_dateline():
    ctx = DocumentContext(home="SDN")
    found = find("In neighbouring Chad, authorities said 12,000 refugees had crossed.", "en", ctx)
    assert ("authorities", "authorities", "ORG", "TCD") in found
    assert ("Polisi", "Polisi", "ORG", "KEN") in find("Polisi di Nairobi menangkap dua orang.", "id",
                                                    DocumentContext(home="SDN"))
    # A place of another sentence does not count.
    assert ("authorities", "authorities", "ORG", "SDN") in find("Chad was quiet. Later, authorities said so.", "en",
                                                              DocumentContext(home="SDN"))


def test_title_backrefs_takes_a_bare_title_for_the_dateline_state_holder():
    ctx = DocumentContext()
    find("JAKARTA, ANTARA — Menteri Luar Negeri Sugiono menerima Menteri Luar Negeri Singapura Vivian Balakrishnan.",
         "id", ctx)
    assert ("Menlu", "Sugiono", "PERSON", "IDN") in find("”Kami sepakat,” kata Menlu.", "id", ctx)


def test_titled_persons_reads_past_the_post_a_title_gives_before_the_name():
    found = find("Duta Besar Amerika Serikat untuk Indonesia Kamala Shirin Lakhdhir tiba di Bandung.")
    assert ("Duta Besar Amerika Serikat untuk Indonesia Kamala Shirin Lakhdhir", "Kamala Shirin Lakhdhir", "PERSON",
            "USA") in found
    found = find("U.S. Ambassador to Japan Rahm Emanuel visited Okinawa.", "en")
    assert ("U.S. Ambassador to Japan Rahm Emanuel", "Rahm Emanuel", "PERSON", "USA") in found
    # A post with no name after it stays a place.
    assert ("Jepang", "Jepang", "COUNTRY", "JPN") in find("Duta Besar untuk Jepang itu tiba.")


def test_home_bodies_general_staff_is_a_body_not_a_person():
    found = find("Menurut Staf Umum, pertahanan udara menembak jatuh 31 pesawat nirawak.", "id",
                 DocumentContext(home="UKR"))
    assert ("Staf Umum", "Staf Umum", "ORG", "UKR") in found


def test_national_bodies_of_a_group_that_governs_a_state():
    found = find("KABUL, ANTARA - Pemerintah Taliban memanggil kuasa usaha Pakistan di Kabul.")
    assert ("Pemerintah Taliban", "Pemerintah Taliban", "ORG", "AFG") in found
    found = find("Afghanistan's Taliban government said Pakistani troops had fired mortar shells.", "en")
    assert ("Afghanistan's Taliban government", "Afghanistan's Taliban government", "ORG", "AFG") in found


def test_titled_persons_reads_past_an_acronym_no_list_knows():
    found = find("Juru bicara DFA Teresita Daza mengatakan kapal China menembakkan meriam air.")
    assert ("Juru bicara DFA Teresita Daza", "Teresita Daza", "PERSON", None) in found
    # A short initial of the name itself stays in it.
    assert [f[1] for f in find("Anggota DPR TB Hasanuddin mendesak evakuasi.") if f[2] == "PERSON"] == ["TB Hasanuddin"]


def test_titled_persons_reads_past_a_party():
    found = find("Ketua Umum PDI Perjuangan Megawati Soekarnoputri menerima Duta Besar Jepang.")
    assert [f[1] for f in found if f[2] == "PERSON"][0] == "Megawati Soekarnoputri"
    # A party word and the one word after it.
    found = find("Sekretaris Jenderal Partai Gerindra Ahmad Muzani mendukung Palestina.")
    assert [f[1] for f in found if f[2] == "PERSON"] == ["Ahmad Muzani"]


def test_titled_persons_reads_past_a_town_no_list_knows():
    found = find("Konsul RI di Tawau Aris Heru Utomo mengatakan 14 pekerja telah dibebaskan.")
    assert ("Konsul RI di Tawau Aris Heru Utomo", "Aris Heru Utomo", "PERSON", "IDN") in found
    # A place of several words with no name of two words after it is no person.
    assert not [f for f in find("Presiden di Istana Merdeka mengatakan bantuan telah dikirim.") if f[2] == "PERSON"]


def test_title_backrefs_takes_a_bare_title_in_indonesian_copy_for_indonesias_holder_wherever_datelined():
    ctx = DocumentContext()
    find("BEIJING, KOMPAS — Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Beijing.", "id", ctx)
    assert ctx.home == "CHN"
    assert ("Kepala Negara", "Prabowo Subianto", "PERSON", "IDN") in find("”Baik,” tutur Kepala Negara.", "id", ctx)
    # English copy has no such state: the dateline's (here no holder of it), else the holder named last.
    ctx = DocumentContext()
    find("BEIJING (Reuters) - Chinese President Xi Jinping met Indonesian President Prabowo Subianto.", "en", ctx)
    assert ("President", "Xi Jinping", "PERSON", "CHN") in find('"Good," said President.', "en", ctx)


def test_famous_person_takes_the_role_key_of_their_listed_office():
    ctx = DocumentContext()
    assert ("Lavrov", "Sergey Lavrov", "PERSON", "RUS") in find("Kemudian Lavrov tiba di Beijing.", "id", ctx)
    assert ctx.people["Sergey Lavrov"]["role_key"] == "foreign minister"
    # So a later title names him back.
    assert ("menteri itu", "Sergey Lavrov", "PERSON", "RUS") in find("”Cukup,” kata menteri itu.", "id", ctx)
    assert finder("en").gazetteer.role_key("former President") is None


def test_a_place_word_opening_or_closing_a_persons_name():
    """A one-word country or organisation after "kata"/"said" and before more capitalised words opens a
    person's name; one after a title and two name words closes it; a body alone after the verb stays one."""
    opened = find("”Kami akan terus turun ke jalan,” kata Chad Mulyono, koordinator aksi, kepada wartawan.")
    assert ("Chad Mulyono", "Chad Mulyono", "PERSON", None) in opened
    said = find('"We will keep marching," said Jordan Halloway, a student leader.', "en")
    assert ("Jordan Halloway", "Jordan Halloway", "PERSON", None) in said
    closed = find("Foreign Minister Amelie Kessler Wagner said the talks would go on.", "en")
    assert [m[1] for m in closed if m[2] == "PERSON"] == ["Amelie Kessler Wagner"]
    body = find("Sebanyak 20 WNI dalam keadaan aman, kata KBRI Tokyo.")
    assert not [m for m in body if m[2] == "PERSON"]


def test_story_place_sets_a_bare_body_of_a_later_paragraph_where_the_story_stands():
    ctx = DocumentContext()
    find("Thousands rallied in Yangon on Sunday.", "en", ctx)
    assert ctx.place == "MMR"
    assert ("Police", "Police", "ORG", "MMR") in find("Police fired tear gas.", "en", ctx)
    bare = DocumentContext()
    find("Thousands rallied in Yangon on Sunday.", "en", bare, without=story_place)
    assert not any(m[0] == "Police" for m in find("Police fired tear gas.", "en", bare, without=story_place))


def test_home_bodies_with_no_dateline_takes_the_place_the_paragraph_set_its_act_in():
    # Two states named (a press desk's dateline gives none): the place of the act before the body, not nothing.
    text = "Jakarta, CNN Indonesia -- Menlu Thailand tiba di Yangon pada Senin. Polisi menutup jalan menuju bandara."
    assert ("Polisi", "Polisi", "ORG", "MMR") in find(text)


def test_home_bodies_keeps_the_dateline_country_over_a_place_named_in_passing():
    text = "DHAKA (Reuters) - The former minister fled to New Delhi last year. Police detained his aides on Monday."
    assert ("Police", "Police", "ORG", "BGD") in find(text, "en")


def test_home_bodies_takes_the_country_named_one_describing_word_after_the_body():
    ctx = DocumentContext(home="UKR")
    found = find("Kelompok itu membebaskan tiga tentara wanita Mesir pada Senin.", "id", ctx)
    assert ("tentara", "tentara", "ORG", "EGY") in found
    # Not past a verb: the country is the verb's object, the body the dateline's.
    found = find("Tentara menembaki Mesir pada Senin.", "id", DocumentContext(home="UKR"))
    assert not any(m[0].lower() == "tentara" and m[3] == "EGY" for m in found)


def test_titled_persons_takes_a_listed_surname_after_a_title_for_its_one_bearer():
    assert ("Kanselir Scholz", "Olaf Scholz", "PERSON", "DEU") in find("Kanselir Scholz tiba di Paris.", "id")
    # Not when the title names another state: a namesake.
    assert not any(m[1] == "Olaf Scholz" for m in find("Presiden Kolombia Scholz tiba di Paris.", "id"))


def test_titled_persons_reads_a_surname_that_also_names_a_body_as_the_name_s_end():
    found = find("Menteri Luar Negeri Jerman Anna Maria Wagner tiba di Kigali.", "id")
    assert ("Menteri Luar Negeri Jerman Anna Maria Wagner", "Anna Maria Wagner", "PERSON", "DEU") in found
    # Not an acronym after a name: the body stays.
    found = find("Menlu Rusia Sergei Lavrov NATO tidak hadir.", "id")
    assert ("NATO", "North Atlantic Treaty Organization", "ORG", "NATO") in found


def test_gazetteer_hits_learns_an_acronym_defined_in_brackets():
    # "(ASG)" after the organisation's name (a code no alias lists): the acronym names it in later paragraphs
    ctx = DocumentContext()
    found = find("Militan Kelompok Abu Sayyaf (ASG) menculik dua nelayan di Sulu.", "id", ctx)
    assert [f for f in found if f[0] == "ASG"] == []      # the defining acronym is no second mention
    assert ctx.acronyms["asg"][0] == "ASG" and ctx.acronyms["asg"][1]["code"] == "ASG"
    stored = DocumentContext.from_dict(orjson.loads(orjson.dumps(ctx.to_dict())))
    assert ("ASG", "Abu Sayyaf", "GROUP", None) in find("ASG kembali menyerang pada Selasa.", "id", stored)
    # after a slash in the brackets too; after a title it is the person's body, no part of the name
    ctx = DocumentContext()
    find("Tentara Arakan (Arakan Army/AA) mengepung Sittwe.", "id", ctx)
    found = find("Juru bicara AA Khaing Thukha membantah tuduhan itu.", "id", ctx)
    assert [f[1:] for f in found if f[2] == "PERSON"] == [("Khaing Thukha", "PERSON", "AA")]
    # an acronym the document never defined is no hit: a document knows only what it named
    assert not [f for f in find("ASG kembali menyerang pada Selasa.", "id") if f[2] == "GROUP"]


def test_home_bodies_take_the_place_of_the_acts_under_a_hub_dateline():
    # a desk that files a neighbour's news ("DUBAI" over Iran): the body is where the story's acts are set,
    # while the dateline's country goes unnamed
    ctx = DocumentContext()
    found = find("DUBAI, May 4 (Reuters) - Shopkeepers in Tehran closed their stalls on Monday. Police arrested 80 "
                 "people.", "en", ctx)
    assert ("Police", "Police", "ORG", "IRN") in found
    # once the story names the dateline's country, or sets no act elsewhere, the dateline's country holds
    found = find("DUBAI, May 4 (Reuters) - Shopkeepers in Tehran closed their stalls. The UAE said police arrested "
                 "80 people.", "en", DocumentContext())
    assert ("police", "police", "ORG", "ARE") in found
    assert ("Police", "Police", "ORG", "ARE") in find("DUBAI, May 4 (Reuters) - Police arrested 80 people.", "en")


def test_titled_persons_knows_an_interim_government_s_chief_adviser():
    found = find("DHAKA (Reuters) - Chief Adviser Rahim Uddin met the army chief on Monday.", "en")
    assert ("Chief Adviser Rahim Uddin", "Rahim Uddin", "PERSON", None) in found     # (a leader, no name part)


def test_new_person_not_a_name_spelled_out_before_its_acronym():
    # "(PSN)" after "Proyek Strategis Nasional": a programme, a body or a post, no person
    found = find("Warga menolak Proyek Strategis Nasional (PSN) di Merauke.", "id")
    assert not [f for f in found if f[2] == "PERSON"]
    # a person's name with a nickname in brackets stays a person
    assert ("Rudi Hartono", "Rudi Hartono", "PERSON", None) in find("Rudi Hartono (Ompong) menolak rencana itu.", "id")


def test_dateline_home_reads_two_agencies_in_the_bracket():
    # "(Antara/Reuters)": an agency credit with a slash still closes an outlet's dateline
    found = find("Abuja (Antara/Reuters) - Presiden Nigeria batal terbang ke Addis Ababa. Polisi menangkap 12 orang.",
                 "id")
    assert ("Polisi", "Polisi", "ORG", "NGA") in found and found[0][0] == "Nigeria"     # (the dateline names no party)
