"""Speakers and quotes on wire copy, both languages (issue 14, q11-speakers).

Each test runs a short document of its own through the extractor and checks
the quote or speaker one rule is for.
"""

from __future__ import annotations

from quote_checks import last_quotes


def indirect(paragraphs: list[str], lang: str = "en") -> list[dict]:
    return [q for q in last_quotes(paragraphs, lang) if not q["direct"]]


def test_prepositional_tail():
    """'…, X said in a televised address.': a participle inside the tail leaves the words before the comma reported."""
    qs = indirect(["Madrid would not recognise the vote, Spanish Prime Minister Pedro Sanchez said in a "
                   "televised address."])
    assert [q["text"] for q in qs] == ["Madrid would not recognise the vote"]
    assert qs[0]["speaker"]["name"] == "Pedro Sanchez"


def test_aside_opener():
    """'…, the agency said, citing …': the words before the attribution are reported, not the aside after it."""
    qs = indirect(["Chad closed its border with Sudan on Friday, the interior ministry said, citing security "
                   "concerns."])
    assert [q["text"] for q in qs] == ["Chad closed its border with Sudan on Friday"]


def test_statement_of_after():
    """'…, according to a statement from the Kremlin.': the statement's issuer speaks."""
    qs = indirect(["Russia will send grain to Mali next month, according to a statement issued by the Kremlin."])
    assert [q["text"] for q in qs] == ["Russia will send grain to Mali next month"]
    assert qs[0]["speaker"]["country"] == "RUS"


def test_agency_phrase():
    """'…, state news agency Xinhua said.': a known agency before the cue speaks for its state, not the party of the
    statement."""
    qs = indirect(["Vietnam agreed to buy 20 trains from China, state news agency Xinhua said."])
    assert [q["text"] for q in qs] == ["Vietnam agreed to buy 20 trains from China"]
    assert qs[0]["speaker"]["country"] == "CHN"


def test_person_ends_phrase():
    """'"…," UNICEF country director Ana Lindqvist told reporters.': the person ending the phrase speaks, not the
    body it opens with."""
    qs = last_quotes(["\"Children are dying every day,\" UNICEF country director Ana Lindqvist told reporters."], "en")
    assert qs and qs[0]["speaker"]["name"] == "Ana Lindqvist"


def test_not_kin():
    """'Kim Yo Jong' after 'Kim Jong Un' is another person of the family, not him: her quote is hers."""
    qs = last_quotes(["SEOUL - North Korean leader Kim Jong Un inspected a missile unit on Monday.",
                      "His sister Kim Yo Jong warned Seoul on Tuesday. \"Seoul will regret this,\" she said."], "en")
    assert qs and qs[-1]["speaker"]["name"] == "Kim Yo Jong"


def test_bylines():
    """A byline's names are the reporters: 'the official' later is not one of them."""
    qs = last_quotes(["By Lena Ortiz and Paul Brandt",
                      "BERLIN (Reuters) - Germany will send two frigates to the Red Sea, a senior German official "
                      "said.",
                      "\"The decision was taken last week,\" the official said."], "en")
    assert qs and qs[0]["speaker"] is not None and qs[0]["speaker"]["name"] not in ("Lena Ortiz", "Paul Brandt")


def test_clause_subject_ends_adjunct():
    """'said in a statement it welcomed …': the adjunct ends where the clause's subject opens."""
    qs = indirect(["Germany said in a statement it welcomed the ceasefire in Lebanon."])
    assert [q["text"] for q in qs] == ["it welcomed the ceasefire in Lebanon"]


def test_adverbial_opener():
    """'Dalam pertemuan itu, X menjelaskan posisi …': the words before the comma are when, not what was said."""
    qs = indirect(["Dalam pertemuan itu, Sugiono juga menjelaskan sikap Indonesia soal Myanmar."], "id")
    assert not any(q["text"].startswith("Dalam pertemuan") for q in qs)


def test_rank_titles_id():
    """'… Letkol Candra Kurniawan mengatakan …': the rank is a title, not part of the new person's name."""
    qs = indirect(["Kepala Penerangan Kodam XVII/Cenderawasih Letkol Candra Kurniawan mengatakan pasukan hanya "
                   "berjaga di sekitar bandara."], "id")
    assert qs and qs[0]["speaker"]["name"] == "Candra Kurniawan"


def test_not_negated():
    """'…, without saying whether …': a cue a negating preposition leads reports nothing."""
    qs = indirect(["Iran freed two French citizens on Friday, the ministry said, without saying whether a deal had "
                   "been made."])
    assert not any(q["text"].startswith("whether") for q in qs)
