"""Pool settings that need no broker."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.cli import parser
from streams.errors import UserError
from streams.pool import member_settings, oversize_warning, worker_env
from streams.settings import Settings, resolve


def test_each_member_has_its_own_data_dir_and_web_port():
    s = Settings(data_dir=Path("/d"), web_port=7000)
    a, b = member_settings(s, 0), member_settings(s, 1)
    assert a.data_dir != b.data_dir and {a.web_port, b.web_port} == {7000, 7001}
    assert member_settings(Settings(web_port=0), 1).web_port == 0     # off stays off


def test_child_environment_resolves_the_same_settings():
    s = Settings(partitions=3, batch_size=7, batch_within=0.5, profile="naive", app_id="x")
    child = resolve(environ=worker_env(s, base={}))
    assert child.partitions == 3 and child.batch_size == 7 and child.batch_within == 0.5
    assert child.profile == "naive" and child.app_id == "x"
    assert child.bootstrap == s.bootstrap_servers          # a child never starts a broker


def test_more_processes_than_partitions_is_warned_about():
    assert oversize_warning(2, 8) is None
    assert "2 of them will stay idle" in oversize_warning(10, 8)


def test_processes_flag():
    p = parser()
    assert p.parse_args(["worker"]).processes is None           # one process, as before
    assert p.parse_args(["worker", "--processes", "3"]).processes == 3
    assert p.parse_args(["worker", "--processes"]).processes >= 1   # one per CPU
    with pytest.raises(SystemExit):
        p.parse_args(["worker", "--processes", "0"])


def test_unknown_profile_is_refused():
    with pytest.raises(UserError, match="DIPLO_PROFILE"):
        resolve(environ={"DIPLO_PROFILE": "fast"})


def test_a_child_gets_the_password_itself_not_its_mask():
    s = resolve(environ={"DIPLO_BOOTSTRAP": "b:9096", "DIPLO_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
                         "DIPLO_SASL_MECHANISM": "SCRAM-SHA-512", "DIPLO_SASL_USERNAME": "u",
                         "DIPLO_SASL_PASSWORD": "p4ss-child"})
    env = worker_env(s, base={})
    assert env["DIPLO_SASL_PASSWORD"] == "p4ss-child"
    child = resolve(environ=env)
    assert child.sasl_password.reveal() == "p4ss-child" and child.sasl_mechanism == "SCRAM-SHA-512"
