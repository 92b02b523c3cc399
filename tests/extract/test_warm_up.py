"""lang/<lang>/warm_up.txt: the paragraphs Extractor.warm() runs before a worker
takes its first message.  They warm only what they reach, so each language's
must reach events of several types and quotes (a rule change that leaves them
finding nothing would leave a fresh worker cold again)."""

from __future__ import annotations

import pytest

from streams.extract import Extractor
from streams.extract.lexicon import LANGUAGES, warm_up_paragraphs


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_warm_up_paragraphs_reach_events_of_several_types_and_quotes(lang):
    paragraphs = warm_up_paragraphs(lang)
    assert len(paragraphs) >= 3
    extractor, context, types, quotes = Extractor(), None, set(), 0
    for number, text in enumerate(paragraphs):
        result, context = extractor.extract({"doc_id": "warm-up", "paragraph": number, "text": text, "lang": lang},
                                            context)
        types |= {event["type"] for event in result["events"]}
        quotes += len(result["quotes"])
    assert len(types) >= 6 and quotes >= len(paragraphs)


def test_warm_returns_the_extractor_ready():
    extractor = Extractor()
    assert extractor.warm() is extractor
