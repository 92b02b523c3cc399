"""Assembles app + topics + agents from settings and runs a Faust worker."""

from __future__ import annotations

import os
from pathlib import Path

import faust

from . import agents, topics
from .app import create_app
from .extract import Extractor
from .settings import Settings


def build(settings: Settings, extractor: Extractor | None = None) -> tuple[faust.App, topics.Topics]:
    app = create_app(settings)
    declared = topics.declare(app, settings)
    agents.register(app, declared, settings, extractor)
    return app, declared


def ready_file(settings: Settings) -> Path:
    """Written by a worker once it owns partitions and has recovered its table."""
    return Path(settings.data_dir) / f"ready-{settings.app_id}"


def _announce_ready(app: faust.App, path: Path) -> None:
    @app.timer(interval=0.2)
    async def mark_ready() -> None:
        # Messages published while a worker is still recovering can be skipped
        # (seen with faust-streaming 0.15.3 rejoining a group with table state);
        # the demo waits for this file before it publishes.
        if not app.rebalancing and app.consumer.assignment() and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{os.getpid()}\n")


def run(settings: Settings) -> None:
    """Blocks until the worker is stopped (SIGTERM/SIGINT stop it cleanly)."""
    topics.ensure_topics(settings)
    # Pipelines load before the consumer joins its group: loading them inside the
    # agent would block the event loop for seconds on the first message.
    app, _ = build(settings, Extractor().warm())
    ready = ready_file(settings)
    ready.unlink(missing_ok=True)
    _announce_ready(app, ready)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
