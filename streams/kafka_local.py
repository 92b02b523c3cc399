"""A real single-node Apache Kafka broker (KRaft, broker + controller in one
JVM) for local development, built from Maven Central jars.

Layout under ``settings.kafka_home``::

    <version>/libs/*.jar      jars fetched by Maven (shared by all ports)
    <version>/.complete       marker: the copy above finished
    run-<port>/               one broker per client port
        server.properties, log4j2.properties, cluster.id, kafka.pid
        data/                 log.dirs (topics and the metadata log)
        logs/server.log       broker log; logs/kafka.out is the JVM's stdout
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path
from typing import Callable, Iterator

from kafka import KafkaAdminClient

from .errors import UserError
from .settings import Settings

FILES = Path(__file__).with_name("kafka_files")

# Popen objects of brokers this process launched, so they can be reaped
# (a dead child stays a zombie, and a zombie still "exists" for kill(pid, 0)).
_launched: dict[int, subprocess.Popen] = {}


class KafkaLocalError(UserError, RuntimeError):
    """The local broker could not be fetched, started or reached."""


# -- paths -------------------------------------------------------------------

def libs_dir(settings: Settings) -> Path:
    return settings.kafka_home / settings.kafka_version / "libs"


def run_dir(settings: Settings) -> Path:
    # Per port, so a test broker on other ports never touches the default one.
    return settings.kafka_home / f"run-{settings.kafka_port}"


def _pid_file(settings: Settings) -> Path:
    return run_dir(settings) / "kafka.pid"


def _log_file(settings: Settings) -> Path:
    return run_dir(settings) / "logs" / "server.log"


def _local_bootstrap(settings: Settings) -> str:
    return f"127.0.0.1:{settings.kafka_port}"


# -- fetch -------------------------------------------------------------------

def fetch(settings: Settings) -> Path:
    """Make sure the broker jars are present; return their directory."""
    libs = libs_dir(settings)
    marker = libs.parent / ".complete"
    if marker.exists():
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise KafkaLocalError("Maven (mvn) is not on PATH; it is needed once "
                              "to fetch the Kafka jars")
    # Copy into a scratch dir and rename, so an interrupted fetch never
    # leaves a half-filled libs/ behind.
    partial = libs.with_name(f"libs.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    cmd = [mvn, "-q", "-B",
           "-f", str(FILES / "pom.xml"), "dependency:copy-dependencies",
           f"-DoutputDirectory={partial}", "-DincludeScope=runtime",
           f"-Dkafka.version={settings.kafka_version}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0 or not any(partial.glob("kafka_2.13-*.jar")):
        shutil.rmtree(partial, ignore_errors=True)
        raise KafkaLocalError(
            f"mvn could not fetch Kafka {settings.kafka_version} "
            f"(exit {proc.returncode}):\n"
            # Debian's mvn emits colour resets even in batch mode.
            + _tail(re.sub(r"\x1b\[[0-9;]*m", "", proc.stdout + proc.stderr)))
    shutil.rmtree(libs, ignore_errors=True)
    partial.rename(libs)
    marker.write_text(f"{settings.kafka_version}\n")
    return libs


# -- readiness ---------------------------------------------------------------

@contextlib.contextmanager
def _quiet_kafka_python() -> Iterator[None]:
    # Connection-refused retries are expected while a broker boots.
    logger = logging.getLogger("kafka")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


class _Probe(KafkaAdminClient):
    """An admin client that cleans up when it cannot bootstrap.

    kafka-python 3.0.12 starts its IO thread before bootstrapping in
    __init__ and leaves it running when that fails: one leaked thread per
    failed attempt of a readiness loop.
    """

    def __init__(self, **configs):
        try:
            super().__init__(**configs)
        except Exception:
            if hasattr(self, "_net"):
                self._closed = False
                with contextlib.suppress(Exception):
                    self.close()
            raise


def accepts(bootstrap: str, timeout: float) -> bool:
    """True if some bootstrap address accepts a TCP connection."""
    for address in bootstrap.split(","):
        host, _, port = address.strip().split("://")[-1].rpartition(":")
        try:
            with socket.create_connection((host.strip("[]"), int(port)),
                                          timeout=min(timeout, 1.0)):
                return True
        except (OSError, ValueError):
            continue
    return False


def _answers(bootstrap: str, timeout: float) -> bool:
    """True if a broker answers DescribeCluster and none is fenced."""
    # The cheap TCP check first: kafka-python leaves an unclosed socket
    # behind for every refused connection while it bootstraps.
    if not accepts(bootstrap, timeout):
        return False
    ms = max(int(timeout * 1000), 100)
    try:
        with _quiet_kafka_python():
            admin = _Probe(bootstrap_servers=bootstrap,
                           bootstrap_timeout_ms=ms, request_timeout_ms=ms)
            try:
                brokers = admin.describe_cluster()["brokers"]
            finally:
                admin.close()
    except Exception:
        return False
    # A broker that still waits to be unfenced cannot lead partitions yet.
    return bool(brokers) and not any(b.get("is_fenced") for b in brokers)


def _wait(bootstrap: str, timeout: float,
          check: Callable[[], None] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if check:
            check()
        left = deadline - time.monotonic()
        if left <= 0:
            raise KafkaLocalError(
                f"no Kafka broker answered at {bootstrap} within {timeout:g} s")
        if _answers(bootstrap, min(left, 5.0)):
            return
        time.sleep(min(0.25, max(deadline - time.monotonic(), 0)))


def wait_ready(bootstrap: str, timeout: float) -> None:
    """Block until a broker at `bootstrap` answers; KafkaLocalError if not."""
    _wait(bootstrap, timeout)


# -- process -----------------------------------------------------------------

def _alive(pid: int, config: Path | None = None) -> bool:
    """True if `pid` is a live Kafka broker (started with `config`, when given)."""
    proc = _launched.get(pid)
    if proc is not None and proc.poll() is not None:
        del _launched[pid]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # Guard against a reused pid (e.g. after a reboot) where /proc exists.
    # (a zombie's cmdline is empty, so it counts as gone too).
    if Path("/proc/self").exists():
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False
        # Ours runs with this port's server.properties: a broker of another
        # run dir (or any process that got the pid) is not.
        return b"kafka.Kafka" in cmdline and (config is None or str(config).encode() in cmdline)
    return True


def _read_pid(settings: Settings) -> int | None:
    try:
        return int(_pid_file(settings).read_text().strip())
    except (OSError, ValueError):
        return None


def _running_pid(settings: Settings) -> int | None:
    pid = _read_pid(settings)
    return pid if pid is not None and _alive(pid, run_dir(settings) / "server.properties") else None


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _log_tail(settings: Settings, since: int = 0) -> str:
    """What to show when a start fails: the JVM's output, the first errors
    the broker logged after byte `since` (with the exception line after
    each; the tail alone is only shutdown noise), and the log's last lines."""
    parts = []
    out = run_dir(settings) / "logs" / "kafka.out"
    if out.exists() and out.stat().st_size:
        parts.append(f"--- {out}\n" + _tail(out.read_text(errors="replace"), 15))
    log = _log_file(settings)
    if log.exists():
        with open(log, "rb") as f:
            f.seek(since)
            lines = f.read().decode(errors="replace").splitlines()
        errors = [line for i, line in enumerate(lines)
                  if "] ERROR " in line or "] FATAL " in line
                  or (i and "] ERROR " in lines[i - 1])]
        if errors:
            parts.append(f"--- errors in {log}\n" + "\n".join(errors[:8]))
        parts.append(f"--- {log}\n" + "\n".join(lines[-10:]))
    return "\n".join(parts) or "(no log output)"


def _java_cmd(settings: Settings, libs: Path, main: list[str]) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise KafkaLocalError("java is not on PATH; Kafka needs Java 17+")
    rdir = run_dir(settings)
    return [java, f"-Xms{settings.kafka_heap}", f"-Xmx{settings.kafka_heap}",
            f"-Dlog4j2.configurationFile={rdir / 'log4j2.properties'}",
            f"-Dkafka.logs.dir={rdir / 'logs'}",
            "-cp", f"{libs}/*", *main]


def _prepare(settings: Settings, libs: Path) -> None:
    """Write the configs and format the storage the first time."""
    rdir = run_dir(settings)
    (rdir / "logs").mkdir(parents=True, exist_ok=True)
    template = (FILES / "server.properties.template").read_text()
    (rdir / "server.properties").write_text(template.format(
        port=settings.kafka_port, controller_port=settings.controller_port,
        data_dir=rdir / "data"))
    shutil.copyfile(FILES / "log4j2.properties", rdir / "log4j2.properties")

    id_file = rdir / "cluster.id"
    if not id_file.exists():
        id_file.write_text(_new_cluster_id() + "\n")
    if (rdir / "data" / "meta.properties").exists():
        return  # formatted before; skip a JVM start
    cmd = _java_cmd(settings, libs, [
        "kafka.tools.StorageTool", "format", "--ignore-formatted",
        "--cluster-id", id_file.read_text().strip(),
        "--config", str(rdir / "server.properties")])
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=rdir)
    if proc.returncode != 0:
        raise KafkaLocalError("formatting the Kafka storage failed:\n"
                              + _tail(proc.stdout + proc.stderr))


def _new_cluster_id() -> str:
    # Kafka's Uuid.toString(): URL-safe base64 without padding, and never
    # starting with '-' (it would read as a command-line flag).
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


# -- public life cycle -------------------------------------------------------

def status(settings: Settings) -> dict:
    """State of the local broker for these settings' ports."""
    pid = _running_pid(settings)
    bootstrap = _local_bootstrap(settings)
    return {"running": pid is not None, "pid": pid, "bootstrap": bootstrap,
            "version": settings.kafka_version,
            "log": str(_log_file(settings)),
            "answers": pid is not None and _answers(bootstrap, 2.0)}


@contextlib.contextmanager
def _start_lock(settings: Settings, timeout: float) -> Iterator[None]:
    """One start at a time per port: a second `diplo kafka start` waits, then
    finds the broker the first one started instead of launching another."""
    import fcntl

    rdir = run_dir(settings)
    rdir.mkdir(parents=True, exist_ok=True)
    with open(rdir / "start.lock", "a") as lock:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise KafkaLocalError(
                        f"another `diplo kafka start` for port {settings.kafka_port} is still "
                        f"running (lock {rdir / 'start.lock'})") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _check_ports_free(settings: Settings) -> None:
    """Refuse ports something else listens on: the readiness check would
    otherwise take a foreign broker's answer for ours."""
    for name, port in (("DIPLO_KAFKA_PORT", settings.kafka_port),
                       ("DIPLO_CONTROLLER_PORT", settings.controller_port)):
        if accepts(f"127.0.0.1:{port}", 1.0):
            raise KafkaLocalError(
                f"port {port} is in use by a process `diplo kafka start` did not start; "
                f"stop it, or choose another port with {name}")


def start(settings: Settings, timeout: float = 90) -> dict:
    """Start the local broker unless it runs; return its status when ready."""
    if not settings.local:
        raise KafkaLocalError(f"an external Kafka is configured "
                              f"({settings.bootstrap}); nothing to start")
    with _start_lock(settings, timeout):
        return _start_locked(settings, timeout)


def _start_locked(settings: Settings, timeout: float) -> dict:
    bootstrap = _local_bootstrap(settings)
    if _running_pid(settings) is not None:
        wait_ready(bootstrap, timeout)  # it may still be booting
        return status(settings)
    _pid_file(settings).unlink(missing_ok=True)  # stale: its process is gone or not ours
    _check_ports_free(settings)

    libs = fetch(settings)
    _prepare(settings, libs)
    rdir = run_dir(settings)
    log = _log_file(settings)
    since = log.stat().st_size if log.exists() else 0  # report this run only
    cmd = _java_cmd(settings, libs, ["kafka.Kafka", str(rdir / "server.properties")])
    with open(rdir / "logs" / "kafka.out", "ab") as out:
        # A session of its own: the broker outlives this process and its
        # terminal's Ctrl-C.
        proc = subprocess.Popen(cmd, cwd=rdir, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    _launched[proc.pid] = proc
    _pid_file(settings).write_text(f"{proc.pid}\n")

    def check() -> None:
        if proc.poll() is not None:
            _pid_file(settings).unlink(missing_ok=True)
            raise KafkaLocalError(
                f"the Kafka broker exited with code {proc.returncode} while "
                f"starting:\n{_log_tail(settings, since)}")

    try:
        _wait(bootstrap, timeout, check)
    except KafkaLocalError as exc:
        if proc.poll() is None:  # alive but never ready: do not leave it
            stop(settings, timeout=10)
            raise KafkaLocalError(f"{exc}\n{_log_tail(settings, since)}") from None
        raise
    return status(settings)


def stop(settings: Settings, timeout: float = 30) -> bool:
    """Stop the local broker; True if one was running."""
    pid = _running_pid(settings)
    if pid is None:
        _pid_file(settings).unlink(missing_ok=True)  # stale
        return False
    # SIGTERM runs Kafka's shutdown hook: a controlled shutdown that closes
    # the logs cleanly, so the next start skips log recovery.
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if not _alive(pid):
            break
    else:
        raise KafkaLocalError(f"the Kafka broker (pid {pid}) did not exit")
    _pid_file(settings).unlink(missing_ok=True)
    return True


@contextlib.contextmanager
def ensure_running(settings: Settings, timeout: float = 90) -> Iterator[str]:
    """Make a broker available for the block; yield its bootstrap servers.

    An external cluster is only waited for.  A local broker is started if
    needed and stopped afterwards only if this block started it.
    """
    if not settings.local:
        wait_ready(settings.bootstrap_servers, timeout)
        yield settings.bootstrap_servers
        return
    started = _running_pid(settings) is None
    start(settings, timeout)
    try:
        yield settings.bootstrap_servers
    finally:
        if started:
            stop(settings)
