"""The `diplo` command.  main(argv) does the work and is what tests call;
entrypoint() reads sys.argv and is what the console script points at.
Subcommands only wire modules together."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import orjson

from .errors import UserError
from .settings import GUARANTEES, Settings, environment_variables, resolve

#: Exit code after Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130

def seeds_dir() -> Path:
    """seeds/ of the working directory (a checkout, the Docker image), else of the checkout
    this package was installed from."""
    here = Path.cwd() / "seeds"
    return here if here.is_dir() else Path(__file__).resolve().parents[1] / "seeds"


def _settings(args: argparse.Namespace) -> Settings:
    return resolve({"bootstrap": getattr(args, "bootstrap", None),
                    "guarantee": getattr(args, "guarantee", None),
                    "partitions": getattr(args, "partitions", None),
                    "web_port": getattr(args, "web_port", None)})


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
    from .connection import security_config
    try:
        kafka_local.wait_ready(settings.bootstrap_servers, 5, security_config(settings))
        return True
    except kafka_local.KafkaLocalError:
        return False


# -- extract (offline) ----------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from . import inputs
    from .agents import process
    from .extract import Extractor
    from .messages import Limits, dead_letter

    limits = Limits.of(_settings(args))
    extractor = Extractor()
    contexts: dict[str, dict] = {}
    # The same checks and limits as the stream: inputs.read judges each line
    # (with its file and line number), process() the rest.
    for _record, raw, problem in inputs.read(args.files, args.lang, args.published, limits):
        if problem is not None:
            _emit(problem)
            continue
        result, ctx, failure = process(raw, contexts.get, extractor, limits=limits)
        if failure is not None:
            _emit(dead_letter(raw, failure["reason"], failure["error"],
                              max_bytes=limits.max_result_bytes))
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
    messages = list(_messages(args.files, args.lang, args.published))  # a bad file fails before any send
    client.require_broker(settings)
    topics.ensure_topics(settings)
    with Progress(transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task(f"producing to {settings.input_topic}", total=len(messages))
        # Counts deliveries the broker acknowledged; DeliveryFailed (exit 1) if any was refused.
        sent = client.publish(settings, messages, on_sent=lambda: progress.advance(task))
    print(f"produced {sent} messages to {settings.input_topic}", file=sys.stderr)
    return 0


def cmd_consume(args: argparse.Namespace) -> int:
    from . import client
    from .render import print_results

    settings = _settings(args)
    topic = {"output": settings.output_topic, "dlq": settings.dlq_topic,
             "input": settings.input_topic}[args.topic]
    client.require_broker(settings)
    results = []
    interrupted = False
    try:
        for _, value in client.read(settings, topic, follow=args.follow, idle=args.idle):
            if args.format == "jsonl":
                _emit(value)
                sys.stdout.flush()
            elif args.follow:
                # Following has no end to print one table at (compose's consumer): each
                # result's rows as they come.
                if "events" in value:
                    print_results([value], skip_empty=True)
            else:
                results.append(value)
    except KeyboardInterrupt:  # the way to end --follow: still show the table
        interrupted = True
    if args.format == "table" and not args.follow:
        print_results([r for r in results if "events" in r])
    return INTERRUPTED if interrupted else 0


def cmd_topics(args: argparse.Namespace) -> int:
    from . import topics

    settings = _settings(args)
    created = topics.ensure_topics(settings)
    for name in topics.names(settings):
        print(f"{name}: {'created' if name in created else 'exists'}")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if args.processes:
        from . import pool
        return pool.run(settings, args.processes)
    from . import worker
    worker.run(settings)
    return 0


# -- demo -------------------------------------------------------------------------
def start_worker(settings: Settings, log_path: Path | None = None) -> subprocess.Popen:
    """A real worker process (the same `diplo worker` a user runs)."""
    from .pool import spawn
    return spawn(settings, log_path)


def stop_worker(proc: subprocess.Popen, timeout: float = 30) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def free_ports(n: int) -> list[int]:
    """n distinct ports on 127.0.0.1 that nothing listens on now (all bound at once)."""
    socks = [socket.socket() for _ in range(n)]
    try:
        for s in socks:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def free_port() -> int:
    return free_ports(1)[0]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float) -> None:
    """Until the worker's /health/ready answers 200 (owns partitions, table recovered)."""
    from .web import ask_readiness

    deadline = time.monotonic() + timeout
    while True:
        state = ask_readiness(port)
        if state and state.get("ready"):
            return
        if proc.poll() is not None:
            raise SystemExit(f"demo: the worker exited with {proc.returncode} before it was ready")
        if time.monotonic() > deadline:
            raise SystemExit(f"demo: the worker was not ready in time (port {port}: {state})")
        time.sleep(0.2)


def cmd_demo(args: argparse.Namespace) -> int:
    from . import client, inputs, kafka_local, topics
    from .render import print_results

    settings = _settings(args)
    if not settings.web_port:  # the demo asks the worker's readiness endpoint
        settings = replace(settings, web_port=free_port())
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
        proc = start_worker(settings, log_path)
        try:
            wait_ready(settings.web_port, proc, timeout=args.timeout)
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


def cmd_loadtest(args: argparse.Namespace) -> int:
    from . import kafka_local, loadtest

    settings = _settings(args)
    files = args.files or inputs_seed()
    with kafka_local.ensure_running(settings):
        return loadtest.main(settings, files, paragraphs=args.paragraphs, rate=args.rate,
                             processes=args.processes, baseline=args.baseline, attach=args.attach,
                             as_json=args.json, report_dir=args.report, validate=args.validate,
                             faults=args.fault, warmup=args.warmup)


def inputs_seed() -> list[str]:
    from . import inputs
    return inputs.seed_files(seeds_dir())


# -- parser -----------------------------------------------------------------------
def _positive_int(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {raw!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return value


def _date(raw: str) -> str:
    import datetime
    try:
        datetime.date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {raw!r}") from None
    if len(raw) != 10:  # fromisoformat also reads 20240201; the schema wants the dashes
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {raw!r}")
    return raw


# long: one flat declaration of every command and flag, read top to bottom like --help
def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diplo", description="Diplomatic events and attributed quotes from news paragraphs, on Kafka.",
        epilog="Environment: " + ", ".join(environment_variables()))
    sub = p.add_subparsers(dest="command", required=True)

    def with_kafka(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--bootstrap", help="use this Kafka cluster (DIPLO_BOOTSTRAP); "
                        "default: the local broker `diplo kafka start` runs")
        sp.add_argument("--partitions", type=_positive_int, help="partitions of created topics (DIPLO_PARTITIONS)")
        return sp

    def with_input(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--lang", choices=["id", "en"], help="language of .txt input (default id)")
        sp.add_argument("--published", type=_date, help="publication date YYYY-MM-DD for .txt input")
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

    w = with_kafka(sub.add_parser("worker", help="run a Faust worker (or a pool of them)"))
    w.add_argument("--processes", type=_positive_int, nargs="?", const=os.cpu_count() or 1, metavar="N",
                   help="run N worker processes in one consumer group (the flag alone: one per CPU, "
                        f"here {os.cpu_count()}); each has its own data directory and web port and is "
                        "restarted if it dies.  Without the flag: one process.  At most as many "
                        "processes as the input topic has partitions (DIPLO_PARTITIONS, default 8) "
                        "get work; the others wait idle as hot spares")
    w.add_argument("--guarantee", choices=GUARANTEES,
                   help="at_least_once (default) or exactly_once: Kafka transactions (DIPLO_GUARANTEE)")
    w.add_argument("--web-port", type=int, help="serve /health/live, /health/ready and /metrics "
                   "on this port (DIPLO_WEB_PORT; in a pool, process i uses port + i); 0: no web server")
    w.set_defaults(func=cmd_worker)

    t = with_kafka(sub.add_parser("topics", help="create the input, output and dead-letter topics if missing"))
    t.set_defaults(func=cmd_topics)

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

    lt = with_kafka(sub.add_parser(
        "loadtest", help="replay the seeds through Kafka and a worker pool; throughput, latency, completeness"))
    lt.add_argument("files", nargs="*", help="articles to replay (default: seeds/)")
    lt.add_argument("--paragraphs", type=_positive_int, default=20000, help="how many paragraphs to send")
    lt.add_argument("--rate", type=float, help="offered load in paragraphs/s (default: as fast as possible)")
    lt.add_argument("--processes", type=_positive_int, default=os.cpu_count() or 1,
                    help=f"worker processes in the pool (default: one per CPU, here {os.cpu_count()})")
    lt.add_argument("--baseline", action="store_true",
                    help="also run the naive configuration (one process, one message at a time) on the same load")
    lt.add_argument("--attach", action="store_true",
                    help="start no workers: load the configured topics, served by workers already running")
    lt.add_argument("--validate", action="store_true", help="check every result against its schema")
    lt.add_argument("--guarantee", choices=GUARANTEES, help="processing guarantee of the workers (DIPLO_GUARANTEE)")
    lt.add_argument("--fault", action="append", default=[], metavar="ACTION@N",
                    help="inject a fault once N results came back: kill (SIGKILL a pool worker), join (start "
                         "one more worker), leave (stop it), broker (restart the local Kafka); repeatable")
    lt.add_argument("--warmup", type=float, default=2.0, metavar="SECONDS",
                    help="also report latency over the paragraphs sent after the first SECONDS (\"steady\"; "
                         "default 2, 0: not reported); p50..max always count every paragraph")
    lt.add_argument("--json", action="store_true", help="print one JSON object of figures")
    lt.add_argument("--report", metavar="DIR", help="write loadtest.json and loadtest.png here")
    lt.set_defaults(func=cmd_loadtest)

    b = sub.add_parser("bench", help="extractor throughput (paragraphs per second, one core)")
    b.add_argument("files", nargs="*")
    b.add_argument("--repeat", type=_positive_int, default=5, help="rounds of each configuration, alternating")
    b.add_argument("--seconds", type=float, default=1.0, help="length of one round")
    b.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    b.set_defaults(func=cmd_bench)
    return p


def _expected_failure(exc: Exception, args: argparse.Namespace) -> str | None:
    """The one line to print for a failure the user can fix; None for a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, (FileNotFoundError, IsADirectoryError, PermissionError)) and exc.filename:
        return f"cannot read {exc.filename}: {exc.strerror}"   # e.g. a gold file of `diplo eval`
    kafka_errors = sys.modules.get("kafka.errors")  # never imported: not a Kafka failure
    if kafka_errors is None or not isinstance(exc, kafka_errors.KafkaError):
        return None
    try:
        where = _settings(args).bootstrap_servers
    except UserError:
        where = "the configured bootstrap servers"
    unreachable = tuple(getattr(kafka_errors, name) for name in ("NoBrokersAvailable", "KafkaConnectionError")
                        if hasattr(kafka_errors, name))   # kafka-python 3 has no NoBrokersAvailable
    if isinstance(exc, unreachable):
        return (f"no Kafka broker answered at {where} (start one with `diplo kafka start`, "
                "or set --bootstrap / DIPLO_BOOTSTRAP)")
    if isinstance(exc, kafka_errors.KafkaTimeoutError):
        return f"Kafka at {where} did not answer in time: {exc}"
    return f"Kafka at {where}: {type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)   # a bad flag: usage, one error line, exit 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return INTERRUPTED
    except Exception as exc:
        message = _expected_failure(exc, args)
        if message is None:
            raise                      # a bug: keep the traceback
        print(f"diplo {args.command}: {message}", file=sys.stderr)
        return exc.exit_code if isinstance(exc, UserError) else 1


def entrypoint() -> None:
    # Piped into `head`: exit quietly instead of a BrokenPipeError trace.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        code = main()
    except KeyboardInterrupt:          # Ctrl-C while parsing or importing
        code = INTERRUPTED
    sys.exit(code)
