from __future__ import annotations

import base64

import pytest

from streams.extract.ids import stable_id
import fastjsonschema

import orjson

from streams.messages import (REASONS, InvalidMessage, Limits, bound_result, check_key, dead_letter,
                              decode_paragraph, encode, errors, fast_check, validator)


@pytest.mark.parametrize("kind", ["paragraph", "extraction", "dead_letter"])
def test_schemas_are_valid_draft_2020_12(kind):
    assert validator(kind).schema["$schema"].endswith("2020-12/schema")


def test_decode_accepts_minimal_and_full_records():
    assert decode_paragraph(b'{"doc_id": "d", "paragraph": 0, "text": "x"}')["doc_id"] == "d"
    full = b'{"doc_id": "d", "paragraph": 3, "text": "x", "lang": "en", "published": "2024-02-01", "source": "s"}'
    assert decode_paragraph(full)["lang"] == "en"


@pytest.mark.parametrize("raw, reason", [
    (b"\xff\xfe", "not_utf8"),
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
    {"doc_id": "d", "paragraph": 100_001, "text": "x"},
    {"doc_id": "d", "paragraph": 1.5, "text": "x"},
    {"doc_id": "d", "paragraph": True, "text": "x"},
    {"doc_id": "d" * 1025, "paragraph": 0, "text": "x"},
    {"doc_id": "d", "paragraph": 0, "text": "x", "source": "s" * 1025},
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


# -- hostile input: every kind, as the bytes a producer would send ----------------

def _rec(**fields) -> bytes:
    return orjson.dumps({"doc_id": "d", "paragraph": 0, "text": "Menlu RI bertemu.", **fields})


HOSTILE = [
    # name, raw bytes, reason
    ("not json", b"not json", "undecodable"),
    ("empty message", b"", "undecodable"),
    ("cut short", b'{"doc_id": "d", "paragraph": 0, "text": "x"', "undecodable"),
    ("lone surrogate escape", b'{"doc_id": "d", "paragraph": 0, "text": "\\ud800"}', "undecodable"),
    ("latin-1 text", b'{"doc_id": "d", "paragraph": 0, "text": "caf\xe9"}', "not_utf8"),
    ("utf-16 with BOM", '{"doc_id": "d", "paragraph": 0, "text": "x"}'.encode("utf-16"), "not_utf8"),
    ("null", b"null", "invalid"),
    ("a string", b'"Menlu RI bertemu."', "invalid"),
    ("a list of records", b"[" + _rec() + b"]", "invalid"),
    ("missing text", b'{"doc_id": "d", "paragraph": 0}', "invalid"),
    ("missing doc_id", b'{"paragraph": 0, "text": "x"}', "invalid"),
    ("text a number", _rec(text=5), "invalid"),
    ("text null", _rec(text=None), "invalid"),
    ("paragraph a string", _rec(paragraph="1"), "invalid"),
    ("paragraph a boolean", _rec(paragraph=True), "invalid"),
    ("paragraph a fraction", _rec(paragraph=1.5), "invalid"),
    ("paragraph negative", _rec(paragraph=-1), "invalid"),
    ("paragraph absurd", _rec(paragraph=10**9), "invalid"),
    ("paragraph huge float", b'{"doc_id": "d", "paragraph": 1e30, "text": "x"}', "invalid"),
    ("doc_id empty", _rec(doc_id=""), "invalid"),
    ("doc_id of 5,000 characters", _rec(doc_id="d" * 5000), "invalid"),
    ("doc_id a number", _rec(doc_id=7), "invalid"),
    ("lang unknown", _rec(lang="fr"), "invalid"),
    ("text empty", _rec(text=""), "empty_text"),
    ("text whitespace", _rec(text=" \t\r\n  "), "empty_text"),
    ("text unicode spaces", _rec(text="\u00a0\u3000\u2003"), "empty_text"),
    ("text over 64 KiB of ASCII", _rec(text="a" * 70_000), "too_large"),
    # 30,000 characters but 90,000 bytes of UTF-8: the limit is in bytes.
    ("text over 64 KiB of UTF-8", _rec(text="\u201c" * 30_000), "too_large"),
    ("message of a megabyte", b'{"doc_id": "d", "paragraph": 0, "text": "' + b"\\u0041" * 170_000 + b'"}', "too_large"),
    ("NUL", _rec(text="Menlu RI\x00 bertemu."), "control_chars"),
    ("terminal escape", _rec(text="\x1b[31mMenlu RI bertemu.\x1b[0m"), "control_chars"),
    ("C1 control", _rec(text="Menlu RI\x9b bertemu."), "control_chars"),
    ("DEL", _rec(text="Menlu RI\x7f bertemu."), "control_chars"),
    ("backspace", _rec(text="Menlu RI\x08 bertemu."), "control_chars"),
]


@pytest.mark.parametrize("name, raw, reason", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_gets_its_own_reason_and_a_valid_dead_letter(name, raw, reason):
    with pytest.raises(InvalidMessage) as exc:
        decode_paragraph(raw)
    assert exc.value.reason == reason, exc.value.error
    assert exc.value.error
    dead = dead_letter(raw, exc.value.reason, exc.value.error, topic="paragraphs", partition=0, offset=1)
    assert errors("dead_letter", dead) == []
    kept = base64.b64decode(dead["value_b64"])
    assert dead["value_size"] == len(raw)
    assert kept == raw if not dead["value_truncated"] else raw.startswith(kept)
    assert len(encode(dead)) <= Limits().max_result_bytes


def test_every_reason_is_in_the_dead_letter_schema():
    assert list(validator("dead_letter").schema["properties"]["reason"]["enum"]) == list(REASONS)


def test_text_limit_is_a_setting_counted_in_utf8_bytes():
    small = Limits(max_text_bytes=10)
    assert decode_paragraph(_rec(text="a" * 10), small)["text"] == "a" * 10
    with pytest.raises(InvalidMessage, match="too_large"):
        decode_paragraph(_rec(text="a" * 11), small)
    with pytest.raises(InvalidMessage, match="too_large"):
        decode_paragraph(_rec(text="\u00e9" * 6), small)    # 6 characters, 12 bytes
    # At the default limit exactly: accepted.
    assert decode_paragraph(_rec(text="a" * 65536))


def test_whitespace_controls_become_spaces_and_offsets_stay():
    text = "Menlu\tRI\r\nbertemu\x0bWang\x0cYi\x85di Beijing."
    record = decode_paragraph(_rec(text=text))
    assert record["text"] == "Menlu RI  bertemu Wang Yi di Beijing."
    assert len(record["text"]) == len(text)


def test_byte_order_mark_and_float_paragraph_are_accepted():
    assert decode_paragraph(b"\xef\xbb\xbf" + _rec())["doc_id"] == "d"
    record = decode_paragraph(b'{"doc_id": "d", "paragraph": 3.0, "text": "x"}')
    assert record["paragraph"] == 3 and type(record["paragraph"]) is int
    assert decode_paragraph(_rec(paragraph=100_000))["paragraph"] == 100_000


@pytest.mark.parametrize("key", [b"d", "d"])
def test_key_equal_to_doc_id_passes(key):
    check_key(key, {"doc_id": "d"})


@pytest.mark.parametrize("key", [None, b"", b"other", b"d ", b"\xff"])
def test_key_other_than_doc_id_is_key_mismatch(key):
    with pytest.raises(InvalidMessage) as exc:
        check_key(key, {"doc_id": "d"})
    assert exc.value.reason == "key_mismatch"
    assert ("no key" in exc.value.error) == (key is None)


def test_dead_letter_of_a_huge_value_still_fits():
    raw = b"x" * 1_500_000
    dead = dead_letter(raw, "too_large", "e" * 10_000)
    data = encode(dead)
    assert len(data) <= Limits().max_result_bytes
    assert dead["value_truncated"] is True and dead["value_size"] == 1_500_000
    assert raw.startswith(base64.b64decode(dead["value_b64"]))
    assert errors("dead_letter", dead) == []


def _quote(i: int) -> dict:
    return {"kind": "quote", "id": f"q{i}", "text": "Ya" * 20, "start": 10 * i, "end": 10 * i + 4,
            "direct": True, "partial": False, "speaker": None, "cue": None, "addressee": None}


def test_bound_result_truncates_the_last_items_in_text_order():
    result = {"doc_id": "d", "paragraph": 0, "lang": "id", "events": [],
              "quotes": [_quote(i) for i in range(400)],
              "extractor": {"name": "x", "version": "1"},
              "received_at": "2026-12-05T00:00:00.000Z", "processed_at": "2026-12-05T00:00:00.000Z"}
    assert errors("extraction", result) == []
    same, data = bound_result(result, 10**6)
    assert same is result and "truncated" not in orjson.loads(data)
    bounded, data = bound_result(result, 20_000)
    assert len(data) <= 20_000 and orjson.loads(data) == bounded
    kept = len(bounded["quotes"])
    assert 0 < kept < 400 and bounded["truncated"] == {"events": 0, "quotes": 400 - kept}
    assert bounded["quotes"] == result["quotes"][:kept]
    assert errors("extraction", bounded) == []
    with pytest.raises(InvalidMessage) as exc:
        bound_result(result, 100)
    assert exc.value.reason == "result_too_large"


def test_bound_result_keeps_the_extractors_order():
    quotes = [_quote(i) for i in range(100)]
    for i, q in enumerate(quotes):   # listed in the reverse of their order in the text
        q["start"], q["end"] = 10 * (100 - i), 10 * (100 - i) + 4
    result = {"doc_id": "d", "paragraph": 0, "lang": "id", "events": [], "quotes": quotes,
              "extractor": {"name": "x", "version": "1"},
              "received_at": "2026-12-05T00:00:00.000Z", "processed_at": "2026-12-05T00:00:00.000Z"}
    bounded, _ = bound_result(result, 10_000)
    ids = [q["id"] for q in bounded["quotes"]]
    # The first in the text (the last listed) are kept, in the order listed.
    assert 2 < len(ids) < 100 and ids[-1] == "q99" and "q0" not in ids
    assert ids == sorted(ids, key=lambda i: int(i[1:]))


def test_now_iso_is_utc_to_the_millisecond():
    from datetime import UTC, datetime

    from streams.messages import now_iso
    before = datetime.now(UTC)
    stamp = now_iso()
    after = datetime.now(UTC)
    assert len(stamp) == 24 and stamp.endswith("Z")
    parsed = datetime.fromisoformat(stamp)
    assert before.replace(microsecond=before.microsecond // 1000 * 1000) <= parsed <= after
