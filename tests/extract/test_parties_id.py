"""Indonesian acts once dropped for want of a side (brief parties-id): the doer or the target
named in the clause chain, in the quote's speaker or the reporting clause.

Each test runs a short document of its own through the extractor and checks the one
rule or word it is for.
"""

from __future__ import annotations

from event_checks import event_sides


def test_previously_between_subject_and_verb_leaves_the_subject_its_doer(run):
    """'X membuka … meskipun sebelumnya menutup …': "sebelumnya" (previously) is a preverbal adverb."""
    out = run(["Sementara itu, Thailand membuka sementara pos lintas batas Aranyaprathet untuk truk bantuan "
               "kemanusiaan meskipun sebelumnya menutup perbatasan itu bagi warga Kamboja."])[0]
    assert (["THA"], ["KHM"]) in event_sides(out, "COERCE")
