"""Input files: a .txt is one paragraph per non-blank line; a .jsonl holds
paragraph records.  Bad lines come out as dead letters, not errors; a file
that cannot be read is a UserError."""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator

import orjson

from .errors import UserError
from .messages import LIMITS, InvalidMessage, Limits, dead_letter, decode_paragraph

_BOM = b"\xef\xbb\xbf"


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    return data[3:] if data.startswith(_BOM) else data


def _txt_entries(path: Path, lang: str | None, published: str | None, limits: Limits
                 ) -> Iterator[tuple[int, dict | None, bytes, dict | None]]:
    """(line number, record, raw, dead letter) for every non-blank line; a
    line that is not UTF-8 keeps its paragraph index, so later ones do not shift."""
    index = 0
    for number, line in enumerate(_read_bytes(path).splitlines(), 1):
        try:
            text = line.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            if not line.strip():
                continue
            yield number, None, line, dead_letter(
                line, "not_utf8", f"byte 0x{line[exc.start]:02x} at offset {exc.start} is not UTF-8",
                topic=str(path), offset=number, max_bytes=limits.max_result_bytes)
            index += 1
            continue
        if not text:
            continue
        record = {"doc_id": path.name, "paragraph": index, "text": text}
        index += 1
        if lang:
            record["lang"] = lang
        if published:
            record["published"] = published
        try:
            decode_paragraph(record, limits)   # too large, control characters, a bad --published
        except InvalidMessage as exc:
            yield number, None, orjson.dumps(record), dead_letter(
                orjson.dumps(record), exc.reason, exc.error, topic=str(path), offset=number,
                max_bytes=limits.max_result_bytes)
            continue
        yield number, record, orjson.dumps(record), None


def txt_records(path: Path, lang: str | None = None, published: str | None = None) -> Iterator[dict]:
    for _, record, _, _ in _txt_entries(path, lang, published, LIMITS):
        if record is not None:
            yield record


def read(paths: list[str], lang: str | None = None, published: str | None = None,
         limits: Limits = LIMITS) -> Iterator[tuple[dict | None, bytes, dict | None]]:
    """Yield (record, raw bytes, dead letter) for every input, in order."""
    for name in paths:  # before the first line: a typo in the last name wastes no work
        if not Path(name).is_file():
            raise UserError(f"cannot read {name}: "
                            + ("it is a directory" if Path(name).is_dir() else "no such file"))
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            for number, line in enumerate(_read_bytes(path).splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    yield decode_paragraph(line, limits), line, None
                except InvalidMessage as exc:
                    yield None, line, dead_letter(line, exc.reason, exc.error, topic=str(path),
                                                  offset=number, max_bytes=limits.max_result_bytes)
        else:
            for _, record, raw, problem in _txt_entries(path, lang, published, limits):
                yield record, raw, problem


def seed_files(root: Path) -> list[str]:
    return sorted(str(p) for p in root.glob("*") if p.suffix in (".txt", ".jsonl"))
