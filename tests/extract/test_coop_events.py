"""Cooperative and de-escalation acts (RETREAT, CONCEDE, COOPERATE, AID) as wire
copy words them, with the actor who acts as source and the one who gains as
target (trigger rows at the end of lang/<code>/event_triggers.jsonl)."""

from __future__ import annotations

from event_checks import codes, found, one


# RETREAT, English

def test_forces_withdrew_from_a_place_source_is_the_forces(run):
    e = one(run, "Israeli troops withdrew from the southern Lebanese town of Khiam on Wednesday.",
            "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["ISR"] and codes(e["targets"]) == ["LBN"]


def test_withdrew_from_a_treaty_is_no_retreat(run):
    assert not found(run(["Russia withdrew from the treaty in 2023."], lang="en")[0], "RETREAT")


def test_began_withdrawing_troops(run):
    e = one(run, "Israel began withdrawing troops from southern Lebanon.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["ISR"]


def test_released_a_person_with_a_title_targets_the_nationality(run):
    e = one(run, "Moscow released the American journalist Evan Gershkovich on Thursday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["USA"]


def test_freed_hostages_of_a_nationality_target_it(run):
    e = one(run, "Hamas freed three Israeli hostages on Sunday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["HAMAS"] and codes(e["targets"]) == ["ISR"]


def test_handed_over_fishermen_a_release(run):
    e = one(run, "Pakistan handed over 60 Indian fishermen to Indian authorities on Friday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["IND"]


def test_evacuated_its_citizens_a_withdrawal(run):
    e = one(run, "France evacuated its citizens from Niger.", "RETREAT", mode="withdraw")
    assert codes(e["sources"]) == ["FRA"] and codes(e["targets"]) == ["NER"]


def test_demobilised_fighters_a_disarmament(run):
    e = one(run, "Ethiopia demobilised 50,000 fighters in Tigray.", "RETREAT", mode="disarm")
    assert codes(e["sources"]) == ["ETH"]


def test_observed_the_truce_a_ceasefire(run):
    e = one(run, "Thailand and Cambodia observed a fragile truce on Sunday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"THA", "KHM"}


# CONCEDE, English

def test_eased_restrictions_a_concession(run):
    e = one(run, "Israel eased restrictions on fishing off the coast of Gaza.", "CONCEDE", mode="ease")
    assert codes(e["sources"]) == ["ISR"]


def test_lifted_a_ban_on_imports(run):
    e = one(run, "Kenya lifted a ban on imports of Ugandan milk.", "CONCEDE", mode="ease")
    assert codes(e["sources"]) == ["KEN"]


def test_lifted_the_state_of_emergency(run):
    e = one(run, "Ethiopia lifted the state of emergency in Amhara.", "CONCEDE", mode="ease")
    assert codes(e["sources"]) == ["ETH"]


def test_reopened_a_named_crossing(run):
    e = one(run, "Egypt reopened the Rafah crossing on Monday.", "CONCEDE", mode="ease")
    assert codes(e["sources"]) == ["EGY"]


def test_reopened_embassy_is_no_concession(run):
    assert not found(run(["Syria reopened its embassy in Riyadh."], lang="en")[0], "CONCEDE")


def test_apologised_a_concession(run):
    e = one(run, "Vladimir Putin apologised to Ilham Aliyev for the downing of the plane.", "CONCEDE")
    assert [a["name"] for a in e["targets"]] == ["Ilham Aliyev"]


# COOPERATE, English

def test_extradited_to_a_country(run):
    e = one(run, "Thailand extradited two fraud suspects to China on Tuesday.", "COOPERATE")
    assert codes(e["sources"]) == ["THA"] and codes(e["targets"]) == ["CHN"]


def test_joint_investigation(run):
    e = one(run, "Vietnam and Cambodia launched a joint investigation into human trafficking.", "COOPERATE")
    assert set(codes(e["sources"])) == {"VNM", "KHM"}


def test_joint_drills_with_words_between(run):
    e = one(run, "Japan and the Philippines held joint coast guard drills in June.", "MOBILIZE")
    assert set(codes(e["sources"])) == {"JPN", "PHL"}


# AID, English

def test_sent_an_air_defence_system(run):
    e = one(run, "Germany sent a fifth Patriot air defence system to Ukraine.", "AID", mode="military")
    assert codes(e["sources"]) == ["DEU"] and codes(e["targets"]) == ["UKR"]


def test_sent_trucks_of_flour(run):
    e = one(run, "Saudi Arabia sent 40 trucks of flour and medicine to Sudan.", "AID", mode="humanitarian")
    assert codes(e["sources"]) == ["SAU"] and codes(e["targets"]) == ["SDN"]


# Indonesian

def test_pasukan_menarik_diri_source_is_the_forces(run):
    e = one(run, "Pasukan Israel menarik diri dari Koridor Netzarim pada Minggu.",
            "RETREAT", lang="id", mode="withdraw")
    assert codes(e["sources"]) == ["ISR"]


def test_menarik_diri_dari_perjanjian_is_no_retreat(run):
    assert not found(run(["Amerika Serikat menarik diri dari Perjanjian Paris."])[0], "RETREAT")


def test_menarik_mundur_sebagian_pasukannya(run):
    e = one(run, "Rusia menarik mundur sebagian pasukannya dari Kherson.", "RETREAT", lang="id", mode="withdraw")
    assert codes(e["sources"]) == ["RUS"]


def test_bertukar_tawanan_with_a_number(run):
    e = one(run, "Rusia dan Ukraina bertukar 300 tawanan perang pada Jumat.", "RETREAT", lang="id", mode="release")
    assert set(codes(e["sources"])) == {"RUS", "UKR"}


def test_membebaskan_nelayan_targets_their_country(run):
    e = one(run, "Turki membebaskan 15 nelayan Yunani yang ditahan sejak Januari.",
            "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["TUR"] and codes(e["targets"]) == ["GRC"]


def test_menyerah_kepada_pasukan_a_surrender(run):
    e = one(run, "Puluhan tentara Rusia menyerah kepada pasukan Ukraina di dekat Kursk.",
            "RETREAT", lang="id", mode="surrender")
    assert codes(e["sources"]) == ["RUS"]


def test_menyerah_pada_tekanan_a_concession(run):
    out = run(["Pemerintah Serbia akhirnya menyerah pada tekanan Uni Eropa."])[0]
    assert found(out, "CONCEDE") and not found(out, "RETREAT")


def test_mencabut_larangan_impor(run):
    e = one(run, "Polandia mencabut larangan impor gandum dari Ukraina.", "CONCEDE", lang="id", mode="ease")
    assert codes(e["sources"]) == ["POL"]


def test_membuka_kembali_named_crossing(run):
    e = one(run, "Mesir membuka kembali perlintasan Rafah pada Senin.", "CONCEDE", lang="id", mode="ease")
    assert codes(e["sources"]) == ["EGY"]


def test_meminta_maaf_a_concession(run):
    e = one(run, "Ukraina meminta maaf kepada Polandia atas insiden itu.", "CONCEDE", lang="id")
    assert codes(e["sources"]) == ["UKR"] and codes(e["targets"]) == ["POL"]


def test_mengekstradisi_ke(run):
    e = one(run, "Thailand mengekstradisi seorang buronan ke Indonesia pada Selasa.", "COOPERATE", lang="id")
    assert codes(e["sources"]) == ["THA"] and codes(e["targets"]) == ["IDN"]


def test_berbagi_informasi_intelijen(run):
    e = one(run, "Indonesia dan Malaysia berbagi informasi intelijen mengenai penyelundupan.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"IDN", "MYS"}


def test_menyalurkan_ton_obat(run):
    e = one(run, "Arab Saudi menyalurkan 30 ton obat-obatan ke Sudan.", "AID", lang="id", mode="humanitarian")
    assert codes(e["sources"]) == ["SAU"] and codes(e["targets"]) == ["SDN"]


def test_mengirimkan_tank_kepada(run):
    e = one(run, "Jerman mengirimkan 20 tank Leopard kepada Ukraina pekan lalu.", "AID", lang="id", mode="military")
    assert codes(e["sources"]) == ["DEU"] and codes(e["targets"]) == ["UKR"]


def test_handed_over_a_suspect_a_judicial_cooperation(run):
    e = one(run, "Spain handed over the suspect to French authorities on Monday.", "COOPERATE")
    assert codes(e["sources"]) == ["ESP"] and codes(e["targets"]) == ["FRA"]


def test_gave_a_country_a_loan_inner_target(run):
    e = one(run, "China gave Laos a $500 million loan to repay its debts.", "AID", mode="economic")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["LAO"]


def test_exchanged_bodies_a_release(run):
    e = one(run, "Kyiv and Moscow exchanged the bodies of 500 soldiers.", "RETREAT", mode="release")
    assert set(codes(e["sources"])) == {"UKR", "RUS"}


def test_allowed_international_observers(run):
    e = one(run, "Venezuela allowed international observers to monitor the vote.", "CONCEDE", mode="ease")
    assert codes(e["sources"]) == ["VEN"]


def test_permohonan_maaf_a_concession_not_a_request(run):
    out = run(["Pakistan menyampaikan permohonan maaf kepada Afghanistan."])[0]
    assert found(out, "CONCEDE") and not found(out, "REQUEST")


def test_menyerahkan_tersangka_a_judicial_cooperation(run):
    e = one(run, "Korea Selatan menyerahkan tersangka penipuan kepada Indonesia.", "COOPERATE", lang="id")
    assert codes(e["sources"]) == ["KOR"] and codes(e["targets"]) == ["IDN"]


def test_mengirimkan_tim_sar_aid(run):
    e = one(run, "Indonesia mengirimkan tim SAR ke Myanmar yang dilanda gempa.", "AID", lang="id")
    assert codes(e["sources"]) == ["IDN"] and codes(e["targets"]) == ["MMR"]


def test_membebaskan_lebih_dari_n_tahanan(run):
    e = one(run, "Myanmar membebaskan lebih dari 3.000 tahanan pada Kamis.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["MMR"]


def test_provided_a_country_with_weapons(run):
    e = one(run, "The United States provided Ukraine with three more Patriot batteries.", "AID")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["UKR"]


def test_announced_an_aid_package_for(run):
    e = one(run, "The European Union announced a 50 million euro aid package for Lebanon.", "AID")
    assert codes(e["sources"]) == ["EU"] and codes(e["targets"]) == ["LBN"]


def test_allowed_aid_trucks_in_an_access(run):
    e = one(run, "Egypt allowed 120 aid trucks into Gaza on Sunday.", "RETREAT", mode="access")
    assert codes(e["sources"]) == ["EGY"]


def test_opened_a_humanitarian_corridor(run):
    e = one(run, "Israel opened a humanitarian corridor for civilians leaving Rafah.", "RETREAT", mode="access")
    assert codes(e["sources"]) == ["ISR"]


def test_stepped_down_a_resignation(run):
    e = one(run, "Georgian Prime Minister Irakli Kobakhidze stepped down amid mass protests.", "RETREAT", mode="resign")
    assert codes(e["sources"]) == ["GEO"]


def test_mengundurkan_diri_a_resignation(run):
    e = one(run, "Perdana Menteri Thailand Srettha Thavisin mengundurkan diri pada Rabu.", "RETREAT",
            lang="id", mode="resign")
    assert codes(e["sources"]) == ["THA"]


def test_mengizinkan_truk_bantuan_masuk(run):
    e = one(run, "Mesir mengizinkan 120 truk bantuan masuk ke Gaza.", "RETREAT", lang="id", mode="access")
    assert codes(e["sources"]) == ["EGY"]


# REQUEST, AGREE

def test_asked_a_country_to_a_request(run):
    out = run(["Mexico asked the United States to extradite the suspect."], lang="en")[0]
    e = found(out, "REQUEST")
    assert e and codes(e[0]["sources"]) == ["MEX"] and codes(e[0]["targets"]) == ["USA"]
    assert not found(out, "COOPERATE")     # what is asked for is not done


def test_when_asked_about_is_no_request(run):
    assert not found(run(["When asked about Iran, Rubio said the talks would go on."], lang="en")[0], "REQUEST")


def test_told_a_country_to_stop(run):
    e = one(run, "The Philippines told China to stop harassing its vessels.", "REQUEST")
    assert codes(e["sources"]) == ["PHL"] and codes(e["targets"]) == ["CHN"]


def test_sought_a_loan_from(run):
    e = one(run, "Pakistan sought a new loan from the IMF.", "REQUEST")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["IMF"]


def test_committed_to_an_agreement(run):
    e = one(run, "Japan committed to providing the Philippines with five more patrol vessels.", "AGREE")
    assert codes(e["sources"]) == ["JPN"]


def test_mengajukan_pinjaman_a_request(run):
    e = one(run, "Pakistan mengajukan pinjaman baru kepada IMF.", "REQUEST", lang="id")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["IMF"]


# acts named as nouns

def test_possessive_release_of_hostages(run):
    e = one(run, "Hamas's release of three hostages on Saturday was the fifth such exchange.", "RETREAT",
            mode="release")
    assert codes(e["sources"]) == ["HAMAS"]


def test_delivery_of_tanks_to(run):
    e = one(run, "Germany's delivery of Leopard tanks to Ukraine began in March.", "AID", mode="military")
    assert codes(e["sources"]) == ["DEU"] and codes(e["targets"]) == ["UKR"]


def test_extradition_of_a_suspect(run):
    e = one(run, "Brazil approved the extradition of the suspect to the United States.", "COOPERATE")
    assert codes(e["sources"]) == ["BRA"] and codes(e["targets"]) == ["USA"]


def test_granted_an_agency_access(run):
    e = one(run, "The Sudanese army granted the World Food Programme access to El Fasher.", "RETREAT", mode="access")
    assert codes(e["sources"]) == ["SDN"] and codes(e["targets"]) == ["WFP"]


def test_membebaskan_pedagang_a_release(run):
    e = one(run, "Niger membebaskan 12 pedagang Nigeria yang ditahan di Zinder.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["NER"] and codes(e["targets"]) == ["NGA"]


def test_passive_release_targets_the_captives_country(run):
    e = one(run, "Tiga sandera Israel dibebaskan oleh Hamas di Khan Younis.", "RETREAT", lang="id", mode="release")
    assert codes(e["sources"]) == ["HAMAS"] and codes(e["targets"]) == ["ISR"]
    e = one(run, "Five Thai hostages were freed by Hamas on Thursday.", "RETREAT", mode="release")
    assert codes(e["sources"]) == ["HAMAS"] and codes(e["targets"]) == ["THA"]


def test_second_clause_with_an_irregular_verb_has_its_own_subject(run):
    # "sent" is verb-like (grammar.json irregular_verb_forms): "…, and Jordan sent" is no second object
    out = run(["Cyprus delivered 30 tonnes of medical supplies to Beirut on Thursday, and Jordan sent two planes "
               "loaded with food to the Lebanese capital."], lang="en")[0]
    sent = [e for e in found(out, "AID") if e["trigger"]["text"].startswith("sent")]
    assert sent and codes(sent[0]["sources"]) == ["JOR"] and codes(sent[0]["targets"]) == ["LBN"]


def test_rushed_tonnes_of_supplies(run):
    e = one(run, "India rushed 30 tonnes of relief supplies to Myanmar.", "AID", mode="humanitarian")
    assert codes(e["sources"]) == ["IND"] and codes(e["targets"]) == ["MMR"]


def test_trained_recruits_of_a_country(run):
    e = one(run, "Britain trained 30,000 Ukrainian recruits last year.", "COOPERATE")
    assert codes(e["sources"]) == ["GBR"] and codes(e["targets"]) == ["UKR"]


def test_funded_a_hospital_in(run):
    e = one(run, "Norway funded the construction of a hospital in Gaza.", "AID")
    assert codes(e["sources"]) == ["NOR"]


def test_finance_ministry_is_no_aid(run):
    assert not found(run(["The Finance Ministry of Pakistan said the loan had arrived."], lang="en")[0], "AID")


def test_jointly_developed(run):
    e = one(run, "China and Russia jointly developed the new fighter jet.", "COOPERATE")
    assert set(codes(e["sources"])) == {"CHN", "RUS"}


def test_menggelar_patroli_terkoordinasi_a_cooperation_not_a_mobilization(run):
    out = run(["Indonesia dan Australia menggelar patroli laut terkoordinasi di Laut Timor."])[0]
    e = found(out, "COOPERATE")
    assert e and set(codes(e[0]["sources"])) == {"IDN", "AUS"} and not found(out, "MOBILIZE")


def test_memproduksi_bersama(run):
    e = one(run, "Indonesia dan Korea Selatan memproduksi bersama pesawat tempur KF-21.", "COOPERATE", lang="id")
    assert set(codes(e["sources"])) == {"IDN", "KOR"}


def test_began_a_truce_with_a_hyphenated_length(run):
    e = one(run, "Israel and Hamas began a six-week truce on Sunday.", "RETREAT", mode="ceasefire")
    assert set(codes(e["sources"])) == {"ISR", "HAMAS"}


def test_a_grant_approved_is_one_aid(run):
    out = run(["The World Bank approved a $250 million grant to Lebanon on Friday."], lang="en")[0]
    assert len(found(out, "AID")) == 1
