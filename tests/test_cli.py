from __future__ import annotations

import orjson

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
    src.write_bytes(b'{"doc_id": "a", "paragraph": 0, "text": "Presiden Joko Widodo tiba di Tokyo.", "published": "2024-05-02"}\n'
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
