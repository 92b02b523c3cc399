"""The message boundary: decode, validate against schemas/, encode, dead letters.

Validation sits here, at the boundary, with its own error type, so the agent,
the CLI and the tests all judge a message the same way.
"""

from __future__ import annotations

import base64
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson
from jsonschema import Draft202012Validator

from .settings import Settings

SCHEMA_DIR = Path(__file__).with_name("schemas")
SCHEMAS = {
    "paragraph": "paragraph.schema.json",
    "extraction": "extraction.schema.json",
    "dead_letter": "dead_letter.schema.json",
}


#: Every dead-letter reason (the enum of schemas/dead_letter.schema.json).
REASONS = (
    "undecodable",        # not JSON (or no value at all)
    "not_utf8",           # bytes that are not UTF-8
    "invalid",            # JSON, but not a paragraph record (shape, types, ranges)
    "too_large",          # text (or the whole message) over the size limit
    "control_chars",      # text with NUL or another control that is not whitespace
    "empty_text",         # text empty or only whitespace
    "key_mismatch",       # the message key is not the record's doc_id
    "duplicate",          # a paragraph (other than 0) of a document already applied, sent again
    "extraction_failed",  # the extractor raised
    "result_too_large",   # the result does not fit in a message even when truncated
    "publish_failed",     # the result could not be sent or stored
)


class InvalidMessage(ValueError):
    """An input that cannot become a paragraph record; `reason` names why."""

    def __init__(self, reason: str, error: str) -> None:
        super().__init__(f"{reason}: {error}")
        self.reason = reason
        self.error = error


@dataclass(frozen=True)
class Limits:
    """The size limits of the boundary (settings max_text_bytes, max_result_bytes)."""

    max_text_bytes: int = Settings.max_text_bytes
    max_result_bytes: int = Settings.max_result_bytes

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(settings.max_text_bytes, settings.max_result_bytes)

    @property
    def max_message_bytes(self) -> int:
        # A text at the limit may arrive with every character escaped as
        # \uXXXX (6 bytes for 1); beyond that a message is junk not worth parsing.
        return 6 * self.max_text_bytes + 65536


LIMITS = Limits()

# C0 and C1 controls and DEL.  Those that are whitespace in running text (tab,
# line breaks, form feed, NEL) become a space each, so offsets still index the
# text as sent; any other (NUL, ESC, BEL, ...) means binary data or a wrong
# encoding (UTF-16 read as UTF-8 is full of NULs), and an ESC passed on would
# reach analysts' terminals: such a text is dead-lettered.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_HARMFUL_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_TO_SPACE = str.maketrans(dict.fromkeys("\t\n\x0b\x0c\r\x85", " "))
_BOM = b"\xef\xbb\xbf"


@cache
def validator(kind: str) -> Draft202012Validator:
    schema = orjson.loads((SCHEMA_DIR / SCHEMAS[kind]).read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def fast_check(kind: str):
    """The schema compiled to Python code (~1 µs a message against ~20 µs):
    it only says yes or no; jsonschema still writes the reasons."""
    return fastjsonschema.compile(orjson.loads((SCHEMA_DIR / SCHEMAS[kind]).read_bytes()))


def errors(kind: str, message: Any) -> list[str]:
    """Every schema violation of `message`, as readable strings (empty if valid)."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator(kind).iter_errors(message)
    ]


def _parse(raw: bytes | str, limits: Limits) -> Any:
    if len(raw) > limits.max_message_bytes:
        raise InvalidMessage("too_large", f"the message is {len(raw):,} bytes; a paragraph of at "
                             f"most {limits.max_text_bytes:,} bytes of text never needs more than "
                             f"{limits.max_message_bytes:,}")
    if isinstance(raw, (bytearray, memoryview)):
        raw = bytes(raw)
    if isinstance(raw, bytes):
        if raw.startswith(_BOM):  # a byte order mark some Windows tools write: harmless
            raw = raw[3:]
    if not raw:
        raise InvalidMessage("undecodable", "the message is empty")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        error = str(exc)
    if isinstance(raw, bytes):  # only on this failure path: is the JSON or the encoding wrong?
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidMessage("not_utf8", f"byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                                 f"is not UTF-8; send the text as UTF-8") from None
    raise InvalidMessage("undecodable", f"not JSON: {error}")


def _check_text(record: dict, limits: Limits) -> None:
    """Size, control characters, emptiness of a schema-valid record's text;
    harmless whitespace controls are replaced in place (one space each)."""
    text = record["text"]
    # Counting UTF-8 bytes costs an encode; most texts are decided by length alone.
    if len(text) * 4 > limits.max_text_bytes:
        size = len(text) if len(text) > limits.max_text_bytes else len(text.encode("utf-8", "surrogatepass"))
        if size > limits.max_text_bytes:
            raise InvalidMessage("too_large", f"text: {size:,} bytes of UTF-8 or more, over the limit "
                                 f"of {limits.max_text_bytes:,} (DIPLO_MAX_TEXT_BYTES); split the paragraph")
    # isprintable() is a C loop twice as fast as the regex; it is also false for
    # no-break spaces and the like, so the regex still decides.
    if not text.isprintable() and _CONTROL.search(text) is not None:
        bad = _HARMFUL_CONTROL.search(text)
        if bad is not None:
            raise InvalidMessage("control_chars", f"text: control character U+{ord(bad.group()):04X} "
                                 f"at offset {bad.start()} (binary data or a wrong encoding?)")
        text = record["text"] = text.translate(_TO_SPACE)
    if not text or text.isspace():
        raise InvalidMessage("empty_text", "text: empty or only whitespace")


def decode_paragraph(raw: bytes | str | dict, limits: Limits = LIMITS) -> dict:
    """Bytes from the input topic -> a validated paragraph record, or
    InvalidMessage with the reason (see REASONS)."""
    record = raw if isinstance(raw, dict) else _parse(raw, limits)
    try:
        fast_check("paragraph")(record)
    except fastjsonschema.JsonSchemaException:
        problems = errors("paragraph", record)     # the readable reasons, by the reference validator
        if problems:
            raise InvalidMessage("invalid", "; ".join(problems)[:2000]) from None
    if type(record["paragraph"]) is not int:     # JSON Schema counts 3.0 as an integer
        record["paragraph"] = int(record["paragraph"])
    _check_text(record, limits)
    return record


def check_key(key: bytes | str | None, record: dict) -> None:
    """The message key must be the doc_id: a document's paragraphs then share
    a partition (their order and their context depend on it)."""
    doc_id = record["doc_id"]
    if isinstance(key, str):
        key = key.encode("utf-8", "surrogatepass")
    if key == doc_id.encode():
        return
    shown = "no key" if key is None else f"key {bytes(key)[:80]!r}"
    raise InvalidMessage("key_mismatch", f"{shown}, but doc_id {doc_id[:80]!r}; "
                         "key each message by its doc_id (UTF-8)")


def bound_result(result: dict, max_bytes: int = LIMITS.max_result_bytes) -> tuple[dict, bytes]:
    """A result and its encoding, kept under `max_bytes` (below the topic's
    message size).  When the whole result does not fit, the events and quotes
    that come last in the text are left out and `truncated` says how many; when
    even an empty one does not fit, InvalidMessage("result_too_large")."""
    data = orjson.dumps(result)
    if len(data) <= max_bytes:
        return result, data
    events, quotes = result["events"], result["quotes"]
    items = sorted([(e["trigger"]["start"], 0, i, e) for i, e in enumerate(events)]
                   + [(q["start"], 1, i, q) for i, q in enumerate(quotes)], key=lambda t: t[:3])
    # Counts as large as they can be, so the real ones never make it longer.
    empty = {**result, "events": [], "quotes": [],
             "truncated": {"events": len(events), "quotes": len(quotes)}}
    budget = max_bytes - len(orjson.dumps(empty))
    kept: list[tuple] = []
    for item in items:
        budget -= len(orjson.dumps(item[3])) + 1  # the item and its comma
        if budget < 0:
            break
        kept.append(item)
    # Back in the extractor's own order.
    kept_events = [t[3] for t in sorted((t for t in kept if t[1] == 0), key=lambda t: t[2])]
    kept_quotes = [t[3] for t in sorted((t for t in kept if t[1] == 1), key=lambda t: t[2])]
    bounded = {**result, "events": kept_events, "quotes": kept_quotes,
               "truncated": {"events": len(events) - len(kept_events),
                             "quotes": len(quotes) - len(kept_quotes)}}
    data = orjson.dumps(bounded)
    if len(data) > max_bytes:
        raise InvalidMessage("result_too_large", f"even without events and quotes the result is "
                             f"{len(data):,} bytes, over {max_bytes:,} (DIPLO_MAX_RESULT_BYTES)")
    return bounded, data


def encode_result(result: dict, max_bytes: int = LIMITS.max_result_bytes) -> bytes:
    """The bytes to publish for a result: never over `max_bytes` (see bound_result)."""
    return bound_result(result, max_bytes)[1]


def encode(message: Any) -> bytes:
    return orjson.dumps(message)


_SECOND: list = [None, ""]     # the last whole second formatted, and its text


def now_iso() -> str:
    """UTC now to the millisecond ("2026-12-06T02:29:25.029Z"); a worker stamps every
    paragraph twice, so the date and time are formatted once a second (0.7 against 1.9 us)."""
    now = time.time()
    second = int(now)
    if second != _SECOND[0]:
        _SECOND[:] = second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
    return f"{_SECOND[1]}.{int((now - second) * 1000):03d}Z"


def dead_letter(value: bytes | str | None, reason: str, error: str, *,
                topic: str | None = None, partition: int | None = None,
                offset: int | None = None, max_bytes: int = LIMITS.max_result_bytes) -> dict:
    """A dead letter that fits in `max_bytes` once encoded: the value is kept
    whole when it can be, else its first bytes (value_truncated)."""
    if value is None:
        value = b""
    if isinstance(value, str):
        value = value.encode("utf-8", "surrogatepass")
    # base64 grows 4/3; the rest (error <= 2000 characters, topic, times) stays under 16 KiB.
    keep = max((max_bytes - 16384) * 3 // 4, 0)
    return {
        "kind": "dead_letter",
        "reason": reason,
        "error": error[:2000],
        "value_b64": base64.b64encode(value[:keep]).decode("ascii"),
        "value_size": len(value),
        "value_truncated": len(value) > keep,
        "topic": topic[:1000] if topic else topic,
        "partition": partition,
        "offset": offset,
        "at": now_iso(),
    }
