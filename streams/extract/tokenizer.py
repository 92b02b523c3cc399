"""The tokenizer of every pipeline: spaCy's own for the language, with one more
infix, and bounded on text with no spaces.

Registered as a spaCy tokenizer so that it is built once with its final
rules: setting `infix_finditer` on a built tokenizer reloads all its special
cases, which for Indonesian (about 16,000 hyphenated exceptions) costs a
second or more of start-up.

spaCy strips affixes off a space-free chunk one at a time and searches the
suffix regex over the whole remaining chunk at each step: quadratic in the
chunk's length (20,000 quote marks in a row took close to a minute).  A chunk
of LONG_CHUNK characters or more is no word of news prose (the longest in our
gold is 19), so it is tokenized in slices of SLICE characters: tokens may
then break at a slice's edge, and the cost stays linear.
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
_LONG = re.compile(rf"\S{{{LONG_CHUNK},}}")


def _pieces(text: str) -> list[str]:
    """text cut before and after every long chunk, and long chunks into slices."""
    out, at = [], 0
    for m in _LONG.finditer(text):
        if m.start() > at:
            out.append(text[at:m.start()])
        out += [text[i:min(i + SLICE, m.end())] for i in range(m.start(), m.end(), SLICE)]
        at = m.end()
    if at < len(text):
        out.append(text[at:])
    return out


class BoundedTokenizer(Tokenizer):
    """spaCy's Tokenizer, the same on any text without a long space-free chunk."""

    def __call__(self, text: str) -> Doc:
        if _LONG.search(text) is None:
            return super().__call__(text)
        # The slices' tokens joined into one Doc (Doc.from_docs is slower by far);
        # special-case attributes such as NORM are not carried over, for text no
        # news paragraph holds.
        words, spaces = [], []
        for piece in _pieces(text):
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
        return BoundedTokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex([*d.infixes, ABBREVIATION_HYPHEN]).finditer,
            token_match=d.token_match,
            url_match=d.url_match,
        )
    return make


CONFIG = {"nlp": {"tokenizer": {"@tokenizers": NAME}}}
