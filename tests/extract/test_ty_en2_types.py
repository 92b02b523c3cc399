"""English wire copy whose type the object or a nearby word decides (ty-en2): a loan or credit frozen is
aid withheld, data shared is cooperation, forces put on standby or ordered into a place mobilized, a strike
called with two adjectives a labour strike, a vow of what it vows (fighting on threatens), an adverb
between a verb and its "to" no bar to it, relief shipped in the base form aid, a base handed over under
its long name a withdrawal, an undertaking to act a pledge."""

from __future__ import annotations

from event_checks import event_sides, found


def test_loan_or_facility_withheld_is_a_sanction(run):
    """"has frozen a $400 million loan", "suspended a credit facility": aid withheld, not aid given."""
    out = run(["The Asian Development Bank has frozen a $300 million loan for Laos pending an audit.",
               "Japan suspended a 50 billion yen credit facility for Myanmar after the coup.",
               "The IMF approved a $1 billion loan for Pakistan on Friday."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["ADB"], ["LAO"])]
    assert found(out[0], "AID") == []
    assert event_sides(out[1], "SANCTION") == [(["JPN"], ["MMR"])]
    assert found(out[2], "SANCTION") == [] and found(out[2], "AID")


def test_data_shared_is_cooperation(run):
    """Intelligence or data shared, exchanged or pooled, whatever its kind ("radar data", "shipment data"),
    is security cooperation (064); information withheld is not."""
    out = run(["Kenyan and Ugandan police have begun sharing fingerprint data on smugglers.",
               "Chile and Peru will exchange real-time flight data under the accord.",
               "The ministry shared no information with reporters."], lang="en")
    assert event_sides(out[0], "COOPERATE") == [(["KEN", "UGA"], [])]
    assert [e["modality"] for e in out[1]["events"] if e["type"] == "COOPERATE"] == ["planned"]
    assert found(out[2], "COOPERATE") == []


def test_forces_readied_or_sent_in_are_mobilized(run):
    """"put the armed forces on standby" readies forces (152); "ordered 5,000 extra officers into the
    capital" sends them in (154), a count and an adjective between; staff on standby are no forces."""
    out = run(["Kenyan President William Ruto put the armed forces on standby on Monday.",
               "Kenyan President William Ruto ordered 5,000 extra officers into the capital.",
               "The hospital put its staff on standby."], lang="en")
    assert [e["cameo"] for e in out[0]["events"] if e["type"] == "MOBILIZE"] == ["152"]
    assert [e["cameo"] for e in out[1]["events"] if e["type"] == "MOBILIZE"] == ["154"]
    assert found(out[2], "MOBILIZE") == []


def test_strike_called_with_two_adjectives_is_labour(run):
    """"called an indefinite general strike": a labour strike announced, however many adjectives name it."""
    out = run(["Nigerian labour unions declared a fresh nationwide strike over the fuel price.",
               "Unions in France called an indefinite general strike from Monday."], lang="en")
    for got in out:
        assert [e["modality"] for e in got["events"] if e["type"] == "PROTEST"] == ["planned"]
        assert found(got, "ASSAULT") == []


def test_vow_takes_the_type_of_what_it_vows(run):
    """A vow to go on fighting ("keep up its resistance", "press on with the offensive", "fight on") threatens
    force; a vow to go on protesting is a protest planned; neither is a pledge (AGREE)."""
    out = run(["The Houthis vowed to keep up their resistance against American warships.",
               "Sudan's army chief vowed to press on with the offensive in Darfur.",
               "The M23 rebels vowed to fight on against the Congolese army.",
               "Kenyan teachers vowed to continue their strike until the government pays them."], lang="en")
    for got in out[:3]:
        assert len(found(got, "THREATEN")) == 1 and found(got, "AGREE") == []
    assert [e["modality"] for e in out[3]["events"] if e["type"] == "PROTEST"] == ["planned"]
    assert found(out[3], "AGREE") == []


def test_adjunct_between_verb_and_its_infinitive(run):
    """"agreed last year to", "declined, however, to": a time or linking adverb between the verb and its
    "to" leaves the agreement or the refusal; a share price that "declined last week to a low" refuses nothing."""
    out = run(["Egypt and Sudan agreed last year to deepen security cooperation.",
               "Guyana declined, however, to withdraw its troops from the island.",
               "Russia refused again to extend the grain deal with Ukraine.",
               "Kenya's shilling declined last week to a record low."], lang="en")
    assert event_sides(out[0], "AGREE") == [(["EGY", "SDN"], [])]
    assert [s for s, _ in event_sides(out[1], "REJECT")] == [["GUY"]]
    assert [s for s, _ in event_sides(out[2], "REJECT")] == [["RUS"]]
    assert found(out[3], "REJECT") == []


def test_relief_shipped_in_its_base_form(run):
    """"would ship fuel", "will send a humanitarian convoy": aid planned in the verb's base form too."""
    out = run(["Peru said it would ship fuel and medicine to Bolivia.",
               "Kenya will send a humanitarian convoy to Somalia."], lang="en")
    assert event_sides(out[0], "AID") == [(["PER"], ["BOL"])]
    assert [e["modality"] for e in out[1]["events"] if e["type"] == "AID"] == ["planned"]


def test_named_base_handed_over_is_a_withdrawal(run):
    """A base handed over under its several-word name ("the Ain al-Asad air base") is ground given up;
    documents handed over at a base are not."""
    out = run(["French troops handed over the Port-Bouet military base to the Ivorian army on Friday.",
               "Police handed over the documents seized at the base to prosecutors."], lang="en")
    assert [s for s, _ in event_sides(out[0], "RETREAT")] == [["FRA"]]
    assert found(out[1], "RETREAT") == []


def test_undertaking_to_is_a_pledge(run):
    """"with Belarus undertaking to release the lorries", "gave an undertaking to": the pledge in its -ing
    and noun forms."""
    out = run(["The talks ended with Armenia undertaking to reopen the road to Azerbaijan."], lang="en")
    assert [s for s, _ in event_sides(out[0], "AGREE")] == [["ARM"]]
