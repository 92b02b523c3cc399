"""Roles of events: who acts and who is acted on, when the clause does not say it plainly."""


def events_of(result, kind):
    return [e for e in result["events"] if e["type"] == kind]


def names(actors):
    return [a["name"] for a in actors]


def test_people_in_apposition_are_the_targets_not_their_countries(run):
    out = run(["Indian Foreign Minister Subrahmanyam Jaishankar held talks with his French and German "
               "counterparts, Jean-Noel Barrot and Johann Wadephul, in Paris."], lang="en")
    talks = events_of(out[0], "CONSULT")
    assert talks and names(talks[0]["targets"]) == ["Jean-Noel Barrot", "Johann Wadephul"]


def test_the_holder_of_a_title_a_country_owns_is_the_target(run):
    out = run(["Rubio spoke by phone with Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, "
               "on Monday."], lang="en")
    calls = events_of(out[0], "CONSULT")
    assert calls and names(calls[0]["targets"]) == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_definite_noun_names_back_the_act_it_answers(run):
    out = run(["Lithuania accused Belarus of sending migrants across the border.",
               "Poland and Latvia have also reinforced their own borders.",
               "Minsk rejected the accusations on Friday."], lang="en")
    reject = events_of(out[2], "REJECT")
    assert reject and [a["country"] or a["code"] for a in reject[0]["targets"]] == ["LTU"]
    assert reject[0]["targets"][0]["resolution"] == "context"
    out = run(["Pemerintah Vietnam menuduh China merusak kapal nelayannya di Laut China Selatan.",
               "Filipina dan Malaysia juga memantau perairan mereka.",
               "Beijing membantah tuduhan itu, Kamis."])
    reject = events_of(out[2], "REJECT")
    assert reject and [a["country"] or a["code"] for a in reject[0]["targets"]] == ["VNM"]


def test_a_gapped_pledge_gives_each_donor_its_event(run):
    out = run(["At the conference in Geneva, Norway pledged 40 million dollars to Yemen and Denmark "
               "25 million dollars."],
              lang="en")
    pledges = events_of(out[0], "AGREE")
    donors = {p["sources"][0]["country"]: p["amount"] for p in pledges}
    assert donors == {"NOR": "40 million dollars", "DNK": "25 million dollars"}
    assert all("YEM" in [a["country"] for a in p["targets"]] for p in pledges)


def test_a_negation_inside_a_relative_clause_stays_there(run):
    out = run(["Japan, which has ruled out sending troops, pledged $50 million to Ukraine."], lang="en")
    pledge = events_of(out[0], "AGREE")
    assert pledge and pledge[0]["modality"] == "asserted"


def test_a_journey_and_its_aim_a_planned_trip_and_its_purpose_two_acts(run):
    out = run(["Menteri Luar Negeri Singapura Vivian Balakrishnan tiba di Hanoi untuk bertemu mitranya dari Vietnam."])
    trip = events_of(out[0], "CONSULT")
    assert sorted(e["modality"] for e in trip) == ["asserted", "planned"]
    assert all(e["sources"][0]["name"] == "Vivian Balakrishnan" for e in trip)
    out = run(["Chile's foreign minister Alberto van Klaveren will travel to Lima for talks with Peru's "
               "foreign minister next week."], lang="en")
    assert len(events_of(out[0], "CONSULT")) == 1
    out = run(["The Netherlands expelled a Russian diplomat and summoned the Russian ambassador, "
               "accusing Moscow of spying on its ports."], lang="en")
    accusations = events_of(out[0], "ACCUSE")
    assert len(accusations) == 2


def test_a_lower_case_title_keeps_its_own_modifier(run):
    out = run(["On Sunday, rebel commander Ahmed Musa, a former army officer, warned in a video that his "
               "fighters would attack."],
              lang="en")
    threat = events_of(out[0], "THREATEN")
    assert threat and threat[0]["sources"][0]["name"] == "Ahmed Musa"


def test_an_international_body_named_back_by_its_head_word(run):
    out = run(["The International Atomic Energy Agency met in Vienna on Monday.",
               "Iran accused the agency of bias."], lang="en")
    accuse = events_of(out[1], "ACCUSE")
    assert accuse and accuse[0]["targets"][0]["code"] == "IAEA"
    out = run(["Majelis Umum PBB menggelar sidang darurat di New York.",
               "Israel menuduh majelis itu mengabaikan nasib para sandera."])
    accuse = events_of(out[1], "ACCUSE")
    assert accuse and accuse[0]["targets"][0]["code"] == "UNGA"


def test_a_charge_in_reported_words_is_the_speakers_accusation(run):
    out = run(["Eritrean Foreign Minister Osman Saleh said Ethiopia had violated the ceasefire in Tigray."], lang="en")
    accuse = events_of(out[0], "ACCUSE")
    assert accuse and accuse[0]["sources"][0]["name"] == "Osman Saleh"
    assert [a["country"] for a in accuse[0]["targets"]] == ["ETH"]
    out = run(["Menteri Luar Negeri Venezuela Yvan Gil mengatakan, “Justru Guyana yang terus memprovokasi kami.”"])
    accuse = events_of(out[0], "ACCUSE")
    assert accuse and accuse[0]["sources"][0]["name"] == "Yvan Gil"
    assert [a["country"] for a in accuse[0]["targets"]] == ["GUY"]
    # The narrator's own words accuse nobody.
    out = run(["Ethiopia violated the ceasefire in Tigray twice last week."], lang="en")
    assert not events_of(out[0], "ACCUSE")


def test_a_condition_after_the_act_makes_it_hypothetical_but_a_threat_stays_a_threat(run):
    out = run(["Kementerian Luar Negeri Malaysia akan memanggil Duta Besar Singapura jika insiden serupa terulang."])
    summon = events_of(out[0], "ACCUSE")
    assert summon and summon[0]["modality"] == "hypothetical"
    out = run(["If the council imposes new sanctions, Caracas will retaliate against Washington, "
               "Venezuelan Foreign Minister Yvan Gil warned."], lang="en")
    threat = events_of(out[0], "THREATEN")
    assert threat and {e["modality"] for e in threat} == {"asserted"}


def test_a_second_object_shares_the_verb_and_a_next_step_shares_the_plan(run):
    out = run(["Perdana Menteri India Narendra Modi dijadwalkan bertemu Presiden Xi Jinping, "
               "sebelum menghadiri KTT BRICS di Kazan dan KTT G20 di Johannesburg."])
    consult = events_of(out[0], "CONSULT")
    assert {e["modality"] for e in consult} == {"planned"}
    by_target = {e["targets"][0]["code"] or e["targets"][0]["name"]: e for e in consult if e["targets"]}
    assert {"BRICS", "G20"} <= set(by_target)
    assert all(e["sources"][0]["name"] == "Narendra Modi" for e in consult)
    # A summit merely named is nobody's act.
    out = run(["The G20 summit in Johannesburg drew protests."], lang="en")
    assert not events_of(out[0], "CONSULT")


def test_modifiers_and_acts_named_back_are_not_new_events(run):
    out = run(["Zelenskiy urged allies to lift limits on Western-supplied weapons."], lang="en")
    assert not events_of(out[0], "AID")
    out = run(["Uni Eropa mencabut sanksi terhadap Suriah pada Mei.",
               "Menurut Kaja Kallas, pencabutan sanksi itu membantu rakyat Suriah."])
    assert len(events_of(out[0], "CONCEDE")) == 1
    assert not events_of(out[1], "CONCEDE")


def test_a_summit_named_back_is_the_body_that_met(run):
    out = run(["Para pemimpin G20 membuka KTT di Johannesburg, Sabtu.",
               "Kementerian Luar Negeri Rusia mengecam KTT tersebut."])
    accuse = events_of(out[1], "ACCUSE")
    assert accuse and accuse[0]["targets"][0]["code"] == "G20"


def test_the_north_and_the_south_in_a_story_about_the_koreas(run):
    out = run(["North Korea fired two ballistic missiles into the sea on Monday.",
               "The South condemned the launch and accused the North of violating UN resolutions."], lang="en")
    accuse = events_of(out[1], "ACCUSE")
    assert accuse and accuse[0]["sources"][0]["country"] == "KOR"
    assert any(a["country"] == "PRK" for e in accuse for a in e["targets"])
    # Elsewhere the words are only words.
    out = run(["The North Face opened a store in Jakarta."], lang="en")
    assert not [e for e in out[0]["events"] if any(a["country"] == "PRK" for a in e["sources"])]


def test_the_ministers_of_a_country_are_the_ones_the_story_named(run):
    out = run(["Australian Foreign Minister Penny Wong and Defence Minister Richard Marles arrived in Jakarta "
               "on Monday.",
               "The Australian ministers then held talks with Indonesian Foreign Minister Sugiono."], lang="en")
    talks = events_of(out[1], "CONSULT")
    assert talks and sorted(names(talks[0]["sources"])) == ["Penny Wong", "Richard Marles"]


def test_an_ambassador_to_a_body_serves_the_state_named_first(run):
    out = run(["Iranian U.N. Ambassador Amir Saeid Iravani accused Israel of violating the truce."], lang="en")
    accuse = events_of(out[0], "ACCUSE")
    assert accuse and accuse[0]["sources"][0]["country"] == "IRN"


def test_the_object_of_the_next_verb_is_not_this_ones(run):
    out = run(["Lithuania accused Belarus of pushing migrants over the border.",
               "Minsk rejected the accusations and called on the European Union to talk."], lang="en")
    reject = events_of(out[1], "REJECT")
    assert reject and reject[0]["targets"][0]["country"] == "LTU"


def test_talks_with_one_and_then_another_are_two_meetings_with_their_own_ids(run):
    out = run(["Menteri Luar Negeri Jepang Takeshi Iwaya melakukan pembicaraan dengan Menteri Luar Negeri Vietnam "
               "Bui Thanh Son dan kemudian dengan Perdana Menteri Pham Minh Chinh."])
    talks = events_of(out[0], "CONSULT")
    assert [names(e["targets"]) for e in talks] == [["Bui Thanh Son"], ["Pham Minh Chinh"]]
    assert len({e["id"] for e in talks}) == 2


def test_the_country_named_back_is_the_state_named_last(run):
    out = run(["Somalia asked for more troops last year.",
               "In March, the East African nation appealed for international help."], lang="en")
    ask = events_of(out[1], "REQUEST")
    assert ask and ask[0]["sources"][0]["country"] == "SOM"
    out = run(["Timor-Leste resmi menjadi anggota ke-11 ASEAN.",
               "Negara itu meminta bantuan teknis kepada Indonesia."])
    ask = events_of(out[1], "REQUEST")
    assert ask and ask[0]["sources"][0]["country"] == "TLS"


def test_weapons_a_bid_approved_and_a_warning_of_what_it_would_do(run):
    out = run(["Paris said it would not send its long-range SCALP cruise missiles to Kyiv."], lang="en")
    aid = events_of(out[0], "AID")
    assert aid and aid[0]["modality"] == "negated" and aid[0]["targets"][0]["country"] == "UKR"
    out = run(["Hungary's parliament ratified Finland's bid to join NATO.",
               "Finnish President Sauli Niinisto welcomed the vote."], lang="en")
    support = events_of(out[0], "SUPPORT")
    assert support and support[0]["targets"][0]["country"] == "FIN"
    welcome = events_of(out[1], "SUPPORT")
    assert welcome and welcome[0]["targets"][0]["country"] == "HUN"
    out = run(["The European Union warned it would suspend trade talks with Georgia."], lang="en")
    assert events_of(out[0], "THREATEN")


def test_money_is_not_a_party_and_an_official_serves_the_ministry_named_after(run):
    out = run(["Bank Dunia menyetujui pinjaman senilai 500 juta dolar AS untuk Mesir."])
    assert not [a for e in out[0]["events"] for a in e["targets"] if a["country"] == "USA"]
    out = run(["Vice Foreign Minister Ma Zhaoxu summoned the Philippine ambassador on Monday, "
               "the Chinese Foreign Ministry said."], lang="en")
    summon = events_of(out[0], "ACCUSE")
    assert summon and summon[0]["sources"][0]["country"] == "CHN"


def test_attending_as_an_observer_is_at_the_meeting_named_before(run):
    out = run(["Para pemimpin negara anggota ASEAN membuka KTT di Kuala Lumpur, Minggu. "
               "Presiden Brasil Luiz Inacio Lula da Silva turut hadir sebagai tamu, sementara Myanmar hanya mengirim "
               "seorang pejabat."])
    attend = [e for e in events_of(out[0], "CONSULT") if e["sources"][0]["name"].startswith("Luiz")]
    assert attend and attend[0]["targets"][0]["code"] == "ASEAN"


def test_an_object_after_a_preposition_does_not_join_the_next_subject(run):
    out = run(["Qatar deposited $3 billion with Egypt's central bank and the United Arab Emirates "
               "transferred another $2 billion to Cairo."], lang="en")
    second = [e for e in events_of(out[0], "AID") if "transferred" in e["trigger"]["text"]]
    assert second and [a["country"] for a in second[0]["sources"]] == ["ARE"]


def test_a_subject_in_apposition_to_a_counterpart_joins_the_one_it_belongs_to(run):
    out = run(["Chilean Foreign Minister Alberto van Klaveren and his Argentine counterpart, Diana Mondino, "
               "signed a fisheries accord in Santiago."], lang="en")
    signing = events_of(out[0], "SUPPORT") or events_of(out[0], "AGREE") or events_of(out[0], "COOPERATE")
    assert signing and names(signing[0]["sources"])[:2] == ["Alberto van Klaveren", "Diana Mondino"]
    out = run(["Menteri Luar Negeri Filipina Enrique Manalo dan mitranya dari Vietnam, Bui Thanh Son, "
               "bertemu di Manila pada Selasa."])
    talks = events_of(out[0], "CONSULT")
    assert talks and sorted(names(talks[0]["sources"] + talks[0]["targets"])) == ["Bui Thanh Son", "Enrique Manalo"]
    assert "Enrique Manalo" in names(talks[0]["sources"])


def test_a_counterpart_without_commas_joins_the_subject_too(run):
    out = run(["Malaysian Foreign Minister Mohamad Hasan and his Thai counterpart Maris Sangiampongsa "
               "met in Putrajaya on Monday."], lang="en")
    talks = events_of(out[0], "CONSULT")
    assert talks and names(talks[0]["sources"])[:1] == ["Mohamad Hasan"]
    assert "Maris Sangiampongsa" in names(talks[0]["sources"] + talks[0]["targets"])


def test_mereka_in_a_later_paragraph_is_a_pair_named_before(run):
    out = run(["Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri China Wang Yi di Beijing, Senin.",
               "Keduanya sepakat memperkuat kerja sama maritim.",
               "Mereka juga membahas situasi di Laut China Selatan."])
    talks = events_of(out[2], "CONSULT")
    assert talks and {c for a in talks[0]["sources"] for c in a.get("members") or [a["country"]]} >= {"IDN", "CHN"}


def test_the_owners_of_a_plural_subject_stay_one_group(run):
    out = run(["The defence ministers of Vietnam and the Philippines met in Hanoi on Tuesday."], lang="en")
    talks = events_of(out[0], "CONSULT")
    assert talks and sorted(a["country"] for a in talks[0]["sources"]) == ["PHL", "VNM"]


def test_a_body_with_its_short_form_in_brackets_stays_joined_to_the_actor_before_it(run):
    out = run(["Mesir dan Organisasi Kesehatan Dunia (WHO) menyerukan gencatan senjata di Sudan."], lang="id")
    calls = events_of(out[0], "REQUEST")
    assert calls and names(calls[0]["sources"]) == ["Mesir", "World Health Organization"]
    assert not any(a["name"] == "Mesir" for a in calls[0]["targets"])


def test_actors_listed_before_a_last_item_no_actor_names_are_one_list(run):
    out = run(["Rencana itu menuai kecaman dari Yordania, Uni Eropa, dan sejumlah organisasi kemanusiaan."], lang="id")
    charges = events_of(out[0], "ACCUSE")
    assert charges and names(charges[0]["sources"]) == ["Yordania", "European Union"]


def test_a_verb_after_the_first_verb_s_object_and_a_comma_is_the_first_subject_s(run):
    out = run(["Presiden Prancis Emmanuel Macron menelepon Presiden Rusia Vladimir Putin dan Presiden Ukraina "
               "Volodymyr Zelensky, mendesak keduanya berunding."], lang="id")
    asks = events_of(out[0], "REQUEST")
    assert asks and names(asks[0]["sources"]) == ["Emmanuel Macron"]
    assert names(asks[0]["targets"]) == ["Vladimir Putin", "Volodymyr Zelensky"]


def test_a_subject_together_with_a_list_acts_with_each_of_it(run):
    out = run(["Presiden Kenya William Ruto bersama Presiden Tanzania Samia Suluhu Hassan, Presiden Uganda Yoweri "
               "Museveni, dan Presiden Rwanda Paul Kagame menandatangani deklarasi itu."], lang="id")
    signed = events_of(out[0], "SUPPORT")
    assert signed and names(signed[0]["sources"]) == ["William Ruto", "Samia Suluhu Hassan", "Yoweri Museveni",
                                                      "Paul Kagame"]


def test_a_count_before_the_last_item_of_a_list_does_not_break_it(run):
    out = run(["Kanada, Jepang, dan 5 negara Barat lainnya mengecam penangkapan itu."], lang="id")
    charges = events_of(out[0], "ACCUSE")
    assert charges and names(charges[0]["sources"]) == ["Kanada", "Jepang", "Western powers"]


def test_a_list_of_place_names_is_no_subject_of_the_verb_after_it(run):
    out = run(["Kelompok bersenjata TPNPB menyerang pos polisi di Distrik Ilaga, Kabupaten Puncak, Papua Tengah, "
               "Senin (3/3), dan membakar dua rumah warga."], lang="id")
    burned = [e for e in events_of(out[0], "ASSAULT") if e["trigger"]["text"].startswith("membakar")]
    assert burned and [a.get("code") for a in burned[0]["sources"]] == ["TPNPB"]
