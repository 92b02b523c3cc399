"""`diplo loadtest`: replay the seeds through the real broker and a real worker pool.

One run: fresh topics and consumer group (unless attached to running workers),
a pool of `diplo worker` processes, a producer that replays the seed articles
(cycling, each copy under its own doc id) at a given rate or as fast as it can,
and a collector that reads every result back.  It measures throughput,
end-to-end latency (from the moment a paragraph is sent to the moment its
result arrives here), consumer lag over time and each worker's CPU and memory,
and checks completeness: every paragraph back exactly once (`lost`,
`duplicates`).  With --baseline the same load also goes through the naive
profile (one process, one message at a time), and the ratio is printed.
"""

from __future__ import annotations

import base64
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import confluent_kafka
import orjson
import psutil
from kafka import KafkaAdminClient, KafkaConsumer
from kafka.errors import KafkaError

from . import messages, topics
from .connection import client_config, rdkafka_config
from .inputs import read
from .pool import worker_env
from .errors import UserError
from .settings import Settings

FAULTS = ("kill", "join", "leave", "broker")   # see Faults
SAMPLE_EVERY = 0.5      # seconds between lag / CPU / RSS samples
READY_TIMEOUT = 180.0   # a pool must join its group, then answer ready, within this (each)
COMMIT_GRACE = 20.0     # seconds a running pool gets to commit what it has answered
LOG_TAIL = 12000        # characters of the pool's log kept in the report of a run that lost paragraphs
# The load generator shares the machine with the workers and the broker, so
# its producer and live result reader are librdkafka's (confluent-kafka): in
# C, 4 us a message each against kafka-python's 34 (produce) and 12 (read).
# The reader's fetches: the broker answers once 64 KB are there or
# READ_WAIT_MS passed.  Answered at the first byte, a reader fetched in a busy
# loop (kafka-python: a third of the CPU the workers need on a shared host);
# the price is at most READ_WAIT_MS more in a measured latency.
READ_MIN_BYTES = 64 * 1024
READ_WAIT_MS = 10
READ_BATCH = 1000       # messages the reader takes from librdkafka's queue at a time


@dataclass(frozen=True)
class Paragraph:
    doc_id: str
    index: int
    value: bytes
    words: int


def replay(files: list[str], paragraphs: int, run_id: str) -> list[Paragraph]:
    """`paragraphs` paragraphs: the seed articles over and over, each copy a
    document of its own (every copy complete but maybe the last)."""
    records = [r for r, _, _ in read(files) if r is not None]
    if not records:
        raise ValueError("no paragraphs to replay")
    out: list[Paragraph] = []
    copy = 0
    while len(out) < paragraphs:
        for r in records:
            if len(out) == paragraphs:
                break
            doc = dict(r, doc_id=f"{r['doc_id']}~{run_id}-{copy}")
            out.append(Paragraph(doc["doc_id"], r["paragraph"], orjson.dumps(doc), len(r["text"].split())))
        copy += 1
    return out


def _percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


DIFFERING_EXAMPLES = 5


def _difference(key: tuple[str, int], first: dict, again: dict) -> dict:
    """A repeat that differs from the first copy: its key, and the fields that differ, both ways."""
    fields = sorted(k for k in first.keys() | again.keys() if first.get(k) != again.get(k))
    return {"doc_id": key[0], "paragraph": key[1],
            "first": {k: first.get(k) for k in fields}, "again": {k: again.get(k) for k in fields}}


@dataclass
class Collector:
    """Reads the output and dead-letter topics from where they end now, in a thread."""
    settings: Settings
    expected: dict[tuple[str, int], float]          # (doc_id, paragraph) -> sent at (time.time)
    validate: bool = False
    arrivals: list[tuple[float, float]] = field(default_factory=list)   # (arrived, latency s)
    # Where each first arrival's latency went (s): to the worker, in it, back to this reader.
    stages: list[tuple[float, float, float]] = field(default_factory=list)
    counts: dict[tuple[str, int], int] = field(default_factory=dict)
    digests: dict[tuple[str, int], int] = field(default_factory=dict)
    differing: int = 0          # duplicates whose content (timestamps aside) differs from the first copy
    # With keep_first (fault runs: a few thousand results), each first copy is kept, so that a
    # repeat that differs can be shown beside it (differing_examples: what differs, both ways).
    keep_first: bool = False
    first: dict[tuple[str, int], dict] = field(default_factory=dict)
    differing_examples: list[dict] = field(default_factory=list)
    dead: list[dict] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    foreign: int = 0
    errors: list[str] = field(default_factory=list)     # what the reader met (it goes on, or says why it stopped)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Collector:
        self._consumer = _live_reader(self.settings)
        self._thread = threading.Thread(target=self._run, name="collector", daemon=True)
        self._thread.start()
        return self

    @property
    def received(self) -> int:
        return len(self.arrivals) + len(self.dead)

    def _run(self) -> None:
        try:
            while not self.stop.is_set():
                try:
                    # consume(n, timeout) would wait for n messages or the whole timeout:
                    # wait for the first only, then take what is queued behind it.
                    first = self._consumer.poll(0.1)
                    polled = [] if first is None else [first, *self._consumer.consume(READ_BATCH, 0)]
                except Exception as e:      # a broker restarted or busy: the reader goes on
                    if len(self.errors) < 100:
                        self.errors.append(repr(e))
                    time.sleep(0.2)
                    continue
                now = time.time()
                for rec in polled:
                    if rec.error() is not None:     # librdkafka retries on its own; said in the report
                        if len(self.errors) < 100:
                            self.errors.append(str(rec.error()))
                        continue
                    self._take(rec.topic(), orjson.loads(rec.value()), now)
        except Exception as e:      # said in the report: a reader that died is not a paragraph lost
            self.errors.append(f"stopped: {e!r}")
            raise
        finally:
            self._consumer.close()

    def _take(self, topic: str, value: dict, now: float) -> None:
        if topic == self.settings.dlq_topic:
            self.dead.append(value)
            return
        key = (value.get("doc_id"), value.get("paragraph"))
        sent = self.expected.get(key)
        if sent is None:
            self.foreign += 1       # another producer's paragraph (attached mode)
            return
        self.counts[key] = self.counts.get(key, 0) + 1
        content = {k: v for k, v in value.items() if k not in ("received_at", "processed_at")}
        digest = hash(orjson.dumps(content))
        if self.counts[key] == 1:
            self.arrivals.append((now, now - sent))
            self.stages.append(_stages(value, sent, now))
            self.digests[key] = digest
            if self.keep_first:
                self.first[key] = content
        elif self.digests[key] != digest:
            self.differing += 1
            if key in self.first and len(self.differing_examples) < DIFFERING_EXAMPLES:
                self.differing_examples.append(_difference(key, self.first[key], content))
        if self.validate:
            problems = messages.errors("extraction", value)
            if problems:
                self.invalid.append(f"{key}: {problems[0]}")

    def join(self) -> None:
        self.stop.set()
        self._thread.join(10)


class Sampler(threading.Thread):
    """Every SAMPLE_EVERY s: results so far, the group's lag, and CPU/RSS of the workers."""

    def __init__(self, settings: Settings, collector: Collector, pool: subprocess.Popen | None,
                 produced: list[int]) -> None:
        super().__init__(name="sampler", daemon=True)
        self.settings, self.collector, self.pool, self.produced = settings, collector, pool, produced
        self.samples: list[dict[str, Any]] = []
        self.workers: dict[int, dict[str, Any]] = {}
        self.halt = threading.Event()

    def wait_for_commits(self, timeout: float) -> None:
        """Until a lag sample taken from now on is 0 (or could not be read), or `timeout` s."""
        seen, deadline = len(self.samples), time.monotonic() + timeout
        while time.monotonic() < deadline and self.is_alive():
            if any(not sample["lag"] for sample in self.samples[seen:]):
                return
            time.sleep(SAMPLE_EVERY / 2)

    @staticmethod
    def lag(settings: Settings, admin: KafkaAdminClient, ends: KafkaConsumer) -> int | None:
        """Messages of the input topic past the group's committed offsets."""
        try:
            committed = admin.list_group_offsets({settings.app_id: None}).get(settings.app_id, {})
            from .client import _partitions
            parts = _partitions(ends, settings.input_topic)
            end = ends.end_offsets(parts)
            return sum(max(0, end[tp] - (committed[tp].offset if tp in committed and committed[tp].offset >= 0
                                         else 0)) for tp in parts)
        except Exception:
            return None

    def _procs(self) -> list[psutil.Process]:
        if self.pool is None:
            return []
        try:
            return psutil.Process(self.pool.pid).children(recursive=True)
        except psutil.Error:
            return []

    def run(self) -> None:
        admin = KafkaAdminClient(**client_config(self.settings), client_id="diplo-loadtest")
        ends = KafkaConsumer(**client_config(self.settings), group_id=None,
                             enable_auto_commit=False)
        t0 = time.time()
        try:
            while not self.halt.wait(SAMPLE_EVERY):
                sample: dict[str, Any] = {"t": round(time.time() - t0, 3), "produced": self.produced[0],
                                          "received": self.collector.received,
                                          "lag": self.lag(self.settings, admin, ends), "workers": []}
                for proc in self._procs():
                    try:
                        with proc.oneshot():
                            cpu = proc.cpu_times()
                            rss = proc.memory_info().rss / 2**20
                    except psutil.Error:
                        continue
                    w = self.workers.setdefault(proc.pid, {"pid": proc.pid, "rss_mb_max": 0.0})
                    w["rss_mb_max"] = max(w["rss_mb_max"], round(rss, 1))
                    w["cpu_s"] = round(cpu.user + cpu.system, 2)
                    sample["workers"].append({"pid": proc.pid, "cpu_s": w["cpu_s"], "rss_mb": round(rss, 1)})
                self.samples.append(sample)
        finally:
            admin.close()
            ends.close()


@dataclass
class Faults:
    """Faults injected when so many results have come back (`--fault kill@5000`):
    kill   SIGKILL one worker process of the pool (the pool restarts it);
    join   start one more worker in the group (a rebalance while it recovers the table);
    leave  stop (SIGTERM) the worker `join` started;
    broker stop the local Kafka broker and start it again."""
    settings: Settings
    pending: list[tuple[int, str]]
    workdir: Path
    done: list[dict[str, Any]] = field(default_factory=list)
    extra: subprocess.Popen | None = None

    @staticmethod
    def parse(specs: list[str]) -> list[tuple[int, str]]:
        out = []
        for spec in specs:
            action, _, at = spec.partition("@")
            if action not in FAULTS or not at.isdigit():
                raise UserError(f"a fault is ACTION@RESULTS with ACTION one of {', '.join(FAULTS)}: {spec!r}")
            out.append((int(at), action))
        return sorted(out)

    def check(self, received: int, pool: subprocess.Popen | None) -> None:
        while self.pending and received >= self.pending[0][0]:
            at, action = self.pending.pop(0)
            t0 = time.time()
            getattr(self, "_" + action)(pool)
            self.done.append({"action": action, "at_results": received, "at": t0,
                              "seconds": round(time.time() - t0, 2)})

    def _kill(self, pool: subprocess.Popen | None) -> None:
        kids = psutil.Process(pool.pid).children() if pool else []
        if not kids:
            raise RuntimeError("no worker process to kill")
        kids[0].send_signal(signal.SIGKILL)

    def _join(self, pool: subprocess.Popen | None) -> None:
        """Returns once the new worker is in the group (a rebalance has begun)."""
        from .pool import member_settings, spawn
        before = len(_group(self.settings).get("members", ()))
        self.extra = spawn(member_settings(self.settings, 99), self.workdir / "extra-worker.log")
        _wait_for_group(self.settings, before + 1, self.extra, stable=False)

    def _leave(self, pool: subprocess.Popen | None) -> None:
        from .cli import stop_worker
        if self.extra is not None:
            stop_worker(self.extra)
            self.extra = None

    def _broker(self, pool: subprocess.Popen | None) -> None:
        from . import kafka_local
        if not self.settings.local:
            raise RuntimeError("only the local broker can be restarted")
        kafka_local.stop(self.settings)
        kafka_local.start(self.settings)

    def close(self) -> None:
        """Stop a worker `join` started as the pool is stopped (SIGTERM: it
        commits what it did), so the final lag says whether a commit got stuck."""
        self._leave(None)


def _group(settings: Settings) -> dict[str, Any]:
    admin = KafkaAdminClient(**client_config(settings), client_id="diplo-loadtest")
    try:
        return admin.describe_groups([settings.app_id]).get(settings.app_id) or {}
    except KafkaError:
        return {}
    finally:
        admin.close()


def _consecutive_free_ports(n: int) -> int:
    """The first of n consecutive ports nothing listens on now."""
    from .cli import free_port
    for _ in range(100):
        base = free_port()
        socks = [socket.socket() for _ in range(n)]
        try:
            for i, sock in enumerate(socks):
                sock.bind(("127.0.0.1", base + i))
            return base
        except OSError:
            continue
        finally:
            for sock in socks:
                sock.close()
    raise RuntimeError(f"no {n} consecutive free ports for the pool's web servers")


def _wait_for_pool_ready(ports: list[int], partitions: int, proc: subprocess.Popen,
                         timeout: float = READY_TIMEOUT) -> None:
    """Until every member has recovered its tables, none is rebalancing, and together they
    own every input partition (each member's /health/ready).  A stable group is not
    enough: paragraphs sent while a member still recovers can be skipped (web.readiness)."""
    from .web import ask_readiness
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the worker pool exited with {proc.returncode} before it was ready")
        states = [ask_readiness(port) for port in ports]
        owned = {p for state in states if state for p in state.get("partitions", ())}
        if all(state and state.get("recovered") and not state.get("rebalancing") for state in states) \
                and len(owned) == partitions:
            return
        time.sleep(0.2)
    raise RuntimeError(f"the worker pool was not ready in {timeout:.0f}s")


def _wait_for_group(settings: Settings, members: int, proc: subprocess.Popen | None,
                    timeout: float = READY_TIMEOUT, stable: bool = True) -> None:
    """Until the consumer group is stable with `members` members and every
    input partition is assigned: then no paragraph waits for a rebalance.
    With stable=False, until `members` members have joined."""
    admin = KafkaAdminClient(**client_config(settings), client_id="diplo-loadtest")
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"the worker pool exited with {proc.returncode} before it was ready")
            try:
                group = admin.describe_groups([settings.app_id]).get(settings.app_id) or {}
            except KafkaError:      # a fresh broker has no group coordinator yet
                time.sleep(0.5)
                continue
            if not stable and len(group.get("members", ())) >= members:
                return
            assigned = set()
            for m in group.get("members", ()):
                for t in (m.get("member_assignment") or {}).get("assigned_partitions", ()):
                    if t.get("topic") == settings.input_topic:
                        assigned.update(t.get("partitions", ()))
            if (group.get("group_state") == "Stable"
                    and len(group.get("members", ())) >= members and len(assigned) == settings.partitions):
                return
            time.sleep(0.5)
        raise RuntimeError(f"the worker pool did not join group {settings.app_id} in {timeout:.0f}s")
    finally:
        admin.close()


def _produce(settings: Settings, load: list[Paragraph], rate: float | None,
             expected: dict[tuple[str, int], float], produced: list[int], errors: list[str]) -> None:
    """Send the load, pacing it to `rate` paragraphs/s when given.  The same
    producer serves every configuration: it is the load, not the system tested.
    What went wrong lands in `errors` (the thread's exception would only reach stderr)."""
    try:
        _send_load(settings, load, rate, expected, produced)
    except Exception as e:
        errors.append(repr(e))
        raise


def _send_load(settings: Settings, load: list[Paragraph], rate: float | None,
               expected: dict[tuple[str, int], float], produced: list[int]) -> None:
    # librdkafka's producer: the load generator shares the two cores with the
    # workers it measures, and at an offered 1,000 paragraphs/s the load generator
    # spent 0.43-0.57 ms CPU a paragraph with kafka-python's producer against
    # 0.18-0.26 with this one (README, Performance).
    # Idempotent: a retry after a broker restart must not put a paragraph twice
    # into the input topic.  murmur2 is the partitioner of the Java client and
    # of kafka-python (`diplo produce`): a document lands where theirs would.
    prod = confluent_kafka.Producer({**rdkafka_config(settings), "client.id": "diplo-loadtest",
                                     "enable.idempotence": True, "partitioner": "murmur2_random",
                                     "linger.ms": 2, "batch.size": 256 * 1024})
    failures: list[str] = []

    def delivered(error: confluent_kafka.KafkaError | None, _message: Any) -> None:
        if error is not None:
            failures.append(str(error))

    # Connected, with the topic's metadata, before the first paragraph is timed: the
    # load generator's own start-up is not a latency of the system it measures.
    prod.list_topics(settings.input_topic, timeout=30)
    _warm_up(prod, settings, load[0] if load else None)
    t0 = time.monotonic()
    for i, p in enumerate(load):
        if rate:
            wait = t0 + i / rate - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        expected[(p.doc_id, p.index)] = time.time()
        while True:
            try:
                prod.produce(settings.input_topic, key=p.doc_id.encode(), value=p.value, on_delivery=delivered)
                break
            except BufferError:     # librdkafka's queue is full: let it send
                prod.poll(0.05)
        prod.poll(0)                # serves the delivery callbacks
        produced[0] = i + 1
    left = prod.flush(120)
    if failures or left:
        raise RuntimeError(f"{len(failures) + left} paragraphs could not be produced: "
                           f"{failures[0] if failures else 'not delivered within 120 s'}")


def _warm_up(prod: confluent_kafka.Producer, settings: Settings, sample: Paragraph | None) -> None:
    """One paragraph of a document outside the load, delivered before the clock
    starts.  The idempotent producer sends nothing until the broker has given it
    a producer id: the first half second of paragraphs (500 at an offered
    1,000/s) then left together, and their backlog was the run's p99.  The
    workers answer it like any paragraph; the collector counts it as another
    producer's, never as the load's."""
    if sample is None:
        return
    record = orjson.loads(sample.value)
    record.update(doc_id=f"warm-up-{uuid.uuid4().hex[:8]}", paragraph=0)
    prod.produce(settings.input_topic, key=record["doc_id"].encode(), value=orjson.dumps(record))
    if prod.flush(30):
        raise RuntimeError("the load generator could not deliver its warm-up paragraph within 30 s")


def run_once(settings: Settings, load: list[Paragraph], *, rate: float | None,
             processes: int, profile: str, attach: bool, validate: bool, progress: bool,
             idle_timeout: float, label: str, faults: list[tuple[int, str]] = (),
             partitions: int | None = None, warmup: float = 0.0) -> dict[str, Any]:
    """One configuration on the given load; returns its figures and series."""
    workdir = Path(tempfile.mkdtemp(prefix="diplo-load-"))
    if not attach:
        tag = uuid.uuid4().hex[:8]
        settings = replace(settings, input_topic=f"load-{tag}", output_topic=f"load-{tag}-out",
                           dlq_topic=f"load-{tag}-out.dlq", app_id=f"diplo-load-{tag}",
                           data_dir=workdir / "data", profile=profile,
                           partitions=partitions or settings.partitions)
    injector = Faults(settings, list(faults), workdir)
    topics.ensure_topics(settings)
    pool: subprocess.Popen | None = None
    log_path = workdir / "pool.log"
    try:
        if not attach:
            web = _consecutive_free_ports(processes)     # member i serves /health/ready on web + i
            with open(log_path, "wb") as out:
                pool = subprocess.Popen([sys.executable, "-m", "streams", "worker", "--processes", str(processes)],
                                        env=worker_env(replace(settings, web_port=web)), stdout=out,
                                        stderr=subprocess.STDOUT, start_new_session=True)
            _wait_for_group(settings, processes, pool)
            _wait_for_pool_ready([web + i for i in range(processes)], settings.partitions, pool)
        expected: dict[tuple[str, int], float] = {}
        produced = [0]
        collector = Collector(settings, expected, validate=validate, keep_first=bool(faults)).start()
        sampler = Sampler(settings, collector, pool, produced)
        sampler.start()
        t_start = time.time()
        producer_errors: list[str] = []
        producer = threading.Thread(target=_produce, name="producer", daemon=True,
                                    args=(settings, load, rate, expected, produced, producer_errors))
        producer.start()
        wait_ended = _wait_for_results(collector, len(load), producer, pool, idle_timeout, progress, label,
                                       injector)
        producer.join()
        if not attach:
            # A result can come before its offset is committed (a worker that
            # left or joined replays what it had not committed yet): give the
            # running pool the time to commit, so that the final lag below
            # is a commit stuck, not one still to come.
            sampler.wait_for_commits(COMMIT_GRACE)
        sampler.halt.set()
        sampler.join(5)
        collector.join()
    finally:
        injector.close()
        stop_seconds = _stop(pool)
    report = _figures(settings, load, collector, sampler, t_start, rate, None if attach else processes,
                      profile, label, log_path, workdir, warmup)
    report["stop_seconds"] = stop_seconds
    report["wait_ended"] = wait_ended
    report["producer_errors"] = producer_errors
    report["faults"] = [dict(f, at=round(f["at"] - t_start, 2)) for f in injector.done]
    report.update(_leave_broker(settings, attach))
    return report


def _leave_broker(settings: Settings, attach: bool) -> dict[str, Any]:
    """What the group left uncommitted once stopped (final_lag: 0 unless a commit
    got stuck); then a run of its own deletes its topics, read back by now: a
    broker that keeps thousands of throwaway partitions slows down."""
    if attach:
        return {"final_lag": None}
    out: dict[str, Any] = {"final_lag": _committed_lag(settings)}
    try:
        topics.drop_app_topics(settings)
    except KafkaError as exc:
        out["cleanup_error"] = repr(exc)
    return out


def _stages(result: dict, sent: float, arrived: float) -> tuple[float, float, float]:
    """(sent -> the worker took it, the worker's time, its result -> here), from the
    result's own millisecond timestamps (one clock: the workers run on this machine)."""
    try:
        received = datetime.fromisoformat(result["received_at"]).timestamp()
        processed = datetime.fromisoformat(result["processed_at"]).timestamp()
    except (KeyError, TypeError, ValueError):
        return (float("nan"),) * 3
    return received - sent, processed - received, arrived - processed


def stage_figures(stages: list[tuple[float, float, float]], latencies: list[float]) -> dict[str, Any]:
    """Percentiles of each latency stage, and their means over the slowest 1 %:
    which stage the tail is made of."""
    names = ("to_worker", "in_worker", "to_reader")
    known = [(lat, st) for lat, st in zip(latencies, stages) if st[0] == st[0]]   # NaN: no timestamps
    if not known:
        return {}
    figures: dict[str, Any] = {}
    for i, name in enumerate(names):
        ordered = sorted(st[i] for _, st in known)
        figures[name] = {f"p{q}_ms": round(_percentile(ordered, q) * 1000, 1) for q in (50, 99)}
    tail = sorted(known, key=lambda pair: pair[0])[-max(1, len(known) // 100):]
    figures["slowest_1pct_mean_ms"] = {name: round(sum(st[i] for _, st in tail) / len(tail) * 1000, 1)
                                       for i, name in enumerate(names)}
    return figures


def steady_figures(arrivals: list[tuple[float, float]], warmup: float) -> dict[str, Any] | None:
    """Latency percentiles of the paragraphs sent after the run's first `warmup` seconds.

    A pool that has just joined its group fetches slowly for its first second
    (README, Performance: a third of the slowest 1 % at 1,000/s were sent then);
    these figures tell the steady state apart.  `p50_ms`..`max_ms` of the report
    keep every paragraph."""
    if not arrivals or warmup <= 0:
        return None
    sent = [(at - lat, lat) for at, lat in arrivals]
    start = min(s for s, _ in sent) + warmup
    kept = sorted(lat for s, lat in sent if s >= start)
    if not kept:
        return None
    return {"warmup_s": warmup, "paragraphs": len(kept), **latency_figures(kept)}


def latency_figures(ordered: list[float]) -> dict[str, float | None]:
    """p50, p95, p99 and max in ms of latencies in seconds, sorted (None where there are none)."""
    return {**{f"p{q}_ms": (round(v * 1000, 2) if (v := _percentile(ordered, q)) is not None else None)
               for q in (50, 95, 99)},
            "max_ms": round(ordered[-1] * 1000, 2) if ordered else None}


def _live_reader(settings: Settings) -> confluent_kafka.Consumer:
    """The collector's consumer (librdkafka), assigned to every partition of the
    output and dead-letter topics from where they end now: ends read before the
    load starts, so no result can come before the reader's start."""
    isolation = "read_committed" if settings.guarantee == "exactly_once" else "read_uncommitted"
    # A group id is required by the client; it never joins (assign) nor commits.
    consumer = confluent_kafka.Consumer({
        **rdkafka_config(settings), "group.id": f"diplo-loadtest-{uuid.uuid4().hex[:8]}",
        "client.id": "diplo-loadtest", "enable.auto.commit": False, "isolation.level": isolation,
        "fetch.min.bytes": READ_MIN_BYTES, "fetch.wait.max.ms": READ_WAIT_MS})
    parts = []
    for name in (settings.output_topic, settings.dlq_topic):
        meta = consumer.list_topics(name, timeout=30).topics[name]
        if meta.error is not None:
            raise UserError(f"cannot read {name}: {meta.error}")
        for number in sorted(meta.partitions):
            tp = confluent_kafka.TopicPartition(name, number)
            _, end = consumer.get_watermark_offsets(tp, timeout=30)
            parts.append(confluent_kafka.TopicPartition(name, number, end))
    consumer.assign(parts)
    return consumer


def _results_reader(settings: Settings, **config: Any) -> tuple[KafkaConsumer, list]:
    """A consumer of no group assigned to every partition of the output and
    dead-letter topics, and those partitions.  Under exactly-once only committed
    transactions count (as for any consumer of it)."""
    from .client import _partitions
    isolation = "read_committed" if settings.guarantee == "exactly_once" else "read_uncommitted"
    consumer = KafkaConsumer(**client_config(settings), group_id=None, enable_auto_commit=False,
                             isolation_level=isolation, **config)
    parts = [tp for t in (settings.output_topic, settings.dlq_topic) for tp in _partitions(consumer, t)]
    consumer.assign(parts)
    return consumer, parts


def _dead_letter_key(letter: dict) -> tuple[str, int] | None:
    """(doc_id, paragraph) of the paragraph a dead letter carries, None when it is not readable."""
    try:
        rec = orjson.loads(base64.b64decode(letter.get("value_b64", "")))
        return rec.get("doc_id"), rec.get("paragraph")
    except Exception:
        return None


def _read_back(settings: Settings, keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Which of `keys` the output and dead-letter topics hold, read from their start."""
    consumer, parts = _results_reader(settings)
    found: set[tuple[str, int]] = set()
    try:
        consumer.seek_to_beginning(*parts)
        ends = consumer.end_offsets(parts)
        while any(consumer.position(tp) < end for tp, end in ends.items()):
            for records in consumer.poll(timeout_ms=500).values():
                for rec in records:
                    value = orjson.loads(rec.value)
                    if rec.topic == settings.dlq_topic:
                        key = _dead_letter_key(value)
                    else:
                        key = (value.get("doc_id"), value.get("paragraph"))
                    if key in keys:
                        found.add(key)
    finally:
        consumer.close()
    return found


def _stop(pool: subprocess.Popen | None) -> float | None:
    """SIGTERM the pool; how long it took to exit (None: it was not running)."""
    from .cli import stop_worker
    if pool is None or pool.poll() is not None:
        return None
    t0 = time.monotonic()
    stop_worker(pool, timeout=60)
    return round(time.monotonic() - t0, 2)


def _committed_lag(settings: Settings) -> int | None:
    admin = KafkaAdminClient(**client_config(settings), client_id="diplo-loadtest")
    ends = KafkaConsumer(**client_config(settings), group_id=None, enable_auto_commit=False)
    try:
        return Sampler.lag(settings, admin, ends)
    finally:
        admin.close()
        ends.close()


def _wait_for_results(collector: Collector, total: int, producer: threading.Thread,
                      pool: subprocess.Popen | None, idle_timeout: float, progress: bool, label: str,
                      faults: Faults) -> str:
    """Until every result is in; says why the wait ended: "complete", "idle"
    (nothing new for idle_timeout once the producer was done) or "pool exited"."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn(f"[bold]{label}[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, disable=not progress, transient=False) as bar:
        task = bar.add_task(label, total=total)
        last, last_change = -1, time.monotonic()
        while collector.received < total:
            faults.check(collector.received, pool)
            now = time.monotonic()
            got = collector.received
            if got != last or producer.is_alive():
                last, last_change = got, now
            elif now - last_change > idle_timeout:
                return "idle"       # nothing new for a while, the producer is done: the rest is lost
            if pool is not None and pool.poll() is not None:
                return f"pool exited ({pool.returncode})"
            bar.update(task, completed=got)
            time.sleep(0.1)
        bar.update(task, completed=collector.received)
    return "complete"


def _answered(settings: Settings, load: list[Paragraph], collector: Collector) -> tuple[set, int]:
    """The paragraphs with a result or a dead letter, and how many of them the
    live reader missed (the topics, read back from their start, decide)."""
    dead_keys = {key for key in map(_dead_letter_key, collector.dead) if key is not None}
    answered = set(collector.counts) | dead_keys
    missing = {(p.doc_id, p.index) for p in load} - answered
    found = _read_back(settings, missing) if missing else set()
    return answered | found, len(found)


def _figures(settings: Settings, load: list[Paragraph], collector: Collector, sampler: Sampler, t_start: float,
             rate: float | None, processes: int, profile: str, label: str, log_path: Path,
             workdir: Path, warmup: float = 0.0) -> dict[str, Any]:
    arrivals = sorted(collector.arrivals)
    latencies = sorted(lat for _, lat in arrivals)
    stages = stage_figures(collector.stages, [lat for _, lat in collector.arrivals])
    words = sum(p.words for p in load)
    answered, reader_missed = _answered(settings, load, collector)
    lost = sum(1 for p in load if (p.doc_id, p.index) not in answered)
    duplicates = sum(n - 1 for n in collector.counts.values())
    elapsed = (arrivals[-1][0] - t_start) if arrivals else None
    per_second: dict[int, int] = {}
    lat_by_second: dict[int, list[float]] = {}
    for at, lat in arrivals:
        s = int(at - t_start)
        per_second[s] = per_second.get(s, 0) + 1
        lat_by_second.setdefault(s, []).append(lat)
    rss = [w["rss_mb_max"] for w in sampler.workers.values()]
    pool_log = log_path.read_text(errors="replace") if log_path.exists() else ""
    report = {
        "label": label, "profile": profile, "processes": processes, "partitions": settings.partitions,
        "paragraphs": len(load), "words": words, "offered_rate": rate,
        "received": len(collector.counts), "dead_letters": len(collector.dead),
        "dead_letter_reasons": dict(Counter(d.get("reason") for d in collector.dead)),
        "lost": lost, "duplicates": duplicates, "duplicates_differing": collector.differing,
        "differing_examples": collector.differing_examples,
        "invalid": len(collector.invalid),
        "invalid_examples": collector.invalid[:5],
        "reader_errors": collector.errors[:5], "reader_missed": reader_missed,
        "seconds": round(elapsed, 3) if elapsed else None,
        "throughput_per_s": round(len(arrivals) / elapsed, 1) if elapsed else 0.0,
        "words_per_s": round(words * len(arrivals) / len(load) / elapsed, 1) if elapsed else 0.0,
        **latency_figures(latencies),
        "steady": steady_figures(collector.arrivals, warmup),
        "latency_stages": stages,
        "rss_mb_max": max(rss) if rss else None,
        "workers": sorted(sampler.workers.values(), key=lambda w: w["pid"]),
        "restarts_logged": pool_log.count("restarting in"),
        "series": {
            "throughput": [[s, per_second[s]] for s in sorted(per_second)],
            "latency_p50_p99_ms": [[s, round(_percentile(sorted(v), 50) * 1000, 2),
                                    round(_percentile(sorted(v), 99) * 1000, 2)]
                                   for s, v in sorted(lat_by_second.items())],
            "samples": sampler.samples,
        },
    }
    if lost or collector.invalid:
        report["pool_log_tail"] = pool_log[-LOG_TAIL:]
        extra_log = workdir / "extra-worker.log"
        if extra_log.exists():
            report["extra_worker_log_tail"] = extra_log.read_text(errors="replace")[-LOG_TAIL:]
        report["lost_examples"] = [[p.doc_id, p.index] for p in load if (p.doc_id, p.index) not in answered][:10]
        report["duplicate_examples"] = [list(k) for k, n in collector.counts.items() if n > 1][:10]
    shutil.rmtree(workdir, ignore_errors=True)
    return report


def chart(reports: list[dict[str, Any]], path: Path) -> Path | None:
    """Throughput, lag and latency over time, one line per configuration."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    fig, axes = plt.subplots(3, 1, figsize=(9, 9), sharex=True)
    for r in reports:
        name = f"{r['label']} ({r['processes']} proc.)"
        series = r["series"]
        axes[0].plot([s for s, _ in series["throughput"]], [n for _, n in series["throughput"]], label=name)
        lag = [(s["t"], s["lag"]) for s in series["samples"] if s["lag"] is not None]
        axes[1].plot([t for t, _ in lag], [v for _, v in lag], label=name)
        lat = series["latency_p50_p99_ms"]
        axes[2].plot([s for s, *_ in lat], [p99 for *_, p99 in lat], label=f"{name} p99")
        axes[2].plot([s for s, *_ in lat], [p50 for _, p50, _ in lat], linestyle="--", label=f"{name} p50")
    axes[0].set_ylabel("results / s")
    axes[1].set_ylabel("consumer lag (msgs)")
    axes[2].set_ylabel("latency (ms)")
    axes[2].set_yscale("log")
    axes[2].set_xlabel("seconds since the first paragraph was sent")
    for ax in axes:
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("diplo loadtest")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


SUMMARY_KEYS = ("paragraphs", "throughput_per_s", "words_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms",
                "lost", "duplicates", "duplicates_differing", "dead_letters", "invalid", "rss_mb_max",
                "processes", "seconds", "faults", "stop_seconds", "final_lag", "wait_ended", "steady")


def main(settings: Settings, files: list[str], *, paragraphs: int, rate: float | None, processes: int,
         baseline: bool, attach: bool, as_json: bool, report_dir: str | None, validate: bool,
         faults: list[str] = (), idle_timeout: float = 60.0, warmup: float = 2.0) -> int:
    run_id = uuid.uuid4().hex[:6]
    load = replay(files, paragraphs, run_id)
    progress = not as_json and sys.stderr.isatty()
    configs = [("tuned", processes, "tuned")]
    if baseline:
        configs.append(("naive", 1, "naive"))
    reports = []
    for label, procs, profile in configs:
        # Each configuration gets its own copy ids, so no result is mistaken for another run's.
        this_load = load if label == "tuned" else replay(files, paragraphs, run_id + "b")
        reports.append(run_once(settings, this_load, rate=rate, processes=procs, profile=profile,
                                attach=attach, validate=validate, progress=progress,
                                idle_timeout=idle_timeout, label=label, warmup=warmup,
                                faults=Faults.parse(faults) if label == "tuned" else ()))
    summary = {k: reports[0][k] for k in SUMMARY_KEYS}
    summary["offered_rate"] = rate
    if baseline:
        base = reports[1]["throughput_per_s"]
        summary["baseline_throughput_per_s"] = base
        summary["baseline_ratio"] = round(reports[0]["throughput_per_s"] / base, 2) if base else None
        summary["baseline"] = {k: reports[1][k] for k in SUMMARY_KEYS}
    if report_dir:
        out = Path(report_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / "loadtest.json").write_bytes(orjson.dumps({"summary": summary, "runs": reports},
                                                         option=orjson.OPT_INDENT_2))
        png = chart(reports, out / "loadtest.png")
        summary["report"] = str(out / "loadtest.json")
        summary["chart"] = str(png) if png else None
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(summary) + b"\n")
    else:
        _print(summary, reports)
    complete = all(r["lost"] == 0 and r["invalid"] == 0 and r["duplicates_differing"] == 0 for r in reports)
    return 0 if complete else 1


def _print(summary: dict[str, Any], reports: list[dict[str, Any]]) -> None:
    for r in reports:
        print(f"{r['label']:>6}: {r['paragraphs']} paragraphs, {r['processes']} process(es), "
              f"{r['throughput_per_s']:,.0f} paragraphs/s ({r['words_per_s']:,.0f} words/s); latency "
              f"p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms; "
              f"lost {r['lost']}, duplicates {r['duplicates']}, dead letters {r['dead_letters']}; "
              f"worker RSS max {r['rss_mb_max']} MB")
        if steady := r.get("steady"):
            print(f"        after the first {steady['warmup_s']:g} s ({steady['paragraphs']} paragraphs): latency "
                  f"p50 {steady['p50_ms']} ms, p95 {steady['p95_ms']} ms, p99 {steady['p99_ms']} ms, "
                  f"max {steady['max_ms']} ms")
        if stages := r.get("latency_stages"):
            print("        latency by stage (p50 / p99 ms): " + ", ".join(
                f"{name.replace('_', ' ')} {stages[name]['p50_ms']} / {stages[name]['p99_ms']}"
                for name in ("to_worker", "in_worker", "to_reader"))
                + "; slowest 1 % (mean ms): " + ", ".join(
                f"{name.replace('_', ' ')} {ms}" for name, ms in stages["slowest_1pct_mean_ms"].items()))
    if "baseline_ratio" in summary:
        print(f"tuned / naive throughput: {summary['baseline_ratio']}")
    if summary.get("report"):
        print(f"report: {summary['report']}  chart: {summary.get('chart')}")
