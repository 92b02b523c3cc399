from streams.extract.quotes.marks import find_marked


def texts(s: str) -> list[str]:
    return [m.text(s) for m in find_marked(s)]


def test_pairs_of_every_kind_and_trailing_punctuation_dropped():
    s = 'Dia berkata “satu dua tiga,” lalu «empat lima» dan "enam tujuh." Juga ‘delapan sembilan’.'
    assert texts(s) == ["satu dua tiga", "empat lima", "enam tujuh", "delapan sembilan"]


def test_stray_opener_does_not_swallow_the_paragraph():
    s = "Menteri itu menyebut “langkah awal. Kemudian ia pergi. “Kami siap,” katanya."
    assert texts(s) == ["Kami siap"]


def test_apostrophes_are_not_quote_marks():
    assert texts("The minister’s aide said ‘we don’t agree’ today.") == ["we don’t agree"]


def test_no_marks_no_quotes():
    assert find_marked("Tidak ada kutipan di sini.") == []


def test_quotation_continued_in_the_next_paragraph_runs_to_the_end():
    s = 'He spoke for an hour. "Our troops will stay until the job is done. Nobody will tell us otherwise.'
    assert texts(s) == ["Our troops will stay until the job is done. Nobody will tell us otherwise"]


def test_a_missing_closer_before_its_attribution_ends_there():
    s = "“Kami mendapat pengecualian penuh untuk gas, kata menteri itu kepada wartawan. Ia lalu pergi."
    assert [m.text(s) for m in find_marked(s, frozenset({"kata"}))] == ["Kami mendapat pengecualian penuh untuk gas"]


def test_an_opener_inside_a_sentence_stays_stray():
    s = "Menteri itu menyebut “langkah awal sebagai kemajuan besar bagi kedua negara."
    assert texts(s) == []


def test_a_right_mark_that_opens_and_closes_pairs_like_a_straight_one():
    s = "”Kami menolak usulan itu,” kata dia. ”Tidak ada kompromi.”"
    assert texts(s) == ["Kami menolak usulan itu", "Tidak ada kompromi"]


def test_a_right_mark_closing_a_left_one_is_not_an_opener():
    s = "“Kami siap,” kata dia, lalu pergi ” dan kembali."
    assert texts(s) == ["Kami siap"]


def test_doubled_apostrophes_and_backticks_are_quote_marks():
    s = "``We will not back down,'' she said. ''Nobody will,'' he added."
    got = find_marked(s)
    assert [m.text(s) for m in got] == ["We will not back down", "Nobody will"]
    assert [s[m.close:m.close_end] for m in got] == ["''", "''"]


def test_guillemets_pointing_inwards_or_both_right():
    s = "»Wir sind bereit«, kata dia. Lalu »kami menunggu» tambahnya."
    assert texts(s) == ["Wir sind bereit", "kami menunggu"]


def test_low_nine_closed_by_either_high_mark():
    s = "„Kami siap berunding”, kata dia."
    assert texts(s) == ["Kami siap berunding"]


def test_machine_translated_spaces_inside_right_marks():
    s = "” Kami menolak , ” kata dia."
    assert texts(s) == ["Kami menolak"]


def test_a_run_of_unpaired_backticks_stays_linear():
    import time
    s = "``a " * 20000
    t = time.perf_counter()
    assert find_marked(s) == []
    assert time.perf_counter() - t < 1.0


def test_a_sentence_starts_after_a_two_character_closer():
    from streams.extract.docstate import SENT_STARTS
    from streams.extract.pipeline import get_nlp
    nlp = get_nlp("en")
    doc = nlp.make_doc("``We are ready.'' Then he left. ”We will stay.” She agreed.")
    for name in ("diplo_marks", "diplo_sentences"):
        doc = nlp.get_pipe(name)(doc)
    starts = [doc[k].text for k in doc.user_data[SENT_STARTS]]
    assert starts == ["`", "Then", "”", "She"]
