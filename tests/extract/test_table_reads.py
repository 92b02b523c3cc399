"""The token-table reads and set tests that replaced Token, Span and matcher
calls in the machinery answer what those answered (output stays identical)."""

from __future__ import annotations

import glob
import itertools
from pathlib import Path

import orjson
import pytest

from streams.extract.pipeline import get_nlp
from streams.extract.tokens import token_table

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {
    "id": ["Menteri Luar Negeri Retno Marsudi mengatakan, Indonesia-Malaysia sepakat.",
           "“Kami menolak,” kata juru bicara itu, Selasa (5/9/2023) -- sementara AS , Jepang dan RI diam."],
    "en": ["U.S.-drafted text: Blinken said Australia-Indonesia ties, however, grew.",
           "\"We refuse,\" the spokesman said on Tuesday - while the U.S., Japan and China stayed quiet!"],
}


def _paragraphs(lang: str) -> list[str]:
    """The samples and the development gold's paragraphs of `lang` (never the held-out ones)."""
    texts = list(SAMPLES[lang])
    for path in sorted(glob.glob(str(ROOT / "tests" / "gold" / lang / "*.jsonl")))[:6]:
        with open(path, "rb") as f:
            texts += [r["text"] for r in map(orjson.loads, f) if "text" in r]
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_table_columns_are_the_token_attributes_read_before(lang):
    # subject_like reads lower, punct, alpha and text from the table instead of doc[i].
    nlp = get_nlp(lang)
    for text in _paragraphs(lang):
        doc = nlp.make_doc(text)
        tt = token_table(doc)
        assert tt.lower == [t.lower_ for t in doc]
        assert tt.punct == [int(t.is_punct) for t in doc]
        assert tt.alpha == [int(t.is_alpha) for t in doc]
        assert tt.text == [t.text for t in doc]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_group_links_from_the_table_answer_as_spans_did(lang):
    # GroupRules.group: "every token of the link is punctuation" and "the link is a hyphen".
    nlp = get_nlp(lang)
    for text in SAMPLES[lang]:
        doc = nlp.make_doc(text)
        tt = token_table(doc)
        for a, b in itertools.combinations_with_replacement(range(len(doc) + 1), 2):
            assert (0 not in tt.punct[a:b]) == all(t.is_punct for t in doc[a:b])
            assert (b - a == 1 and tt.lower[a] == "-") == (doc[a:b].text == "-")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cue_matcher_is_skipped_only_where_it_finds_nothing(lang):
    cues = get_nlp(lang).get_pipe("diplo_quotes").finder.cues
    nlp = get_nlp(lang)
    for text in _paragraphs(lang):
        doc = nlp.make_doc(text)
        if cues.firsts.isdisjoint(token_table(doc).lower):
            assert cues.matcher(doc) == []
    # Each cue's own words pass the gate and are found.
    for label in cues.rows.values():
        if label["text"]:
            doc = nlp.make_doc(label["text"])
            assert not cues.firsts.isdisjoint(token_table(doc).lower)
            assert cues(doc)
