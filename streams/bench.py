"""`diplo bench`: extractor throughput on one core, printed as figures and ratios.

Two configurations run in the same process, interleaved, so a noisy machine
affects both alike: the full extractor, and the bare spaCy tokenizer as the
floor that any spaCy-based extractor pays.
"""

from __future__ import annotations

import time
from typing import Callable

from .extract import Extractor, extract_paragraphs
from .extract.pipeline import get_nlp
from .inputs import read


def _rate(fn: Callable[[], int], seconds: float = 1.0) -> float:
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        n += fn()
    return n / (time.perf_counter() - t0)


def main(files: list[str], repeat: int = 5, seconds: float = 1.0) -> int:
    records = [r for r, _, _ in read(files) if r is not None]
    if not records:
        print("no paragraphs to benchmark")
        return 2
    extractor = Extractor()
    list(extract_paragraphs(records, extractor))  # warm: pipelines and lexicons load once
    langs = sorted({r.get("lang") or "id" for r in records})
    by_lang = {lang: get_nlp(lang) for lang in langs}
    words = sum(len(r["text"].split()) for r in records)

    def full() -> int:
        for _ in extract_paragraphs(records, extractor):
            pass
        return len(records)

    def tokenize() -> int:
        for r in records:
            by_lang[r.get("lang") or "id"].make_doc(r["text"])
        return len(records)

    rates_full, rates_tok = [], []
    for _ in range(repeat):
        rates_full.append(_rate(full, seconds))
        rates_tok.append(_rate(tokenize, seconds))
    rates_full.sort()
    rates_tok.sort()
    med_full, med_tok = rates_full[len(rates_full) // 2], rates_tok[len(rates_tok) // 2]
    print(f"paragraphs: {len(records)} in {'+'.join(langs)} ({words / len(records):.0f} words each), "
          f"{repeat} rounds of {seconds:.1f}s, one process")
    print(f"extractor:  {med_full:10.0f} paragraphs/s  (min {rates_full[0]:.0f}, max {rates_full[-1]:.0f})"
          f"  = {med_full * words / len(records):,.0f} words/s")
    print(f"tokenizer:  {med_tok:10.0f} paragraphs/s  (min {rates_tok[0]:.0f}, max {rates_tok[-1]:.0f})")
    print(f"ratio extractor/tokenizer: {med_full / med_tok:.3f}")
    return 0
