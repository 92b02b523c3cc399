"""The clause layer (doc._.clauses): each clause fact on a small sentence of its own."""

from __future__ import annotations

import pytest

from streams.extract.docstate import CLAUSES
from streams.extract.pipeline import get_nlp


def layer_of(text: str, lang: str):
    """The doc after the components the layer needs (marks, sentences, clauses)."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    for name in ("diplo_marks", "diplo_sentences", "diplo_clauses"):
        doc = nlp.get_pipe(name)(doc)
    return doc, doc._.clauses


def words(doc, span):
    return None if span is None else doc[span[0]:span[1]].text


def clauses(text: str, lang: str):
    doc, layer = layer_of(text, lang)
    return doc, layer.all()


# -- the component ------------------------------------------------------------

def test_the_component_runs_after_sentences_and_before_actors():
    names = get_nlp("en").pipe_names
    assert names.index("diplo_sentences") < names.index("diplo_clauses") < names.index("diplo_actors")


def test_records_are_made_only_when_a_sentence_is_read():
    doc, layer = layer_of("Chile recalled its ambassador. Peru did the same.", "en")
    assert doc.user_data[CLAUSES] is layer and not layer._sentences
    layer.clause_at(len(doc) - 1)
    assert list(layer._sentences) == [5]      # the second sentence only


# -- boundaries -----------------------------------------------------------------

def test_a_breaker_opens_a_clause_of_its_own():
    doc, cs = clauses("Seoul protested while Tokyo stayed silent.", "en")
    assert [doc[c.start:c.end].text for c in cs] == ["Seoul protested", "while Tokyo stayed silent."]
    assert doc[cs[1].opener].text == "while"


@pytest.mark.parametrize("text, lang", [
    ("Chile freed two sailors after nearly three months of talks, but kept the trawler.", "en"),
    ("Malaysia membebaskan dua nelayan setelah tiga bulan perundingan, tetapi menahan kapal mereka.", "id"),
])
def test_a_breaker_before_a_span_of_time_is_its_preposition(text, lang):
    doc, layer = layer_of(text, lang)
    comma = next(t.i for t in doc if t.text == ",")
    assert not layer.breaks(0, comma)           # "after | three months of": no clause of its own
    assert layer.breaks(0, len(doc))            # ", but" still opens one


def test_a_breaker_before_a_clause_still_breaks():
    doc, layer = layer_of("Chile freed two sailors after Peru released the trawler.", "en")
    assert layer.breaks(0, len(doc))


def test_a_complementizer_opens_the_reported_clause():
    doc, cs = clauses("Wang Yi menegaskan bahwa Beijing menolak campur tangan asing.", "id")
    assert len(cs) == 2 and doc[cs[1].opener].text == "bahwa"
    assert words(doc, cs[1].subject) == "Beijing" and doc[cs[1].verb].text == "menolak"


def test_a_parenthetical_connective_does_not_end_the_clause():
    doc, layer = layer_of("Norway, however, declined the offer.", "en")
    assert len(layer.all()) == 1
    assert not layer.breaks(0, len(doc))


def test_breaks_and_opens_look_between_two_tokens():
    doc, layer = layer_of("Kenya signed the deal but Uganda hesitated.", "en")
    but = [t.text for t in doc].index("but")
    assert layer.breaks(0, but + 1) and not layer.breaks(0, but)
    assert layer.opens(but, len(doc)) and not layer.opens(but + 1, len(doc))
    # a span looked through (a relative clause) hides its breakers
    assert not layer.breaks(0, len(doc), [(but, but + 1)])


def test_a_relativizer_breaks_a_clause_but_opens_none():
    doc, layer = layer_of("Rusia yang menolak resolusi itu dikecam.", "id")
    yang = 1
    assert layer.breaks(0, 3) and not layer.opens(0, len(doc))
    assert doc[yang].text == "yang"


# -- verb group, voice ------------------------------------------------------------

def test_the_verb_group_holds_its_auxiliaries():
    doc, cs = clauses("Britain will also impose new sanctions.", "en")
    c = cs[0]
    assert doc[c.verb].text == "impose" and [doc[i].text for i in c.auxiliaries] == ["will", "also"]


def test_the_verb_group_holds_its_auxiliaries_in_indonesian():
    doc, cs = clauses("Thailand telah mengusir diplomat Kamboja.", "id")
    c = cs[0]
    assert doc[c.verb].text == "mengusir" and [doc[i].text for i in c.auxiliaries] == ["telah"]


@pytest.mark.parametrize("text, lang, cues", [
    ("Britain will not impose sanctions.", "en", {"will": "planned", "not": "negated"}),
    ("Indonesia tidak akan mengirim pasukan.", "id", {"tidak": "negated", "akan": "planned"}),
    ("Britain imposed sanctions.", "en", {}),
])
def test_one_word_negation_and_modality_cues_in_the_verb_group(text, lang, cues):
    doc, cs = clauses(text, lang)
    assert {doc[k].text: m for k, m in cs[0].cues.items()} == cues


def test_a_determiner_makes_a_trigger_word_a_noun():
    doc, cs = clauses("The visit ended Tuesday.", "en")
    assert cs[0].verb < 0 or doc[cs[0].verb].text != "visit"


def test_a_title_is_not_a_verb_however_it_starts():
    doc, cs = clauses("Para menteri menyepakati deklarasi itu.", "id")
    assert doc[cs[0].verb].text == "menyepakati"


@pytest.mark.parametrize("text, lang, voice", [
    ("The convoy was attacked by militants.", "en", "passive"),
    ("Militants attacked the convoy.", "en", "active"),
    ("Kedutaan itu diserang oleh demonstran.", "id", "passive"),
    ("Demonstran menyerang kedutaan itu.", "id", "active"),
])
def test_voice_by_the_languages_passive_markers(text, lang, voice):
    _, cs = clauses(text, lang)
    assert cs[0].voice == voice


# -- subject, object, obliques ----------------------------------------------------

def test_the_subject_group_is_the_words_before_the_verb():
    doc, cs = clauses("The Philippine coast guard accused Beijing.", "en")
    assert words(doc, cs[0].subject) == "The Philippine coast guard"


def test_a_fronted_phrase_is_not_the_subject():
    doc, cs = clauses("In Nairobi, the envoys signed a ceasefire.", "en")
    assert words(doc, cs[0].subject) == "the envoys"


@pytest.mark.parametrize("text, lang, subject", [
    ("Sementara itu, Laos membebaskan dua nelayan.", "id", "Laos"),
    ("Later, Oman freed two sailors.", "en", "Oman"),
])
def test_a_fronted_adverb_is_not_the_subject(text, lang, subject):
    doc, cs = clauses(text, lang)
    assert words(doc, cs[-1].subject) == subject


def test_a_copula_before_a_derived_noun_heads_the_verb_group():
    doc, cs = clauses("Ini merupakan kunjungan kenegaraan ke Brunei.", "id")
    assert doc[cs[0].verb].text == "merupakan" and words(doc, cs[0].object) == "kunjungan kenegaraan"


def test_the_object_ends_at_the_verb_of_a_reported_clause():
    doc, cs = clauses("The spokesman said Hanoi rejected the claim.", "en")
    assert doc[cs[0].verb].text == "said" and words(doc, cs[0].object) == "Hanoi"


def test_a_verb_after_the_verb_is_no_object():
    doc, cs = clauses("Fiji dan Tonga sepakat membentuk komite.", "id")
    assert doc[cs[0].verb].text == "sepakat" and cs[0].object is None


def test_the_object_group_follows_the_verb():
    doc, cs = clauses("Vietnam summoned the Chinese ambassador on Friday.", "en")
    assert words(doc, cs[0].object) == "the Chinese ambassador"
    assert words(doc, cs[0].obliques["on"]) == "Friday"


@pytest.mark.parametrize("text, lang, expected", [
    ("Fiji sent aid to Tonga with Australia.", "en", {"to": "Tonga", "with": "Australia"}),
    ("Iran protested against Israel at the council.", "en", {"against": "Israel", "at": "the council"}),
    ("Malaysia mengirim bantuan ke Myanmar dengan Singapura.", "id", {"ke": "Myanmar", "dengan": "Singapura"}),
    ("Kamboja memprotes terhadap Thailand di perbatasan.", "id", {"terhadap": "Thailand", "di": "perbatasan"}),
])
def test_obliques_by_their_preposition(text, lang, expected):
    doc, cs = clauses(text, lang)
    assert {p: words(doc, s) for p, s in cs[0].obliques.items()} == expected


# -- relative clauses, coordination, apposition ------------------------------------

def test_a_relative_clause_set_off_by_commas_and_what_it_attaches_to():
    doc, cs = clauses("Zelenskiy, who landed in Warsaw, thanked Duda.", "en")
    (rel,) = cs[0].relatives
    assert rel.bounded and doc[rel.start:rel.end].text == ", who landed in Warsaw"
    assert doc[rel.attaches].text == "Zelenskiy"
    # its verb is not the clause's
    assert doc[cs[0].verb].text == "thanked" and words(doc, cs[0].subject) == "Zelenskiy"


def test_a_bare_relative_clause_ends_before_the_main_verb():
    doc, cs = clauses("Kapal yang ditahan Filipina itu dilepaskan.", "id")
    (rel,) = cs[0].relatives
    assert not rel.bounded and doc[rel.start:rel.end].text == "yang ditahan Filipina itu"
    assert doc[rel.attaches].text == "Kapal"
    assert doc[cs[0].verb].text == "dilepaskan" and cs[0].voice == "passive"


def test_the_layer_indexes_comma_led_relatives_for_the_whole_paragraph():
    doc, layer = layer_of("Mexico, which hosts the talks, welcomed Cuba.", "en")
    assert layer.relatives == [(1, 6)]


def test_the_layer_indexes_an_apposed_noun_phrase_closed_by_a_relative_clause():
    doc, layer = layer_of("Lena Varga, the veteran mediator who chairs the panel, urged calm.", "en")
    assert [doc[a:b].text for a, b in layer.relatives] == [", the veteran mediator who chairs the panel"]
    # not without the closing comma, nor without a determiner opening the noun phrase
    assert layer_of("Troops shelled the town, the one village which had stood.", "en")[1].relatives == []
    assert layer_of("Ukraine said talks with envoys who arrived, went well.", "en")[1].relatives == []


def test_coordination_joins_a_second_verb():
    doc, cs = clauses("Egypt hosted the talks and offered guarantees.", "en")
    assert [doc[k].text for k in cs[0].coordination] == ["and"]
    assert words(doc, cs[0].object) == "the talks"


def test_coordination_in_indonesian():
    doc, cs = clauses("Qatar menengahi perundingan itu dan menjamin gencatan senjata.", "id")
    assert [doc[k].text for k in cs[0].coordination] == ["dan"]


def test_an_apposition_before_the_verb_is_not_the_subject():
    doc, cs = clauses("Penny Wong, Australia's foreign minister, visited Suva.", "en")
    assert [words(doc, a) for a in cs[0].appositions] == ["Australia's foreign minister"]
    assert words(doc, cs[0].subject) == "Penny Wong"


@pytest.mark.parametrize("text", ["", ".", "!!! ??? ...", "yang , , yang yang", "who " * 300])
def test_records_of_text_without_words_or_verbs(text):
    doc, cs = clauses(text, "en")
    assert all(c.verb < 0 or 0 <= c.verb < len(doc) for c in cs)
    assert sum(c.end - c.start for c in cs) == len(doc)      # the clauses tile the doc


def test_an_apposition_in_indonesian_and_a_pronoun_object():
    doc, cs = clauses("Penny Wong, Menteri Luar Negeri Australia, menyebut dirinya optimistis.", "id")
    assert [words(doc, a) for a in cs[0].appositions] == ["Menteri Luar Negeri Australia"]
    assert words(doc, cs[0].subject) == "Penny Wong" and doc[cs[0].verb].text == "menyebut"
    assert words(doc, cs[0].object) == "dirinya optimistis"      # "dirinya" is no di- passive


def test_subject_before_answers_kept_per_doc_are_the_same_and_each_callers_own():
    from streams.extract.clauses.subjects import KEPT_SUBJECTS
    from streams.extract.docstate import ACTORS
    from streams.extract.syntax import Grammar
    from streams.extract.lexicon import load

    from streams.extract.context import DocumentContext
    from streams.extract.docstate import CONTEXT

    nlp = get_nlp("en")
    doc = nlp.make_doc("Russia and China rejected the plan, and Iran condemned it.")
    doc.user_data[CONTEXT] = DocumentContext()
    for name in ("diplo_marks", "diplo_sentences", "diplo_clauses", "diplo_actors"):
        doc = nlp.get_pipe(name)(doc)
    g = Grammar(load("en"))
    ms = doc.user_data[ACTORS]
    verbs = [i for i, t in enumerate(doc) if t.lower_ in ("rejected", "condemned")]
    doc.user_data.pop(KEPT_SUBJECTS, None)
    plain = [g.subject_before(doc, ms, v, 0) for v in verbs]
    doc.user_data[KEPT_SUBJECTS] = {}
    kept = [g.subject_before(doc, ms, v, 0) for v in verbs]
    assert kept == plain and [m.text for m in plain[0]] == ["Russia", "China"]
    kept[0].clear()     # a caller's list is its own
    assert g.subject_before(doc, ms, verbs[0], 0) == plain[0]
