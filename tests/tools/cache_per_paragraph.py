"""Instructions, cache misses and mispredicted branches per seed paragraph, from callgrind, for one checkout.

Deterministic where wall-clock and CPU time are not (a shared host moves those by 10-20 %): only
the warm passes are counted.  The checkout's extractor is warmed up under valgrind with the
instrumentation off, switched on (callgrind_control) for PASSES passes over the seed, and the
process leaves with os._exit, so neither the start-up nor the interpreter's teardown counts.
The simulated last-level cache is 1 MiB (this host's L2). It measures the checkout it is run
from (the current directory), like cpu_per_paragraph.py:

    cd A && /path/to/.venv/bin/python /path/to/cache_per_paragraph.py
    cd B && /path/to/.venv/bin/python /path/to/cache_per_paragraph.py

A run takes a minute or two (valgrind, cache and branch simulation).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path.cwd()
PASSES = 5
EVENTS = ("Ir", "D1mr", "D1mw", "I1mr", "ILmr", "DLmr", "DLmw", "Bcm", "Bim")


def measured(ready: str, go: str) -> None:
    """Inside valgrind: warm up, say so, wait for the instrumentation, run the passes, leave."""
    from measured_checkout import extract_paragraphs, seed_records, warm_extractor
    records = seed_records()
    extractor = warm_extractor(records, passes=3)
    Path(ready).write_text(f"{os.getpid()} {len(records)}")     # (valgrind's own pid: its launcher's differs)
    while not os.path.exists(go):
        pass    # (a busy wait: valgrind answers callgrind_control between blocks, not in a sleep)
    for _ in range(PASSES):
        list(extract_paragraphs(records, extractor))
    os._exit(0)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ready, go, out = f"{tmp}/ready", f"{tmp}/go", f"{tmp}/callgrind.out"
        proc = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--cache-sim=yes", "--branch-sim=yes",
             "--LL=1048576,16,64", f"--callgrind-out-file={out}", sys.executable, __file__, ready, go],
            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": "0"})     # (the same set orders)
        while not os.path.exists(ready):
            time.sleep(0.5)
        time.sleep(0.5)     # (the file written whole)
        pid, count = Path(ready).read_text().split()
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        Path(go).touch()
        proc.wait()
        paragraphs = PASSES * int(count)
        names, totals = [], []
        for line in open(out):
            if line.startswith("events:"):
                names = line.split()[1:]
            elif line.startswith("totals:"):
                totals = [int(v) for v in line.split()[1:]]
    per = dict(zip(names, totals))
    print(", ".join(f"{e} {per.get(e, 0) / paragraphs:,.0f}" for e in EVENTS) + f" a seed paragraph ({ROOT})")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        measured(*sys.argv[1:])
    else:
        main()
