"""The Faust application, and nothing else: built from resolved settings when
a worker is configured, never at import time."""

from __future__ import annotations

import faust

from .settings import Settings


def create_app(settings: Settings) -> faust.App:
    return faust.App(
        settings.app_id,
        broker=f"kafka://{settings.bootstrap_servers}",
        # Tables live in memory and are rebuilt from their changelog topic
        # after a restart or a rebalance.
        store="memory://",
        topic_partitions=settings.partitions,
        # Tables serialise as JSON; topics set "raw" themselves (messages.py decodes).
        key_serializer="json",
        value_serializer="json",
        datadir=str(settings.data_dir),
        web_enabled=settings.web_port > 0,
        web_port=settings.web_port or 6066,
        autodiscover=False,
        # Kafka 4.x groups; a crash replays since the last commit (at-least-once).
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
    )
