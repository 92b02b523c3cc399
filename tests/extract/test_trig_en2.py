"""English trigger rows for wordings no row covered (brief trig-en2: CONSULT, SANCTION, ACCUSE, SUPPORT,
AGREE, AID, REQUEST, REJECT), one sentence of my own each, and the near sentences each row must leave alone."""

from __future__ import annotations


def coded(run, text: str) -> list[tuple]:
    """(type, mode, source codes, target codes) of each event of one English sentence."""
    return [(e["type"], e["mode"], [a.get("country") or a.get("code") or a["name"] for a in e["sources"]],
             [a.get("country") or a.get("code") or a["name"] for a in e["targets"]])
            for e in run([text], lang="en")[0]["events"]]


def types(run, text: str) -> list[str]:
    return [t for t, *_ in coded(run, text)]


# SANCTION

def test_ended_an_agreement_with(run):
    text = "Mali ended a security agreement with Russia on Friday."
    assert coded(run, text) == [("SANCTION", "withdraw", ["MLI"], ["RUS"])]
    assert "SANCTION" not in types(run, "The fighting between Mali and the rebels ended with a peace agreement.")


def test_designated_entities(run):
    text = "The U.S. Treasury designated five Iranian shipping firms on Thursday."
    assert coded(run, text) == [("SANCTION", None, ["USA"], ["IRN"])]


def test_gave_diplomats_time_to_leave(run):
    text = "Poland gave three Belarusian diplomats 72 hours to leave the country."
    assert coded(run, text) == [("SANCTION", "expel", ["POL"], ["BLR"])]
    assert "SANCTION" not in types(run, "Israel gave residents of the camp two hours to leave.")


def test_suspended_from_the_bloc(run):
    text = "ECOWAS suspended Mali from the bloc after the coup."
    assert coded(run, text) == [("SANCTION", None, ["ECOWAS"], ["MLI"])]


# ACCUSE

def test_conveyed_concerns_to(run):
    text = "Australia conveyed its concerns to China over the arrest of a journalist."
    assert coded(run, text) == [("ACCUSE", "disapprove", ["AUS"], ["CHN"])]


# CONSULT

def test_consulting_closely_with(run):
    text = "Japan said it was consulting closely with Washington on the missile launch."
    assert coded(run, text) == [("CONSULT", None, ["JPN"], ["USA"])]


def test_due_in_a_capital(run):
    text = "French President Emmanuel Macron is due in Jakarta on Wednesday."
    assert [(e["type"], e["modality"]) for e in run([text], lang="en")[0]["events"]] == [("CONSULT", "planned")]
    assert types(run, "A ruling is expected in March.") == []


def test_tour_of(run):
    text = "German Chancellor Olaf Scholz began a tour of West Africa in Senegal on Sunday."
    assert coded(run, text)[0][:2] == ("CONSULT", "visit")


# SUPPORT, AGREE, REJECT, AID

def test_sided_with(run):
    text = "Hungary sided with Russia in the dispute over gas transit."
    assert coded(run, text) == [("SUPPORT", None, ["HUN"], ["RUS"])]
    assert "SUPPORT" not in types(run, "Serbia accused Croatia of siding with Kosovo.")


def test_came_out_in_support_of(run):
    text = "Brazil came out in support of Venezuela's bid to join the bloc."
    assert coded(run, text) == [("SUPPORT", None, ["BRA"], ["VEN"])]


def test_offered_emergency_aid(run):
    text = "Japan offered emergency aid to Turkey after the earthquake."
    assert coded(run, text) == [("AGREE", None, ["JPN"], ["TUR"])]


def test_rebuffed_calls(run):
    text = "Israel rebuffed international calls for a truce in Lebanon."
    assert types(run, text) == ["REJECT"]


def test_evacuated_wounded(run):
    text = "The ICRC evacuated 25 wounded fighters to hospitals in Goma."
    assert types(run, text) == ["AID"]
    assert "AID" not in types(run, "Turkey evacuated its citizens from Lebanon.")


def test_took_to_task(run):
    text = "Washington took Beijing to task over its currency policy."
    assert coded(run, text) == [("ACCUSE", "disapprove", ["USA"], ["CHN"])]


def test_called_out_for(run):
    text = "Seoul called out Tokyo for the textbook revisions."
    assert coded(run, text) == [("ACCUSE", "disapprove", ["KOR"], ["JPN"])]
    assert "ACCUSE" not in types(run, "Peru called out troops for the border crisis.")


def test_balked_at(run):
    assert coded(run, "Austria balked at the EU's migration plan.") == [("REJECT", None, ["AUT"], ["EU"])]


def test_shot_down_a_proposal(run):
    assert coded(run, "Egypt shot down the Israeli proposal on Monday.") == [("REJECT", None, ["EGY"], ["ISR"])]
    assert "REJECT" not in types(run, "The Houthis shot down a U.S. drone over Yemen.")


def test_opposed_a_text(run):
    assert types(run, "Russia opposed the draft resolution on Syria.") == ["REJECT"]


def test_said_no_and_deaf_ear(run):
    assert coded(run, "Beijing said no to the Japanese proposal.") == [("REJECT", None, ["CHN"], ["JPN"])]
    assert types(run, "Iran turned a deaf ear to the IAEA's demands.") == ["REJECT"]


def test_acceded_to_a_treaty(run):
    assert types(run, "Armenia acceded to the Rome Statute in February.") == ["SUPPORT"]
    # (acceding to demands is yielding: CONCEDE, trig-en1's row; never a SUPPORT)
    assert "SUPPORT" not in types(run, "Ukraine acceded to the demands of the protesters.")


def test_vouched_for(run):
    assert coded(run, "The United States vouched for Israel's commitment to the truce.")[:1] == [
        ("SUPPORT", None, ["USA"], ["ISR"])]


def test_signed_up_to(run):
    assert types(run, "Russia signed up to the grain deal.") == ["SUPPORT"]


def test_gave_assurances(run):
    text = "The Taliban gave assurances to Pakistan that militants would not use Afghan soil."
    assert coded(run, text)[0] == ("AGREE", None, ["TALIBAN"], ["PAK"])


def test_assured_that_it_would(run):
    text = "Kabul assured Islamabad that it would act against the militants."
    assert coded(run, text)[0] == ("AGREE", None, ["AFG"], ["PAK"])


def test_agreed_in_principle(run):
    assert types(run, "Iran agreed in principle to the proposal.") == ["AGREE"]


def test_will_not_recognise_or_sign(run):
    text = "Serbia said it would never recognise the independence of Kosovo."
    assert types(run, text) == ["REJECT"]
    assert types(run, "Serbia would never recognise Kosovo.") == ["REJECT"]


def test_will_not_accept_terms(run):
    assert types(run, "Iran said it would not accept any change to the borders.") == ["REJECT"]
    assert types(run, "Canada said it will never accept foreign interference.") == []


def test_turned_away_flights(run):
    text = "Venezuela turned away two U.S. deportation flights on Sunday."
    assert coded(run, text) == [("REJECT", None, ["VEN"], ["USA"])]


# nominalisations

def test_suspension_of_aid(run):
    text = "The EU's suspension of aid to Niger followed the coup."
    assert coded(run, text) == [("SANCTION", "discontinue", ["EU"], ["NER"])]
    assert types(run, "The suspension of aid hurt families in Gaza.") == []


def test_recognition_of(run):
    text = "Kenya's recognition of Kosovo angered Serbia."
    assert coded(run, text) == [("SUPPORT", None, ["KEN"], ["XKX"])]


def test_stopover_in(run):
    text = "Australian Prime Minister Anthony Albanese made a stopover in Jakarta on Friday."
    assert coded(run, text) == [("CONSULT", "visit", ["AUS"], ["IDN"])]
    assert types(run, "The attacks stopped in March.") == []
