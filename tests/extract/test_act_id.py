"""act-id: Indonesian events of the right type whose sides went wrong, each fix on a sentence of its own."""

from __future__ import annotations


def events(result, kind=None):
    return [(e["type"], [a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]], e["modality"])
            for e in result["events"] if kind is None or e["type"] == kind]


def test_a_number_before_a_title_names_two_holders_not_one(run):
    # "kedua menlu itu": the two ministers who met, not the minister named last
    got = run(["Menlu RI Sugiono bertemu Menlu Singapura Vivian Balakrishnan di Singapura, Senin.",
               "Kedua menlu itu juga sepakat memperluas kerja sama keamanan maritim."])
    assert events(got[-1], "AGREE") == [("AGREE", ["Sugiono", "Vivian Balakrishnan"], [], "asserted")]


def test_no_far_object_past_a_second_verb_of_the_subject(run):
    # "... dan mengundang Singapura": Singapore is what the second verb acts on, not a party to the agreement
    [r] = run(["Indonesia dan Malaysia menyepakati perjanjian perbatasan laut pada Senin dan mengundang Singapura "
               "bergabung."])
    assert events(r, "AGREE") == [("AGREE", ["Indonesia", "Malaysia"], [], "asserted")]



def test_tetap_before_a_verb_leaves_its_subject_in_reach(run):
    # "jika Manila tetap melarang": the ban is Manila's, as without "tetap"
    [r] = run(["Beijing akan membekukan perundingan dagang jika Manila tetap melarang impor pisang dari Tiongkok."])
    assert [(s, t) for _, s, t, _ in events(r, "SANCTION")] == [(["Filipina"], ["Tiongkok"])]


def test_adverbs_of_time_and_manner_before_a_verb_leave_its_subject_in_reach(run):
    # "pasukan Thailand terus menembaki", "jika Myanmar terus menolak": the subject is the verb's own
    [r] = run(["Kamboja menuduh pasukan Thailand terus menembaki desa-desa di perbatasan."])
    assert [(s, t) for _, s, t, _ in events(r, "ASSAULT")] == [(["pasukan Thailand"], ["Kamboja"])]
    [r] = run(["Menlu Sugiono mengatakan Indonesia akan membekukan kerja sama jika Myanmar terus menolak "
               "utusan ASEAN."])
    assert [s for _, s, _, _ in events(r, "REJECT")] == [["Myanmar"]]


def test_a_pair_read_at_the_start_of_a_collective_subject_is_the_subject(run):
    # "kedua negara tetangga itu": the pair itself, not the last two parties named before it
    got = run(["Armenia dan Azerbaijan saling tuding atas bentrokan di perbatasan.",
               "Turki mendesak kedua pihak menahan diri. Kedua negara tetangga itu akhirnya sepakat menarik pasukan "
               "dari perbatasan."])
    assert [s for _, s, _, _ in events(got[-1], "AGREE")] == [["Armenia – Azerbaijan"]]


def test_the_two_leaders_are_the_leaders_who_met_not_a_minister_met_since(run):
    got = run(["Presiden Prabowo Subianto menerima kunjungan Presiden Filipina Ferdinand Marcos Jr. di Istana Bogor.",
               "Marcos kemudian bertemu Menteri Pertahanan Sjafrie Sjamsoeddin.",
               "Kedua pemimpin sepakat memperkuat patroli bersama di Laut Sulawesi."])
    assert [s for _, s, _, _ in events(got[-1], "AGREE")] == [["Ferdinand Marcos Jr", "Prabowo Subianto"]]


def test_a_collective_before_the_verb_is_its_subject_not_the_speaker_before_it(run):
    got = run(["Menteri Luar Negeri Sugiono akan menerima kunjungan Menlu Jepang Takeshi Iwaya di Jakarta, kata juru "
               "bicara Kemlu Rolliansyah Soemirat.",
               "Rolliansyah mengatakan kedua menteri dijadwalkan menandatangani nota kesepahaman tentang keamanan "
               "maritim."])
    assert [s for _, s, _, _ in events(got[-1], "SUPPORT")] == [["Takeshi Iwaya", "Sugiono"]]
