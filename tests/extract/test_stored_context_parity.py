"""The stream stores a document's context between paragraphs (to_dict, JSON, from_dict); `diplo extract`
and the evaluation pass the object on.  Both must give the same answers on every development and
read blind paragraph: whatever the extractor learns must survive the stored form."""

from __future__ import annotations

import glob

import orjson
import pytest

from streams.extract import Extractor
from streams.inputs import read

SETS = sorted(glob.glob("tests/gold/en/*.jsonl") + glob.glob("tests/gold/id/*.jsonl")
              + glob.glob("tests/gold/blind/*/*.jsonl"))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_stored_context_gives_the_answers_the_object_gives(lang):
    records = [r for r, _, _ in read([p for p in SETS if f"/{lang}/" in p]) if r is not None]
    assert len(records) > 500
    extractor = Extractor()
    objects: dict[str, object] = {}
    stored: dict[str, bytes] = {}
    differ = []
    for record in records:
        doc = record["doc_id"]
        by_object, objects[doc] = extractor.extract(record, objects.get(doc))
        by_record, ctx = extractor.extract(record, orjson.loads(stored[doc]) if doc in stored else None)
        stored[doc] = orjson.dumps(ctx.to_dict())
        if by_object != by_record:
            differ.append((doc, record["paragraph"]))
    assert differ == []
