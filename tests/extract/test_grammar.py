"""The word classes (wordclasses.py) and the Grammar rules over actor mentions
(clauses/boundaries.py, groups.py, subjects.py), each on a sentence of its own."""

from __future__ import annotations

import dataclasses

import pytest

from streams.extract import syntax
from streams.extract.context import DocumentContext
from streams.extract.docstate import ACTORS, CONTEXT, PUBLISHED
from streams.extract.lexicon import load
from streams.extract.pipeline import get_nlp
from streams.extract.syntax import Grammar
from streams.extract.wordclasses import WordClasses


@pytest.fixture(scope="module")
def en():
    return Grammar(load("en"))


@pytest.fixture(scope="module")
def id_():
    return Grammar(load("id"))


def parsed(text: str, lang: str):
    """The doc up to its actors (no events), and the actor mentions."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    doc.user_data[CONTEXT] = DocumentContext()
    doc.user_data[PUBLISHED] = None
    for name in ("diplo_marks", "diplo_sentences", "diplo_clauses", "diplo_actors"):
        doc = nlp.get_pipe(name)(doc)
    return doc, doc.user_data[ACTORS]


def at(doc, word: str) -> int:
    return [t.text for t in doc].index(word)


def texts(ms) -> list[str]:
    return [m.text for m in ms]


# -- the word classes ----------------------------------------------------------

def test_the_word_classes_are_a_frozen_table_of_the_grammar_file(en, id_):
    assert isinstance(en, WordClasses) and WordClasses.from_lexicon(load("en")).prepositions == en.prepositions
    assert "against" in en.prepositions and "terhadap" in id_.prepositions
    with pytest.raises(dataclasses.FrozenInstanceError):
        en.prepositions = frozenset()


def test_the_trigger_rows_say_what_makes_a_passive(en, id_):
    assert {"was", "were"} <= en.passive_auxiliaries and "visited" in en.passive_participles
    assert "met" in en.trigger_words          # "met (with)": the tail is optional
    assert id_.passive_prefixes == ("di",)


def test_one_word_tests(en, id_):
    assert id_.verb_like("menolak") and en.verb_like("condemned") and not en.verb_like("talks")
    assert id_.nominal("kunjungan") and not id_.nominal("mengunjungi")
    assert id_.clitic_object("menolaknya") and not en.clitic_object("rejected")
    assert id_.anonymous(["para", "pejabat"]) and not id_.anonymous(["pejabat", "Jepang"])
    assert en.clause_like(["the", "sanctions", "were", "lifted"]) and not en.clause_like(["as", "a", "threat"])
    assert en.modifier_word("gang", "gang", True) and not en.modifier_word("of", "of", True)


def test_the_amount_pattern(en, id_):
    assert en.amount.search("pledged $300 million to Kyiv").group() == "$300 million"
    assert id_.amount.search("bantuan 1,2 juta dolar AS").group() == "1,2 juta dolar"


def test_syntax_still_exports_the_token_helpers():
    for name in ("Sentence", "TokenTable", "char_span", "joining_hyphen", "lowers", "phrase_ends_at",
                 "phrase_length", "sentence_of", "span_text", "text_of", "token_starts", "token_table"):
        assert callable(getattr(syntax, name))


# -- boundaries, read from the clause layer --------------------------------------

def test_broken_by_a_breaker_not_by_a_parenthetical(en):
    doc, _ = parsed("Peru objected, however, and Chile left while Bolivia stayed.", "en")
    assert not en.broken(doc, 0, at(doc, "and"))
    assert en.broken(doc, 0, len(doc))
    assert not en.broken(doc, 0, len(doc), [(at(doc, "while"), at(doc, "while") + 1)])


def test_new_clause_at_a_breaker_but_not_at_a_relativizer(id_):
    doc, _ = parsed("Vietnam yang memprotes itu menunggu, sementara Laos diam.", "id")
    assert not id_.new_clause(doc, 0, at(doc, ","))
    assert id_.new_clause(doc, 0, len(doc))


def test_relative_clauses_clipped_to_the_window(en):
    doc, _ = parsed("Ghana, which chairs the bloc, and Togo, which hosts it, signed.", "en")
    assert en.relative_clauses(doc, 0, len(doc)) == [(1, 6), (9, 13)]
    assert en.relative_clauses(doc, 0, 11) == [(1, 6), (9, 11)]
    assert en.relative_clauses(doc, 3, len(doc)) == [(9, 13)]


def test_before_auxiliaries(en):
    doc, _ = parsed("Spain will also recognise Palestine.", "en")
    assert en.before_auxiliaries(doc, at(doc, "recognise"), 0) == at(doc, "Spain")


def test_the_clause_record_of_a_token(en):
    doc, _ = parsed("Spain will also recognise Palestine.", "en")
    c = en.clause(doc, 0)
    assert c.verb == at(doc, "recognise") and doc[c.object[0]].text == "Palestine"


# -- groups ---------------------------------------------------------------------------

def test_a_list_closed_by_a_conjunction_is_one_group(en):
    doc, ms = parsed("Japan, South Korea and Australia condemned the launch.", "en")
    assert en.is_joint(doc, ms[0].end, ms[1].start)
    assert texts(en.group(doc, ms, 1)) == ["Japan", "South Korea", "Australia"]
    assert texts(en.group(doc, ms, 1, left=False)) == ["South Korea", "Australia"]


def test_a_bracketed_acronym_does_not_break_a_list(id_):
    # "(KIA) dan": the acronym's closing bracket, then the conjunction, join the two groups; the short
    # form is the long one's actor again, left out of the group.
    doc, ms = parsed("Tentara Kemerdekaan Kachin (KIA) dan Tentara Arakan menolak gencatan senjata.", "id")
    assert texts(id_.group(doc, ms, len(ms) - 1)) == ["Tentara Kemerdekaan Kachin", "Tentara Arakan"]


def test_a_hyphen_makes_a_pair(id_):
    doc, ms = parsed("Dialog Serbia-Kosovo dilanjutkan.", "id")
    assert texts(id_.group(doc, ms, 0)) == ["Serbia", "Kosovo"]


def test_the_group_after_a_verb(en):
    doc, ms = parsed("Norway welcomed Sudan and Chad in Oslo.", "en")
    assert texts(en.group_after(doc, ms, at(doc, "welcomed") + 1, len(doc))) == ["Sudan", "Chad"]
    assert en.group_after(doc, ms, at(doc, "welcomed") + 1, len(doc), max_gap=-1) == []


def test_the_group_after_a_marker(en):
    doc, ms = parsed("The talks were hosted by Qatar.", "en")
    assert texts(en.after_marker(doc, ms, at(doc, "hosted"), len(doc), en.agent_markers)) == ["Qatar"]


def test_a_comitative_is_a_co_agent(en):
    doc, ms = parsed("India together with Japan launched the fund.", "en")
    assert en.comitative(doc, ms[1]) and not en.comitative(doc, ms[0])


def test_joined_in_names_the_subject_and_the_group(en):
    doc, ms = parsed("Austria joined the US and Israel in voting against.", "en")
    assert texts(en.joined_in(doc, ms, at(doc, "voting"), 0)) == ["Austria", "US", "Israel"]


def test_a_collective_subject_counts_back(en):
    doc, ms = parsed("Peru, Chile and Ecuador met. The three condemned the decree.", "en")
    found = en.collective_subject(doc, ms, at(doc, "condemned"), 0)
    assert texts(found) == ["Peru", "Chile", "Ecuador"]


# -- subjects -----------------------------------------------------------------------

def test_the_subject_before_a_verb(en):
    doc, ms = parsed("Ghana and Togo signed the accord.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "signed"), 0)) == ["Ghana", "Togo"]


def test_the_subject_skips_a_relative_clause(en):
    doc, ms = parsed("Kenya, which borders Somalia, deployed troops.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "deployed"), 0)) == ["Kenya"]
    # inside the relative clause, its antecedent is the subject
    assert texts(en.subject_before(doc, ms, at(doc, "borders"), 0)) == ["Kenya"]


def test_the_subject_skips_an_apposition_closed_by_a_relative_clause(en):
    doc, ms = parsed("Kenya, the neighbour which hosts the talks, deployed troops to Somalia.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "deployed"), 0)) == ["Kenya"]


def test_an_object_after_a_preposition_is_no_subject(en):
    doc, ms = parsed("Aid from Qatar arrived.", "en")
    assert not en.subject_like(doc, ms[0], 0)
    assert en.subject_before(doc, ms, at(doc, "arrived"), 0, at_verb=False) == []


def test_a_name_after_an_upper_case_venue_noun_is_no_subject(id_):
    doc, ms = parsed("Prabowo menghadiri KTT ASEAN dan bertemu Anwar Ibrahim.", "id")
    asean = next(m for m in ms if doc[m.start].text == "ASEAN")
    assert not id_.subject_like(doc, asean, 0)
    assert texts(id_.subject_before(doc, ms, at(doc, "bertemu"), 0)) == ["Prabowo"]


def test_a_city_after_a_building_named_with_it_is_a_place(id_):
    doc, ms = parsed("Sugiono menerima Winston Peters di Gedung Pancasila, Jakarta, sebelum keduanya berunding.", "id")
    assert id_.placed(doc, at(doc, "Jakarta")) and not id_.placed(doc, at(doc, "Winston"))
    assert texts(id_.collective_subject(doc, ms, at(doc, "berunding"), 0)) == ["Sugiono", "Winston Peters"]


def test_the_first_subject_of_coordinated_verbs(id_):
    doc, ms = parsed("Jepang menyambut Filipina dan menjanjikan bantuan.", "id")
    assert texts(id_.first_subject(doc, ms, at(doc, "menjanjikan"), 0)) == ["Jepang"]


def test_the_owner_leading_the_clause(id_):
    doc, ms = parsed("Para pemimpin negara anggota ASEAN membuka pertemuan itu.", "id")
    assert texts(id_.leading_owner(doc, ms, at(doc, "membuka"), 0)) == ["ASEAN"]


def test_a_definite_back_reference_before_the_verb(en, id_):
    doc, _ = parsed("The ministry also denied it.", "en")
    assert en.anaphoric_subject(doc, at(doc, "denied"), 0) == at(doc, "ministry")
    doc, _ = parsed("Kementerian itu membantahnya.", "id")
    assert id_.anaphoric_subject(doc, at(doc, "membantahnya"), 0) == 0
    doc, _ = parsed("Kelompok pemberontak itu membantahnya.", "id")
    assert id_.anaphoric_subject(doc, at(doc, "membantahnya"), 0) == 0
    doc, _ = parsed("Kelompok Wagner itu membantahnya.", "id")
    assert id_.anaphoric_subject(doc, at(doc, "membantahnya"), 0) is None


def test_a_noun_trigger_opening_its_clause(id_):
    doc, _ = parsed("Latihan gabungan akan digelar.", "id")
    assert id_.nominal_subject(doc, 0, 0) and not id_.nominal_subject(doc, at(doc, "digelar"), 0)


def test_a_partitive_subject(en):
    doc, _ = parsed("None of them backed Iran.", "en")
    assert en.partitive_before(doc, at(doc, "backed"), 0)
    assert not en.partitive_before(doc, at(doc, "Iran"), 0)


def test_the_owner_of_a_plan_does_the_act(en):
    doc, ms = parsed("The EU's plan to ban imports stalled.", "en")
    assert texts(en.intending(doc, ms, at(doc, "ban"), 0)) == ["EU"]


def test_a_noun_trigger_stands_for_its_light_verb(en):
    doc, _ = parsed("Canada and Mexico held a formal meeting.", "en")
    assert en.verb_of_noun(doc, at(doc, "meeting"), 0) == at(doc, "held")


def test_an_object_pronoun(en):
    doc, _ = parsed("France accused it of lying.", "en")
    assert en.object_pronoun_at(doc, at(doc, "it")) and not en.object_pronoun_at(doc, at(doc, "of"))


def test_a_place_after_a_location_marker_is_the_post_of_the_actor_before(en, id_):
    doc, ms = parsed("Israeli forces in the West Bank arrested 20 Palestinians on Tuesday.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "arrested"), 0)) == ["Israeli forces"]
    doc, ms = parsed("Japan's ambassador to China met Chinese Foreign Minister Wang Yi.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "met"), 0)) == ["Japan"]
    # a passive's subject is the patient: the post stays for the rules that read it
    doc, ms = parsed("The French ambassador to Mali was expelled on Monday.", "en")
    assert texts(en.subject_before(doc, ms, at(doc, "was"), 0)) == ["Mali"]
    doc, ms = parsed("Pasukan Israel di Tepi Barat menangkap 20 warga Palestina.", "id")
    assert texts(id_.subject_before(doc, ms, at(doc, "menangkap"), 0)) == ["Pasukan Israel"]


def test_first_subject_owner_of_named_body(run):
    """The owner of a capitalised body is the subject of its coordinated verbs; a common noun's owner is not."""
    named = run(["South Korea's Unification Ministry regretted the remarks and urged Pyongyang to return to talks."],
                lang="en")[0]
    common = run(["Israel's main ally regretted the remarks and urged Pyongyang to return to talks."], lang="en")[0]
    assert [(e["type"], [a["name"] for a in e["sources"]]) for e in named["events"]] == [("REQUEST", ["South Korea"])]
    assert not [e for e in common["events"] if e["type"] == "REQUEST"]


def test_people_in_the_capital_named_after_it(run):
    """ "in the capital Nairobi" places the police and the protesters; a hyphenated modifier is one word."""
    got = run(["Riot police fired tear gas at stone-throwing protesters in the capital Nairobi on Tuesday."],
              lang="en")[0]
    assert [(e["type"], [a["country"] for a in e["sources"]], [a["country"] for a in e["targets"]])
            for e in got["events"]] == [("ASSAULT", ["KEN"], ["KEN"])]
