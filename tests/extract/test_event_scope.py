"""What counts as an act of its own, and who acts in it: refusals (rejections), requests and
promises, journeys and their aims, pairs, truces between two sides."""


def events_of(result, kind):
    return [e for e in result["events"] if e["type"] == kind]


def sides(actors):
    return sorted(a["code"] or a["country"] or a["name"] for a in actors)


def test_a_refusal_is_a_rejection_by_the_refuser_not_the_act_negated(run):
    out = run(["Perdana Menteri Nepal menolak untuk menandatangani perjanjian perbatasan dengan India."])
    assert not events_of(out[0], "SUPPORT")
    reject = events_of(out[0], "REJECT")
    assert len(reject) == 1 and reject[0]["modality"] == "asserted"
    assert sides(reject[0]["sources"]) == ["NPL"]
    out = run(["Serbia refused to return to the EU-mediated talks with Kosovo."], lang="en")
    assert not events_of(out[0], "CONSULT")
    reject = events_of(out[0], "REJECT")
    assert len(reject) == 1 and reject[0]["modality"] == "asserted" and reject[0]["cameo"] == "125"
    assert sides(reject[0]["sources"]) == ["SRB"]
    out = run(["Hungary refused to commit to assistance for Ukraine."], lang="en")
    reject = events_of(out[0], "REJECT")
    assert reject and sides(reject[0]["sources"]) == ["HUN"] and sides(reject[0]["targets"]) == ["UKR"]
    # A plain negation stays a negated act.
    out = run(["Serbia did not return to the EU-mediated talks with Kosovo."], lang="en")
    assert not events_of(out[0], "REJECT") and events_of(out[0], "CONSULT")[0]["modality"] == "negated"


def test_what_is_requested_or_promised_has_not_happened(run):
    out = run(["Presiden Ghana mendesak negara-negara Barat menjatuhkan sanksi terhadap junta Mali."])
    assert events_of(out[0], "REQUEST") and not events_of(out[0], "SANCTION")
    out = run(["The African Union urged Ethiopia and Eritrea to withdraw their troops from the border."], lang="en")
    assert events_of(out[0], "REQUEST") and not events_of(out[0], "RETREAT")
    out = run(["Chile and Peru agreed to expand sanctions on the smuggling network."], lang="en")
    assert events_of(out[0], "AGREE") and not events_of(out[0], "SANCTION")
    # Where the promise was made is not what was promised.
    out = run(["Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed "
               "in a phone call to reopen the border crossing."], lang="en")
    assert events_of(out[0], "CONSULT")


def test_a_journey_and_its_aim_the_traveller_acts_in_both(run):
    out = run(["Perdana Menteri Malaysia Anwar Ibrahim tiba di Tokyo, Jepang, Senin, "
               "untuk menghadiri Konferensi Tingkat Tinggi ASEAN-Jepang."])
    trip = events_of(out[0], "CONSULT")
    assert {e["modality"] for e in trip} == {"asserted", "planned"}
    assert all(e["sources"][0]["name"] == "Anwar Ibrahim" for e in trip)


def test_voters_who_join_others_and_the_outcome_belongs_to_the_assembly(run):
    out = run(["The U.N. General Assembly voted on Thursday to demand that foreign forces leave the island.",
               "Chad and Mali joined Russia and Belarus in voting no, while Canada and Japan voted yes.",
               "Cypriot U.N. Ambassador Andreas Kakouris hailed the outcome."], lang="en")
    no = events_of(out[1], "REJECT")
    assert no and sides(no[0]["sources"]) == ["BLR", "MLI", "RUS", "TCD"]
    yes = events_of(out[1], "SUPPORT")
    assert yes and sides(yes[0]["sources"]) == ["CAN", "JPN"]
    hailed = events_of(out[2], "SUPPORT")
    assert hailed and sides(hailed[0]["targets"]) == ["UNGA"]


def test_a_pair_joined_by_a_hyphen_owns_a_joint_act_and_plans_it(run):
    out = run(["Ia menegaskan bahwa patroli gabungan Vietnam-Kamboja tetap akan digelar bulan depan."])
    patrol = events_of(out[0], "COOPERATE")
    assert patrol and sides(patrol[0]["sources"]) == ["KHM", "VNM"]
    assert patrol[0]["modality"] == "planned" and patrol[0]["targets"] == []


def test_a_truce_between_two_sides_is_theirs_and_an_exchange_names_it_back(run):
    out = run(["Gencatan senjata antara Armenia dan Azerbaijan mulai berlaku Senin.",
               "Azerbaijan membebaskan 12 tentara Armenia, dan Armenia membebaskan 5 tahanan Azerbaijan.",
               "Pertukaran tersebut dimediasi oleh Rusia."])
    truce = events_of(out[0], "RETREAT")
    assert truce and sides(truce[0]["sources"]) == ["ARM", "AZE"]
    mediation = events_of(out[2], "CONSULT")
    assert mediation and sides(mediation[0]["sources"]) == ["RUS"]
    assert set(sides(mediation[0]["targets"])) <= {"ARM", "AZE"} and mediation[0]["targets"]


def test_a_rank_before_a_title_and_a_state_body_named_back(run):
    out = run(["Wakil Menteri Perdagangan Jepang Kenji Mori bertemu Menteri Perdagangan Budi Santoso di Jakarta."])
    meet = events_of(out[0], "CONSULT")
    assert meet and meet[0]["sources"][0]["name"] == "Kenji Mori"
    out = run(["Myanmar's military spokesman said the talks had failed.",
               "In June, the junta freed 1,320 prisoners to mark a holiday."], lang="en")
    release = events_of(out[1], "RETREAT")
    assert release and sides(release[0]["sources"]) == ["MMR"]


def test_fellow_donors_after_a_new_clause_are_not_the_recipients(run):
    out = run(["International donors pledged $900 million for Yemen on Monday.",
               "Norway said it would give 40 million dollars, while Japan pledged 30 million dollars "
               "and South Korea 20 million dollars."], lang="en")
    pledges = events_of(out[1], "AGREE")
    assert sorted(sides(p["sources"])[0] for p in pledges) == ["JPN", "KOR", "NOR"]
    assert all(sides(p["targets"]) == ["YEM"] for p in pledges)


def test_a_label_on_what_another_party_spread_accuses_it(run):
    out = run(["Juru bicara Kementerian Luar Negeri Iran Esmaeil Baghaei menyebut laporan itu sebagai "
               "“kebohongan besar” yang sengaja disebarkan Israel."])
    charge = events_of(out[0], "ACCUSE")
    assert charge and charge[0]["sources"][0]["name"] == "Esmaeil Baghaei"
    assert sides(charge[0]["targets"]) == ["ISR"]
    # A label with no one behind it accuses nobody.
    out = run(["Juru bicara itu menyebut pertemuan tersebut sebagai “langkah maju”."])
    assert not events_of(out[0], "ACCUSE")


def test_the_owner_of_a_plan_does_the_planned_act(run):
    out = run(["Komisi Eropa menegaskan bahwa Slowakia tetap terikat pada rencana Uni Eropa untuk "
               "menghentikan seluruh impor gas dari Rusia."])
    ban = next(e for e in out[0]["events"] if e["type"] == "SANCTION")
    assert ban["modality"] == "planned" and ban["source"]["code"] == "EU"
    assert ban["targets"][0]["country"] == "RUS"
    out = run(["Seoul welcomed a decision by Tokyo to lift export curbs on chip materials."], lang="en")
    lift = next(e for e in out[0]["events"] if e["type"] == "CONCEDE")
    assert lift["source"]["country"] == "JPN"


def test_leading_an_exercise_and_sacrificing_ties(run):
    out = run(["Filipina dan Jepang memimpin latihan Kamandag di Luzon pekan lalu.",
               "Menurut menteri itu, Mesir tidak akan mengorbankan hubungannya dengan Qatar."])
    drill = next(e for e in out[0]["events"] if e["type"] == "MOBILIZE")
    assert {a["country"] for a in drill["sources"]} == {"PHL", "JPN"}
    ties = next(e for e in out[1]["events"] if e["type"] == "SANCTION")
    assert ties["modality"] == "negated" and ties["source"]["country"] == "EGY"
    assert ties["targets"][0]["country"] == "QAT"


def test_a_clitic_object_is_what_the_act_before_was_aimed_at(run):
    out = run(["Dewan Keamanan PBB memungut suara atas rancangan itu. Malaysia memberikan suara setuju, "
               "sedangkan Rusia menolaknya."])
    rejects = [e for e in out[0]["events"] if e["type"] == "REJECT"]
    assert rejects and rejects[0]["source"]["country"] == "RUS"
    assert rejects[0]["targets"][0]["code"] == "UNSC"


def test_a_warning_aimed_at_a_party_inside_a_relative_clause(run):
    out = run(["Militer Korea Utara menyebut manuver itu sebagai “peringatan keras” terhadap pasukan "
               "yang membela Korea Selatan."])
    threat = next(e for e in out[0]["events"] if e["type"] == "THREATEN")
    assert threat["source"]["country"] == "PRK" and threat["targets"][0]["country"] == "KOR"


def test_the_aim_of_a_call_and_a_pronoun_that_receives(run):
    out = run(["Menteri Pertahanan Jepang Gen Nakatani dijadwalkan berbicara melalui telepon dengan "
               "Menteri Pertahanan Filipina Gilberto Teodoro untuk meminta penjelasan."])
    ask = next(e for e in out[0]["events"] if e["type"] == "REQUEST")
    assert ask["modality"] == "planned" and ask["targets"][0]["name"] == "Gilberto Teodoro"
    out = run(["Presiden Brasil Luiz Inacio Lula da Silva bertemu Menteri Luar Negeri AS Marco Rubio di Brasilia.",
               "Lula menambahkan, tanpa merinci isinya, dirinya telah menerima dua surat dari Presiden Xi Jinping."])
    letters = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert letters["modality"] == "asserted"
    assert letters["source"]["name"] == "Xi Jinping"
    assert letters["targets"][0]["name"].startswith("Luiz Inacio Lula")


def test_an_apposition_that_renames_the_act_is_the_same_event(run):
    out = run(["The State Department granted Turkey a one-year exemption from sanctions, in effect a sanctions "
               "waiver, for its purchases of Russian gas."], lang="en")
    assert [e["type"] for e in out[0]["events"]].count("CONCEDE") == 1


def test_a_quoted_epithet_pinned_on_a_party_is_an_accusation(run):
    out = run(['Colombian President Gustavo Petro called Ecuadorian President Daniel Noboa "a liar" on Sunday.',
               'Ecuador called on Colombia to "respect its sovereignty".'], lang="en")
    acc = next(e for e in out[0]["events"] if e["type"] == "ACCUSE")
    assert acc["source"]["name"] == "Gustavo Petro" and acc["targets"][0]["name"] == "Daniel Noboa"
    assert not [e for e in out[1]["events"] if e["type"] == "ACCUSE"]
    out = run(["Presiden Venezuela Nicolas Maduro menjuluki Presiden Argentina Javier Milei “pengkhianat”."])
    acc = next(e for e in out[0]["events"] if e["type"] == "ACCUSE")
    assert acc["targets"][0]["name"] == "Javier Milei"


def test_threatening_peace_is_no_threat_and_adverbs_before_the_verb(run):
    out = run(["“Kami mendesak Beijing menghentikan tindakan yang mengancam perdamaian,” kata Kemenlu Jepang.",
               "Junta Sudan hingga kini belum mengizinkan konvoi bantuan memasuki Darfur.",
               "Rusia telah mengirim 2.000 tentara ke Belarus dan berencana menambah jumlahnya hingga 8.000 "
               "tentara bulan depan."])
    assert not [e for e in out[0]["events"] if e["type"] == "THREATEN"]
    access = next(e for e in out[1]["events"] if e["type"] == "RETREAT")
    assert access["modality"] == "negated" and access["source"]["country"] == "SDN"
    more = [e for e in out[2]["events"] if e["type"] == "MOBILIZE" and e["modality"] == "planned"]
    assert more and more[0]["source"]["country"] == "RUS"


def test_the_one_quoted_is_not_the_object_of_the_quoted_act(run):
    out = run(['"The war ends the day Russia withdraws its troops," Polish Foreign Minister Radoslaw Sikorski said.'],
              lang="en")
    pulls = [e for e in out[0]["events"] if e["type"] == "RETREAT"]
    assert pulls and all(a["name"] != "Radoslaw Sikorski" for e in pulls for a in e["targets"])


def test_signing_and_aid_with_free_words_between(run):
    out = run(["Chile and Peru signed a lithium supply agreement during Boric's visit to Lima.",
               "Norway will provide an additional $20 million in humanitarian aid to Sudan."], lang="en")
    kinds = {(e["type"], e["source"]["country"] if e["source"] else None) for e in out[0]["events"]}
    assert ("SUPPORT", "CHL") in kinds and ("CONSULT", "CHL") in kinds
    visit = next(e for e in out[0]["events"] if e["type"] == "CONSULT")
    assert visit["source"]["name"] == "Gabriel Boric" and visit["targets"][0]["country"] == "PER"
    aid = next(e for e in out[1]["events"] if e["type"] == "AID")
    assert aid["modality"] == "planned" and aid["targets"][0]["country"] == "SDN"
    out = run(["Malaysia dan Thailand menandatangani dua nota kesepahaman di Putrajaya.",
               "Korea Selatan mengirimkan 3 juta dolar AS bantuan kemanusiaan kepada Sudan."])
    assert any(e["type"] == "SUPPORT" for e in out[0]["events"])
    aid = next(e for e in out[1]["events"] if e["type"] == "AID")
    assert aid["source"]["country"] == "KOR" and aid["targets"][0]["country"] == "SDN"


def test_an_act_named_as_a_topic_is_not_the_subjects(run):
    out = run(["Inggris menjatuhkan sanksi terhadap empat pejabat Iran terkait pengiriman rudal ke Rusia."])
    assert [e["type"] for e in out[0]["events"]] == ["SANCTION"]
    out = run(["Britain imposed sanctions on four Iranian officials over missile deliveries to Russia."], lang="en")
    assert [e["type"] for e in out[0]["events"]] == ["SANCTION"]


def test_an_exercise_held_together_is_a_show_of_force_and_suspended_membership(run):
    out = run(["Japan and Australia began their annual Southern Jackaroo exercises on Monday.",
               "Russia began snap military drills near the Finnish border.",
               "The Economic Community of West African States suspended Guinea's membership after the coup."],
              lang="en")
    assert [e["type"] for e in out[0]["events"]] == ["MOBILIZE"]
    assert [e["type"] for e in out[1]["events"]] == ["MOBILIZE"]
    suspended = next(e for e in out[2]["events"] if e["type"] == "SANCTION")
    assert suspended["targets"][0]["country"] == "GIN"
    out = run(["Uni Afrika menangguhkan keanggotaan Gabon setelah kudeta militer."])
    assert next(e for e in out[0]["events"] if e["type"] == "SANCTION")["targets"][0]["country"] == "GAB"


def test_closing_a_states_mission_and_vowing_to_respond(run):
    out = run(["Lithuania closed the last Belarusian consulate on its soil on Friday.",
               "Minsk vowed to respond."], lang="en")
    closed = next(e for e in out[0]["events"] if e["type"] == "SANCTION")
    assert closed["source"]["country"] == "LTU" and closed["targets"][0]["country"] == "BLR"
    threat = next(e for e in out[1]["events"] if e["type"] == "THREATEN")
    assert threat["source"]["country"] == "BLR"


def test_surname_opening_a_sentence_and_acts_of_two_parties(run):
    out = run(["Zelensky urged Western allies to speed up deliveries of air defence systems.",
               "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.",
               "Mali's junta revoked military cooperation agreements with France."], lang="en")
    urge = next(e for e in out[0]["events"] if e["type"] == "REQUEST")
    assert urge["source"]["name"] == "Volodymyr Zelensky"
    agree = next(e for e in out[1]["events"] if e["type"] == "AGREE")
    assert not agree["targets"]     # between the two, not with the broker
    revoked = next(e for e in out[2]["events"] if e["type"] == "SANCTION")
    assert revoked["source"]["country"] == "MLI" and revoked["targets"][0]["country"] == "FRA"


def test_a_negated_doubt_affirms_the_act_after_it(run):
    """'tak akan ragu', 'would not hesitate' (negation.jsonl affirmed_next): the act after is coming, not negated."""
    out = run(["Korea Utara menegaskan Pyongyang tak akan ragu mengambil tindakan balasan yang lebih kuat "
               "terhadap Seoul."])
    threats = events_of(out[0], "THREATEN")
    assert threats and all(e["modality"] == "asserted" for e in threats)
    # A plain negation before an act still negates it.
    out = run(["Korea Utara menegaskan Pyongyang tidak akan mengambil tindakan balasan terhadap Seoul."])
    assert all(e["modality"] == "negated" for e in events_of(out[0], "THREATEN"))
