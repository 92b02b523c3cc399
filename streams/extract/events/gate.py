"""Rules gated by what they need: a rule runs only where it can change the frame.

Most event rules return None after an early check: of the trigger's lexicon
row (its type, voice, a key), of a word of the paragraph (a Grammar word set:
"by", "any", a pronoun), of the paragraph's negation and modality cues, of the
act before in the sentence, or of a request or promise before the trigger.  A rule
declares that check beside it, and `run` (frame.py) skips the rule where the
check fails, without calling it:

    @needs(types=("COERCE", "ASSAULT"), voices=("active",), words="possessive_pronouns", before=True)
    def owner_of_bare_body(f): ...

What a rule may declare (each given kind must hold; inside a kind, any item does):

    types=(...)       the row's type is one of these
    voices=(...)      the row's voice (default "active") is one of these
    keys=(...)        the row has one of these keys, with a true value
    row=predicate     predicate(row) is true (what the kinds above do not say, e.g. a mode)
    grammar=predicate predicate(the language's Grammar) is true ("not g.head_first")
    words=(...)       a word of one of these word sets occurs among the paragraph's
                      lower-cased tokens: a name of a Grammar attribute (else of an
                      EventFinder attribute: "pronouns"); of a phrase list, its first words
    before=True       there is an act before the trigger in its sentence (Scene.before)
    before_key=k      ... whose trigger's row has key k
    before_types=(...) ... of one of these types
    cues=(...)        the paragraph has a cue (Scene.cues) of one of these kinds ("negated", "refused")
    asked_before=True a trigger that asks or promises (Scene.asks) starts before the trigger
    quotes=True       the paragraph has a direct quote (Scene.quotes)

Declare a need only where the rule itself returns None (changes nothing) when
it fails: the output must stay the same.  A rule with no declaration always
runs.  How it is cheap: needs on the row are resolved once per row (rows are
the lexicon's long-lived dicts: a list is filtered once per row and kept), needs
on the paragraph's words and cues once per paragraph (one bit per word or cue need, from
one set intersection), needs on the act before and asked_before once per trigger (one
bit each); `run`
then skips a rule whose bits are not all set with one test, and for a trigger with no act
before it (most) does not even test the rules that need one (a row's entry keeps its list
without them too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from ..wordgate import WordBits

CACHE_LIMIT = 20_000    # filtered lists kept (rows x lists); past it the cache starts again


@dataclass(frozen=True, slots=True)
class Needs:
    types: frozenset | None = None
    voices: frozenset | None = None
    keys: tuple[str, ...] = ()
    row: Callable[[dict], Any] | None = None
    grammar: Callable[[Any], Any] | None = None
    words: tuple[str, ...] = ()
    before: bool = False
    before_key: str | None = None
    before_types: frozenset | None = None
    cues: tuple[str, ...] = ()
    asked_before: bool = False
    quotes: bool = False

    def admits_row(self, row: dict) -> bool:
        return (self.types is None or row.get("type") in self.types) \
            and (self.voices is None or row.get("voice", "active") in self.voices) \
            and (not self.keys or any(row.get(k) for k in self.keys)) \
            and (self.row is None or bool(self.row(row)))

    def before_conditions(self) -> list[tuple]:
        """The conditions on the act before, as hashable keys (see Gate._holds_before)."""
        found = [("act",)] if self.before else []
        if self.before_key is not None:
            found.append(("key", self.before_key))
        if self.before_types is not None:
            found.append(("types", self.before_types))
        return found


def _names(value: str | Iterable[str] | None) -> tuple:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def needs(*, types=None, voices=None, keys=None, row=None, grammar=None, words=None, before: bool = False,
          before_key: str | None = None, before_types=None, cues=None, asked_before: bool = False,
          quotes: bool = False):
    """Declare what a rule needs to do anything (the module docstring says what each means).
    The rule itself is returned unchanged, with the declaration as its `needs` attribute."""
    declared = Needs(frozenset(_names(types)) if types is not None else None,
                     frozenset(_names(voices)) if voices is not None else None,
                     _names(keys), row, grammar, _names(words), before, before_key,
                     frozenset(_names(before_types)) if before_types is not None else None,
                     tuple(sorted(_names(cues))), asked_before, quotes)

    def mark(rule):
        rule.needs = declared
        return rule
    return mark


class _Compiled:
    """One rule list as the gate knows it: a copy to see it changed, each rule with its
    need (None: none) and its bits, and by row (id) the rules its row admits, with their bits;
    `seen`: the paragraph (Gate._paragraphs) it was last compared with its copy in."""
    __slots__ = ("rules", "snapshot", "gated", "by_row", "seen")

    def __init__(self, rules: list, gated: list, seen: int) -> None:
        self.rules, self.snapshot, self.gated, self.by_row = rules, list(rules), gated, {}
        self.seen = seen


class Gate:
    """The gate of one language's event rules (held by the EventFinder).

    Each word need (its tuple of set names, any of which does) and each condition on the act
    before has a bit; a paragraph's bits are those of the word needs its words meet, a trigger's
    add those of the act before.  A rule runs where its bits are all among the trigger's:
    `select` gives, once per row, the rules the row admits with their bits, and `run` skips
    those whose bits are not all set (the bits vary from paragraph to paragraph: a cache of the
    filtered list by bits would miss on nearly every paragraph of a stream)."""

    def __init__(self, grammar: Any, others: Iterable[Any] = (), lists: Iterable[list] = ()) -> None:
        self._grammar = grammar
        self._lookups = (grammar, *others)      # where word set names are looked up, in order
        self._word_bits = WordBits("event_gate")    # word -> bits of the word needs it meets
        self._group_bits: dict[tuple, int] = {}     # word need (set names) -> its bit (0: always met)
        self._before: list[tuple[int, tuple]] = []  # (bit, condition) on the act before
        self._cue_bits: dict[str, int] = {}         # cue kind -> bits of the cue needs it meets
        self._cue_groups: dict[tuple, int] = {}     # cue need (kinds) -> its bit
        self._asked_bit = 0                         # the bit of asked_before (0: no rule needs it)
        self._quotes_bit = 0                        # the bit of quotes=True (0: no rule needs it)
        self._next_bit = 1
        self.every_bit = 0                          # every bit given out (run: the bits a trigger lacks)
        self._lists: dict[int, _Compiled] = {}
        self._kept = 0
        self._paragraphs = 0    # paragraph() calls: a list is compared with its copy once in each
        for rules in lists:
            self._compile(rules)

    # ---- bits --------------------------------------------------------------
    def _bit(self) -> int:
        bit, self._next_bit = self._next_bit, self._next_bit << 1
        self.every_bit |= bit
        return bit

    def _words_of(self, name: str) -> set | None:
        """The words of a word set by name (of a phrase list, the first words); None: met anywhere."""
        found = next((getattr(o, name) for o in self._lookups if hasattr(o, name)), None)
        if found is None:
            raise AttributeError(f"needs(words={name!r}): no such word set")
        words = {w[0] if w else None for w in found} if isinstance(found, tuple) else set(found)
        return None if None in words else words     # an empty phrase matches anywhere

    def _words_bit(self, names: tuple[str, ...]) -> int:
        if names in self._group_bits:
            return self._group_bits[names]
        sets = [self._words_of(n) for n in names]
        if any(words is None for words in sets):
            self._group_bits[names] = 0
            return 0
        bit = self._group_bits[names] = self._bit()
        self._word_bits.add(set().union(*sets), bit)
        return bit

    def _before_bit(self, condition: tuple) -> int:
        bit = next((b for b, c in self._before if c == condition), None)
        if bit is None:
            bit = self._bit()
            self._before.append((bit, condition))
        return bit

    def _cues_bit(self, kinds: tuple[str, ...]) -> int:
        bit = self._cue_groups.get(kinds)
        if bit is None:
            bit = self._cue_groups[kinds] = self._bit()
            for kind in kinds:
                self._cue_bits[kind] = self._cue_bits.get(kind, 0) | bit
        return bit

    def paragraph(self, low: list[str], cues: list[tuple[int, int, str]] = (), quotes: list = (),
                  doc: Doc | None = None) -> int:
        """The bits of the word needs met by the paragraph's lower-cased tokens, of the
        cue needs met by its cues (start, end, kind), and of quotes=True if it has direct quotes.
        With the Doc of `low`, each token's bits are read from its word row (tokens.word_column)."""
        self._paragraphs += 1
        bits = self._word_bits.met(low, doc, len(self._group_bits))
        for _, _, kind in cues:
            bits |= self._cue_bits.get(kind, 0)
        return bits | self._quotes_bit if quotes else bits

    def trigger(self, before, words: int, asked: bool = False) -> int:
        """The paragraph's bits with those of the act before the trigger (None: no act before)
        and of a request or promise before it (asked: see asked_before)."""
        bits = words | self._asked_bit if asked else words
        if before is None:
            return bits
        for bit, condition in self._before:
            if self._holds_before(before, condition):
                bits |= bit
        return bits

    @staticmethod
    def _holds_before(b, condition: tuple) -> bool:
        kind = condition[0]
        if kind == "act":
            return True
        if kind == "key":
            return b.trigger is not None and bool(b.trigger.row.get(condition[1]))
        return b.type in condition[1]

    # ---- lists -------------------------------------------------------------
    def _compile(self, rules: list) -> _Compiled:
        gated = []
        for rule in rules:
            need = getattr(rule, "needs", None)
            if not isinstance(need, Needs):
                gated.append((rule, None, 0))
                continue
            if need.grammar is not None and not need.grammar(self._grammar):
                continue        # never applies in this language
            bits = self._words_bit(need.words) if need.words else 0
            bits |= self._cues_bit(need.cues) if need.cues else 0
            bits |= sum(self._before_bit(c) for c in need.before_conditions())
            if need.asked_before:
                self._asked_bit = self._asked_bit or self._bit()
                bits |= self._asked_bit
            if need.quotes:
                self._quotes_bit = self._quotes_bit or self._bit()
                bits |= self._quotes_bit
            gated.append((rule, need, bits))
        compiled = self._lists[id(rules)] = _Compiled(rules, gated, self._paragraphs)
        return compiled

    def select(self, rules: list, x) -> tuple[tuple[Any, int], ...]:
        """(rule, bits) of the rules of `rules` that Scene x's row admits: run a rule
        only where its bits are all among x.bits."""
        return self.admitted(rules, x)[1]

    def admitted(self, rules: list, x) -> tuple:
        """The entry of Scene x's row for `rules`: (the row, select's (rule, bits) pairs,
        their rules, their bits, and the same two without the rules that need an act before),
        the last four for run's filter in C: with no act before the trigger (most triggers),
        a rule that needs one cannot run, and is not tested."""
        compiled = self._lists.get(id(rules))
        # A list changed in place (a test takes a rule out, a profiler wraps them) is compiled again;
        # it is compared with its copy once a paragraph, not at every trigger (~0.8 us each).
        if compiled is None or compiled.rules is not rules or (
                compiled.seen != self._paragraphs and self._changed(compiled)):
            known = self._next_bit
            compiled = self._compile(rules)
            if self._next_bit != known:     # word needs or conditions new to this gate: count them in
                x.words = self.paragraph(x.low, getattr(x, "cues", ()), getattr(x, "quotes", ()),
                                         getattr(x, "doc", None))
                x.bits = self.trigger(x.before, x.words, asked_before(x))
        row = x.row
        entry = compiled.by_row.get(id(row))
        if entry is None:
            entry = compiled.by_row[id(row)] = self._choose(compiled, row)
        return entry

    def _changed(self, compiled: _Compiled) -> bool:
        compiled.seen = self._paragraphs
        return compiled.rules != compiled.snapshot

    def _choose(self, compiled: _Compiled, row: dict) -> tuple:
        self._kept += 1
        if self._kept > CACHE_LIMIT:        # rows made on the fly would grow it without end
            for c in self._lists.values():
                c.by_row.clear()
            self._kept = 1
        # The entry keeps the row alive, so its id names no other row while it is kept.
        chosen = tuple((rule, bits) for rule, need, bits in compiled.gated if need is None or need.admits_row(row))
        before = 0      # the bits of the conditions on the act before: never met without one (trigger)
        for bit, _ in self._before:
            before |= bit
        alone = tuple((rule, bits) for rule, bits in chosen if not bits & before)
        return row, chosen, tuple(rule for rule, _ in chosen), tuple(bits for _, bits in chosen), \
            tuple(rule for rule, _ in alone), tuple(bits for _, bits in alone)


def asked_before(x) -> bool:
    """A trigger that asks or promises (Scene.asks, by start) starts before Scene x's trigger."""
    asks = getattr(x, "asks", ())
    return bool(asks) and asks[0].start < x.t.start
