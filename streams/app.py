"""The Faust application, and nothing else: built from resolved settings when
a worker is configured, never at import time."""

from __future__ import annotations

import faust

from . import faust_fixes
from .connection import faust_credentials
from .settings import Settings

# What the tuned profile changes from Faust's defaults, each kept because the
# load test (`diplo loadtest --baseline`) showed it pays; see the README.
TUNED = {
    # Each worker would otherwise also replay every other worker's changelog
    # into a standby copy: the same table traffic again, for a faster takeover
    # that the compact context does not need.
    "table_standby_replicas": 0,
    # A worker that dies holds its partitions until its session times out, and
    # a rebalance waits for it that long: Faust's 60 s stalls the whole group
    # for most of a minute after a crash (measured with `--fault kill@…`).
    # The agent yields to the event loop within a batch, so heartbeats go on.
    "broker_session_timeout": 10.0,
}


def create_app(settings: Settings) -> faust.App:
    # Without it a rebalance can commit past paragraphs never processed.
    faust_fixes.apply(tuned=settings.profile != "naive")
    tuned = dict(TUNED) if settings.profile == "tuned" else {}
    if settings.compression != "none":
        tuned["producer_compression_type"] = settings.compression
    return faust.App(
        settings.app_id,
        broker=f"kafka://{settings.bootstrap_servers}",
        broker_credentials=faust_credentials(settings),  # SASL / TLS, as every client
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
        # at_least_once: a crash replays since the last commit; exactly_once:
        # results, dead letters, table writes and offsets in one transaction.
        processing_guarantee=settings.guarantee,
        # Under exactly_once a table write of an aborted transaction leaves the
        # table's offset above the changelog's last committed one, and Faust's
        # check then crashes the worker at every rebalance (seen after a kill).
        # The records carry their own checkpoints (contexts.py).
        recovery_consistency_check=settings.guarantee != "exactly_once",
        consumer_auto_offset_reset="earliest",
        **tuned,
    )
