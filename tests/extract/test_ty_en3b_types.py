"""English wire copy of the diplomatic types (ty-en3b): "pressed ahead" goes on with an act and asks nobody,
joint training is cooperation (not a deployment), relief handed out is aid whatever its list of goods, talks
held in a place with a partner are a meeting with that partner, a host receiving another state's minister hosts
a visit, and a past verb after ", and" once a condition is stated is out of the condition's reach."""

from __future__ import annotations

from event_checks import event_sides, found


def test_pressed_ahead_asks_nobody(run):
    """"pressed ahead with" / "pressed on with": a side goes on with its own act, no request of anyone."""
    out = run(["Ankara pressed ahead with the trial of the journalists on Monday.",
               "Kenya pressed on with the border fence despite protests from Somalia.",
               "Britain pressed Iran to release the tanker crew."], lang="en")
    assert found(out[0], "REQUEST") == [] and found(out[1], "REQUEST") == []
    assert event_sides(out[2], "REQUEST") == [(["GBR"], ["IRN"])]


def test_joint_training_is_cooperation(run):
    """"joint training", "combined police training": security cooperation (062), not forces mobilized."""
    out = run(["Canada and Poland will start joint training with Ukrainian border guards in June.",
               "Kenya and Uganda held combined police training in Kisumu."], lang="en")
    for got in out:
        assert found(got, "COOPERATE", ) and found(got, "MOBILIZE") == []
    assert [e["cameo"] for e in out[1]["events"] if e["type"] == "COOPERATE"] == ["062"]


def test_relief_handed_out_is_aid(run):
    """"handed out water, tents and food rations", "handing out hot meals and cash": humanitarian aid (073)."""
    out = run(["The World Food Programme handed out water, tents and food rations at the border crossing.",
               "The World Food Programme said it was handing out hot meals and cash to families in Gaza.",
               "The minister handed out awards to the winners."], lang="en")
    assert event_sides(out[0], "AID") == [(["WFP"], [])]
    assert found(out[1], "AID", "humanitarian")
    assert found(out[2], "AID") == []


def test_talks_in_a_place_with_a_partner(run):
    """"After talks in Riyadh with X, Y said": a meeting of Y with X, the place between no bar."""
    out = run(["After talks in Riyadh with Saudi Foreign Minister Faisal bin Farhan, Wang Yi said Beijing "
               "would resume flights."], lang="en")
    assert event_sides(out[0], "CONSULT") == [(["CHN"], ["SAU"])]


def test_host_receives_another_states_minister(run):
    """"received Somalia's new foreign minister": the guest's state visits the host (043)."""
    out = run(["President William Ruto received Somalia's new foreign minister in Nairobi on Monday.",
               "President William Ruto welcomed Somalia's decision to reopen the border."], lang="en")
    assert event_sides(out[0], "CONSULT") == [(["SOM"], ["KEN"])]
    assert [e["cameo"] for e in out[0]["events"] if e["type"] == "CONSULT"] == ["043"]
    assert found(out[1], "CONSULT") == []


def test_condition_stops_at_comma_and_past_verb(run):
    """"would close the border unless Mogadishu withdrew its troops, and accused Somalia of ...": the charge is
    made (asserted); the withdrawal is the condition (hypothetical)."""
    out = run(["Kenya's foreign minister said Nairobi would close the border unless Mogadishu withdrew its troops, "
               "and accused Somalia of arming the militia."], lang="en")
    assert [e["modality"] for e in found(out[0], "ACCUSE")] == ["asserted"]
    assert [e["modality"] for e in found(out[0], "RETREAT")] == ["hypothetical"]


def test_signed_up_to_an_act_is_a_promise(run):
    """"signed up to run a joint commission": a promise to act (AGREE); "signed up to the declaration" stays
    a signature (SUPPORT)."""
    out = run(["Sudan and Egypt also signed up to run a joint border commission, officials said.",
               "Kenya signed up to the Paris declaration on Monday."], lang="en")
    assert event_sides(out[0], "AGREE") == [(["SDN", "EGY"], [])] and found(out[0], "SUPPORT") == []
    assert found(out[1], "SUPPORT") and found(out[1], "AGREE") == []


def test_volunteered_to_act_is_a_promise(run):
    """"volunteered to help negotiate": an offer to act (AGREE)."""
    out = run(["ECOWAS volunteered to help negotiate the release of the hostages held in Mali."], lang="en")
    assert event_sides(out[0], "AGREE") == [(["ECOWAS"], ["MLI"])]


def test_rallied_behind_a_leader_is_support(run):
    """"rallied behind Vucic": support (051), not a protest; crowds rallied behind barricades protest."""
    out = run(["Russia's ambassador Alexander Botsan-Kharchenko rallied behind Serbian President Aleksandar "
               "Vucic on Tuesday.",
               "Students rallied behind barricades in Belgrade."], lang="en")
    assert event_sides(out[0], "SUPPORT") == [(["RUS"], ["SRB"])] and found(out[0], "PROTEST") == []
    assert found(out[1], "SUPPORT") == []


def test_clamoured_or_pressed_for_an_act_asks_it(run):
    """"clamoured for / pressed for the release of": a request whose content is asked, not done (no RETREAT)."""
    out = run(["Student organisers in Serbia clamoured for the release of detained activists.",
               "Student organisers in Serbia pressed for the release of detained activists."], lang="en")
    for got in out:
        assert found(got, "REQUEST") and found(got, "RETREAT") == []


def test_insisting_that_demands(run):
    """"insisting that Tokyo retract its remarks": a demand (REQUEST 100)."""
    out = run(["Mao Ning said at a briefing, insisting that Tokyo retract its remarks."], lang="en")
    assert event_sides(out[0], "REQUEST") == [(["CHN"], ["JPN"])]


def test_paying_for_equipment_is_aid(run):
    """"would pay a further 90 million pounds for drones", "would pay for fuel and equipment": aid planned;
    compensation paid is no aid."""
    out = run(["Britain said London would pay a further 90 million pounds for drones and night-vision equipment "
               "for the French coast guard.",
               "Washington said it would pay for fuel and equipment for the Lebanese army.",
               "Kenya will pay $2 million in compensation to the families."], lang="en")
    assert [e["modality"] for e in found(out[0], "AID")] == ["planned"]
    assert event_sides(out[1], "AID") == [(["USA"], ["LBN"])]
    assert found(out[2], "AID") == []


def test_a_demand_a_party_dismissed_is_its_rejection(run):
    """"a demand the Kremlin's spokesman dismissed as absurd": the dismisser rejects the demand's maker."""
    out = run(["Ukraine's foreign minister urged Russia to hand back the plant, a demand Kremlin spokesman "
               "Dmitry Peskov dismissed as absurd."], lang="en")
    assert event_sides(out[0], "REJECT") == [(["RUS"], ["UKR"])]


def test_labels_of_a_trial_or_vote_accuse(run):
    """"called the verdict "biased"", "called the hearing "a political execution"", "said the election was
    "a farce"": disapproval (ACCUSE 111) by the one who labels."""
    out = run(["Bangladesh's prime minister Sheikh Hasina called the verdict \"biased and politically motivated\".",
               "Turkish opposition leader Ozgur Ozel called the hearing \"a political execution dressed up as "
               "a trial\".",
               "The Awami League said the election in Bangladesh was \"a farce\"."], lang="en")
    for got in out:
        assert [e["cameo"] for e in found(got, "ACCUSE")] == ["111"]


def test_appeals_come_from_the_party_after_from(run):
    """"despite pleas from the European Union", "despite calls from Kampala": the party after "from" asks
    (REQUEST, asserted), the side that acts despite it is asked; "pressed ahead" no cue of a request (a request
    received, "received a formal request from", stays no act)."""
    out = run(["A court in Yerevan extended the detention of the archbishop despite pleas from the European Union.",
               "Ankara pressed ahead with the trial despite pleas from the European Union to free the journalist.",
               "Kenya kept the dissidents in custody despite calls from Kampala to extradite them."],
              lang="en")
    assert event_sides(out[0], "REQUEST") == [(["EU"], ["ARM"])]
    assert event_sides(out[1], "REQUEST") == [(["EU"], ["TUR"])]
    assert [e["modality"] for e in found(out[1], "REQUEST")] == ["asserted"]
    assert event_sides(out[2], "REQUEST") == [(["UGA"], ["KEN"])]


def test_a_loan_from_a_lender_is_its_aid(run):
    """"secured a $3.2 billion loan from the IMF": the lender after "from" gives (AID 071) to the borrower."""
    out = run(["Bolivia secured a $3.2 billion loan from the International Monetary Fund on Thursday to shore up "
               "its reserves."], lang="en")
    assert event_sides(out[0], "AID") == [(["IMF"], ["BOL"])]


def test_a_warning_dismissed_is_rejected(run):
    """"dismissed the warning as "old rhetoric"": a rejection (REJECT 120), like a proposal dismissed."""
    out = run(["Egypt warned Ethiopia over the dam. Ethiopian Prime Minister Abiy Ahmed dismissed the warning as "
               "\"old rhetoric\"."], lang="en")
    assert [e["cameo"] for e in found(out[0], "REJECT")] == ["120"]


def test_chief_adviser_is_a_title(run):
    """"Chief Adviser Muhammad Yunus": the title is no part of the name (titles.jsonl)."""
    out = run(["Chief Adviser Muhammad Yunus met Indian Prime Minister Narendra Modi in Bangkok on Friday."],
              lang="en")
    assert [[a["name"] for a in e["sources"]] for e in found(out[0], "CONSULT")] == [["Muhammad Yunus"]]
