"""English secondary acts in verbal clauses (issue 19): one sentence each, my own."""

from __future__ import annotations

from event_checks import event_sides

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    """(sources, targets) of each event of a type in one English paragraph."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return event_sides(result, kind)


def test_owner_of_a_head_with_a_relative_clause_acts_in_both():
    text = "Eritrea's president, who arrived in Khartoum on Monday, signed a border accord with Sudan."
    assert events(text, "CONSULT") == [(["ERI"], ["SDN"])]
    assert events(text, "SUPPORT") == [(["ERI"], ["SDN"])]


def test_body_noun_after_an_actor_is_the_relative_clause_antecedent():
    found = events("Turkey hosted Hamas leaders, who agreed to hand over the bodies of two hostages.", "AGREE")
    assert [s for s, _ in found] == [["HAMAS"]]


def test_surname_opening_a_sentence_before_its_relative_clause_is_a_person():
    text = "Zelenskiy, who met Starmer in London on Monday, thanked Britain for its support."
    assert events(text, "CONSULT") == [(["UKR"], ["GBR"])]
    assert events(text, "SUPPORT") == [(["UKR"], ["GBR"])]


def test_whose_opens_a_relative_clause_on_its_antecedent():
    text = "Poland's president, whose government expelled two Belarusian diplomats, met Zelenskiy in Kyiv."
    assert events(text, "SANCTION") == [(["POL"], ["BLR"])]
    assert events(text, "CONSULT") == [(["POL"], ["UKR"])]


def test_as_alone_joins_no_actors():
    text = "Macron met Modi at the Elysee Palace as Pakistani drones struck Jammu."
    assert events(text, "ASSAULT") == [(["PAK"], ["IND"])]


def test_as_well_as_still_joins_actors():
    found = events("Norway as well as Iceland condemned the whaling ban.", "ACCUSE")
    assert [s for s, _ in found] == [["NOR", "ISL"]]


def test_state_protesting_an_act_accuses_its_doer():
    assert events("Seoul protested a Japanese survey ship's entry into its waters.", "ACCUSE") == [(["KOR"], ["JPN"])]
    assert events("Thousands of Chilean students protested the budget cuts.", "ACCUSE") == []


def test_object_the_speaker_calls_ours_makes_the_speaker_the_target():
    text = "\"Russia attacked our gas network again overnight,\" Zelenskiy wrote on Telegram."
    assert events(text, "ASSAULT") == [(["RUS"], ["UKR"])]


def test_verb_joined_after_a_subjunctive_complement_takes_the_main_subject():
    text = "Turkey demanded that Sweden extradite the suspects and threatened to block its NATO bid."
    assert [s for s, _ in events(text, "THREATEN")] == [["TUR"]]


def test_subject_of_a_with_absolute_clause_joins_no_object_before_it():
    text = "Israel struck Khan Younis, with Hamas firing rockets at Ashkelon in response."
    assert events(text, "ASSAULT")[0] == (["ISR"], ["PSE"])
