"""Protests and threats as wire copy words them (PROTEST, THREATEN): street acts by people no lexicon
lists, walkouts and boycotts, threats and ultimatums, in both languages."""

from __future__ import annotations

from event_checks import codes_or_names as codes
from event_checks import found, one

# Who protests when nobody is named (people_of_the_story)


def test_unlisted_people_take_the_place_of_their_sentence(run):
    e = one(run, "Tens of thousands of students rallied in central Belgrade on Saturday.", "PROTEST")
    assert codes(e["sources"]) == ["SRB"]


def test_unlisted_people_take_the_dateline(run):
    out = run(["BELGRADE, March 15 (Reuters) - Farmers went on strike in several towns."], lang="en")
    assert [codes(e["sources"]) for e in found(out[0], "PROTEST")] == [["SRB"]]


def test_unlisted_people_take_the_protesters_before(run):
    out = run(["Hundreds of dock workers in Antwerp staged a sit-in on Tuesday.",
               "Two climate campaigners began a hunger strike outside the ministry."], lang="en")
    assert [codes(e["sources"]) for e in found(out[1], "PROTEST", "hunger")] == [["BEL"]]


def test_people_of_the_story_keep_the_target_beside_them(run):
    out = run(["ISLAMABAD, July 2 (AP) - Hundreds of shopkeepers gathered outside the Swedish embassy on Friday."],
              lang="en")
    assert [(codes(e["sources"]), codes(e["targets"])) for e in found(out[0], "PROTEST")] == [(["PAK"], ["SWE"])]


def test_no_place_no_story_no_protester(run):
    out = run(["Activists went on strike."], lang="en")
    assert found(out[0], "PROTEST") == []


# Rows


def test_walked_out_of_the_talks(run):
    e = one(run, "The Azerbaijani delegation walked out of the talks in Geneva.", "PROTEST", mode="strike")
    assert codes(e["sources"]) == ["AZE"]


def test_boycotted_goods_of_a_country(run):
    e = one(run, "Shopkeepers in Lahore boycotted Swedish goods.", "PROTEST", mode="boycott")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["SWE"]


def test_chained_themselves_to(run):
    e = one(run, "Activists in Paris chained themselves to the gates of the refinery.", "PROTEST", mode="obstruct")
    assert codes(e["sources"]) == ["FRA"]


# Threats


def test_vowed_on_a_day_to_take_revenge(run):
    e = one(run, "Iran's Revolutionary Guards vowed on Tuesday to take revenge on Israel.", "THREATEN")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["ISR"]


def test_gave_hours_to_is_an_ultimatum(run):
    e = one(run, "Tehran gave London 48 hours to respond to its demands.", "THREATEN")
    assert e["cameo"] == "139" and codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["GBR"]


def test_gave_aid_is_no_ultimatum(run):
    out = run(["Japan gave Vietnam aid worth 20 million dollars to rebuild schools."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_warned_someone_on_a_day_that(run):
    e = one(run, "The Kremlin warned NATO on Friday that it would treat Western troops as targets.", "THREATEN")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["NATO"]


def test_threatened_to_boycott_needs_no_target(run):
    e = one(run, "Baku threatened to boycott the next round.", "THREATEN")
    assert codes(e["sources"]) == ["AZE"]


def test_warned_of_a_risk_is_no_threat(run):
    out = run(["The United Nations warned of a humanitarian catastrophe if fighting spread to the port."], lang="en")
    assert found(out[0], "THREATEN") == []


# Indonesian


def test_id_unlisted_people_take_the_place_before(run):
    e = one(run, "Di Makassar, ratusan guru honorer turun ke jalan.", "PROTEST", lang="id")
    assert codes(e["sources"]) == ["IDN"]


def test_id_people_of_no_country_take_the_dateline(run):
    e = one(run, "JAKARTA, KOMPAS.com - Para demonstran membakar ban dan memblokade ruas jalan selama tiga jam.",
            "PROTEST", lang="id", mode="obstruct")
    assert codes(e["sources"]) == ["IDN"]


def test_id_firing_at_demonstrators_is_no_protest_by_police(run):
    out = run(["Polisi menembakkan gas air mata ke arah ribuan demonstran dan pengunjuk rasa."], lang="id")
    assert found(out[0], "PROTEST") == []


def test_id_aksi_damai_in_front_of_an_embassy(run):
    e = one(run, "Puluhan aktivis melakukan aksi damai di depan Kedutaan Besar Jepang di Jakarta, Senin.", "PROTEST",
            lang="id")
    assert codes(e["sources"]) == ["IDN"] and codes(e["targets"]) == ["JPN"]


def test_id_walk_out(run):
    e = one(run, "Delegasi Palestina walk out dari ruang sidang saat Menteri Luar Negeri Israel berpidato.",
            "PROTEST", lang="id", mode="strike")
    assert codes(e["sources"]) == ["PSE"]


def test_id_memboikot_ktt_is_a_protest(run):
    e = one(run, "Pemerintah Malaysia memboikot KTT tersebut.", "PROTEST", lang="id", mode="boycott")
    assert codes(e["sources"]) == ["MYS"]


def test_id_mengancam_akan_needs_no_target(run):
    out = run(["Iran mengancam akan menutup Selat Hormuz."], lang="id")
    assert [(e["type"], codes(e["sources"])) for e in out[0]["events"]] == [("THREATEN", ["IRN"])]


def test_id_memberi_waktu_jam_is_an_ultimatum(run):
    e = one(run, "Pyongyang memberi waktu 48 jam kepada Seoul untuk menghentikan penyebaran selebaran.", "THREATEN",
            lang="id")
    assert e["cameo"] == "139" and codes(e["sources"]) == ["PRK"] and codes(e["targets"]) == ["KOR"]


def test_id_we_will_take_military_action(run):
    e = one(run, "\u201dJika provokasi berlanjut, kami akan mengambil tindakan militer,\u201d kata juru bicara militer "
                 "Korea Utara.", "THREATEN", lang="id")
    assert codes(e["sources"]) == ["PRK"]


def test_warned_that_the_crisis_could_worsen_is_no_threat(run):
    out = run(["The United Nations warned that the humanitarian crisis in Gaza could worsen."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_warned_that_a_state_would_pay_is_a_threat(run):
    e = one(run, "Pyongyang warned that Washington would pay the most horrible price.", "THREATEN")
    assert codes(e["sources"]) == ["PRK"] and codes(e["targets"]) == ["USA"]


def test_would_not_hesitate_to(run):
    e = one(run, "Israel said it would not hesitate to act against Hezbollah.", "THREATEN")
    assert codes(e["sources"]) == ["ISR"] and codes(e["targets"]) == ["HEZBOLLAH"]


def test_warned_someone_against(run):
    e = one(run, "Iran warned Israel against any attack on its nuclear facilities.", "THREATEN")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["ISR"]


def test_warned_against_a_habit_is_no_threat(run):
    out = run(["Doctors warned against eating raw fish."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_threatened_someone_with(run):
    e = one(run, "Washington threatened Beijing with new export controls.", "THREATEN")
    assert codes(e["sources"]) == ["USA"] and codes(e["targets"]) == ["CHN"]


def test_vowed_a_swift_response(run):
    e = one(run, "The Houthis vowed a swift response to the U.S. strikes.", "THREATEN")
    assert codes(e["targets"]) == ["USA"]


def test_promised_a_coordinated_response_is_no_threat(run):
    out = run(["The European Union promised a coordinated response to the floods."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_owner_of_a_threat_to_act(run):
    e = one(run, "Iran's threat to close the Strait of Hormuz rattled oil markets.", "THREATEN")
    assert codes(e["sources"]) == ["IRN"]


def test_id_tidak_akan_ragu(run):
    e = one(run, "Israel tidak akan ragu untuk bertindak terhadap Hizbullah.", "THREATEN", lang="id")
    assert codes(e["sources"]) == ["ISR"]


def test_id_bersumpah_akan_menghancurkan(run):
    e = one(run, "Netanyahu bersumpah akan menghancurkan Hamas.", "THREATEN", lang="id", mode="violence")
    assert codes(e["targets"]) == ["HAMAS"]


def test_protesters_against_an_embassy_keep_its_state(run):
    e = one(run, "Hundreds of Pakistani demonstrators gathered outside the Swedish embassy in Islamabad.", "PROTEST")
    assert codes(e["sources"]) == ["PAK"] and codes(e["targets"]) == ["SWE"]


def test_protesters_with_no_target_protest_against_their_state(run):
    e = one(run, "NAIROBI, June 26 (Reuters) - Thousands of demonstrators blocked major roads.", "PROTEST")
    assert codes(e["sources"]) == ["KEN"] and codes(e["targets"]) == ["KEN"]


def test_cautioned_someone_that(run):
    e = one(run, "Russia cautioned Washington that it would respond to any deployment.", "THREATEN")
    assert codes(e["sources"]) == ["RUS"] and codes(e["targets"]) == ["USA"]


def test_would_pay_a_heavy_price(run):
    e = one(run, "Iran said Israel would pay a heavy price for the attack.", "THREATEN")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["ISR"]


def test_issued_a_stern_warning_to(run):
    e = one(run, "China issued a stern warning to the Philippines on Monday.", "THREATEN")
    assert codes(e["sources"]) == ["CHN"] and codes(e["targets"]) == ["PHL"]


def test_a_storm_warning_is_no_threat(run):
    out = run(["Forecasters issued a storm warning to coastal towns in Japan."], lang="en")
    assert found(out[0], "THREATEN") == []


def test_id_akan_membayar_mahal(run):
    e = one(run, "Iran mengatakan Israel akan membayar mahal atas serangan itu.", "THREATEN", lang="id")
    assert codes(e["sources"]) == ["IRN"] and codes(e["targets"]) == ["ISR"]


def test_a_nationwide_strike_paralysed(run):
    e = one(run, "PARIS (Reuters) - A nationwide strike paralysed rail traffic across France on Thursday.", "PROTEST",
            mode="strike")
    assert codes(e["sources"]) == ["FRA"]


def test_remained_on_strike(run):
    e = one(run, "Dock workers in Rotterdam remained on strike for a third day.", "PROTEST", mode="strike")
    assert codes(e["sources"]) == ["NLD"]


def test_occupied_the_campus(run):
    e = one(run, "Students in Belgrade occupied the campus of the law faculty.", "PROTEST", mode="obstruct")
    assert codes(e["sources"]) == ["SRB"]


def test_the_month_of_march_is_no_march(run):
    out = run(["NAIROBI (Reuters) - Kenya signed an agreement with Haiti in March to get around the ruling."],
              lang="en")
    assert found(out[0], "PROTEST") == []


def test_id_menggeruduk_kantor(run):
    e = one(run, "JAKARTA, KOMPAS.com - Ratusan mahasiswa menggeruduk kantor DPRD Jawa Barat, Senin.", "PROTEST",
            lang="id")
    assert codes(e["sources"]) == ["IDN"]


def test_thousands_protested_against_a_law(run):
    e = one(run, "BELGRADE (Reuters) - Thousands protested against the new law on Sunday.", "PROTEST", mode="demo")
    assert codes(e["sources"]) == ["SRB"]


def test_students_in_a_city_protested(run):
    e = one(run, "Hundreds of students in Dhaka protested against the quota system.", "PROTEST", mode="demo")
    assert codes(e["sources"]) == ["BGD"]


def test_a_state_protesting_is_no_street_protest(run):
    out = run(["France protested against the detention of its diplomat."], lang="en")
    assert found(out[0], "PROTEST") == []


def test_people_named_inside_the_act_protest(run):
    e = one(run, "Thousands of Kenyan demonstrators marched on Tuesday.", "PROTEST", mode="demo")
    assert codes(e["sources"]) == ["KEN"]
