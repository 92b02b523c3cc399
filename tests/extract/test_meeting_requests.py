"""Meetings, requests and agreements as wire copy words them (issue 14, fifth
round): each trigger row added for CONSULT, REQUEST and AGREE on a sentence of
its own, and the sentence that must stay without it."""

from __future__ import annotations

from event_checks import codes_or_names, found, one


def test_accepted_a_proposal_is_an_agreement(run):
    e = one(run, "Japan accepted China's proposal to hold a trilateral summit in Tokyo.", "AGREE")
    assert codes_or_names(e["sources"]) == ["JPN"]


def test_menyetujui_usulan_is_an_agreement(run):
    e = one(run, "Vietnam menyetujui usulan Filipina untuk menggelar patroli bersama.", "AGREE", lang="id")
    assert codes_or_names(e["sources"]) == ["VNM"]


def test_menerima_a_titled_visitor_is_hosting(run):
    e = one(run, "Presiden Prabowo Subianto menerima Perdana Menteri Jepang Shigeru Ishiba di Istana Merdeka.",
            "CONSULT", lang="id", mode="visit")
    assert codes_or_names(e["sources"]) == ["JPN"] and codes_or_names(e["targets"]) == ["IDN"]


def test_the_two_ministers_of_the_paragraph_before_agree(run):
    out = run(["Turkish Foreign Minister Hakan Fidan and his Iranian counterpart Abbas Araqchi held talks in Ankara.",
               "The two ministers agreed to set up a joint working group on border security."], lang="en")[1]
    e = found(out, "AGREE")
    assert e and [a["name"] for a in e[0]["sources"]] == ["Hakan Fidan", "Abbas Araqchi"]


def test_a_call_named_as_the_setting_of_a_briefing_is_one_meeting(run):
    out = run(["Russian President Vladimir Putin briefed Chinese President Xi Jinping in a video call on Friday "
               "on his contacts with Washington."], lang="en")[0]
    assert len(found(out, "CONSULT")) == 1


def test_sought_talks_is_a_request_for_talks_not_a_meeting(run):
    out = run(["Canada sought talks with India over the killing."], lang="en")[0]
    e = found(out, "REQUEST", mode="meet")
    assert e and codes_or_names(e[0]["sources"]) == ["CAN"] and codes_or_names(e[0]["targets"]) == ["IND"]
    assert not found(out, "CONSULT")


def test_hosting_peace_talks_is_no_visit_to_the_host(run):
    out = run(["Brazil stands ready to host peace talks between Russia and Ukraine."], lang="en")[0]
    assert not found(out, "CONSULT", mode="visit")


def test_held_their_annual_strategic_dialogue_is_a_meeting(run):
    e = one(run, "Japan and Australia held their annual strategic dialogue in Tokyo.", "CONSULT")
    assert codes_or_names(e["sources"]) == ["JPN", "AUS"]


def test_menggelar_konsultasi_is_a_meeting(run):
    e = one(run, "Indonesia dan Malaysia menggelar konsultasi bilateral tahunan di Yogyakarta.", "CONSULT", lang="id")
    assert codes_or_names(e["sources"]) == ["IDN", "MYS"]
