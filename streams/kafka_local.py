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
from collections.abc import Callable, Iterator

from kafka import KafkaAdminClient

from .connection import security_config
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

class _Failures(logging.Handler):
    """Collects the exceptions kafka-python logs: it retries a refused SASL
    login or TLS handshake until its timeout, and reports why only in a log
    record's arguments ("Bootstrap connection to %s failed: %s")."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.errors: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        self.errors += [a for a in args if isinstance(a, BaseException)]
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


@contextlib.contextmanager
def _quiet_kafka_python() -> Iterator[_Failures]:
    # Connection-refused retries are expected while a broker boots: nothing
    # reaches the user's logs; the failures are kept for the caller.
    logger = logging.getLogger("kafka")
    level, propagate = logger.level, logger.propagate
    failures = _Failures()
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(failures)
    try:
        yield failures
    finally:
        logger.removeHandler(failures)
        logger.setLevel(level)
        logger.propagate = propagate


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


def _answers(bootstrap: str, timeout: float, security: dict | None = None) -> bool:
    """True if a broker answers DescribeCluster and none is fenced.
    `security`: kafka-python security options for a SASL or TLS cluster."""
    # The cheap TCP check first: kafka-python leaves an unclosed socket
    # behind for every refused connection while it bootstraps.
    if not accepts(bootstrap, timeout):
        return False
    ms = max(int(timeout * 1000), 100)
    with _quiet_kafka_python() as failures:
        try:
            admin = _Probe(bootstrap_servers=bootstrap, **(security or {}),
                           bootstrap_timeout_ms=ms, request_timeout_ms=ms)
            try:
                brokers = admin.describe_cluster()["brokers"]
            finally:
                admin.close()
        except Exception as exc:
            failures.errors.append(exc)
            brokers = None
    if brokers is None:
        for exc in failures.errors:
            refused = refused_credentials(exc)
            if refused:  # waiting longer would not help
                raise KafkaLocalError(f"Kafka at {bootstrap} {refused}")
        return False
    # A broker that still waits to be unfenced cannot lead partitions yet.
    return bool(brokers) and not any(b.get("is_fenced") for b in brokers)


def _wait(bootstrap: str, timeout: float,
          check: Callable[[], None] | None = None, security: dict | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if check:
            check()
        left = deadline - time.monotonic()
        if left <= 0:
            protocol = (security or {}).get("security_protocol", "PLAINTEXT")
            hint = ("" if protocol == "PLAINTEXT" else
                    f" over {protocol} (check that this listener speaks it, and the credentials)")
            raise KafkaLocalError(f"no Kafka broker answered at {bootstrap} within {timeout:g} s{hint}")
        # Short tries with security: kafka-python reports a refused login only
        # now and then (the broker also just drops the connection), so several
        # tries give more chances to name the cause.
        if _answers(bootstrap, min(left, 2.0 if security else 5.0), security):
            return
        time.sleep(min(0.25, max(deadline - time.monotonic(), 0)))


def wait_ready(bootstrap: str, timeout: float, security: dict | None = None) -> None:
    """Block until a broker at `bootstrap` answers; KafkaLocalError if not
    (at once if it refuses the credentials)."""
    _wait(bootstrap, timeout, security=security)


def refused_credentials(exc: BaseException) -> str | None:
    """What to say when `exc` (from kafka-python, through any wrapping) means
    the broker refused the SASL credentials or the TLS handshake; else None.
    Built from the settings' names only, never from their values."""
    import ssl

    from kafka import errors

    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (errors.SaslAuthenticationFailedError, errors.UnsupportedSaslMechanismError,
                            errors.IllegalSaslStateError)):
            return ("refused the SASL credentials (check DIPLO_SASL_MECHANISM, DIPLO_SASL_USERNAME "
                    "and DIPLO_SASL_PASSWORD)")
        if isinstance(exc, ssl.SSLError):
            return (f"failed the TLS handshake: {exc.reason or type(exc).__name__} (check "
                    "DIPLO_SECURITY_PROTOCOL, DIPLO_SSL_CAFILE and, if the broker asks for a client "
                    "certificate, DIPLO_SSL_CERTFILE / DIPLO_SSL_KEYFILE)")
        exc = exc.__cause__ or exc.__context__
    return None


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
    config = template.format(port=settings.kafka_port, controller_port=settings.controller_port,
                             data_dir=rdir / "data", **_listeners(settings))
    # It may hold the PLAIN password and the keystore's: readable by us only.
    fd = os.open(rdir / "server.properties", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(config)
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


# -- SASL and TLS listeners --------------------------------------------------

SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
# The local broker's user goes into a JAAS line and a properties file (read as
# ISO-8859-1, with backslash escapes): keep both to characters that need none.
_SAFE_USER = re.compile(r"[A-Za-z0-9._-]{1,64}")
_SAFE_PASSWORD = re.compile(r'[!#-\[\]-~]{1,256}')   # printable ASCII but space, " and \


def _local_user(settings: Settings) -> tuple[str, str]:
    user, password = settings.sasl_username, settings.sasl_password.reveal()
    if not user or not password:
        raise KafkaLocalError("DIPLO_KAFKA_SASL_PORT needs DIPLO_SASL_USERNAME and DIPLO_SASL_PASSWORD "
                              "(the local broker's one user)")
    if not _SAFE_USER.fullmatch(user) or not _SAFE_PASSWORD.fullmatch(password):
        raise KafkaLocalError("the local broker takes a DIPLO_SASL_USERNAME of letters, digits, '.', '_', "
                              "'-' and a DIPLO_SASL_PASSWORD of printable ASCII without spaces, quotes "
                              "or backslashes")
    return user, password


def tls_dir(settings: Settings) -> Path:
    return run_dir(settings) / "tls"


def ca_file(settings: Settings) -> Path:
    """The local CA's certificate (PEM): what DIPLO_SSL_CAFILE points at."""
    return tls_dir(settings) / "ca.pem"


def _keytool() -> str:
    java = shutil.which("java")
    found = shutil.which("keytool") or (java and str(Path(java).resolve().with_name("keytool")))
    if not found or not Path(found).exists():
        raise KafkaLocalError("keytool (part of the JDK) is not on PATH; the SSL listener needs it")
    return found


def _tls_material(settings: Settings) -> tuple[Path, str]:
    """A self-signed CA and a broker keystore signed by it, for 127.0.0.1 and
    localhost (made once per run dir); returns (keystore, its password)."""
    tdir = tls_dir(settings)
    keystore, secret = tdir / "broker.p12", tdir / "keystore.password"
    if all(p.exists() for p in (keystore, secret, ca_file(settings), tdir / "truststore.p12")):
        return keystore, secret.read_text().strip()
    shutil.rmtree(tdir, ignore_errors=True)
    tdir.mkdir(mode=0o700, parents=True)
    password = uuid.uuid4().hex
    keytool = _keytool()
    store = ["-storetype", "PKCS12", "-storepass", password]
    san = "SAN=dns:localhost,ip:127.0.0.1"
    steps = [
        ["-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
         "-dname", "CN=diplo-stream local CA", "-ext", "bc:c", "-keystore", "ca.p12", *store],
        ["-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", *store, "-file", "ca.pem"],
        ["-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
         "-dname", "CN=localhost", "-ext", san, "-keystore", "broker.p12", *store],
        ["-certreq", "-alias", "broker", "-keystore", "broker.p12", *store, "-file", "broker.csr"],
        ["-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", *store, "-validity", "3650",
         "-ext", san, "-infile", "broker.csr", "-outfile", "broker.pem"],
        # The chain: the CA first, so the signed certificate replaces the self-signed one.
        ["-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "broker.p12", *store],
        ["-importcert", "-noprompt", "-alias", "broker", "-file", "broker.pem", "-keystore", "broker.p12",
         *store],
        # What the broker trusts in a client certificate: this CA only.
        ["-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "truststore.p12", *store],
    ]
    for step in steps:
        proc = subprocess.run([keytool, *step], cwd=tdir, capture_output=True, text=True)
        if proc.returncode != 0:
            shutil.rmtree(tdir, ignore_errors=True)
            raise KafkaLocalError(f"keytool {step[0]} failed:\n"
                                  + _tail((proc.stdout + proc.stderr).replace(password, "***")))
    fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(password + "\n")
    return keystore, password


def _sasl_lines(listener: str, user: str, password: str) -> list[str]:
    prefix = f"listener.name.{listener}"
    return [
        f"{prefix}.sasl.enabled.mechanisms={','.join(SASL_MECHANISMS)}",
        f"{prefix}.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
        f'required user_{user}="{password}";',
        *(f"{prefix}.{m.lower()}.sasl.jaas.config="
          "org.apache.kafka.common.security.scram.ScramLoginModule required;"
          for m in SASL_MECHANISMS[1:]),
    ]


def _tls_lines(listener: str, keystore: Path, password: str) -> list[str]:
    prefix = f"listener.name.{listener}"
    return [f"{prefix}.ssl.keystore.type=PKCS12", f"{prefix}.ssl.keystore.location={keystore}",
            f"{prefix}.ssl.keystore.password={password}", f"{prefix}.ssl.key.password={password}",
            # A client certificate is optional, but one that is sent must be signed by
            # the local CA (what DIPLO_SSL_CERTFILE is tested against).
            f"{prefix}.ssl.client.auth=requested", f"{prefix}.ssl.truststore.type=PKCS12",
            f"{prefix}.ssl.truststore.location={keystore.with_name('truststore.p12')}",
            f"{prefix}.ssl.truststore.password={password}"]


def _listeners(settings: Settings) -> dict[str, str]:
    """The template's fields for the optional SASL_PLAINTEXT, SSL and SASL_SSL
    listeners.  SASL: PLAIN checks the user of the JAAS line; SCRAM checks the
    credentials _store_scram_users writes after each start.  TLS: server
    authentication with the self-signed CA of tls_dir()."""
    listeners, lines = [], []
    for protocol, port in (("SASL_PLAINTEXT", settings.kafka_sasl_port), ("SSL", settings.kafka_ssl_port),
                           ("SASL_SSL", settings.kafka_sasl_ssl_port)):
        if not port:
            continue
        listeners.append((protocol, port))
        lines.append(f"# {protocol} on port {port}")
        if protocol.startswith("SASL_"):
            lines += _sasl_lines(protocol.lower(), *_local_user(settings))
        if protocol.endswith("SSL"):
            lines += _tls_lines(protocol.lower(), *_tls_material(settings))
    if any(p.startswith("SASL_") for p, _ in listeners):
        lines.insert(0, f"sasl.enabled.mechanisms={','.join(SASL_MECHANISMS)}")
    extra = "".join(f",{p}://127.0.0.1:{port}" for p, port in listeners)
    return {"extra_listeners": extra, "extra_advertised": extra,
            "extra_protocols": "".join(f",{p}:{p}" for p, _ in listeners),
            "security": "\n".join(lines) + ("\n" if lines else "")}


def _store_scram_users(settings: Settings, timeout: float = 30) -> None:
    """Store the SCRAM credentials of the local user through the PLAINTEXT
    listener.  Done after every start rather than with `StorageTool format
    --add-scram`: format runs once per run dir, and its command line (visible
    to `ps`) would carry the password."""
    from kafka.admin import UserScramCredentialUpsertion

    user, password = _local_user(settings)
    with _quiet_kafka_python():
        admin = KafkaAdminClient(bootstrap_servers=_local_bootstrap(settings), client_id="diplo-local-scram",
                                 request_timeout_ms=int(timeout * 1000))
        try:
            # One request per mechanism: the broker refuses two changes of one user in one.
            failed = {m: (admin.alter_user_scram_credentials(
                          [UserScramCredentialUpsertion(user, m, password)]) or {}).get(user)
                      for m in SASL_MECHANISMS[1:]}
        finally:
            admin.close()
    failed = {m: e for m, e in failed.items() if e}
    if failed:
        raise KafkaLocalError(f"storing the SCRAM credentials of {user} failed: {failed}")


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
    st = {"running": pid is not None, "pid": pid, "bootstrap": bootstrap,
          "version": settings.kafka_version,
          "log": str(_log_file(settings)),
          "answers": pid is not None and _answers(bootstrap, 2.0)}
    if settings.kafka_sasl_port or settings.kafka_sasl_ssl_port:   # never the password:: status output is often pasted
        st["sasl_mechanisms"] = list(SASL_MECHANISMS)      # status output is often pasted
    if settings.kafka_sasl_port:
        st["sasl_bootstrap"] = f"127.0.0.1:{settings.kafka_sasl_port}"
    if settings.kafka_ssl_port:
        st["ssl_bootstrap"] = f"127.0.0.1:{settings.kafka_ssl_port}"
    if settings.kafka_sasl_ssl_port:
        st["sasl_ssl_bootstrap"] = f"127.0.0.1:{settings.kafka_sasl_ssl_port}"
    if settings.kafka_ssl_port or settings.kafka_sasl_ssl_port:
        st["ssl_cafile"] = str(ca_file(settings))
    return st


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
                       ("DIPLO_CONTROLLER_PORT", settings.controller_port),
                       ("DIPLO_KAFKA_SASL_PORT", settings.kafka_sasl_port),
                       ("DIPLO_KAFKA_SSL_PORT", settings.kafka_ssl_port),
                       ("DIPLO_KAFKA_SASL_SSL_PORT", settings.kafka_sasl_ssl_port)):
        if not port:
            continue
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
        if settings.kafka_sasl_port or settings.kafka_sasl_ssl_port:
            _store_scram_users(settings)
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
        wait_ready(settings.bootstrap_servers, timeout, security_config(settings))
        yield settings.bootstrap_servers
        return
    started = _running_pid(settings) is None
    start(settings, timeout)
    try:
        yield settings.bootstrap_servers
    finally:
        if started:
            stop(settings)
