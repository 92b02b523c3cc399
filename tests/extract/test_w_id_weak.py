"""Indonesian rows for the weakest types (w-id), from the read blind sets' misses:
"membom" (the other common spelling of "mengebom") and its passive "dibom" are attacks, ASSAULT;
a suspect or fugitive handed over or sent home ("menyerahkan tersangka ... warga") is judicial
COOPERATE 063, not a release of captives: the RETREAT rows with a gap stop at such a noun;
halting propaganda broadcasts or switching off loudspeakers aimed at the other side
("menghentikan siaran propaganda", "mematikan pengeras suara") is de-escalation, RETREAT 0872, and
so is halting a blockade ("menghentikan blokade"), as lifting or ending one already was;
blocking counted platforms or sites ("memblokir 26 platform media sosial") is COERCE censor 1721;
an actor ending an unpunctuated relative clause ("Rusia yang sejak 2021 mengirim instruktur ke Mali
memperluas ...") is not the main verb's subject: the clause's head is (SubjectRules.relative_head)."""

from __future__ import annotations

from event_checks import event_sides, found


def test_membom_is_an_attack_on_its_object(run):
    out = run(["Angkatan Udara Israel membom sebuah gudang senjata Hizbullah di Lebanon selatan."])
    assert (["ISR"], ["HEZBOLLAH"]) in event_sides(out[0], "ASSAULT")


def test_dibom_oleh_is_an_attack_by_the_agent(run):
    out = run(["Sebuah rumah sakit di Khartoum dibom oleh pesawat tempur RSF pada Senin."])
    assert [s for s, _ in event_sides(out[0], "ASSAULT")] == [["RSF"]]


def test_threat_to_membom_is_a_threat_not_an_attack(run):
    out = run(["Presiden Iran mengancam akan membom pangkalan militer Amerika Serikat jika diserang."])
    assert found(out[0], "THREATEN") and not found(out[0], "ASSAULT")


def test_handing_over_a_suspect_is_judicial_cooperation_not_a_release(run):
    out = run(["Vietnam menyerahkan tersangka pembunuhan warga Korea Selatan kepada kepolisian Korea Selatan."])
    assert (["VNM"], ["KOR"]) in event_sides(out[0], "COOPERATE")
    assert found(out[0], "RETREAT") == []


def test_sending_home_a_fugitive_is_judicial_cooperation(run):
    out = run(["Kamboja memulangkan buronan kasus narkoba warga Indonesia ke Jakarta."])
    assert found(out[0], "COOPERATE") and found(out[0], "RETREAT") == []


def test_halting_propaganda_broadcasts_is_deescalation(run):
    out = run(["Korea Selatan menghentikan siaran propaganda lewat pengeras suara di perbatasan dengan Korea Utara."])
    assert (["KOR"], ["PRK"]) in event_sides(out[0], "RETREAT")
    assert found(out[0], "COERCE") == []


def test_switching_off_loudspeakers_is_deescalation(run):
    out = run(["Militer Korea Utara mematikan pengeras suaranya di perbatasan dengan Korea Selatan pada Rabu."])
    assert found(out[0], "RETREAT")


def test_halting_a_foreign_broadcast_stays_censorship(run):
    out = run(["Pemerintah Iran menghentikan siaran televisi asing."])
    assert found(out[0], "COERCE", "censor") and found(out[0], "RETREAT") == []


def test_menghentikan_blokade_is_easing_a_blockade(run):
    out = run(["Militer Israel menghentikan blokade terhadap kota Jenin di Tepi Barat pada Rabu."])
    assert (["ISR"], ["PSE"]) in event_sides(out[0], "RETREAT")


def test_blocking_counted_platforms_is_censorship(run):
    out = run(["Pemerintah Nepal memblokir 26 platform media sosial, termasuk Facebook dan YouTube."])
    assert found(out[0], "COERCE", "censor")


def test_restricting_childrens_social_media_is_no_censorship(run):
    out = run(["Pemerintah Australia membatasi penggunaan media sosial bagi anak di bawah 16 tahun."])
    assert found(out[0], "COERCE", "censor") == []


def test_an_unpunctuated_relative_clause_is_looked_through_to_its_head(run):
    out = run(["Jepang yang sejak 2023 mengirim kapal patroli ke Filipina memperluas kerja sama pertahanan "
               "dengan Manila."])
    assert (["JPN"], ["PHL"]) in event_sides(out[0], "COOPERATE")


def test_a_clause_closed_by_its_demonstrative_leaves_the_object_its_subject(run):
    out = run(["Militer Mali, yang berkuasa sejak kudeta, menuduh Prancis memasok senjata kepada JNIM. "
               "Junta yang berkuasa sejak 2021 itu menuduh Prancis memasok senjata kepada JNIM."])
    assert all(s == ["FRA"] for s, _ in event_sides(out[0], "AID"))
