"""Settings: explicit argument > DIPLO_* environment variable > default.

Resolved once into a frozen object; nothing else in the package reads the
environment.  Every environment variable the project honours is named here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import UserError

ENV_PREFIX = "DIPLO_"
PROFILES = ("tuned", "naive")
GUARANTEES = ("at_least_once", "exactly_once")


def _default_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "diplo-stream"


@dataclass(frozen=True)
class Settings:
    #: Kafka bootstrap servers.  Empty means "use the local broker that
    #: `diplo kafka start` runs" (and start it where a command needs it).
    bootstrap: str = ""
    #: Where the local broker keeps its jars, data and logs.
    home: Path = _default_home()
    kafka_version: str = "4.3.1"
    kafka_port: int = 19092
    controller_port: int = 19093
    kafka_heap: str = "512m"
    #: Topic names and partition count (all three topics share the count).
    input_topic: str = "paragraphs"
    output_topic: str = "extractions"
    dlq_topic: str = "extractions.dlq"
    partitions: int = 8
    #: Faust application id (also the consumer group) and worker options.
    app_id: str = "diplo-stream"
    data_dir: Path = Path(".diplo-data")
    web_port: int = 0  # 0 disables the worker's web server
    log_level: str = "warning"
    #: The agent takes up to batch_size paragraphs at a time, waiting at most
    #: batch_within seconds for a batch to fill (the latency it may add).
    batch_size: int = 500
    batch_within: float = 0.01
    #: "tuned", or "naive": one message at a time, stdlib json, Faust's and the
    #: clients' defaults (the load test's baseline).
    profile: str = "tuned"
    #: "at_least_once" (a crash replays since the last commit: duplicates, never
    #: a loss) or "exactly_once" (Kafka transactions: read_committed consumers
    #: see each result once).
    guarantee: str = "at_least_once"
    #: A document's context is forgotten this many seconds after its last
    #: paragraph (news arrives within minutes; the table must not grow forever).
    context_ttl: float = 86400.0
    #: Limits at the message boundary.  A paragraph's text over this many bytes
    #: of UTF-8 is dead-lettered (too_large): one paragraph of news is a few KB,
    #: and extraction time grows with the text.
    max_text_bytes: int = 64 * 1024
    #: An encoded result (or dead letter) is kept under this many bytes, below
    #: the topic's default 1 MB message size, so a send can never fail on size.
    max_result_bytes: int = 900_000

    @property
    def local(self) -> bool:
        """True when no external cluster is configured."""
        return not self.bootstrap

    @property
    def bootstrap_servers(self) -> str:
        return self.bootstrap or f"127.0.0.1:{self.kafka_port}"

    @property
    def kafka_home(self) -> Path:
        return self.home / "kafka"


#: Settings that must be positive integers (a zero limit would refuse everything).
_POSITIVE = ("kafka_port", "controller_port", "partitions", "max_text_bytes", "max_result_bytes",
             "batch_size", "batch_within", "context_ttl")


def _coerce(kind: Any, raw: str, name: str = "") -> Any:
    if kind in (int, "int"):
        try:
            return int(raw)
        except ValueError:
            raise UserError(f"{name or 'setting'}: expected a whole number, got {raw!r}") from None
    if kind in (float, "float"):
        try:
            return float(raw)
        except ValueError:
            raise UserError(f"{name or 'setting'}: expected a number, got {raw!r}") from None
    if kind in (Path, "Path"):
        return Path(raw).expanduser()
    return raw


def resolve(overrides: Mapping[str, Any] | None = None,
            environ: Mapping[str, str] | None = None) -> Settings:
    """Build the settings once: overrides (CLI flags) win over DIPLO_* env."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        env_name = ENV_PREFIX + f.name.upper()
        if env_name in environ and environ[env_name] != "":
            values[f.name] = _coerce(f.type, environ[env_name], env_name)
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    for name in _POSITIVE:
        if name in values and values[name] <= 0:
            raise UserError(f"{ENV_PREFIX + name.upper()}: must be a positive number, "
                            f"got {values[name]}")
    settings = replace(Settings(), **values)
    for name, allowed in (("profile", PROFILES), ("guarantee", GUARANTEES)):
        if getattr(settings, name) not in allowed:
            raise UserError(f"{ENV_PREFIX}{name.upper()} must be one of {', '.join(allowed)}, "
                            f"not {getattr(settings, name)!r}")
    return settings


def environment_variables() -> list[str]:
    """Every environment variable the project reads (for docs and --help)."""
    return [ENV_PREFIX + f.name.upper() for f in fields(Settings)]
