"""The sd-id rules (the right type with the wrong side, Indonesian first), each on sentences of its own,
with the rule and without it."""

from __future__ import annotations

from streams.extract.events import roles
from test_r_actors import both   # (sources, targets, modality) of a type, with and without a role rule


def test_broker_not_object(run):
    # (without the rule the brokers, named further on in the clause, are taken as the object of the pledge)
    got, bare = both(run, roles.broker_not_object,
                     ["Hamas tetap berkomitmen pada gencatan senjata yang dimediasi Qatar dan Mesir."], "id", "AGREE")
    assert got == [(["Hamas"], [], "asserted")]
    assert bare == [(["Hamas"], ["Qatar", "Mesir"], "asserted")]


def test_agent_of_act_judged(run):
    # (without the rule the concern's object is the own people it names, taken out: no object, no event)
    got, bare = both(run, roles.agent_of_act_judged,
                     ["Menlu Sugiono menyampaikan keprihatinan atas penangkapan dua wartawan Indonesia "
                      "oleh polisi Myanmar."],
                     "id", "ACCUSE")
    assert got == [(["Sugiono"], ["polisi Myanmar"], "asserted")]
    assert bare == []


def test_far_object_not_the_channel(run):
    # (channel_not_receiver takes the channel out; far_object, looking further on, took it back; the
    # relief goes to the country of the dateline instead)
    got = run(["KHARTOUM (ANTARA) - Banjir besar melanda ibu kota Sudan pekan ini.",
               "Indonesia akan menyalurkan bantuan obat-obatan melalui Mesir."], lang="id")[-1]["events"]
    aid = [([a["name"] for a in e["sources"]], [a["name"] for a in e["targets"]]) for e in got if e["type"] == "AID"]
    assert aid == [(["Indonesia"], ["SDN"])]


def test_agent_of_act_judged_over_its_patient(run):
    # (without the rule the people shot, named first, are the object of the condemnation)
    got, bare = both(run, roles.agent_of_act_judged,
                     ["Menlu Sugiono mengutuk penembakan terhadap warga sipil Palestina oleh pasukan Israel."],
                     "id", "ACCUSE")
    assert [targets for _, targets, _ in got] == [["pasukan Israel"]]
    assert [targets for _, targets, _ in bare] != [["pasukan Israel"]]


def test_party_past_sideless_name(run):
    # (without the rule the law that names the sanctions is their object)
    got, bare = both(run, roles.party_past_sideless_name,
                     ["Amerika Serikat menangguhkan sanksi Caesar Act terhadap Suriah selama 180 hari."],
                     "id", "CONCEDE")
    assert got == [(["Amerika Serikat"], ["Suriah"], "asserted")]
    assert bare == [(["Amerika Serikat"], ["Caesar Act"], "asserted")]


def test_party_ending_the_trigger(run):
    # (without the rule the object is the other party of the paragraph, the attacker)
    got, bare = both(run, roles.party_ending_the_trigger,
                     ["Rusia menembakkan 300 drone ke Odesa, dan Presiden Zelensky kembali memohon sekutu Barat "
                      "mengirim lebih banyak sistem pertahanan udara."], "id", "REQUEST")
    assert got == [(["Volodymyr Zelensky"], ["Western powers"], "asserted")]
    assert bare != got
