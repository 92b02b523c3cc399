"""How every client connects to Kafka: one place turns the security settings
into the options of kafka-python (producer, consumer, admin client), of
Faust (aiokafka) and of librdkafka (the load generator's result reader), so
the CLI, the load test and the workers can never differ.

The password leaves its Secret wrapper only here, into the clients' own
configuration; Faust's SASLCredentials hides it in its repr too.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

from .errors import UserError
from .settings import ENV_PREFIX, Settings

if TYPE_CHECKING:  # faust is heavy to import; `diplo kafka` and the CLI clients never need it
    from faust.types.auth import CredentialsT


class _Unprintable(str):
    """The password as the clients need it (a str they encode), with a repr
    that hides it: kafka-python's admin client logs its whole configuration
    at DEBUG ("Starting KafkaAdminClient with configuration: {...}")."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"


def uses_tls(settings: Settings) -> bool:
    return settings.security_protocol in ("SSL", "SASL_SSL")


def uses_sasl(settings: Settings) -> bool:
    return settings.security_protocol.startswith("SASL_")


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context both client libraries use (None without TLS): the
    system's CAs or DIPLO_SSL_CAFILE, hostname checked, and a client
    certificate when one is configured."""
    if not uses_tls(settings):
        return None
    try:
        context = ssl.create_default_context(cafile=settings.ssl_cafile or None)
        if settings.ssl_certfile:
            context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile or None,
                                    password=settings.ssl_key_password.reveal() or None)
    except (OSError, ssl.SSLError) as exc:
        # The message names the file and the problem, never the key password.
        raise UserError(f"cannot load the TLS files ({ENV_PREFIX}SSL_CAFILE / SSL_CERTFILE / "
                        f"SSL_KEYFILE): {exc.strerror or getattr(exc, 'reason', None) or type(exc).__name__}") from None
    return context


def client_config(settings: Settings) -> dict[str, Any]:
    """bootstrap_servers and security options for any kafka-python client."""
    return {"bootstrap_servers": settings.bootstrap_servers, **security_config(settings)}


def security_config(settings: Settings) -> dict[str, Any]:
    """The security options alone (for a client given another address)."""
    config: dict[str, Any] = {"security_protocol": settings.security_protocol}
    context = ssl_context(settings)
    if context is not None:
        config["ssl_context"] = context
    if uses_sasl(settings):
        config.update(sasl_mechanism=settings.sasl_mechanism,
                      sasl_plain_username=settings.sasl_username,
                      sasl_plain_password=_Unprintable(settings.sasl_password.reveal()))
    return config


def rdkafka_config(settings: Settings) -> dict[str, Any]:
    """The same address and security options in librdkafka's names (confluent-kafka).

    librdkafka builds its own TLS context from files: the CA file, or the
    system's CAs when none is set (as ssl_context does), and the client
    certificate; it checks the broker's hostname by default."""
    config: dict[str, Any] = {"bootstrap.servers": settings.bootstrap_servers,
                              "security.protocol": settings.security_protocol}
    if uses_tls(settings):
        config["ssl.ca.location"] = settings.ssl_cafile or "probe"
        if settings.ssl_certfile:
            config["ssl.certificate.location"] = settings.ssl_certfile
            config["ssl.key.location"] = settings.ssl_keyfile or settings.ssl_certfile
            if settings.ssl_key_password.reveal():
                config["ssl.key.password"] = _Unprintable(settings.ssl_key_password.reveal())
    if uses_sasl(settings):
        config.update({"sasl.mechanism": settings.sasl_mechanism, "sasl.username": settings.sasl_username,
                       "sasl.password": _Unprintable(settings.sasl_password.reveal())})
    return config


def faust_credentials(settings: Settings) -> CredentialsT | None:
    """faust.App(broker_credentials=...): the same protocol, mechanism, user
    and TLS context for the workers' consumer, producer and topic creation."""
    import faust

    context = ssl_context(settings)
    if uses_sasl(settings):
        # With a context Faust picks SASL_SSL, without SASL_PLAINTEXT.
        return faust.SASLCredentials(username=settings.sasl_username,
                                     password=settings.sasl_password.reveal(),
                                     mechanism=settings.sasl_mechanism, ssl_context=context)
    if context is not None:
        return faust.SSLCredentials(context)
    return None
