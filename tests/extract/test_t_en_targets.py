"""English targets (t-en): the object of an act is not taken from a clause joined after it by
", and" with a verb of its own; a release keeps whose people it frees; a pronoun after an object
inside the trigger opens a relative clause; whom parties pledge to together is no venue; a bare
body after "that" is a subject (actors.home); a state company is its state (countries.jsonl); the
subject of "stepped up", "intensified" … an act noun does the act (grammar light_verbs); a trigger
with a verb of its own after ", and" shares no verb with the act before; a coded group owned by its
country ("Yemen's Houthis") is the subject of the verbs coordinated after it."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events


def test_no_object_from_a_clause_joined_after_the_act(run):
    # (far_object: the demand's object is not the mayor's addressee)
    out = run(["The Israeli army demanded that residents leave the area, and the mayor urged the European "
               "Union to step in."], lang="en")
    assert all("EU" not in codes(e["targets"]) for e in events(out[0], "REQUEST")
               if e["trigger"]["text"].startswith("demanded"))


def test_no_inferred_object_from_a_clause_joined_after_the_act(run):
    # (recall.other_side: nor is it the party inferred for an act with no object named)
    out = run(["Chinese vessels blocked the supply mission, and the governor asked the United States to help."],
              lang="en")
    (block,) = events(out[0], "COERCE")
    assert "USA" not in codes(block["targets"])


def test_captives_handed_to_a_go_between_are_released_to_their_state(run):
    # (receiver_of_handover: the mediators receive them; the release is to the pilots' state)
    out = run(["The Houthis handed over two Saudi pilots to Omani mediators on Friday."], lang="en")
    (release,) = events(out[0], "RETREAT")
    assert codes(release["targets"]) == ["SAU"]


def test_a_pronoun_after_an_object_inside_the_trigger_is_no_object(run):
    # (object_pronoun: "it had seized" is a relative clause on the boat, its subject the releaser)
    out = run(["Indonesian police arrested a smuggler with help from Australia, and Myanmar released a Thai "
               "fishing boat it had seized in May."], lang="en")
    (release,) = events(out[0], "RETREAT")
    assert codes(release["targets"]) == ["THA"]


def test_whom_parties_pledge_to_together_is_no_venue(run):
    # (place_of_joint_act: "to Sudan" names who gets the aid, "in Kuala Lumpur" where they met)
    out = run(["Norway and Denmark pledged 500 million kroner in humanitarian aid to Sudan on Tuesday.",
               "Thailand and Cambodia held talks in Kuala Lumpur on Monday."], lang="en")
    (pledge,) = events(out[0], "AGREE")
    assert codes(pledge["targets"]) == ["SDN"]
    (talks,) = events(out[1], "CONSULT")
    assert talks["targets"] == []


def test_a_bare_body_after_that_is_the_subject_of_its_clause(run):
    # (actors.home._stands_bare: "that the government release" is the dateline state's government)
    out = run(["TUNIS (Reuters) - The European Union demanded that the government release the detained "
               "journalists."], lang="en")
    (ask,) = events(out[0], "REQUEST")
    assert codes(ask["targets"]) == ["TUN"]


def test_a_state_company_stands_for_its_state(run):
    # (countries.jsonl abbreviations: the big state energy companies are their states' bodies)
    out = run(["The European Union imposed sanctions on Gazprom and Sinopec on Friday."], lang="en")
    (sanction,) = events(out[0], "SANCTION")
    assert set(codes(sanction["targets"])) == {"RUS", "CHN"}


def test_who_intensifies_an_act_does_it(run):
    # (grammar light_verbs: "intensified its bombardment" is the bombardment's verb, its subject the doer)
    out = run(["Syrian officials say Israel has intensified its bombardment of army depots."], lang="en")
    (hit,) = events(out[0], "ASSAULT")
    assert codes(hit["sources"]) == ["ISR"] and codes(hit["targets"]) == ["SYR"]


def test_a_trigger_with_its_own_verb_after_and_shares_no_verb(run):
    # (words.shares_verb: ", and Israeli warplanes struck" opens a clause; the act before's sides are not its)
    out = run(["Hezbollah fired rockets at Israel, and Israeli warplanes struck targets in Lebanon."], lang="en")
    hits = events(out[0], "ASSAULT")
    assert [codes(e["sources"]) for e in hits] == [["HEZBOLLAH"], ["ISR"]]


def test_a_coded_group_owned_by_its_country_speaks_after_and(run):
    # (clauses first_subject: "Lebanon's Hezbollah … and said" is Hezbollah's report, not Lebanon's)
    out = run(["Lebanon's Hezbollah fired rockets at northern Israel and said it would keep up the attacks."],
              lang="en")
    assert [q["speaker"]["name"] for q in out[0]["quotes"]] == ["Hezbollah"]
    assert all(codes(e["sources"]) == ["HEZBOLLAH"] for e in out[0]["events"])
