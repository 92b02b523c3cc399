"""Name shapes: which tokens look like a name part, and where a run of them
ends ("Lula da Silva", "Kassym-Jomart Tokayev", "S. Jaishankar", "Marcos Jr.")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import Lexicon
from ..syntax import lowers, token_table
from ..tokens import WordColumn, hyphen_joins

MAX_NAME_TOKENS = 4


def _elided(t: str) -> bool:
    """A name part with an elided particle: one capital, an apostrophe, a capitalised word ("N'Tam", "O'Brien")."""
    return len(t) > 3 and t[1] in "'’" and t[2].isupper() and t[2:].isalpha()


class NameShapes:
    def __init__(self, lex: Lexicon) -> None:
        self.blockers = lex.name_blockers
        self.particles = lex.words("name_particles")
        self.suffixes = frozenset(lex.grammar.get("name_suffixes", ()))
        self.place_heads = lex.words("place_heads")
        # "the Awami League", "Liga Awami": words that head a body's name, capitalised as written.
        self.body_heads = frozenset(lex.grammar.get("name_heads", ()))
        # "Jamaat-e-Islami": a word joined by hyphens inside a name that makes it a body's.
        self.body_links = frozenset(lex.grammar.get("body_name_links", ()))
        # "Nur Shams refugee camp", "Hmeimim air base": words between a place's name and its head.
        self.place_head_modifiers = lex.words("place_head_modifiers")
        # "Kurdish-held districts", "Iran-backed militia": a word before a hyphen and one of these modifies a noun.
        self.compound_participles = lex.words("compound_participles")
        # "Ketenagakerjaan", "Pertahanan": abstract nouns of these affixes never name a person.
        self.abstract = tuple((r["prefix"], r["suffix"])
                              for r in lex.portfolio_affixes)
        # "By Selin Kaya and Omer Demir", "(Reporting by …)": the reporters, nobody in the story (people.bylines)
        self.byline_openers = lex.words("byline_openers")
        self.byline_phrases = lex.phrases("byline_phrases")
        self.byline_firsts = frozenset(p[0] for p in self.byline_phrases)
        self.byline_joiners = lex.words("byline_joiners")
        self._seen: dict[str, bool] = {}
        self._abstracts: dict[str, bool] = {}
        self._column = WordColumn()     # nameish of each word, in its word row

    def nameish(self, t: str) -> bool:
        """A capitalised word, not an acronym, not a word that never names a person."""
        known = self._seen.get(t)
        if known is None:
            known = self._seen[t] = self._judged(t)
            if len(self._seen) > 100_000:     # a bounded memo of word shapes
                self._seen.clear()
        return known

    def _judged(self, t: str, _low: str = "") -> bool:
        return t[:1].isupper() and (t.isalpha() or _elided(t)) and not (t.isupper() and len(t) > 3) \
            and t not in self.blockers

    def abstract_word(self, t: str) -> bool:
        """An abstract noun by its affixes, in a language whose portfolio_affixes.jsonl gives them."""
        return bool(self.abstract) and self._abstract(t)

    def _abstract(self, t: str) -> bool:
        """An abstract noun by its affixes ("Pertahanan"), as portfolio_affixes.jsonl gives them."""
        known = self._abstracts.get(t)
        if known is None:
            low = t.lower()
            known = any(len(low) >= len(p) + len(s) + 3 and low.startswith(p) and low.endswith(s)
                        for p, s in self.abstract)
            if len(self._abstracts) > 100_000:     # a bounded memo, as _seen
                self._abstracts.clear()
            self._abstracts[t] = known
        return known

    def row(self, doc: Doc) -> list[bool]:
        """nameish() of every token of `doc` (its word rows' column: tokens.word_column)."""
        table = token_table(doc)
        column = self._column.values(table, doc.vocab, ("nameish", self.blockers), self._judged)
        if column is not None:
            return column
        words = table.text
        try:
            # Most words are known: looked up in C; a word not seen yet stops the map (cheaper
            # than a `None in row` scan, which compares every entry with None).
            return list(map(self._seen.__getitem__, words))
        except KeyError:
            row = list(map(self._seen.get, words))
        return [self.nameish(t) if known is None else known for known, t in zip(row, words)]

    def is_place(self, doc: Doc, s: int, e: int) -> bool:
        """A capitalised run headed by a place word ("Beting Second Thomas",
        "Pangkalan Udara Manuhua", "Scarborough Shoal", "Nur Shams refugee camp") names a place, not a person."""
        low = lowers(doc)
        mods, heads = self.place_head_modifiers, self.place_heads
        if e + 1 < len(doc) and low[e] in mods and low[e + 1] in heads or s > 1 and low[s - 1] in mods \
                and low[s - 2] in heads:
            return True     # "Nur Shams refugee camp", "kamp pengungsi Nur Shams"
        return any(low[i] in self.place_heads for i in range(max(0, s - 1), min(len(doc), e + 1)))

    def run(self, doc: Doc, i: int, stop: int, covered: bytearray, nameish: list[bool] | None = None) -> int:
        """End (exclusive) of a run of capitalised name tokens starting at i.

        Inside a name: hyphenated parts (Kassym-Jomart, Won-sik, el-Sissi),
        particles between capitalised words (Lula da Silva, von der Leyen) and
        suffixes (Marcos Jr.).
        """
        if nameish is None:
            nameish = self.row(doc)
        table = token_table(doc)
        txt, low, alpha = table.text, table.lower, table.alpha
        if self.abstract and i < stop and self._abstract(txt[i]):
            return i        # "Pertahanan Bersama": a name never opens with an abstract noun
        j = i
        n = 0

        def initial(k: int) -> bool:
            # "S. Jaishankar", "George W. Bush": a capital and a dot before a name part.
            t = txt[k]
            return len(t) == 2 and t[1] == "." and t[0].isupper() and k + 1 < stop and nameish[k + 1]

        while j < stop and not covered[j] and (nameish[j] or initial(j)) and n < MAX_NAME_TOKENS:
            n += 1
            j += 1
            if j + 1 < stop and hyphen_joins(table, j) and low[j + 1] in self.compound_participles:
                j -= 1      # "Kurdish-held": a modifier, no name part (the run ends before it)
                break
            while j + 1 < stop and hyphen_joins(table, j) and alpha[j + 1] and not covered[j + 1]:
                j += 2
            k = j
            while k < stop and low[k] in self.particles and txt[k][:1].islower():
                k += 1
            if k > j and k < stop and nameish[k] and not covered[k]:
                j = k
            elif k > j and k + 1 < stop and hyphen_joins(table, k) and nameish[k + 1]:
                j = k + 2       # al-Shaibani, el-Sissi

        if j > i and j < stop and txt[j] in self.suffixes:
            j += 1
        return j
