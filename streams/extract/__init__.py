"""The extractor: pure, text plus document context in, records out.

It imports nothing from Kafka or Faust, so `diplo extract`, the evaluation,
the benchmark and the stream all run this same code.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from collections.abc import Iterable, Iterator

from . import docstate
from .context import DocumentContext
from .ids import stable_id
from .tokens import release

NAME = "diplo-stream-rules"
VERSION = "0.1.0"
DEFAULT_LANG = "id"

__all__ = ["Extractor", "DocumentContext", "NAME", "VERSION", "extract_paragraphs"]


def _published(record: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(record["published"]) if record.get("published") else None
    except ValueError:
        return None


# lang -> (its pipeline, the pipeline's components in order), made on first
# use: spaCy loads then, not at import (an import statement per paragraph costs
# ~1 us, and nlp.pipeline builds a new list at each read).
_PIPES: dict[str, tuple[Any, tuple]] = {}


def _pipeline(lang: str) -> tuple[Any, tuple]:
    from .pipeline import get_nlp
    nlp = get_nlp(lang)
    pipe = _PIPES[lang] = (nlp, tuple(proc for _, proc in nlp.pipeline))
    return pipe


class Extractor:
    name = NAME
    version = VERSION

    def warm(self) -> Extractor:
        """Build every language's pipeline now (seconds of lexicon compiling), then
        run it over the language's warm-up paragraphs (lang/<lang>/warm_up.txt) as
        one document, so the first messages of a stream neither block the event
        loop on the build nor run on cold code paths and tables."""
        from .lexicon import LANGUAGES, warm_up_paragraphs
        for lang in LANGUAGES:
            context = None
            for number, text in enumerate(warm_up_paragraphs(lang) or ["Warm up."]):
                _, context = self.extract({"doc_id": "warm-up", "paragraph": number, "text": text, "lang": lang},
                                          context)
        return self

    def extract(self, record: dict[str, Any],
                context: DocumentContext | dict | None = None) -> tuple[dict[str, Any], DocumentContext]:
        """One paragraph record -> (extraction without timestamps, updated context)."""
        lang = record.get("lang") or DEFAULT_LANG
        ctx = context if isinstance(context, DocumentContext) else DocumentContext.from_dict(context)
        nlp, components = _PIPES.get(lang) or _pipeline(lang)
        doc = nlp.make_doc(record["text"])
        data = doc.user_data
        data["diplo_text"] = record["text"]   # == doc.text, without rebuilding it
        data[docstate.CONTEXT] = ctx
        data[docstate.PUBLISHED] = _published(record)
        for proc in components:
            doc = proc(doc)
        data = doc.user_data
        key = (record["doc_id"], record["paragraph"])
        events = []
        taken: set[str] = set()
        for ev in data[docstate.EVENTS]:
            eid = stable_id(*key, "event", ev["trigger"]["start"], ev["type"])
            n = 1
            while eid in taken:     # one trigger, several acts ("with X and then with Y")
                eid, n = stable_id(*key, "event", ev["trigger"]["start"], ev["type"], n), n + 1
            taken.add(eid)
            # In the record's own order after kind and id (its "kind" keeps the first place; no comprehension).
            out = {"kind": "event", "id": eid}
            out.update(ev)
            out["kind"] = "event"
            out["source"] = out["sources"][0] if out["sources"] else None
            events.append(out)
        quotes = []
        for q in data[docstate.QUOTES]:
            if q.charge:    # an accusation's clause, read by the events only
                continue
            quotes.append({
                "kind": "quote",
                "id": stable_id(*key, "quote", q.start, q.end),
                "text": record["text"][q.start:q.end],
                "start": q.start, "end": q.end,
                "direct": q.direct, "partial": q.partial,
                "speaker": q.actor.actor() if q.actor and not _parties_at_once(q.actor) else None,
                "cue": ({"text": record["text"][q.cue[0]:q.cue[1]], "start": q.cue[0], "end": q.cue[1]}
                        if q.cue else None),
                "addressee": q.addressee.actor() if q.addressee else None,
            })
        ctx.close_paragraph(data[docstate.ACTORS], data.get(docstate.SUBJECTS), events)
        release(doc)    # (its objects freed on return, for the next paragraph to reuse)
        result = {"doc_id": record["doc_id"], "paragraph": record["paragraph"], "lang": lang,
                  "events": events, "quotes": quotes,
                  "extractor": {"name": NAME, "version": VERSION}}
        return result, ctx


def _parties_at_once(actor) -> bool:
    """Two parties named as one ("the two governments said", "kedua negara menyatakan": a REGION of no code of
    its own, made by the pair anaphors) speak as no one actor: a quote's speaker is one actor or none."""
    return actor.type == "REGION" and actor.code is None and len(actor.members) > 1


def extract_paragraphs(records: Iterable[dict[str, Any]],
                       extractor: Extractor | None = None) -> Iterator[dict[str, Any]]:
    """Extract a stream of records in order, one context per doc_id (as the stream does)."""
    extractor = extractor or Extractor()
    contexts: dict[str, DocumentContext] = {}
    for record in records:
        result, contexts[record["doc_id"]] = extractor.extract(record, contexts.get(record["doc_id"]))
        yield result
