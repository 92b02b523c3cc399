"""Health and metrics views on the worker's own web server (Faust's aiohttp
server, on when settings.web_port > 0).

  GET /health/live   200 while the worker's event loop answers and the app has not crashed
  GET /health/ready  200 once this worker owns input partitions and its tables are
                     recovered, else 503 (the body says which condition is missing)
  GET /metrics       Prometheus text format (streams/metrics.py)

Faust's own sensor (faust.sensors.prometheus.setup_prometheus_sensors) is not
used: it adds its own view at /metrics (beside ours aiohttp refuses the second
route: "method HEAD is already registered"), on prometheus_client's global
registry, and swaps the app's monitor for one that records every event and
table operation; what operators ask of this worker (dead letters by reason,
events by type, extraction time) it cannot count anyway.
"""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from typing import Any

import faust
import orjson

from .metrics import CONTENT_TYPE, Metrics

LIVE_PATH = "/health/live"
READY_PATH = "/health/ready"
METRICS_PATH = "/metrics"


def _assignment(app: faust.App) -> set:
    try:
        return set(app.consumer.assignment())
    except Exception:  # the consumer is not started yet (or is stopping): nothing owned
        return set()


def readiness(app: faust.App, input_topic: str) -> dict[str, Any]:
    """Ready = owns partitions of the input topic, tables recovered, no rebalance going on.

    Messages published while a worker is still recovering can be skipped (seen with
    faust-streaming 0.15.3 rejoining a group with table state): the demo waits for this.
    """
    partitions = sorted(tp.partition for tp in _assignment(app) if tp.topic == input_topic)
    recovered = app.tables.recovery.completed.is_set() and not app.in_recovery
    rebalancing = bool(app.rebalancing)
    return {"ready": bool(partitions) and recovered and not rebalancing,
            "partitions": partitions, "recovered": recovered, "rebalancing": rebalancing}


def ask_readiness(port: int, host: str = "127.0.0.1") -> dict[str, Any] | None:
    """A running worker's readiness, as its READY_PATH answers it (the body of a
    200 or a 503); None while nothing answers there.  The demo and the load test ask it."""
    try:
        with urllib.request.urlopen(f"http://{host}:{port}{READY_PATH}", timeout=2) as response:
            return orjson.loads(response.read())
    except urllib.error.HTTPError as exc:       # 503: not ready, the body says why
        try:
            return orjson.loads(exc.read())
        except orjson.JSONDecodeError:
            return None
    except (OSError, orjson.JSONDecodeError):
        return None


async def consumer_lag(app: faust.App, input_topic: str) -> list[tuple[str, int, int]]:
    """(topic, partition, lag) per owned input partition: the partition's end (highwater)
    minus the consumer's fetch position. Messages fetched but still in the stream's buffer
    count as done here; a partition whose offsets are not known yet is left out."""
    # Changelog partitions are the table's, not work waiting.
    owned = sorted(tp for tp in _assignment(app) if tp.topic == input_topic)

    async def one(tp: Any) -> tuple[str, int, int] | None:
        try:  # asked together, so a scrape waits one timeout at most, not one per partition
            position = await asyncio.wait_for(app.consumer.position(tp), timeout=1.0)
        except Exception:  # timed out, or a rebalance took the partition away meanwhile
            return None
        highwater = app.consumer.highwater(tp)
        if highwater is None or position is None:
            return None
        return tp.topic, tp.partition, max(0, highwater - position)

    return [lag for lag in await asyncio.gather(*(one(tp) for tp in owned)) if lag is not None]


def register(app: faust.App, metrics: Metrics, input_topic: str) -> None:
    @app.page(LIVE_PATH)
    async def health_live(self: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        crashed = bool(app.crashed)
        return self.json({"live": not crashed}, status=503 if crashed else 200)

    @app.page(READY_PATH)
    async def health_ready(self: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        state = readiness(app, input_topic)
        return self.json(state, status=200 if state["ready"] else 503)

    @app.page(METRICS_PATH)
    async def prometheus(self: faust.web.View, request: faust.web.Request) -> faust.web.Response:
        metrics.set_lag(await consumer_lag(app, input_topic))
        for name, table in app.tables.items():
            metrics.set_table_size(name, len(table))
        return self.bytes(metrics.exposition(), headers={"Content-Type": CONTENT_TYPE})
