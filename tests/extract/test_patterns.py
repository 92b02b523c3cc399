"""The trigger matcher finds exactly what spaCy's Matcher finds for the same
patterns (LOWER, IN, OP "?"), without expanding them into phrases."""

from __future__ import annotations

import random

import spacy
from spacy.matcher import Matcher

from streams.extract.patterns import PatternSet, SequenceMatcher

ROWS = [
    {"id": "visit", "pattern": [{"LOWER": {"IN": ["visited", "toured"]}}, {"LOWER": "the", "OP": "?"},
                                {"LOWER": {"IN": ["capital", "city"]}, "OP": "?"}]},
    {"id": "talks", "pattern": [{"LOWER": "held", "OP": "?"}, {"LOWER": {"IN": ["talks", "consultations"]}},
                                {"LOWER": "with", "OP": "?"}]},
    {"id": "summit", "pattern": [{"LOWER": "summit"}]},
    {"id": "summit-talks", "pattern": [{"LOWER": "summit"}, {"LOWER": "talks", "OP": "?"}]},
    {"id": "opt-only", "pattern": [{"LOWER": "the", "OP": "?"}, {"LOWER": "city", "OP": "?"}]},
]
WORDS = ["visited", "toured", "the", "capital", "city", "held", "talks", "consultations", "with",
         "summit", "Summit", "TALKS", "and", ","]


def _reference_and_ours(nlp, rows) -> tuple[Matcher, PatternSet]:
    """spaCy's Matcher and our PatternSet built from the same rows."""
    reference = Matcher(nlp.vocab)
    for row in rows:
        reference.add(row["id"], [row["pattern"]])
    return reference, PatternSet(nlp, rows)


def test_same_matches_as_spacy_matcher_on_random_text():
    nlp = spacy.blank("en")
    reference, ours = _reference_and_ours(nlp, ROWS)
    rng = random.Random(3)
    for _ in range(500):
        doc = nlp.make_doc(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))))
        expected = sorted((s, e, nlp.vocab.strings[m]) for m, s, e in reference(doc))
        got = [(s, e, row["id"]) for s, e, row in ours(doc)]
        assert sorted(got) == expected, doc.text
        assert [h[:2] for h in got] == sorted(h[:2] for h in got)     # by start, then end


def test_a_pattern_of_optional_words_never_matches_nothing():
    m = SequenceMatcher()
    m.add(1, [["the", None], ["city", None]])
    assert m(["a", "b"]) == []
    assert m(["the", "city"]) == [(1, 0, 1), (1, 0, 2), (1, 1, 2)]


def test_variants_of_one_pattern_that_meet_one_span_find_it_once():
    m = SequenceMatcher()      # kept as its variants: "a b d", "a b c|x d", "a b c|y d", "a b c|x c|y d"
    m.add(1, [["a"], ["b"], ["c", "x", None], ["c", "y", None], ["d"]])
    assert m(["a", "b", "c", "d", "a", "b", "d"]) == [(1, 0, 4), (1, 4, 7)]
    assert m(["a", "b", "x", "c", "d"]) == [(1, 0, 5)]
    assert m(["x", "a", "b", "c", "x"]) == []


OPTIONAL_ROWS = [   # optional words that may stand for each other
    {"id": "held", "pattern": [{"LOWER": "held"}, {"LOWER": {"IN": ["the", "talks"]}, "OP": "?"},
                               {"LOWER": "talks", "OP": "?"}, {"LOWER": "with", "OP": "?"}]},
    {"id": "the-talks", "pattern": [{"LOWER": "the", "OP": "?"}, {"LOWER": "talks", "OP": "?"},
                                    {"LOWER": {"IN": ["talks", "with"]}}, {"LOWER": "the", "OP": "?"}]},
    {"id": "held-met", "pattern": [{"LOWER": "held"}, {"LOWER": {"IN": ["met", "meets"]}},
                                   {"LOWER": "with", "OP": "?"}]},
]


def test_optional_words_that_may_stand_for_each_other_match_as_spacy_matcher_does():
    nlp = spacy.blank("en")
    reference, ours = _reference_and_ours(nlp, OPTIONAL_ROWS)
    rng = random.Random(7)
    words = ["held", "the", "talks", "with", "met", "meets", "and"]
    for _ in range(500):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))))
        expected = sorted({(s, e, nlp.vocab.strings[m]) for m, s, e in reference(doc)})
        got = [(s, e, row["id"]) for s, e, row in ours(doc)]
        assert sorted(got) == expected, doc.text        # each once


def test_a_pattern_of_many_optional_words_goes_to_the_matcher():
    import pytest
    from streams.extract.patterns import MAX_OPTIONAL, choices
    many = [{"LOWER": "held"}, *[{"LOWER": "very", "OP": "?"}] * (MAX_OPTIONAL + 1)]
    assert choices(many) is None and choices(many[:MAX_OPTIONAL + 1]) is not None
    with pytest.raises(ValueError, match="optional"):
        SequenceMatcher().add(1, [["held"], *[["very", None]] * (MAX_OPTIONAL + 1)])


def _ids(nlp, rows, text):
    return [(nlp.make_doc(text)[s:e].text, row["id"], row["voice"]) for s, e, row in PatternSet(nlp, rows)(
        nlp.make_doc(text))]


def test_a_lemma_token_matches_every_inflection_of_an_english_verb():
    nlp = spacy.blank("en")
    rows = [{"id": "expel", "voice": "active", "pattern": [{"LEMMA": "expel"}]}]
    for text in ("Russia expelled two diplomats", "Russia expels two diplomats", "Russia is expelling them"):
        assert [h[1] for h in _ids(nlp, rows, text)] == ["expel"], text
    assert _ids(nlp, rows, "an expulsion") == []


def test_a_lemma_in_a_list_and_after_words():
    nlp = spacy.blank("en")
    rows = [{"id": "curfew", "voice": "active",
             "pattern": [{"LEMMA": {"IN": ["extend", "impose"]}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "curfew"}]}]
    assert _ids(nlp, rows, "the army extended the curfew") == [("extended the curfew", "curfew", "active")]
    assert _ids(nlp, rows, "they are imposing curfew") == [("imposing curfew", "curfew", "active")]


def test_indonesian_passive_form_takes_the_voice_the_row_gives_it():
    nlp = spacy.blank("id")
    rows = [{"id": "panggil", "voice": "active", "forms": {"active": "active", "passive": "passive"},
             "pattern": [{"LEMMA": "panggil"}]}]
    assert _ids(nlp, rows, "Kemlu memanggil duta besar") == [("memanggil", "panggil", "active")]
    assert _ids(nlp, rows, "duta besar itu dipanggil Kemlu") == [("dipanggil", "panggil", "passive")]


def test_a_form_the_row_does_not_name_is_no_hit():
    nlp = spacy.blank("id")
    rows = [{"id": "usir", "voice": "active", "pattern": [{"LEMMA": "usir"}]}]
    assert _ids(nlp, rows, "Rusia mengusir diplomat") == [("mengusir", "usir", "active")]
    assert _ids(nlp, rows, "diplomat diusir") == []            # passive: the row gives no voice for it
    assert _ids(nlp, rows, "pengusiran diplomat") == []        # noun form likewise
    noun = [{**rows[0], "forms": {"noun": "active"}}]
    assert _ids(nlp, noun, "pengusiran diplomat") == [("pengusiran", "usir", "active")]
    assert _ids(nlp, noun, "Rusia mengusir diplomat") == []     # "forms" names only the forms it takes


def test_an_affixed_form_without_the_active_prefix_is_no_active_hit():
    nlp = spacy.blank("id")
    rows = [{"id": "tahan", "voice": "active", "pattern": [{"LEMMA": "tahan"}]}]
    assert _ids(nlp, rows, "polisi menahan dua orang") == [("menahan", "tahan", "active")]
    assert _ids(nlp, rows, "pasukan itu bertahan") == []         # "other": to hold out, not to detain


def test_lemmatizer_stems_what_the_table_lacks_and_caches_it():
    from streams.extract.lexicon import lemmatizer
    lem = lemmatizer("id")
    assert lem("dijatuhkan") == "jatuh" and lem.form("dijatuhkan") == "passive"
    assert lem("diskusi") == "diskusi" and lem.form("diskusi") == "active"
    assert lem.form("menyerahkan") == "active"                 # -kan is no noun suffix
    assert lemmatizer("en")("talks") == "talk"


def test_two_rows_with_one_id_are_refused():
    import pytest
    rows = [{"id": "same", "pattern": [{"LOWER": "summit"}]}, {"id": "same", "pattern": [{"LOWER": "talks"}]}]
    with pytest.raises(ValueError, match="same"):
        PatternSet(spacy.blank("en"), rows)


MATCHER_ROWS = [     # rows the SequenceMatcher cannot take (IS_TITLE, OP "*"): they go to spaCy's Matcher
    {"id": "received", "pattern": [{"LOWER": {"IN": ["received", "greeted"]}}, {"IS_TITLE": True}]},
    {"id": "signed", "pattern": [{"LOWER": "signed"}, {"LOWER": "the", "OP": "*"}, {"LOWER": "deal"}]},
    {"id": "signed-names", "pattern": [{"LOWER": "signed"}, {"IS_TITLE": True, "OP": "*"}]},
    {"id": "greeted-the", "pattern": [{"LOWER": "greeted"}, {"LOWER": "the", "OP": "?"},
                                     {"IS_TITLE": True, "OP": "?"}]},
]


def test_the_matcher_runs_only_where_a_row_can_begin_and_finds_the_same():
    nlp = spacy.blank("en")
    reference, ours = _reference_and_ours(nlp, MATCHER_ROWS)
    assert ours._matcher_first == {"received", "greeted", "signed"}
    words = ["received", "Greeted", "signed", "the", "deal", "Putin", "talks", ","]
    rng = random.Random(5)
    for _ in range(3000):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
        expected = [(s, e, nlp.vocab.strings[m]) for m, s, e in reference(doc)]
        # (run from the first word a row may begin with to the end of the run of words its rows
        # allow after the last one: the same hits, in the same order)
        assert [(s, e, row["id"]) for s, e, row in ours(doc)] == expected, doc.text


def test_a_matcher_row_that_may_begin_with_anything_keeps_the_matcher_running():
    nlp = spacy.blank("en")
    rows = [*MATCHER_ROWS, {"id": "titled", "pattern": [{"IS_TITLE": True}, {"LOWER": "said"}]}]
    ours = PatternSet(nlp, rows)
    assert ours._matcher_first is None
    assert [row["id"] for _, _, row in ours(nlp.make_doc("then Putin said"))] == ["titled"]


def test_a_stem_keeps_all_of_its_word_but_the_first_letter():
    # PatternSet skips the stemmer for a word holding no row's lemma but its
    # first letter; that is sound only while the stemmer recodes no more than
    # the stem's first letter (the nasal of "memukul", "menyapu", "mengirim").
    from streams.extract.lexicon import lemmatizer
    lem = lemmatizer("id")
    stems = ["pukul", "tembak", "sapu", "kirim", "tarik", "serang", "usir", "bantu", "ancam", "tolak",
             "ajar", "baik", "cabut", "damai", "galang", "hadap", "jamin", "latih", "rampas", "undang"]
    for stem in stems:
        for prefix in ("me", "mem", "men", "meng", "meny", "di", "ber", "ter", "pe", "pen", "peng",
                       "memper", "diper", "ke", "se"):
            for suffix in ("", "kan", "i", "an", "nya", "annya", "kannya"):
                word = prefix + stem + suffix
                got = lem.stem(word).lower()
                assert got == word or got[1:] in word, (word, got)


def test_the_stemmer_is_skipped_for_a_word_that_cannot_stem_to_a_row():
    nlp = spacy.blank("id")
    rows = [{"id": "pukul", "voice": "active", "pattern": [{"LEMMA": "pukul"}]}]
    ps = PatternSet(nlp, rows)
    stemmed: list[str] = []
    real = ps.lemma_of.stem
    ps.lemma_of.stem = lambda word: stemmed.append(word) or real(word)
    try:
        words = ["dipukulinya", "berlarilarian"]        # neither in the lookup table
        assert all(ps.lemma_of.needs_stemmer(w) for w in words)
        marks = ps.lemmas(words)
    finally:
        ps.lemma_of.stem = real
    assert stemmed == ["dipukulinya"]                # "berlarilarian" holds no "ukul"
    assert marks[0].endswith("pukul") and marks[1].endswith("berlarilarian")


def test_a_second_half_counts_only_after_its_first_half_began_close_enough():
    m = SequenceMatcher()
    m.add(2, [["to"]], after=1, gap=2)      # "sent ... to": up to two words between
    m.add(1, [["sent"], ["back", None]])
    assert m(["to", "sent", "aid", "to"]) == [(1, 1, 2), (2, 3, 4)]
    assert m(["sent", "back", "aid", "and", "to"]) == [(1, 0, 1), (1, 0, 2), (2, 4, 5)]
    assert m(["sent", "a", "b", "c", "d", "to"]) == [(1, 0, 1)]


THEN_ROWS = [   # "then" rows whose halves share words with each other and with whole rows
    {"id": "sent-to", "voice": "active", "pattern": [{"LOWER": {"IN": ["sent", "handed"]}}],
     "then": [{"LOWER": "to"}], "gap": 2},
    {"id": "told-to", "voice": "active", "pattern": [{"LOWER": "told"}],
     "then": [{"LOWER": "to"}, {"LOWER": "leave", "OP": "?"}], "gap": 1},
    {"id": "handed-over", "voice": "active", "pattern": [{"LOWER": "handed"}, {"LOWER": "over", "OP": "?"}],
     "then": [{"LOWER": {"IN": ["prisoners", "to"]}}], "gap": 3},
    {"id": "to-leave", "voice": "active", "pattern": [{"LOWER": "to"}, {"LOWER": "leave"}]},
    {"id": "prisoners", "voice": "active", "pattern": [{"LOWER": "prisoners"}]},
    {"id": "prisoners-too", "voice": "active", "pattern": [{"LOWER": "prisoners"}, {"LOWER": "to", "OP": "?"}]},
]


def test_second_halves_left_out_change_no_hit_nor_its_order(monkeypatch):
    nlp = spacy.blank("en")
    ours = PatternSet(nlp, THEN_ROWS)
    plain_add = SequenceMatcher.add
    monkeypatch.setattr(SequenceMatcher, "add", lambda self, key, steps, after=None, gap=0: plain_add(self, key, steps))
    every = PatternSet(nlp, THEN_ROWS)      # every second half walked everywhere
    rng = random.Random(5)
    words = ["sent", "handed", "told", "over", "to", "leave", "prisoners", "aid", "and", ","]
    for _ in range(1500):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
        assert [(s, e, row["id"]) for s, e, row in ours(doc)] == [(s, e, row["id"]) for s, e, row in every(doc)]
