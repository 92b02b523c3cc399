"""A tuned worker runs on uvloop; the naive baseline, and DIPLO_EVENT_LOOP=asyncio, on asyncio's."""

from __future__ import annotations

import asyncio

import pytest
import uvloop

from streams.settings import UserError, resolve
from streams.worker import use_event_loop


@pytest.fixture
def restore_policy():
    saved = asyncio.get_event_loop_policy()
    yield
    asyncio.set_event_loop_policy(saved)


@pytest.mark.parametrize("environ, expected", [
    ({}, uvloop.EventLoopPolicy),
    ({"DIPLO_EVENT_LOOP": "asyncio"}, asyncio.DefaultEventLoopPolicy),
    ({"DIPLO_PROFILE": "naive"}, asyncio.DefaultEventLoopPolicy),
])
def test_the_loop_a_worker_runs_on(restore_policy, environ, expected):
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    use_event_loop(resolve(environ=environ))
    assert type(asyncio.get_event_loop_policy()) is expected


def test_an_unknown_loop_is_refused():
    with pytest.raises(UserError, match="DIPLO_EVENT_LOOP"):
        resolve(environ={"DIPLO_EVENT_LOOP": "trio"})
