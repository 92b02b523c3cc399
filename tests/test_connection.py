"""Security settings: resolved from DIPLO_*, refused when half made, never shown,
and the same for kafka-python and Faust (the broker itself: tests/integration/test_security.py)."""

from __future__ import annotations

import logging
import pickle
import ssl
import subprocess
import sys

import pytest

from streams import connection
from streams.errors import UserError
from streams.settings import Secret, environment_variables, resolve

SASL = {"DIPLO_BOOTSTRAP": "broker:9096", "DIPLO_SECURITY_PROTOCOL": "sasl_ssl",
        "DIPLO_SASL_MECHANISM": "scram-sha-256", "DIPLO_SASL_USERNAME": "diplo",
        "DIPLO_SASL_PASSWORD": "s3cret-Zq9"}


def test_variables_are_declared():
    for name in ("SECURITY_PROTOCOL", "SASL_MECHANISM", "SASL_USERNAME", "SASL_PASSWORD", "SSL_CAFILE",
                 "SSL_CERTFILE", "SSL_KEYFILE", "SSL_KEY_PASSWORD", "KAFKA_SASL_PORT", "KAFKA_SSL_PORT"):
        assert "DIPLO_" + name in environment_variables()


def test_plaintext_by_default():
    s = resolve(environ={})
    assert s.security_protocol == "PLAINTEXT"
    assert connection.client_config(s) == {"bootstrap_servers": "127.0.0.1:19092",
                                           "security_protocol": "PLAINTEXT"}
    assert connection.faust_credentials(s) is None


def test_the_password_is_never_shown():
    s = resolve(environ=SASL)
    assert s.sasl_password.reveal() == "s3cret-Zq9"
    for text in (repr(s), str(s), repr(s.sasl_password), str(s.sasl_password), f"{s.sasl_password}",
                 "%s %r" % (s.sasl_password, s.sasl_password),  # noqa: UP031 (old-style formatting is what is checked) repr(connection.client_config(s)),
                 repr(connection.faust_credentials(s))):
        assert "s3cret-Zq9" not in text
    # Copies (a child process's settings) keep the value, and keep it hidden.
    copied = pickle.loads(pickle.dumps(s))
    assert copied == s and "s3cret-Zq9" not in repr(copied)


def test_the_password_is_a_string_for_the_clients():
    # kafka-python encodes it: it must behave as the real value, only its repr is masked.
    value = connection.client_config(resolve(environ=SASL))["sasl_plain_password"]
    assert value == "s3cret-Zq9" and value.encode() == b"s3cret-Zq9" and repr(value) == "'***'"
    logging.getLogger("test").warning("config: %s", {"sasl_plain_password": value})


def test_kafka_python_and_faust_get_the_same_settings():
    s = resolve(environ=SASL)
    config = connection.client_config(s)
    assert config["security_protocol"] == "SASL_SSL" and config["sasl_mechanism"] == "SCRAM-SHA-256"
    assert config["sasl_plain_username"] == "diplo" and isinstance(config["ssl_context"], ssl.SSLContext)
    assert config["ssl_context"].check_hostname and config["ssl_context"].verify_mode == ssl.CERT_REQUIRED
    creds = connection.faust_credentials(s)
    assert creds.protocol.value == "SASL_SSL" and creds.mechanism.value == "SCRAM-SHA-256"
    assert creds.username == "diplo" and creds.password == "s3cret-Zq9"
    tls = connection.faust_credentials(resolve(environ={"DIPLO_BOOTSTRAP": "b:9093",
                                                        "DIPLO_SECURITY_PROTOCOL": "SSL"}))
    assert tls.protocol.value == "SSL" and isinstance(tls.context, ssl.SSLContext)


def test_librdkafka_gets_the_same_settings():
    config = connection.rdkafka_config(resolve(environ=SASL))
    assert config["security.protocol"] == "SASL_SSL" and config["sasl.mechanism"] == "SCRAM-SHA-256"
    assert config["sasl.username"] == "diplo" and config["sasl.password"] == "s3cret-Zq9"
    assert "s3cret" not in repr(config)
    assert config["ssl.ca.location"] == "probe"        # no CA file: the system's, as ssl_context
    plain = connection.rdkafka_config(resolve(environ={"DIPLO_BOOTSTRAP": "b:9092"}))
    assert plain == {"bootstrap.servers": "b:9092", "security.protocol": "PLAINTEXT"}


@pytest.mark.parametrize("env, says", [
    ({"DIPLO_SECURITY_PROTOCOL": "TLS"}, "DIPLO_SECURITY_PROTOCOL must be one of"),
    ({**SASL, "DIPLO_SASL_MECHANISM": "GSSAPI"}, "DIPLO_SASL_MECHANISM must be one of"),
    ({**SASL, "DIPLO_SASL_PASSWORD": ""}, "needs DIPLO_SASL_USERNAME and DIPLO_SASL_PASSWORD"),
    ({"DIPLO_BOOTSTRAP": "b:1", "DIPLO_SASL_USERNAME": "u", "DIPLO_SASL_PASSWORD": "p"},
     "SECURITY_PROTOCOL is PLAINTEXT"),
    ({"DIPLO_BOOTSTRAP": "b:1", "DIPLO_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "DIPLO_SASL_USERNAME": "u",
      "DIPLO_SASL_PASSWORD": "p", "DIPLO_SSL_CAFILE": "/etc/hostname"}, "set it to SSL or SASL_SSL"),
    ({"DIPLO_BOOTSTRAP": "b:1", "DIPLO_SECURITY_PROTOCOL": "SSL", "DIPLO_SSL_CAFILE": "/no/such/ca.pem"},
     "DIPLO_SSL_CAFILE: no such file"),
    ({"DIPLO_SECURITY_PROTOCOL": "SSL"}, "the local broker has no SSL listener"),
    ({**SASL, "DIPLO_BOOTSTRAP": ""}, "the local broker has no SASL_SSL listener \\(set DIPLO_KAFKA_SASL_SSL_PORT"),
])
def test_half_made_security_settings_are_refused(env, says):
    with pytest.raises(UserError, match=says) as caught:
        resolve(environ=env)
    assert "s3cret-Zq9" not in str(caught.value)


def test_the_local_broker_listener_follows_the_protocol():
    env = {"DIPLO_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "DIPLO_SASL_USERNAME": "u",
           "DIPLO_SASL_PASSWORD": "p", "DIPLO_KAFKA_SASL_PORT": "19094"}
    assert resolve(environ=env).bootstrap_servers == "127.0.0.1:19094"
    assert resolve(environ={"DIPLO_SECURITY_PROTOCOL": "SSL", "DIPLO_KAFKA_SSL_PORT": "19095"}
                   ).bootstrap_servers == "127.0.0.1:19095"
    assert resolve(environ={**env, "DIPLO_SECURITY_PROTOCOL": "SASL_SSL", "DIPLO_KAFKA_SASL_SSL_PORT": "19096"}
                   ).bootstrap_servers == "127.0.0.1:19096"


def test_an_unusable_client_certificate_is_one_clear_error(tmp_path):
    cert = tmp_path / "client.pem"
    cert.write_text("not a certificate\n")
    s = resolve(environ={"DIPLO_BOOTSTRAP": "b:9093", "DIPLO_SECURITY_PROTOCOL": "SSL",
                         "DIPLO_SSL_CERTFILE": str(cert), "DIPLO_SSL_KEY_PASSWORD": "k3y-pass"})
    with pytest.raises(UserError, match="cannot load the TLS files") as caught:
        connection.client_config(s)
    assert "k3y-pass" not in str(caught.value)


def test_cli_refuses_a_bad_setting_in_one_line_without_the_password():
    env = {"PATH": "/usr/bin:/bin", "DIPLO_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "DIPLO_SASL_USERNAME": "u",
           "DIPLO_SASL_PASSWORD": "s3cret-Zq9", "DIPLO_SASL_MECHANISM": "MD5"}
    proc = subprocess.run([sys.executable, "-m", "streams", "consume"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "DIPLO_SASL_MECHANISM must be one of" in proc.stderr and "s3cret-Zq9" not in proc.stderr


def test_secret_equality_and_truth():
    assert Secret("a") == Secret("a") and Secret("a") != Secret("b") and not Secret("")
    assert repr(Secret("")) == "Secret('')" and repr(Secret("x")) == "Secret('***')"


def test_security_variables_are_documented():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text()
    example = (root / "docker" / ".env.example").read_text()
    for name in environment_variables():
        if any(k in name for k in ("SECURITY", "SASL", "SSL")):
            assert f"`{name}`" in readme or name in readme, name
            assert name in example or "KAFKA_" in name, name   # the local broker's ports are not compose's
