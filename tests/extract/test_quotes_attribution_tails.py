"""Attributions that end a sentence and what goes on after them (issue 14, b5 quote misses): a participle after
"…, X said," is the reporter's voice, a cue after "but" goes on for the same speaker, a long title before the
final cue still ends the reported words.  Sentences of our own, in several wordings."""

from __future__ import annotations

import pytest
from quote_checks import last_quotes


def indirect(text: str, lang: str = "en") -> list[dict]:
    return [q for q in last_quotes([text], lang) if not q["direct"]]


@pytest.mark.parametrize("text, said", [
    ("Gunmen torched two lorries on the coast road overnight, the port authority said, blaming a local gang.",
     "Gunmen torched two lorries on the coast road overnight"),
    ("Rebels shelled a market near the border on Friday, the district's civil-defence office said,"
     " calling it a deliberate attack.", "Rebels shelled a market near the border on Friday"),
    ("Two patrol boats collided near the reef, the regional coast-guard command said, giving no figure for"
     " the injured.", "Two patrol boats collided near the reef"),
])
def test_participle_after_a_final_attribution_leaves_the_words_before_it_reported(text, said):
    assert [q["text"] for q in indirect(text)] == [said]


@pytest.mark.parametrize("text, first, second", [
    ("Troops left two villages overnight, Kenya's army said, adding that patrols would go on.",
     "Troops left two villages overnight", "patrols would go on"),
    ("The border post will reopen on Monday, Estonian Interior Minister Kalev Tamm said, adding that checks"
     " would stay strict.", "The border post will reopen on Monday", "checks would stay strict"),
])
def test_participle_cue_after_a_final_attribution_reports_for_its_speaker(text, first, second):
    qs = indirect(text)
    assert [q["text"] for q in qs] == [first, second]
    assert qs[0]["speaker"]["name"] == qs[1]["speaker"]["name"]


@pytest.mark.parametrize("text, lang, second", [
    ("The minister said the talks had failed for now, but added that Oslo would keep trying.", "en",
     "Oslo would keep trying"),
    ("A senior official said that the convoy had been delayed by rain, but warned that the road was still"
     " mined.", "en", "the road was still mined"),
    ("Juru bicara itu mengatakan pasukan telah mundur dari desa itu, tetapi menegaskan bahwa mereka akan"
     " kembali.", "id", "mereka akan kembali"),
])
def test_cue_after_a_contrast_goes_on_for_the_same_speaker(text, lang, second):
    qs = indirect(text, lang)
    assert qs[-1]["text"] == second
    assert len(qs) == 2


@pytest.mark.parametrize("text, said", [
    ("Both sides will free 300 detainees within a month, Oman's Minister of State for Foreign Affairs"
     " Khalifa Al-Harthy told reporters.", "Both sides will free 300 detainees within a month"),
    ("The ferry link will resume next week, the Kurdistan region's transport-safety board said.",
     "The ferry link will resume next week"),
])
def test_a_long_speaker_phrase_before_a_final_cue_still_closes_the_reported_words(text, said):
    assert [q["text"] for q in indirect(text)] == [said]


def test_a_far_comma_before_a_verb_phrase_closes_no_report():
    """Past the near comma, the words before a final cue must hold no verb: '…, dan memanggil duta besar … untuk
    menyampaikan protes' is the subject's second act, not a speaker."""
    qs = indirect("Vietnam menuding kapal China menabrak perahu nelayan di dekat Kepulauan Paracel pada Senin, dan"
                  " memanggil duta besar China di Hanoi pada Selasa malam untuk menyampaikan protes keras.", "id")
    assert all(not q["text"].startswith("Vietnam menuding") for q in qs)
