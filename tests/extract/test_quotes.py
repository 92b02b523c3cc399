"""Quote attribution on paragraphs written for these tests."""


def speakers(result: dict) -> list[tuple[bool, str | None, str | None]]:
    return [(q["direct"], (q["speaker"] or {}).get("name"), (q["speaker"] or {}).get("resolution"))
            for q in result["quotes"]]


def test_id_after_cue_split_quote_and_clitic_across_paragraphs(run):
    out = run([
        "Menteri Luar Negeri Norwegia Espen Barth Eide tiba di Hanoi pada Senin.",
        "“Kami datang untuk mendengar,” kata Eide. “Kerja sama ini baru dimulai.”",
        "“Pintu kami selalu terbuka bagi mitra di Asia,” ujarnya.",
    ])
    assert speakers(out[1]) == [(True, "Espen Barth Eide", "explicit"), (True, "Espen Barth Eide", "context")]
    assert speakers(out[2]) == [(True, "Espen Barth Eide", "pronoun")]
    assert out[1]["quotes"][0]["text"] == "Kami datang untuk mendengar"


def test_id_indirect_speech_menurut_and_pronoun(run):
    out = run([
        "Perdana Menteri Selandia Baru Christopher Luxon mengatakan bahwa negaranya siap memperluas "
        "perdagangan dengan Vietnam.",
        "Menurut Luxon, kedua pemerintah akan membentuk kelompok kerja baru.",
        "Ia menambahkan bahwa pembicaraan berikutnya digelar di Wellington.",
    ])
    q0 = out[0]["quotes"][0]
    assert (q0["direct"], q0["speaker"]["name"]) == (False, "Christopher Luxon")
    assert q0["text"] == "negaranya siap memperluas perdagangan dengan Vietnam"
    assert speakers(out[1]) == [(False, "Christopher Luxon", "explicit")]
    assert out[1]["quotes"][0]["text"].startswith("kedua pemerintah")
    assert speakers(out[2]) == [(False, "Christopher Luxon", "pronoun")]


def test_unknown_cue_subject_falls_back_to_the_known_speaker(run):
    # A surname machine-translated into a common phrase must not become a new person.
    out = run([
        "Menteri Luar Negeri Chili Alberto van Klaveren mengatakan kunjungan itu sangat berharga.",
        "“Kami akan kembali tahun depan,” Kilau pagi berkata.",
    ])
    assert speakers(out[1]) == [(True, "Alberto van Klaveren", "context")]


def test_doubled_punctuation_keeps_the_quote_and_its_cue(run):
    out = run(["Pertemuan itu berlangsung tertutup. . “Kami sepakat menjaga stabilitas,” "
               "kata Presiden Ghana John Mahama."])
    assert speakers(out[0]) == [(True, "John Mahama", "explicit")]


def test_en_forms_and_pronoun_across_paragraphs(run):
    out = run([
        'Brazilian Foreign Minister Mauro Vieira said on Monday that the talks had been "frank and useful."',
        '"We are not here to take sides," Vieira told reporters. "We are here to listen."',
        '"The door remains open," he said.',
        "According to the ministry, a second round is planned for June.",
    ], lang="en")
    assert (False, "Mauro Vieira", "explicit") in speakers(out[0])
    assert (True, "Mauro Vieira", "explicit") in speakers(out[0])        # the partial quote
    assert speakers(out[1]) == [(True, "Mauro Vieira", "explicit"), (True, "Mauro Vieira", "context")]
    assert speakers(out[2]) == [(True, "Mauro Vieira", "pronoun")]


def test_en_inverted_cue(run):
    out = run(['"Sanctions will stay," said German Chancellor Friedrich Merz.'], lang="en")
    assert speakers(out[0]) == [(True, "Friedrich Merz", "explicit")]


def test_statement_that_and_body_back_reference(run):
    out = run([
        "Norway's Foreign Ministry criticised the decision on Monday.",
        "The ministry said in a statement that the embassy in Oslo would stay open.",
    ], lang="en")
    q = out[1]["quotes"][0]
    assert q["text"] == "the embassy in Oslo would stay open"
    assert q["speaker"]["country"] == "NOR" and q["speaker"]["type"] == "ORG"


def test_noun_phrase_after_a_verb_is_not_reported_speech(run):
    out = run(["Menteri Luar Negeri Thailand Maris Sangiampongsa menyampaikan terima kasih kepada Jepang."])
    assert out[0]["quotes"] == []


def test_unlisted_verb_before_bahwa_reports_speech(run):
    out = run(["Juru bicara militer Myanmar Zaw Min Tun menepis laporan bahwa pasukannya menyerang desa di Rakhine."])
    q = out[0]["quotes"][0]
    assert (q["direct"], q["speaker"]["name"]) == (False, "Zaw Min Tun")
    assert q["text"].startswith("pasukannya menyerang desa")


def test_clause_final_attribution_by_a_body(run):
    out = run(["Estonia expelled two Russian diplomats on Wednesday, the foreign ministry said."], lang="en")
    q = out[0]["quotes"][0]
    assert not q["direct"] and q["text"].startswith("Estonia expelled") and q["speaker"]["country"] == "EST"


def test_she_resolves_to_the_woman_the_gazetteer_knows(run):
    out = run(["Mexican President Claudia Sheinbaum spoke with Donald Trump on Monday.",
               '"We will work together," Trump said.',
               '"But always with respect for our sovereignty," she said.'], lang="en")
    assert out[2]["quotes"][0]["speaker"]["name"] == "Claudia Sheinbaum"


def test_actor_after_said_that_opens_a_clause_is_not_the_speaker(run):
    out = run(['President William Ruto, who called it "a mission for humanity," said Kenya would stay.'], lang="en")
    assert {q["speaker"]["name"] for q in out[0]["quotes"]} == {"William Ruto"}


def test_the_speaker_before_said_is_not_the_party_named_after_its_comma(run):
    out = run(['"We will respond firmly," the Chinese Defense Ministry said, accusing Taipei of provocations.'],
              lang="en")
    quote = next(q for q in out[0]["quotes"] if q["direct"])
    assert quote["speaker"]["country"] == "CHN"


def test_a_ministry_named_back_is_a_states_not_an_international_bodys(run):
    out = run(['"We will not accept any change to the status quo by force," Japanese Foreign Minister '
               'Yoko Kamikawa told reporters at the G7 meeting in Tokyo.',
               "The ministry said in a statement that the envoy had been summoned."], lang="en")
    assert out[1]["quotes"][0]["speaker"]["country"] == "JPN"


def test_an_actor_after_an_opening_preposition_is_not_in_the_subject(run):
    out = run(["According to a statement from the Kremlin, Putin and Erdogan discussed grain exports."], lang="en")
    talks = next(e for e in out[0]["events"] if e["type"] == "CONSULT")
    assert {a["name"] for a in talks["sources"]} == {"Vladimir Putin", "Recep Tayyip Erdogan"}


def test_an_anonymous_plural_speaker_is_nobody_not_the_last_one_named(run):
    out = run(["IAEA chief Rafael Grossi arrived in Tehran on Tuesday.",
               "Britain and France are expected to table a resolution next week, diplomats said."], lang="en")
    quote = out[1]["quotes"][0]
    assert quote["text"].startswith("Britain and France") and quote["speaker"] is None
    out = run(["Presiden Iran Masoud Pezeshkian tiba di Moskow.",
               "Iran dan Rusia akan menandatangani pakta strategis pekan ini, kata para diplomat."])
    assert out[1]["quotes"][0]["speaker"] is None


# -- indirect speech: the reported span of each kind of cue (quotes/indirect.py) --
def test_clitic_aside_reports_the_rest_of_the_sentence(run):
    out = run(["“Kami netral,” kata Perdana Menteri Fiji Sitiveni Rabuka.",
               "Fiji, katanya, tidak akan memihak dalam persaingan kekuatan besar."])
    q = out[1]["quotes"][0]
    assert q["text"] == "tidak akan memihak dalam persaingan kekuatan besar"
    assert (q["speaker"]["name"], q["speaker"]["resolution"]) == ("Sitiveni Rabuka", "pronoun")


def test_attribution_after_the_content_with_a_date_and_a_trailing_clause(run):
    out = run(["Fiji will not take sides in the rivalry, Rabuka said Friday, a week after the summit."], lang="en")
    q = out[0]["quotes"][0]
    assert q["text"] == "Fiji will not take sides in the rivalry"
    assert q["speaker"]["name"] == "Sitiveni Rabuka" and q["cue"]["text"] == "said"


def test_according_to_after_the_content(run):
    out = run(["Fiji will host the next round of talks, according to Sitiveni Rabuka."], lang="en")
    q = out[0]["quotes"][0]
    assert q["text"] == "Fiji will host the next round of talks" and q["speaker"]["name"] == "Sitiveni Rabuka"


def test_reported_words_stop_where_the_reporter_goes_on(run):
    out = run(["Sitiveni Rabuka told reporters that Fiji would not take sides, "
               "but added that China remained a friend."], lang="en")
    assert [q["text"] for q in out[0]["quotes"]] == ["Fiji would not take sides", "China remained a friend"]
    out = run(["Sitiveni Rabuka mengatakan kepada wartawan bahwa Fiji tidak akan memihak, "
               "dan menegaskan bahwa Tiongkok tetap sahabat."])
    assert [q["text"] for q in out[0]["quotes"]] == ["Fiji tidak akan memihak", "Tiongkok tetap sahabat"]
    assert {q["speaker"]["name"] for q in out[0]["quotes"]} == {"Sitiveni Rabuka"}


def test_id_a_speaker_clitic_on_any_after_verb_is_a_cue_never_a_name(run):
    # "sambung" is listed only bare; "sambungnya" is its clitic form, derived.
    out = run([
        "Menteri Luar Negeri Sugiono bertemu wartawan di Jakarta.",
        "”Kami menolak usulan itu,” sambungnya.",
    ])
    assert speakers(out[1]) == [(True, "Sugiono", "pronoun")]
    assert out[1]["quotes"][0]["speaker"]["text"] == "sambungnya"


def test_id_menurutnya_reports_the_rest_of_its_sentence(run):
    out = run([
        "Menteri Luar Negeri Sugiono bertemu wartawan di Jakarta.",
        "Menurutnya, Indonesia tidak akan mundur dari perundingan itu.",
    ])
    assert speakers(out[1]) == [(False, "Sugiono", "pronoun")]
    assert out[1]["quotes"][0]["text"] == "Indonesia tidak akan mundur dari perundingan itu"


def test_en_reported_clause_attributed_to_a_description_names_back_its_person(run):
    out = run(["Russian Ambassador Anatoly Antonov met reporters in Washington.",
               "The sanctions would fail, the veteran diplomat said."], "en")
    assert speakers(out[1]) == [(False, "Anatoly Antonov", "context")]
    assert out[1]["quotes"][0]["text"] == "The sanctions would fail"


def test_id_an_accompanying_cue_after_a_comma_reports_for_the_sentence_subject(run):
    out = run(["Menteri Luar Negeri Sugiono mengatakan Fiji adalah mitra dekat, "
               "seraya menambahkan bahwa perundingan itu sangat berguna."])
    assert [(q["text"], q["speaker"]["name"]) for q in out[0]["quotes"]] == [
        ("Fiji adalah mitra dekat", "Sugiono"), ("perundingan itu sangat berguna", "Sugiono")]


def test_en_a_verb_reports_its_own_clause_not_the_that_clause_of_the_next_cue(run):
    out = run(["Foreign Minister Penny Wong said Fiji was a close partner, adding that the talks were useful."], "en")
    assert [q["text"] for q in out[0]["quotes"]] == ["Fiji was a close partner", "the talks were useful"]


def test_en_a_cue_seven_tokens_after_the_closing_mark_still_attributes(run):
    # Not the last speaker, Wong, as a quote with no cue would be.
    out = run(['Russian Ambassador Anatoly Antonov met Foreign Minister Penny Wong. "It was useful," Wong said.',
               '"The sanctions are illegal," the 71-year-old ambassador told reporters.'], "en")
    assert [s[:2] for s in speakers(out[1])] == [(True, "Anatoly Antonov")]


def test_id_a_former_role_in_a_description_is_never_against_the_person(run):
    # Sugiono is known as foreign minister only; "mantan" makes the role a past one.
    out = run(["Menteri Luar Negeri Sugiono tiba di Kairo. "
               "Mantan Wakil Panglima TNI itu mengatakan Indonesia siap membantu."])
    assert [(q["text"], (q["speaker"] or {}).get("name")) for q in out[0]["quotes"]] == [
        ("Indonesia siap membantu", "Sugiono")]
