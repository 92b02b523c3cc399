from streams.extract.marks import find_marked


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
