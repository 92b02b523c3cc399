"""English roles left by round 6 (issue 14, seventh round): one sentence each, my own."""

from __future__ import annotations

from event_checks import event_sides

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    """(sources, targets) of each event of a type in one English paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return event_sides(result, kind)


def test_body_whose_resolutions_are_breached_is_no_target():
    found = events("Seoul condemned the missile launch as a breach of U.N. resolutions, the ministry said.",
                   "ACCUSE")
    assert found == [(["KOR"], [])]


def test_in_defiance_of_a_charter_is_no_target():
    found = events("The Arab League denounced the annexation as flouting the African Union's charter.", "ACCUSE")
    assert found == [(["ARL"], [])]


def test_receiver_named_inside_a_charged_act_is_its_target():
    text = "Poland accused Belarus of supplying Russia with drones."
    assert events(text, "ACCUSE") == [(["POL"], ["BLR"])]
    assert events(text, "AID") == [(["BLR"], ["RUS"])]


def test_agency_reporting_after_a_comma_is_no_target():
    found = events("Israel struck a hospital in Gaza, the WHO said.", "ASSAULT")
    assert found == [(["ISR"], ["PSE"])]


def test_object_of_an_unknown_owner_takes_no_earlier_person():
    out = list(extract_paragraphs([
        {"doc_id": "t", "paragraph": 0, "lang": "en",
         "text": "Japanese Prime Minister Shigeru Ishiba met Indonesian President Prabowo Subianto in Jakarta."},
        {"doc_id": "t", "paragraph": 1, "lang": "en", "text": "Kenya rejected the European proposal on Tuesday."}]))
    rejects = [e for e in out[1]["events"] if e["type"] == "REJECT"]
    # round 8 (q8-en-actors): "the European proposal" is the EU's (owner_adjectives); still no earlier person.
    assert [[a["country"] or a["code"] for a in e["targets"]] for e in rejects] == [["EU"]]


def test_agency_reporting_alone_is_never_the_object():
    out = list(extract_paragraphs([
        {"doc_id": "t", "paragraph": 0, "lang": "en", "text": "Israel launched strikes across Gaza on Monday."},
        {"doc_id": "t", "paragraph": 1, "lang": "en",
         "text": "Israeli troops stormed the Nasser hospital and arrested its director, the World Health "
                 "Organization said."}]))
    found = [[a["code"] or a["country"] for a in e["targets"]] for e in out[1]["events"]]
    assert found and all("WHO" not in t for t in found)


def test_state_body_reporting_alone_stays_the_place_acted_on():
    found = events("Gunmen raided a village in Zamfara state and abducted 40 farmers, Nigerian police said.",
                   "ASSAULT")
    assert found and all(t == ["NGA"] for _, t in found)
