"""English patterns read from the second and third blind sets (b2, b3), each on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides as roles


def test_own_people_past_a_second_weapon(run):
    """own_people: the protesters stand past a second weapon ("tear gas and rubber bullets at protesters")."""
    out = run(["Peruvian police fired tear gas and rubber bullets at protesters in Cusco on Friday."], lang="en")
    (force,) = events(out[0], "ASSAULT")
    assert roles(force) == (["PER"], ["PER"])


def test_own_people_past_a_count(run):
    """own_people: the people acted on come after a count and a modifier ("at hundreds of young demonstrators")."""
    out = run(["Bolivian riot police fired tear gas at hundreds of young demonstrators in La Paz."], lang="en")
    (force,) = events(out[0], "ASSAULT")
    assert roles(force) == (["BOL"], ["BOL"])


def test_jailed_after_a_count_modifies_people(run):
    """unless_prev_number: "12 jailed gang leaders" names people held, no arrest of theirs."""
    out = run(["Colombia flew 12 jailed gang leaders to Washington on Friday."], lang="en")
    assert events(out[0], "COERCE") == []


def test_jailed_after_an_owner_modifies_people(run):
    """unless_prev "'s": "Hezbollah's jailed commander" names a person held, no arrest by Hezbollah."""
    out = run(["Hezbollah's jailed commander Ali Musa, 60, who called on the group last year to disarm, "
               "said the fight was over."], lang="en")
    assert events(out[0], "COERCE") == []


def test_jailed_with_its_object_still_an_arrest(run):
    """The row still reads a finite "jailed" with its object as an arrest."""
    out = run(["Belarusian authorities jailed two Lithuanian journalists on Monday."], lang="en")
    assert [e["mode"] for e in events(out[0], "COERCE")] == ["arrest"]


def test_a_seat_owned_by_another_state_is_that_states_body(run):
    """national_bodies: "Nepal's Foreign Office" is Nepal's ministry, not the British seat of that name."""
    out = run(["Nepal's Foreign Office condemned the Indian decision on Monday."], lang="en")
    (blame,) = events(out[0], "ACCUSE")
    assert roles(blame)[0] == ["NPL"]


def test_the_seat_alone_keeps_its_state(run):
    """national_bodies: "the Foreign Office" with no other owner stays Britain's."""
    out = run(["The Foreign Office condemned the Iranian decision on Monday."], lang="en")
    (blame,) = events(out[0], "ACCUSE")
    assert roles(blame)[0] == ["GBR"]


def test_the_owners_after_embassies_of_stay_one_group(run):
    """collective heads "embassies", "those": "the embassies of A, B and C" keeps A among the sources."""
    out = run(["Foreign embassies, including those of Norway, Sweden and Denmark, urged Serbian authorities "
               "to release the activists."], lang="en")
    (ask,) = events(out[0], "REQUEST")
    assert roles(ask)[0] == ["NOR", "SWE", "DNK"]
