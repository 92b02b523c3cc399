"""SASL (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and TLS against a real broker.

One broker of our own on free ports, with SASL_PLAINTEXT, SSL and SASL_SSL
listeners besides PLAINTEXT.  Every command runs as a real `diplo` process configured
only through DIPLO_* variables, as a user would; a distinctive password is
then looked for in everything they printed or logged.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from streams import kafka_local, topics
from streams.cli import free_ports, free_port, stop_worker, wait_ready
from streams.settings import resolve

pytestmark = pytest.mark.integration

PASSWORD = f"Pw-{uuid.uuid4().hex}"       # distinctive: any leak is found by a plain search
WRONG = f"Wrong-{uuid.uuid4().hex}"
KEY_PASSWORD = f"Key-{uuid.uuid4().hex}"  # of the client certificate's private key
SEED_PARAGRAPHS = 23




@pytest.fixture(scope="module")
def broker():
    """{"plain", "sasl", "ssl", "sasl_ssl": <port>, "ca": <path>, "env": DIPLO_* of the broker}."""
    port, cport, sasl, tls, sasl_tls = free_ports(5)
    env = {"DIPLO_KAFKA_PORT": str(port), "DIPLO_CONTROLLER_PORT": str(cport),
           "DIPLO_KAFKA_SASL_PORT": str(sasl), "DIPLO_KAFKA_SSL_PORT": str(tls),
           "DIPLO_KAFKA_SASL_SSL_PORT": str(sasl_tls),
           "DIPLO_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "DIPLO_SASL_USERNAME": "diplo",
           "DIPLO_SASL_PASSWORD": PASSWORD}
    settings = resolve(environ=env)
    try:
        kafka_local.start(settings)
        yield {"plain": port, "sasl": sasl, "ssl": tls, "sasl_ssl": sasl_tls, "ca": kafka_local.ca_file(settings),
               "env": env, "settings": settings}
    finally:
        kafka_local.stop(settings, timeout=10)
        run = kafka_local.run_dir(settings)
        server_log = run / "logs" / "server.log"
        # The broker's own log is checked too, before the run dir goes.
        leaked = server_log.exists() and PASSWORD in server_log.read_text(errors="replace")
        shutil.rmtree(run, ignore_errors=True)
        assert not leaked, "the broker's log shows the password"


def _base_env() -> dict[str, str]:
    # Only what this test sets: a developer's own DIPLO_* must not leak in.
    return {k: v for k, v in os.environ.items() if not k.startswith("DIPLO_")}


def _sasl_env(broker, mechanism: str, password: str = PASSWORD, tag: str = "",
              tls: bool = False) -> dict[str, str]:
    env = {**_base_env(), "DIPLO_BOOTSTRAP": f"127.0.0.1:{broker['sasl_ssl' if tls else 'sasl']}",
           "DIPLO_SECURITY_PROTOCOL": "SASL_SSL" if tls else "SASL_PLAINTEXT",
           "DIPLO_SASL_MECHANISM": mechanism, "DIPLO_SASL_USERNAME": "diplo",
           "DIPLO_SASL_PASSWORD": password, **_topics(tag or uuid.uuid4().hex[:8])}
    if tls:
        env["DIPLO_SSL_CAFILE"] = str(broker["ca"])
    return env


def _ssl_env(broker, cafile: str | None, tag: str = "") -> dict[str, str]:
    env = {**_base_env(), "DIPLO_BOOTSTRAP": f"127.0.0.1:{broker['ssl']}",
           "DIPLO_SECURITY_PROTOCOL": "SSL", **_topics(tag or uuid.uuid4().hex[:8])}
    if cafile:
        env["DIPLO_SSL_CAFILE"] = cafile
    return env


def _topics(tag: str) -> dict[str, str]:
    return {"DIPLO_INPUT_TOPIC": f"sec-in-{tag}", "DIPLO_OUTPUT_TOPIC": f"sec-out-{tag}",
            "DIPLO_DLQ_TOPIC": f"sec-dlq-{tag}", "DIPLO_APP_ID": f"diplo-sec-{tag}",
            "DIPLO_PARTITIONS": "2"}


def _diplo(env: dict[str, str], *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "streams", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def _no_secret(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text and WRONG not in text and KEY_PASSWORD not in text


def _one_line_failure(proc: subprocess.CompletedProcess, command: str) -> str:
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert lines[0].startswith(f"diplo {command}: ")
    _no_secret(proc.stdout, proc.stderr)
    return lines[0]


@pytest.mark.parametrize("mechanism, tls", [("PLAIN", False), ("SCRAM-SHA-256", False),
                                            ("SCRAM-SHA-512", False), ("PLAIN", True), ("SCRAM-SHA-512", True)])
def test_produce_and_consume_over_sasl(broker, seed_path, mechanism, tls):
    env = _sasl_env(broker, mechanism, tls=tls)
    produced = _diplo(env, "produce", str(seed_path))
    assert produced.returncode == 0, produced.stderr[-2000:]
    assert f"produced {SEED_PARAGRAPHS} messages" in produced.stderr
    consumed = _diplo(env, "consume", "--topic", "input", "--idle", "2")
    assert consumed.returncode == 0, consumed.stderr[-2000:]
    got = [orjson.loads(line) for line in consumed.stdout.splitlines()]
    assert sorted(r["paragraph"] for r in got) == list(range(SEED_PARAGRAPHS))
    _no_secret(produced.stdout, produced.stderr, consumed.stdout, consumed.stderr)


def test_the_plaintext_listener_cannot_pose_as_the_sasl_one(broker, seed_path):
    # The same credentials sent to a listener without SASL get nowhere: the
    # clients really authenticate, they do not just connect.
    env = {**_sasl_env(broker, "PLAIN"), "DIPLO_BOOTSTRAP": f"127.0.0.1:{broker['plain']}"}
    line = _one_line_failure(_diplo(env, "produce", str(seed_path)), "produce")
    assert "SASL" in line, line


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-512"])
def test_a_wrong_password_is_one_line_for_every_command(broker, seed_path, tmp_path, mechanism):
    env = _sasl_env(broker, mechanism, password=WRONG)
    t = time.monotonic()
    for command in (["produce", str(seed_path)], ["consume", "--idle", "1"], ["topics"]):
        line = _one_line_failure(_diplo(env, *command), command[0])
        assert "credentials" in line, line
    # The worker stops before Faust starts, also in one line (Faust would retry for ever).
    env["DIPLO_DATA_DIR"] = str(tmp_path / "worker")
    line = _one_line_failure(_diplo(env, "worker", timeout=60), "worker")
    assert "credentials" in line, line
    assert time.monotonic() - t < 120


def _round_trip(env: dict[str, str], seed_path: Path, tmp_path: Path) -> str:
    """A real `diplo worker` through the secured listener: the seed in, every
    paragraph's result out.  Returns everything the worker logged."""
    web = free_port()
    log_path = tmp_path / "worker.log"
    env = {**env, "DIPLO_DATA_DIR": str(tmp_path / "worker"), "DIPLO_WEB_PORT": str(web),
           "DIPLO_LOG_LEVEL": "debug"}   # the most a worker ever logs
    with open(log_path, "wb") as out:
        worker = subprocess.Popen([sys.executable, "-m", "streams", "worker"], env=env, stdout=out,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_ready(web, worker, timeout=120)
        produced = _diplo(env, "produce", str(seed_path))
        assert produced.returncode == 0, produced.stderr[-2000:]
        deadline = time.monotonic() + 120
        results: list[dict] = []
        while len(results) < SEED_PARAGRAPHS and time.monotonic() < deadline and worker.poll() is None:
            consumed = _diplo(env, "consume", "--idle", "3")
            assert consumed.returncode == 0, consumed.stderr[-2000:]
            results = [orjson.loads(line) for line in consumed.stdout.splitlines()]
        _no_secret(produced.stderr, consumed.stdout, consumed.stderr)
    finally:
        stop_worker(worker)
    log = log_path.read_text(errors="replace")
    assert sorted(r["paragraph"] for r in results) == list(range(SEED_PARAGRAPHS)), log[-3000:]
    assert worker.returncode == 0, log[-3000:]
    return log


def test_worker_over_sasl_scram(broker, seed_path, tmp_path):
    log = _round_trip(_sasl_env(broker, "SCRAM-SHA-256"), seed_path, tmp_path)
    assert "SASL" in log or "sasl" in log  # the debug log did cover the connection
    _no_secret(log)


def test_worker_and_cli_over_tls(broker, seed_path, tmp_path):
    log = _round_trip(_ssl_env(broker, str(broker["ca"])), seed_path, tmp_path)
    _no_secret(log)


def test_worker_over_sasl_ssl(broker, seed_path, tmp_path):
    # Faust's SASLCredentials with a TLS context: the usual set-up of a hosted cluster.
    log = _round_trip(_sasl_env(broker, "SCRAM-SHA-512", tls=True), seed_path, tmp_path)
    _no_secret(log)


def test_tls_without_the_ca_fails_in_one_line(broker, seed_path):
    # The system's CAs do not know the local broker's self-signed CA.
    line = _one_line_failure(_diplo(_ssl_env(broker, None), "produce", str(seed_path)), "produce")
    assert "TLS" in line and "DIPLO_SSL_CAFILE" in line, line


def test_kafka_status_never_shows_the_password(broker):
    # The local broker's status (its listeners) and an external cluster's.
    local = _diplo({**_base_env(), **broker["env"]}, "kafka", "status")
    assert local.returncode == 0, local.stderr
    st = orjson.loads(local.stdout)
    assert st["sasl_bootstrap"] == f"127.0.0.1:{broker['sasl']}" and st["answers"]
    assert st["sasl_ssl_bootstrap"] == f"127.0.0.1:{broker['sasl_ssl']}" and st["ssl_cafile"] == str(broker["ca"])
    external = _diplo(_sasl_env(broker, "SCRAM-SHA-512"), "kafka", "status")
    assert external.returncode == 0 and orjson.loads(external.stdout)["answers"] is True
    refused = _diplo(_sasl_env(broker, "PLAIN", password=WRONG), "kafka", "status")
    assert refused.returncode == 1 and orjson.loads(refused.stdout)["answers"] is False
    _no_secret(local.stdout, local.stderr, external.stdout, external.stderr, refused.stdout, refused.stderr)
    # The broker's config holds the PLAIN password: only its owner may read it.
    config = kafka_local.run_dir(broker["settings"]) / "server.properties"
    assert config.stat().st_mode & 0o077 == 0


def test_kafka_python_debug_log_hides_the_password(broker, caplog):
    # kafka-python's admin client logs its whole configuration at DEBUG.
    env = _sasl_env(broker, "SCRAM-SHA-512")
    settings = resolve(environ=env)
    with caplog.at_level(logging.DEBUG):
        topics.ensure_topics(settings)
    assert "Starting KafkaAdminClient with configuration" in caplog.text
    assert "sasl_plain_password" in caplog.text
    _no_secret(caplog.text)


def _client_certificate(broker, tmp_path: Path, signed: bool) -> dict[str, str]:
    """DIPLO_SSL_CERTFILE / KEYFILE / KEY_PASSWORD of a new client certificate,
    signed by the local broker's CA or self-signed; the key is encrypted PEM."""
    keytool, openssl = shutil.which("keytool"), shutil.which("openssl")
    if not keytool or not openssl:
        pytest.skip("keytool and openssl make the client certificate")
    tdir = kafka_local.tls_dir(broker["settings"])
    ca_password = (tdir / "keystore.password").read_text().strip()
    store = ["-storetype", "PKCS12", "-storepass", "client-store"]
    cert, key, p12 = tmp_path / "client.pem", tmp_path / "client.key", tmp_path / "client.p12"
    steps = [[keytool, "-genkeypair", "-alias", "client", "-keyalg", "RSA", "-keysize", "2048",
              "-validity", "30", "-dname", "CN=diplo-test-client", "-keystore", str(p12), *store]]
    if signed:
        steps += [[keytool, "-certreq", "-alias", "client", "-keystore", str(p12), *store,
                   "-file", str(tmp_path / "client.csr")],
                  [keytool, "-gencert", "-rfc", "-alias", "ca", "-keystore", str(tdir / "ca.p12"),
                   "-storetype", "PKCS12", "-storepass", ca_password, "-validity", "30",
                   "-infile", str(tmp_path / "client.csr"), "-outfile", str(cert)]]
    else:
        steps += [[keytool, "-exportcert", "-rfc", "-alias", "client", "-keystore", str(p12), *store,
                   "-file", str(cert)]]
    steps += [[openssl, "pkcs12", "-in", str(p12), "-nocerts", "-passin", "pass:client-store",
               "-passout", f"pass:{KEY_PASSWORD}", "-out", str(key)]]
    for step in steps:
        subprocess.run(step, check=True, capture_output=True, timeout=60)
    return {"DIPLO_SSL_CERTFILE": str(cert), "DIPLO_SSL_KEYFILE": str(key),
            "DIPLO_SSL_KEY_PASSWORD": KEY_PASSWORD}


def test_a_client_certificate_signed_by_the_ca_is_accepted(broker, seed_path, tmp_path):
    env = {**_ssl_env(broker, str(broker["ca"])), **_client_certificate(broker, tmp_path, signed=True)}
    produced = _diplo(env, "produce", str(seed_path))
    assert produced.returncode == 0, produced.stderr[-2000:]
    consumed = _diplo(env, "consume", "--topic", "input", "--idle", "2")
    assert len(consumed.stdout.splitlines()) == SEED_PARAGRAPHS, consumed.stderr[-2000:]
    _no_secret(produced.stdout, produced.stderr, consumed.stderr)


def test_an_untrusted_client_certificate_fails_in_one_line(broker, seed_path, tmp_path):
    # The broker asks for a certificate and gets one it does not trust: the
    # certificate really is sent (a missing one would be accepted).
    env = {**_ssl_env(broker, str(broker["ca"])), **_client_certificate(broker, tmp_path, signed=False)}
    line = _one_line_failure(_diplo(env, "produce", str(seed_path)), "produce")
    assert "TLS handshake" in line and "DIPLO_SSL_CERTFILE" in line, line


def test_loadtest_over_sasl_ssl(broker):
    # The load generator's producer and reader are librdkafka's: the same DIPLO_* settings
    # reach them (connection.rdkafka_config), and every paragraph comes back.
    env = _sasl_env(broker, "SCRAM-SHA-256", tls=True)
    proc = _diplo(env, "loadtest", "--paragraphs", "200", "--processes", "1", "--json", timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = orjson.loads(proc.stdout.splitlines()[-1])
    assert summary["paragraphs"] == 200 and summary["lost"] == 0 and summary["duplicates"] == 0
    _no_secret(proc.stdout, proc.stderr)
