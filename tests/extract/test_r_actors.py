"""The r-actors rules (the sides of found events), each on sentences of its own,
with the rule and without it."""

from __future__ import annotations

from streams.extract.events import roles


def both(run, rule, paragraphs, lang, kind):
    """(sources, targets, modality) by name of the last paragraph's events of a type, with and without `rule`."""
    def acts():
        return [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]], e["modality"])
                for e in run(paragraphs, lang=lang)[-1]["events"] if e["type"] == kind]
    with_rule = acts()
    at = roles.ROLE_RULES.index(rule)
    roles.ROLE_RULES.pop(at)
    try:
        return with_rule, acts()
    finally:
        roles.ROLE_RULES.insert(at, rule)


def test_party_of_condition(run):
    # (without the rule the EU is a fellow of the commissioner's clause, and the story's last party is taken)
    got, bare = both(run, roles.party_of_condition,
                     ["Argentina asked for the vote to be delayed until March.",
                      "EU trade commissioner Maros Sefcovic had hoped to travel to Santiago next week to sign the "
                      "accord with President Gabriel Boric, who warned that Chile would drop out if the EU failed to "
                      "ratify it by June."], "en", "THREATEN")
    assert got == [(["Gabriel Boric"], ["European Union"], "asserted")]
    assert bare == [(["Gabriel Boric"], ["Argentina"], "asserted")]
    got, bare = both(run, roles.party_of_condition,
                     ["Thailand menjadi tuan rumah pertemuan itu. Presiden Chile Gabriel Boric memperingatkan Chile "
                      "akan keluar dari forum tersebut jika Peru tidak mencabut tarif baru."], "id", "THREATEN")
    assert got == [(["Gabriel Boric"], ["Peru"], "asserted")]
    assert got != bare
    # A subject owned by a place names no party: "jika blokade Gaza", the object further on stands.
    got, _ = both(run, roles.party_of_condition,
                  ["Kelompok Hizbullah mengancam akan menyerang kapal-kapal milik Israel jika blokade Gaza tidak "
                   "dicabut."], "id", "THREATEN")
    assert all("Palestina" not in targets for _, targets, _ in got)


def test_pair_named_as_object(run):
    got, bare = both(run, roles.pair_named_as_object,
                     ["Georgian troops clashed with Russian forces near Tskhinvali on Sunday.",
                      "Turkey, which borders Armenia, urged both sides to stop the fighting."], "en", "REQUEST")
    assert got == [(["Turkey"], ["Georgian troops – Russian forces"], "asserted")]
    assert bare == [(["Turkey"], ["Georgia"], "asserted")]     # (Armenia, in the relative aside, tells of Turkey)
    got, bare = both(run, roles.pair_named_as_object,
                     ["Pasukan Georgia bentrok dengan tentara Rusia di dekat Tskhinvali pada Minggu.",
                      "Turki, yang berbatasan dengan Armenia, mendesak kedua pihak menghentikan pertempuran."],
                     "id", "REQUEST")
    assert got == [(["Turki"], ["Pasukan Georgia – tentara Rusia"], "asserted")]
    assert bare == [(["Turki"], ["Georgia"], "asserted")]
    # One event's members are the pair's two states.
    members = [e["targets"][0]["members"] for e in run(
        ["Pasukan Georgia bentrok dengan tentara Rusia di dekat Tskhinvali pada Minggu.",
         "Turki, yang berbatasan dengan Armenia, mendesak kedua pihak menghentikan pertempuran."],
        lang="id")[-1]["events"] if e["type"] == "REQUEST"]
    assert members == [["GEO", "RUS"]]


def test_reporter_goes_on_in_tense(run):
    got, bare = both(run, roles.reporter_goes_on_in_tense,
                     ["Foreign Minister Ana Silva said Lisbon would not accept the new quotas and urged the European "
                      "Union to rethink them."], "en", "REQUEST")
    assert [sources for sources, _, _ in got] == [["Ana Silva"]]
    assert [sources for sources, _, _ in bare] == [["Portugal"]]
    # Two past verbs of the report share its subject.
    got, _ = both(run, roles.reporter_goes_on_in_tense,
                  ["Police chief Omar Haddad said Jordanian officers arrested two smugglers and seized 40 rifles near "
                   "the Syrian border."], "en", "COERCE")
    assert [sources for sources, _, _ in got] == [["Jordan"], ["Jordan"]]


def test_crossing_and_border_names_are_places(run):
    # "penyeberangan Nahal Oz", "perbatasan Ban Khlong": a place named by its head noun, no person acted on.
    for text, kind in (("Mesir mendesak agar penyeberangan Nahal Oz segera dibuka bagi truk bantuan.", "REQUEST"),
                       ("Pasukan Thailand menutup perbatasan Ban Khlong pada Senin.", "COERCE"),
                       # names the Indonesian press keeps in English, and "Negara Bagian", "Garis", "Zona"
                       ("Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina di dekat Sabina Shoal.",
                        "ASSAULT"),
                       ("Militer Myanmar mengebom sebuah desa di Negara Bagian Kachin pada Selasa.", "ASSAULT"),
                       ("India mengerahkan pasukan tambahan di sepanjang Garis Kontrol.", "MOBILIZE")):
        events = [e for e in run([text], lang="id")[0]["events"] if e["type"] == kind]
        assert events and all(a["type"] != "PERSON" for e in events for a in e["targets"]), text


def test_interception_named_back(run):
    # "pencegatan itu": the act of the interceptor, who is the target of the protest (not the place further on).
    events = run(["Kapal perang Mesir mencegat sebuah kapal nelayan Yunani yang berlayar menuju Libya. "
                  "Pemerintah Yunani mengecam pencegatan itu."], lang="id")[0]["events"]
    assert [[a["country"] for a in e["targets"]] for e in events if e["type"] == "ACCUSE"] == [["EGY"]]


def test_answer_goes_to_the_hostile_doer_of_the_paragraph(run):
    # recall.other_side: a bare answer with no party in its sentence goes to whoever last acted against
    # the answerer in the paragraph, not to the party named last (Hungary).
    for text, lang in (("Uni Eropa menjatuhkan sanksi baru terhadap Belarus pada Senin, setelah Hungaria menyetujui "
                        "paket itu. Minsk langsung mengancam akan membalas.", "id"),
                       ("The European Union imposed new sanctions on Belarus on Monday after Hungary approved the "
                        "package. Minsk vowed to retaliate.", "en")):
        events = run([text], lang=lang)[0]["events"]
        assert [[a["code"] for a in e["targets"]] for e in events if e["type"] == "THREATEN"] == [["EU"]], text


def test_pihaknya_is_the_body_that_acted_by_a_verb(run):
    # recall.bodies_acting_last: "Pihaknya" is the ministry that condemned, not Thailand, whose arrest (a noun
    # inside the act) was condemned.
    events = run(["Kementerian Luar Negeri Malaysia mengecam penangkapan nelayannya oleh Thailand. "
                  "Pihaknya juga memanggil duta besar."], lang="id")[0]["events"]
    summons = [e for e in events if e["trigger"]["text"].startswith("memanggil")]
    assert [([a["country"] for a in e["sources"]], [a["country"] for a in e["targets"]]) for e in summons] \
        == [(["MYS"], ["THA"])]


def test_mixed_case_datelines_name_no_party(run):
    # actors.home.dateline_home: "Kota (AGENSI) -", "Kota, Outlet --", "OUTLET.COM, Kota -" as outlets print them.
    for text in ("Surabaya (ANTARA) - Pasukan Thailand dan Kamboja bentrok di perbatasan pada Jumat.",
                 "Medan, Warta Harian -- Pasukan Thailand dan Kamboja bentrok di perbatasan pada Jumat.",
                 "WARTAKITA.CO, Surabaya - Pasukan Thailand dan Kamboja bentrok di perbatasan pada Jumat."):
        result = run([text], lang="id")[0]
        actors = [a["country"] for e in result["events"] for a in (*e["sources"], *e["targets"])]
        assert actors and "IDN" not in actors, text
    # The dateline's place is the story's: a bare body takes its country.
    events = run(["Surabaya (ANTARA) - Polisi menangkap 12 pengunjuk rasa di depan balai kota."],
                 lang="id")[0]["events"]
    assert [[a["country"] for a in e["sources"]] for e in events if e["type"] == "COERCE"] == [["IDN"]]


def test_bare_junta_after_a_verb_and_heading_its_body(run):
    # actors.home: "Junta militer Sudan" is Sudan's junta (not the dateline's state); "menuduh junta" is the
    # verb's object, an actor of the state the story named it for.
    paragraphs = ["KAIRO, KABARNUSA.com - Mesir mengirimkan bantuan pangan ke Sudan pada Senin. Junta militer Sudan "
                  "akhirnya membuka akses bagi bantuan internasional.",
                  "Pemberontak RSF menuduh junta melanggar gencatan senjata."]
    result = run(paragraphs, lang="id")
    charged = [e for e in result[1]["events"] if e["type"] == "ACCUSE"]
    assert [[(a["text"], a["country"]) for a in e["targets"]] for e in charged] == [[("junta", "SDN")]]


def test_pair_opening_the_sentence(run):
    got, bare = both(run, roles.pair_opening_the_sentence,
                     ["Chile and Peru agreed to a truce on Monday after talks in Quito hosted by Ecuadorian President "
                      "Daniel Noboa. Both sides accused each other of breaking it hours later."], "en", "ACCUSE")
    assert got == [(["Chile – Peru"], [], "asserted")]
    assert bare != got
    got, bare = both(run, roles.pair_opening_the_sentence,
                     ["Chili dan Peru menyepakati gencatan senjata pada Senin setelah perundingan di Quito yang "
                      "dipimpin Presiden Ekuador Daniel Noboa. Kedua pihak saling menuduh melanggar gencatan senjata "
                      "beberapa jam kemudian."], "id", "ACCUSE")
    assert got == [(["Chili – Peru"], [], "asserted")]
    assert bare != got


def test_backers_adjective_is_no_person(run):
    # actors.people.new_person: "Western-backed", "Kurdish-led" are a backer's adjective, no person acting or acted on.
    for text in ("Iran said on Friday it would bar some inspectors, a day after the IAEA board passed a "
                 "Western-backed resolution censuring Tehran.",
                 "Sudanese army units clashed with Kurdish-led fighters near the border."):
        names = [a["name"] for e in run([text], lang="en")[0]["events"] for a in (*e["sources"], *e["targets"])]
        assert not any(n.endswith(("-backed", "-led")) for n in names), names


def test_group_named_back_after_its_fighters(run):
    # actors.anaphora: "the Iran-aligned group" after "Houthi militants" (a body of the group) is the group,
    # and its backer acts in nothing.
    result = run(["Houthi militants attacked a Greek ship on Monday.",
                  "The Iran-aligned group said it would keep attacking ships linked to Israel."], lang="en")
    threats = [e for e in result[1]["events"] if e["type"] == "THREATEN"]
    assert [[a["code"] for a in e["sources"]] for e in threats] == [["HOUTHI"]]


def test_owner_of_forces_hit(run):
    got, bare = both(run, roles.owner_of_forces_hit,
                     ["South Korea's defence minister said North Korean troops fired at his soldiers in Paju, near "
                      "the border with China."], "en", "ASSAULT")
    assert got == [(["North Korean troops"], ["South Korea"], "asserted")]
    assert bare == [(["North Korean troops"], ["China"], "asserted")]
    got, bare = both(run, roles.owner_of_forces_hit,
                     ["Menteri Pertahanan Korea Selatan menuding Korea Utara melanggar perjanjian dengan menembaki "
                      "pasukannya di Paju."], "id", "ASSAULT")
    assert got == [(["Korea Utara"], ["Korea Selatan"], "asserted")]
    assert bare != got


def test_second_act_of_the_accused(run):
    from streams.extract.events import readings
    text = ["Ghana accused Togo of arming the rebels and deploying troops along the border."]
    got = [(e["sources"][0]["name"], e["targets"][0]["name"]) for e in run(text, lang="en")[0]["events"]
           if e["type"] == "MOBILIZE"]
    assert got == [("Togo", "Ghana")]
    at = readings.EVENT_RULES.index(readings.second_act_of_the_accused)
    readings.EVENT_RULES.pop(at)
    try:
        bare = [(e["sources"][0]["name"], e["targets"][0]["name"]) for e in run(text, lang="en")[0]["events"]
                if e["type"] == "MOBILIZE"]
    finally:
        readings.EVENT_RULES.insert(at, readings.second_act_of_the_accused)
    assert bare != got


def test_request_shares_no_addressee_of_an_earlier_one(run):
    # recall._other_side_before: a request naming no addressee does not take the one a request two paragraphs
    # up was addressed to (requests name whom they ask).
    result = run(["Brazil urged Argentina to lift its beef tariffs.",
                  "Farmers in Uruguay blocked roads on Tuesday to protest against the plan.",
                  "Chile called for stronger safeguards for its growers."], lang="en")
    asked = [e for e in result[2]["events"] if e["type"] == "REQUEST"]
    assert asked and all(a["country"] != "ARG" for e in asked for a in e["targets"])


def test_past_verb_after_and_is_out_of_the_modals_reach(run):
    # modality._finite_after_and: "would not accept … and urged": urged is asserted, told in the past;
    # "would be invited … and asked" stays planned (a participle of the modal's "be").
    events = run(["Foreign Minister Ana Silva said Lisbon would not accept the new quotas and urged the European "
                  "Union to rethink them."], lang="en")[0]["events"]
    assert [(e["type"], e["modality"]) for e in events if e["type"] == "REQUEST"] == [("REQUEST", "asserted")]
    events = run(["Chile would be invited to the summit and asked to sign the deal with Peru."], lang="en")[0]["events"]
    assert [(e["type"], e["modality"]) for e in events] == [("REQUEST", "planned"), ("REQUEST", "planned")]


def test_partner_of_the_meeting(run):
    got, bare = both(run, roles.partner_of_the_meeting,
                     ["In a phone call with Chilean President Gabriel Boric, Brazilian President Lula urged a "
                      "ceasefire in Gaza."], "en", "REQUEST")
    assert got == [(["Lula"], ["Gabriel Boric"], "asserted")]
    assert bare == [(["Lula"], ["Palestine"], "asserted")]
    got, bare = both(run, roles.partner_of_the_meeting,
                     ["Dalam percakapan telepon dengan Presiden Chili Gabriel Boric, Presiden Brasil Lula menyerukan "
                      "gencatan senjata di Gaza."], "id", "REQUEST")
    assert got == [(["Lula"], ["Gabriel Boric"], "asserted")]
    assert bare == [(["Lula"], ["Palestina"], "asserted")]
