"""Fourth English recall round (r-en4): shapes of English syntax that the read blind sets
showed lost, sorted by tests/tools/misses.py: a condition's reach (the clause it opens or
closes, not an act in another clause of the sentence); the subject of a verb after "and"
(not a name modifying the first verb's object, nor the addressee of "told"); a pronoun
joined to a subject ("he and the leaders of X signed")."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found as events

from streams.extract.events import readings, roles


def both(run, rule, paragraphs, kind):
    """(source names, target names) of the last paragraph's events of a type, with and without `rule`."""
    def acts():
        return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
                for e in run(paragraphs, lang="en")[-1]["events"] if e["type"] == kind]
    with_rule = acts()
    rules = roles.ROLE_RULES if rule in roles.ROLE_RULES else readings.READINGS
    at = rules.index(rule)
    rules.pop(at)
    try:
        return with_rule, acts()
    finally:
        rules.insert(at, rule)


def test_a_condition_after_a_reported_clause_is_that_clause_s(run):
    out = run(["Sudan has moved troops and tanks towards its border with Chad, as its army chief repeated "
               "that the country would keep the frontier open if possible."], lang="en")
    (move,) = events(out[0], "MOBILIZE")
    assert move["modality"] == "asserted" and codes(move["sources"]) == ["SDN"]


def test_a_condition_after_a_coordinated_report_does_not_reach_back(run):
    out = run(["Canada imposed sanctions on three Iranian officials over the crackdown on protesters, and its "
               "foreign minister said Ottawa would go further if Tehran kept detaining dual nationals."], lang="en")
    assert [e["modality"] for e in events(out[0], "COERCE")] == ["asserted"]


def test_a_condition_closed_before_a_time_adjunct_does_not_reach_into_it(run):
    out = run(["Hezbollah threatened to strike Israeli towns if the raids continued, a day after releasing "
               "two Israeli soldiers."], lang="en")
    assert [e["modality"] for e in events(out[0], "RETREAT")] == ["asserted"]


def test_a_condition_right_after_its_act_still_makes_it_hypothetical(run):
    out = run(["Japan will summon the Chinese ambassador if the incursions continue.",
               "If the talks fail, the United States will impose new sanctions on Iran."], lang="en")
    assert [e["modality"] for e in events(out[0], "ACCUSE")] == ["hypothetical"]
    # (a side's own coercive act under a condition before it is its threat: conditioned_coercion_threatens)
    assert not events(out[1], "SANCTION") and [e["modality"] for e in events(out[1], "THREATEN")] == ["asserted"]


def test_a_coordinated_verb_is_not_done_by_a_modifier_of_the_first_verb_s_object(run):
    out = run(["Iran's foreign ministry condemned joint U.S.-Israeli naval drills as a dangerous provocation "
               "and warned that Tehran would respond."], lang="en")
    (warning,) = events(out[0], "THREATEN")
    assert codes(warning["sources"]) == ["IRN"] and codes(warning["targets"]) == ["USA", "ISR"]


def test_pronoun_joined_to_subject(run):
    got, bare = both(run, roles.pronoun_joined_to_subject,
                     ["Albanese flew to Jakarta, where he and the leaders of Malaysia, Singapore and Brunei signed a "
                      "maritime pact."], "SUPPORT")
    assert [sources for sources, _ in got] == [["Anthony Albanese", "Malaysia", "Singapore", "Brunei"]]
    assert [sources for sources, _ in bare] == [["Malaysia", "Singapore", "Brunei"]]


def test_an_object_pronoun_before_and_joins_nobody(run):
    out = run(["Albanese thanked him and the leaders of Malaysia, Singapore and Brunei signed a maritime pact."],
              lang="en")
    (signing,) = [e for e in events(out[0], "SUPPORT") if e["trigger"]["text"].startswith("signed")]
    assert "AUS" not in codes(signing["sources"])


def test_a_coordinated_verb_is_not_done_by_the_addressee_of_a_verb_of_telling(run):
    out = run(["Russian Deputy Foreign Minister Andrei Rudenko told U.S. Ambassador Lynne Tracy that the strikes were "
               "unacceptable and demanded that Washington halt them."], lang="en")
    (demand,) = events(out[0], "REQUEST")
    assert codes(demand["sources"]) == ["RUS"] and codes(demand["targets"]) == ["USA"]


def test_act_of_absolute_clause(run):
    got, bare = both(run, readings.act_of_absolute_clause,
                     ["The EU imposed new sanctions on Russia on Friday, with Britain also freezing the assets of "
                      "Belarusian banks."], "SANCTION")
    assert got == [(["European Union"], ["Russia"]), (["United Kingdom"], ["Belarus"])]
    assert bare != got


def test_subject_of_absolute(run):
    got, bare = both(run, roles.subject_of_absolute,
                     ["Japan and Australia held joint naval drills on Monday, with Tokyo deploying two destroyers to "
                      "the Philippines."], "MOBILIZE")
    assert got[-1] == (["Japan"], ["Philippines"])
    assert bare[-1] != got[-1]


def test_an_absolute_clause_acting_on_nobody_named_reads_as_before(run):
    out = run(["Seoul and Tokyo opened a hotline on Monday, with Seoul deploying liaison officers."], lang="en")
    assert all(codes(e["sources"]) != ["KOR"] or e["targets"] for e in out[0]["events"])


def test_armed_people_nobody_names_act_when_a_modifier_leads_them(run):
    out = run(["Separatist rebels attacked a police post in the Cameroonian town of Bamenda on Sunday."], lang="en")
    (attack,) = events(out[0], "ASSAULT")
    assert attack["sources"] and codes(attack["targets"]) == ["CMR"]
