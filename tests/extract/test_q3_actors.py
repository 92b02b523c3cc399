"""q3-actors: wrong sides from the blind sets (pronoun subjects after a quote)."""

from __future__ import annotations

from event_checks import found


def test_pronoun_after_a_quote_is_its_speaker_not_the_apposition(run):
    # "Ia" is the speaker of the quote before, not the person named in her apposition.
    out = run(["Menteri Luar Negeri Venezuela Yvan Gil, pembantu dekat Presiden Nicolas Maduro, menolak "
               "usulan Washington. ”Kami tidak akan tunduk,” katanya. Ia juga mengancam akan mengusir "
               "diplomat Amerika Serikat."], lang="id")
    threats = found(out[0], "THREATEN")
    assert [([a["name"] for a in e["sources"]], [a["country"] for a in e["targets"]]) for e in threats] \
        == [(["Yvan Gil"], ["USA"])]


def test_second_speech_verb_is_the_speakers_not_the_reported_subject(run):
    # "warned" is joined to "said": Okafor's warning, not Ghana's (the subject of what he said).
    out = run(["Nigerian Foreign Minister Adebayo Okafor said Ghana should \"respect its neighbours\" and "
               "warned that Abuja would impose sanctions on Accra."], lang="en")
    threats = found(out[0], "THREATEN")
    assert threats and [a["name"] for a in threats[0]["sources"]] == ["Adebayo Okafor"]
