"""`diplo bench`: extractor throughput on one core, printed as figures and ratios.

Two configurations run in the same process, interleaved, so a noisy machine
affects both alike: the full extractor, and the bare spaCy tokenizer as the
floor that any spaCy-based extractor pays.  Their ratio (cost_ratio: how many
times dearer the extractor is than tokenizing) is the steadier figure.  Our
pipelines' tokenizer (tokenizer.py) is about 2.5 times faster than spaCy's
default one, which makes that ratio look worse the better the tokenizer gets:
spaCy's default tokenizer of `spacy.blank(lang)` (what issue 10 measured the
extractor against) runs in the same rounds, as `cost_ratio_spacy_tokenizer`.  The
start-up time is measured in a fresh process, from its spawn until a warm
extractor is ready.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import spacy

from .extract import Extractor, extract_paragraphs
from .extract.pipeline import get_nlp
from .inputs import read

# What a cold worker or `diplo extract` does before its first paragraph.
STARTUP_CODE = ("from streams.extract import Extractor; Extractor().warm(); "
                "import sys; sys.stdout.write('ready\\n'); sys.stdout.flush()")


def _rate(fn: Callable[[], int], seconds: float = 1.0) -> float:
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        n += fn()
    return n / (time.perf_counter() - t0)


def startup_seconds() -> float:
    """Seconds from spawning `python -c` until its extractor is warm (its
    interpreter shutdown is not counted).  It imports this same checkout."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    t0 = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", STARTUP_CODE], stdout=subprocess.PIPE, env=env) as proc:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - t0
        proc.wait()
    if line.strip() != b"ready":
        raise RuntimeError(f"start-up probe failed (exit {proc.returncode})")
    return elapsed


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def measure(records: list[dict], repeat: int = 5, seconds: float = 1.0, startup: bool = True) -> dict[str, Any]:
    """The figures of one run: the extractor and the tokenizer alternate, `repeat` rounds of `seconds` each."""
    extractor = Extractor()
    list(extract_paragraphs(records, extractor))  # warm: pipelines and lexicons load once
    langs = sorted({r.get("lang") or "id" for r in records})
    by_lang = {lang: get_nlp(lang) for lang in langs}
    spacy_default = {lang: spacy.blank(lang) for lang in langs}
    words = sum(len(r["text"].split()) for r in records)

    def full() -> int:
        for _ in extract_paragraphs(records, extractor):
            pass
        return len(records)

    def tokenizer(pipelines: dict) -> Callable[[], int]:
        def tokenize() -> int:
            for r in records:
                pipelines[r.get("lang") or "id"].make_doc(r["text"])
            return len(records)
        return tokenize

    rates_full, rates_tok, rates_spacy = [], [], []
    for _ in range(repeat):
        rates_full.append(_rate(full, seconds))
        rates_tok.append(_rate(tokenizer(by_lang), seconds))
        rates_spacy.append(_rate(tokenizer(spacy_default), seconds))
    med_full, med_tok, med_spacy = _median(rates_full), _median(rates_tok), _median(rates_spacy)
    per = words / len(records)
    return {
        "paragraphs": len(records), "langs": langs, "words_per_paragraph": round(per, 1),
        "rounds": repeat, "seconds_per_round": seconds,
        "extract_paragraphs_per_s": round(med_full, 1),
        "extract_paragraphs_per_s_min": round(min(rates_full), 1),
        "extract_paragraphs_per_s_max": round(max(rates_full), 1),
        "extract_words_per_s": round(med_full * per, 1),
        "tokenize_paragraphs_per_s": round(med_tok, 1),
        "tokenize_paragraphs_per_s_min": round(min(rates_tok), 1),
        "tokenize_paragraphs_per_s_max": round(max(rates_tok), 1),
        "tokenize_words_per_s": round(med_tok * per, 1),
        "cost_ratio": round(med_tok / med_full, 3),
        "tokenize_spacy_paragraphs_per_s": round(med_spacy, 1),
        "cost_ratio_spacy_tokenizer": round(med_spacy / med_full, 3),
        "startup_s": round(startup_seconds(), 3) if startup else None,
        "cpu_affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        # The interpreter's build moves every figure (README, Performance: "The interpreter").
        "python": f"{platform.python_version()} {sys.executable}",
    }


def main(files: list[str], repeat: int = 5, seconds: float = 1.0, as_json: bool = False) -> int:
    records = [r for r, _, _ in read(files) if r is not None]
    if not records:
        print("no paragraphs to benchmark")
        return 2
    f = measure(records, repeat, seconds)
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(f) + b"\n")
        return 0
    print(f"paragraphs: {f['paragraphs']} in {'+'.join(f['langs'])} ({f['words_per_paragraph']:.0f} words each), "
          f"{repeat} rounds of {seconds:.1f}s, one process")
    print(f"extractor:  {f['extract_paragraphs_per_s']:10.0f} paragraphs/s  "
          f"(min {f['extract_paragraphs_per_s_min']:.0f}, max {f['extract_paragraphs_per_s_max']:.0f})"
          f"  = {f['extract_words_per_s']:,.0f} words/s")
    print(f"tokenizer:  {f['tokenize_paragraphs_per_s']:10.0f} paragraphs/s  "
          f"(min {f['tokenize_paragraphs_per_s_min']:.0f}, max {f['tokenize_paragraphs_per_s_max']:.0f})")
    print(f"ratio extractor/tokenizer: {1 / f['cost_ratio']:.3f}  "
          f"(cost ratio tokenizer/extractor: {f['cost_ratio']:.2f})")
    print(f"spaCy's default tokenizer: {f['tokenize_spacy_paragraphs_per_s']:.0f} paragraphs/s  "
          f"(cost ratio against it: {f['cost_ratio_spacy_tokenizer']:.2f})")
    print(f"start-up:   {f['startup_s']:.2f} s from spawn to a warm extractor (fresh process)")
    return 0
