"""Events: PLOVER type, mode and CAMEO code from trigger lexicons, with roles.

Triggers are spaCy Matcher patterns in lang/<code>/event_triggers.jsonl.  The
source is the subject-like actor group before the trigger (after "oleh"/"by"
for passive triggers), the targets the group after it.  When the clause does
not name them, the source comes from the clause before (a conjunction, a
relative clause, a pronoun, a body named back) and a target from the other
side of the sentence, paragraph or document (marked by a lower confidence);
an event without any source is not emitted.  A target on the source's own
side ("Penny Wong … bantuan Australia") is dropped.  Negation and modality
cues (negation.jsonl, modality.jsonl) before the trigger set `modality`:
such events are emitted with the flag, never as plain facts.  What is refused
("refused to sign") is a rejection by the refuser (PLOVER); what is requested or promised
("urged India to cooperate") is not an event of its own; the aim of a journey
("arrived in Cairo to sign") is a planned one.

    triggers.py   find_triggers
    frame.py      Trigger, Scene (what a trigger's rules read), Frame (the
                  decision so far), Act (an event before publication), run()
    gate.py       @needs: what a rule needs to change anything (row, words of the
                  paragraph, act before); run() skips it elsewhere
    readings.py   READINGS (what kind of act), EVENT_RULES (from the act before)
    roles.py      ROLE_RULES (who acts on whom, for an act named itself)
    modality.py   cue_modality, MODALITY_RULES
    words.py      reads of the clause the rules use
    recall.py     actors from elsewhere: pronouns, bodies named back, context
    merge.py      merge_repeats
    finder.py     EventFinder: the per-trigger loop, publication
"""

from .finder import EventFinder

__all__ = ["EventFinder"]
