"""English actors as wire copy names them (issue 14, round 6): the rules of
the actor passes and role rules for sources and targets.  Each test has a
sentence of its own and fails without the rule it names."""

from __future__ import annotations

from event_checks import event_sides

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    """(sources, targets) of the events of a type one English paragraph gives, by code or name."""
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))
    return event_sides(result, kind)


def test_seats_not_actors():
    # The city a national body sits in is no party: the embassy acts, not its host.
    assert events("The Russian embassy in Washington condemned the sanctions imposed on Moscow.",
                  "ACCUSE")[0][0] == ["RUS"]


def test_a_states_mission_acts_for_it_not_its_host():
    # "X's mission to Y" is X's body (an institution, a government head): Y is where it is posted, no doer.
    assert events("Peru's mission to the OAS lodged a protest with the Chilean foreign ministry.",
                  "ACCUSE")[0][0] == ["PER"]
    assert events("Brazil's mission in Geneva condemned the vote.", "ACCUSE")[0] == (["BRA"], [])


def test_western_embassies_and_diplomats_are_the_west():
    # organizations.jsonl WEST aliases: a body of Western states named by its members' envoys or services
    assert events("Minsk accused Western embassies of funding the protests.", "ACCUSE")[0] == (["BLR"], ["WEST"])


def test_object_inside_trigger():
    # The envoy named inside the act's own words is of the state acted on.
    assert events("Algeria summoned the French envoy on Sunday to protest against the arrest.",
                  "ACCUSE")[0] == (["DZA"], ["FRA"])


def test_a_diplomat_named_back_is_the_minister_named_before():
    # "the Iranian diplomat", "the top U.S. diplomat": the foreign minister (or secretary of state) named before.
    text = ("Iranian Foreign Minister Abbas Araqchi arrived in Muscat on Saturday. "
            "The Iranian diplomat held talks with U.S. envoy Steve Witkoff.")
    assert (["IRN"], ["USA"]) in events(text, "CONSULT")
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en", "text": text}]))
    assert [a["name"] for e in result["events"] for a in e["sources"]] == ["Abbas Araqchi", "Abbas Araqchi"]


def test_opens_known_name():
    # A country's name that opens a known person's name is the person's ("Israel Katz"), not a place.
    assert events("Israel Katz threatened Hezbollah on Friday.", "THREATEN") == [(["ISR"], ["HEZBOLLAH"])]
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en",
                                       "text": "Israel Katz threatened Hezbollah on Friday."}]))
    assert result["events"][0]["sources"][0]["name"] == "Israel Katz"


def test_famous_person_by_the_surname_of_a_spelling():
    # A lone surname of a listed spelling ("Zelenskiy") is that person, spelled as the text spells it.
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en",
                                       "text": "Zelenskiy accused Moscow of shelling Kharkiv."}]))
    # (the shelling charged is Russia's: only the accusation is looked at)
    assert [(a["name"], a["country"]) for e in result["events"] if e["type"] == "ACCUSE" for a in e["sources"]] == \
        [("Volodymyr Zelenskiy", "UKR")]


def test_a_name_before_a_modified_place_head_is_a_place():
    # "Nur Shams refugee camp": the name of a camp, no person; the camp's people are the target.
    assert events("Israeli forces raided the Nur Shams refugee camp near Tulkarm.", "ASSAULT")[0][1] != ["Nur Shams"]


def test_a_name_of_its_own_before_a_contextual_one():
    # "the South Sudanese envoy": South Sudan's, not "the South" (a contextual name) leaving "Sudanese".
    assert events("Uganda expelled the South Sudanese envoy on Friday.", "SANCTION")[0][1] == ["SSD"]


def test_a_name_before_a_hospital_is_a_place():
    # grammar place_heads: "the Kamal Adwan hospital" names a place, no person.
    assert all("Kamal Adwan" not in t for _, t in events("Israeli troops stormed the Kamal Adwan hospital.", "ASSAULT"))


def test_the_islamic_republic_is_iran():
    # countries.jsonl: "the Islamic Republic" names Iran back.
    text = "Iran rejected the proposal. The Islamic Republic also accused Britain of meddling."
    assert events(text, "ACCUSE") == [(["IRN"], ["GBR"])]


def test_owned_bodies():
    # "its coast guard": the body of the state named last before it in the sentence.
    text = "The Philippines protested to China after its coast guard fired water cannon at a Philippine boat."
    assert events(text, "ASSAULT") == [(["CHN"], ["PHL"])]


def test_the_island_is_taiwan_where_the_story_names_it():
    # contextual_names: "the island" is Taiwan in a story that names Taiwan (else no actor).
    text = "China's military held drills near Taiwan. Chinese warships encircled the island on Monday."
    assert all(t == ["TWN"] for _, t in events(text, "MOBILIZE"))


def test_house_speaker_is_a_title():
    # titles: "U.S. House Speaker Nancy Pelosi" is a titled person, who visits (not the United States).
    text = "Beijing protested a visit to Taiwan by U.S. House Speaker Nancy Pelosi."
    result = next(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "lang": "en", "text": text}]))
    assert [a["name"] for e in result["events"] if e["type"] == "CONSULT" for a in e["sources"]] == ["Nancy Pelosi"]


def test_described_nationals():
    # "A senior Iranian official": the rank goes with the state's adjective, which stays the subject.
    assert events("A senior Iranian official rejected the U.S. proposal.", "REJECT") == [(["IRN"], ["USA"])]


def test_reporter_goes_on():
    # ", and vowed": the reporter named before the report goes on, not the reported clause's subject.
    text = "Iraq's army said Turkish jets bombed three villages, killing five people, and vowed to respond."
    assert [s for s, _ in events(text, "THREATEN")] == [["IRQ"]]


def test_modifier_of_mutual_act():
    # "a Kremlin meeting between A and B": the Kremlin only qualifies the meeting of the two.
    text = "Oil prices rose after a Kremlin meeting between Vladimir Putin and Mohammed bin Salman."
    assert events(text, "CONSULT") == [(["RUS", "SAU"], [])]
