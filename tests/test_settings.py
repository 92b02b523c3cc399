from pathlib import Path

from streams.settings import environment_variables, resolve


def test_argument_beats_environment_beats_default():
    env = {"DIPLO_PARTITIONS": "3", "DIPLO_BOOTSTRAP": "broker:9092", "DIPLO_HOME": "/tmp/h"}
    s = resolve({"partitions": 5}, environ=env)
    assert s.partitions == 5 and s.bootstrap == "broker:9092" and s.home == Path("/tmp/h")
    assert not s.local and s.bootstrap_servers == "broker:9092"
    d = resolve({}, environ={})
    assert d.partitions == 8 and d.local and d.bootstrap_servers == "127.0.0.1:19092"


def test_every_variable_has_the_prefix():
    assert all(v.startswith("DIPLO_") for v in environment_variables())
    assert "DIPLO_BOOTSTRAP" in environment_variables()


def test_limits_come_from_the_environment_and_must_be_positive():
    import pytest

    from streams.errors import UserError

    d = resolve({}, environ={})
    assert d.max_text_bytes == 65536 and d.max_result_bytes == 900_000
    s = resolve({}, environ={"DIPLO_MAX_TEXT_BYTES": "1000", "DIPLO_MAX_RESULT_BYTES": "50000"})
    assert s.max_text_bytes == 1000 and s.max_result_bytes == 50_000
    assert "DIPLO_MAX_TEXT_BYTES" in environment_variables()
    for bad in ({"DIPLO_MAX_TEXT_BYTES": "64k"}, {"DIPLO_MAX_RESULT_BYTES": "-1"}, {"DIPLO_PARTITIONS": "0"}):
        with pytest.raises(UserError, match=next(iter(bad))):
            resolve({}, environ=bad)


def test_batch_within_may_be_zero_but_not_negative():
    import pytest

    from streams.errors import UserError

    assert resolve({}, environ={}).batch_within == 0.0
    assert resolve({}, environ={"DIPLO_BATCH_WITHIN": "0"}).batch_within == 0.0
    assert resolve({}, environ={"DIPLO_BATCH_WITHIN": "0.02"}).batch_within == 0.02
    with pytest.raises(UserError, match="DIPLO_BATCH_WITHIN"):
        resolve({}, environ={"DIPLO_BATCH_WITHIN": "-0.1"})
