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
