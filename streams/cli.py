"""The `diplo` command.  main(argv) does the work and is what tests call;
entrypoint() reads sys.argv and is what the console script points at.
Subcommands only wire modules together."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson

from .settings import Settings, environment_variables, resolve

def seeds_dir() -> Path:
    """seeds/ of the working directory (a checkout, the Docker image), else of the checkout
    this package was installed from."""
    here = Path.cwd() / "seeds"
    return here if here.is_dir() else Path(__file__).resolve().parents[1] / "seeds"


def _settings(args: argparse.Namespace) -> Settings:
    return resolve({"bootstrap": getattr(args, "bootstrap", None),
                    "partitions": getattr(args, "partitions", None)})


def _emit(obj: dict) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")


# -- kafka ----------------------------------------------------------------
def cmd_kafka(args: argparse.Namespace) -> int:
    from . import kafka_local

    settings = _settings(args)
    if args.action == "fetch":
        print(kafka_local.fetch(settings))
        return 0
    if args.action == "status":
        st = kafka_local.status(settings) if settings.local else {
            "external": settings.bootstrap, "answers": _answers(settings)}
        _emit(st)
        return 0 if st.get("answers") else 1
    if not settings.local:
        print(f"an external Kafka is configured ({settings.bootstrap}): nothing to {args.action}",
              file=sys.stderr)
        return 0
    if args.action == "start":
        t0 = time.monotonic()
        st = kafka_local.start(settings)
        st["seconds"] = round(time.monotonic() - t0, 2)
        _emit(st)
        return 0
    stopped = kafka_local.stop(settings)
    print("stopped" if stopped else "not running")
    return 0


def _answers(settings: Settings) -> bool:
    from . import kafka_local
    try:
        kafka_local.wait_ready(settings.bootstrap_servers, 5)
        return True
    except kafka_local.KafkaLocalError:
        return False


# -- extract (offline) ----------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from . import inputs
    from .agents import process

    from .extract import Extractor

    extractor = Extractor()
    contexts: dict[str, dict] = {}
    for record, raw, problem in inputs.read(args.files, args.lang, args.published):
        if problem is not None:
            _emit(problem)
            continue
        result, ctx, failure = process(raw, contexts.get, extractor)
        if failure is not None:
            from .messages import dead_letter
            _emit(dead_letter(raw, failure["reason"], failure["error"]))
            continue
        contexts[result["doc_id"]] = ctx
        _emit(result)
    return 0


# -- produce / consume / worker -------------------------------------------------
def _messages(files: list[str], lang: str | None, published: str | None):
    from . import inputs
    for record, raw, _ in inputs.read(files, lang, published):
        # Bad lines go out as they are: the worker's dead-letter topic is where
        # they are judged, as for any producer.
        key = record["doc_id"].encode() if record else None
        yield key, raw


def cmd_produce(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from . import client, topics

    settings = _settings(args)
    topics.ensure_topics(settings)
    messages = list(_messages(args.files, args.lang, args.published))
    with Progress(transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task(f"producing to {settings.input_topic}", total=len(messages))
        sent = client.publish(settings, messages, on_sent=lambda: progress.advance(task))
    print(f"produced {sent} messages to {settings.input_topic}", file=sys.stderr)
    return 0


def cmd_consume(args: argparse.Namespace) -> int:
    from . import client
    from .render import print_results

    settings = _settings(args)
    topic = {"output": settings.output_topic, "dlq": settings.dlq_topic,
             "input": settings.input_topic}[args.topic]
    results = []
    try:
        for _, value in client.read(settings, topic, follow=args.follow, idle=args.idle):
            if args.format == "jsonl":
                _emit(value)
                sys.stdout.flush()
            else:
                results.append(value)
    except KeyboardInterrupt:
        pass
    if args.format == "table":
        print_results([r for r in results if "events" in r])
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from . import worker

    settings = _settings(args)
    worker.run(settings)
    return 0


# -- demo -------------------------------------------------------------------------
def _worker_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["DIPLO_BOOTSTRAP"] = settings.bootstrap_servers
    env["DIPLO_PARTITIONS"] = str(settings.partitions)
    for field in ("input_topic", "output_topic", "dlq_topic", "app_id", "data_dir", "log_level"):
        env["DIPLO_" + field.upper()] = str(getattr(settings, field))
    return env


def start_worker(settings: Settings, log_path: Path | None = None) -> subprocess.Popen:
    """A real worker process (the same `diplo worker` a user runs)."""
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "streams", "worker"], env=_worker_env(settings),
                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop_worker(proc: subprocess.Popen, timeout: float = 30) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def wait_for(path: Path, proc: subprocess.Popen, timeout: float) -> None:
    """Until the worker announces it is ready (owns partitions, table recovered)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            raise SystemExit(f"demo: the worker exited with {proc.returncode} before it was ready")
        if time.monotonic() > deadline:
            raise SystemExit("demo: the worker did not become ready in time")
        time.sleep(0.1)


def cmd_demo(args: argparse.Namespace) -> int:
    from . import client, inputs, kafka_local, topics, worker
    from .render import print_results

    settings = _settings(args)
    files = args.files or inputs.seed_files(seeds_dir())
    if not files:
        print("no seed files found", file=sys.stderr)
        return 2
    records = [r for r, _, p in inputs.read(files, args.lang, None) if r is not None]
    expected = {(r["doc_id"], r["paragraph"]) for r in records}
    print(f"demo: {len(records)} paragraphs from {len(files)} file(s); "
          f"Kafka at {settings.bootstrap_servers} ({'local' if settings.local else 'external'})",
          file=sys.stderr)
    with kafka_local.ensure_running(settings):
        topics.ensure_topics(settings)
        start = client.end_offsets(settings, settings.output_topic)
        log_path = Path(settings.data_dir) / "demo-worker.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        ready = worker.ready_file(settings)
        ready.unlink(missing_ok=True)
        proc = start_worker(settings, log_path)
        try:
            wait_for(ready, proc, timeout=args.timeout)
            client.publish(settings, ((r["doc_id"].encode(), orjson.dumps(r)) for r in records))
            got: dict[tuple[str, int], dict] = {}

            def done(value: dict) -> bool:
                key = (value.get("doc_id"), value.get("paragraph"))
                if key in expected:
                    got[key] = value
                return len(got) == len(expected)

            deadline = time.monotonic() + args.timeout
            for _ in client.read(settings, settings.output_topic, start=start, follow=True,
                                 until=done, deadline=deadline, alive=lambda: proc.poll() is None):
                pass
        finally:
            code = stop_worker(proc)
    results = [got[k] for k in sorted(got, key=lambda k: (k[0], k[1]))]
    if args.format == "jsonl":
        for r in results:
            _emit(r)
    else:
        print_results(results)
    missing = expected - set(got)
    print(f"demo: {len(got)}/{len(expected)} paragraphs came back; "
          f"{sum(len(r['events']) for r in results)} events, "
          f"{sum(len(r['quotes']) for r in results)} quotes (worker exit {code})", file=sys.stderr)
    if missing:
        print(f"demo: missing {sorted(missing)[:10]}; worker log: {log_path}", file=sys.stderr)
        return 1
    return 0


# -- eval / bench -----------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from . import evaluate
    return evaluate.main(args.files, as_json=args.json, show_errors=args.errors)


def cmd_bench(args: argparse.Namespace) -> int:
    from . import bench
    return bench.main(args.files or inputs_seed(), repeat=args.repeat, seconds=args.seconds, as_json=args.json)


def inputs_seed() -> list[str]:
    from . import inputs
    return inputs.seed_files(seeds_dir())


# -- parser -----------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diplo", description="Diplomatic events and attributed quotes from news paragraphs, on Kafka.",
        epilog="Environment: " + ", ".join(environment_variables()))
    sub = p.add_subparsers(dest="command", required=True)

    def with_kafka(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--bootstrap", help="use this Kafka cluster (DIPLO_BOOTSTRAP); "
                        "default: the local broker `diplo kafka start` runs")
        sp.add_argument("--partitions", type=int, help="partitions of created topics (DIPLO_PARTITIONS)")
        return sp

    def with_input(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--lang", choices=["id", "en"], help="language of .txt input (default id)")
        sp.add_argument("--published", help="publication date YYYY-MM-DD for .txt input")
        return sp

    k = with_kafka(sub.add_parser("kafka", help="the local single-node Kafka broker"))
    k.add_argument("action", choices=["start", "stop", "status", "fetch"])
    k.set_defaults(func=cmd_kafka)

    e = with_input(sub.add_parser("extract", help="extract offline, no Kafka; JSON lines on stdout"))
    e.add_argument("files", nargs="+")
    e.set_defaults(func=cmd_extract)

    pr = with_input(with_kafka(sub.add_parser("produce", help="publish paragraphs to the input topic")))
    pr.add_argument("files", nargs="+")
    pr.set_defaults(func=cmd_produce)

    c = with_kafka(sub.add_parser("consume", help="read the output (or dead-letter) topic"))
    c.add_argument("--follow", action="store_true", help="keep reading until interrupted")
    c.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    c.add_argument("--topic", choices=["output", "dlq", "input"], default="output")
    c.add_argument("--idle", type=float, default=5.0, help="without --follow: stop after this many idle seconds")
    c.set_defaults(func=cmd_consume)

    w = with_kafka(sub.add_parser("worker", help="run a Faust worker"))
    w.set_defaults(func=cmd_worker)

    d = with_kafka(sub.add_parser("demo", help="local Kafka + worker + seeds -> a table of events and quotes"))
    d.add_argument("files", nargs="*", help="default: seeds/")
    d.add_argument("--lang", choices=["id", "en"])
    d.add_argument("--timeout", type=float, default=180.0)
    d.add_argument("--format", choices=["table", "jsonl"], default="table",
                   help="how to print the results that came back")
    d.set_defaults(func=cmd_demo)

    ev = sub.add_parser("eval", help="score the extractor against gold files")
    ev.add_argument("files", nargs="+")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--errors", action="store_true", help="also list every miss, one JSON line each")
    ev.set_defaults(func=cmd_eval)

    b = sub.add_parser("bench", help="extractor throughput (paragraphs per second, one core)")
    b.add_argument("files", nargs="*")
    b.add_argument("--repeat", type=int, default=5, help="rounds of each configuration, alternating")
    b.add_argument("--seconds", type=float, default=1.0, help="length of one round")
    b.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    b.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


def entrypoint() -> None:
    # Piped into `head`: exit quietly instead of a BrokenPipeError trace.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
