"""The sd-en3 changes (English sides wrong or missing), each on sentences of its own."""

from __future__ import annotations

from streams.extract.events import roles
from test_r_actors import both   # (sources, targets, modality) of a type, with and without a role rule


def test_answer_to_own_people(run):
    # The state where the story stands yields (or refuses to) to its own street: it acts on itself.
    got, bare = both(run, roles.answer_to_own_people,
                     ["LIMA (Reuters) - The president said he would not bow to the protesters."], "en", "REJECT")
    assert [t for _, t, _ in got] == [["PER"]] and got != bare
    got, _ = both(run, roles.answer_to_own_people,
                  ["LIMA (Reuters) - Peru's government scrapped a tax on diesel demanded by striking truckers."],
                  "en", "CONCEDE")
    assert [t for _, t, _ in got] == [["PER"]]
    # A promise with no party but its own named in the paragraph: the state's own business.
    got, bare = both(run, roles.answer_to_own_people,
                     ["LIMA (Reuters) - Farmers blocked roads for a week. The president promised to hold early "
                      "elections next year."], "en", "AGREE")
    assert [t for _, t, _ in got] == [["PER"]] and got != bare
    # Not a noun refused ("rejected calls"): most often another party's.
    got, _ = both(run, roles.answer_to_own_people,
                  ["LIMA (Reuters) - The president rejected calls for early elections."], "en", "REJECT")
    assert [t for _, t, _ in got] != [["PER"]]
    # Not a state the story is not set in, nor people a party is named for.
    got, _ = both(run, roles.answer_to_own_people,
                  ["LIMA (Reuters) - Chile's president said he would not bow to the protesters."], "en", "REJECT")
    assert [t for _, t, _ in got] != [["CHL"]]
    got, _ = both(run, roles.answer_to_own_people,
                  ["LIMA (Reuters) - The president said he would not bow to Bolivian farmers."], "en", "REJECT")
    assert [t for _, t, _ in got] != [["PER"]]


def test_a_dissenter_named_as_such_may_charge_their_own_state(run):
    # "opposition leader X" stands against his state: its government is his act's target, not his own side.
    doc = run(["NAIROBI, May 2 (Reuters) - Opposition leader Amos Kariuki accused the government of persecution."],
              lang="en")
    assert [([a["name"] for a in e["sources"]], [a["country"] for a in e["targets"]])
            for e in doc[-1]["events"] if e["type"] == "ACCUSE"] == [(["Amos Kariuki"], ["KEN"])]
