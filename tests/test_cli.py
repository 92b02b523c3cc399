from __future__ import annotations

import orjson
import pytest

from streams.cli import main as diplo
from streams.messages import errors


def _lines(capsysbinary) -> list[dict]:
    return [orjson.loads(line) for line in capsysbinary.readouterr().out.splitlines()]


def test_extract_seed_gives_23_valid_lines(seed_path, capsysbinary):
    assert diplo(["extract", str(seed_path)]) == 0
    out = _lines(capsysbinary)
    assert [r["paragraph"] for r in out] == list(range(23))
    assert all(errors("extraction", r) == [] for r in out)
    assert all(r["doc_id"] == seed_path.name for r in out)


def test_extract_jsonl_turns_bad_lines_into_dead_letters(tmp_path, capsysbinary):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"doc_id": "a", "paragraph": 0, "text": "Presiden Joko Widodo tiba di Tokyo.", '
                    b'"published": "2024-05-02"}\n'
                    b'{"doc_id": "a", "paragraph": "one"}\n'
                    b'not json\n'
                    b'\n'
                    b'{"doc_id": "a", "paragraph": 1, "text": "Ia bertemu Perdana Menteri Fumio Kishida."}\n')
    assert diplo(["extract", str(src)]) == 0
    out = _lines(capsysbinary)
    assert [o.get("kind", "extraction") for o in out] == ["extraction", "dead_letter", "dead_letter", "extraction"]
    assert [o["reason"] for o in out if o.get("kind") == "dead_letter"] == ["invalid", "undecodable"]
    assert out[1]["offset"] == 2 and errors("dead_letter", out[1]) == []


def test_extract_is_deterministic_apart_from_timestamps(seed_path, capsysbinary):
    def run():
        diplo(["extract", str(seed_path)])
        return [{k: v for k, v in r.items() if not k.endswith("_at")} for r in _lines(capsysbinary)]
    assert run() == run()


def test_extract_applies_the_stream_checks_to_every_line(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.setenv("DIPLO_MAX_TEXT_BYTES", "200")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_bytes(b'{"doc_id": "a", "paragraph": 0, "text": "Sugiono met Wang Yi.", "lang": "en"}\n'
                      b'{"doc_id": "a", "paragraph": 1, "text": "caf\xe9"}\n'
                      b'{"doc_id": "a", "paragraph": 2, "text": " \\t "}\n'
                      b'{"doc_id": "a", "paragraph": 3, "text": "' + b"x" * 201 + b'"}\n'
                      b'{"doc_id": "a", "paragraph": 4, "text": "a\\u0000b"}\n'
                      b'{"doc_id": "a", "paragraph": 100001, "text": "x"}\n')
    txt = tmp_path / "doc.txt"
    txt.write_bytes(b"Menlu RI bertemu Menlu China.\n"
                    b"Menlu caf\xe9 bertemu.\n"          # latin-1: not UTF-8
                    b"\n"
                    b"Ia \x1b[2Jbertemu.\n"
                    + b"y" * 201 + b"\n"
                    b"Presiden Prabowo tiba di Tokyo.\n")
    assert diplo(["extract", str(jsonl), str(txt)]) == 0
    out = _lines(capsysbinary)
    summary = [(o.get("reason") or o["doc_id"], o.get("offset")) for o in out]
    assert summary == [("a", None), ("not_utf8", 2), ("empty_text", 3), ("too_large", 4),
                       ("control_chars", 5), ("invalid", 6),
                       ("doc.txt", None), ("not_utf8", 2), ("control_chars", 4), ("too_large", 5),
                       ("doc.txt", None)]
    # The bad lines of the .txt keep their paragraph index: the last one is still 4.
    assert out[-1]["paragraph"] == 4
    assert all(errors("dead_letter" if o.get("kind") == "dead_letter" else "extraction", o) == []
               for o in out)


def _one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


def test_missing_file_is_one_line_and_exit_1(tmp_path, capsys):
    assert diplo(["extract", str(tmp_path / "nope.txt")]) == 1
    assert _one_line_error(capsys) == f"diplo extract: cannot read {tmp_path / 'nope.txt'}: no such file"
    assert diplo(["produce", str(tmp_path)]) == 1   # read before any broker is contacted
    assert _one_line_error(capsys).endswith("it is a directory")
    assert diplo(["eval", str(tmp_path / "gold.jsonl")]) == 1
    assert _one_line_error(capsys) == f"diplo eval: cannot read {tmp_path / 'gold.jsonl'}: No such file or directory"


def test_bad_setting_is_one_line_and_exit_1(seed_path, capsys, monkeypatch):
    monkeypatch.setenv("DIPLO_MAX_TEXT_BYTES", "64k")
    assert diplo(["extract", str(seed_path)]) == 1
    assert _one_line_error(capsys) == "diplo extract: DIPLO_MAX_TEXT_BYTES: expected a whole number, got '64k'"
    monkeypatch.setenv("DIPLO_MAX_TEXT_BYTES", "0")
    assert diplo(["extract", str(seed_path)]) == 1
    assert "must be a positive number" in _one_line_error(capsys)


def test_bad_flag_value_exits_2_without_traceback(seed_path, capsys):
    for argv in (["extract", "--published", "5 May", str(seed_path)],
                 ["produce", "--partitions", "0", str(seed_path)],
                 ["consume", "--format", "xml"]):
        with pytest.raises(SystemExit) as exc:
            diplo(argv)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("diplo ")
