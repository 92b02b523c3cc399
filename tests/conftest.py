"""Root fixtures.  Integration fixtures start (or reuse) a real Kafka broker."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from streams.settings import Settings, resolve

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_b166d6fb68aa97ad.txt"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A run that collected nothing is a failure, never a pass (pytest's exit 5).
    if session.testscollected == 0:
        session.exitstatus = 1


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def kafka_settings() -> Settings:
    """A broker for the whole session: DIPLO_BOOTSTRAP if set, else the local one."""
    from streams import kafka_local

    settings = resolve()
    with kafka_local.ensure_running(settings):
        yield settings


@pytest.fixture
def isolated(kafka_settings: Settings, tmp_path: Path) -> Settings:
    """Fresh topic names, consumer group and data dir for one test."""
    tag = uuid.uuid4().hex[:8]
    return replace(kafka_settings, input_topic=f"paragraphs-{tag}", output_topic=f"extractions-{tag}",
                   dlq_topic=f"extractions-{tag}.dlq", app_id=f"diplo-test-{tag}",
                   data_dir=tmp_path / "worker", partitions=4)
