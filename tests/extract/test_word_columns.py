"""Word columns (tokens.word_column): what is judged of a word alone, kept in its word row."""

from __future__ import annotations

import spacy

from streams.extract.tokens import WordColumn, forget_column, token_table, word_column
from streams.extract.wordgate import WordGate, needs_words


def _doc(nlp, text):
    doc = nlp.make_doc(text)
    doc.user_data["diplo_text"] = text
    return doc


def test_a_column_holds_each_tokens_judgment():
    nlp = spacy.blank("xx")
    index = word_column(nlp.vocab, ("long", 4), lambda word, low: len(low) > 4)
    assert word_column(nlp.vocab, ("long", 4), lambda word, low: None) == index     # the same key, the same column
    table = token_table(_doc(nlp, "The envoy arrived in Jakarta"))
    assert table.columns[index] == [False, True, True, False, True]


def test_a_forgotten_column_is_judged_again_under_its_new_key():
    nlp = spacy.blank("xx")
    column, seen = WordColumn(), {"a"}
    judge = lambda word, low: low in seen      # noqa: E731

    def values():
        return column.values(token_table(_doc(nlp, "a b a")), nlp.vocab, ("seen", len(seen)), judge)
    assert values() is None     # a table made before the column was asked for: the caller judges itself
    assert values() == [True, False, True]
    seen.add("b")
    forget_column(nlp.vocab, ("nothing", 0))    # an unknown key changes nothing
    assert values() is None
    assert values() == [True, True, True]


@needs_words("marks")
def _marked(st):
    return st


def test_the_word_gate_reads_the_same_bits_from_the_rows():
    nlp = spacy.blank("xx")
    source = type("Source", (), {"marks": frozenset({"by"})})()
    gate = WordGate(source)
    for text in ("killed by them", "killed them", "By them"):
        doc = _doc(nlp, text)
        words = token_table(doc).word_set
        assert list(gate.select([_marked], words, doc)) == list(gate.select([_marked], words))
