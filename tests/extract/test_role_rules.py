"""Each named event rule on a sentence of its own: the rule decides what the
test asserts, and without it the answer differs (the rule is taken out of its
list for the second run)."""

from __future__ import annotations

import inspect
import sys
from contextlib import contextmanager

from streams.extract.events import modality, readings, roles
from test_q10_roles import (  # noqa: F401  (the q10-roles rules' tests, found here by name)
    test_accuser_hit_after_act, test_agent_after_topic, test_allies_of_subject, test_carried_out_by,
    test_coagent_of_subject,
    test_passive_of_active_row, test_persons_of_pair, test_progressive_not_passive, test_receiver_of_aid,
    test_reporter_not_partner)
from test_q11_id import test_charged_noun  # noqa: F401  (the q11-id rule's test, found here by name)
from test_q11_en import test_condition_of_later_verb, test_doer_blamed_after  # noqa: F401  (q11-en's rules' tests)
from test_q13_roles import test_reporter_of_converse_act  # noqa: F401  (the q13-roles rule's test)
from test_plover_modes import test_weapon_named  # noqa: F401  (the q17-plover rule's test)
from test_parties_en import test_bare_national_object, test_force_goes_on_in_participle  # noqa: F401  (parties-en)
from test_q19_id_dense import test_channel_not_receiver  # noqa: F401  (the q19-id-dense rule's test)
from test_q2w_weak import test_conditioned_coercion_threatens  # noqa: F401  (the q2-weak rule's test)
from test_conf_types import test_ban_on_the_sanctioned, test_obstruction_by_doer, test_undone_by_its_verb  # noqa: F401,E501
from test_cf_types import (  # noqa: F401  (the cf rules' tests)
    test_doer_not_next, test_held_ready_threatens, test_meeting_held_ready, test_vowed_harm)
from test_r_en4 import (  # noqa: F401  (the r-en4 rules' tests)
    test_act_of_absolute_clause, test_pronoun_joined_to_subject, test_subject_of_absolute)
from test_ty_en_types import test_envoy_called_in, test_relief_carried  # noqa: F401  (the ty-en rules' tests)
from test_sd_id import (  # noqa: F401  (the sd-id rules' tests)
    test_agent_of_act_judged, test_broker_not_object, test_party_ending_the_trigger, test_party_past_sideless_name)
from test_sd_id2 import test_unknown_name_at_a_place  # noqa: F401  (the sd-id2 rule's test)
from test_ty_id3 import test_offer_held_ready  # noqa: F401  (the ty-id3 rule's test)
from test_sd_en3 import test_answer_to_own_people  # noqa: F401  (the sd-en3 rule's test)
from test_sd_id3 import (  # noqa: F401  (the sd-id3 rules' tests)
    test_commander_of_forces, test_doer_past_adjunct, test_restriction_at_home)
from test_r_actors import (  # noqa: F401  (the r-actors rules' tests)
    test_owner_of_forces_hit, test_pair_named_as_object, test_pair_opening_the_sentence, test_partner_of_the_meeting,
    test_party_of_condition,
    test_reporter_goes_on_in_tense, test_second_act_of_the_accused)

LISTS = {"ROLE_RULES": roles.ROLE_RULES, "READINGS": readings.READINGS,
         "EVENT_RULES": readings.EVENT_RULES, "MODALITY_RULES": modality.MODALITY_RULES}


@contextmanager
def without(rule):
    """The extractor with `rule` taken out of its list."""
    rules = next(r for r in LISTS.values() if rule in r)
    at = rules.index(rule)
    rules.pop(at)
    try:
        yield
    finally:
        rules.insert(at, rule)


def acts(result, kind=None):
    """(source names, target names, modality) of a paragraph's events, of one type if given."""
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]], e["modality"])
            for e in result["events"] if kind is None or e["type"] == kind]


def both(run, rule, paragraphs, lang="en", kind=None, at=-1):
    """The events of paragraph `at`, with and without `rule`."""
    with_rule = acts(run(paragraphs, lang=lang)[at], kind)
    with without(rule):
        without_rule = acts(run(paragraphs, lang=lang)[at], kind)
    return with_rule, without_rule


def test_every_rule_has_a_docstring_an_example_and_a_test():
    tests = {name for name, _ in inspect.getmembers(sys.modules[__name__], inspect.isfunction)}
    for rules in LISTS.values():
        for rule in rules:
            summary, _, example = (rule.__doc__ or "").strip().partition("\n\n")
            assert "\n" not in summary, f"{rule.__name__}: the summary is one line"
            assert example.strip(), f"{rule.__name__}: no example sentence"
            assert f"test_{rule.__name__}" in tests, f"{rule.__name__}: no test"


def test_the_rule_lists_in_order():
    names = {k: [r.__name__ for r in v] for k, v in LISTS.items()}
    assert names["READINGS"] == ["label_of_act_before", "request_to_own_people", "toll_of_a_mishap", "doer_not_next",
                                 "act_of_any_kind", "uncharged_act",
                                 "charged_noun", "act_of_absolute_clause",
                                 "aim_of_act_before", "act_refused_before", "content_of_stance",
                                 "means_of_act_before", "toll_of_unowned_force", "second_object",
                                 "bare_meeting_noun", "offered_meeting", "vowed_harm", "requested_content",
                                 "reported_charge", "labelled_act",
                                 "toll_of_act", "content_of_act", "threatened_act", "warning_without_consequence",
                                 "condition_of_threat", "riot_by_crowd", "excluded_subject", "victim_after_noun",
                                 "carried_out_by",
                                 "doer_blamed_after", "genitive_agent", "directed_act"]
    assert names["ROLE_RULES"][:3] == ["clause_roles", "passive_of_active_row", "progressive_not_passive"]
    assert names["ROLE_RULES"][-3:] == ["other_side", "reporter_not_partner", "exchange_between_sources"]
    assert names["MODALITY_RULES"][0] == "clause_cues"


# ---- READINGS ---------------------------------------------------------------

def test_request_to_own_people(run):
    got, bare = both(run, readings.request_to_own_people,
                     ["BEIRUT (ANTARA) - Kedutaan Besar RI di Beirut mengimbau warganya di Lebanon untuk segera "
                      "pindah ke tempat yang lebih aman."], "id", "REQUEST")
    assert got == [] and bare


def test_act_of_any_kind(run):
    got, bare = both(run, readings.act_of_any_kind,
                     ["TEHRAN, June 3 (AFP) - Iran will respond \"decisively and immediately\" to any Israeli attack "
                      "on its soil, Foreign Ministry spokesman Esmaeil Baghaei said."], "en", "ASSAULT")
    assert got == [] and bare


def test_uncharged_act(run):
    got, bare = both(run, readings.uncharged_act,
                     ["Russia continued its bombing campaign against Ukraine."], "en", "ASSAULT")
    assert got == [] and bare
    got, _ = both(run, readings.uncharged_act,
                  ["Kyiv condemned Moscow for striking a shopping centre in Kharkiv."], "en", "ASSAULT")
    assert got == [(["Russia"], ["Ukraine"], "asserted")]


def test_caused_to_act(run):
    got, bare = both(run, readings.caused_to_act,
                     ["South Korea and the United States kicked off their exercises on Monday, prompting North Korea "
                      "to warn of \"catastrophic consequences\"."], "en", "THREATEN")
    assert got == [(["North Korea"], ["South Korea", "United States"], "asserted")] and bare != got
    # Moved through its head ("Lebanon's president"); the act's own object, not the cause's subject, its target.
    got, bare = both(run, readings.caused_to_act,
                     ["Hezbollah fired rockets at a northern town, prompting Lebanon's president to urge Washington "
                      "to rein in Israel."], "en", "REQUEST")
    assert got == [(["Lebanon"], ["United States"], "asserted")] and bare != got


def test_called_off_after(run):
    got, bare = both(run, modality.called_off_after,
                     ["The meeting between Putin and Trump in Budapest was cancelled on Tuesday."], "en", "CONSULT")
    assert [m for _, _, m in got] == ["negated"] and [m for _, _, m in bare] == ["asserted"]


def test_said_of_target(run):
    got, bare = both(run, readings.said_of_target,
                     ["\"They will pay a heavy price,\" Israeli Prime Minister Benjamin Netanyahu said of Hamas."],
                     "en", "THREATEN")
    assert got == [(["Benjamin Netanyahu"], ["Hamas"], "asserted")] and bare != got


def test_second_object(run):
    got, bare = both(run, readings.second_object,
                     ["Prabowo akan menghadiri KTT ASEAN di Vientiane, dan KTT G20 di Rio."], "id", "CONSULT")
    assert got == [(["Prabowo Subianto"], ["Association of Southeast Asian Nations"], "planned"),
                   (["Prabowo Subianto"], ["Group of Twenty"], "planned")]
    assert len(bare) == 1


def test_bare_meeting_noun(run):
    got, bare = both(run, readings.bare_meeting_noun,
                     ["China lodged a protest with Japan over the summit's statements on Taiwan."])
    assert got == [(["China"], ["Japan"], "asserted")]
    assert (["China"], ["Taiwan"], "asserted") in bare


def test_offered_meeting(run):
    text = ["Korea Utara menolak tawaran Seoul untuk menggelar perundingan militer."]
    assert "CONSULT" not in [e["type"] for e in run(text, lang="id")[0]["events"]]
    with without(readings.offered_meeting):     # the talks offered would be an event of their own
        assert "CONSULT" in [e["type"] for e in run(text, lang="id")[0]["events"]]


def test_requested_content(run):
    text = ["ASEAN urged Myanmar and Thailand to hold talks."]
    assert [e["type"] for e in run(text, lang="en")[0]["events"]] == ["REQUEST"]
    with without(readings.requested_content):     # the talks asked for would be an event of their own
        assert [e["type"] for e in run(text, lang="en")[0]["events"]] == ["REQUEST", "CONSULT"]


def test_reported_charge(run):
    got, bare = both(run, readings.reported_charge,
                     ["Hungarian Prime Minister Viktor Orban said Brussels was prolonging the war in Ukraine."],
                     kind="ACCUSE")
    assert got == [(["Viktor Orban"], ["European Union"], "asserted")]
    assert bare == [(["European Union"], ["Ukraine"], "asserted")]


def test_labelled_act(run):
    out = run(["Juru bicara Kementerian Luar Negeri China Mao Ning menyebut laporan itu sebagai "
               "“cerita karangan” yang sengaja disebarkan Amerika Serikat."])
    assert acts(out[0], "ACCUSE") == [(["Mao Ning"], ["Amerika Serikat"], "asserted")]
    # A label with no passive act after it accuses nobody.
    got, bare = both(run, readings.labelled_act, ["Menteri Luar Negeri Filipina Enrique Manalo menyebut kapal "
                                                  "China sebagai “ancaman” di Laut China Selatan."], "id")
    # (bare, the accusation has no target: "China" in "Laut China Selatan" names a sea, no state)
    assert got == [] and bare == [(["Enrique Manalo"], [], "asserted")]


def test_directed_act(run):
    got, bare = both(run, readings.directed_act, ["China sent warships near Taiwan."])
    assert got == [(["China"], ["Taiwan"], "asserted")]
    assert bare == [([], [], "asserted")]


# ---- ROLE_RULES ---------------------------------------------------------------

def test_clause_roles(run):
    got, bare = both(run, roles.clause_roles, ["“As Japan we will send aid to Ukraine,” Kishida said."],
                     kind="AID")
    assert got == [(["Fumio Kishida"], ["Ukraine"], "planned")]
    assert bare != got


def test_topic_without_actor(run):
    got, bare = both(run, roles.topic_without_actor,
                     ["Australia menjatuhkan sanksi terkait pengiriman rudal ke Rusia."], "id")
    assert got == [(["Australia"], ["Rusia"], "asserted")]      # the sanctions only, no shipment
    assert len(bare) == 2


def test_modified_topic(run):
    got, bare = both(run, roles.modified_topic,
                     ["Rubio spoke with Egyptian Foreign Minister Badr Abdelatty about the Gaza ceasefire talks."])
    assert got == [(["Marco Rubio"], ["Badr Abdelatty"], "asserted")]     # the call only, not the talks
    assert len(bare) == 2


def test_pronoun_subject(run):
    got, bare = both(run, roles.pronoun_subject,
                     ["Lula said Chile, Peru and Bolivia had broadly agreed on a lithium plan, "
                      "and he pledged support for Bolivia."], kind="AGREE")
    assert got[1] == (["Luiz Inacio Lula da Silva"], ["Bolivia"], "asserted")
    assert bare[1] == (["Chile", "Peru", "Bolivia"], [], "asserted")


def test_pronoun_receiver(run):
    got, bare = both(run, roles.pronoun_receiver,
                     ["Presiden Joko Widodo menerima Perdana Menteri Anthony Albanese di Bogor. “Ia menambahkan, "
                      "dirinya telah menerima kunjungan dari Presiden Emmanuel Macron,” kata Jokowi."], "id")
    # The first sentence is Albanese's visit, hosted by Jokowi (consult.host.q5.menerima_tokoh).
    assert got == [(["Anthony Albanese"], ["Joko Widodo"], "asserted"),
                   (["Emmanuel Macron"], ["Joko Widodo"], "asserted")]
    assert bare == [(["Anthony Albanese"], ["Joko Widodo"], "asserted")]


def test_owner_of_plan(run):
    got, bare = both(run, roles.owner_of_plan,
                     ["Jerman mengingatkan bahwa Polandia terikat pada rencana Uni Eropa untuk menghentikan "
                      "impor gas dari Rusia."], "id", "SANCTION")
    assert got == [(["European Union"], ["Rusia"], "planned")]
    assert bare == [(["Polandia"], ["Rusia"], "planned")]


def test_first_person_speaker(run):
    got, bare = both(run, roles.first_person_speaker,
                     ["“Indonesia dan kami akan mengirim bantuan ke Gaza,” kata Prabowo."], "id", "AID")
    assert got == [(["Prabowo Subianto"], ["Palestina"], "planned")]
    assert bare == [(["Indonesia"], ["Palestina"], "planned")]


def test_speaker_owns_object(run):
    got, bare = both(run, roles.speaker_owns_object,
                     ["“Russia attacked our gas network again overnight,” Zelenskiy wrote on Telegram."],
                     "en", "ASSAULT")
    assert got == [(["Russia"], ["Volodymyr Zelenskiy"], "asserted")]
    assert bare == []
    # A trigger opening on its subject's head noun ("ships | rammed") is a verb's act too.
    got, bare = both(run, roles.speaker_owns_object,
                     ["“Vietnamese fishing boats rammed our patrol vessel near the reef,” Philippine Navy spokesman "
                      "Roy Trinidad told reporters in Manila, calling the incident reckless."], "en", "ASSAULT")
    assert got and got[0][1] == ["Roy Trinidad"] and got != bare


def test_mutual_pair(run):
    got, bare = both(run, roles.mutual_pair,
                     ["Pada hari kedua gencatan senjata antara Rusia dan Ukraina, Moskow membebaskan 20 tahanan."],
                     "id", "RETREAT")
    assert got[0] == (["Rusia", "Ukraina", "Rusia"], [], "asserted")
    assert len(bare) == 1


def test_act_in_time_adjunct(run):
    got, bare = both(run, roles.act_in_time_adjunct,
                     ["U.S. Secretary of State Marco Rubio flew to Panama on Sunday.",
                      "Panamanian President Jose Raul Mulino told reporters after a meeting with Rubio that the "
                      "talks had been respectful."], kind="CONSULT")
    assert got == [(["Jose Raul Mulino"], ["Marco Rubio"], "asserted")]
    assert got != bare


def test_agent_of_participle(run):
    got, bare = both(run, roles.agent_of_participle,
                     ["North Korea fired a missile over Japan, in a move condemned by Tokyo and Seoul."], kind="ACCUSE")
    assert got == [(["Japan", "South Korea"], ["North Korea"], "asserted")]
    assert got != bare


def test_act_answered(run):
    got, bare = both(run, roles.act_answered,
                     ["Mali expelled France's ambassador in retaliation for the arrest of a Malian diplomat in Paris."],
                     kind="COERCE")
    assert got == [(["France"], ["Malian diplomat"], "asserted")]
    assert bare == []


def test_named_source_required(run):
    got, bare = both(run, roles.named_source_required,
                     ["The French troops were in Chad at the request of a legitimate government."])
    assert got == []
    assert bare == [(["French troops"], ["Chad"], "asserted")]


def test_doer_of_measure_named_back(run):
    got, bare = both(run, roles.doer_of_measure_named_back,
                     ["Uni Eropa menjatuhkan paket sanksi baru terhadap Rusia, Jumat (5/9).",
                      "Paket itu juga membekukan aset dua bank Belarus yang membantu Moskwa."], "id", "SANCTION")
    assert [s for s, _, _ in got] == [["European Union"]]
    assert [s for s, _, _ in bare] != [["European Union"]]


def test_implicit_source(run):
    got, bare = both(run, roles.implicit_source,
                     ["Bertemu dengan Presiden Brasil Luiz Inacio Lula da Silva, Kanselir Jerman Olaf Scholz "
                      "memuji Brasil."], "id", "CONSULT")
    assert got == [(["Olaf Scholz"], ["Luiz Inacio Lula da Silva"], "asserted")]
    assert bare == []


def test_people_of_office(run):
    got, bare = both(run, roles.people_of_office,
                     ["Indian Foreign Minister Subrahmanyam Jaishankar met Penny Wong.",
                      "Indian Defence Minister Rajnath Singh met Richard Marles.",
                      "The Indian ministers held talks with Australia in New Delhi."])
    assert got == [(["Subrahmanyam Jaishankar", "Rajnath Singh"], ["Australia"], "asserted")]
    assert bare == [(["India"], ["Australia"], "asserted")]


def test_comitative_coagents(run):
    got, bare = both(run, roles.comitative_coagents,
                     ["Egypt, which mediated the talks together with Qatar, hailed the agreement."], kind="CONSULT")
    assert got == [(["Egypt", "Qatar"], [], "asserted")]
    assert bare == [(["Egypt"], ["Qatar"], "asserted")]


def test_own_side_not_target(run):
    got, bare = both(run, roles.own_side_not_target, ["Poland and Ukraine met in Warsaw on Monday."])
    assert got == [(["Poland", "Ukraine"], [], "asserted")]
    assert bare != got     # (the own side named as the place, or no joint act at all)


def test_own_body_asked(run):
    # a person refusing a body of their own state named right after the trigger acts on that state
    got = acts(run(["NAIROBI (Reuters) - Opposition leader Maria Lopez rejected the government's offer of talks."],
                   lang="en")[0], "REJECT")
    assert got and len(got[0][1]) == 1     # the government, of Kenya
    # the body of the speaker's state that reports it is no target
    got = acts(run(["Vice Minister Sun Weidong demanded that Tokyo retract the remarks, the Chinese Foreign Ministry "
                    "said."], lang="en")[0], "REQUEST")
    assert got and got[0][1] == ["Japan"]
    # the reporter going on ("said … would not sign … and asked") keeps a body of their state asked
    got = acts(run(["LISBON (Reuters) - Portuguese President Ana Silva said she would not sign the bill and asked "
                    "parliament to drop the levy."], lang="en")[0], "REQUEST")
    assert got and got[0][0] == ["Ana Silva"] and len(got[0][1]) == 1


def test_group_against_own_state(run, monkeypatch):
    # a party or union of a state (a GROUP with its country) calling on that state's government acts on it
    text = ["DHAKA (Reuters) - The Awami League called on the government to hold elections by June."]
    got = acts(run(text, lang="en")[0], "REQUEST")
    assert got == [(["Awami League"], ["government"], "asserted")]
    monkeypatch.setattr(roles, "group_against_own_state", lambda f, m: False)
    assert acts(run(text, lang="en")[0], "REQUEST") == [(["Awami League"], [], "asserted")]
    # its protesters, too, act on the state's bodies
    monkeypatch.undo()
    text = ["ANTANANARIVO (Reuters) - Protesters demanded that the government restore water supplies."]
    got = acts(run(text, lang="en")[0], "REQUEST")
    assert got and got[0][0] == ["Protesters"] and got[0][1] == ["government"], got


def test_object_pronoun(run):
    got, bare = both(run, roles.object_pronoun,
                     ["South Africa asked the court to stop Israel's operations in Gaza, accusing it of genocide."],
                     kind="ACCUSE")
    assert got == [(["South Africa"], ["Israel"], "asserted")]
    assert bare == []
    # an object clitic before a place named further on: the clitic's party, not the place
    got, bare = both(run, roles.object_pronoun,
                     ["Presiden AS Donald Trump menerima Perdana Menteri Israel Benjamin Netanyahu di Gedung Putih "
                      "dan mendesaknya menyetujui gencatan senjata di Gaza."], "id", kind="REQUEST")
    assert got == [(["Donald Trump"], ["Benjamin Netanyahu"], "asserted")]
    assert bare == [(["Donald Trump"], ["Palestina"], "asserted")]
    # "him": only a person, the latest named before, even one of no known country
    got, _ = both(run, roles.object_pronoun,
                  ["Talia Orvenko left the ministry in June. Peru accused him of leaking the cable."],
                  kind="ACCUSE")
    assert got == [(["Peru"], ["Talia Orvenko"], "asserted")]


def test_act_named_back(run):
    paragraphs = ["Poland accused Belarus of pushing migrants over the border.",
                  "Minsk rejected the accusations on Monday in a long letter sent to the United Nations."]
    got, bare = both(run, roles.act_named_back, paragraphs)
    assert got == [(["Belarus"], ["Poland"], "asserted")]
    assert run(paragraphs, lang="en")[1]["events"][0]["targets"][0]["resolution"] == "context"
    assert bare == [(["Belarus"], ["United Nations"], "asserted")]
    # the demonstrative may close the noun phrase a few words on, where modifiers follow the head
    got, bare = both(run, roles.act_named_back,
                     ["Pasukan Israel menembaki warga Palestina di Khan Younis.",
                      "Mesir mengecam serangan terhadap warga sipil itu dan mendesak Dewan Keamanan PBB bertindak."],
                     "id", kind="ACCUSE")
    assert got == [(["Mesir"], ["Pasukan Israel"], "asserted")]
    assert bare == [(["Mesir"], ["UN Security Council"], "asserted")]


def test_reply_answers(run):
    got, bare = both(run, roles.reply_answers,
                     ["Indian Prime Minister Narendra Modi invited Russian President Vladimir Putin to visit India "
                      "next year, and Kremlin spokesman Dmitry Peskov said the Russian leader had accepted."],
                     kind="AGREE")
    assert got == [(["Vladimir Putin"], ["Narendra Modi"], "asserted")]
    assert bare == []


def test_far_object(run):
    got, bare = both(run, roles.far_object,
                     ["Japan imposed sanctions for the second time this month on Wednesday on Russia and Belarus."])
    assert got == [(["Japan"], ["Russia", "Belarus"], "asserted")]
    assert bare == [(["Japan"], ["Russia"], "asserted")]     # only the nearest other party, inferred


def test_people_in_apposition(run):
    got, bare = both(run, roles.people_in_apposition,
                     ["Turkish Foreign Minister Hakan Fidan spoke by phone with his Greek counterpart, "
                      "Giorgos Gerapetritis."])
    assert got == [(["Hakan Fidan"], ["Giorgos Gerapetritis"], "asserted")]
    assert bare == [(["Hakan Fidan"], ["Greece"], "asserted")]


def test_speaker_not_object(run):
    got, bare = both(run, roles.speaker_not_object,
                     ["“Peace can come once Russia withdraws its forces,” Blinken said."])
    assert got == [(["Russia"], [], "asserted")]
    assert bare == [(["Russia"], ["Antony Blinken"], "asserted")]


def test_gapped_donors(run):
    got, bare = both(run, roles.gapped_donors,
                     ["Japan pledged 50 million dollars to Gaza and South Korea 20 million dollars."])
    assert got == [(["Japan"], ["Palestine"], "asserted"), (["South Korea"], ["Palestine"], "asserted")]
    assert bare == [(["Japan"], ["Palestine", "South Korea"], "asserted")]


def test_aim_of_act(run):
    got, bare = both(run, roles.aim_of_act,
                     ["Menteri Luar Negeri Australia Penny Wong dijadwalkan berbicara melalui telepon dengan "
                      "Sugiono untuk meminta penjelasan."], "id", "REQUEST")
    assert got == [(["Penny Wong"], ["Sugiono"], "planned")]
    assert bare == []


def test_members_own_side(run):
    got, bare = both(run, roles.members_own_side,
                     ["Menteri Luar Negeri Armenia Ararat Mirzoyan dan Menteri Luar Negeri Azerbaijan Jeyhun "
                      "Bayramov berjabat tangan. Menurut juru bicara, panglima militer kedua negara dijadwalkan "
                      "bertemu pekan depan."], "id")
    assert got == [(["Armenia – Azerbaijan"], [], "planned")]
    assert bare == []


def test_mediated_parties_after(run):
    text = ["Kairo juga meminta bantuan Qatar, yang pada Maret lalu menjadi perantara pembebasan 30 awak kapal "
            "Sea Star oleh Hamas, untuk kembali menengahi."]
    def triggers():
        return [e["trigger"]["text"] for e in run(text, lang="id")[0]["events"] if e["type"] == "CONSULT"]
    assert "menengahi" not in triggers()     # nobody named after it: no parties to mediate between
    with without(roles.mediated_parties_after):
        assert "menengahi" in triggers()


def test_needs_parties(run):
    got, bare = both(run, roles.needs_parties, ["The two ministers met again."])
    assert got == []
    assert bare == [([], [], "asserted")]


def test_observer_at_meeting(run):
    got, bare = both(run, roles.observer_at_meeting,
                     ["Para menteri luar negeri G20 menggelar pertemuan di Rio de Janeiro. "
                      "Timor Leste turut hadir sebagai peninjau."], "id")
    assert got[1] == (["Timor Leste"], ["Group of Twenty"], "asserted")
    assert bare[1] == (["Timor Leste"], ["Brasil"], "asserted")


def test_other_side(run):
    text = ["With Iran facing new protests, Russia pledged support."]
    got, bare = both(run, roles.other_side, text)
    assert got == [(["Russia"], ["Iran"], "asserted")]
    assert run(text, lang="en")[0]["events"][0]["confidence"] == 0.85     # inferred
    assert bare == [(["Russia"], [], "asserted")]
    # the owner of a compound modifier ("Rwanda-backed") qualifies a noun: no party to infer
    got, _ = both(run, roles.other_side, ["The Rwanda-backed M23 rebels seized the town of Pinga."])
    assert got == [(["M23 rebels"], [], "asserted")]
    # a party named in a relative aside on the subject tells of the subject: not the one acted on
    out = run(["The Kenyan police chief, who studied in France, apologised on Monday."], lang="en")
    assert [e["targets"] for e in out[0]["events"] if e["type"] == "CONCEDE"] == [[]]


# ---- EVENT_RULES ---------------------------------------------------------------

def test_participle_shares_source(run):
    got, bare = both(run, readings.participle_shares_source,
                     ["Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi in Moscow, and "
                      "the two leaders signed a statement pledging support for Iran."], kind="AGREE")
    assert got == [(["Vladimir Putin", "Narendra Modi"], ["Iran"], "asserted")]
    assert bare == [(["Vladimir Putin"], ["Iran"], "asserted")]


def test_purpose_shares_source(run):
    got, bare = both(run, readings.purpose_shares_source, ["Blinken arrived in Cairo to sign a deal with Egypt."],
                     kind="SUPPORT")
    assert got == [(["Antony Blinken"], ["Egypt"], "planned")]
    assert bare == [(["Antony Blinken"], ["Egypt"], "asserted")]     # not known to be an aim
    # the aim of a journey told as a noun after the purpose marker: the traveller's, and planned
    got, bare = both(run, readings.purpose_shares_source,
                     ["Kenyan Foreign Minister Musalia Mudavadi flew to Addis Ababa on Monday "
                      "for talks with Ethiopia."])
    assert got == [(["Musalia Mudavadi"], ["Ethiopia"], "asserted"), (["Musalia Mudavadi"], ["Ethiopia"], "planned")]
    assert bare == [(["Musalia Mudavadi"], ["Ethiopia"], "asserted")]     # not known to be an aim: merged


def test_place_taken(run):
    got, bare = both(run, readings.place_taken, ["M23 rebels seized Goma and Bukavu in January."], kind="ASSAULT")
    assert got == [(["M23 rebels"], ["Democratic Republic of the Congo"] * 2, "asserted")]
    assert bare == []
    # goods of a state are no territory
    got, _ = both(run, readings.place_taken, ["Russia seized Ukrainian grain ships."], kind="COERCE")
    assert got == [(["Russia"], ["Ukraine"], "asserted")]


def test_partner_after_topic(run):
    got, bare = both(run, roles.partner_after_topic,
                     ["Japan discussed the Russian threat with Australian officials on Monday."], kind="CONSULT")
    assert got == [(["Japan"], ["Australian officials"], "asserted")]
    assert bare == [(["Japan"], ["Russia"], "asserted")]


def test_people_expelled(run):
    got, bare = both(run, readings.people_expelled, ["Turkey expelled 120 Syrians on Monday."],
                     kind="COERCE")
    assert got == [(["Turkey"], ["Syria"], "asserted")]
    assert bare == []
    # diplomats expelled stay a sanction
    got, _ = both(run, readings.people_expelled, ["India expelled two Pakistani diplomats on Saturday."],
                  kind="COERCE")
    assert got == []


def test_meetings_in_turn(run):
    got, bare = both(run, readings.meetings_in_turn,
                     ["Wang Yi held talks with Indian Foreign Minister Subrahmanyam Jaishankar and then with "
                      "Prime Minister Narendra Modi."])
    assert got == [(["Wang Yi"], ["Subrahmanyam Jaishankar"], "asserted"),
                   (["Wang Yi"], ["Narendra Modi"], "asserted")]
    assert bare == [(["Wang Yi"], ["Subrahmanyam Jaishankar", "Narendra Modi"], "asserted")]


def test_meetings_held_separately(run):
    got, bare = both(run, readings.meetings_in_turn,
                     ["Sugiono bertemu secara terpisah dengan Menlu Malaysia Mohamad Hasan dan "
                      "Menlu Thailand Maris Sangiampongsa."], "id")
    assert got == [(["Sugiono"], ["Mohamad Hasan"], "asserted"), (["Sugiono"], ["Maris Sangiampongsa"], "asserted")]
    assert bare == [(["Sugiono"], ["Mohamad Hasan", "Maris Sangiampongsa"], "asserted")]


def test_joint_exercises_are_a_show_of_force(run):
    """Exercises, joint ones too, are MOBILIZE (the gold README's convention, and what writers who never
    saw the extractor chose); joint patrols stay cooperation."""
    text = ["Australia and Indonesia began joint military exercises on Monday.",
            "Malaysia and Thailand began joint patrols along their border on Monday."]
    got = run(text, lang="en")
    assert [e["type"] for e in got[0]["events"]] == ["MOBILIZE"]
    assert [e["type"] for e in got[1]["events"]] == ["COOPERATE"]


# ---- MODALITY_RULES ---------------------------------------------------------------

def test_clause_cues(run):
    got, bare = both(run, modality.clause_cues,
                     ["Menteri Luar Negeri Sugiono mengatakan Indonesia ingin menjadi anggota BRICS, tetapi belum "
                      "mengirim surat kepada Brasil."], "id")
    assert got == [(["Sugiono"], ["Brasil"], "negated")]
    assert bare == [(["Sugiono"], ["Brasil"], "asserted")]


def test_refusal_rejects(run):
    got, bare = both(run, modality.refusal_rejects,
                     ["Hungary refused to commit to assistance for Ukraine."], kind="REJECT")
    assert got == [(["Hungary"], ["Ukraine"], "asserted")]
    assert bare == []


def test_agent_at_place(run):
    got, bare = both(run, roles.agent_at_place,
                     ["The Dutch envoy was summoned to the foreign ministry in Beijing on Friday."], kind="ACCUSE")
    assert got == [(["China"], ["Netherlands"], "asserted")]
    assert got != bare
    # Where the envoy is posted summons: the host, not the envoy's country.
    got, bare = both(run, roles.agent_at_place,
                     ["The Iranian ambassador to Germany was summoned on Thursday."], kind="ACCUSE")
    assert got == [(["Germany"], ["Iran"], "asserted")]
    assert got != bare


def test_venue_not_party(run):
    got, bare = both(run, roles.venue_not_party,
                     ["Mexican Foreign Minister Alicia Barcena and Canadian Foreign Minister Melanie Joly "
                      "held talks on the sidelines of the APEC summit."], kind="CONSULT")
    assert got == [(["Alicia Barcena", "Melanie Joly"], [], "asserted")]
    assert got != bare
    got, bare = both(run, roles.venue_not_party,
                     ["Kenyan President William Ruto held talks at the G20 summit on Friday."], kind="CONSULT")
    assert got == [(["William Ruto"], [], "asserted")] and got != bare


def test_rule_owner_not_party(run):
    got, bare = both(run, roles.rule_owner_not_party,
                     ["Canada condemned the rocket test as a violation of U.N. Security Council resolutions."],
                     kind="ACCUSE")
    assert got == [(["Canada"], [], "asserted")] and got != bare


def test_reporter_not_object(run):
    got, bare = both(run, roles.reporter_not_object,
                     ["Russian drones hit a hospital in Kharkiv, the United Nations said."], kind="ASSAULT")
    assert got == [(["Russia"], ["Ukraine"], "asserted")] and got != bare


def test_reporter_not_object_keeps_the_addressee(run):
    # ", menyatakan dukungan kepada X": a speech verb after a comma, but X follows "kepada": whom the act is for
    got = acts(run(["Tiongkok, sebaliknya, menyatakan dukungan kepada Presiden Nicolas Maduro dan menyebut sanksi "
                    "itu ilegal."], lang="id")[-1], "SUPPORT")
    assert [t for _, t, _ in got] == [["Nicolas Maduro"]]


def test_means_of_the_charge(run):
    got, bare = both(run, roles.means_of_the_charge,
                     ["Beijing accused Washington of fuelling tensions by supplying weapons to Taiwan."],
                     kind="AID")
    assert got == [(["United States"], ["Taiwan"], "asserted")] and got != bare


def test_receiver_of_handover(run):
    got, bare = both(run, roles.receiver_of_handover,
                     ["Bulgaria extradited a Turkish journalist to Sweden on Monday."], kind="COOPERATE")
    assert got == [(["Bulgaria"], ["Sweden"], "asserted")] and got != bare


def test_charged_by_act_before(run):
    got, bare = both(run, roles.charged_by_act_before,
                     ["Latvia expelled two Russian diplomats accused of espionage."], kind="ACCUSE")
    assert got == [(["Latvia"], ["Russian diplomats"], "asserted")] and got != bare


def test_reciprocal_object(run):
    got, bare = both(run, roles.reciprocal_object,
                     ["Serbia and Kosovo accused each other of stoking tension in the north."], kind="ACCUSE")
    assert got == [(["Serbia", "Kosovo"], [], "asserted")] and got != bare


def test_doer_of_act_judged(run):
    got, bare = both(run, roles.doer_of_act_judged,
                     ["Russia's strikes on Ukrainian power plants drew condemnation from Poland."], kind="ACCUSE")
    assert got == [(["Poland"], ["Russia"], "asserted")] and got != bare


def test_unknown_owner_of_object(run):
    got, bare = both(run, roles.unknown_owner_of_object,
                     ["Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday.",
                      "Bolivia rejected the Western proposal on Tuesday."], kind="REJECT")
    assert got == [(["Bolivia"], [], "asserted")] and got != bare


def test_plural_pronoun_parties(run):
    got, bare = both(run, roles.plural_pronoun_parties,
                     ["Vietnam dan Filipina menggelar perundingan di Hanoi. "
                      "Mereka sepakat memperluas patroli bersama."],
                     "id", kind="AGREE")
    assert got == [(["Vietnam", "Filipina"], [], "asserted")]
    assert bare == []


def test_neuter_pronoun_subject(run):
    got, bare = both(run, roles.neuter_pronoun_subject,
                     ["Poland's foreign ministry accused Belarus of staging the border crisis. "
                      "It also summoned the Belarusian charge d'affaires."], kind="ACCUSE")
    assert got[-1] == (["Poland's foreign ministry"], ["Belarus"], "asserted") and len(bare) == 1
    # The main act of the sentence before, not the act of its relative clause.
    got, _ = both(run, roles.neuter_pronoun_subject,
                  ["Estonia expelled a Russian diplomat who had met Belarusian officials in Tallinn. "
                   "It also summoned Russia's charge d'affaires."], kind="ACCUSE")
    assert got == [(["Estonia"], ["Russia"], "asserted")]
    # Not without "also"/"then", nor a person's act before, nor across a sentence with no act.
    for text in ["Poland's foreign ministry accused Belarus of staging the crisis. It summoned the Belarusian envoy.",
                 "Polish Foreign Minister Radoslaw Sikorski accused Belarus of staging the crisis. "
                 "It also summoned the Belarusian envoy.",
                 "Poland's foreign ministry accused Belarus of staging the crisis. The border stayed shut. "
                 "It also summoned the Belarusian envoy."]:
        got, bare = both(run, roles.neuter_pronoun_subject, [text], kind="ACCUSE")
        assert got == bare


def test_neuter_subject_of_report(run):
    got, bare = both(run, roles.neuter_subject_of_report,
                     ["Chile's navy said the truce held overnight, although it accused Peruvian boats of crossing "
                      "the line."], kind="ACCUSE")
    assert got == [(["Chile's navy"], ["Peru"], "asserted")]
    assert bare == []
    # a person reporting: "it" is not the speaker
    got, bare = both(run, roles.neuter_subject_of_report,
                     ["Foreign Minister Alberto van Klaveren said the truce held, although it accused Peruvian "
                      "boats of crossing the line."], kind="ACCUSE")
    assert got == bare


def test_pronoun_subject_goes_on(run):
    # (source_of_coordinated_act and object_before_not_subject out too: they also give the second verb the
    # first one's doers)
    with without(roles.source_of_coordinated_act), without(roles.object_before_not_subject):
        got, bare = both(run, roles.pronoun_subject_goes_on,
                         ["Japan and South Korea held talks in Tokyo. "
                          "They signed a swap deal and agreed to hold a summit next year."], kind="AGREE")
        assert got == [(["Japan", "South Korea"], [], "asserted")]
        assert bare == []
        # a singular pronoun: the second verb is not done by the first one's object
        got, bare = both(run, roles.pronoun_subject_goes_on,
                         ["Presiden Prabowo Subianto tiba di Tokyo pada Senin. Ia bertemu Perdana Menteri "
                          "Shigeru Ishiba dan menandatangani perjanjian pertahanan."], "id", kind="SUPPORT")
        assert got == [(["Prabowo Subianto"], ["Shigeru Ishiba"], "asserted")]
        assert bare == [(["Shigeru Ishiba"], ["Prabowo Subianto"], "asserted")]
        # a collective subject: the second verb is the leaders', not the owner of the first verb's object
        got, bare = both(run, roles.pronoun_subject_goes_on,
                         ["Presiden Prabowo Subianto menerima Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.",
                          "Kedua pemimpin mengecam serangan Israel ke Gaza dan mendesak Dewan Keamanan PBB bertindak."],
                         "id", kind="REQUEST")
        assert got == [(["Anwar Ibrahim", "Prabowo Subianto"], ["UN Security Council"], "asserted")]
        assert bare == [(["Israel"], ["UN Security Council"], "asserted")]
        got, bare = both(run, roles.pronoun_subject_goes_on,
                         ["Japan's Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Seoul.",
                          "The two leaders condemned North Korea's missile launches and called on China to act."],
                         kind="REQUEST")
        assert got == [(["Shigeru Ishiba", "Lee Jae-myung"], ["China"], "asserted")]
        assert bare == []


def test_object_of_act_before(run):
    got, bare = both(run, roles.object_of_act_before,
                     ["Iran's foreign ministry blamed Israel for the killing of a commander in Damascus "
                      "and demanded compensation."], kind="REQUEST")
    assert got == [(["Iran's foreign ministry"], ["Israel"], "asserted")]
    assert bare == [(["Iran's foreign ministry"], ["Syria"], "asserted")]
    # a second noun ("arrest and deportation") has no verb of its own
    got, bare = both(run, roles.object_of_act_before,
                     ["Pakistan ordered undocumented Afghans to leave the country or face arrest and deportation."])
    assert got == bare


def test_collective_parties(run):
    got, bare = both(run, roles.collective_parties,
                     ["Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Malaysia Mohamad Hasan bertemu di Jakarta.",
                      "Kedua menteri sepakat mempercepat perundingan batas laut."],
                     "id", kind="AGREE")
    assert got == [(["Sugiono", "Mohamad Hasan"], [], "asserted")]
    assert bare == []
    # "menlu", the short title, heads such a collective too.
    got, bare = both(run, roles.collective_parties,
                     ["Menlu Sugiono menerima Menlu Filipina Enrique Manalo di Jakarta.",
                      "Kedua menlu sepakat menambah patroli bersama."],
                     "id", kind="AGREE")
    assert got == [(["Enrique Manalo", "Sugiono"], [], "asserted")]
    assert bare == []
    # "junta" heads a collective of the states of the latest act.
    got, bare = both(run, roles.collective_parties,
                     ["Para diplomat Prancis diusir dari Chad, Sudan, dan Eritrea tahun lalu.",
                      "Ketiga junta itu kini menjalin kerja sama dengan Turki."],
                     "id", kind="COOPERATE")
    assert got and got[0][0] == ["Chad", "Sudan", "Eritrea"]


def test_collective_parties_owned_by_a_plural_pronoun(run):
    got, bare = both(run, roles.collective_parties,
                     ["Armenia and Azerbaijan swapped prisoners on Monday, a week after their delegations met "
                      "in Vienna."],
                     "en", kind="CONSULT")
    assert got == [(["Armenia", "Azerbaijan"], [], "asserted")]
    assert bare == []


def test_addressee_before_setting(run):
    got, bare = both(run, roles.addressee_before_setting,
                     ["Russian President Vladimir Putin told Chinese President Xi Jinping in a phone call "
                      "on Friday that Moscow was open to talks."], kind="CONSULT")
    assert got == [(["Vladimir Putin"], ["Xi Jinping"], "asserted")]
    assert got != bare


def test_own_pair_not_target(run):
    got, bare = both(run, roles.own_pair_not_target,
                     ["Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Malaysia Mohamad Hasan menggelar pertemuan "
                      "bilateral di Jakarta untuk membahas perbatasan kedua negara."], "id", kind="CONSULT")
    assert got == [(["Sugiono", "Mohamad Hasan"], [], "asserted")]
    assert got != bare


def test_envoy_named_not_target(run):
    got, bare = both(run, roles.envoy_named_not_target,
                     ["China sent its special envoy Li Hui to Brazil and South Africa this week."], kind="CONSULT")
    assert got == [(["China"], ["Brazil", "South Africa"], "asserted")]
    assert got != bare


def test_agent_of_noun(run):
    got, bare = both(run, roles.agent_of_noun,
                     ["Beijing memprotes pemanggilan duta besarnya oleh Kementerian Luar Negeri Filipina."],
                     "id", kind="ACCUSE")
    assert (["Kementerian Luar Negeri Filipina"], ["Tiongkok"], "asserted") in got
    assert got != bare


def test_place_of_joint_act(run):
    got, bare = both(run, roles.place_of_joint_act,
                     ["Ethiopia and Eritrea held talks in Nairobi on Monday."], kind="CONSULT")
    assert got == [(["Ethiopia", "Eritrea"], [], "asserted")]
    assert got != bare
    got, bare = both(run, roles.place_of_joint_act,
                     ["Congo and Rwanda signed a declaration of principles in Washington on Friday."], kind="SUPPORT")
    assert got == [(["Democratic Republic of the Congo", "Rwanda"], [], "asserted")]
    assert got != bare


def test_next_step_of_plan(run):
    got, bare = both(run, modality.next_step_of_plan,
                     ["Perdana Menteri Australia Anthony Albanese dijadwalkan bertemu Presiden China Xi Jinping, "
                      "sebelum menghadiri KTT G20 di Rio."], "id")
    assert got[1] == (["Anthony Albanese"], ["Group of Twenty"], "planned")
    assert bare[1] == (["Anthony Albanese"], ["Group of Twenty"], "asserted")
    # in a relative clause the marker orders the clause's own subject: no step of the plan
    got, _ = both(run, modality.next_step_of_plan,
                  ["Sugiono dijadwalkan bertemu Menteri Luar Negeri Jepang Takeshi Iwaya, yang sebelumnya "
                   "mengecam Korea Utara."], "id", kind="ACCUSE")
    assert got == [(["Takeshi Iwaya"], ["Korea Utara"], "asserted")]


def test_aim_of_journey(run):
    got, bare = both(run, modality.aim_of_journey,
                     ["Menteri Luar Negeri Qatar tiba di Kairo untuk membahas gencatan senjata dengan Mesir."], "id")
    assert got == [(["Qatar"], ["Mesir"], "asserted"), (["Qatar"], ["Mesir"], "planned")]
    assert bare == [(["Qatar"], ["Mesir"], "asserted")]     # then one with the journey, merged


def test_aim_of_plan(run):
    got, bare = both(run, modality.aim_of_plan,
                     ["Penny Wong will speak by phone with Wang Yi to demand an explanation."], kind="REQUEST")
    assert got == [(["Penny Wong"], ["Wang Yi"], "planned")]
    assert bare == [(["Penny Wong"], ["Wang Yi"], "asserted")]


# ---- verbal conflict (ACCUSE, SANCTION, REJECT, PROTEST) ----------------------

def test_label_of_act_before(run):
    got, bare = both(run, readings.label_of_act_before,
                     ['EU foreign policy chief Kaja Kallas denounced the attack on Kyiv as "barbaric."'],
                     "en", "ACCUSE")
    assert len(got) == 1 and len(bare) == 2


def test_aim_of_act_before(run):
    got, bare = both(run, readings.aim_of_act_before,
                     ["Ribuan warga Jakarta menggelar demonstrasi menentang kebijakan Israel di depan "
                      "Kedutaan Besar AS."],
                     "id", "REJECT")
    assert got == [] and len(bare) == 1


def test_sent_from_place(run):
    got, bare = both(run, roles.sent_from_place,
                     ["Moscow retaliated for the expulsion of Russian diplomats from Berlin."], "en", "SANCTION")
    assert got == [(["Germany"], ["Russia"], "asserted")]
    assert got != bare
    # Each place of a list the expelled were sent from.
    got, _ = both(run, roles.sent_from_place,
                  ["Para diplomat Prancis diusir dari Chad, Sudan, dan Eritrea tahun lalu."], "id", "SANCTION")
    assert got and got[0][0] == ["Chad", "Sudan", "Eritrea"]


def test_receiver_before_means(run):
    got, bare = both(run, roles.receiver_before_means,
                     ["Japan supported the Philippines with 500 million yen in emergency assistance on Monday."],
                     "en", "AID")
    assert got == [(["Japan"], ["Philippines"], "asserted")] and bare == []


def test_own_organs_asked(run):
    got, bare = both(run, roles.own_organs_asked,
                     ["Komisi HAM Kenya meminta polisi membebaskan para demonstran yang ditahan."], "id", "REQUEST")
    assert got == [(["Komisi HAM Kenya"], ["polisi"], "asserted")]
    assert got != bare
    # A party named inside what is asked (after the organ) does not make it the one asked.
    got, bare = both(run, roles.own_organs_asked,
                     ["Komisi HAM Kenya meminta polisi membebaskan warga Uganda yang ditahan."], "id", "REQUEST")
    assert got == [(["Komisi HAM Kenya"], ["polisi"], "asserted")] and got != bare
    # Not with another party named before the ask: what is asked may be aimed at it.
    got, bare = both(run, roles.own_organs_asked,
                     ["Setelah protes Uganda, Komisi HAM Kenya meminta polisi membebaskan para tahanan."], "id",
                     "REQUEST")
    assert got == bare


def test_people_of_place(run):
    got, bare = both(run, roles.people_of_place,
                     ["Thousands of people protested in Tbilisi on Sunday against the government's decision."],
                     "en", "PROTEST")
    assert got == [(["Georgia"], ["Georgia"], "asserted")] and bare == []    # against their state: own_state_protested
    # The people of each place of a list; the protest is against the doer of the act its aim names back.
    got, _ = both(run, roles.people_of_place,
                  ["Tentara Thailand menyerbu sebuah desa perbatasan.",
                   "Ribuan orang berunjuk rasa di Paris, Madrid dan Ankara untuk memprotes penyerbuan itu."],
                  "id", "PROTEST")
    assert got == [(["Prancis", "Spanyol", "Turki"], ["Tentara Thailand"], "asserted")]


def test_act_of_the_accused(run):
    got, bare = both(run, readings.act_of_the_accused,
                     ["Manila accused Beijing of closing the road to the shoal."], "en", "COERCE")
    assert got == [(["China"], ["Philippines"], "asserted")]
    assert bare == [(["Philippines"], ["China"], "asserted")]
    # the toll told in a relative clause on a noun with modifiers ("a suicide car | bombing that killed")
    got, bare = both(run, readings.act_of_the_accused,
                     ["Somalia blamed al Shabaab for a suicide car bombing that killed nine soldiers in Mogadishu."],
                     "en", "ASSAULT")
    assert got == [(["Al-Shabaab"], ["Somalia"], "asserted")]
    assert bare == [(["Somalia"], ["Al-Shabaab"], "asserted")]


def test_act_refused_before(run):
    got, bare = both(run, readings.act_refused_before,
                     ["Rusia menolak hadir dalam konferensi perdamaian di Swiss."], "id", "CONSULT")
    assert got == [] and len(bare) == 1


# ---- force and violence (tests/extract/test_force_events.py has more) ---------

def test_toll_of_act(run):
    got, bare = both(run, readings.toll_of_act,
                     ["Israeli strikes on Rafah killed at least 20 people overnight."], "en", "ASSAULT")
    assert len(got) == 1 and len(bare) == 2


def test_content_of_act(run):
    got, bare = both(run, readings.content_of_act,
                     ["Iran memperingatkan Israel bahwa pihaknya akan menghadapi balasan keras."], "id", "THREATEN")
    assert got == [(["Iran"], ["Israel"], "asserted")]
    assert len(bare) == 2


def test_own_people(run):
    got, bare = both(run, roles.own_people,
                     ["Israeli police arrested 14 protesters in Tel Aviv on Saturday night."], "en", "COERCE")
    # (without it, force_at_home_without_party aims the arrest at the state where the story stands, if it is known)
    assert got[0][1] == ["Israeli police"] and bare[0][1] in ([], ["ISR"])
    # A leader or official acting on people at home acts on their own state.
    got, bare = both(run, roles.own_people,
                     ["Interior Minister Ali Larijani personally ordered the arrest of 14 protesters."], "en", "COERCE")
    assert got == [(["Ali Larijani"], ["IRN"], "asserted")] and got != bare



def test_force_on_a_place(run):
    got, bare = both(run, roles.force_on_a_place,
                     ["Myanmar's military bombed two villages in the Yinmabin region on Sunday."], "en", "ASSAULT")
    assert got == [(["Myanmar's military"], ["Myanmar's military"], "asserted")]
    assert not bare


def test_owner_acted_on_before(run):
    got, bare = both(run, roles.owner_acted_on_before,
                     ["Iranian police arrested three French tourists on Monday, then confiscated their passports."],
                     "en", "COERCE")
    assert got == [(["Iranian police"], ["France"], "asserted")] * 2
    assert len(bare) == 1


def test_means_of_act_before(run):
    got, bare = both(run, readings.means_of_act_before,
                     ["Israel menyerang Lebanon selatan dengan serangan udara, menewaskan tiga orang."],
                     "id", "ASSAULT")
    assert got == [(["Israel"], ["Lebanon"], "asserted")]
    assert len(bare) == 2


def test_unnamed_armed_subject(run):
    got, bare = both(run, roles.unnamed_armed_subject,
                     ["Gunmen stormed a village in Nigeria's Zamfara state on Sunday."], "en", "ASSAULT")
    assert got == [(["gunmen"], ["Nigeria"], "asserted")]
    assert not bare


def test_unowned_force_opening(run):
    got, bare = both(run, roles.unowned_force_opening,
                     ["Artillery shelling killed four civilians in the city of Sumy on Thursday, "
                      "Ukraine's interior ministry said."], "en", "ASSAULT")
    assert got == [([], ["Ukraine"], "asserted")]
    assert bare != got


def test_toll_of_unowned_force(run):
    got, bare = both(run, roles.toll_of_unowned_force,
                     ["A drone strike hit a maternity clinic in Kherson overnight, killing two nurses and "
                      "wounding five patients, regional governor Oleksandr Prokudin said."], "en", "ASSAULT")
    assert got == [([], ["Ukraine"], "asserted")]
    assert len(bare) == 2


def test_source_of_act_before(run):
    with without(roles.source_of_coordinated_act):     # (which also gives the second verb the first one's doers)
        got, bare = both(run, roles.source_of_act_before,
                         ["Gunmen stormed a village in Nigeria's Maradun area and abducted 30 villagers, "
                          "police said."],
                         "en")
    assert len(got) == 2 and got[1][0] == ["gunmen"]
    assert len(bare) == 1


def test_source_of_coordinated_act(run):
    got, bare = both(run, roles.source_of_coordinated_act,
                     ["Turkey shelled Kurdish positions in northern Syria on Friday, a day after the militants fired "
                      "rockets at a border town, and warned Damascus that it would strike again."], "en", "THREATEN")
    assert got and got[0][0] == ["Turkey"]
    assert not bare or bare[0][0] != ["Turkey"]


def test_object_before_not_subject(run):
    got, bare = both(run, roles.object_before_not_subject,
                     ["Kemenlu Thailand memanggil Duta Besar Kamboja untuk Thailand dan menyampaikan protes keras."],
                     "id", "ACCUSE")
    assert (["Kemenlu Thailand"], ["Kamboja"], "asserted") in got and all(s != ["Kamboja"] for s, _, _ in got)
    assert any(s == ["Kamboja"] for s, _, _ in bare)


def test_object_of_the_means(run):
    got, bare = both(run, roles.object_of_the_means,
                     ["Australia bekerja sama dengan Papua Nugini memadamkan kebakaran hutan dengan mengirim tiga "
                      "pesawat angkut."], "id", "AID")
    assert got == [(["Australia"], ["Papua Nugini"], "asserted")] and bare == []


def test_participle_adjunct_source(run):
    got, bare = both(run, roles.participle_adjunct_source,
                     ["Thousands of Turkish demonstrators marched to the Swedish consulate in Istanbul on Sunday, "
                      "waving flags and demanding that Stockholm ban Koran burnings."],
                     "en", "REQUEST")
    # the crowd named inside the act before ("Thousands of Turkish demonstrators marched")
    assert got == [(["Turkish demonstrators"], ["Sweden"], "asserted")]
    assert bare == []


def test_demand_of_the_street(run):
    got, bare = both(run, roles.demand_of_the_street,
                     ["Students in Lagos marched for a second day, "
                      "demanding the resignation of Nigeria's police chief."],
                     "en", "REQUEST")
    # a demand of the protesters made of their own state
    assert got == [(["Nigeria"], ["Nigeria"], "asserted")]
    assert bare == []


def test_doer_of_the_cause(run):
    got, bare = both(run, roles.doer_of_the_cause,
                     ["Thai troops returned fire after Cambodian soldiers shelled a border post, the army said."],
                     "en", "ASSAULT")
    # the act the "after" clause tells answers its subject
    assert got[0] == (["Thai troops"], ["Cambodian soldiers"], "asserted")
    assert bare[0] == (["Thai troops"], [], "asserted")


def test_holder_asked_to_release(run):
    got, bare = both(run, roles.holder_asked_to_release,
                     ["WARSAW (Reuters) - Belarusian police detained 30 activists in Minsk on Sunday.",
                      "The United States urged the government to release them."], "en", "REQUEST")
    # who holds them is asked, not the state of the dateline
    assert got == [(["United States"], ["Belarusian police"], "asserted")]
    assert bare == [(["United States"], ["government"], "asserted")]


def test_act_renamed_in_apposition(run):
    got, bare = both(run, roles.act_renamed_in_apposition,
                     ["Brazil sent 40 tonnes of emergency supplies to Argentina in March, "
                      "a gesture Buenos Aires publicly thanked."],
                     "en", "SUPPORT")
    assert got == [(["Argentina"], ["Brazil"], "asserted")]
    assert bare == []


def test_forcer_of_passive(run):
    got, bare = both(run, roles.forcer_of_passive,
                     ["JAKARTA, KOMPAS.com — Polisi membubarkan massa dengan gas air mata. "
                      "Sedikitnya 30 orang ditangkap."],
                     "id", "COERCE")
    assert len(got) == 2 and got[1][0] == got[0][0]
    assert len(bare) == 1


def test_group_named_back_past_a_describing_word(run):
    got = acts(run(["YANGON, KOMPAS — Arakan Army merebut pangkalan militer terakhir di Sittwe.",
                    "Tentara membalas dengan serangan udara ke tiga desa.",
                    "Kelompok pemberontak itu menuduh militer menggunakan bom barel."], lang="id")[-1], "ACCUSE")
    assert got and got[0][0] == ["Arakan Army"]


def test_bare_national_agent(run):
    got, bare = both(run, roles.bare_national_agent,
                     ["Di Myanmar, jam malam di sembilan kota diberlakukan oleh junta mulai Jumat malam."],
                     "id", "COERCE")
    assert got and got[0][0] == ["Myanmar"]
    assert not bare


def test_forcer_of_story_passive(run):
    got, bare = both(run, roles.forcer_of_story_passive,
                     ["Sebanyak 9 nelayan Filipina ditangkap oleh penjaga pantai Vietnam di dekat Kepulauan Spratly.",
                      "Kapal-kapal nelayan Filipina itu kemudian disita."], "id", "COERCE")
    assert got == [(["penjaga pantai Vietnam"], ["nelayan Filipina"], "asserted")] and bare != got


def test_owner_of_bare_body(run):
    got, bare = both(run, roles.owner_of_bare_body,
                     ["Hamas said its fighters ambushed an Israeli convoy in Khan Younis."], "en", "ASSAULT")
    assert got == [(["Hamas"], ["Israel"], "asserted")]
    assert bare and bare[0][0] == ["fighters"]


def test_owner_of_pronoun_forces(run):
    got, bare = both(run, roles.owner_of_pronoun_forces,
                     ["Ukraine's general staff said its forces struck an oil refinery in Russia."], "en", "ASSAULT")
    assert got == [(["Ukraine"], ["Russia"], "asserted")]
    assert bare == []


def test_object_relative_clause(run):
    got, bare = both(run, roles.object_relative_clause,
                     ["Armenia, which Azerbaijan accuses of planting landmines, denied the charge."], "en", "ACCUSE")
    assert got == [(["Azerbaijan"], ["Armenia"], "asserted")]
    assert bare == []


def test_patient_at_home(run):
    got, bare = both(run, roles.patient_at_home,
                     ["NAIROBI, REUTERS — Polisi Kenya membubarkan massa dengan gas air mata. Polisi mengatakan "
                      "50 orang ditangkap karena menjarah toko."], "id", "COERCE")
    assert got[-1][1] == ["Polisi Kenya"] and bare[-1][1] != got[-1][1]

def test_threatened_act(run):
    got, bare = both(run, readings.threatened_act,
                     ["Korea Utara mengancam akan menembak jatuh pesawat pengintai AS."], "id")
    assert [g[2] for g in got] == ["asserted"]
    assert len(bare) == 2



def test_owner_of_noun(run):
    got, bare = both(run, roles.owner_of_noun,
                     ["France condemned the killing of a French aid worker in Gaza."], "en", "ASSAULT")
    assert got == [] and bare


def test_people_of_the_story(run):
    got, bare = both(run, roles.people_of_the_story,
                     ["Tens of thousands of students rallied in central Belgrade on Saturday."], "en", "PROTEST")
    assert got == [(["Protesters"], ["Protesters"], "asserted")] and bare == []


def test_speaker_opens_report(run):
    with without(roles.neuter_subject_of_report):      # (which also takes the reporter for "it")
        got, bare = both(run, roles.speaker_opens_report,
                         ["South Korea's defence ministry said after North Korea fired missiles that it would "
                          "respond sternly."], "en", "THREATEN")
    assert got == [(["South Korea's defence ministry"], ["North Korea"], "asserted")] and bare != got


def test_risk_not_threat(run):
    got, bare = both(run, roles.risk_not_threat,
                     ["Sekjen PBB memperingatkan bahwa krisis kemanusiaan di Gaza bisa memburuk jika bantuan "
                      "tidak segera masuk."], "id", "THREATEN")
    assert got == [] and bare


def test_risk_threatens(run):
    got, bare = both(run, roles.risk_threatens,
                     ["Aid agencies warned that the war in Sudan threatened to spill over into Chad."],
                     "en", "THREATEN")
    assert got == [] and bare


def test_protested_named_by_aim(run):
    got, bare = both(run, readings.protested_named_by_aim,
                     ["Tentara Thailand menyerbu sebuah desa perbatasan.",
                      "Ratusan warga Kamboja berunjuk rasa di Phnom Penh untuk memprotes penyerbuan itu."],
                     "id", "PROTEST")
    assert got == [(["warga Kamboja"], ["Tentara Thailand"], "asserted")]
    assert bare == [(["warga Kamboja"], ["warga Kamboja"], "asserted")]


def test_own_state_protested(run):
    got, bare = both(run, readings.own_state_protested,
                     ["NAIROBI, June 26 (Reuters) - Thousands of demonstrators marched through the capital."],
                     "en", "PROTEST")
    assert got == [(["demonstrators"], ["demonstrators"], "asserted")] and bare == [(["demonstrators"], [], "asserted")]


def test_speaker_voices_own_state(run):
    got, bare = both(run, readings.speaker_voices_own_state,
                     ['"Chile will answer any attack with all its strength," Chilean Foreign Minister'
                      " Alberto van Klaveren said."], "en", "THREATEN")
    assert got == [(["Alberto van Klaveren"], [], "asserted")] and bare == [(["Chile"], [], "asserted")]


def test_announced_act(run):
    got, bare = both(run, modality.announced_act,
                     ["TBILISI (Reuters) - Opposition groups called a general strike for Wednesday."], "en", "PROTEST")
    assert [g[2] for g in got] == ["planned"] and [b[2] for b in bare] == ["asserted"]


def test_holder_releases(run):
    got, bare = both(run, roles.holder_releases,
                     ["Two Indonesian fishermen captured by Malaysia last week were freed on Monday."],
                     "en", kind="RETREAT")
    assert got and got[0][0] == ["Malaysia"]
    assert got != bare


def test_withdrawn_from_home(run):
    got, bare = both(run, roles.withdrawn_from_home,
                     ["GOMA, Democratic Republic of Congo (Reuters) - M23 rebels began withdrawing from the town "
                      "on Sunday, a spokesman for the Rwanda-backed group said."],
                     "en", kind="RETREAT")
    assert got and got[0][1] == ["COD"]
    assert got != bare


def test_aid_to_home(run):
    got, bare = both(run, roles.aid_to_home,
                     ["KATHMANDU (Reuters) - India flew 20 tonnes of tents and medicine into the quake zone "
                      "on Monday."], "en", kind="AID")
    assert got and got[0][1] == ["NPL"]
    assert bare == []


def test_aid_to_home_not_for_aid_a_preposition_governs(run):
    got = acts(run(["GENEVA (Reuters) - Israel closed the Kerem Shalom crossing to aid trucks on Sunday."],
                   lang="en")[0], "AID")
    assert got == []


def test_exchange_between_sources(run):
    got, bare = both(run, roles.exchange_between_sources,
                     ["Russia and Ukraine exchanged 95 prisoners of war each on Friday, with the UAE mediating."],
                     "en", kind="RETREAT")
    assert got and got[0][1] == []
    assert got != bare


def test_warning_without_consequence(run):
    got, bare = both(run, readings.warning_without_consequence,
                     ["WHO memperingatkan wabah kolera dapat menyebar ke kamp-kamp pengungsi di Sudan."],
                     "id", "THREATEN")
    assert got == [] and bare


def test_warning_of_what_will_be_done_to_anyone_is_a_threat(run):
    out = run(["Malaysia memperingatkan bahwa setiap kapal nelayan Vietnam yang masuk tanpa izin akan langsung "
               "ditenggelamkan.",
               "Badan Meteorologi memperingatkan bahwa gelombang tinggi akan melanda pesisir selatan Jawa."], lang="id")
    assert [(e["type"], e["targets"][0]["country"]) for e in out[0]["events"]] == [("THREATEN", "VNM")]
    assert not out[1]["events"]


def test_warning_with_its_own_future_is_a_threat(run):
    out = run(["Kairo memperingatkan Addis Ababa bahwa pihaknya akan menempuh jalur hukum internasional.",
               "Bank Indonesia memperingatkan bahwa inflasi akan naik tahun depan."], lang="id")
    assert [e["type"] for e in out[0]["events"]] == ["THREATEN"]
    assert not out[1]["events"]


def test_condition_of_threat(run):
    got, bare = both(run, readings.condition_of_threat,
                     ["Iran mengancam akan menutup Selat Hormuz jika Amerika Serikat menyerang fasilitas nuklirnya."],
                     "id")
    assert [g[2] for g in got] == ["asserted"]
    assert "hypothetical" in [b[2] for b in bare]


def test_condition_of_threat_ends_with_its_clause(run):
    got, _ = both(run, readings.condition_of_threat,
                  ["Korea Utara mengancam akan menembak jatuh pesawat Amerika Serikat jika Washington melanjutkan "
                   "latihan militer, sementara Pyongyang menolak tawaran dialog dari Seoul."], "id", "REJECT")
    assert got == [(["Korea Utara"], ["Korea Selatan"], "asserted")]


def test_victim_after_noun(run):
    got, bare = both(run, readings.victim_after_noun,
                     ["Yordania mengecam penembakan warga Palestina di Tepi Barat."], "id", "ASSAULT")
    assert got == [([], ["warga Palestina"], "asserted")]
    assert got != bare


def test_genitive_agent(run):
    got, bare = both(run, readings.genitive_agent,
                     ["Menlu Sugiono mengecam serangan Israel terhadap kapal bantuan di perairan internasional."],
                     "id", "ASSAULT")
    assert got == [(["Israel"], [], "asserted")]
    assert got != bare


def test_riot_by_crowd(run):
    got, bare = both(run, readings.riot_by_crowd,
                     ["Di Nairobi, ribuan perusuh membakar sejumlah toko di pusat kota."], "id", "PROTEST")
    assert got == [(["Protesters"], ["KEN"], "asserted")]
    assert bare == []


def test_excluded_subject(run):
    got, bare = both(run, readings.excluded_subject,
                     ["Sebanyak 120 pekerja Filipina yang dievakuasi dari Sudan tiba di Bandara Soekarno-Hatta, "
                      "Jakarta, Kamis."],
                     "id", "CONSULT")
    assert got == [] and bare


def test_object_inside_trigger(run):
    got, bare = both(run, roles.object_inside_trigger, ["Iran summoned the British ambassador on Monday."],
                     "en", "ACCUSE")
    assert got == [(["Iran"], ["United Kingdom"], "asserted")]
    assert got != bare


def test_modifier_of_mutual_act(run):
    got, bare = both(run, roles.modifier_of_mutual_act,
                     ["Aid stopped after a tense Kremlin meeting between Vladimir Putin and Narendra Modi."],
                     "en", "CONSULT")
    assert got == [(["Vladimir Putin", "Narendra Modi"], [], "asserted")]
    assert got != bare


def test_reporter_goes_on(run):
    got, bare = both(run, roles.reporter_goes_on,
                     ["Syria's army said Turkish drones hit two villages, wounding nine people, and vowed to respond."],
                     "en", "THREATEN")
    assert got and got[0][0] == ["Syria's army"]
    assert got != bare


def test_head_of_relative_passive(run):
    got, bare = both(run, roles.head_of_relative_passive,
                     ["Polisi Malaysia menahan 30 nelayan Indonesia yang dituduh mencuri ikan."], "id", "ACCUSE")
    assert got == [(["Polisi Malaysia"], ["nelayan Indonesia"], "asserted")]
    assert got != bare


def test_posted_envoy_summoned(run):
    got, bare = both(run, roles.posted_envoy_summoned,
                     ["Duta Besar Indonesia untuk Malaysia dipanggil pada Senin pagi."], "id", "ACCUSE")
    assert got == [(["Malaysia"], ["Indonesia"], "asserted")]
    assert got != bare


def test_carried_out_by_past_object(run):
    got, bare = both(run, roles.carried_out_by,
                     ["Sanctions were imposed on six Iranian officials by the European Union over the crackdown."],
                     "en", "SANCTION")
    assert got == [(["European Union"], ["Iranian officials"], "asserted")]
    assert bare == []


def test_arrests_reported_by_the_state(run):
    got, bare = both(run, roles.arrests_reported_by_the_state,
                     ["TBILISI (AFP) - Five opposition figures were arrested overnight, the interior ministry said."],
                     "en", "COERCE")
    assert got and got[0][0] and got[0][1] and not bare


def test_dissenters_charged_at_home(run):
    got, bare = both(run, roles.dissenters_charged_at_home,
                     ["Cambodia's interior ministry accused opposition activists of plotting a revolt."],
                     "en", "ACCUSE")
    assert got and got[0][1] and not bare
    # A leader charging them acts on their own state (the gold's "Kobakhidze" -> "GEO").
    got, bare = both(run, roles.dissenters_charged_at_home,
                     ["Prime Minister Hun Manet accused opposition activists of plotting a revolt."], "en", "ACCUSE")
    assert got == [(["Hun Manet"], ["KHM"], "asserted")] and not bare


def test_weapon_nobody_owns(run):
    got, bare = both(run, roles.weapon_nobody_owns,
                     ["A roadside bomb killed four Pakistani soldiers in North Waziristan."], "en", "ASSAULT")
    assert got == [([], ["Pakistani soldiers"], "asserted")] and not bare


def test_doer_of_act_named_back(run):
    got, bare = both(run, roles.doer_of_act_named_back,
                     ["Canada imposed new sanctions on Monday. The new listings target three Russian banks."],
                     "en", "SANCTION")
    assert [g for g in got if g[1]] == [(["Canada"], ["Russia"], "asserted")]
    assert got != bare


def test_withheld_act(run):
    got, bare = both(run, modality.withheld_act,
                     ["The resolution passed 13-0, with the United States and Russia abstaining."], "en", "SUPPORT")
    assert [g[2] for g in got] == ["negated"] and [b[2] for b in bare] == ["asserted"]


# ---- r-types: sense, stance, aims joined, meetings refused ahead ----------------

def test_toll_of_a_mishap(run):
    got, bare = both(run, readings.toll_of_a_mishap,
                     ["Portugal called for an inquiry into the stadium collapse, which killed 16 people "
                      "in Porto in May."],
                     "en", "ASSAULT")
    assert got == [] and bare


def test_content_of_stance(run):
    got, bare = both(run, readings.content_of_stance,
                     ["Polandia menentang pencabutan sanksi terhadap Belarus."], "id", "CONCEDE")
    assert got == [] and bare


def test_joined_to_plan(run):
    planned_by_it = [
        # an aim's second verb
        ("Menteri Luar Negeri Jepang tiba di Manila pada Kamis untuk bertemu Menteri Luar Negeri Filipina dan "
         "menandatangani perjanjian pertahanan.", "id", "SUPPORT"),
        # the last verb of a list after "akan", beyond the cue's reach
        ("Presiden Prabowo akan menandatangani perjanjian itu, mengirim bantuan pangan dan bertemu Perdana Menteri "
         "Jepang.", "id", "CONSULT"),
        # the act before unread: the modal cue itself reaches the verb joined to its own
        ("Washington will also begin moving some of its 2,000 marines out of Okinawa next year and hand over three "
         "bases to Japan, a U.S. official said.", "en", "RETREAT"),
    ]
    for text, lang, kind in planned_by_it:
        got, bare = both(run, modality.joined_to_plan, [text], lang, kind)
        assert [m for _, _, m in got] == ["planned"] and [m for _, _, m in bare] == ["asserted"], text
    # Past a comma the list has ended: what follows is done there.
    got, _ = both(run, modality.joined_to_plan,
                  ["Menteri Luar Negeri Australia tiba di Dili untuk meneken pakta keamanan dengan Timor Leste, "
                   "sekaligus mengumumkan bantuan 20 juta dolar."], "id", "AID")
    assert [m for _, _, m in got] == ["asserted"]


def test_content_of_pledge(run):
    got, bare = both(run, modality.content_of_pledge,
                     ["Chile and Peru signed a pact on Tuesday to share intelligence on smuggling networks."],
                     "en", "COOPERATE")
    assert [m for _, _, m in got] == ["planned"] and [m for _, _, m in bare] == ["asserted"]


def test_meeting_refused_ahead(run):
    text = ["Serbia's president said he would not meet the Kosovo prime minister before the elections."]
    got, bare = both(run, modality.meeting_refused_ahead, text, "en", "REJECT")
    assert [m for _, _, m in got] == ["asserted"] and bare == []
    _, bare = both(run, modality.meeting_refused_ahead, text, "en", "CONSULT")
    assert [m for _, _, m in bare] == ["negated"]
    # a concession said not to be made ahead is a refusal to yield; one not made (yet) stays the act negated
    text = ["Israel tidak akan mengizinkan truk bantuan masuk ke Jalur Gaza."]
    got, bare = both(run, modality.meeting_refused_ahead, text, "id", "REJECT")
    assert got == [(["Israel"], ["Palestina"], "asserted")] and bare == []
    got, _ = both(run, modality.meeting_refused_ahead, ["Israel belum mengizinkan truk bantuan masuk ke Jalur Gaza."],
                  "id", "RETREAT")
    assert [m for _, _, m in got] == ["negated"]


def test_meeting_called_off_by(run):
    text = ["Otoritas Beijing juga menunda pertemuan tiga menteri luar negeri dengan Jepang dan Korea Selatan."]
    got, bare = both(run, modality.meeting_called_off_by, text, "id", "REJECT")
    assert got == [(["Otoritas Beijing"], ["Jepang", "Korea Selatan"], "asserted")] and bare == []
    # called off for a reason of its own, or by nobody named: the meeting negated
    for text in ["Presiden Prabowo membatalkan pertemuan dengan Perdana Menteri Australia karena banjir di Sumatra.",
                 "Pertemuan antara Putin dan Trump di Budapest dibatalkan."]:
        got = acts(run([text], lang="id")[0], "CONSULT")
        assert [m for _, _, m in got] == ["negated"]


def test_listed_in_plan(run):
    got, bare = both(run, modality.listed_in_plan,
                     ["Filipina dan Vietnam sepakat memperluas kerja sama maritim di Laut China Selatan, "
                      "termasuk berbagi data satelit dan melatih awak kapal patroli."], "id", "COOPERATE")
    assert [m for _, _, m in got] == ["planned", "planned"] and [m for _, _, m in bare] == ["asserted", "asserted"]


def test_dissenters_ask_their_leader(run):
    got, bare = both(run, roles.dissenters_ask_their_leader,
                     ["NAIROBI - Para pengunjuk rasa menuntut Presiden William Ruto mundur setelah bentrokan."],
                     "id", "REQUEST")
    # (without it the leader goes unnamed: the dissenters' own state, dissenters_ask_their_state's target)
    assert [t for _, t, _ in got] == [["William Ruto"]] and [t for _, t, _ in bare] == [["KEN"]]


def test_dissenters_ask_their_state(run):
    got, bare = both(run, roles.dissenters_ask_their_state,
                     ["KATHMANDU - Para pengunjuk rasa menolak berunding dan menuntut pembubaran parlemen."],
                     "id", "REQUEST")
    assert [t for _, t, _ in got] == [["NPL"]] and [t for _, t, _ in bare] == [[]]


def test_force_at_home_without_party(run):
    got, bare = both(run, roles.force_at_home_without_party,
                     ["YANGON - Militer Myanmar melancarkan serangan udara ke desa-desa pada Senin malam."],
                     "id", "ASSAULT")
    assert [t for _, t, _ in got] == [["MMR"]] and [t for _, t, _ in bare] == [[]]


def test_force_on_people_at_home(run):
    got, bare = both(run, roles.force_on_people_at_home,
                     ["LIMA (Reuters) - Riot police shot dead three people near the presidential palace on Saturday."],
                     "en", "ASSAULT")
    assert [t for _, t, _ in got] == [["PER"]] and bare == []


def test_measure_at_home(run):
    got, bare = both(run, roles.measure_at_home,
                     ["KATHMANDU (Reuters) - UN rights chief Volker Türk criticised the crackdown on Monday.",
                      "Authorities imposed a curfew on the capital."], "en", kind="COERCE")
    assert got and got[0][1] == ["NPL"]
    assert bare and bare[0][1] != ["NPL"]


def test_holder_of_people_named_back(run):
    got, bare = both(run, roles.holder_of_people_named_back,
                     ["Malaysian authorities detained 38 Indonesian fishermen on Monday. Their boats were seized and "
                      "they will be deported after questioning."], "en", "COERCE")
    assert got == [(["Malaysian authorities"], ["Indonesian fishermen"], "asserted"),
                   (["Malaysian authorities"], ["Indonesian fishermen"], "planned")]
    assert bare == [(["Malaysian authorities"], ["Indonesian fishermen"], "asserted")]
    # The holder of the paragraph before, when this one has no act of its own before.
    got, bare = both(run, roles.holder_of_people_named_back,
                     ["Otoritas Malaysia menahan 38 nelayan Indonesia pada Senin.",
                      "Kapal-kapal mereka disita dan mereka akan dideportasi setelah diperiksa."], "id", "COERCE")
    assert got == [(["Otoritas Malaysia"], ["nelayan Indonesia"], "asserted"),
                   (["Otoritas Malaysia"], ["nelayan Indonesia"], "planned")] and bare == []


def test_craft_of_home_force(run):
    got, bare = both(run, roles.craft_of_home_force,
                     ["YANGON (ANTARA) - Helikopter militer menembaki sebuah desa di Wilayah Magway, Myanmar, "
                      "pada Selasa."], "id", "ASSAULT")
    assert got == [(["MMR"], ["Myanmar"], "asserted")] and got != bare


def test_act_named_back_not_next_clause(run):
    got, bare = both(run, roles.act_named_back_not_next_clause,
                     ["Militer Myanmar mengebom sebuah sekolah di Sagaing. Indonesia menyatakan keprihatinan atas "
                      "pengeboman tersebut, dan Menlu Thailand Maris Sangiampongsa, selaku ketua ASEAN, akan "
                      "berkunjung ke Naypyidaw."], "id", kind="ACCUSE")
    assert got == [(["Indonesia"], ["Militer Myanmar"], "asserted")]
    assert got != bare
