"""The p9-small shortcuts answer as the long ways did: the gate's once-a-paragraph look
at a rule list's copy, the kept side dict of DocumentContext.parties, the last Doc's token table."""

from __future__ import annotations

import random
from types import SimpleNamespace

import spacy

from streams.extract.clauses.subjects import KEPT_SUBJECTS, kept_per_doc
from streams.extract.context import RECENT, DocumentContext
from streams.extract.events.gate import Gate, needs
from streams.extract.mentions import Mention
from streams.extract.tokens import lowers, text_of, token_table


@needs(words="markers")
def marked(f):
    return None


def plain(f):
    return None


class Counted(list):
    """A rule list that counts how often it is compared with another."""
    compared = 0

    def __ne__(self, other):
        Counted.compared += 1
        return list.__ne__(self, other)


def test_the_gate_compares_a_list_with_its_copy_once_a_paragraph():
    g = Gate(SimpleNamespace(markers=frozenset({"with"})), (), [[marked]])     # its word need known
    rules = Counted([plain])
    x = SimpleNamespace(row={"type": "AID"}, low=["with"], before=None, words=g.paragraph(["with"]))
    x.bits = g.trigger(None, x.words)
    g.select(rules, x)
    Counted.compared = 0
    for _ in range(5):      # five triggers of one paragraph
        g.select(rules, x)
    assert Counted.compared == 0
    rules.append(marked)    # seen at the next paragraph
    x.words = g.paragraph(["with"])
    x.bits = g.trigger(None, x.words)
    assert [r.__name__ for r, bits in g.select(rules, x) if bits & ~x.bits == 0] == ["plain", "marked"]
    Counted.compared = 0
    g.select(rules, x)
    assert Counted.compared == 0


def remembered_the_long_way(before: list[dict], parties: list[dict]) -> list[dict]:
    by_side = {(q.get("code") or q.get("country")): q for q in before}
    for p in parties:
        side = p.get("code") or p.get("country")
        by_side.pop(side, None)
        by_side[side] = p
    return list(by_side.values())[-RECENT:]


def test_the_kept_side_dict_orders_the_parties_as_a_new_one_did():
    rng = random.Random(9)
    ctx = DocumentContext()
    for n in range(80):
        parties = [{"name": f"P{n}.{k}", "code": rng.choice((None, f"C{rng.randrange(30)}")),
                    "country": rng.choice((None, f"K{rng.randrange(12)}"))} for k in range(rng.randrange(4))]
        expected = remembered_the_long_way(ctx.parties, parties)
        ctx._remember_parties(parties)
        assert ctx.parties == expected
        if n == 30:     # a list set anew (as from_dict does) is read again
            ctx.parties = ctx.parties[:3]
        if n == 50:     # ... and one changed in place
            ctx.parties.pop()
    assert list(ctx._sides.values()) == ctx.parties


def test_the_last_docs_table_is_its_own():
    nlp = spacy.blank("en")
    a, b = nlp("One two three"), nlp("Four five")
    assert token_table(a) is a.user_data["diplo_tokens"]
    assert lowers(b) == ["four", "five"]
    assert lowers(a) == ["one", "two", "three"]
    assert token_table(b) is b.user_data["diplo_tokens"] and token_table(b) is not token_table(a)
    assert text_of(b) == "Four five" and text_of(a) == "One two three"    # each its own, the last one asked or not
    assert token_table(a).whole == "One two three"


def test_a_kept_subject_answers_only_the_very_mentions_it_was_asked_of():
    calls = []

    @kept_per_doc
    def second(self, doc, ms, idx, lo, skip=frozenset(), at_verb=True, at_conjunction=False):
        calls.append(idx)
        return [ms[1]]

    doc = spacy.blank("en")("a b c")
    doc.user_data[KEPT_SUBJECTS] = {}
    a, b, c = (Mention(i, i + 1, i, i + 1, w, w, "ORG", None) for i, w in enumerate("abc"))
    twin = Mention(1, 2, 1, 2, "b", "b", "ORG", None)     # equal to b, another object
    assert second(None, doc, [a, b, c], 2, 0)[0] is b
    assert second(None, doc, [a, b, c], 2, 0)[0] is b and calls == [2]     # another list, the same mentions
    # the same number and ends, another mention inside: asked again
    assert second(None, doc, [a, twin, c], 2, 0)[0] is twin and calls == [2, 2]
    assert second(None, doc, [a, c], 3, 0)[0] is c and calls == [2, 2, 3]
