"""CPU time per paragraph of ONE real worker process, flat out, for comparing two configurations.

    .venv/bin/python tests/tools/worker_cpu.py [--paragraphs N] [--tree DIR] [DIPLO_X=value ...]

The load test's figures mix the workers, the broker and the load generator on
the same two cores, and a run's worker CPU a paragraph varies by a fifth
between runs of the same code.  Here the N seed paragraphs are produced first
(fresh topics, nothing else running meanwhile), then one `python -m streams
worker` (cwd DIR, the checkout measured; extra DIPLO_* settings from the
arguments) pinned to core 1 consumes them, while the broker and this script
are pinned to core 0.  The figure is the worker's user+system CPU from its
first result to its last, over the paragraphs in between: the stream's whole
cost (fetch, decode, extract, publish, table writes, commits).  Alternate the
two configurations in one session: the figure still varies a few per cent.

`--rate R` measures a paced worker instead: it is started first and answers
one paragraph, then the N paragraphs are sent at R a second while it runs,
so its batches hold the one or two paragraphs that came meanwhile, as in a
load test at an offered rate (a pool of two at 1,000/s: about 500 each).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import confluent_kafka  # noqa: E402

from streams import loadtest, topics  # noqa: E402
from streams.connection import rdkafka_config  # noqa: E402
from streams.settings import resolve, to_environ  # noqa: E402


def _pin_broker(cores: str) -> None:
    for pid in subprocess.run(["pgrep", "-f", "kafka.Kafka"], capture_output=True, text=True).stdout.split():
        subprocess.run(["taskset", "-a", "-p", "-c", cores, pid], capture_output=True)


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(tree: Path, paragraphs: int, extra: dict[str, str], rate: float | None = None) -> dict:
    run = uuid.uuid4().hex[:8]
    settings = resolve({"input_topic": f"cpu-in-{run}", "output_topic": f"cpu-out-{run}",
                        "dlq_topic": f"cpu-dlq-{run}", "app_id": f"cpu-{run}",
                        "data_dir": Path(f"/tmp/diplo-worker-cpu/{run}")})
    settings.data_dir.mkdir(parents=True)
    topics.ensure_topics(settings)
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    load = loadtest.replay(seeds, paragraphs, run)
    if rate is None:
        loadtest._send_load(settings, load, None, {}, [0])
    worker = subprocess.Popen(["taskset", "-c", "1", sys.executable, "-m", "streams", "worker"], cwd=tree,
                              env={**os.environ, **to_environ(settings), **extra},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reader = confluent_kafka.Consumer({**rdkafka_config(settings), "group.id": f"count-{run}",
                                       "auto.offset.reset": "earliest", "enable.auto.commit": False})
    reader.subscribe([settings.output_topic])
    seen, start = 0, None
    deadline = time.monotonic() + 900
    try:
        if rate is not None:
            _paced_after_first_answer(settings, load, rate, reader, worker)
        while seen < paragraphs and worker.poll() is None and time.monotonic() < deadline:
            got = sum(1 for m in reader.consume(1000, 0.2) if not m.error())
            if got and start is None:
                start = (_cpu_s(worker.pid), time.monotonic(), got)
            seen += got
        end = (_cpu_s(worker.pid), time.monotonic())
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(60)
        reader.close()
        topics.drop_app_topics(settings)    # hundreds of leftover runs' topics slowed the broker
    if start is None or seen < paragraphs:
        raise SystemExit(f"the worker answered {seen} of {paragraphs} paragraphs")
    counted = seen - start[2]
    cpu_ms = (end[0] - start[0]) / counted * 1000
    return {"settings": extra, "paragraphs": seen, "cpu_ms_per_paragraph": round(cpu_ms, 3),
            "paragraphs_per_s": round(counted / (end[1] - start[1]))}


def _paced_after_first_answer(settings, load, rate: float, reader, worker) -> None:
    """Send the load at `rate` from a thread, once the worker has answered its
    first paragraph (sent with the sender's warm-up paragraph; neither is counted)."""
    sender = threading.Thread(target=loadtest._send_load, args=(settings, load[:1], None, {}, [0]))
    sender.start()
    sender.join()
    deadline = time.monotonic() + 300
    while worker.poll() is None and time.monotonic() < deadline:
        if sum(1 for m in reader.consume(10, 0.2) if not m.error()):
            break
    threading.Thread(target=loadtest._send_load, args=(settings, load[1:], rate, {}, [0]), daemon=True).start()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=10_000)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose worker runs")
    parser.add_argument("--rate", type=float, help="send at this rate while the worker runs (default: all first)")
    parser.add_argument("settings", nargs="*", metavar="DIPLO_X=value")
    args = parser.parse_args()
    extra = dict(s.split("=", 1) for s in args.settings)
    os.sched_setaffinity(0, {0})
    _pin_broker("0")
    try:
        print(measure(args.tree, args.paragraphs, extra, args.rate))
    finally:
        _pin_broker("0-1")


if __name__ == "__main__":
    main()
