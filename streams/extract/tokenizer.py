"""The tokenizer of every pipeline: spaCy's own for the language, with one more
infix, and bounded on text with no spaces.

Registered as a spaCy tokenizer so that it is built once with its final
rules: setting `infix_finditer` on a built tokenizer reloads all its special
cases, which for Indonesian (about 16,000 hyphenated exceptions) costs a
second or more of start-up.

spaCy strips affixes off a space-free chunk one at a time, and at each step
searches its regexes over (and copies) the whole rest of the chunk: quadratic
in the chunk's length (20,000 quote marks in a row took close to a minute),
and dear even on short chunks dense with marks.  Here the affix searches read
a window of AFFIX_WINDOW characters at the chunk's edge (an affix is a few
characters long), and a chunk of LONG_CHUNK characters or more, no word of
news prose (the longest in our gold has 19), is tokenized in slices of SLICE
characters: its tokens may break at a slice's edge, and the cost stays linear.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy import registry, util
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

LONG_CHUNK = 100
SLICE = 16
PUNCT_RUN = 4       # the longest run of punctuation in our gold has 2 characters
AFFIX_WINDOW = 8    # characters an affix search reads: an affix and its context
STEP_BUDGET = 4000  # affix searches a paragraph may take before the bounded way
_LONG = re.compile(rf"\S{{{LONG_CHUNK},}}")
_RUN = re.compile(rf"[^\w\s]{{{PUNCT_RUN},}}")


class _TooDear(Exception):
    """A long chunk, or more affix steps than the budget: take the bounded way."""


class _Budget:
    left = float("inf")     # no limit outside a call (special cases load at start-up)


def _windowed(search: Callable | None, head: bool, budget: _Budget) -> Callable | None:
    """The prefix (head) or suffix search, run on the first or last
    AFFIX_WINDOW characters only, so that each affix step costs the same
    whatever the chunk's length (the suffix regex costs about 1 µs per
    character it is searched over)."""
    if search is None:
        return None

    def find(string: str):
        budget.left -= 1
        if len(string) >= LONG_CHUNK or budget.left < 0:
            raise _TooDear
        return search(string[:AFFIX_WINDOW] if head else string[-AFFIX_WINDOW:])
    return find


def _sliced(segment: str):
    """segment cut before and after every long chunk, and long chunks into slices."""
    at = 0
    for m in _LONG.finditer(segment):
        if m.start() > at:
            yield segment[at:m.start()]
        yield from (segment[i:min(i + SLICE, m.end())] for i in range(m.start(), m.end(), SLICE))
        at = m.end()
    if at < len(segment):
        yield segment[at:]


def _pieces(text: str):
    """(piece, one token per character?) covering text in order: runs of
    punctuation apart, one token per character, the rest for spaCy in slices."""
    at = 0
    for m in _RUN.finditer(text):
        yield from ((p, False) for p in _sliced(text[at:m.start()]))
        yield m.group(), True
        at = m.end()
    yield from ((p, False) for p in _sliced(text[at:]))


class BoundedTokenizer(Tokenizer):
    """spaCy's Tokenizer, the same on any paragraph without a space-free chunk
    of LONG_CHUNK characters and within the step budget (every paragraph of
    our gold).  Else the paragraph is tokenized in pieces: long chunks in
    slices of SLICE characters (tokens may break at a slice's edge), runs of
    PUNCT_RUN or more punctuation characters one token per character (as
    spaCy mostly splits them), the rest by spaCy."""

    budget: _Budget

    def __call__(self, text: str) -> Doc:
        self.budget.left = STEP_BUDGET
        try:
            return super().__call__(text)
        except _TooDear:
            pass
        finally:
            self.budget.left = float("inf")
        # The pieces' tokens joined into one Doc (Doc.from_docs is slower by far);
        # special-case attributes such as NORM are not carried over, for text no
        # news paragraph holds.
        words, spaces = [], []
        for piece, by_char in _pieces(text):
            if by_char:
                words += piece
                spaces += [False] * len(piece)
                continue
            for i, n, space in super().__call__(piece).to_array([IDX, LENGTH, SPACY]).tolist():
                words.append(piece[i:i + n])
                spaces.append(bool(space))
        return Doc(self.vocab, words=words, spaces=spaces)


# "U.S.-drafted", "U.N.-backed": an abbreviation's final dot hides the hyphen
# from spaCy's infix rule for letters, and with it the actor.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
NAME = "diplo.Tokenizer.v1"


@registry.tokenizers(NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        budget = _Budget()
        tokenizer = BoundedTokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=_windowed(util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
                                    True, budget),
            suffix_search=_windowed(util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
                                    False, budget),
            infix_finditer=util.compile_infix_regex([*d.infixes, ABBREVIATION_HYPHEN]).finditer,
            token_match=d.token_match,
            url_match=d.url_match,
        )
        tokenizer.budget = budget
        return tokenizer
    return make


CONFIG = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}
