"""Meetings, hosting, requests, pledges and backing (CONSULT, AGREE, SUPPORT,
REQUEST) as wire copy words them: the visitor is the source of a visit and the
host its target; the one who asks, pledges or backs is the source."""

from __future__ import annotations


def names(actors):
    return [a["name"] if a["type"] == "PERSON" else (a["country"] or a["code"]) for a in actors]


def found(result, kind, mode=...):
    return [e for e in result["events"] if e["type"] == kind and (mode is ... or e["mode"] == mode)]


def one(run, text, kind, lang="en", mode=...):
    out = found(run([text], lang=lang)[0], kind, mode)
    assert out, text
    return out[0]


def test_visitor_received_by_host_is_the_source(run):
    e = one(run, "Pakistani Prime Minister Shehbaz Sharif was hosted by Iranian President Masoud Pezeshkian "
                 "in Tehran on Monday.", "CONSULT")
    assert names(e["sources"]) == ["Shehbaz Sharif"] and names(e["targets"]) == ["Masoud Pezeshkian"]
