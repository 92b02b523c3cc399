"""CPU per paragraph when paragraphs come one at a time, as in a paced stream.

`diplo bench` extracts the seed back to back, with the processor's caches warm.
A worker at an offered load sleeps between paragraphs, and the paragraph after
a gap costs more.  This prints the extractor's CPU time per seed paragraph
back to back and after gaps of 0.1-5 ms (sleeping, or running another Python
loop), so the two can be told apart on a given machine:

    taskset -c 0 .venv/bin/python tests/tools/cold_extract.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import glob
import time
from pathlib import Path

from streams.extract import Extractor, extract_paragraphs
from streams.inputs import read

ROOT = Path(__file__).resolve().parents[2]


def cpu_per_paragraph(records: list[dict], extractor: Extractor, gap: float, rounds: int, spin: bool = False) -> float:
    """Mean CPU seconds of one paragraph's extraction, `gap` seconds apart."""
    cpu, n = 0.0, 0
    for _ in range(rounds):
        for record in records:
            t0 = time.process_time()
            for _ in extract_paragraphs([record], extractor):
                pass
            cpu += time.process_time() - t0
            n += 1
            if spin:
                deadline = time.perf_counter() + gap
                while time.perf_counter() < deadline:
                    pass
            elif gap:
                time.sleep(gap)
    return cpu / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    records = [r for r, _, _ in read(sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))) if r is not None]
    extractor = Extractor()
    list(extract_paragraphs(records, extractor))   # warm
    cases = [("back to back", 0.0, False), ("sleep 0.1 ms", 0.0001, False), ("sleep 0.5 ms", 0.0005, False),
             ("sleep 1 ms", 0.001, False), ("sleep 2 ms", 0.002, False), ("sleep 5 ms", 0.005, False),
             ("spin 1 ms", 0.001, True), ("back to back", 0.0, False)]
    base = None
    for label, gap, spin in cases:
        us = cpu_per_paragraph(records, extractor, gap, args.rounds, spin) * 1e6
        base = base or us
        print(f"{label:>13}: {us:6.0f} us CPU a paragraph  (x{us / base:.2f})")


if __name__ == "__main__":
    main()
