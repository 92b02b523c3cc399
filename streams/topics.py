"""Every topic: name, key, partitions.  Declared on the Faust app, and created
on the broker (with an explicit partition count) before a worker starts."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from .client import require_broker
from .connection import client_config
from .settings import Settings


@dataclass(frozen=True)
class Topics:
    paragraphs: faust.TopicT      # input; key = doc_id, so a document stays on one partition
    extractions: faust.TopicT     # output; key = doc_id; one message per input paragraph
    dead_letters: faust.TopicT    # input that could not be processed, with the reason


def declare(app: faust.App, settings: Settings) -> Topics:
    def topic(name: str) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw",
                         value_serializer="raw", partitions=settings.partitions)
    return Topics(topic(settings.input_topic), topic(settings.output_topic), topic(settings.dlq_topic))


def names(settings: Settings) -> list[str]:
    return [settings.input_topic, settings.output_topic, settings.dlq_topic]


def drop_app_topics(settings: Settings) -> list[str]:
    """Delete the three topics and the app's own (Faust's changelogs, named
    after the app id); return the ones deleted.  For the load test's
    throwaway runs: a broker that keeps thousands of their partitions slows down."""
    admin = KafkaAdminClient(**client_config(settings), client_id="diplo-admin")
    try:
        mine = set(names(settings))
        doomed = sorted(t for t in admin.list_topics() if t in mine or t.startswith(settings.app_id + "-"))
        if doomed:
            admin.delete_topics(doomed)
        return doomed
    finally:
        admin.close()


def ensure_topics(settings: Settings) -> list[str]:
    """Create the three topics if missing; return the ones created."""
    # First, so a worker (which starts here) with wrong credentials stops in one
    # line instead of retrying until a timeout.
    require_broker(settings)
    admin = KafkaAdminClient(**client_config(settings), client_id="diplo-admin")
    try:
        existing = set(admin.list_topics())
        missing = [n for n in names(settings) if n not in existing]
        if missing:
            try:
                admin.create_topics([NewTopic(n, num_partitions=settings.partitions, replication_factor=1)
                                     for n in missing])
            except TopicAlreadyExistsError:
                pass  # another worker won the race
        return missing
    finally:
        admin.close()
