"""Settings: explicit argument > DIPLO_* environment variable > default.

Resolved once into a frozen object; nothing else in the package reads the
environment.  Every environment variable the project honours is named here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import UserError

ENV_PREFIX = "DIPLO_"
PROFILES = ("tuned", "naive")
GUARANTEES = ("at_least_once", "exactly_once")
COMPRESSIONS = ("none", "lz4", "zstd", "gzip")
EVENT_LOOPS = ("uvloop", "asyncio")
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")


class Secret:
    """A value that is never shown: repr() and str() give '***', so a secret
    cannot reach a log line, an error message or repr(settings) by accident.
    Only reveal() gives the value, at the one place a client needs it."""

    __slots__ = ("_value",)

    def __init__(self, value: str = "") -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('***')" if self._value else "Secret('')"

    def __str__(self) -> str:
        return "***" if self._value else ""


def default_home() -> Path:
    """Where diplo-stream keeps its files unless DIPLO_HOME says otherwise."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "diplo-stream"


@dataclass(frozen=True)
class Settings:
    #: Kafka bootstrap servers.  Empty means "use the local broker that
    #: `diplo kafka start` runs" (and start it where a command needs it).
    bootstrap: str = ""
    #: Where the local broker keeps its jars, data and logs.
    home: Path = default_home()
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
    #: The agent takes what has arrived when it is free, up to batch_size
    #: paragraphs (streams/batching.py); an idle worker waits batch_within
    #: seconds after a batch's first paragraph for more (the latency it may add).
    batch_size: int = 500
    batch_within: float = 0.0
    #: "tuned", or "naive": one message at a time, stdlib json, Faust's and the
    #: clients' defaults (the load test's baseline).
    profile: str = "tuned"
    #: The workers' event loop: "uvloop" (libuv's, in C: the Kafka clients'
    #: callbacks, futures and socket reads cost less CPU) or "asyncio" (the
    #: standard library's, which the naive profile always uses).
    event_loop: str = "uvloop"
    #: "at_least_once" (a crash replays since the last commit: duplicates, never
    #: a loss) or "exactly_once" (Kafka transactions: read_committed consumers
    #: see each result once).
    guarantee: str = "at_least_once"
    #: How the workers compress what they produce (results, dead letters, table
    #: changelog).  Off by default: on one host the load test ran about 8 % slower
    #: with lz4; across a network, fewer bytes may pay.
    compression: str = "none"
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
    #: How every client (CLI, worker, load test) talks to Kafka:
    #: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL (see streams/connection.py).
    security_protocol: str = "PLAINTEXT"
    #: SASL: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512, with these credentials.
    sasl_mechanism: str = "PLAIN"
    sasl_username: str = ""
    sasl_password: Secret = field(default=Secret(), repr=False)
    #: TLS: the CA bundle that signed the brokers' certificates (default: the
    #: system's), and a client certificate and key for brokers that ask for one.
    ssl_cafile: str = ""
    ssl_certfile: str = ""
    ssl_keyfile: str = ""
    ssl_key_password: Secret = field(default=Secret(), repr=False)
    #: Extra listeners of the local broker, 0 = off: SASL_PLAINTEXT, SSL and
    #: SASL_SSL (SASL: PLAIN and SCRAM, one user from DIPLO_SASL_USERNAME and
    #: PASSWORD; TLS: a self-signed CA made at first start).  With
    #: DIPLO_BOOTSTRAP empty, the security protocol picks the matching one.
    kafka_sasl_port: int = 0
    kafka_ssl_port: int = 0
    kafka_sasl_ssl_port: int = 0

    @property
    def local(self) -> bool:
        """True when no external cluster is configured."""
        return not self.bootstrap

    @property
    def bootstrap_servers(self) -> str:
        if self.bootstrap:
            return self.bootstrap
        port = {"SASL_PLAINTEXT": self.kafka_sasl_port, "SSL": self.kafka_ssl_port,
                "SASL_SSL": self.kafka_sasl_ssl_port}.get(self.security_protocol) or self.kafka_port
        return f"127.0.0.1:{port}"

    @property
    def kafka_home(self) -> Path:
        return self.home / "kafka"


#: Settings that must be positive integers (a zero limit would refuse everything).
_POSITIVE = ("kafka_port", "controller_port", "partitions", "max_text_bytes", "max_result_bytes",
             "batch_size", "context_ttl")
#: Settings where 0 means "none" (no linger), but a negative value is a mistake.
_NON_NEGATIVE = ("batch_within",)


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
    if kind in (Secret, "Secret"):
        return Secret(raw)
    return raw


def _check_ranges(values: Mapping[str, Any]) -> None:
    for name in _POSITIVE:
        if name in values and values[name] <= 0:
            raise UserError(f"{ENV_PREFIX + name.upper()}: must be a positive number, "
                            f"got {values[name]}")
    for name in _NON_NEGATIVE:
        if name in values and values[name] < 0:
            raise UserError(f"{ENV_PREFIX + name.upper()}: must be 0 or more, got {values[name]}")


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
    _check_ranges(values)
    for name in ("sasl_password", "ssl_key_password"):   # a flag or a caller may pass a str
        if isinstance(values.get(name), str):
            values[name] = Secret(values[name])
    for name in ("security_protocol", "sasl_mechanism"):
        if isinstance(values.get(name), str):
            values[name] = values[name].upper()
    for name in ("ssl_cafile", "ssl_certfile", "ssl_keyfile"):   # the ssl module does not expand ~
        if values.get(name):
            values[name] = str(Path(values[name]).expanduser())
    settings = replace(Settings(), **values)
    for name, allowed in (("profile", PROFILES), ("guarantee", GUARANTEES), ("compression", COMPRESSIONS),
                          ("event_loop", EVENT_LOOPS)):
        if getattr(settings, name) not in allowed:
            raise UserError(f"{ENV_PREFIX}{name.upper()} must be one of {', '.join(allowed)}, "
                            f"not {getattr(settings, name)!r}")
    _check_security(settings)
    return settings


def _check_security(s: Settings) -> None:
    """Refuse half-made security settings at once, in one line: a client
    would otherwise fail later on a handshake, or ignore the credentials and
    connect in plain text."""
    if s.security_protocol not in SECURITY_PROTOCOLS:
        raise UserError(f"{ENV_PREFIX}SECURITY_PROTOCOL must be one of {', '.join(SECURITY_PROTOCOLS)}, "
                        f"not {s.security_protocol!r}")
    sasl = s.security_protocol.startswith("SASL_")
    tls = s.security_protocol in ("SSL", "SASL_SSL")
    if sasl:
        if s.sasl_mechanism not in SASL_MECHANISMS:
            raise UserError(f"{ENV_PREFIX}SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}, "
                            f"not {s.sasl_mechanism!r}")
        if not s.sasl_username or not s.sasl_password:
            raise UserError(f"{ENV_PREFIX}SECURITY_PROTOCOL={s.security_protocol} needs "
                            f"{ENV_PREFIX}SASL_USERNAME and {ENV_PREFIX}SASL_PASSWORD")
    elif s.sasl_username or s.sasl_password:
        raise UserError(f"{ENV_PREFIX}SASL_USERNAME/PASSWORD are set but {ENV_PREFIX}SECURITY_PROTOCOL is "
                        f"{s.security_protocol}: set it to SASL_PLAINTEXT or SASL_SSL")
    tls_files = {"SSL_CAFILE": s.ssl_cafile, "SSL_CERTFILE": s.ssl_certfile, "SSL_KEYFILE": s.ssl_keyfile}
    if not tls and (any(tls_files.values()) or s.ssl_key_password):
        raise UserError(f"{ENV_PREFIX}SSL_* files are set but {ENV_PREFIX}SECURITY_PROTOCOL is "
                        f"{s.security_protocol}: set it to SSL or SASL_SSL")
    for name, path in tls_files.items():
        if path and not Path(path).is_file():
            raise UserError(f"{ENV_PREFIX}{name}: no such file {path}")
    if (s.ssl_keyfile or s.ssl_key_password) and not s.ssl_certfile:
        raise UserError(f"{ENV_PREFIX}SSL_KEYFILE needs {ENV_PREFIX}SSL_CERTFILE (the client certificate)")
    if s.local and s.security_protocol != "PLAINTEXT":
        name, port = {"SASL_PLAINTEXT": ("KAFKA_SASL_PORT", s.kafka_sasl_port),
                      "SSL": ("KAFKA_SSL_PORT", s.kafka_ssl_port),
                      "SASL_SSL": ("KAFKA_SASL_SSL_PORT", s.kafka_sasl_ssl_port)}[s.security_protocol]
        if not port:
            raise UserError(f"the local broker has no {s.security_protocol} listener (set "
                            f"{ENV_PREFIX}{name} to give it one, or {ENV_PREFIX}BOOTSTRAP)")


def to_environ(settings: Settings) -> dict[str, str]:
    """DIPLO_* variables that make a child process resolve these settings
    (secrets revealed: the environment is how a child gets them)."""
    env = {}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        env[ENV_PREFIX + f.name.upper()] = value.reveal() if isinstance(value, Secret) else str(value)
    return env


def environment_variables() -> list[str]:
    """Every environment variable the project reads (for docs and --help)."""
    return [ENV_PREFIX + f.name.upper() for f in fields(Settings)]
