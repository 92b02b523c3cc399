"""Indonesian acts once dropped for want of a side (brief parties-id): the doer or the target
named in the clause chain, in the quote's speaker or the reporting clause.

Each test runs a short document of its own through the extractor and checks the one
rule or word it is for.
"""

from __future__ import annotations

from event_checks import event_sides


def test_previously_between_subject_and_verb_leaves_the_subject_its_doer(run):
    """'X membuka … meskipun sebelumnya menutup …': "sebelumnya" (previously) is a preverbal adverb."""
    out = run(["Sementara itu, Thailand membuka sementara pos lintas batas Aranyaprathet untuk truk bantuan "
               "kemanusiaan meskipun sebelumnya menutup perbatasan itu bagi warga Kamboja."])[0]
    assert (["THA"], ["KHM"]) in event_sides(out, "COERCE")


def test_an_act_told_as_the_means_of_the_act_before_is_aimed_at_its_object(run):
    """'X bekerja sama dengan Y … dengan mengirim …': the means ("dengan", "by") of X's act on Y goes to Y."""
    out = run(["Australia bekerja sama dengan Papua Nugini memadamkan kebakaran hutan dengan mengirim tiga "
               "pesawat angkut."])[0]
    assert (["AUS"], ["PNG"]) in event_sides(out, "AID")


def test_a_charge_told_as_the_means_of_a_sanction_is_aimed_at_the_sanctioned(run):
    """'X menjatuhkan sanksi kepada Y …, dengan tuduhan …': the charge is X's against Y."""
    out = run(["Kementerian Keuangan Inggris menjatuhkan sanksi kepada Presiden Belarus Alexander Lukashenko "
               "pada Senin, dengan tuduhan membantu Rusia menghindari embargo."])[0]
    assert any(t and s == ["GBR"] for s, t in event_sides(out, "ACCUSE"))


def test_a_collective_subject_of_the_verb_whose_object_is_the_noun_act_does_it(run):
    """'Kedua pemimpin … menyaksikan penandatanganan …': the signing the two leaders witness is theirs."""
    out = run(["Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Prabowo Subianto bertemu di Kuala Lumpur.",
               "Kedua pemimpin kemudian menyaksikan penandatanganan tiga nota kesepahaman."])[1]
    assert (["MYS", "IDN"], []) in event_sides(out, "SUPPORT")


def test_a_noun_act_after_and_goes_on_with_the_collective_subject(run):
    """'Kedua pemimpin menggelar pertemuan … dan menyaksikan penandatanganan …': the same two."""
    out = run(["Perdana Menteri Malaysia Anwar Ibrahim dan Presiden Prabowo Subianto bertemu di Kuala Lumpur.",
               "Kedua pemimpin lalu menggelar pertemuan tertutup dan menyaksikan penandatanganan tiga nota "
               "kesepahaman."])[1]
    assert (["MYS", "IDN"], []) in event_sides(out, "SUPPORT")


def test_a_former_office_holder_is_no_longer_of_the_state_s_side(run):
    """'Kejaksaan Agung Peru menyelidiki mantan presiden X': the state's body acts on its former president."""
    out = run(["Kejaksaan Agung Peru menyelidiki mantan presiden Martin Vizcarra atas dugaan suap."])[0]
    assert (["PER"], ["PER"]) in event_sides(out, "ACCUSE")


def test_the_person_after_a_former_holder_s_title_of_another_is_not_the_former_one(run):
    """'membebaskan mantan penasihat X, wartawan Jepang Y': X is whose adviser Y was, still of X's state."""
    out = run(["Militer Myanmar pada Kamis membebaskan mantan penasihat Aung San Suu Kyi, wartawan Jepang "
               "Toru Kubota."])[0]
    assert all("Aung San Suu Kyi" not in t for _, t in event_sides(out, "RETREAT"))


def test_a_verb_after_and_is_not_done_by_the_object_of_the_act_before(run):
    """'X memanggil Duta Besar Y untuk X dan menyampaikan protes': X protests, not Y's envoy."""
    out = run(["Kemenlu Thailand memanggil Duta Besar Kamboja untuk Thailand dan menyampaikan protes keras."])[0]
    assert all(s != ["KHM"] for s, _ in event_sides(out, "ACCUSE"))
    assert (["THA"], ["KHM"]) in event_sides(out, "ACCUSE")


def test_the_relativizer_of_a_time_adjunct_opens_no_clause(run):
    """'Di sisi lain, X pada pekan yang sama menyerang Y': "yang sama" modifies the week; X is the subject."""
    out = run(["Di sisi lain, Rusia pada pekan yang sama kembali menyerang kota Kharkiv di Ukraina."])[0]
    assert any(s == ["RUS"] for s, _ in event_sides(out, "ASSAULT"))
