"""Bytecodes executed and bytecode memory lines touched per seed paragraph, by function.

What footprint.py counts (distinct functions, their whole bytecode) says how much code a paragraph
may touch; this says what it runs: each function's bytecodes executed (the interpreter's dispatch:
callgrind puts about half its mispredicted branches there, in proportion to the bytecodes run) and
the 64-byte lines of its bytecode those touch (a function that returns at its first check touches
one or two of them, however long it is).  It measures the checkout it is run from (the current
directory), like footprint.py:

    cd A && /path/to/.venv/bin/python /path/to/opcodes.py [TOP]

Traced with sys.settrace and f_trace_opcodes (slow: the seed once, after two warm passes).
"""

from __future__ import annotations

import sys
from collections import Counter

from measured_checkout import ROOT, extract_paragraphs, seed_records, warm_extractor


def traced(records: list[dict], extractor) -> tuple[Counter, Counter, Counter]:
    """Per code object: bytecodes executed, paragraphs x bytecode lines touched, calls (whole seed)."""
    ops, lines, calls = Counter(), Counter(), Counter()
    touched: set = set()

    def tracer(frame, event, _arg):
        if event == "opcode":
            ops[frame.f_code] += 1
            touched.add((frame.f_code, frame.f_lasti >> 6))
        elif event == "call":
            frame.f_trace_opcodes, frame.f_trace_lines = True, False
            calls[frame.f_code] += 1
        return tracer

    for record in records:
        touched.clear()
        sys.settrace(tracer)
        list(extract_paragraphs([record], extractor))
        sys.settrace(None)
        lines.update(code for code, _ in touched)
    return ops, lines, calls


def main() -> None:
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    records = seed_records()
    ops, lines, calls = traced(records, warm_extractor(records, passes=2))
    n = len(records)
    print(f"per paragraph: {sum(ops.values()) / n:,.0f} bytecodes, {sum(lines.values()) / n:,.0f} bytecode lines "
          f"touched ({sum(lines.values()) / n * 64 / 1024:.0f} KB), {len(ops)} functions on the seed ({ROOT})")
    print("bytecodes  lines  calls  function (per paragraph)")
    for code in sorted(ops, key=ops.__getitem__, reverse=True)[:top]:
        where = code.co_filename.replace(f"{ROOT}/", "")
        print(f"{ops[code] / n:9.1f} {lines[code] / n:6.1f} {calls[code] / n:6.1f}  "
              f"{where}:{code.co_firstlineno} {code.co_qualname}")


if __name__ == "__main__":
    main()
