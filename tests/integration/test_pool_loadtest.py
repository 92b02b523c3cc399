"""The worker pool and the load test, against the real broker with real worker processes.

Completeness only: speed is what `diplo loadtest` reports, never asserted here.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import orjson
import psutil
import pytest

from kafka import KafkaAdminClient

from streams.cli import main as diplo
from streams.connection import client_config
from streams.pool import worker_env

pytestmark = pytest.mark.integration


def test_loadtest_small_pool_every_paragraph_back_once(isolated, monkeypatch, tmp_path, capsysbinary):
    monkeypatch.setenv("DIPLO_BOOTSTRAP", isolated.bootstrap_servers)
    monkeypatch.setenv("DIPLO_PARTITIONS", str(isolated.partitions))
    report = tmp_path / "report"
    before = _topics(isolated)
    code = diplo(["loadtest", "--paragraphs", "3000", "--processes", "2", "--validate", "--json",
                  "--report", str(report)])
    summary = orjson.loads(capsysbinary.readouterr().out.splitlines()[-1])
    assert code == 0, summary
    assert summary["paragraphs"] == 3000
    assert summary["lost"] == 0 and summary["duplicates"] == 0 and summary["invalid"] == 0
    assert summary["dead_letters"] == 0
    assert summary["throughput_per_s"] > 0 and summary["p50_ms"] <= summary["p99_ms"]
    full = orjson.loads((report / "loadtest.json").read_bytes())
    run = full["runs"][0]
    assert run["received"] == 3000 and run["processes"] == 2
    # Both pool processes were seen working, each with its own memory figure.
    assert len(run["workers"]) == 2 and all(w["rss_mb_max"] > 0 for w in run["workers"])
    # The latency split by stage, read from the results' own timestamps.
    assert set(run["latency_stages"]) == {"to_worker", "in_worker", "to_reader", "slowest_1pct_mean_ms"}
    assert run["latency_stages"]["in_worker"]["p50_ms"] >= 0
    assert (report / "loadtest.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The run's own topics (input, output, dead letters, the table's changelog) are gone.
    # (A deletion reaches the broker's metadata a moment after it is answered.)
    deadline = time.monotonic() + 15
    while _topics(isolated) - before and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _topics(isolated) - before == set() and "cleanup_error" not in run


def _topics(settings) -> set[str]:
    admin = KafkaAdminClient(**client_config(settings), client_id="test")
    try:
        return set(admin.list_topics())
    finally:
        admin.close()


def _children(pid: int, want: int, timeout: float = 30) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = psutil.Process(pid).children()
        if len(kids) == want:
            return kids
        time.sleep(0.2)
    raise AssertionError(f"expected {want} worker processes")


def test_pool_restarts_a_killed_worker_and_stops_cleanly(isolated, tmp_path):
    log = tmp_path / "pool.log"
    with open(log, "wb") as out:
        pool = subprocess.Popen([sys.executable, "-m", "streams", "worker", "--processes", "2"],
                                env=worker_env(isolated), stdout=out, stderr=subprocess.STDOUT)
    try:
        first = _children(pool.pid, 2)
        data_dirs = {p.environ()["DIPLO_DATA_DIR"] for p in first}
        assert len(data_dirs) == 2                      # each process has its own local state
        victim = first[0]
        victim.send_signal(signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            kids = [p for p in psutil.Process(pool.pid).children() if p.is_running()
                    and p.status() != psutil.STATUS_ZOMBIE]
            if len(kids) == 2 and victim.pid not in {p.pid for p in kids}:
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the killed worker was not restarted:\n" + log.read_text())
        assert "exited with code -9" in log.read_text() and "restarting in" in log.read_text()
        survivors = psutil.Process(pool.pid).children()
        pool.send_signal(signal.SIGTERM)
        assert pool.wait(40) == 0
        gone, alive = psutil.wait_procs(survivors, timeout=5)
        assert not alive
    finally:
        if pool.poll() is None:
            pool.kill()
