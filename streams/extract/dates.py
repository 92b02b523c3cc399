"""Dates: explicit ones normalised, relative ones resolved against `published`."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import compress
from functools import cache
from typing import Any

from spacy.tokens import Doc

from .lexicon import Lexicon, load
from .syntax import text_of, token_table
from .tokens import WordColumn


MAX_JUDGED = 200_000     # words _anchors keeps judged before it starts afresh


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


class DateFinder:
    def __init__(self, lex: Lexicon) -> None:
        d = lex.dates
        self.weekdays = {k.lower(): v for k, v in d.get("weekdays", {}).items()}
        self.months = {k.lower(): v for k, v in d.get("months", {}).items()}
        self.relative = {k.lower(): v for k, v in d.get("relative_days", {}).items()}
        self._last: tuple | None = None    # (text, published, dates) of the latest paragraph
        months = _alt(self.months)
        wd = _alt(self.weekdays)
        rel = _alt(self.relative)
        # Ordered: the first alternative that matches at a position wins.
        self.pattern = re.compile(
            rf"(?P<wd>\b(?:{wd})\b)?\s*\((?P<pd>\d{{1,2}})/(?P<pm>\d{{1,2}})(?:/(?P<py>\d{{4}}))?\)"
            rf"|\b(?P<d1>\d{{1,2}})\s+(?P<m1>{months})\.?(?:\s+(?P<y1>\d{{4}}))?\b"
            rf"|\b(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:,\s*(?P<y2>\d{{4}}))?\b"
            rf"|\b(?P<m3>{months})\s+(?P<y3>\d{{4}})\b"
            rf"|\b(?P<rel>{rel})\b"
            rf"|\b(?P<wd2>{wd})\b" if months and wd else r"(?!x)x",
            re.IGNORECASE,
        )
        # Where a date can begin: a number or a month/day word.  The full pattern
        # is tried only at such tokens (scanning every position costs ~100 µs a paragraph).
        self.heads = frozenset(w.split()[0] for w in (*self.months, *self.weekdays, *self.relative))
        self._opens: dict[str, bool] = {}   # word -> whether it can open a date (each word judged once)
        self._column = WordColumn()         # _opens_date of each word, in its word row

    def find(self, doc: Doc, lo: int = 0, hi: int | None = None,
             published: date | None = None) -> list[dict[str, Any]]:
        """Dates inside the paragraph's characters lo..hi.  The whole paragraph
        is scanned once and kept: several events and quotes of it ask again."""
        text = text_of(doc)
        cached = self._last if self._last and self._last[0] is text and self._last[1] == published else None
        if cached is None:
            found = [{"text": m.group(0).strip(), "value": self._value(m, published),
                      "start": m.start(), "end": m.end()} for m in self._matches(text, doc)]
            cached = self._last = (text, published, found)
        if not cached[2]:
            return []       # most paragraphs: no date (no comprehension to build)
        hi = len(text) if hi is None else hi
        return [d for d in cached[2] if lo <= d["start"] and d["end"] <= hi]

    def _anchors(self, doc: Doc) -> list[int]:
        """Offsets of the tokens that can open a date, from the token table
        (a regex over every position costs ~50 µs a paragraph).  Each word is
        judged once (in its word row: tokens.word_column, else _opens), its flags read in C,
        and most paragraphs hold none or one that opens a date."""
        table = token_table(doc)
        flags = self._column.values(table, doc.vocab, ("date_opens", self.heads), self._opens_date) \
            or self._judged(table.lower)
        if True not in flags:
            return []
        return list(compress(table.idx, flags))

    def _judged(self, words: list[str]) -> list[bool]:
        opens = self._opens
        try:
            # A word not judged yet stops the map (rare once a stream runs).
            return list(map(opens.__getitem__, words))
        except KeyError:
            if len(opens) > MAX_JUDGED:     # a stream's vocabulary keeps growing
                opens.clear()
            for low in words:
                if low not in opens:
                    opens[low] = self._opens_date("", low)
            return list(map(opens.__getitem__, words))

    def _opens_date(self, _word: str, low: str) -> bool:
        """A word that can open a date: a number, a month or day word, "(12/5)"."""
        return bool(low[:1].isdigit() or low in self.heads or (low[:1] == "(" and low[1:2].isdigit()))

    def _matches(self, text: str, doc: Doc):
        """The matches finditer would give, tried only at anchors."""
        done = 0
        for pos in self._anchors(doc):
            if pos < done:
                continue
            if pos > 0 and text[pos - 1] == "(":
                pos -= 1        # "(12/5)" with no day name before it
            m = self.pattern.match(text, pos)
            if m and m.end() > m.start():
                done = m.end()
                yield m

    def _value(self, m: re.Match, pub: date | None) -> str | None:
        g = m.groupdict()
        try:
            if g["pd"]:
                year = int(g["py"]) if g["py"] else (pub.year if pub else None)
                day, month = int(g["pd"]), int(g["pm"])
                return date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
            for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
                if g[d]:
                    month = self.months[g[mo].lower()]
                    year = int(g[y]) if g[y] else (pub.year if pub else None)
                    day = int(g[d])
                    return date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"
            if g["m3"]:
                return f"{int(g['y3']):04d}-{self.months[g['m3'].lower()]:02d}"
            if g["rel"]:
                offset = self.relative[g["rel"].lower()]
                return (pub + timedelta(days=offset)).isoformat() if pub else None
            if g["wd2"]:
                if pub is None:
                    return None
                back = (pub.weekday() - self.weekdays[g["wd2"].lower()]) % 7
                return (pub - timedelta(days=back)).isoformat()
        except (ValueError, KeyError):
            return None
        return None


@cache
def date_finder(lang: str) -> DateFinder:
    """One finder per language, so its per-paragraph scan is shared by every component."""
    return DateFinder(load(lang))
