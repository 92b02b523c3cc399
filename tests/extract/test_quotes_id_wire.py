"""Indonesian wire copy: how outlets attribute speech (issue 14, q3-quotes).

Each test runs a short document of its own through the extractor and checks
the quote and speaker one rule is for.
"""

from __future__ import annotations

from quote_checks import last_quotes


def run(paragraphs: list[str], lang: str = "id") -> list[dict]:
    return last_quotes(paragraphs, lang)


def speaker_of(q: dict) -> str | None:
    sp = q["speaker"]
    return None if sp is None else sp.get("code") or sp.get("country") if sp["type"] != "PERSON" else sp["name"]


def test_clitic_cue_ending_the_sentence_reports_what_came_before():
    qs = run(["Menteri Luar Negeri Retno Marsudi tiba di Kairo, Senin.",
              "Bantuan kemanusiaan akan masuk melalui Rafah pekan ini, ujarnya."])
    q = next(q for q in qs if not q["direct"])
    assert q["text"] == "Bantuan kemanusiaan akan masuk melalui Rafah pekan ini"
    assert q["speaker"]["name"] == "Retno Marsudi"


def test_final_attribution_followed_by_an_adjunct_still_ends_the_sentence():
    qs = run(["Kolombia menangguhkan pembelian senjata dari Israel, kata Menteri Pertahanan Pedro Sanchez"
              " kepada wartawan di Bogota."])
    q = next(q for q in qs if not q["direct"])
    assert q["text"] == "Kolombia menangguhkan pembelian senjata dari Israel"
    assert q["speaker"]["name"] == "Pedro Sanchez"


def test_final_attribution_followed_by_a_date_after_a_comma():
    qs = run(["Pemberontak merebut pangkalan militer di Sittwe, kata junta Myanmar, Senin (2/2/2026)."])
    q = next(q for q in qs if not q["direct"])
    assert q["text"] == "Pemberontak merebut pangkalan militer di Sittwe"
    assert q["speaker"]["country"] == "MMR"


def test_police_and_navy_ranks_are_titles_not_names():
    qs = run(["”Situasi sudah aman,” kata Kapolres Komisaris Besar Budi Hartono kepada wartawan."])
    assert qs[0]["speaker"]["name"] == "Budi Hartono"
    qs = run(["”Patroli berjalan,” kata Laksamana Pertama Made Suarna."])
    assert qs[0]["speaker"]["name"] == "Made Suarna"


def test_capitalised_title_then_apposed_person():
    qs = run(["”Semua warga kami selamat,” kata Juru Bicara Kementerian Luar Negeri RI, Roy Soemirat,"
              " kepada wartawan di Jakarta, Selasa (4/2)."])
    assert qs[0]["speaker"]["name"] == "Roy Soemirat"


def test_title_chain_split_into_actors_takes_the_person_at_its_end():
    qs = run(["”Situasi terkendali,” kata Kepala Penerangan Komando Daerah Militer XVII/Cenderawasih"
              " Kolonel Infanteri Candra Kurniawan dalam keterangan tertulis."])
    assert qs[0]["speaker"]["name"] == "Candra Kurniawan"


def test_a_state_body_does_not_speak_for_residents_named_in_its_words():
    qs = run(["Kementerian Luar Negeri menyebut warga di Khartoum dalam keadaan selamat."])
    q = next(q for q in qs if not q["direct"])
    # (the ministry itself, Indonesia's in Indonesian copy, may speak: never the residents)
    assert q["speaker"] is None or q["speaker"]["type"] == "COUNTRY" \
        or q["speaker"]["text"] == "Kementerian Luar Negeri"
