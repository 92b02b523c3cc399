from __future__ import annotations

import pytest

from streams.extract import extract_paragraphs


@pytest.fixture
def run():
    """Extract a document given as a list of paragraph texts."""
    def _run(paragraphs: list[str], lang: str = "id", published: str | None = None) -> list[dict]:
        records = []
        for i, text in enumerate(paragraphs):
            r = {"doc_id": "t", "paragraph": i, "text": text, "lang": lang}
            if published:
                r["published"] = published
            records.append(r)
        return list(extract_paragraphs(records))
    return _run
