"""What the wire-copy quote tests read: the quotes of a document's last paragraph."""

from __future__ import annotations

from streams.extract import DocumentContext, Extractor


def last_quotes(paragraphs: list[str], lang: str) -> list[dict]:
    """The quotes of the last paragraph, after the ones before it (their context carried)."""
    ctx, ex, out = DocumentContext(), Extractor(), {}
    for i, text in enumerate(paragraphs):
        out, ctx = ex.extract({"doc_id": "w", "paragraph": i, "text": text, "lang": lang}, ctx)
    return out["quotes"]
