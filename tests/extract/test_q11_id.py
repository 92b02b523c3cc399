"""Indonesian wire copy: acts of force, charges and protests (issue 14, q11-id).

Each test runs a sentence of its own through the extractor and checks the one
rule or lexicon row it is for.
"""

from __future__ import annotations

from event_checks import event_sides, found
from quote_checks import last_quotes

from streams.extract.lexicon import load
from streams.extract.wordclasses import WordClasses


def test_serangan_terhadap_dilakukan_oleh_gives_the_agent_and_the_target(run):
    """assault.q11.serangan_terhadap_dilakukan_oleh: the agent after 'dilakukan oleh', the target inside."""
    r = run(["Penembakan terhadap dua nelayan Vietnam di perairan Natuna dilakukan oleh aparat Malaysia."])[0]
    assert ("MYS" in event_sides(r, "ASSAULT")[0][0]) and "VNM" in event_sides(r, "ASSAULT")[0][1]


def test_charged_noun(run):
    """charged_noun: 'menyalahkan X atas pembunuhan …' is X's act on the accuser."""
    r = run(["Irak menyalahkan Turki atas pembunuhan dua petani di Dohuk."])[0]
    assert (["TUR"], ["IRQ"]) in event_sides(r, "ASSAULT")


def test_charged_noun_arrest_after_a_condemnation(run):
    """coerce.q11.charged_noun + charged_noun: 'mengecam X atas penangkapan …' is an arrest by X."""
    r = run(["Vietnam mengecam Kamboja atas penangkapan sembilan nelayannya di Teluk Thailand."])[0]
    assert (["KHM"], ["VNM"]) in event_sides(r, "COERCE")


def test_charged_noun_leaves_a_noun_with_its_own_agent(run):
    """charged_noun does not take 'atas serangan Y' where the noun names its agent (genitive_agent does)."""
    r = run(["Suriah menyalahkan Israel atas serangan Israel ke Damaskus."])[0]
    assert [s for s, _ in event_sides(r, "ASSAULT")] == [["ISR"]]


def test_melakukan_pemogokan_is_a_strike(run):
    """protest.q11.strike.melakukan_pemogokan: the derived noun with a light verb."""
    r = run(["Ribuan buruh pelabuhan di Rotterdam melakukan pemogokan selama dua hari."])[0]
    assert found(r, "PROTEST", "strike")


def test_protest_from_a_party_disapproves_of_the_subject(run):
    """accuse.q11.menuai_kecaman_dari: 'menuai kecaman dari X': X disapproves of the subject's party."""
    r = run(["Keputusan Australia itu menuai kecaman dari Prancis."])[0]
    assert (["FRA"], ["AUS"]) in event_sides(r, "ACCUSE")


def test_affixed_non_verbs_are_not_verb_like():
    """grammar affixed_non_verbs: 'berita', 'meriam' carry verb affixes but are nouns; real verbs stay verbs."""
    g = WordClasses.from_lexicon(load("id"))
    assert not g.verb_like("berita") and not g.verb_like("meriam") and not g.verb_like("diplomatik")
    assert g.verb_like("menembakkan") and g.verb_like("diserang")


def test_noun_phrase_after_a_cue_is_no_indirect_quote():
    """affixed_non_verbs: 'menyatakan dukungan … mediasi …' holds no verb, so no reported clause."""
    qs = [q for q in last_quotes(["Jepang menyatakan dukungan terhadap upaya mediasi Norwegia dalam konflik "
                                  "di Sri Lanka."], "id") if not q["direct"]]
    assert not qs


def test_one_named_person_arrested_in_a_place_is_held_by_its_state(run):
    """coerce.q11.arrest.counted_passive_named: 'Seorang wartawan Jepang ditahan di Rusia' (nationality between)."""
    r = run(["Seorang wartawan Jepang ditahan di Rusia atas tuduhan mata-mata."])[0]
    assert (["RUS"], ["JPN"]) in event_sides(r, "COERCE")
