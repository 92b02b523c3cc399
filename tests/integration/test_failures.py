"""Nothing lost under failures: a worker killed, workers joining and leaving,
the broker restarted, all in the middle of a load through real worker
processes and a real broker (`diplo loadtest --fault ...`).  At-least-once:
duplicates may come, but each is identical to the first copy (same ids and
content, timestamps aside)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from streams.cli import free_ports
from streams import kafka_local
from streams.inputs import seed_files
from streams.loadtest import Faults, replay, run_once
pytestmark = pytest.mark.integration

SEEDS = seed_files(Path(__file__).resolve().parents[2] / "seeds")


def _load(settings, paragraphs: int, *, processes: int, faults: list[str], rate: float | None = None,
          guarantee: str = "at_least_once"):
    settings = replace(settings, guarantee=guarantee)
    report = run_once(settings, replay(SEEDS, paragraphs, "t"), rate=rate, processes=processes,
                      profile="tuned", attach=False, validate=False, progress=False, idle_timeout=90,
                      label="fault", faults=Faults.parse(faults))
    # Every fault injected, or the test did not test what it says.
    assert [f["action"] for f in report["faults"]] == [f.partition("@")[0] for f in faults], _detail(report)
    return report


def _detail(report) -> str:
    # A string, not a dict: pytest shortens a dict message to one line, and a
    # CI run's failure must carry the whole pool log tail to be traced.
    return json.dumps({k: report.get(k) for k in ("wait_ended", "received", "lost", "lost_examples", "reader_missed",
                                       "reader_errors", "producer_errors", "duplicates", "duplicates_differing",
                                       "differing_examples",
                                       "dead_letter_reasons", "final_lag", "faults", "pool_log_tail",
                                       "extra_worker_log_tail")}, indent=1, default=str)


def _complete(report) -> None:
    detail = _detail(report)
    assert report["lost"] == 0, detail
    assert report["duplicates_differing"] == 0, detail
    assert report["dead_letters"] == 0, detail
    assert report["final_lag"] == 0, detail      # no commit left stuck once the pool stopped


def test_a_worker_killed_mid_load_loses_nothing(kafka_settings):
    report = _load(kafka_settings, 20000, processes=2, faults=["kill@6000"])
    _complete(report)
    assert report["restarts_logged"] == 1                     # the pool brought it back
    # SIGTERM: the batch in flight finished, committed and exited in time.
    assert report["stop_seconds"] is not None and report["stop_seconds"] <= 10


@pytest.mark.xfail(strict=False, reason=(
    "known, not fixed: faust-streaming 0.15.3's exactly_once after a killed worker repeats results "
    "(3,442 of 20,000) and in some runs stalls (a CI run of 2026-12-05: 10,162 of 20,000 results not seen "
    "by a read_committed reader within 90 s); see the README's Reliability section"))
def test_exactly_once_a_killed_worker_neither_loses_nor_repeats(kafka_settings):
    """Results, dead letters, context writes and input offsets commit in one
    transaction: a read_committed consumer sees every paragraph once."""
    report = _load(kafka_settings, 20000, processes=2, faults=["kill@6000"], guarantee="exactly_once")
    _complete(report)
    if report["duplicates"]:
        # Seen on 2026-12-05: 3,442 of 20,000 results twice (all identical) for a
        # read_committed reader after the kill.  faust-streaming 0.15.3's
        # transactions do not keep their promise here (upstream has not tested
        # exactly_once against Kafka 4.x); not fixed yet.  Nothing is lost.
        pytest.xfail(f"exactly_once repeated {report['duplicates']} results after a worker was killed")


def test_workers_joining_and_leaving_under_load_lose_nothing(kafka_settings):
    # Paced (40 s), so that the load is still running while workers come and
    # go: a joining worker needs its start-up and a rebalance before it counts.
    # Before streams/faust_fixes.py's no-skip and stale-ack fixes this lost the
    # paragraphs produced while the group rebalanced (62 of 9,000 in a CI run,
    # 87 of 6,000 in a run here) or left a commit stuck.
    report = _load(kafka_settings, 12000, processes=1, rate=300,
                   faults=["join@1000", "leave@4000", "join@6500"])
    _complete(report)


def test_broker_restarted_mid_load_loses_nothing(kafka_settings):
    # A broker of its own: the session's broker serves the other tests.
    port, cport = free_ports(2)
    settings = replace(kafka_settings, bootstrap="", kafka_port=port, controller_port=cport)
    kafka_local.start(settings)
    try:
        report = _load(settings, 6000, processes=1, rate=300, faults=["broker@1500"])
        _complete(report)
    finally:
        kafka_local.stop(settings, timeout=10)
        shutil.rmtree(kafka_local.run_dir(settings), ignore_errors=True)
