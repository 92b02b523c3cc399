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
