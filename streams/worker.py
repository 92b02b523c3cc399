"""Assembles app + topics + agents from settings and runs a Faust worker."""

from __future__ import annotations

import faust

from . import agents, topics
from .app import create_app
from .settings import Settings


def build(settings: Settings) -> tuple[faust.App, topics.Topics]:
    app = create_app(settings)
    declared = topics.declare(app, settings)
    agents.register(app, declared, settings)
    return app, declared


def run(settings: Settings) -> None:
    """Blocks until the worker is stopped (SIGTERM/SIGINT stop it cleanly)."""
    topics.ensure_topics(settings)
    app, _ = build(settings)
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
