"""Withdrawals, releases, ceasefires (RETREAT) and acts done together
(COOPERATE) as wire copy words them, and the rows' hyphenated words as the
tokenizer cuts them (tokenizer.as_tokenized)."""

from __future__ import annotations

import json

import pytest

from event_checks import codes, found, one
from streams.extract.lexicon import LANG_DIR
from streams.extract.pipeline import get_nlp
from streams.extract.tokenizer import as_tokenized, word_cutter

OWNED = ("RETREAT", "COOPERATE")


# Rows and the tokenizer agree

def test_a_hyphenated_word_the_tokenizer_cuts_gets_a_variant_of_its_tokens():
    cut = word_cutter(get_nlp("en").tokenizer)
    variants = as_tokenized([{"LOWER": {"IN": ["ceasefire", "cease-fire"]}}, {"LOWER": "between"}], cut)
    assert variants[1] == [{"LOWER": "cease"}, {"LOWER": "-"}, {"LOWER": "fire"}, {"LOWER": "between"}]


def test_a_word_kept_whole_gets_no_variant():
    cut = word_cutter(get_nlp("id").tokenizer)
    assert len(as_tokenized([{"LOWER": "anak-anak"}], cut)) == 1


@pytest.mark.parametrize("lang", ["en", "id"])
def test_retreat_and_cooperate_rows_name_words_as_the_tokenizer_cuts_them(lang):
    cut = word_cutter(get_nlp(lang).tokenizer)
    with open(LANG_DIR / lang / "event_triggers.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    dead = [r["id"] for r in rows if r["type"] in OWNED
            and (len(as_tokenized(r["pattern"], cut)) > 1 or len(as_tokenized(r.get("then", [{}]), cut)) > 1)]
    assert dead == []


def test_cease_fire_with_a_hyphen_took_effect(run):
    e = one(run, "A cease-fire between Israel and Hezbollah took effect on Wednesday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"ISR", "HEZBOLLAH"}


def test_co_developed_with_a_hyphen_is_cooperation(run):
    e = one(run, "Japan and Britain co-developed a new fighter jet engine.", "COOPERATE")
    assert set(codes(e["sources"])) >= {"JPN"}


def test_a_tight_hyphen_near_the_start_is_no_dateline_dash(run):
    e = one(run, "A cease-fire between Russia and Ukraine began on Sunday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"RUS", "UKR"}
