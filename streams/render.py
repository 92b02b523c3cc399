"""Readable tables of extractions for the terminal (demo, consume --format table)."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table


def _actor(a: dict | None) -> str:
    if not a:
        return "-"
    code = a.get("country")
    return f"{a['name']} ({code})" if code and a.get("type") == "PERSON" else a["name"]


def _actors(actors: list[dict]) -> str:
    return ", ".join(_actor(a) for a in actors) or "-"


def events_table(results: Iterable[dict]) -> Table:
    t = Table(title="Events", show_lines=False)
    for col in ("doc/para", "type", "mode", "cameo", "modality", "source", "targets", "trigger", "date"):
        t.add_column(col, overflow="fold")
    for r in results:
        for e in r["events"]:
            t.add_row(f"{r['doc_id'][:18]}/{r['paragraph']}", e["type"], e["mode"] or "-",
                      e["cameo"] or "-", e["modality"], _actors(e.get("sources") or []),
                      _actors(e["targets"]), e["trigger"]["text"],
                      (e["date"] or {}).get("text") or "-")
    return t


def quotes_table(results: Iterable[dict]) -> Table:
    t = Table(title="Quotes")
    for col in ("doc/para", "kind", "speaker", "how", "quote"):
        t.add_column(col, overflow="fold")
    for r in results:
        for q in r["quotes"]:
            kind = "direct" if q["direct"] else "indirect"
            if q.get("partial"):
                kind += " (partial)"
            sp = q["speaker"]
            t.add_row(f"{r['doc_id'][:18]}/{r['paragraph']}", kind, _actor(sp),
                      (sp or {}).get("resolution", "-"), q["text"][:160])
    return t


def print_results(results: list[dict], console: Console | None = None, skip_empty: bool = False) -> None:
    # Piped or captured output has no terminal width; 80 columns would fold every cell.
    console = console or Console(width=None if sys.stdout.isatty() else 160)
    for table in (events_table(results), quotes_table(results)):
        if table.row_count or not skip_empty:
            console.print(table)
