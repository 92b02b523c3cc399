"""The worker's Prometheus metrics, owned by one object.

Own CollectorRegistry rather than prometheus_client's global one: several apps
in one process (tests, a process pool's parent) never see each other's series.
Nothing here knows Faust; streams/web.py serves `exposition()` and feeds the
gauges that are read from the consumer at scrape time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST

from .messages import REASONS

#: Every reason a dead letter can carry (schemas/dead_letter.schema.json); created
#: at start so a scrape shows 0 rather than no series before the first failure.
DEAD_LETTER_REASONS = REASONS

#: The extractor takes about half a millisecond a paragraph; the default buckets
#: (5 ms to 10 s) would put nearly everything in the first one.
LATENCY_BUCKETS = (0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)

CONTENT_TYPE = CONTENT_TYPE_LATEST


def quote_type(quote: Mapping) -> str:
    """direct / partial / indirect, from the output contract's two flags."""
    if quote.get("partial"):
        return "partial"
    return "direct" if quote.get("direct") else "indirect"


def _child(counter: Counter, children: dict[str, Counter], label: str) -> Counter:
    child = children.get(label)
    if child is None:
        child = children[label] = counter.labels(type=label)
    return child


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self._in = Counter("diplo_paragraphs_in", "Input messages taken from the input topic", registry=r)
        self._out = Counter("diplo_paragraphs_out", "Results published to the output topic", registry=r)
        self._dead = Counter("diplo_dead_letters", "Messages sent to the dead-letter topic",
                             ["reason"], registry=r)
        self._latency = Histogram("diplo_extraction_seconds",
                                  "Decode, validate and extract time of one input message",
                                  buckets=LATENCY_BUCKETS, registry=r)
        self._events = Counter("diplo_events", "Events found, by PLOVER type", ["type"], registry=r)
        self._quotes = Counter("diplo_quotes", "Quotes found, by kind", ["type"], registry=r)
        # One child per label value, looked up once: `labels()` builds and
        # checks a key under a lock on every call, several times a paragraph.
        self._event_types: dict[str, Counter] = {}
        self._quote_types: dict[str, Counter] = {}
        self._lag = Gauge("diplo_consumer_lag",
                          "Messages between the consumer's fetch position and the partition's end",
                          ["topic", "partition"], registry=r)
        self._table = Gauge("diplo_table_keys", "Keys held in a table by this worker", ["table"],
                            registry=r)
        for reason in DEAD_LETTER_REASONS:
            self._dead.labels(reason=reason)

    # -- the agent's calls, one per step ------------------------------------------
    def paragraph_in(self) -> None:
        self._in.inc()

    def published(self, result: Mapping, seconds: float) -> None:
        self._out.inc()
        self._latency.observe(seconds)
        for event in result.get("events", ()):
            _child(self._events, self._event_types, event.get("type") or "unknown").inc()
        for quote in result.get("quotes", ()):
            _child(self._quotes, self._quote_types, quote_type(quote)).inc()

    def dead_lettered(self, reason: str, seconds: float | None = None) -> None:
        self._dead.labels(reason=reason).inc()
        if seconds is not None:
            self._latency.observe(seconds)

    # -- read at scrape time -------------------------------------------------------
    def set_lag(self, lags: Iterable[tuple[str, int, int]]) -> None:
        """(topic, partition, lag) of the partitions assigned now; revoked ones disappear."""
        self._lag.clear()
        for topic, partition, lag in lags:
            self._lag.labels(topic=topic, partition=str(partition)).set(lag)

    def set_table_size(self, table: str, keys: int) -> None:
        self._table.labels(table=table).set(keys)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
