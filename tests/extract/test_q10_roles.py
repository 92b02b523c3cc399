"""Who acts on whom (issue 14, q10-roles): the actor side of events in both languages."""

from __future__ import annotations

from event_checks import event_sides, found


def test_agent_after_topic(run):
    """An act named as a topic ("sebagai balasan atas", "terkait") with its agent after "oleh" is the agent's."""
    result = run(["Kemlu memanggil Duta Besar Australia terkait penahanan tiga nelayan Indonesia "
                  "oleh otoritas Australia di Laut Timor."], lang="id")[0]
    assert (["AUS"], ["IDN"]) in event_sides(result, "COERCE")


def test_carried_out_by(run):
    """An act noun heading the subject of a passive that carries it out is the agent's, on whom the noun names."""
    out = run(["Sanctions against two RSF commanders were imposed by the U.S. Treasury on Tuesday.",
               "New sanctions against Iran were announced by Britain on Monday."], lang="en")
    assert event_sides(out[0], "SANCTION") == [(["USA"], ["RSF"])]
    assert event_sides(out[1], "SANCTION") == [(["GBR"], ["IRN"])]


def test_carried_out_by_indonesian_passive(run):
    out = run(["Sanksi terhadap Iran diperpanjang oleh Dewan Keamanan PBB bulan lalu.",
               "Sanksi baru terhadap Rusia dijatuhkan oleh Uni Eropa pada Senin."], lang="id")
    assert event_sides(out[0], "SANCTION") == [(["UNSC"], ["IRN"])]
    assert event_sides(out[1], "SANCTION") == [(["EU"], ["RUS"])]


def test_a_verb_that_judges_the_act_is_not_its_agent(run):
    out = run(["The sanctions on Iran were condemned by Russia."], lang="en")
    assert found(out[0], "SANCTION") == []


def test_passive_of_active_row(run):
    """"were detained in Malaysia": the subject is acted on, by the place, not the other way round."""
    out = run(["Three Indonesian fishermen were detained in Malaysia on Monday.",
               "Four Chinese nationals were arrested in the Philippines on suspicion of espionage."], lang="en")
    assert event_sides(out[0], "COERCE") == [(["MYS"], ["IDN"])]
    assert event_sides(out[1], "COERCE") == [(["PHL"], ["CHN"])]


def test_progressive_not_passive(run):
    out = run(["Russian troops were attacking Ukrainian positions near Pokrovsk."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["RUS"], ["UKR"])]


def test_reporter_not_partner(run):
    out = run(["Iran agreed to resume talks next month, the Egyptian foreign ministry said."], lang="en")
    assert event_sides(out[0], "AGREE") == [(["IRN"], [])]


def test_genitive_act_does_not_target_the_agent_of_another_verb(run):
    # (Without "itu": "Serangan Israel itu" names back an attack told before, no new act.)
    out = run(["Serangan Israel dikecam oleh Prancis dan Arab Saudi."], lang="id")
    assert event_sides(out[0], "ASSAULT") == [(["ISR"], [])]


def test_allies_of_subject(run):
    out = run(["Malian troops and their Russian allies killed dozens of separatist rebels near Kidal."], lang="en")
    (srcs, _), = event_sides(out[0], "ASSAULT")
    assert srcs == ["MLI", "RUS"]


def test_accuser_hit_after_act(run):
    out = run(["Washington blamed Tehran for a drone attack on a U.S. base in eastern Syria."], lang="en")
    assert event_sides(out[0], "ASSAULT") == [(["IRN"], ["USA"])]


def test_persons_of_pair(run):
    out = run(["Perdana Menteri Malaysia Anwar Ibrahim menerima kunjungan Presiden Prabowo Subianto di Putrajaya.",
               "Kedua pihak sepakat mempercepat perundingan batas laut."], lang="id")
    (srcs, _), = event_sides(out[1], "AGREE")
    assert sorted(srcs) == ["IDN", "MYS"]
    names = sorted(a["name"] for a in found(out[1], "AGREE")[0]["sources"])
    assert names == ["Anwar Ibrahim", "Prabowo Subianto"]


def test_receiver_of_aid(run):
    out = run(["Bantuan kemanusiaan dari Indonesia untuk Gaza tiba di Mesir pada Rabu."], lang="id")
    assert event_sides(out[0], "AID") == [(["IDN"], ["PSE"])]


def test_coagent_of_subject(run):
    out = run(["Amerika Serikat bersama Inggris melancarkan serangan udara terhadap posisi Houthi di Yaman."],
              lang="id")
    assert event_sides(out[0], "ASSAULT") == [(["USA", "GBR"], ["HOUTHI"])]


def test_latin_american_is_no_american(run):
    """"Latin American countries", "negara Amerika Latin": a region, not the United States."""
    en = run(["Venezuela's government expelled diplomats from seven Latin American countries."], lang="en")[0]
    id_ = run(["Venezuela mengusir diplomat dari tujuh negara Amerika Latin."], lang="id")[0]
    for out in (en, id_):
        (_, targets), = event_sides(out, "SANCTION")
        assert "USA" not in targets
