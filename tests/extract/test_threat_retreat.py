"""THREATEN and RETREAT shapes of the fifth round, one sentence each (my own)."""

from __future__ import annotations

from streams.extract.events import roles


def sides_of(out, kind):
    return [([a["country"] or a["name"] for a in e["sources"]], [a["country"] or a["name"] for a in e["targets"]])
            for e in out[0]["events"] if e["type"] == kind]


def test_en_held_by_released_the_holder_frees(run):
    out = run(["Twelve Thai soldiers held by Cambodia since the border clash were released on Saturday."], lang="en")
    assert sides_of(out, "RETREAT") == [(["KHM"], ["THA"])]


def test_id_ditawan_dibebaskan_the_holder_frees(run):
    out = run(["Dua nelayan Indonesia yang ditawan Malaysia sejak pekan lalu dibebaskan pada Senin."])
    assert sides_of(out, "RETREAT") == [(["MYS"], ["IDN"])]


def test_holder_releases_is_a_role_rule():
    assert roles.holder_releases in roles.ROLE_RULES



def test_en_handed_over_control_is_a_withdrawal(run):
    out = run(["Armenia handed over control of four border villages to Azerbaijan."], lang="en")
    assert sides_of(out, "RETREAT") == [(["ARM"], ["AZE"])]


def test_en_returned_villages_is_a_withdrawal(run):
    out = run(["Armenia returned four villages to Azerbaijan under a border deal."], lang="en")
    assert sides_of(out, "RETREAT") == [(["ARM"], ["AZE"])]


def test_en_began_withdrawing_from(run):
    out = run(["Israeli troops began withdrawing from the Netzarim corridor on Sunday."], lang="en")
    assert [s for s, _ in sides_of(out, "RETREAT")] == [["ISR"]]


def test_en_detained_in_a_country_released_by_it(run):
    out = run(["Two Japanese nationals detained in China have been released, Tokyo said."], lang="en")
    assert sides_of(out, "RETREAT")[0][0] == ["CHN"]


def test_en_infinitive_pull_troops_is_not_a_withdrawal(run):
    out = run(["Kinshasa still expected Rwanda to pull its estimated 4,000 troops out of eastern Congo."], lang="en")
    assert sides_of(out, "RETREAT") == []


def test_en_will_face_a_response_threatens_the_subject(run):
    out = run(["Iran will face a decisive response, Israeli Prime Minister Benjamin Netanyahu said."], lang="en")
    threats = sides_of(out, "THREATEN")
    assert threats and "IRN" in threats[0][1]


def test_id_pengunduran_dirinya_is_a_resignation(run):
    out = run(["Perdana Menteri Jepang Fumio Kishida mengumumkan pengunduran dirinya."])
    assert [e["mode"] for e in out[0]["events"] if e["type"] == "RETREAT"] == ["resign"]


def test_id_ditarik_dari_the_subject_withdraws(run):
    out = run(["Pasukan penjaga perdamaian PBB ditarik dari Mali."])
    assert [s for s, _ in sides_of(out, "RETREAT")] in ([["UN"]], [["United Nations"]])


def test_id_menyerahkan_desa_is_a_withdrawal(run):
    out = run(["Armenia menyerahkan empat desa kepada Azerbaijan."])
    assert sides_of(out, "RETREAT") == [(["ARM"], ["AZE"])]


def test_id_handing_over_after_a_withdrawal_is_the_same_act(run):
    out = run(["Israel menyelesaikan penarikan pasukannya dari kota Bint Jbeil di Lebanon selatan dan menyerahkan "
               "kendali kepada tentara Lebanon."])
    assert len(sides_of(out, "RETREAT")) == 1


def test_en_we_will_respond_in_a_quote_is_the_speakers_threat(run):
    out = run(["\"If Kyiv strikes Russian territory with these missiles, we will respond,\" Kremlin spokesman "
               "Dmitry Peskov told reporters."], lang="en")
    threats = sides_of(out, "THREATEN")
    assert threats and threats[0][1] == ["UKR"]


def test_en_our_response_will_be_swift(run):
    out = run(["\"Our response will be swift and decisive,\" Israeli Prime Minister Benjamin Netanyahu said."],
              lang="en")
    assert sides_of(out, "THREATEN")


def test_a_conditional_response_is_a_threat(run):
    """'X would respond if …': the condition makes the response a threat, like 'would respond firmly'."""
    out = run(["The Kremlin said Moscow would respond if Western troops were stationed in Moldova."], lang="en")
    assert [e["type"] for e in out[0]["events"]][:1] == ["THREATEN"]
