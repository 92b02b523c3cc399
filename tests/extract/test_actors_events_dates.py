def actors_of(result):
    return [(a["name"], a["type"], a["country"], a["role"]) for e in result["events"] for a in e["sources"]]


def test_title_patterns_give_name_role_country(run):
    out = run(["Juru bicara Kementerian Luar Negeri Jepang Yoshimasa Hayashi bertemu Duta Besar Korea Selatan "
               "di Tokyo."])
    ev = out[0]["events"][0]
    assert ev["type"] == "CONSULT"
    assert ev["source"]["name"] == "Yoshimasa Hayashi" and ev["source"]["country"] == "JPN"
    assert ev["source"]["role"].lower().startswith("juru bicara")


def test_en_adjective_title_name_and_surname_link(run):
    out = run(["Japanese Prime Minister Shigeru Ishiba visited Manila on Tuesday.",
               "Ishiba met Philippine President Ferdinand Marcos Jr. at the palace."],
              lang="en", published="2025-04-30")
    visit = out[0]["events"][0]
    assert (visit["type"], visit["mode"], visit["source"]["name"]) == ("CONSULT", "visit", "Shigeru Ishiba")
    assert visit["date"] == {"text": "Tuesday", "value": "2025-04-29"}
    meet = out[1]["events"][0]
    assert meet["source"]["name"] == "Shigeru Ishiba"
    assert meet["targets"][0]["name"].startswith("Ferdinand Marcos Jr")


def test_negated_support_is_flagged_not_asserted(run):
    out = run(["Negara-negara Asia Tengah dekat dengan Moskow, tetapi tidak ada yang mendukung serangan Rusia "
               "ke Georgia."])
    support = [e for e in out[0]["events"] if e["type"] == "SUPPORT"]
    assert support and all(e["modality"] == "negated" for e in support)


def test_planned_and_negated_in_english(run):
    out = run(["Kenya will send police officers to Haiti next month.",
               "Hungary did not sign the joint statement on Ukraine."], lang="en")
    assert {e["modality"] for e in out[0]["events"]} == {"planned"}
    assert {e["modality"] for e in out[1]["events"]} == {"negated"}


def test_given_name_lalu_and_the_word_lalu(run):
    out = run(["Juru bicara Kemlu RI Lalu Muhammad Iqbal mengatakan Indonesia mengecam serangan itu.",
               "Lalu ia menambahkan bahwa Jakarta akan mengirim bantuan kemanusiaan ke Gaza."])
    assert out[0]["quotes"][0]["speaker"]["name"] == "Lalu Muhammad Iqbal"
    q = out[1]["quotes"][0]
    assert q["speaker"]["name"] == "Lalu Muhammad Iqbal" and q["speaker"]["resolution"] == "pronoun"


def test_dates_explicit_and_relative(run):
    out = run(["Menlu Sugiono bertemu Menlu Malaysia Mohamad Hasan di Kuala Lumpur, Selasa (4/2).",
               "Indonesia dan Malaysia menandatangani perjanjian perbatasan pada Januari 2022.",
               "Pekan lalu, Jepang mengirim bantuan kemanusiaan ke Myanmar."], published="2025-02-06")
    assert out[0]["events"][0]["date"] == {"text": "Selasa (4/2)", "value": "2025-02-04"}
    assert any(e["date"] == {"text": "Januari 2022", "value": "2022-01"} for e in out[1]["events"])
    assert any(e["date"] and e["date"]["value"] == "2025-01-30" for e in out[2]["events"])


def test_relative_clause_and_collective_subjects(run):
    out = run(["Ukrainian President Volodymyr Zelenskiy, who arrived in Tokyo on Saturday, met "
               "Japanese Prime Minister Shigeru Ishiba, and the two countries signed a security agreement."],
              lang="en")
    by_type = {e["type"]: e for e in out[0]["events"]}
    assert by_type["CONSULT"]["source"]["name"] == "Volodymyr Zelenskiy"
    # "the two countries": one actor standing for both states
    signers = {c for a in by_type["SUPPORT"]["sources"] for c in (a.get("members") or [a["country"]])}
    assert signers == {"UKR", "JPN"}


def test_a_relative_clause_after_an_apposition_hangs_on_its_person(run):
    """'X, the sister of leader Y, who …' (clauses/subjects.py apposition_head): X acts and speaks, not Y."""
    out = run(["Kantor berita Yonhap mengutip Choe Son Hui, diplomat utama pemerintahan Kim Jong Un, yang "
               "mengecam latihan gabungan itu dan mengatakan Pyongyang siap membalas."])
    assert {q["speaker"]["name"] for q in out[0]["quotes"]} == {"Choe Son Hui"}
    accuse = [e for e in out[0]["events"] if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["name"] == "Choe Son Hui"
    out = run(["State media quoted Choe Son Hui, the foreign minister of leader Kim Jong Un, who condemned "
               "the joint drills and said Pyongyang was ready to respond."], lang="en")
    accuse = [e for e in out[0]["events"] if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["source"]["name"] == "Choe Son Hui"


def test_a_region_stands_for_its_member_states(run):
    out = run(["Menteri Luar Negeri AS Antony Blinken mengunjungi Asia Tengah pekan ini."])
    visit = next(e for e in out[0]["events"] if e["type"] == "CONSULT")
    region = visit["targets"][0]
    assert region["type"] == "REGION" and {"KAZ", "UZB"} <= set(region["members"])


def test_gazetteer_gives_a_bare_famous_name_its_country(run):
    out = run(["Lula criticised the United States on Saturday."], lang="en")
    accuse = next(e for e in out[0]["events"] if e["type"] == "ACCUSE")
    assert accuse["source"]["name"] == "Luiz Inacio Lula da Silva" and accuse["source"]["country"] == "BRA"
    assert accuse["targets"][0]["country"] == "USA"


def test_no_event_without_anyone_acting(run):
    out = run(["New sanctions were announced on Monday amid rising tension."], lang="en")
    assert out[0]["events"] == []


def test_a_target_on_the_sources_side_is_dropped(run):
    out = run(["Menteri Luar Negeri Australia Penny Wong mengumumkan bantuan Australia untuk Indonesia."])
    aid = next(e for e in out[0]["events"] if e["type"] == "AID")
    assert [t["country"] for t in aid["targets"]] == ["IDN"]


def test_partitive_subject_takes_the_group_that_opens_the_sentence(run):
    out = run(["Kelima negara Asia Tengah dekat dengan Moskow, tetapi tidak ada yang mendukung invasi Rusia."])
    support = next(e for e in out[0]["events"] if e["type"] == "SUPPORT")
    assert support["modality"] == "negated" and support["source"]["type"] == "REGION"


def test_a_title_with_a_definite_word_is_the_holder_mentioned_last(run):
    # Two presidents are known; the one named last before "the president" is meant,
    # not the one introduced last.
    out = run(["Chilean President Gabriel Boric and Peruvian President Dina Boluarte opened the forum.",
               "Boric's spokeswoman said the president would not travel to Lima."], lang="en")
    trip = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert trip["modality"] == "negated"
    assert trip["source"]["name"] == "Gabriel Boric"
    out = run(["Presiden Filipina Ferdinand Marcos Jr. bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo.",
               "Menurut juru bicara Istana, presiden itu akan mengunjungi Hanoi bulan depan."])
    visit = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert visit["source"]["name"].startswith("Ferdinand Marcos")


def test_the_two_countries_stand_for_the_pair_of_the_latest_act(run):
    out = run(["Vietnam dan Laos menandatangani perjanjian perbatasan di Hanoi, Senin.",
               "Menurut juru bicara itu, menteri pertahanan kedua negara dijadwalkan bertemu lagi bulan depan."])
    meet = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert meet["modality"] == "planned" and not meet["targets"]
    assert set(meet["source"]["members"]) == {"VNM", "LAO"}
    out = run(["Kenya and Tanzania signed a trade pact in Nairobi on Monday.",
               "The two countries will meet again in June, officials said."], lang="en")
    meet = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert set(meet["source"]["members"]) == {"KEN", "TZA"}


def test_a_joint_meeting_that_retells_a_reception_is_one_event(run):
    out = run(["Menteri Luar Negeri Chile Alberto van Klaveren diterima Menteri Luar Negeri RI Sugiono "
               "di Jakarta sebelum keduanya menggelar pertemuan bilateral."])
    assert [e["type"] for e in out[0]["events"]].count("CONSULT") == 1


def test_the_russian_leader_is_the_head_of_state_named_for_that_country(run):
    out = run(["South African President Cyril Ramaphosa met Russian President Vladimir Putin in Kazan.",
               "Ramaphosa invited Putin to Johannesburg, and Kremlin aide Yuri Ushakov said the Russian leader "
               "had accepted."], lang="en")
    quote = out[1]["quotes"][0]
    assert quote["speaker"]["name"] == "Yuri Ushakov"    # not South Africa, named before ", and"
    yes = next(e for e in out[1]["events"] if e["type"] == "AGREE")
    assert yes["source"]["name"] == "Vladimir Putin" and yes["targets"][0]["name"] == "Cyril Ramaphosa"
    out = run(["Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping di Beijing.",
               "Menurut Kremlin, pemimpin Rusia itu akan mengunjungi Pyongyang bulan depan.",
               "Para pemimpin dunia mengecam uji coba rudal itu."])
    visit = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert visit["source"]["name"] == "Vladimir Putin"
    assert all(a["name"] != "Vladimir Putin" for e in out[2]["events"] for a in e["sources"])


def test_keduanya_opening_a_paragraph_is_the_pair_of_the_act_before(run):
    out = run(["Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Vietnam Bui Thanh Son di Hanoi, Senin.",
               "Keduanya sepakat memperkuat kerja sama perikanan."])
    agree = next(e for e in out[1]["events"] if e["type"] == "AGREE")
    assert set(agree["source"]["members"]) == {"IDN", "VNM"}
    out = run(["Secretary of State Marco Rubio met Brazilian Foreign Minister Mauro Vieira in Washington.",
               "The two discussed trade, the State Department said."], lang="en")
    talks = next(e for e in out[1]["events"] if e["type"] == "CONSULT")
    assert set(talks["source"]["members"]) == {"USA", "BRA"}


def test_an_initial_is_part_of_a_name(run):
    out = run(["Indian Foreign Minister S. Jaishankar met Secretary of State Marco Rubio in Washington."], lang="en")
    meet = next(e for e in out[0]["events"] if e["type"] == "CONSULT")
    assert meet["source"]["name"] == "S. Jaishankar" and meet["source"]["country"] == "IND"
