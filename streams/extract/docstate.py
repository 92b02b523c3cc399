"""The pipeline's per-Doc values (doc._.marks, doc._.actors, ...), read and
written where spaCy keeps Doc extensions (Doc.user_data) without building the
doc._ accessor object at each access, which costs more than some rules do.
doc._.<name> still reads the same values."""

from __future__ import annotations

from spacy.tokens import Doc

NAMES = ("context", "published", "marks", "actors", "subjects", "quotes", "events", "sent_starts", "clauses")


def key(name: str) -> tuple:
    """spaCy's storage key of doc._.<name> in doc.user_data."""
    return ("._.", name, None, None)


CONTEXT, PUBLISHED, MARKS, ACTORS, SUBJECTS, QUOTES, EVENTS, SENT_STARTS, CLAUSES = map(key, NAMES)

for _name in NAMES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
