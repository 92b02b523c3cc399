"""The tokenizer of every pipeline: spaCy's own for the language, with one more infix.

Registered as a spaCy tokenizer so that it is built once with its final
rules: setting `infix_finditer` on a built tokenizer reloads all its special
cases, which for Indonesian (about 16,000 hyphenated exceptions) costs a
second or more of start-up.
"""

from __future__ import annotations

from typing import Callable

from spacy import registry, util
from spacy.language import Language
from spacy.tokenizer import Tokenizer

# "U.S.-drafted", "U.N.-backed": an abbreviation's final dot hides the hyphen
# from spaCy's infix rule for letters, and with it the actor.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
NAME = "diplo.Tokenizer.v1"


@registry.tokenizers(NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
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
