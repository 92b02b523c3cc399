"""CPU time per seed paragraph, best of 7 rounds of 20 passes, for comparing two checkouts.

Wall-clock throughput on a shared host varies by several per cent between runs
of the same code; the best round's process CPU time varies less.  It measures
the checkout it is run from (the current directory), so one copy serves for an
older revision too; pin it to one core and alternate:

    cd A && taskset -c 0 /path/to/.venv/bin/python /path/to/cpu_per_paragraph.py
    cd B && taskset -c 0 /path/to/.venv/bin/python /path/to/cpu_per_paragraph.py
"""

from __future__ import annotations

import time

from measured_checkout import ROOT, extract_paragraphs, seed_records, warm_extractor


def main() -> None:
    records = seed_records()
    extractor = warm_extractor(records, passes=3)
    best = float("inf")
    for _ in range(7):
        t0 = time.process_time()
        for _ in range(20):
            list(extract_paragraphs(records, extractor))
        best = min(best, (time.process_time() - t0) / (20 * len(records)))
    print(f"{best * 1e6:.1f} us CPU a seed paragraph ({ROOT})")


if __name__ == "__main__":
    main()
