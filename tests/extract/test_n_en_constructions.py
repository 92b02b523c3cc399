"""English acts told by a construction rather than a plain verb (helper n-en): the act in
an adjunct ("after meeting X"), each tested on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides


def test_after_meeting_a_person_is_the_subjects_meeting(run):
    out = run(["Indian Foreign Minister Subrahmanyam Jaishankar said after meeting Chinese Foreign Minister "
               "Wang Yi that ties were improving."], lang="en")
    (meeting,) = events(out[0], "CONSULT")
    assert sides(meeting) == (["IND"], ["CHN"])


def test_after_meeting_an_obstacle_is_no_meeting(run):
    out = run(["The price of oil fell after meeting resistance at the market, Saudi Energy Minister "
               "Abdulaziz bin Salman said."], lang="en")
    assert events(out[0], "CONSULT") == []
