"""Wire copy in both languages: attributions, speakers and quote marks as
Reuters/AP/AFP and Antara/Kompas/Tempo/Detik write them (issue 14, q6-quotes).

Each test runs a short document of its own through the extractor and checks
the quote and speaker one rule is for.
"""

from __future__ import annotations

from quote_checks import last_quotes


def run(paragraphs: list[str], lang: str = "en") -> list[dict]:
    return last_quotes(paragraphs, lang)


def indirect(qs: list[dict]) -> list[dict]:
    return [q for q in qs if not q["direct"]]


def test_attribution_set_inside_the_sentence_before_a_contrast_reports_what_came_before():
    qs = indirect(run(["Water levels in the capital began to fall on Friday, Thai officials said,"
                       " but hundreds of families stayed in camps."]))
    assert [q["text"] for q in qs] == ["Water levels in the capital began to fall on Friday"]
    assert qs[0]["speaker"]["country"] == "THA"


def test_attribution_with_a_date_then_an_apposition_reports_what_came_before():
    qs = indirect(run(["Chile's central bank expects inflation to ease to 3% next year, the bank said on Tuesday,"
                       " a faster fall than in its June report."]))
    assert [q["text"] for q in qs] == ["Chile's central bank expects inflation to ease to 3% next year"]


def test_title_run_after():
    """The person ending a capitalised title that no name covers speaks."""
    qs = run(["“Prices will stay high,” said Energy Minister Tomas Marek."])
    assert qs[0]["speaker"]["name"] == "Tomas Marek"


def test_title_joined_by_a_conjunction_still_ends_in_its_speaker():
    qs = indirect(run(["Pertemuan itu berlangsung sekitar dua jam, kata Direktur Jenderal Amerika dan Eropa Kemlu"
                       " Umar Hadi, Jumat (7/11)."], "id"))
    assert qs[0]["text"] == "Pertemuan itu berlangsung sekitar dua jam"
    assert qs[0]["speaker"]["name"] == "Umar Hadi"


def test_person_of_body_subject():
    """A person named with the body they speak for speaks, not the body."""
    qs = indirect(run(["Margaret Harris of the WHO said hospitals in the north were running out of fuel."]))
    assert qs[0]["speaker"]["name"] == "Margaret Harris"


def test_apposed_in_phrase():
    """A person set off by commas after a description, a long phrase before the cue, speaks."""
    qs = run(["Israel's military said it had struck targets in southern Lebanon.",
              "“We will keep acting against every threat,” the military's chief spokesman, Nadav Shoshani,"
              " told Reuters by phone."])
    assert qs[0]["speaker"]["name"] == "Nadav Shoshani"


def test_listed_verb_then_an_actor_and_a_verbless_predicate_reports_a_clause():
    qs = indirect(run(["Menteri Luar Negeri Sugiono mengatakan Jakarta terbuka untuk perundingan dengan"
                       " Canberra."], "id"))
    assert qs[0]["text"] == "Jakarta terbuka untuk perundingan dengan Canberra"
    assert qs[0]["speaker"]["name"] == "Sugiono"


def test_an_actor_after_told_followed_by_a_preposition_is_no_clause():
    qs = indirect(run(["Lavrov told Reuters on Monday."]))
    assert qs == []


def test_the_object_of_told_is_who_is_told_not_what_was_said():
    qs = indirect(run(["Peskov told a news conference the timing was not a matter for public debate."]))
    assert qs[0]["text"] == "the timing was not a matter for public debate"
    qs = indirect(run(["Peskov told Reuters Russia would respond."]))
    assert qs[0]["text"] == "Russia would respond"


def test_a_cue_inside_what_an_earlier_cue_reports_is_part_of_that_report():
    qs = indirect(run(["German Finance Minister Lars Klingbeil said the report confirmed the need for investment."]))
    assert [q["text"] for q in qs] == ["the report confirmed the need for investment"]


def test_two_cues_of_one_report_give_it_once():
    qs = indirect(run(["The talks would resume next week, the ministry said, according to state media."]))
    assert [q["text"] for q in qs] == ["The talks would resume next week"]


def test_adjuncts_of_the_attribution_are_not_what_was_said():
    qs = indirect(run(["Egypt's foreign ministry said in a statement it was deeply concerned by the"
                       " escalation."]))
    assert qs[0]["text"] == "it was deeply concerned by the escalation"
    qs = indirect(run(["Menteri Luar Negeri Sugiono mengatakan dalam jumpa pers, Indonesia akan mengirim"
                       " bantuan."], "id"))
    assert qs[0]["text"] == "Indonesia akan mengirim bantuan"


def test_subject_before_aside():
    """The actor opening the sentence before an aside set off by commas speaks, not an actor in the aside."""
    qs = indirect(run(["Menteri Luar Negeri Sugiono, usai bertemu Menlu Jepang, mengatakan kedua negara akan"
                       " memperkuat kerja sama maritim."], "id"))
    assert qs[0]["speaker"]["name"] == "Sugiono"


def test_actor_before_place():
    """An actor placed somewhere speaks, not the place."""
    qs = indirect(run(["The Chinese embassy in Manila said the accusations were baseless."]))
    assert qs[0]["speaker"]["country"] == "CHN"


def test_the_speaker_phrase_of_according_to_runs_to_its_comma():
    qs = indirect(run(["According to Iran's state news agency IRNA, the talks ended without agreement."]))
    assert qs[0]["text"] == "the talks ended without agreement"


def test_a_body_word_up_to_the_comma_of_the_speaker_phrase_speaks():
    qs = indirect(run(["Kenya's foreign ministry said on Monday it would send more police officers to Haiti.",
                       "According to a statement from the ministry, the first 200 officers will leave next week."]))
    assert qs[0]["text"] == "the first 200 officers will leave next week"
    assert qs[0]["speaker"]["country"] == "KEN"


def test_anonymous_head_after():
    """An unnamed source after the cue, a relative clause after it, keeps the quote with no speaker named."""
    qs = indirect(run(["Kyiv was ready for a new round of talks, said the official, who spoke on condition of"
                       " anonymity."]))
    assert [q["text"] for q in qs] == ["Kyiv was ready for a new round of talks"]
    assert qs[0]["speaker"] is None


def test_anonymous_head_phrase():
    """An unnamed source with its modifiers before the cue keeps the quote with no speaker named."""
    qs = indirect(run(["Tehran was ready for new talks, two sources familiar with the matter told Reuters."]))
    assert [q["text"] for q in qs] == ["Tehran was ready for new talks"]
    assert qs[0]["speaker"] is None


def test_a_participle_cue_goes_on_for_the_speaker_of_the_report_before_it():
    qs = indirect(run(["Kenya's foreign ministry said on Monday it would send more police officers to Haiti.",
                       "The ministry said in a statement that the talks were useful, adding that a new round would"
                       " be held in May."]))
    assert [q["text"] for q in qs] == ["the talks were useful", "a new round would be held in May"]
    assert qs[1]["speaker"]["country"] == "KEN"


def test_a_word_pointing_back_at_a_finished_quote_leaves_its_cue_to_that_quote():
    qs = run(["”Arus mudik berjalan lancar.” Begitu kata Kapolres Bekasi AKBP Rudi Santoso."], "id")
    assert qs[0]["speaker"]["name"] == "Rudi Santoso"


def test_a_foreign_ministry_spokesperson_is_the_diplomat_named_back():
    qs = indirect(run(["Juru bicara Kementerian Luar Negeri China Mao Ning mengatakan Beijing akan menjaga perdamaian.",
                       "Diplomat itu juga menyebut pihaknya belum menerima undangan resmi."], "id"))
    assert qs[0]["speaker"]["name"] == "Mao Ning"


def test_the_nationality_of_a_description_read_as_a_body_still_picks_the_person():
    qs = run(["Russian Deputy Foreign Minister Sergei Ryabkov met U.S. envoy Steve Witkoff in Geneva on Monday.",
              "“We are ready,” the Russian diplomat told reporters."])
    assert qs[0]["speaker"]["name"] == "Sergei Ryabkov"


def test_body_of_named_subject():
    """A state's body opening the sentence, an acronym in brackets before the verb, speaks for the state."""
    qs = indirect(run(["Ukraine's military intelligence agency (HUR) said the strike damaged a refinery."]))
    assert qs[0]["text"] == "the strike damaged a refinery"
    assert qs[0]["speaker"]["country"] == "UKR"


def test_anonymous_subject():
    """Nobody in particular opens the clause of the cue: the quote is kept, its speaker unnamed."""
    qs = indirect(run(["Rebels took the town on Monday, while aid groups warned that famine was spreading."]))
    assert [q["text"] for q in qs] == ["famine was spreading"]
    assert qs[0]["speaker"] is None


def test_indefinite_subject():
    """An indefinite phrase opening the clause of the cue, no anonymous head in it: the quote is kept, unnamed."""
    qs = indirect(run(["Soldiers shelled the hills overnight, while a village council said two boys were hurt."]))
    assert [q["text"] for q in qs] == ["two boys were hurt"]
    assert qs[0]["speaker"] is None


def test_an_unnamed_source_with_a_modifier_or_relative_clause_ends_a_final_attribution():
    qs = indirect(run(["Kesepakatan antara kedua pihak sudah dekat, kata dua sumber yang mengetahui perundingan itu."],
                      "id"))
    assert [q["text"] for q in qs] == ["Kesepakatan antara kedua pihak sudah dekat"]
    qs = indirect(run(["Kesepakatan antara kedua pihak sudah dekat, kata seorang pejabat AS."], "id"))
    assert qs[0]["speaker"]["country"] == "USA"


def test_a_verb_that_only_reports_clauses_reports_one_its_affixes_do_not_show():
    qs = indirect(run(["Menteri Luar Negeri Sugiono mengatakan suara tembakan terdengar sejak pagi."], "id"))
    assert [q["text"] for q in qs] == ["suara tembakan terdengar sejak pagi"]
    qs = indirect(run(["Menteri Luar Negeri Sugiono mengatakan keprihatinan yang mendalam."], "id"))
    assert qs == []


def test_an_unnamed_subject_whose_modifiers_follow_its_head():
    qs = indirect(run(["Warga setempat mengatakan suara tembakan terdengar sejak pagi."], "id"))
    assert [q["text"] for q in qs] == ["suara tembakan terdengar sejak pagi"]
    assert qs[0]["speaker"] is None


def test_a_derived_noun_object_with_no_verb_before_its_comma_is_no_report():
    qs = indirect(run(["Militer Thailand mengumumkan gencatan senjata sepihak di perbatasan Kamboja pada Senin,"
                       " sehari setelah bentrokan menewaskan 12 orang."], "id"))
    assert qs == []


def test_described_after():
    """A definite description after the cue names back the person it fits."""
    qs = run(["Menteri Luar Negeri Sugiono tiba di Kairo, Senin.",
              "”Jeddah menjadi titik transit,” kata diplomat karier tersebut."], "id")
    assert qs[0]["speaker"]["name"] == "Sugiono"


def test_described_last_speaker():
    """A description no known role fits names back the last person who spoke."""
    qs = run(["Direktur Pelindungan WNI Kemlu Judha Nugraha mengatakan 12 WNI telah dievakuasi dari Khartoum.",
              "”Jeddah menjadi titik transit,” imbuh diplomat karier tersebut."], "id")
    assert qs[0]["speaker"]["name"] == "Judha Nugraha"


def test_a_place_in_a_relative_clause_of_a_description_is_not_its_state():
    qs = run(["Juru Bicara Kemlu RI Roy Soemirat mengatakan KBRI Khartoum tetap beroperasi.",
              "”Sampai hari ini tidak ada WNI yang menjadi korban,” ujar pria yang pernah bertugas di Kairo itu."],
             "id")
    assert qs[0]["speaker"]["name"] == "Roy Soemirat"


def test_new_name_apposed_after():
    """An unknown name after the cue with a description apposed to it is a new person."""
    qs = run(["Thai officials said the water was receding.",
              "“We are moving people to higher ground,” said Suriyan, head of the disaster agency."])
    assert qs[0]["speaker"]["name"] == "Suriyan"


def test_new_name():
    """An unknown name that is part of a person the document named before is that person."""
    qs = run(["Juru bicara Kemlu Lalu Muhammad Iqbal tiba di Jakarta.",
              "”Pintu dialog tetap terbuka,” kata Lalu, juru bicara kementerian itu."], "id")
    assert qs[0]["speaker"]["name"] == "Lalu Muhammad Iqbal"


def test_a_that_inside_quotation_marks_does_not_open_the_report():
    qs = indirect(run(['Armenian Prime Minister Nikol Pashinyan said the deal opened "a road to peace that our peoples'
                       ' deserve" and thanked his hosts.']))
    assert qs[0]["text"].startswith("the deal opened")


def test_a_cue_coordinated_right_after_the_report_runs_it_to_the_end_of_the_sentence():
    # the gold README: the reported clause runs to the end of the sentence ("said A and warned that B": one quote)
    qs = indirect(run(["Kementerian Luar Negeri Rusia mengecam pertemuan itu.",
                       "Kementerian itu mengatakan keputusan Barat merupakan eskalasi berbahaya dan"
                       " memperingatkan bahwa negara-negara Barat akan menanggung risiko besar."], "id"))
    assert [q["text"] for q in qs] == ["keputusan Barat merupakan eskalasi berbahaya dan memperingatkan bahwa"
                                       " negara-negara Barat akan menanggung risiko besar"]
    # past a comma the cue opens a report of its own
    qs = indirect(run(["Lopez said the talks had failed, and warned that Manila would respond."]))
    assert [q["text"] for q in qs] == ["the talks had failed", "Manila would respond"]


def test_a_cue_after_a_quote_in_a_relative_clause_reports_its_own_clause():
    qs = run(['President William Ruto, who has called the deployment "a mission for humanity," said Kenya would'
              ' stay the course.'])
    assert [q["text"] for q in indirect(qs)] == ["Kenya would stay the course"]
    assert all(q["speaker"]["name"] == "William Ruto" for q in qs)


def test_a_that_after_a_finite_verb_of_the_reported_clause_is_inside_it():
    qs = indirect(run(["Iraq's government said Turkey was responsible for an airstrike that killed four people"
                       " in the Sinjar district on Thursday."]))
    assert [q["text"] for q in qs] == ["Turkey was responsible for an airstrike that killed four people"
                                       " in the Sinjar district on Thursday"]
    qs = indirect(run(["The ministry said in a statement on Monday that the talks were useful."]))
    assert [q["text"] for q in qs] == ["the talks were useful"]


def test_name_after_bracket_after():
    """A name after the bracketed acronym of a title after the cue speaks, not the body."""
    qs = run(["Bantuan sudah dikirim, kata Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto."], "id")
    assert [q["text"] for q in qs] == ["Bantuan sudah dikirim"]
    assert qs[0]["speaker"]["name"] == "Suharyanto"


def test_a_quote_that_ends_its_sentence_leaves_the_next_sentences_cue_to_that_sentence():
    """'… calling it "reckless." X said it had …': "said" has a clause of its own, a new sentence; the
    partial quote is the first sentence's subject's. With no clause after the cue it stays the quote's."""
    qs = run(['Vietnam\'s foreign ministry protested to Beijing, calling the seizure "reckless and unlawful." '
              "China's coast guard said it had \"escorted\" the fishing boat away."])
    partial = next(q for q in qs if q["text"] == "reckless and unlawful")
    assert partial["speaker"]["country"] == "VNM"
    kept = run(['"We will return to the table." Nguyen Minh Vu said on Tuesday.'])
    assert kept[0]["speaker"]["name"] == "Nguyen Minh Vu"


def test_a_body_and_its_portfolio_before_a_titled_name_ending_the_phrase_speaks_through_the_person():
    """'"…," UN aid chief Tom Fletcher told reporters': the person the phrase ends with speaks (not the UN), and
    the body in front of the portfolio words is the side they stand for."""
    qs = run(['"The crossings must open today," UN refugee chief Amina Rahmani told reporters in Geneva.'])
    assert (qs[0]["speaker"]["name"], qs[0]["speaker"]["country"]) == ("Amina Rahmani", "UN")


def test_shouted_and_asked_cues_after_an_indonesian_quote():
    """'"…," teriak koordinator aksi, X, …': a shout or a question after the closing mark attributes the quote
    like "kata"."""
    qs = run(['"Kami menuntut upah yang layak," teriak koordinator aksi, Budi Santoso, dari atas mobil komando.'],
             lang="id")
    assert qs[0]["speaker"]["name"] == "Budi Santoso"


def test_a_relative_clauses_report_ends_at_its_comma():
    """'struck what the army said were rebel depots …, killing …': a reported clause opening with its finite verb
    (grammar quote_gap_verbs) has its subject before the speaker; it ends where the reporter's sentence goes on."""
    qs = indirect(run(["Drones hit what the army said were militia arms dumps near the dam on Friday, "
                       "wounding three farmers, as the truce talks stalled."]))
    assert [q["text"] for q in qs] == ["were militia arms dumps near the dam on Friday"]
    # Indonesian drops a reported clause's subject ("mengatakan akan …"): no gap verbs, the clause runs on.
    qs = indirect(run(["Menteri Pertahanan mengatakan akan mengirim dua kapal ke perairan itu, "
                       "termasuk satu kapal rumah sakit."], lang="id"))
    assert [q["text"] for q in qs] == ["akan mengirim dua kapal ke perairan itu, termasuk satu kapal rumah sakit"]


def test_a_breaker_before_a_later_cue_leaves_the_quote_to_its_own_clause():
    """'X criticised the plan as "…", while Y said …': the cue after "while" reports its own clause; the partial
    quote stays the first clause's subject's."""
    qs = run(['Beijing criticised the plan as "a dangerous provocation", while Manila said it would keep patrolling.'])
    partial = next(q for q in qs if q["text"] == "a dangerous provocation")
    assert partial["speaker"]["country"] == "CHN"


def test_a_pronoun_right_before_a_labelling_verb_speaks():
    """'what he called "…"': a pronoun right before the labelling verb is its speaker, as a name there is."""
    qs = run(["Finnish President Alexander Stubb met the envoy in Helsinki.",
              'The talks came after what he called "frank exchanges" with both capitals, aides said.'])
    labelled = next(q for q in qs if q["text"] == "frank exchanges")
    assert labelled["speaker"]["name"] == "Alexander Stubb"


def test_an_aside_opened_by_as_or_and_ends_a_final_attribution():
    """'…, the agency said, as the siege tightened.' / '…, a monitor said, and the first trucks …': after the
    attribution's comma the reporter's voice goes on (grammar quote_aside_openers); the words before are reported."""
    qs = indirect(run(["Gunmen shelled a food convoy near the border crossing on Friday and seized two of its trucks, "
                       "the relief agency said, as fighting spread along the main supply road."]))
    assert [q["text"] for q in qs] == ["Gunmen shelled a food convoy near the border crossing on Friday and seized "
                                       "two of its trucks"]
    qs = indirect(run(["Militiamen had handed back 12 hostages they seized last month, a local monitor said, "
                       "and the first convoy of fuel tankers had reached the port."]))
    assert [q["text"] for q in qs] == ["Militiamen had handed back 12 hostages they seized last month"]


def test_a_cue_word_ending_a_hyphenated_compound_is_no_cue():
    """'a flood early-warning system': "warning" joined to the word before by a hyphen reports nothing."""
    qs = run(["Fijian and Tongan officials will work together on a tsunami early-warning system under a pact "
              "signed in Suva last year, the defence ministry said."])
    assert [q["text"] for q in qs] == ["Fijian and Tongan officials will work together on a tsunami early-warning "
                                       "system under a pact signed in Suva last year"]


def test_an_indefinite_source_is_not_the_last_person_who_spoke():
    """'…, a war monitor said.' after a person spoke: a new unnamed source, not that person carried over
    (known_speaker); 'a spokesperson said' after a ministry spoke stays the ministry's."""
    qs = indirect(run(["Envoy Maria Keller said the truce would hold through the weekend.",
                       "Tribal fighters had freed 14 soldiers they seized last week, a war monitor said."]))
    freed = next(q for q in qs if q["text"].startswith("Tribal fighters"))
    assert freed["speaker"] is None
    qs = indirect(run(["Chile's Foreign Ministry said the envoy had been recalled for consultations. Santiago "
                       "would also suspend the trade talks until further notice, a spokesperson said."]))
    talks = next(q for q in qs if q["text"].startswith("Santiago"))
    assert talks["speaker"] is not None and talks["speaker"]["country"] == "CHL"


def test_a_told_object_before_an_infinitive_is_an_order_not_a_report():
    """'told its carriers to suspend flights to …': an infinitive after the told object is an order, nothing
    reported; 'told reporters the talks had failed' still reports its clause."""
    assert indirect(run(["Beijing suspended fruit imports on Monday, told its carriers to suspend flights to Manila "
                         "and detained a Philippine engineer in Xiamen."])) == []
    qs = indirect(run(["The Philippine foreign secretary told reporters the talks had failed."]))
    assert [q["text"] for q in qs] == ["the talks had failed"]


def test_a_time_or_noun_phrase_after_a_final_attributions_comma_is_the_reporters():
    """'…, the army said, days after …' / '…, the ministry said, the latest in a series …': a duration word or a
    determiner opening the words after the attribution's comma goes on in the reporter's voice (grammar
    quote_aside_openers); the clause before is what was said."""
    qs = indirect(run(["Border guards seized two fishing boats near the atoll on Friday, the coast guard said, days "
                       "after both sides agreed to resume talks."]))
    assert [q["text"] for q in qs] == ["Border guards seized two fishing boats near the atoll on Friday"]
    qs = indirect(run(["Both sides swapped 90 detainees each on Monday, the mediating ministry said, the third "
                       "exchange in a series that has gone on despite the stalled talks."]))
    assert [q["text"] for q in qs] == ["Both sides swapped 90 detainees each on Monday"]


def test_an_aside_after_a_speaker_ending_the_attribution_is_the_reporters():
    """'…, kata X, sehari setelah …' / '…, said X, days after …': an aside opener after the speaker's comma
    (grammar quote_aside_openers) leaves the clause before the cue as what was said."""
    qs = indirect(run(["Pasukan perbatasan menyita dua kapal nelayan di dekat atol itu, kata juru bicara penjaga "
                       "pantai Rudi Hartono, sehari setelah kedua negara sepakat melanjutkan perundingan."], "id"))
    assert [q["text"] for q in qs] == ["Pasukan perbatasan menyita dua kapal nelayan di dekat atol itu"]


def test_a_breaker_after_a_final_attribution_is_when_it_was_said():
    """'…, Foreign Minister X said after talks with …': a breaker opening the words after the verb tells when it
    was said; the clause before the comma is what was said."""
    qs = indirect(run(["Chile and Peru agreed to reopen two border crossings for freight, Foreign Minister Alberto "
                       "van Klaveren said after sitting down with his Peruvian counterpart Hugo de Zela in Lima."]))
    assert [q["text"] for q in qs] == ["Chile and Peru agreed to reopen two border crossings for freight"]


def test_a_warning_of_or_against_something_reports_no_clause():
    """'warned Quito of "grave consequences" if …', 'warned Lima against …', 'warned of famine': "of"/"against"
    (grammar quote_of_markers) after nothing or a name is what is warned of, no reported clause; "said Secretary of
    State X would …" still reports one."""
    assert indirect(run(['Colombia warned Quito of "grave consequences" if its troops crossed the river.'])) == []
    assert indirect(run(["The foreign ministry warned Lima against deploying troops on the border."])) == []
    assert indirect(run(["The relief agency warned of famine in the north, and prices have doubled."])) == []
    qs = indirect(run(["The embassy said Secretary of State Marco Rubio would visit Bogota next week."]))
    assert [q["text"] for q in qs] == ["Secretary of State Marco Rubio would visit Bogota next week"]
