"""English events as wire copy words them (issue 14, sixth round): one sentence each, my own."""

from __future__ import annotations

from streams.extract import extract_paragraphs


def events(text: str, kind: str) -> list[tuple[list[str], list[str], str]]:
    """(sources, targets, modality) of each event of a type in one English paragraph."""
    out = list(extract_paragraphs([{"doc_id": "t", "paragraph": 0, "text": text, "lang": "en"}]))[0]

    def keys(actors):
        return [a["country"] or a["code"] or a["name"] for a in actors]
    return [(keys(e["sources"]), keys(e["targets"]), e["modality"]) for e in out["events"] if e["type"] == kind]


def test_warn_of_consequences_after_an_infinitive_marker():
    found = events('Seoul and Washington began their drills, prompting Pyongyang to warn of "grave consequences".',
                   "THREATEN")
    assert len(found) == 1


def test_humanitarian_consequences_are_no_threat():
    assert events("The United Nations warned of dire humanitarian consequences in Gaza.", "THREATEN") == []


def test_could_face_consequences_is_a_threat():
    found = events("Any country that sends troops to Ukraine could face consequences, Kremlin spokesman "
                   "Dmitry Peskov said.", "THREATEN")
    assert [m for _, _, m in found] == ["asserted"]


def test_would_crush_is_a_threat():
    found = events("Chinese Defence Ministry spokesman Wu Qian said the People's Liberation Army would crush "
                   "any attempt at Taiwan independence.", "THREATEN")
    assert len(found) == 1


def test_vowed_to_step_up_attacks_is_a_threat_not_a_promise():
    text = "Yemen's Houthis vowed to step up attacks on shipping in the Red Sea."
    assert [s for s, _, _ in events(text, "THREATEN")] == [["HOUTHI"]]
    assert events(text, "AGREE") == []


def test_by_after_a_modal_is_no_agent_of_a_noun():
    found = events("North Korea warned on Wednesday it would respond with overwhelming force to any provocation "
                   "by South Korea and the United States.", "THREATEN")
    assert found and all(s == ["PRK"] for s, _, _ in found)


def test_swapped_hundreds_of_prisoners_is_a_release():
    found = events("Russia and Ukraine swapped hundreds of prisoners of war on Wednesday.", "RETREAT")
    assert [sorted(s) for s, _, _ in found] == [["RUS", "UKR"]]


def test_owner_inside_the_withdrawal_withdraws():
    assert events("Niger completed the pullout of U.S. troops on Sunday.", "RETREAT") == [(["USA"], ["NER"], "asserted")]


def test_withdrawal_of_the_last_soldiers_names_its_owner():
    found = events("The withdrawal of the last French soldiers from Chad was completed on Friday.", "RETREAT")
    assert found == [(["FRA"], ["TCD"], "asserted")]
