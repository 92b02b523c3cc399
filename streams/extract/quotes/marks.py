"""Quote marks on the whole paragraph, before any sentence splitting.

Pairs “…”, «…», „…“, ‘…’ and straight "…", and the marks as outlets print
them: ”…” (Indonesian copy opens and closes with ”), »…« and »…», „…”,
``…'' and ''…''.  A mark that may open or close (”, », '') opens only where a
quotation can start: at the paragraph's start or after a space or bracket,
with its first word right after it; it then pairs like a straight ".
A mark without its partner is stray: it is ignored, so it never swallows the
rest of the paragraph, unless it opens a sentence and the paragraph ends with
no other mark after it: that is how news prints a quotation that goes on in
the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> the closers it pairs with
PAIRS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "``": "''", "''": "''", "”": "”", "»": "«»"}
MARKS = frozenset("“”«»„‘’\"")
# Where a mark that may also close opens a quotation: after nothing, a space or
# a bracket, and before a word (an MT space may stand between: ” Kami …).
_AT_OPENING = r"(?<![^\s(\[])(?:''|[”»])(?=\s?[\w“‘\"…])"
OPENERS = re.compile(r"``|[“«„‘\"]|" + _AT_OPENING)
# The characters an opener begins with: OPENERS is tried only where one stands
# (a search of OPENERS itself tries each of its branches at every character).
_OPENER_FIRST = re.compile(r"[`“«„‘\"'”»]")
_CLOSING = {k: re.compile("''" if v == "''" else "[" + re.escape(v) + "]") for k, v in PAIRS.items()}
# A new opener of the same curly kind before the closer makes the first one stray.
_NESTS = frozenset({"“", "«", "„", "‘", "``"})
TRAILING = " ,.;:!?…"
# Any opener of PAIRS in a text (one search in C, not a generator over PAIRS).
_ANY_OPENER = re.compile("|".join(map(re.escape, PAIRS)))
ATTRIBUTION = re.compile(r",\s+(\w+)")


@dataclass(slots=True, frozen=True)
class Marked:
    open: int          # index of the opening mark (its first character)
    close: int         # index of the closing mark (its first character)
    start: int         # content start (after the mark)
    end: int           # content end, without the sentence's closing punctuation
    after: int = -1    # index after the closing mark (close + 1 unless given)

    def text(self, paragraph: str) -> str:
        return paragraph[self.start:self.end]

    @property
    def close_end(self) -> int:
        return self.after if self.after >= 0 else self.close + 1


def _is_apostrophe(text: str, i: int) -> bool:
    # ’ between letters (Qur’an, don’t) is an apostrophe, not a closing mark.
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _runs_on(text: str, i: int, ends_sentence: bool, last_mark: int) -> bool:
    """An opener that starts a sentence, with no other quote mark after it, in a
    paragraph that ends a sentence: a quotation continued in the next paragraph.
    `last_mark` is the index of the paragraph's last quote mark: the test costs
    no copy of the text, as it runs for every stray opener."""
    if not ends_sentence or last_mark > i:
        return False
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return (k < 0 or text[k] in ".!?”\"’»") and len(text[i + 1:].split()) >= 4


def find_marked(text: str, cues: frozenset[str] = frozenset()) -> list[Marked]:
    """`cues`: lower-case reporting words ("kata", "said") that may follow a
    quotation's comma."""
    if _ANY_OPENER.search(text) is None:     # most paragraphs: no quote at all
        return []
    out: list[Marked] = []
    i = 0
    n = len(text)
    ends_sentence = text.rstrip()[-1:] in (".", "!", "?", "…")
    last_mark = max(map(text.rfind, MARKS))
    unclosed: dict[str, int] = {}     # opener -> from where no closer of it is left
    while i < n:
        # Jump from opener to opener and closer to closer (regex searches), not
        # character by character: most of a paragraph is no quote mark.
        m = _next_opener(text, i)
        if m is None:
            break
        i, ch = m.start(), m.group()
        if ch == "‘" and _is_apostrophe(text, i):
            i += 1
            continue
        j, width = _closer(text, ch, m.end(), unclosed)
        if j >= n:
            if _runs_on(text, i, ends_sentence, last_mark):
                # News leaves a quotation that goes on in the next paragraph
                # open: “… it.  (end of paragraph).  It runs to the end, unless
                # an attribution shows where the closer went missing (“…, kata X).
                close = next((a.start() for a in ATTRIBUTION.finditer(text, i)
                              if a.group(1).lower() in cues), n)
                end = close
                while end > i + 1 and text[end - 1] in TRAILING:
                    end -= 1
                out.append(Marked(i, close, m.end(), end))
                break
            i += 1          # stray opener: skip it, keep scanning after it
            continue
        start, end = m.end(), j
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        if end > start:
            out.append(Marked(i, j, start, end, j + width))
        i = j + width
    return out


def _next_opener(text: str, i: int) -> re.Match | None:
    """OPENERS.search(text, i), tried only at the characters an opener begins with."""
    while True:
        at = _OPENER_FIRST.search(text, i)
        if at is None:
            return None
        m = OPENERS.match(text, at.start())
        if m is not None:
            return m
        i = at.start() + 1


def _closer(text: str, ch: str, at: int, unclosed: dict[str, int]) -> tuple[int, int]:
    """Where the closer of opener `ch` (ending at `at`) stands, and its width;
    len(text) if there is none.  `unclosed` remembers where a search found
    none, so that a run of openers costs one search, not one each."""
    n = len(text)
    if at >= unclosed.get(ch, n + 1):
        return n, 0
    # A new opener of the same curly kind before our closer: ours was stray.
    limit = text.find(ch, at) if ch in _NESTS else -1
    limit = n if limit == -1 else limit
    found = _CLOSING[ch].search(text, at, limit)
    while found is not None and ch == "‘" and _is_apostrophe(text, found.start()):
        found = _CLOSING[ch].search(text, found.start() + 1, limit)
    if found is None:
        if limit == n:
            unclosed[ch] = at
        return n, 0
    return found.start(), found.end() - found.start()
