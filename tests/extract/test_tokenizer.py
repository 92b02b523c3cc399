"""The tokenizer answers the exceptions that keep a string whole from a set
(token_match) instead of spaCy special cases: the same tokens as with every
exception added as a special case, around affixes and punctuation too."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from streams.extract import tokenizer
from streams.extract.pipeline import get_nlp

CONTEXTS = ("{}", "({})", "{},", "{}.", "“{}”", "\"{}\"", "{}-nya", "pra-{}", "{}'s", "[{}]", "{}?!", "«{}»",
            "Menurut {}, kata dia.", "{}—{}", "{}/{}")


def _with_every_exception(lang: str) -> tokenizer.BoundedTokenizer:
    """The tokenizer as built before: every exception a special case."""
    d = spacy.util.get_lang_class(lang).Defaults
    nlp = spacy.blank(lang)
    t = tokenizer.BoundedTokenizer(
        nlp.vocab, rules=d.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(d.prefixes).search,
        suffix_search=compile_suffix_regex(d.suffixes).search,
        infix_finditer=compile_infix_regex([*d.infixes, tokenizer.ABBREVIATION_HYPHEN]).finditer,
        token_match=d.token_match, url_match=d.url_match)
    t.budget = tokenizer._Budget()
    return t


@pytest.mark.parametrize("lang", ["id", "en"])
def test_same_tokens_as_with_every_exception_a_special_case(lang):
    exceptions = sorted(spacy.util.get_lang_class(lang).Defaults.tokenizer_exceptions)
    rng = random.Random(7)
    words = rng.sample(exceptions, min(600, len(exceptions)))
    texts = [ctx.format(w, rng.choice(exceptions)) for w in words for ctx in rng.sample(CONTEXTS, 4)]
    texts.append(" ".join(words))
    old, new = _with_every_exception(lang), get_nlp(lang).tokenizer
    for text in texts:
        assert [t.text for t in new(text)] == [t.text for t in old(text)], text


def test_few_special_cases_are_left_for_indonesian():
    rules, whole = tokenizer.split_exceptions(spacy.util.get_lang_class("id").Defaults.tokenizer_exceptions)
    assert len(whole) > 15000 and len(rules) < 500
    assert "anak-anak" in whole or "Anak-anak" in whole
    # A kept-whole word stays one token; a hyphen between other words still splits.
    words = [t.text for t in get_nlp("id")("Anak-anak latihan Australia-Indonesia.")]
    assert words[0] == "Anak-anak" and "Australia" in words and "Indonesia" in words


@pytest.mark.parametrize("lang", ["id", "en"])
def test_prefix_search_answers_as_spacys_regex(lang):
    """prefix_search gives the span spaCy's anchored regex gives, also where a
    piece leaves a branch unanchored (Indonesian's "<a([^>]+)>" matches mid-word)."""
    prefixes = spacy.util.get_lang_class(lang).Defaults.prefixes
    ref, mine = compile_prefix_regex(prefixes).search, tokenizer.prefix_search(prefixes)
    rng = random.Random(11)
    alphabet = "<>ab/()[]'\".,-…$%#@!?“”‘’«»0123456789 xyz&*+=:;"
    strings = ["Menteri", "(Reuters)", "“Kami", "2025", "...", "x<a b>", "ab<a href>", "<br />", "z<b/>", ""]
    strings += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    for s in strings:
        a, b = ref(s), mine(s)
        assert (a and a.span()) == (b and b.span()), s
