"""q15-id: Indonesian wire copy as it is really worded (bracketed short forms after
titles, meetings named "antara" both sides, and the rows added for wire habits)."""

from __future__ import annotations


def events(result, kind=None):
    return [(e["type"], [a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]], e["modality"])
            for e in result["events"] if kind is None or e["type"] == kind]


def test_bracketed_short_form_after_a_title_keeps_the_person_whole(run):
    # "Perdana Menteri (PM) Australia Anthony Albanese": one person, so the subject is a pair
    [r] = run(["Presiden Prabowo Subianto dan Perdana Menteri (PM) Australia Anthony Albanese "
               "mengadakan pertemuan di Sydney, Senin."])
    assert events(r, "CONSULT") == [("CONSULT", ["Prabowo Subianto", "Anthony Albanese"], [], "asserted")]


def test_bracketed_short_form_is_not_a_back_reference_to_the_other_minister(run):
    [r] = run(["Menteri Pertahanan (Menhan) Sjafrie Sjamsoeddin menerima kunjungan Menteri Pertahanan "
               "(Menhan) Jepang Gen Nakatani di Jakarta."])
    assert events(r, "CONSULT") == [("CONSULT", ["Gen Nakatani"], ["Sjafrie Sjamsoeddin"], "asserted")]


def test_bracketed_short_form_after_the_country(run):
    [r] = run(["Presiden Republik Rakyat Tiongkok (RRT) Xi Jinping menerima kunjungan Presiden Prabowo "
               "Subianto di Beijing."])
    assert events(r, "CONSULT") == [("CONSULT", ["Prabowo Subianto"], ["Xi Jinping"], "asserted")]


def test_marker_right_after_the_meeting_noun_makes_both_sides_parties(run):
    [r] = run(["Pertemuan bilateral antara Menlu Sugiono dan Menlu India Subrahmanyam Jaishankar "
               "berlangsung di New Delhi."])
    assert events(r, "CONSULT") == [("CONSULT", ["Sugiono", "Subrahmanyam Jaishankar"], [], "asserted")]
