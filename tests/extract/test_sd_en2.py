"""The sd-en2 rules (the right type with the wrong or missing side, English first), each on sentences of its own,
with the rule and without it where the rule is in ROLE_RULES."""

from __future__ import annotations



def _sides(run, paragraphs, kind, lang="en"):
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in run(paragraphs, lang=lang)[-1]["events"] if e["type"] == kind]


def test_leader_protested(run):
    # A leader of the protesters' own state, named after the act of the street, is whom they protest against.
    assert _sides(run, ["Chilean dockworkers staged a general strike against President Gabriel Boric's pension "
                        "reform."], "PROTEST") == [(["Chile"], ["Gabriel Boric"])]
    assert _sides(run, ["Ribuan buruh Argentina mogok menentang kebijakan Presiden Javier Milei."], "PROTEST",
                  "id") == [(["buruh Argentina"], ["Javier Milei"])]
    # One who leads them ("led by") is of their side.
    assert all("Raila Odinga" not in targets for _, targets in _sides(
        run, ["Thousands of Kenyans marched in Nairobi on Sunday, led by opposition leader Raila Odinga."],
        "PROTEST"))
