"""Accusations and condemnations as wire copy words them (ACCUSE): the accuser named after
"from"/"dari" in a nominal accusation, and a charge of responsibility inside reported words."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found

# Rows: the accuser after "from" / "dari" (voice passive: the actor after the marker acts)


def test_criticism_from_names_the_critic(run):
    out = run(["The new dam project drew strong criticism from Egypt on Monday."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "ACCUSE", "disapprove")] == [["EGY"]]

def test_criticism_from_the_body_names_the_body(run):
    out = run(["The arrests drew sharp criticism from the European Union."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "ACCUSE", "disapprove")] == [["EU"]]



def test_kecaman_datang_dari_names_the_critic(run):
    out = run(["Kecaman keras juga datang dari Brasil setelah serangan itu."], lang="id")
    assert [codes(e["sources"]) for e in found(out[0], "ACCUSE", "disapprove")] == [["BRA"]]


# Rows: responsibility charged in reported words (voice reported: the speaker accuses the subject)


def test_said_x_was_responsible_for_is_an_accusation_by_the_speaker(run):
    out = run(["Greek officials said Turkey was responsible for the collapse of the talks."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "allege")] \
        == [(["GRC"], ["TUR"])]


def test_said_x_was_behind_the_act_is_an_accusation_by_the_speaker(run):
    out = run(["Armenian officials said Azerbaijan was behind the attack on the border post."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "allege")] \
        == [(["ARM"], ["AZE"])]


def test_berada_di_balik_is_an_accusation_by_the_speaker(run):
    out = run(["Pakistan mengatakan India berada di balik serangan bom di Quetta."], lang="id")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "allege")] \
        == [(["PAK"], ["IND"])]


def test_must_be_held_accountable_in_reported_words_accuses(run):
    out = run(["The Dutch foreign minister said Iran must be held accountable for the downing of the airliner."],
              lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "allege")] \
        == [(["NLD"], ["IRN"])]


def test_hit_back_at_is_a_rebuke(run):
    out = run(["India hit back at Canada on Tuesday over the expulsions."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "disapprove")] \
        == [(["IND"], ["CAN"])]


# Readings: a charge in reported words whose subject names an act back (reported_charge)


def test_reported_charge_on_an_act_named_back_accuses_its_agent(run):
    out = run(["Azerbaijani troops shelled the village of Sotk on Monday. "
               "France said the attack violated the ceasefire."], lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "ACCUSE", "allege")] \
        == [(["FRA"], ["AZE"])]


# Roles: an act named back is not one told as the time of another (recall.answered, time_clause_markers)


def test_an_act_named_back_is_not_one_told_as_the_time_of_another(run):
    out = run(["Pasukan Rusia menggempur Kharkiv pada Senin malam, dua hari setelah Ukraina menembakkan drone ke "
               "Belgorod dan melukai tiga warga.", "Jerman mengecam serangan itu."], lang="id")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[1], "ACCUSE")] == [(["DEU"], ["RUS"])]
