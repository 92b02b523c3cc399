"""Generated places (lang/xx/places.jsonl, built by tests/tools/build_places.py): provinces and regions
stand for their country, but only where they stand alone."""

from streams.extract import lexicon
from streams.extract.actors import ACTOR_PASSES
from streams.extract.context import DocumentContext
from streams.extract.pipeline import get_nlp


def find(text: str, lang: str):
    """(text, country) of the COUNTRY mentions of `text`."""
    finder = get_nlp(lang).get_pipe("diplo_actors").finder
    ms = finder(get_nlp(lang).make_doc(text), DocumentContext(), list(ACTOR_PASSES))
    return [(m.text, m.country) for m in ms if m.type == "COUNTRY"]


def test_places_file_loads_beside_cities_and_hand_rows_win():
    lex = lexicon.load("en")
    assert len(lex.places) > 1000
    hand = {f for row in lex.cities for f in row["forms"]}
    assert not hand & {f for row in lex.places for f in row["forms"]}
    assert all(len(f) > 3 for row in lex.places for f in row["forms"])


def test_province_stands_for_its_country_en():
    assert ("Kachin", "MMR") in find("Air strikes hit two villages in Kachin overnight.", "en")


def test_province_with_its_kind_word_id():
    assert ("Balochistan", "PAK") in find("Bentrokan pecah di Provinsi Balochistan pada Selasa.", "id")
    assert ("Balochistan", "PAK") in find("Bentrokan pecah di Balochistan pada Selasa.", "id")


def test_place_inside_a_longer_capitalised_name_is_no_place():
    # "Rocha" is a department of Uruguay; beside a given name it is a surname.
    assert find("Police detained activist Joaquim Rocha at his office.", "en") == []
    # "Sindh" before a capitalised word that is no hit: part of another name.
    assert ("Sindh", "PAK") not in find("The Sindh Rangers patrolled the streets.", "en")


def test_place_opening_the_sentence_stands_alone():
    assert ("Kachin", "MMR") in find("In Kachin, fighting resumed on Friday.", "en")
