"""How much Python code the extractor runs through per seed paragraph: distinct functions and their bytecode.

Instruction counts (callgrind) miss what makes the extractor slow on a real core: the more distinct
functions a paragraph runs through, the more bytecode, code objects and inline caches it touches, and
the fewer of them are still in the caches when the next paragraph needs them (fewer instructions per
cycle). It measures the checkout it is run from (the current directory), like cpu_per_paragraph.py:

    cd A && /path/to/.venv/bin/python /path/to/footprint.py
    cd B && /path/to/.venv/bin/python /path/to/footprint.py

Each paragraph is read with a fresh document context; the figures are per paragraph (mean) and for
the whole seed.
"""

from __future__ import annotations

import sys

from measured_checkout import ROOT, extract_paragraphs, seed_records, warm_extractor


def main() -> None:
    records = seed_records()
    extractor = warm_extractor(records, passes=2)
    called: set = set()

    def note(frame, event, _arg) -> None:
        if event == "call":
            called.add(frame.f_code)

    per_paragraph, every = [], set()
    for record in records:
        called.clear()
        sys.setprofile(note)
        list(extract_paragraphs([record], extractor))
        sys.setprofile(None)
        per_paragraph.append((len(called), sum(len(code.co_code) for code in called)))
        every |= called
    n = len(per_paragraph)
    print(f"per paragraph: {sum(f for f, _ in per_paragraph) / n:.0f} distinct functions, "
          f"{sum(b for _, b in per_paragraph) / n / 1024:.0f} KB of bytecode; whole seed: {len(every)} functions, "
          f"{sum(len(code.co_code) for code in every) / 1024:.0f} KB ({ROOT})")


if __name__ == "__main__":
    main()
