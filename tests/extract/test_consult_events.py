"""Meetings, hosting, requests, pledges and backing (CONSULT, AGREE, SUPPORT,
REQUEST) as wire copy words them: the visitor is the source of a visit and the
host its target; the one who asks, pledges or backs is the source."""

from __future__ import annotations

from event_checks import found, one


def names(actors):
    return [a["name"] if a["type"] == "PERSON" else (a["country"] or a["code"]) for a in actors]


def test_visitor_received_by_host_is_the_source(run):
    e = one(run, "Pakistani Prime Minister Shehbaz Sharif was hosted by Iranian President Masoud Pezeshkian "
                 "in Tehran on Monday.", "CONSULT")
    assert names(e["sources"]) == ["Shehbaz Sharif"] and names(e["targets"]) == ["Masoud Pezeshkian"]


def test_welcomed_visitor_to_a_place_visitor_is_the_source(run):
    e = one(run, "Indonesian Foreign Minister Sugiono welcomed Australian Foreign Minister Penny Wong to Jakarta "
                 "on Tuesday.", "CONSULT")
    assert names(e["sources"]) == ["Penny Wong"] and names(e["targets"]) == ["Sugiono"]


def test_welcomed_a_decision_to_is_no_visit(run):
    out = run(["France welcomed Germany's plan to join the mission."], lang="en")[0]
    assert not found(out, "CONSULT")


def test_was_also_received_by_an_adverb_inside_the_passive(run):
    e = one(run, "Egyptian intelligence chief Hassan Rashad was also received by Turkish President "
                 "Tayyip Erdogan on Sunday.", "CONSULT")
    assert names(e["sources"]) == ["Hassan Rashad"] and names(e["targets"]) == ["Tayyip Erdogan"]


def test_talks_between_two_leaders_both_take_part(run):
    e = one(run, "Talks between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping in Kazan "
                 "were their first formal meeting in five years.", "CONSULT")
    assert set(names(e["sources"])) == {"Narendra Modi", "Xi Jinping"}


def test_recognised_the_results_supports_the_country_named(run):
    e = one(run, "The European Union recognised the results of Moldova's presidential election on Monday.",
            "SUPPORT")
    assert names(e["sources"]) == ["EU"] and names(e["targets"]) == ["MDA"]


def test_vowed_to_any_act_is_a_pledge(run):
    e = one(run, "Sudanese army chief Abdel Fattah al-Burhan vowed to open more border crossings for aid.", "AGREE")
    assert names(e["sources"]) == ["Abdel Fattah al-Burhan"]


def test_vowed_to_hit_back_is_no_pledge(run):
    out = run(["Iran vowed to hit back at Israel."], lang="en")[0]
    assert not found(out, "AGREE")


def test_host_received_a_named_visitor(run):
    e = one(run, "Japanese Prime Minister Shigeru Ishiba received Vietnamese Prime Minister Pham Minh Chinh "
                 "in Tokyo.", "CONSULT")
    assert names(e["sources"]) == ["Pham Minh Chinh"] and names(e["targets"]) == ["Shigeru Ishiba"]


def test_received_a_country_s_decision_is_no_visit(run):
    out = run(["Jordanian King Abdullah welcomed Saudi Arabia's decision on the border."], lang="en")[0]
    assert not found(out, "CONSULT")


def test_meeting_in_a_time_adjunct_is_the_clause_subject_s(run):
    out = run(["U.S. Secretary of State Marco Rubio flew to Panama on Sunday.",
               "Panamanian President Jose Raul Mulino told reporters after a meeting with Rubio that the talks "
               "had been respectful."], lang="en")
    e = [e for e in found(out[1], "CONSULT")][0]
    assert names(e["sources"]) == ["Jose Raul Mulino"] and names(e["targets"]) == ["Marco Rubio"]


def test_fronted_phrase_names_the_act_of_the_subject_after_the_comma(run):
    e = one(run, "In a phone call with Saudi Crown Prince Mohammed bin Salman, Iranian President Masoud Pezeshkian "
                 "discussed tensions in the Gulf.", "CONSULT")
    assert names(e["sources"]) == ["Masoud Pezeshkian"] and names(e["targets"]) == ["Mohammed bin Salman"]


def test_pushed_a_party_to_act_is_a_request_of_it(run):
    e = one(run, "Brazil pushed Venezuela to publish the election results.", "REQUEST")
    assert names(e["sources"]) == ["BRA"] and names(e["targets"]) == ["VEN"]


def test_costs_pushed_the_government_to_is_no_request(run):
    out = run(["Rising costs pushed the government to raise prices."], lang="en")[0]
    assert not found(out, "REQUEST")


def test_sought_a_party_s_help_asks_that_party(run):
    e = one(run, "Poland sought Germany's help to secure its border.", "REQUEST")
    assert names(e["sources"]) == ["POL"] and names(e["targets"]) == ["DEU"]


def test_talks_between_two_parties_hosted_by_a_third_are_theirs(run):
    e = one(run, "Saudi Crown Prince Mohammed bin Salman hosted talks between Russia and Ukraine in Jeddah.",
            "CONSULT", mode="meet")
    assert set(names(e["sources"])) == {"RUS", "UKR"} and not e["targets"]


def test_signed_on_to_a_declaration_backs_it(run):
    e = one(run, "Chile signed on to the declaration with Peru.", "SUPPORT")
    assert names(e["sources"]) == ["CHL"]


def test_recognised_a_party_as_a_state(run):
    e = one(run, "Spain formally recognised Palestine as a state on Tuesday.", "SUPPORT")
    assert names(e["sources"]) == ["ESP"] and names(e["targets"]) == ["PSE"]


def test_an_act_requested_by_a_party_is_its_request(run):
    e = one(run, "Israel agreed to a pause in fighting requested by Egypt.", "REQUEST")
    assert names(e["sources"]) == ["EGY"] and names(e["targets"]) == ["ISR"]


def test_a_request_does_not_make_the_next_request_hypothetical(run):
    out = run(["Indonesia meminta Israel menghentikan serangan ke Gaza dan mendesak Dewan Keamanan PBB segera "
               "bertindak."], lang="id")[0]
    assert [e["modality"] for e in found(out, "REQUEST")] == ["asserted", "asserted"]


def test_host_received_a_visitor_named_by_surname(run):
    out = run(["French President Emmanuel Macron and Ukrainian President Volodymyr Zelenskiy spoke on Sunday.",
               "Macron received Zelenskiy at the Elysee Palace."], lang="en")
    e = found(out[1], "CONSULT")[0]
    assert names(e["sources"]) == ["Volodymyr Zelenskiy"] and names(e["targets"]) == ["Emmanuel Macron"]


def test_backed_a_party_s_proposal_supports_that_party(run):
    e = one(run, "France backed Germany's proposal for a joint fund.", "SUPPORT")
    assert names(e["sources"]) == ["FRA"] and names(e["targets"]) == ["DEU"]


def test_committed_themselves_to_is_a_pledge(run):
    e = one(run, "Britain and France committed themselves to defending Ukraine.", "AGREE")
    assert set(names(e["sources"])) == {"GBR", "FRA"}


def test_gave_its_blessing_to_is_support(run):
    e = one(run, "Hungary gave final approval to Sweden's NATO membership.", "SUPPORT")
    assert names(e["sources"]) == ["HUN"] and "SWE" in names(e["targets"])


def test_endorsed_an_agreement_is_support_without_a_named_object(run):
    e = one(run, "India endorsed the new deal on Tuesday.", "SUPPORT")
    assert names(e["sources"]) == ["IND"]


def test_talked_to_a_leader_by_telephone_is_a_call(run):
    e = one(run, "Japanese Prime Minister Shigeru Ishiba talked to U.S. President Donald Trump by telephone.",
            "CONSULT", mode="phone")
    assert names(e["sources"]) == ["Shigeru Ishiba"] and names(e["targets"]) == ["Donald Trump"]



def test_who_hosts_talks_between_others_is_not_their_host(run):
    # Hosting talks is hosting the parties' meeting, not a visit to the host.
    out = run(["Oman hosted talks between Iran and the United States in Muscat on Saturday."], lang="en")[0]
    assert not found(out, "CONSULT", "visit")
    e = one(run, "Oman hosted talks between Iran and the United States in Muscat on Saturday.", "CONSULT",
            mode="meet")
    assert [a["country"] for a in e["sources"]] == ["IRN", "USA"]


def test_meeting_noun_beside_a_verb_of_meeting_is_one_meeting(run):
    out = run(["Menteri Luar Negeri Vietnam, dalam pertemuan terpisah, menerima Menlu Sugiono di Hanoi."],
              lang="id")[0]
    consult = found(out, "CONSULT")
    assert len(consult) == 1 and consult[0]["trigger"]["text"].startswith("menerima")


def test_meeting_noun_after_the_verb_names_the_same_meeting(run):
    out = run(["Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo, Rabu, "
               "dalam pertemuan pertama keduanya tahun ini."], lang="id")[0]
    consult = found(out, "CONSULT")
    assert len(consult) == 1 and consult[0]["trigger"]["text"].startswith("bertemu")


def test_meeting_noun_in_a_journey_stays_beside_the_visit(run):
    out = run(["Presiden Prabowo Subianto tiba di Canberra, Senin, untuk kunjungan kerja yang diisi pertemuan "
               "tertutup dengan Perdana Menteri Australia Anthony Albanese."], lang="id")[0]
    assert any(e["trigger"]["text"].startswith("pertemuan") for e in found(out, "CONSULT"))


def test_meeting_an_offer_puts_forward_is_not_held(run):
    """offered_meeting: 'tawaran X untuk menggelar perundingan' is the offer's, no CONSULT of its own."""
    out = run(["Korea Utara menolak tawaran Seoul untuk menggelar perundingan militer."], lang="id")[0]
    assert not found(out, "CONSULT") and found(out, "REJECT")


def test_meeting_after_an_offer_and_a_verb_of_its_own_is_held(run):
    out = run(["Seoul menyampaikan tawaran bantuan, dan kedua menteri menggelar perundingan di Panmunjom."],
              lang="id")[0]
    assert found(out, "CONSULT")


def test_talks_an_offer_puts_forward_are_not_held_en(run):
    out = run(["The opposition leader rejected the government's offer of direct talks on Friday."], lang="en")[0]
    assert not found(out, "CONSULT")


def test_visit_an_adverb_puts_before_the_plan_is_done(run):
    """words.sequenced: 'setelah sebelumnya mengunjungi X' after a planned trip is a visit made, not the next step."""
    out = run(["Presiden Prancis Emmanuel Macron dijadwalkan melanjutkan lawatan ke Vietnam pada Jumat setelah "
               "sebelumnya mengunjungi Kamboja."], lang="id")[0]
    modality = {e["trigger"]["text"]: e["modality"] for e in found(out, "CONSULT")}
    assert modality.get("mengunjungi") == "asserted" and modality.get("lawatan ke") == "planned"
