"""Who did what to whom in English wire copy (helper q16-en-actors): each rule on a sentence of its own."""

from __future__ import annotations

from event_checks import found as events
from event_checks import sides as roles


def test_a_long_dateline_is_no_part_of_the_first_sentence(run):
    out = run(["ZAPORIZHZHIA, Ukraine, Dec 3 (Reuters) - A missile strike on a bus station in Zaporizhzhia "
               "killed five people on Wednesday."], lang="en")
    (strike,) = events(out[0], "ASSAULT")
    assert roles(strike) == ([], ["UKR"])


def test_a_force_noun_after_the_doer_named_keeps_its_doer(run):
    out = run(["A Russian glide bomb struck a school in Kramatorsk, wounding a teacher."], lang="en")
    assert [roles(e) for e in events(out[0], "ASSAULT")] == [(["RUS"], ["UKR"])]
