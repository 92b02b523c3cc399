"""The tokens of the gazetteer's actor forms, kept on disk between processes.

Each form (a country's names, a city, a title ...) is matched as the
tokenizer cuts it.  Cutting the ~6,700 forms of a language (make_doc, which
also builds a lexeme for every new word) was most of the gazetteer's
start-up.  The tokens of each form (their texts, or lower case: the strings
whose hashes a PhraseMatcher reads off the form's Doc as ORTH or LOWER) are
saved in one file per language, named by a hash of the forms, the spaCy
version and the tokenizer's source, and read back by the next process.  A missing,
unreadable or unwritable file only costs the cutting.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import orjson
import spacy

from ...settings import default_home
from .. import tokenizer

VERSION = "2"       # of the file's layout


def cache_dir() -> Path:
    """Where the files go: in the project's default home, beside the local broker's."""
    return default_home() / "gazetteer"


def _name(lang: str, wanted: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for part in (VERSION, spacy.__version__, lang, Path(tokenizer.__file__).read_bytes()):
        digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\x00")
    digest.update(orjson.dumps(wanted))
    return f"{lang}-{digest.hexdigest()[:24]}.json"


def form_tokens(nlp, wanted: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """(attribute, form) -> the form's tokens' attribute ("orth_": their
    texts, or "lower_"), for each pair wanted (given once each)."""
    path = cache_dir() / _name(nlp.lang, wanted)
    try:
        saved = orjson.loads(path.read_bytes())
        if isinstance(saved, list) and len(saved) == len(wanted):
            return dict(zip(wanted, saved))
    except (OSError, ValueError):
        pass
    made = [[getattr(t, attr) for t in nlp.make_doc(form)] for attr, form in wanted]
    _save(path, made)
    return dict(zip(wanted, made))


def _save(path: Path, made: list[list[str]]) -> None:
    """Written whole or not at all (several processes may start at once)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(orjson.dumps(made))
        os.replace(tmp, path)
    except OSError:
        pass
