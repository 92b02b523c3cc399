"""The checkout a measuring tool measures: the one it is run from (the current directory), so one copy
of the tool serves for an older revision too (footprint.py, cpu_per_paragraph.py, cache_per_paragraph.py).

Importing this puts that checkout's `streams` first on sys.path, not the installed one: import it before
anything from `streams`.
"""

from __future__ import annotations

import glob
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from streams.extract import Extractor, extract_paragraphs  # noqa: E402
from streams.inputs import read  # noqa: E402


def seed_records() -> list[dict]:
    """The checkout's seed paragraphs, as records."""
    return [r for r, _, _ in read(sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))) if r is not None]


def warm_extractor(records: list[dict], passes: int) -> Extractor:
    """An extractor that has run `passes` times over `records`."""
    extractor = Extractor()
    for _ in range(passes):
        list(extract_paragraphs(records, extractor))
    return extractor
