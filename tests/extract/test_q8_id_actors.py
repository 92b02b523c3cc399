"""Indonesian actors and speakers on wire copy (q8-id-actors), one sentence of my own each."""

from __future__ import annotations

from event_checks import codes_or_names


def speakers(out, para=0):
    """(speaker code or name, quote text) of each quote of a paragraph."""
    return [(codes_or_names([q["speaker"]])[0] if q.get("speaker") else None, q["text"]) for q in out[para]["quotes"]]


# countries.jsonl abbreviations: a national body by its own short name is its state
def test_bare_indonesian_agency_speaks_for_indonesia(run):
    out = run(["BMKG menyebut gempa bermagnitudo 5,8 di Maluku itu tidak berpotensi tsunami."])
    assert speakers(out) == [("IDN", "gempa bermagnitudo 5,8 di Maluku itu tidak berpotensi tsunami")]


def test_bare_russian_state_company_speaks_for_russia(run):
    out = run(["Rosatom menyatakan siap membangun reaktor modular kecil di Kalimantan."])
    assert [s for s, _ in speakers(out)] == ["RUS"]


# quotes/slots.py anonymous_modified_after: an unnamed source with a modifier after its head keeps the quote
def test_unnamed_source_with_modifier_keeps_the_quote(run):
    out = run(["Dua roket menghantam sebuah sekolah di Rafah, kata petugas medis."])
    assert speakers(out) == [(None, "Dua roket menghantam sebuah sekolah di Rafah")]


# quotes/speakers.py local_of_home: an unnamed local official is the dateline's state
def test_local_official_speaks_for_the_dateline_state(run):
    out = run(["KHARKIV, ANTARA - Rudal Rusia menghantam gedung apartemen di pusat kota, kata pejabat setempat."])
    assert [s for s, _ in speakers(out)] == ["UKR"]


def test_local_residents_stay_unnamed(run):
    out = run(["KHARKIV, ANTARA - Rudal Rusia menghantam gedung apartemen di pusat kota, kata warga setempat."])
    assert [s for s, _ in speakers(out)] == [None]


# quotes: agency_after / agency_subject / agency_state, reporting verb 'lapor': a news agency speaks for its state
def test_agency_after_lapor_speaks_for_its_state(run):
    out = run(["Militer Myanmar membom sebuah desa di Sagaing, lapor kantor berita Bernama."])
    assert speakers(out) == [("MYS", "Militer Myanmar membom sebuah desa di Sagaing")]


def test_agency_opening_menurut_is_no_party(run):
    out = run(["Menurut kantor berita Antara, Malaysia dan Singapura sepakat membuka jalur kereta baru."])
    assert speakers(out) == [("IDN", "Malaysia dan Singapura sepakat membuka jalur kereta baru")]
    assert all("IDN" not in codes_or_names(e["sources"] + e["targets"]) for e in out[0]["events"])


def test_unknown_agency_takes_the_state_in_its_phrase(run):
    out = run(["Kantor berita resmi Palestina Maan melaporkan perundingan gencatan senjata dilanjutkan di Kairo."])
    assert [s for s, _ in speakers(out)] == ["PSE"]


# actors/home.py _reporter_state (in home_bodies): a bare body opening a report is the reporter's state's
def test_bare_government_in_a_report_is_the_reporters_state(run):
    out = run(["BEIRUT, ANTARA - Israel kembali menyerang Lebanon selatan.",
               "Duta Besar RI untuk Lebanon Hajriyanto Thohari mengatakan pemerintah telah mengevakuasi 40 WNI "
               "dari Beirut."])
    [retreat] = [e for e in out[1]["events"] if e["type"] == "RETREAT"]
    assert codes_or_names(retreat["sources"]) == ["IDN"]


# events/roles.py head_of_relative_passive: 'X yang dituduh …' charges X, by the main clause's subject
def test_relative_passive_charges_its_head(run):
    out = run(["Inggris membekukan aset dua perusahaan Iran yang dituduh memasok drone."])
    accuse = [e for e in out[0]["events"] if e["type"] == "ACCUSE"]
    assert [(codes_or_names(e["sources"]), codes_or_names(e["targets"])) for e in accuse] == [(["GBR"], ["IRN"])]


# events/readings.py victim_after_noun (grammar victim_nouns): the people after a derived noun of force are hit
def test_people_after_a_noun_of_force_are_its_victims(run):
    out = run(["Filipina memprotes penembakan nelayan Filipina di dekat Beting Scarborough."])
    [assault] = [e for e in out[0]["events"] if e["type"] == "ASSAULT"]
    assert codes_or_names(assault["sources"]) == [] and codes_or_names(assault["targets"]) == ["PHL"]


# quotes/slots.py actor_before_relative: the actor a relative clause describes speaks, not the place inside it
def test_actor_before_a_relative_clause_speaks(run):
    out = run(["Armada Kelima AS yang bermarkas di Bahrain mengatakan pihaknya memantau lalu lintas kapal."])
    assert [s for s, _ in speakers(out)] == ["USA"]


def test_revolutionary_guard_by_name_is_iran(run):
    out = run(["Garda Revolusi menahan dua kapal tanker asing di Teluk Persia."])
    assert all(codes_or_names(e["sources"]) == ["IRN"] for e in out[0]["events"]) and out[0]["events"]


# actors/anaphora.py counterpart_backrefs (grammar counterpart_backrefs): a bare 'mitranya' is the other side's person
def test_bare_counterpart_is_the_person_of_the_other_state(run):
    out = run(["Menteri Luar Negeri Malaysia Mohamad Hasan bertemu Menteri Luar Negeri Thailand Maris Sangiampongsa.",
               "Mohamad juga meminta mitranya memperketat pengawasan perbatasan."])
    [req] = [e for e in out[1]["events"] if e["type"] == "REQUEST"]
    assert [a["name"] for a in req["targets"]] == ["Maris Sangiampongsa"]


# quotes/slots.py name_after_bracket: the person after a bracketed acronym speaks, not the body in the brackets
def test_person_after_a_bracketed_acronym_speaks(run):
    out = run(["Kepala Badan Nasional Penanggulangan Terorisme (BNPT) Hartono menyatakan ancaman teror menurun."])
    assert [s for s, _ in speakers(out)] == ["Hartono"]


# quotes/indirect.py _source_tail (grammar quote_source_tails): the outlet a report was taken from is not reported
def test_outlet_after_a_report_is_not_reported(run):
    out = run(["Hamas menyatakan siap membebaskan sandera yang tersisa, seperti dilansir Al Jazeera."])
    assert [t for _, t in speakers(out)] == ["siap membebaskan sandera yang tersisa"]
