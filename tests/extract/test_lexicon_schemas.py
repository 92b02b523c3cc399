"""Every lexicon file is validated on load against lang/schemas/<kind>.schema.json:
an unknown key, a missing key, a wrong type or a malformed token pattern fails
with the file and the line; a grammar key the code reads but the file lacks
is an error, not an empty set."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from streams.extract import lexicon
from streams.extract.lexicon import LANG_DIR, SCHEMA_DIR, LexiconError, kind_of, load, validate_file

SHIPPED = sorted(p for p in LANG_DIR.glob("*/*") if p.suffix in (".jsonl", ".json", ".txt")
                 and p.parent != SCHEMA_DIR)
ROW_KINDS = sorted({kind_of(p) for p in SHIPPED if p.suffix == ".jsonl"})
PATTERN_KINDS = ("event_triggers", "negation", "modality")


def first_row(kind: str) -> dict:
    path = next(p for p in SHIPPED if kind_of(p) == kind)
    return orjson.loads(path.read_bytes().splitlines()[0])


def write_rows(tmp_path: Path, kind: str, bad: dict) -> Path:
    """Two valid rows, a blank line, then the bad row: it is on line 4."""
    good = first_row(kind)
    path = tmp_path / "xx" / f"{kind}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [orjson.dumps(good), orjson.dumps(good), b"", orjson.dumps(bad)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def fails(path: Path, line: int, *words: str) -> str:
    with pytest.raises(LexiconError) as caught:
        validate_file(path)
    message = str(caught.value)
    assert f"{path}:{line}: " in message, message
    for word in words:
        assert word in message, message
    return message


def wrong_type(value):
    """A value of another JSON type than `value`."""
    if isinstance(value, bool) or value is None:
        return 42
    if isinstance(value, str):
        return 42
    if isinstance(value, list):
        return "not a list"
    return "not a number" if isinstance(value, int) else ["not", "an", "object"]


# -- the shipped files -------------------------------------------------------

@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_file_validates(path):
    validate_file(path)


def test_every_kind_of_file_has_a_schema():
    kinds = {kind_of(p) for p in SHIPPED}
    assert kinds == {p.name.split(".")[0] for p in SCHEMA_DIR.glob("*.schema.json")}


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_shipped_languages_load(lang):
    lex = load(lang)
    assert lex.event_triggers and lex.titles and lex.grammar and lex.dates


def test_schemas_are_valid_draft_2020_12():
    from jsonschema import Draft202012Validator

    for path in SCHEMA_DIR.glob("*.schema.json"):
        schema = orjson.loads(path.read_bytes())
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Draft202012Validator.check_schema(schema)


# -- rows of .jsonl files ----------------------------------------------------

@pytest.mark.parametrize("kind", ROW_KINDS)
def test_unknown_key_fails_with_file_and_line(tmp_path, kind):
    path = write_rows(tmp_path, kind, dict(first_row(kind), colour="blue"))
    fails(path, 4, "unknown key 'colour'")


@pytest.mark.parametrize("kind", ROW_KINDS)
def test_missing_key_fails_with_file_and_line(tmp_path, kind):
    row = first_row(kind)
    key = lexicon.schema(kind)["required"][0]
    del row[key]
    fails(write_rows(tmp_path, kind, row), 4, f"missing key '{key}'")


@pytest.mark.parametrize("kind", ROW_KINDS)
def test_wrong_type_fails_with_file_and_line(tmp_path, kind):
    row = first_row(kind)
    for key in lexicon.schema(kind)["required"]:
        bad = dict(row, **{key: wrong_type(row[key])})
        fails(write_rows(tmp_path, kind, bad), 4, f"{key}: ")


@pytest.mark.parametrize("kind", PATTERN_KINDS)
@pytest.mark.parametrize("pattern, says", [
    ([{"LOWR": "visited"}], "LOWR"),                            # no such token attribute
    ([{"LOWER": "visited", "OP": "??"}], "OP"),                 # no such operator
    ([{"LOWER": {"IN": "visited"}}], "IN"),                     # IN takes a list
    ([{"LOWER": {"NOT_A_PREDICATE": ["visited"]}}], "LOWER"),
    ([], "pattern"),                                            # empty
    ([["LOWER", "visited"]], "pattern"),                        # a token is an object
])
def test_malformed_pattern_fails_with_file_and_line(tmp_path, kind, pattern, says):
    fails(write_rows(tmp_path, kind, dict(first_row(kind), pattern=pattern)), 4, says)


def test_malformed_then_pattern_fails(tmp_path):
    row = dict(first_row("event_triggers"), then=[{"LEMMA": "sanction"}], gap=3)
    fails(write_rows(tmp_path, "event_triggers", row), 4, "then")


def test_then_needs_a_gap(tmp_path):
    row = dict(first_row("event_triggers"), then=[{"LOWER": "sanctions"}])
    fails(write_rows(tmp_path, "event_triggers", row), 4, "missing key 'gap'")


@pytest.mark.parametrize("key, value", [("type", "CONSUL"), ("voice", "middle"), ("mode", "Visit"),
                                        ("cameo", "42"), ("id", "Not An Id")])
def test_closed_value_sets_of_triggers(tmp_path, key, value):
    row = dict(first_row("event_triggers"), **{key: value})
    fails(write_rows(tmp_path, "event_triggers", row), 4, f"{key}: ")


def test_unknown_key_inside_place_object_coding(tmp_path):
    row = dict(first_row("event_triggers"), place_object={"type": "ASSAULT", "mode": None, "cameo": "192", "tipe": "X"})
    fails(write_rows(tmp_path, "event_triggers", row), 4, "place_object: unknown key 'tipe'")


def test_every_bad_row_is_listed(tmp_path):
    path = tmp_path / "titles.jsonl"
    path.write_text('{"text": "President", "role": "president"}\n{"text": "Envoy"}\n'
                    '{"text": "Chief", "role": "chief", "rank": 1}\n', "utf-8")
    message = fails(path, 2, "missing key 'role'")
    assert f"{path}:3: unknown key 'rank'" in message


def test_a_line_that_is_not_json_fails_with_file_and_line(tmp_path):
    path = tmp_path / "titles.jsonl"
    path.write_text('{"text": "President", "role": "president"}\n{"text": "Envoy",\n', "utf-8")
    fails(path, 2, "not JSON")


# -- name_blockers.txt -------------------------------------------------------

def test_name_blocker_of_two_words_fails_with_line(tmp_path):
    path = tmp_path / "name_blockers.txt"
    path.write_text("# a comment\n\nMinistry\nForeign Ministry\n", "utf-8")
    fails(path, 4, "Foreign Ministry")


# -- grammar.json and dates.json ---------------------------------------------

@pytest.fixture
def lang_dir(tmp_path) -> Path:
    """A copy of the shipped en and xx files, to spoil one at a time."""
    for code in ("en", "xx"):
        shutil.copytree(LANG_DIR / code, tmp_path / code)
    return tmp_path


def edit_json(path: Path, change) -> None:
    data = orjson.loads(path.read_bytes())
    change(data)
    path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))


def test_copied_language_loads(lang_dir):
    assert load("en", lang_dir).grammar == load("en").grammar


def test_missing_grammar_key_fails(lang_dir):
    path = lang_dir / "en" / "grammar.json"
    edit_json(path, lambda g: g.pop("owner_markers"))
    with pytest.raises(LexiconError, match=rf"{path}:1: missing key 'owner_markers'"):
        load("en", lang_dir)


def test_unknown_grammar_key_fails_on_its_line(lang_dir):
    path = lang_dir / "en" / "grammar.json"
    edit_json(path, lambda g: g.update(owner_marker=["of"]))
    line = path.read_text("utf-8").splitlines().index('  "owner_marker": [') + 1
    with pytest.raises(LexiconError, match=rf"{path}:{line}: unknown key 'owner_marker'"):
        load("en", lang_dir)


def test_wrong_type_in_grammar_fails_on_its_line(lang_dir):
    path = lang_dir / "en" / "grammar.json"
    edit_json(path, lambda g: g["collective"]["numbers"].update(two="2"))
    text = path.read_text("utf-8").splitlines()
    line = next(k for k, ln in enumerate(text, 1) if ln.strip().startswith('"two"'))
    with pytest.raises(LexiconError, match=rf"{path}:{line}: collective/numbers/two: '2' is not of type 'integer'"):
        load("en", lang_dir)


def test_missing_grammar_file_fails(lang_dir):
    (lang_dir / "en" / "grammar.json").unlink()
    with pytest.raises(LexiconError, match=r"grammar\.json:1: missing file"):
        load("en", lang_dir)


@pytest.mark.parametrize("change, says", [
    (lambda d: d.pop("months"), "missing key 'months'"),
    (lambda d: d.update(seasons={}), "unknown key 'seasons'"),
    (lambda d: d["weekdays"].update(someday=7), "weekdays/someday: 7 is greater than the maximum of 6"),
])
def test_bad_dates_file_fails(lang_dir, change, says):
    path = lang_dir / "en" / "dates.json"
    edit_json(path, change)
    with pytest.raises(LexiconError, match=rf"{path}:\d+: {says}"):
        load("en", lang_dir)


def test_reading_a_grammar_key_the_file_lacks_is_an_error():
    lex = load("en")
    path = str(LANG_DIR / "en" / "grammar.json")
    for read in (lambda: lex.words("no_such_words"), lambda: lex.phrases("no_such_words"),
                 lambda: lex.grammar.get("no_such_words", ()), lambda: lex.grammar["no_such_words"]):
        with pytest.raises(LexiconError) as caught:
            read()
        assert path in str(caught.value) and "'no_such_words'" in str(caught.value)
    with pytest.raises(LexiconError, match="dates.json"):
        lex.dates.get("no_such_dates", {})


def test_an_empty_word_class_reads_as_empty():
    assert load("en").words("verbal_prefixes") == frozenset()
    assert load("id").words("owner_markers") == frozenset()
