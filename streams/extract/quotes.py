"""Quotes: direct (in quote marks, also partial and split) and indirect speech.

Quote marks are found on the whole paragraph first (marks.py).  Each quote
gets a speaker *spec* (an explicit mention, a pronoun, the context, or "same
as the previous quote"); specs are resolved in text order so that a clitic
cue ("katanya") or a pronoun ("he said") points at the latest speaker, also
across paragraphs through the document context.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .context import DocumentContext
from .lexicon import Lexicon
from .dates import date_finder
from .docstate import SUBJECTS
from .marks import Marked
from .mentions import Mention, actor_from_memory, memory
from .syntax import Grammar, lowers, sentence_of, text_of, token_starts, token_table

CUE_WINDOW = 6      # tokens between a closing mark and its cue
PRONOUNS_KEY = "diplo_last_pronoun"
MIN_INDIRECT_TOKENS = 3
SPEECH_VERB = {"text": "", "speaker": "before"}   # a verb found by its complementizer


@dataclass
class Candidate:
    start: int                      # char offsets of the content
    end: int
    direct: bool
    cue: tuple[int, int] | None     # char span of the reporting verb
    spec: str                       # explicit | pronoun | context | previous | none
    speaker: Mention | None = None
    speaker_span: tuple[int, int] | None = None
    partial: bool = False
    addressee: Mention | None = None
    actor: dict[str, Any] | None = field(default=None)


class _Scan:
    """One paragraph's quote marks, mentions and cue hits, shared by the passes."""

    def __init__(self, doc: Doc, marks: list[Marked], ms: list[Mention],
                 hits: list[tuple[int, int, dict[str, Any]]]) -> None:
        self.doc, self.marks, self.ms, self.hits = doc, marks, ms, hits
        self.text = text_of(doc)
        starts = token_starts(doc)

        def tok(char: int) -> int:
            return max(0, bisect_right(starts, char) - 1)

        self.mark_tokens = [(tok(m.open), tok(m.close)) for m in marks]
        self.mark_opens = [o for o, _ in self.mark_tokens]
        self.by_start = {m.start: k for k, m in enumerate(ms)}
        self.used_cues: set[int] = set()
        # Lookups by position instead of scans over every mark or cue: a
        # paragraph of thousands of quote marks stays linear.
        self.inside = bytearray(len(starts))
        for o, c in self.mark_tokens:
            self.inside[o + 1:c] = b"\x01" * max(0, c - o - 1)
        self.hit_starts = [s for s, _, _ in hits]     # hits are sorted and do not overlap
        self.hit_ends = [e for _, e, _ in hits]
        self.cue_starts = set(self.hit_starts)
        self.stops: list[int] | None = None

    def in_mark(self, ti: int) -> bool:
        return bool(self.inside[ti]) if 0 <= ti < len(self.inside) else False

    def next_open(self, c: int, default: int) -> int:
        """The first mark opening after token c."""
        k = bisect_right(self.mark_opens, c)
        return self.mark_opens[k] if k < len(self.mark_opens) else default


class QuoteFinder:
    def __init__(self, nlp, lex: Lexicon, grammar: Grammar) -> None:
        self.g = grammar
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.rows: dict[int, dict[str, Any]] = {}
        for k, row in enumerate(lex.reporting_verbs):
            label = f"CUE{k}"
            self.cues.add(label, [nlp.make_doc(row["text"])])
            self.rows[nlp.vocab.strings[label]] = row
        self.pronouns = {r["text"].lower(): r.get("number", "singular") for r in lex.pronouns}
        self.pronoun_gender = {r["text"].lower(): r["gender"] for r in lex.pronouns if r.get("gender")}
        self.speech_complementizers = lex.words("speech_complementizers")
        self.dates = date_finder(lex.lang)
        self.speech_verb_window = int(lex.grammar.get("speech_verb_window", 1))
        self.institutions = frozenset(r["text"].lower() for r in lex.institutions if " " not in r["text"])

    # -- cue and speaker lookup ---------------------------------------------
    def _cue_hits(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        hits = [(s, e, self.rows[mid]) for mid, s, e in self.cues(doc)]
        starts = {s for s, _, _ in hits}
        # A verb before a speech complementizer ("membantah bahwa", "menepis
        # laporan bahwa") reports speech even when no lexicon lists it.
        low = lowers(doc)
        for i in (i for i, w in enumerate(low) if w in self.speech_complementizers):
            for v in range(i - 1, max(-1, i - 1 - self.speech_verb_window), -1):
                w = doc[v]
                if w.is_punct:
                    break
                if w.is_alpha and w.text[:1].islower() and self.g.verb_like(w.lower_):
                    if v not in starts:
                        hits.append((v, v + 1, SPEECH_VERB))
                    break
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        out, last_end = [], -1
        for s, e, row in hits:
            if s >= last_end:
                out.append((s, e, row))
                last_end = e
        return out

    def _speaker_after(self, doc: Doc, ms: list[Mention], by_start: dict[int, int],
                       i: int, hi: int) -> tuple[str, Mention | None, tuple[int, int] | None]:
        tt = token_table(doc)
        while i < hi and tt.lower[i] in self.g.determiners:
            i += 1
        if i >= hi:
            return "none", None, None
        if i in by_start:
            m = ms[by_start[i]]
            return "explicit", m, (m.start_char, m.end_char)
        tok = doc[i]
        if tok.lower_ in self.pronouns:
            return "pronoun", None, (tok.idx, tok.idx + len(tok))
        if tok.text[:1].isupper() and tok.is_alpha:
            return "context", None, (tok.idx, tok.idx + len(tok))
        k = i
        while k < hi - 1 and tt.lower[k] in self.g.plural_markers:
            k += 1
        if self.g.anonymous([t.text for t in doc[i:k + 1]]):
            # "kata para diplomat", "said officials": nobody in particular.
            return "anonymous", None, (tok.idx, tt.idx[k] + len(tt.text[k]))
        # "menurut media pemerintah Iran": the actor a word or two on, not past
        # a comma ('…," the ministry said, accusing Taipei').
        near = next((k for k in range(i + 1, min(hi, i + 3)) if k in by_start), None)
        if near is not None and any(tt.punct[k] for k in range(i, near)):
            near = None
        if near is not None:
            m = ms[by_start[near]]
            return "explicit", m, (m.start_char, m.end_char)
        # "according to a ministry statement": a body named back.
        if any(tt.lower[k] in self.g.anaphoric_heads for k in range(i, min(hi, i + 3))):
            return "org", None, (tok.idx, tt.idx[min(hi, i + 3) - 1] + len(tt.text[min(hi, i + 3) - 1]))
        return "none", None, None

    def _speaker_before(self, doc: Doc, ms: list[Mention], a: int, b: int
                        ) -> tuple[str, Mention | None, tuple[int, int] | None]:
        """The speaker in tokens a..b, just before a cue (", Blinken said")."""
        tt = token_table(doc)
        words = [i for i in range(a, b) if not tt.punct[i]]
        if not words:
            return "none", None, None
        # The phrase's head comes first: ", the U.S. Agency for International
        # Development said" is the agency of the U.S., not "International Development".
        for m in ms:
            if a <= m.start and m.end <= b:
                return "explicit", m, (m.start_char, m.end_char)
        last = doc[words[-1]]
        if last.lower_ in self.pronouns:
            return "pronoun", None, (last.idx, last.idx + len(last))
        first = doc[words[0]]
        if self.g.anonymous([tt.text[i] for i in words]):
            # ", diplomats said", "kata para pejabat": nobody in particular.
            return "anonymous", None, (first.idx, last.idx + len(last))
        if any(tt.lower[i] in self.institutions or tt.lower[i] in self.g.anaphoric_heads for i in words):
            # "the ministry said", "kata kementerian itu": the body named last.
            return "org", None, (first.idx, last.idx + len(last))
        # An unknown phrase in the speaker slot (a machine-translated surname,
        # say): the document's known speakers fit better than a new person.
        return "context", None, (first.idx, last.idx + len(last))

    def _subject(self, doc: Doc, ms: list[Mention], cue_start: int, lo: int, at_verb: bool = True
                 ) -> tuple[str, Mention | None, tuple[int, int] | None]:
        """The speaker before a cue; at_verb=False when cue_start is a quotation,
        not a verb (then 'called Lula "corrupt"' leaves Lula an object)."""
        tt = token_table(doc)
        prev = cue_start - 1
        while prev > lo and tt.text[prev] == ",":
            prev -= 1
        if prev > lo and (tt.lower[prev] in self.g.verb_coordinators or tt.lower[prev] in self.g.contrast_coordinators) \
                and not any(m.end == prev for m in ms):
            # "He noted …, and stressed that …": the first verb's subject.
            first = self.g.first_subject(doc, ms, prev, lo)
            pronoun = next((i for i in range(lo, prev) if tt.lower[i] in self.pronouns), None)
            if pronoun is not None and (not first or pronoun < first[0].start):
                return "pronoun", None, (tt.idx[pronoun], tt.idx[pronoun] + len(tt.text[pronoun]))
            if first:
                return "explicit", first[0], (first[0].start_char, first[0].end_char)
        k = self.g.before_auxiliaries(doc, cue_start, lo)
        if k >= lo and tt.lower[k] in self.pronouns:
            # "… and he promised that …": the pronoun next to the verb is its subject.
            return "pronoun", None, (tt.idx[k], tt.idx[k] + len(tt.text[k]))
        ref = self.g.anaphoric_subject(doc, cue_start, lo)
        if ref is not None:
            # "kementerian itu mengatakan", "the ministry said": the body named last.
            return "org", None, (tt.idx[ref], tt.idx[cue_start - 1] + len(tt.text[cue_start - 1]))
        group = self.g.subject_before(doc, ms, cue_start, lo, at_verb=at_verb)
        if group:
            m = group[0]
            return "explicit", m, (m.start_char, m.end_char)
        i = self._pronoun_before(doc, cue_start) if cue_start - 1 >= lo else -1
        if i >= lo:
            return "pronoun", None, (tt.idx[i], tt.end[i])
        return "none", None, None

    def _pronoun_before(self, doc: Doc, k: int) -> int:
        """The last pronoun token before token k, or -1: one array per
        paragraph, not a walk back per quotation (thousands of marks)."""
        last = doc.user_data.get(PRONOUNS_KEY)
        if last is None:
            last, at = [], -1
            for i, w in enumerate(lowers(doc)):
                if w in self.pronouns:
                    at = i
                last.append(at)
            doc.user_data[PRONOUNS_KEY] = last
        return last[k - 1] if k > 0 else -1

    def _addressee(self, doc: Doc, ms: list[Mention], i: int, hi: int) -> Mention | None:
        group = self.g.after_marker(doc, ms, i, min(hi, i + 4), self.g.addressee_markers)
        return group[0] if group else None

    # -- main --------------------------------------------------------------
    def __call__(self, doc: Doc, ctx: DocumentContext, marks: list[Marked],
                 ms: list[Mention]) -> list[Candidate]:
        scan = _Scan(doc, marks, ms, self._cue_hits(doc))
        cands = self._direct(scan)
        cands += self._indirect(scan, cands)
        cands.sort(key=lambda c: (c.start, not c.direct))
        # People who are the subject of a sentence here: "Wong mengumumkan …
        # Ia juga membantah …", where "ia" is Wong, not the last quoted speaker.
        subjects = [m for m in ms if m.type == "PERSON"
                    and self.g.subject_like(doc, m, sentence_of(doc, m.start).start)]
        doc.user_data[SUBJECTS] = subjects
        bodies = [m for m in ms if m.type in ("ORG", "GROUP")]
        parties = [m for m in ms if m.type != "PERSON"]
        self._resolve(cands, ctx, scan.text, subjects, bodies, parties)
        return cands

    # -- direct quotes -----------------------------------------------------
    def _direct(self, scan: "_Scan") -> list[Candidate]:
        doc = scan.doc
        tt = token_table(doc)
        cands: list[Candidate] = []
        prev: Candidate | None = None
        prev_close = -1
        for q, (o, c) in zip(scan.marks, scan.mark_tokens):
            sent = sentence_of(doc, o)
            cand = Candidate(q.start, q.end, True, None, "none")
            self._cue_after(scan, q, c, sent, cand) or self._cue_before(scan, o, sent, cand)
            # c) a continuation of the previous quote (“A,” kata X. “B.”): at most
            # the attribution sentence lies between (“A,” kata X dalam jumpa pers. “B.”).
            if cand.cue is None and prev is not None and prev.spec != "none" and o - prev_close <= 16 and \
                    sum(tt.text[i] in ".!?" and not scan.in_mark(i) for i in range(prev_close + 1, o)) <= 1:
                cand.spec = "previous"
            # d) a partial quote inside a sentence whose subject speaks.
            if cand.spec == "none" and o > sent.start:
                spec = self._subject(doc, scan.ms, o, sent.start, at_verb=False)
                if spec[0] != "none":
                    cand.spec, cand.speaker, cand.speaker_span = spec
                    cand.partial = True
            # e) a quote opening the paragraph with no cue: the last speaker.
            if cand.spec == "none" and o == 0:
                cand.spec = "previous_speaker"
            cands.append(cand)
            prev, prev_close = cand, c
        return cands

    def _cue_after(self, scan: "_Scan", q: Marked, c: int, sent, cand: Candidate) -> bool:
        """a) A cue after the closing mark: “…,” kata X / “…,” Blinken said."""
        doc, text, ms = scan.doc, scan.text, scan.ms
        tt = token_table(doc)
        next_open = scan.next_open(c, len(doc))
        finished = text[q.close - 1] in ".!?"       # the quotation ends its own sentence
        for h in range(bisect_right(scan.hit_starts, c), len(scan.hits)):
            s, e, row = scan.hits[h]
            if s > c + CUE_WINDOW:
                break
            if s >= next_open:
                continue
            # The cue belongs to this quote's sentence: “A.” kata X, not “A”. Dia mencatat …
            if any(tt.text[i] in ".!?" for i in range(c + 1, s)):
                continue
            words = [doc[i] for i in range(c + 1, s) if not tt.punct[i]]
            # '"… anywhere." Umerov said later that …': a cue with content of its
            # own after a finished quoted sentence does not attribute that quote.
            if finished and any(tt.lower[i] in self.g.complementizers for i in range(e, min(len(doc), e + 3))):
                continue
            # '"… sovereignty." She said the United States …': after a finished
            # quoted sentence, a capitalised cue that goes on is a new sentence.
            if finished and words and words[0].text[:1].isupper():
                # "Sikorski menambahkan, Kementerian …": a comma after the verb
                # opens the verb's own content, too.
                at = e + 1 if e < len(doc) and tt.text[e] == "," else e
                rest = 0
                while at + rest < len(doc) and not tt.punct[at + rest]:
                    rest += 1
                if rest > 3 and (at == e or self.g.clause_like(lowers(doc)[at:at + rest])):
                    continue
            # … and attributes it: not '"…" and said Russia would …'.
            if words and (any(w.lower_ in self.g.verb_coordinators for w in words) or not (
                    words[0].text[:1].isupper() or words[0].lower_ in self.pronouns
                    or any(w.i in scan.by_start for w in words[:3])
                    or words[0].lower_ in self.g.determiners)):
                continue
            mode = row["speaker"]
            cand.cue = (tt.idx[s], tt.idx[e - 1] + len(tt.text[e - 1]))
            if mode == "clitic":
                cand.spec = "previous_speaker"
            else:
                spec = ("none", None, None)
                if mode in ("after", "either"):
                    spec = self._speaker_after(doc, ms, scan.by_start, e, min(len(doc), e + 3))
                    # '…," said Kenya would …': a clause after the verb, not its speaker.
                    if spec[1] is not None and spec[1].end < len(doc) and not doc[spec[1].end].is_punct \
                            and mode == "either" and self.g.clause_like(lowers(doc)[spec[1].end:spec[1].end + 4]):
                        spec = ("none", None, None)
                if spec[0] == "none" and mode in ("before", "either"):
                    spec = self._speaker_before(doc, ms, c + 1, s)
                cand.spec, cand.speaker, cand.speaker_span = spec
                cand.addressee = self._addressee(doc, ms, e, sent.end)
            scan.used_cues.add(h)
            return True
        return False

    def _cue_before(self, scan: "_Scan", o: int, sent, cand: Candidate) -> bool:
        """b) A cue before the opening mark, in the same sentence."""
        doc, ms = scan.doc, scan.ms
        tt = token_table(doc)
        for h in range(bisect_right(scan.hit_ends, o) - 1, -1, -1):
            s, e, row = scan.hits[h]
            if s < sent.start:
                break
            if row.get("only_after_quote") or scan.in_mark(s):
                continue
            mode = row["speaker"]
            if mode == "clitic":
                continue
            if mode == "after":          # "menurut X, “…”"
                spec = self._speaker_after(doc, ms, scan.by_start, e, o)
            else:
                spec = self._subject(doc, ms, s, sent.start)
            if spec[0] == "none":
                continue
            cand.cue = (tt.idx[s], tt.idx[e - 1] + len(tt.text[e - 1]))
            cand.spec, cand.speaker, cand.speaker_span = spec
            gap = [t for t in doc[e:o] if not (t.is_punct or t.lower_ in self.g.complementizers)]
            # Only an addressee may stand between the cue and the quote
            # ("kata X kepada wartawan, “…”"); anything else makes the
            # quote a fragment of reported speech ('said it was "deeply concerned"').
            addressed = bool(gap) and gap[0].lower_ in self.g.addressee_markers and len(gap) <= 3
            cand.partial = bool(gap) and not addressed
            cand.addressee = self._addressee(doc, ms, e, o)
            if not cand.partial:    # a partial quote leaves the cue to the indirect speech
                scan.used_cues.add(h)
            return True
        return False

    # -- indirect speech ---------------------------------------------------
    def _indirect(self, scan: "_Scan", direct: list[Candidate]) -> list[Candidate]:
        doc, text = scan.doc, scan.text
        tt = token_table(doc)
        table = token_table(doc)
        punct, txt, idx = table.punct, table.text, table.idx
        out: list[Candidate] = []
        mark_opens = [m.open for m in scan.marks]
        direct_starts = [c.start for c in direct]     # in text order
        for h, (s, e, row) in enumerate(scan.hits):
            if h in scan.used_cues or row.get("only_after_quote") or scan.in_mark(s):
                continue
            sent = sentence_of(doc, s)
            end_tok = sent.end
            while end_tok > e and (punct[end_tok - 1] or txt[end_tok - 1] in "”\"’»"):
                end_tok -= 1
            if row["speaker"] == "clitic":
                # "Moskow, katanya, akan membalas": a clitic cue set off by commas
                # inside the sentence reports the rest of it.
                if not (sent.start < s - 1 and tt.text[s - 1] == "," and e < end_tok and tt.text[e] == ","):
                    continue
                found = (("previous_speaker", None, None), (e + 1, end_tok))
            elif row.get("content") == "around":
                found = self._content_around(scan, s, e, sent, end_tok)
            else:
                found = self._content_of_verb(scan, s, e, row, sent, end_tok)
            if found is None:
                continue
            spec, (a, b) = found
            if b - a < MIN_INDIRECT_TOKENS:
                continue
            # Content that is itself one quotation is direct speech, not indirect
            # (marks do not overlap: only the last one opening by idx[a] can hold it).
            k = bisect_right(mark_opens, idx[a]) - 1
            if k >= 0 and idx[a] <= scan.marks[k].start and scan.marks[k].close >= idx[b - 1]:
                continue
            start_char, end_char = idx[a], idx[b - 1] + len(txt[b - 1])
            while end_char > start_char and text[end_char - 1] in " ,.;:”\"’»":
                end_char -= 1
            cand = Candidate(start_char, end_char, False,
                             (idx[s], idx[e - 1] + len(txt[e - 1])), spec[0], spec[1], spec[2])
            out.append(cand)
            # Quoted fragments inside reported speech share its speaker.
            for j in range(bisect_left(direct_starts, start_char), len(direct)):
                other = direct[j]
                if other.start > end_char + 1:
                    break
                if other.end <= end_char + 1:
                    other.partial = True
                    if other.spec in ("none", "previous", "previous_speaker") or other.cue is None:
                        other.spec, other.speaker, other.speaker_span = spec
                        other.cue = cand.cue
        return out

    def _content_around(self, scan: "_Scan", s: int, e: int, sent, end_tok: int):
        """"menurut X, …" / "…, menurut X." / "according to X, …"."""
        doc = scan.doc
        tt = token_table(doc)
        spec = self._speaker_after(doc, scan.ms, scan.by_start, e, end_tok)
        if spec[0] == "none":
            return None
        after_speaker = spec[1].end if spec[1] else e + 1
        # "Namun, menurut dia, …" / "However, according to X, …": a connective
        # before the cue still leaves it at the head of the sentence.
        punct = token_table(doc).punct
        lead = 0        # words before the cue, counted up to 2
        for i in range(sent.start, s):
            lead += not punct[i]
            if lead > 1:
                break
        if s <= sent.start + 1 or (lead == 1 and tt.text[s - 1] == ","):
            a = after_speaker
            while a < end_tok and (tt.punct[a] or tt.lower[a] in self.g.complementizers):
                a += 1
            return spec, (a, end_tok)
        b = s
        while b > sent.start and tt.punct[b - 1]:
            b -= 1
        return spec, (sent.start, b)

    def _content_of_verb(self, scan: "_Scan", s: int, e: int, row: dict, sent, end_tok: int):
        """The reported clause of a verb: after it ("X said (that) …") or, for a
        sentence-final attribution, before it ("…, kata X." / "…, X said.")."""
        doc, text, ms = scan.doc, scan.text, scan.ms
        tt = token_table(doc)
        mode = row["speaker"]
        spec = ("none", None, None)
        # "said X" only right after a comma or a mark ("…, said X");
        # otherwise the words after the verb are what was said.
        inverted = s > sent.start and (tt.punct[s - 1] or mode == "after")
        if mode in ("after", "either") and inverted:
            spec = self._speaker_after(doc, ms, scan.by_start, e, min(end_tok, e + 3))
            # "…, said X." ends with its speaker; '…," said Kenya would …' does not.
            if spec[1] is not None and spec[1].end < end_tok and not doc[spec[1].end].is_punct:
                spec = ("none", None, None)
        comma = next((i for i in range(s - 1, max(sent.start, s - 9) - 1, -1) if tt.text[i] == ","), None)
        if spec[0] == "anonymous":     # "…, kata para diplomat.": ends where the phrase does
            spoken_end = bisect_left(token_starts(doc), spec[2][1])
        else:
            spoken_end = spec[1].end if spec[1] else e + 1
        tail_ok = spec[0] != "none" and spoken_end >= end_tok
        if comma is not None and mode in ("before", "either") and spec[0] == "none":
            sb = self._speaker_before(doc, ms, comma + 1, s)
            # "…, X said (on Sunday)." — nothing reported after the verb; the tail
            # may carry a date and a trailing clause ("…, Macron said Sunday, two months after …").
            tail = doc[e:end_tok]
            that_follows = any(t.lower_ in self.g.complementizers for t in tail)
            # "…, Macron said Sunday, two months after …": a date, then a comma or the end.
            dated = len(tail) > 0 and bool(self.dates.find(doc, tail[0].idx, tail[0].idx + len(tail[0]) + 12)) \
                and (len(tail) == 1 or tail[1].is_punct)
            adjunct = len(tail) <= 6 and not self.g.clause_like([t.lower_ for t in tail])
            # "…, where she said": a relative clause's verb reports what follows it.
            relative = any(tt.lower[i] in self.g.relativizers or tt.lower[i] in self.g.breakers
                           for i in range(comma + 1, s))
            # "…, a court spokeswoman said.": any short phrase in the speaker slot.
            short = sb[0] == "context" and s - comma <= 5
            if (sb[0] in ("explicit", "pronoun", "org", "anonymous") or short) and (dated or adjunct) \
                    and not that_follows and not relative:
                tail_ok, spec = True, sb
        if tail_ok and comma is not None:
            return spec, (sent.start, comma)
        if mode not in ("before", "either"):
            return None
        spec = self._subject(doc, ms, s, sent.start)
        if spec[0] == "none":
            return None
        a = e
        # Skip an addressee ("kepada wartawan", "told reporters") up to the clause.
        if a < end_tok and tt.lower[a] in self.g.addressee_markers:
            k = a + 1
            while k < end_tok and tt.alpha[k] and tt.lower[k] not in self.g.complementizers and k - a < 4:
                k += 1
            a = k
        # "said in a statement that …", "mengatakan dalam jumpa pers bahwa …"
        that = next((i for i in range(a, min(end_tok, a + 9)) if tt.lower[i] in self.g.complementizers), None)
        if that is not None and not any(tt.text[i] in ".;" for i in range(a, that)):
            a = that + 1
        elif not self.g.clause_like(lowers(doc)[a:end_tok]):
            return None
        while a < end_tok and (tt.punct[a] or tt.lower[a] in self.g.complementizers):
            a += 1
        return spec, (a, self._content_end(scan, a, end_tok))

    def _stops(self, scan: "_Scan") -> list[int]:
        """Tokens where _content_end may stop: a breaker or verb coordinator,
        or a comma, with a cue close after it or a comma before it."""
        if scan.stops is None:
            low, cues = lowers(scan.doc), scan.cue_starts
            scan.stops = [i for i in range(1, len(low))
                          if (low[i] in self.g.breakers or low[i] in self.g.verb_coordinators or low[i] == ",")
                          and (i + 1 in cues or i + 2 in cues or low[i - 1] == ",")]
        return scan.stops

    def _content_end(self, scan: "_Scan", a: int, end_tok: int) -> int:
        """Reported words stop where the sentence goes on in the reporter's
        voice: "…, while X said", "but added that …", "dan memperingatkan bahwa …"."""
        low = lowers(scan.doc)
        cue_starts = scan.cue_starts
        stops = self._stops(scan)
        # Only the positions where a rule below can fire are visited.
        for j in range(bisect_right(stops, a), len(stops)):
            i = stops[j]
            if i >= end_tok:
                break
            if scan.in_mark(i):
                continue
            joins = low[i] in self.g.breakers or low[i] in self.g.verb_coordinators
            if low[i] in self.g.breakers and low[i - 1] == "," and i - a > 3:
                return i - 1
            # "…, dengan mengatakan …", "…, saying …": a new report begins.
            if low[i] == "," and i - a > 3 and any(k in cue_starts for k in range(i + 1, min(end_tok, i + 3))):
                return i
            if joins and any(k in cue_starts for k in range(i + 1, min(end_tok, i + 3))):
                return i - 1 if low[i - 1] == "," else i
        return end_tok

    def _antecedent(self, ctx: DocumentContext, pronoun: str) -> dict[str, Any]:
        """The last speaker, unless the pronoun cannot be them: a personal
        pronoun is a person, and "she" is not a man the gazetteer knows."""
        word = pronoun.lower()
        entry = ctx.last_speaker or ctx.last_person
        if self.pronouns.get(word) == "singular" and entry.get("type") not in (None, "PERSON") and ctx.last_person:
            entry = ctx.last_person
        gender = self.pronoun_gender.get(word)
        if _clash(gender, ctx.gender_of(entry.get("name"))):
            entry = ctx.latest_of_gender(gender) or entry
        return entry

    def _body(self, c: Candidate, span: tuple[int, int], bodies: list[Mention],
              ctx: DocumentContext, words: str) -> dict[str, Any] | None:
        """"The ministry said": the body named last before the cue, not one
        inside the reported words themselves; from an earlier paragraph, the
        body that spoke last, else the body named last.  A state's body ("the
        ministry", "kementerian itu") is never an international one (the G7
        has no ministry): failing a national body, the state named last."""
        national = any(w in self.g.national_heads for w in words.lower().split())

        def fits(a: dict[str, Any]) -> bool:
            return not national or a.get("type") == "COUNTRY" or bool(a.get("country")) and not a.get("code")

        body = next((b for b in reversed(bodies) if b.end_char <= span[0]
                     and not c.start <= b.start_char < c.end and fits(memory(b))), None)
        if body is not None:
            return memory(body)
        # From an earlier paragraph: the body that spoke last, else the one named last.
        speaker = ctx.last_speaker
        if speaker and speaker.get("type") in ("ORG", "GROUP") and fits(speaker):
            return speaker
        if not national:
            return ctx.last_org
        return next((p for p in reversed(ctx.parties) if fits(p)), None)

    def _resolve(self, cands: list[Candidate], ctx: DocumentContext, text: str,
                 subjects: list[Mention], bodies: list[Mention], parties: list[Mention]) -> None:
        """Turn speaker specs into actors, in text order, updating the context."""
        previous: dict[str, Any] | None = None
        spoke_at = -1          # where the last speaker was set in this paragraph
        for c in cands:
            span = c.speaker_span or c.cue or (c.start, c.start)
            if c.spec in ("pronoun", "previous_speaker"):
                # The latest sentence subject, when it comes after the last speaker.
                anchor = min(span[0], c.start)
                gender = self.pronoun_gender.get(text[span[0]:span[1]].lower())
                subject = next((m for m in reversed(subjects)
                                if spoke_at < m.start_char and m.end_char <= anchor), None)
                if subject is not None and not _clash(gender, ctx.gender_of(subject.name)):
                    c.spec, c.speaker = "pronoun_subject", subject
            if c.spec == "explicit" and c.speaker is not None:
                c.actor = c.speaker.actor("explicit")
            elif c.spec == "pronoun_subject":
                c.actor = actor_from_memory(memory(c.speaker), text[span[0]:span[1]], *span, "pronoun")
            elif c.spec == "org" and (body := self._body(c, span, bodies, ctx, text[span[0]:span[1]])) is not None:
                c.actor = actor_from_memory(body, text[span[0]:span[1]], *span, "context")
            elif c.spec == "org" and not c.direct:
                # "Estonia expelled …, the foreign ministry said": no body named
                # yet, so the ministry is that of the country its statement is about.
                party = next((m for m in parties if c.start <= m.start_char < c.end), None)
                if party is not None:
                    c.actor = actor_from_memory(memory(party), text[span[0]:span[1]], *span, "context")
            elif c.spec == "pronoun" and (ctx.last_speaker or ctx.last_person):
                c.actor = actor_from_memory(self._antecedent(ctx, text[span[0]:span[1]]),
                                            text[span[0]:span[1]], *span, "pronoun")
            elif c.spec in ("context", "previous_speaker") and ctx.last_speaker:
                kind = "pronoun" if c.spec == "previous_speaker" else "context"
                c.actor = actor_from_memory(ctx.last_speaker, text[span[0]:span[1]], *span, kind)
            elif c.spec == "previous" and previous is not None:
                c.actor = dict(previous, resolution="context")
            if c.actor is not None:
                previous = c.actor
                spoke_at = max(spoke_at, c.start)
                ctx.last_speaker = {k: c.actor.get(k) for k in ("name", "type", "country", "role", "code")}
                if c.speaker is not None and c.speaker.type == "PERSON":
                    ctx.last_person = memory(c.speaker)


def _clash(gender: str | None, known: str | None) -> bool:
    """A gendered pronoun ("she") against a person known to be of the other gender."""
    return bool(gender and known and gender != known)
