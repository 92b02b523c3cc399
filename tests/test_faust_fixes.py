"""streams/faust_fixes.py: installed with every app, only on the releases it was written for.
What it fixes (paragraphs lost at a rebalance) is shown end to end by
tests/integration/test_failures.py."""

from __future__ import annotations

import inspect

import faust
import pytest
from faust.tables.recovery import Recovery

from streams import faust_fixes
from streams.app import create_app
from streams.settings import resolve


def test_every_app_gets_the_seek_before_resume(tmp_path):
    Recovery.on_recovery_completed = faust_fixes.UPSTREAM_ON_RECOVERY_COMPLETED
    create_app(resolve(environ={"DIPLO_DATA_DIR": str(tmp_path)}))
    assert Recovery.on_recovery_completed is faust_fixes._on_recovery_completed


def _position(source: str, call: str) -> int:
    assert call in source, call
    return source.index(call)


def test_the_replacement_seeks_before_it_resumes_and_clears():
    source = inspect.getsource(faust_fixes._on_recovery_completed)
    seek = _position(source, "perform_seek()")
    resume = _position(source, "consumer.resume_partitions(")
    clear = _position(source, "app.flow_control.resume()")
    assert seek < resume < clear
    # No await between the resume and the queue clearing: nothing is fetched in between.
    assert "await" not in source[resume:clear]


def test_upstream_still_resumes_before_it_seeks():
    # When this fails, faust-streaming changed the method: check whether the
    # fix is still needed before widening FAUST_RANGE.
    source = inspect.getsource(faust_fixes.UPSTREAM_ON_RECOVERY_COMPLETED)
    assert _position(source, "consumer.resume_partitions(") < _position(source, "perform_seek()")


def test_refuses_a_release_it_was_not_written_for(monkeypatch):
    monkeypatch.setattr(faust, "__version__", "0.16.0")
    with pytest.raises(RuntimeError, match="faust_fixes"):
        faust_fixes.apply()
    monkeypatch.setattr(faust, "__version__", "0.15.3")
    faust_fixes.apply()
