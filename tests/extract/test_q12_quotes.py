"""Quotes on wire copy, Indonesian first (issue 14, q12-quotes).

Each test runs a short document of its own through the extractor and checks
the quote or speaker one rule is for.
"""

from __future__ import annotations

from quote_checks import last_quotes


def indirect(paragraphs: list[str], lang: str = "id") -> list[dict]:
    return [q for q in last_quotes(paragraphs, lang) if not q["direct"]]


def test_object_noun_not_clause():
    """'menyatakan perang terhadap …': a reporting verb whose object is a noun (grammar quote_object_nouns) reports
    no clause, even with a verb after the next comma."""
    assert indirect(["Pemerintah junta Niger menyatakan perang terhadap kelompok bersenjata di Tillaberi, "
                     "meski pasukannya tidak dikerahkan."]) == []


def test_warned_of_noun():
    """'memperingatkan X akan <noun>': "akan" means "of" before a noun (grammar quote_of_markers), no reported
    clause; the quoted noun phrase alone is a direct quote."""
    qs = last_quotes(["Kementerian Luar Negeri Iran memperingatkan Azerbaijan akan ”akibat yang serius” jika "
                      "Baku mengizinkan pangkalan asing di wilayahnya."], "id")
    assert [(q["text"], q["direct"]) for q in qs] == [("akibat yang serius", True)]


def test_unnamed_aside():
    """'X, kata seorang diplomat Eropa, …': a cue and an unnamed speaker set off by commas inside the sentence
    report the rest of it, as a named one does."""
    qs = indirect(["Rencana itu, kata seorang diplomat Eropa, mencakup pencabutan sebagian sanksi terhadap Suriah."])
    assert [q["text"] for q in qs] == ["mencakup pencabutan sebagian sanksi terhadap Suriah"]


def test_outlet_of_report():
    """'X declared that …, according to the RIA news agency.': one report, the person's; the agency is its outlet."""
    qs = indirect(["Kremlin spokesman Dmitry Peskov declared that new Western sanctions would change nothing, "
                   "according to the TASS news agency."], "en")
    assert [q["text"] for q in qs] == ["new Western sanctions would change nothing"]
    assert qs[0]["speaker"]["name"] == "Dmitry Peskov"


def test_portfolio_ends_title():
    """'kata Komisioner Perdagangan Valdis Dombrovskis': the portfolio's abstract noun (portfolio_affixes.jsonl) ends
    the title; the speaker's name starts after it."""
    qs = indirect(["Uni Eropa akan menunda perundingan tarif dengan Vietnam, kata Komisaris Perindustrian "
                   "Stefan Kowalczyk."])
    assert qs and qs[0]["speaker"]["name"] == "Stefan Kowalczyk"


def test_agency_quoting_source():
    """'…, Yonhap mengutip seorang pejabat militer Korea Selatan.': the agency quotes its source, who speaks."""
    qs = indirect(["Korea Utara memindahkan peluncur rudal ke pantai timur pada Selasa, Yonhap mengutip seorang "
                   "pejabat militer Korea Selatan."])
    assert [q["text"] for q in qs] == ["Korea Utara memindahkan peluncur rudal ke pantai timur pada Selasa"]
    assert qs[0]["speaker"]["country"] == "KOR"


def test_quoting_outlet_tail():
    """'…, mengutip Al Jazeera.' after a report stays its source tail: one report."""
    qs = indirect(["Menteri Luar Negeri Mesir Badr Abdelatty mengatakan perundingan akan dilanjutkan di Kairo pekan "
                   "depan, mengutip Al Jazeera."])
    assert [q["text"] for q in qs] == ["perundingan akan dilanjutkan di Kairo pekan depan"]


def test_accusation_not_reported():
    """'menuding X <clause>' (reporting_verbs fragments_only) states a charge, not reported speech: no indirect
    quote; a fragment quoted in it is the accuser's."""
    assert indirect(["Pemerintah Sudan menuding Uni Emirat Arab memasok senjata kepada RSF di Darfur."]) == []
    qs = last_quotes(["Menteri Luar Negeri Venezuela Yvan Gil menuding Guyana “memprovokasi ketegangan” di "
                      "perbatasan Essequibo."], "id")
    assert [(q["text"], q["direct"], q["speaker"]["name"]) for q in qs] == \
        [("memprovokasi ketegangan", True, "Yvan Gil")]


def test_corps_after_rank():
    """'kata … Letkol Inf Candra Kurniawan': a military corps after a rank (name_blockers.txt) is not the name's."""
    qs = indirect(["Pos TNI di Nduga ditembaki kelompok bersenjata pada Senin malam, kata Kepala Penerangan Kodam "
                   "XVII/Cenderawasih Kolonel Kav Herman Taryaman."])
    assert qs and qs[0]["speaker"]["name"] == "Herman Taryaman"


def test_police_mark_after_rank():
    """'Irjen Pol Asep …': the police's mark after a rank (name_blockers.txt), written without its dot, is not the
    name's either."""
    qs = indirect(["Sebanyak 30 orang ditahan setelah bentrokan di depan gedung parlemen, kata Kapolda Sumatera "
                   "Utara Irjen Pol Whisnu Hermawan."])
    assert qs and qs[0]["speaker"]["name"] == "Whisnu Hermawan"


def test_fragment_clause_goes_on():
    """'X mengatakan China “…” klaim Manila, seraya menambahkan …': the words after a fragment's closing mark go on
    its clause; the fragment is the reporter's (X's), not Manila's."""
    qs = last_quotes(["Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan Beijing “tidak akan pernah "
                      "mengakui” klaim Manila, seraya menambahkan bahwa pintu dialog tetap terbuka."], "id")
    direct = [q for q in qs if q["direct"]]
    assert direct and direct[0]["speaker"]["name"] == "Lin Jian"


def test_state_medium_speaks_for_the_state_reported_on():
    """'menurut televisi pemerintah': the body word says who runs the medium (grammar media_heads), so it is no
    actor of the dateline's state; the medium speaks for the state its report is about."""
    qs = indirect(["DOHA, KOMPAS — Hamas membebaskan empat sandera Israel pada Sabtu, kata mediator Qatar.",
                   "Junta Myanmar memberikan amnesti kepada 3.000 narapidana untuk memperingati tahun baru, "
                   "menurut televisi pemerintah."])
    assert [(q["speaker"]["text"], q["speaker"]["country"]) for q in qs] == [("televisi pemerintah", "MMR")]
