"""`diplo bench --json`: one object with the figures, all positive (no timed asserts)."""

from __future__ import annotations

import sys

import orjson

from streams.cli import main as diplo

KEYS = ("extract_paragraphs_per_s", "tokenize_paragraphs_per_s", "cost_ratio", "startup_s",
        "extract_words_per_s", "tokenize_words_per_s", "tokenize_spacy_paragraphs_per_s",
        "cost_ratio_spacy_tokenizer")


def test_bench_json_has_every_figure(seed_path, capsysbinary):
    assert diplo(["bench", "--json", "--repeat", "1", "--seconds", "0.05", str(seed_path)]) == 0
    out = capsysbinary.readouterr().out.splitlines()
    assert len(out) == 1
    figures = orjson.loads(out[0])
    for key in KEYS:
        assert isinstance(figures[key], (int, float)) and figures[key] > 0, key
    assert figures["paragraphs"] == 23
    # cost_ratio is tokenizer throughput over extractor throughput.
    expected = figures["tokenize_paragraphs_per_s"] / figures["extract_paragraphs_per_s"]
    assert abs(figures["cost_ratio"] - expected) < 0.01 * expected
    # The same ratio against spaCy's default tokenizer, measured in the same rounds.
    expected = figures["tokenize_spacy_paragraphs_per_s"] / figures["extract_paragraphs_per_s"]
    assert abs(figures["cost_ratio_spacy_tokenizer"] - expected) < 0.01 * expected
    # Which interpreter ran it: its build moves every figure.
    assert figures["python"].endswith(sys.executable)
