"""What the event tests read from a result: the events of a kind, the first
one a sentence gives, the actors' codes and an event's two sides."""

from __future__ import annotations


def codes(actors):
    """Each actor's country or organisation code."""
    return [a["country"] or a["code"] for a in actors]


def codes_or_names(actors):
    """Each actor's code, or its name where it has none (a person of no known country)."""
    return [a["country"] or a["code"] or a["name"] for a in actors]


def sides(event):
    """(sources, targets) of an event, each actor by its code or name."""
    return codes_or_names(event["sources"]), codes_or_names(event["targets"])


def found(result, kind, mode=...):
    """The events of a type (and of a mode, None included, when one is given)."""
    return [e for e in result["events"] if e["type"] == kind and (mode is ... or e["mode"] == mode)]


def event_sides(result, kind):
    """(sources, targets) of each event of a type in one result."""
    return [sides(e) for e in found(result, kind)]


def one(run, text, kind, lang="en", mode=...):
    """The first event of a type that one sentence gives; fails when it gives none."""
    out = found(run([text], lang=lang)[0], kind, mode)
    assert out, text
    return out[0]
