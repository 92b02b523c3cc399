from __future__ import annotations

import base64

import pytest

from streams.extract.ids import stable_id
import fastjsonschema

from streams.messages import InvalidMessage, dead_letter, decode_paragraph, errors, fast_check, validator


@pytest.mark.parametrize("kind", ["paragraph", "extraction", "dead_letter"])
def test_schemas_are_valid_draft_2020_12(kind):
    assert validator(kind).schema["$schema"].endswith("2020-12/schema")


def test_decode_accepts_minimal_and_full_records():
    assert decode_paragraph(b'{"doc_id": "d", "paragraph": 0, "text": "x"}')["doc_id"] == "d"
    full = b'{"doc_id": "d", "paragraph": 3, "text": "x", "lang": "en", "published": "2024-02-01", "source": "s"}'
    assert decode_paragraph(full)["lang"] == "en"


@pytest.mark.parametrize("raw, reason", [
    (b"\xff\xfe", "undecodable"),
    (b"[1, 2", "undecodable"),
    (b'{"doc_id": "d", "paragraph": -1, "text": "x"}', "invalid"),
    (b'{"doc_id": "d", "paragraph": 0, "text": "x", "lang": "fr"}', "invalid"),
    (b'{"doc_id": "d", "paragraph": 0, "text": "x", "published": "1 May"}', "invalid"),
    (b'{"paragraph": 0, "text": "x"}', "invalid"),
])
def test_decode_rejects_with_reason(raw, reason):
    with pytest.raises(InvalidMessage) as exc:
        decode_paragraph(raw)
    assert exc.value.reason == reason


def test_dead_letter_validates_and_keeps_the_bytes():
    d = dead_letter(b"\x00abc", "invalid", "boom", topic="t", partition=1, offset=7)
    assert errors("dead_letter", d) == []
    assert base64.b64decode(d["value_b64"]) == b"\x00abc"


def test_ids_are_deterministic():
    assert stable_id("d", 1, "quote", 5) == stable_id("d", 1, "quote", 5)
    assert stable_id("d", 1, "quote", 5) != stable_id("d", 1, "quote", 6)


@pytest.mark.parametrize("record", [
    {"doc_id": "d", "paragraph": 0, "text": "x"},
    {"doc_id": "d", "paragraph": 3, "text": "", "lang": "en", "published": "2024-02-01", "source": "s"},
    {"doc_id": "", "paragraph": 0, "text": "x"},
    {"doc_id": "d", "paragraph": -1, "text": "x"},
    {"doc_id": "d", "paragraph": "1", "text": "x"},
    {"doc_id": "d", "paragraph": 0, "text": 5},
    {"doc_id": "d", "paragraph": 0, "text": "x", "lang": "fr"},
    {"doc_id": "d", "paragraph": 0, "text": "x", "published": "2024-2-1"},
    {"paragraph": 0, "text": "x"},
    [1, 2],
])
def test_fast_check_and_reference_validator_agree(record):
    """The compiled fast path may only say what jsonschema says."""
    try:
        fast_check("paragraph")(record)
        fast_ok = True
    except fastjsonschema.JsonSchemaException:
        fast_ok = False
    assert fast_ok == (errors("paragraph", record) == [])
