"""Quote marks on the whole paragraph, before any sentence splitting.

Pairs “…”, «…», „…“, ‘…’ and straight "…".  A mark without its partner is
stray: it is ignored, so it never swallows the rest of the paragraph, unless
it opens a sentence and the paragraph ends with no other mark after it: that
is how news prints a quotation that goes on in the next paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"'}
CLOSERS = {v: k for k, v in PAIRS.items()}
MARKS = frozenset((*PAIRS, *CLOSERS))
OPENERS = re.compile("[" + re.escape("".join(PAIRS)) + "]")
TRAILING = " ,.;:!?…"
ATTRIBUTION = re.compile(r",\s+(\w+)")


@dataclass(slots=True, frozen=True)
class Marked:
    open: int          # index of the opening mark
    close: int         # index of the closing mark
    start: int         # content start (after the mark)
    end: int           # content end, without the sentence's closing punctuation

    def text(self, paragraph: str) -> str:
        return paragraph[self.start:self.end]


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
    if not any(ch in text for ch in PAIRS):     # most paragraphs: no quote at all
        return []
    out: list[Marked] = []
    i = 0
    n = len(text)
    ends_sentence = text.rstrip()[-1:] in (".", "!", "?", "…")
    last_mark = max(text.rfind(ch) for ch in MARKS)
    while i < n:
        # Jump from opener to opener and closer to closer (str.find), not
        # character by character: most of a paragraph is no quote mark.
        m = OPENERS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        closer = PAIRS[ch]
        if ch == "‘" and _is_apostrophe(text, i):
            i += 1
            continue
        # A new opener of the same curly kind before our closer: ours was stray.
        limit = text.find(ch, i + 1) if ch != '"' else -1
        limit = n if limit == -1 else limit
        j = text.find(closer, i + 1, limit)
        while j != -1 and closer == "’" and _is_apostrophe(text, j):
            j = text.find(closer, j + 1, limit)
        j = n if j == -1 else j
        if j >= n:
            if _runs_on(text, i, ends_sentence, last_mark):
                # News leaves a quotation that goes on in the next paragraph
                # open: “… it.  (end of paragraph).  It runs to the end, unless
                # an attribution shows where the closer went missing (“…, kata X).
                close = next((m.start() for m in ATTRIBUTION.finditer(text, i)
                              if m.group(1).lower() in cues), n)
                end = close
                while end > i + 1 and text[end - 1] in TRAILING:
                    end -= 1
                out.append(Marked(i, close, i + 1, end))
                break
            i += 1          # stray opener: skip it, keep scanning after it
            continue
        start, end = i + 1, j
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        if end > start:
            out.append(Marked(i, j, start, end))
        i = j + 1
    return out

