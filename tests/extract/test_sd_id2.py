"""The sd-id2 changes (a side wrong or missing, Indonesian first), each on sentences of its own."""

from __future__ import annotations

from streams.extract.events import roles
from test_r_actors import both   # (sources, targets, modality) of a type, with and without a role rule


def _sides(run, text, kind, lang="id"):
    """(sources, targets) by name of the paragraph's events of a type."""
    return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]])
            for e in run([text], lang=lang)[-1]["events"] if e["type"] == kind]


def test_coordinated_verb_goes_on_past_a_time_clause(run):
    # The verb after ", dan" goes on with the clause before the time clause, not with the time clause's subject.
    got = _sides(run, "Jepang menarik duta besarnya dari Seoul setelah Korea Selatan menahan kapal nelayan Jepang, "
                      "dan menangguhkan pembicaraan dagang dengan pemerintah Korea Selatan.", "SANCTION")
    assert (["Jepang"], ["pemerintah Korea Selatan"]) in got
    got = _sides(run, "Vietnam mengecam China sebelum Filipina mengirim kapal patroli ke Beting Scarborough, "
                      "dan mendesak Beijing menghentikan pembangunan pulau buatan.", "REQUEST")
    assert [s for s, _ in got] == [["Vietnam"]]


def test_time_clause_without_comma_keeps_its_subject(run):
    # No comma closes the time clause: the verb after "dan" may be the clause's own (left as it was).
    got = _sides(run, "Malaysia memprotes keras setelah Singapura menahan kapal nelayannya dan mengusir "
                      "tiga diplomat Malaysia.", "SANCTION")
    assert all(s != ["Malaysia"] for s, _ in got)


def test_coordinated_verb_goes_on_past_a_place_list(run):
    # "di Distrik X, Negara, dan membebaskan": the names of the place are no subject of the verb after them.
    got = _sides(run, "Pasukan Rusia mundur dari dua desa di Distrik Kupiansk, Ukraina, dan membebaskan "
                      "lima tahanan Ukraina.", "RETREAT")
    assert [s for s, _ in got] == [["Pasukan Rusia"], ["Pasukan Rusia"]]
    got = _sides(run, "Tentara Thailand menembaki pos militer di Provinsi Oddar Meanchey, Kamboja, dan menahan "
                      "dua tentara Kamboja.", "COERCE")
    assert [s for s, _ in got] == [["Tentara Thailand"]]


def test_reporter_named_by_a_long_noun_is_no_object(run):
    # ", kata juru bicara militer setempat X": up to five lower-case words name the reporter; no party to the act.
    got = _sides(run, "Milisi bersenjata menculik 20 warga dari sebuah desa di Provinsi Ituri, Kongo, dan menembak "
                      "mati seorang kepala desa, kata juru bicara militer setempat Jules Ngongo.", "ASSAULT")
    assert got and all("Jules Ngongo" not in t for _, t in got)


def test_donor_listed_with_a_fellow_donor_is_no_receiver(run):
    # "A dan B telah berjanji …, sementara C mengumumkan bantuan": A and B give too; neither is C's receiver.
    got = _sides(run, "Prancis dan Jerman telah berjanji mengirim tenda, sementara Inggris mengumumkan bantuan "
                      "senilai 10 juta pound.", "AID")
    assert got == [(["Inggris"], [])] or all("Prancis" not in t and "Jerman" not in t for _, t in got)
    got = _sides(run, "Prancis dan Jerman telah berjanji mengirim tenda ke Turki, sementara Inggris mengumumkan "
                      "bantuan senilai 10 juta pound.", "AID")
    assert (["Inggris"], ["Turki"]) in got


def test_concessive_clause_names_no_object(run):
    # "meski kedua negara masih bersengketa": a concessive clause (clause_breakers) holds no object of the act.
    got = _sides(run, "Jepang mengumumkan bantuan 3 juta dolar AS untuk Filipina, sedangkan China mengirim tim medis, "
                      "meski kedua negara masih bersengketa di Laut China Selatan.", "AID")
    assert all("Filipina – Tiongkok" not in t for _, t in got)


def test_unknown_name_at_a_place(run):
    # (without the rule the reef, a name the finder knows nothing of, after "di perairan", is the object held)
    got, bare = both(run, roles.unknown_name_at_a_place,
                     ["Petugas patroli Malaysia menahan 12 awak kapal di perairan Batu Puteh pada Minggu."],
                     "id", "COERCE")
    assert all("Batu Puteh" not in t for _, t, _ in got)
    assert any("Batu Puteh" in t for _, t, _ in bare)
    got, bare = both(run, roles.unknown_name_at_a_place,
                     ["Militer Thailand menuding pasukan Kamboja menanam ranjau baru di dekat Ta Krabey."],
                     "id", "ASSAULT")
    assert all("Ta Krabey" not in t for _, t, _ in got)
    assert any("Ta Krabey" in t for _, t, _ in bare)


def test_offices_joined_by_a_conjunction_are_one_group(run):
    # "Presiden A dan Perdana Menteri B": the states of two titled offices joined by "dan" act together.
    got = _sides(run, "Presiden Vanuatu dan Perdana Menteri Kepulauan Solomon menyerukan penahanan diri.", "REQUEST")
    assert [s for s, _ in got] == [["Vanuatu", "Kepulauan Solomon"]]
    got = _sides(run, "Presiden Indonesia dan Perdana Menteri Malaysia menandatangani perjanjian perbatasan "
                      "di Kuching.", "SUPPORT")
    assert got == [(["Indonesia", "Malaysia"], [])]
