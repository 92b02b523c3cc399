"""Assembles app + topics + agents from settings and runs a Faust worker."""

from __future__ import annotations

import asyncio
import gc

import faust

from . import agents, topics, web
from .app import create_app
from .extract import Extractor
from .metrics import Metrics
from .settings import Settings


def build(settings: Settings, extractor: Extractor | None = None) -> tuple[faust.App, topics.Topics]:
    app = create_app(settings)
    declared = topics.declare(app, settings)
    metrics = Metrics()
    agents.register(app, declared, settings, extractor, metrics)
    web.register(app, metrics, settings.input_topic)  # served only when settings.web_port > 0
    return app, declared


def run(settings: Settings) -> None:
    """Blocks until the worker is stopped (SIGTERM/SIGINT stop it cleanly)."""
    topics.ensure_topics(settings)
    use_event_loop(settings)
    # Pipelines load before the consumer joins its group: loading them inside the
    # agent would block the event loop for seconds on the first message.
    app, _ = build(settings, Extractor().warm())
    if settings.profile == "tuned":
        freeze_startup_objects()
    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True)
    # At WARNING and above Faust keeps a terminal spinner and lowers the root
    # logger to DEBUG to feed it: every debug record of aiokafka and Faust is
    # then built and handled, about a tenth of a loaded worker's time (py-spy).
    worker.spinner = None
    worker.execute_from_commandline()


def use_event_loop(settings: Settings) -> None:
    """Set the loop policy before Faust makes its loop.  The naive profile
    keeps the standard library's: the baseline runs Faust's defaults."""
    if settings.event_loop == "uvloop" and settings.profile == "tuned":
        import uvloop   # only the worker needs it
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def freeze_startup_objects() -> None:
    """Keep what start-up built out of the garbage collector's full passes.

    The lexicons, matchers and modules (about 200,000 objects) live as long as
    the process; left in the collector's oldest generation, every full pass
    walks them: 70-80 ms of CPU with the event loop stopped, a few times per
    10,000 paragraphs, and each pass delays every paragraph queued behind it.
    Frozen, a full pass walks what the stream made since: about 12 ms.
    Only the young generations are collected first: start-up's garbage is
    there, and a full pass before the freeze cost 0.18 s of CPU to free 30
    objects (a worker built as run() builds it), a restart's time blind.
    """
    gc.collect(1)
    gc.freeze()
