"""Steps gated by the words they need: a step runs only where the paragraph holds one of them.

A pass that does nothing unless the paragraph holds a word of some word set declares
the set beside it (the event rules have their own, richer gate: events/gate.py):

    @needs_words("patron_words")
    def patroned_groups(st): ...

and what runs the steps (the actor finder) skips it, without calling it, where the
paragraph's lower-cased words hold none of the set's words.  A set is named by its
attribute (dotted: "describer.nouns") on the object the steps read their words from
(the Gazetteer); a dict stands for its keys; of several names, a word of any will do.

How it is cheap: one dict maps each word to the bits of the needs it meets, so a
paragraph's needs are all read with one set intersection, and the steps whose bits
are not all met are dropped in C (compress), where a skipped step cost a Python call.

Declare only what the step itself checks before it changes anything: the output must
stay the same (tests/extract/test_wordgate.py reads the gold with and without the gate).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import reduce
from itertools import compress, repeat
from operator import and_, not_, or_
from typing import Any

from spacy.tokens import Doc

from .tokens import WordColumn, token_table

MAX_LISTS = 64     # step lists kept with their bits


def needs_words(*names: str) -> Callable:
    """Declare the word sets (any of them) a step needs a word of; the step is returned unchanged."""
    def mark(step):
        step.needs_words = names
        return step
    return mark


def _words(source: Any, name: str) -> Iterable[str]:
    found = source
    for part in name.split("."):
        found = getattr(found, part)    # a misspelt name fails when the steps are first run
    return found.keys() if isinstance(found, dict) else found


class WordBits:
    """A word -> bits table (a bit for each need the word meets), read for a paragraph: from each token's
    word row where the paragraph's Doc is given (tokens.word_column), else by looking its words up.  Each
    gate holds one: WordGate here, Gate in events/gate.py."""

    __slots__ = ("table", "_column", "_name")

    def __init__(self, name: str) -> None:
        self.table: dict[str, int] = {}
        self._column = WordColumn()     # each word's bits in its word row
        self._name = name

    def add(self, words: Iterable[str], bit: int) -> None:
        table = self.table
        for w in words:
            table[w] = table.get(w, 0) | bit

    def met(self, words: Iterable[str], doc: Doc | None, needs: int) -> int:
        """The bits the paragraph's lower-case words (of `doc`, if given) meet.  needs: how many needs
        the table holds (where it grew, the column is judged again)."""
        column = None if doc is None else self._column.values(
            token_table(doc), doc.vocab, (self._name, self, needs), self._bits_of_word)
        if column is not None:
            return reduce(or_, filter(None, column), 0)     # (most words meet no need)
        bits, table = 0, self.table
        for w in table.keys() & words:    # (the view looks each word up: no set of the paragraph made)
            bits |= table[w]
        return bits

    def _bits_of_word(self, _word: str, low: str) -> int:
        return self.table.get(low, 0)


class WordGate:
    """The gate of one language's steps over one word source (held by the actor finder)."""

    def __init__(self, source: Any) -> None:
        self._source = source
        self._word_bits = WordBits("word_gate")     # word -> bits of the needs it meets
        self._need_bits: dict[tuple[str, ...], int] = {}    # need (set names) -> its bit
        self._lists: dict[int, tuple[Sequence, tuple, tuple[int, ...]]] = {}   # id -> (steps, copy, bits)
        self.every_bit = 0

    def _bit(self, names: tuple[str, ...]) -> int:
        bit = self._need_bits.get(names)
        if bit is None:
            bit = self._need_bits[names] = 1 << len(self._need_bits)
            self.every_bit |= bit
            for name in names:
                self._word_bits.add(_words(self._source, name), bit)
        return bit

    def _bits_of(self, steps: Sequence) -> tuple[int, ...]:
        """Each step's bits (0: it needs nothing), read once per list (again where it changed in place)."""
        held = self._lists.get(id(steps))
        if held is None or held[0] is not steps or (type(steps) is not tuple and held[1] != tuple(steps)):
            if len(self._lists) >= MAX_LISTS:     # lists made on the fly (tests) would grow it without end
                self._lists.clear()
            bits = tuple(self._bit(tuple(n)) if (n := getattr(s, "needs_words", None)) else 0 for s in steps)
            held = self._lists[id(steps)] = (steps, tuple(steps), bits)
        return held[2]

    def met(self, words: set[str], doc: Doc | None = None) -> int:
        """The bits of the needs the paragraph's lower-cased words meet.  With the Doc of
        `words`, each token's bits are read from its word row (tokens.word_column)."""
        return self._word_bits.met(words, doc, len(self._need_bits))

    def select(self, steps: Sequence, words: set[str], doc: Doc | None = None) -> Iterator:
        """Those of `steps`, in order, whose needs the paragraph's words (a set; from `doc`) meet."""
        needed = self._bits_of(steps)
        unmet = self.every_bit ^ self.met(words, doc)
        return compress(steps, map(not_, map(and_, needed, repeat(unmet))))     # (and_: see frame._met)
