"""Input files: a .txt is one paragraph per non-blank line; a .jsonl holds
paragraph records.  Bad .jsonl lines come out as dead letters, not errors."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import orjson

from .messages import InvalidMessage, dead_letter, decode_paragraph


def txt_records(path: Path, lang: str | None = None, published: str | None = None) -> Iterator[dict]:
    lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    for index, text in enumerate(lines):
        record = {"doc_id": path.name, "paragraph": index, "text": text}
        if lang:
            record["lang"] = lang
        if published:
            record["published"] = published
        yield record


def read(paths: list[str], lang: str | None = None, published: str | None = None
         ) -> Iterator[tuple[dict | None, bytes, dict | None]]:
    """Yield (record, raw bytes, dead letter) for every input, in order."""
    for name in paths:
        path = Path(name)
        if path.suffix == ".jsonl":
            for number, line in enumerate(path.read_bytes().splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    yield decode_paragraph(line), line, None
                except InvalidMessage as exc:
                    yield None, line, dead_letter(line, exc.reason, exc.error,
                                                  topic=str(path), offset=number)
        else:
            for record in txt_records(path, lang, published):
                yield record, orjson.dumps(record), None


def seed_files(root: Path) -> list[str]:
    return sorted(str(p) for p in root.glob("*") if p.suffix in (".txt", ".jsonl"))
