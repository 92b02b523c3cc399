"""`diplo worker --processes N`: N Faust worker processes in one consumer group.

Each process is a plain `diplo worker` with its own data directory (and web
port, when the web server is on), so they never share local state; Kafka's
group protocol spreads the input partitions over them.  The pool restarts a
process that dies (with back-off), forwards SIGTERM/SIGINT for a clean stop,
and exits 0 once every process has stopped.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from .settings import ENV_PREFIX, Settings, to_environ

log = logging.getLogger("diplo.pool")

BACKOFF_FIRST = 1.0     # seconds before the first restart of a process that died
BACKOFF_MAX = 30.0
STABLE_AFTER = 60.0     # a process that lived this long starts over at BACKOFF_FIRST
STOP_GRACE = 20.0       # SIGTERM, then SIGKILL after this many seconds


def worker_env(settings: Settings, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment that makes a child `diplo worker` resolve exactly these
    settings (the broker named explicitly, so a child never starts one)."""
    env = dict(os.environ if base is None else base)
    env.update(to_environ(settings))
    env[ENV_PREFIX + "BOOTSTRAP"] = settings.bootstrap_servers
    return env


def member_settings(settings: Settings, index: int) -> Settings:
    """Process `index` of a pool: its own data directory and web port."""
    return replace(settings, data_dir=Path(settings.data_dir) / f"worker-{index}",
                   web_port=settings.web_port + index if settings.web_port else 0)


def _die_with_parent() -> None:
    # Linux: a pool killed with SIGKILL takes its workers along instead of
    # leaving them consuming in the group (PR_SET_PDEATHSIG = 1).
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def spawn(settings: Settings, log_path: Path | None = None) -> subprocess.Popen:
    """One real worker process (the same `diplo worker` a user runs)."""
    out = open(log_path, "ab") if log_path else None
    try:
        return subprocess.Popen([sys.executable, "-m", "streams", "worker"], env=worker_env(settings),
                                stdout=out, stderr=subprocess.STDOUT if out else None,
                                start_new_session=True,
                                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    finally:
        if out:
            out.close()


def oversize_warning(processes: int, partitions: int) -> str | None:
    """A consumer group gives each partition to one member: past the partition
    count, processes only wait as hot spares."""
    if processes > partitions:
        return (f"{processes} processes but {partitions} partitions: {processes - partitions} of them "
                f"will stay idle (raise DIPLO_PARTITIONS for new topics to use them)")
    return None


@dataclass
class _Member:
    index: int
    settings: Settings
    proc: subprocess.Popen | None = None
    started: float = 0.0
    backoff: float = BACKOFF_FIRST
    restart_at: float | None = None
    restarts: int = 0


class Pool:
    def __init__(self, settings: Settings, processes: int) -> None:
        if processes < 1:
            raise ValueError("a pool needs at least one process")
        self.settings = settings
        self.members = [_Member(i, member_settings(settings, i)) for i in range(processes)]
        self._stopping = False

    def _start(self, m: _Member) -> None:
        Path(m.settings.data_dir).mkdir(parents=True, exist_ok=True)
        m.proc = spawn(m.settings)
        m.started = time.monotonic()
        m.restart_at = None
        log.warning("worker %d started (pid %d)", m.index, m.proc.pid)

    def _check(self, m: _Member, now: float) -> None:
        if m.proc is not None and m.proc.poll() is not None:
            lived = now - m.started
            if lived >= STABLE_AFTER:
                m.backoff = BACKOFF_FIRST
            log.warning("worker %d (pid %d) exited with code %s after %.1fs; restarting in %.1fs",
                        m.index, m.proc.pid, m.proc.returncode, lived, m.backoff)
            m.proc, m.restart_at = None, now + m.backoff
            m.backoff = min(m.backoff * 2, BACKOFF_MAX)
            m.restarts += 1
        if m.proc is None and m.restart_at is not None and now >= m.restart_at:
            self._start(m)

    def stop(self, *_: object) -> None:
        self._stopping = True

    def pids(self) -> list[int]:
        return [m.proc.pid for m in self.members if m.proc is not None and m.proc.poll() is None]

    def run(self) -> int:
        """Blocks until SIGTERM/SIGINT; returns 0 after a clean stop."""
        warning = oversize_warning(len(self.members), self.settings.partitions)
        if warning:
            log.warning(warning)
        previous = {sig: signal.signal(sig, self.stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            for m in self.members:
                self._start(m)
            while not self._stopping:
                now = time.monotonic()
                for m in self.members:
                    self._check(m, now)
                time.sleep(0.2)
            return self._shutdown()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _shutdown(self) -> int:
        running = [m.proc for m in self.members if m.proc is not None and m.proc.poll() is None]
        for proc in running:
            proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        for proc in running:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker pid %d did not stop in %.0fs: killed", proc.pid, STOP_GRACE)
                proc.kill()
                proc.wait()
        log.warning("pool stopped (%d processes)", len(self.members))
        return 0


def run(settings: Settings, processes: int) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    return Pool(settings, processes).run()
