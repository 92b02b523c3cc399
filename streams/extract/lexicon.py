"""Loads one language's data files from lang/<code>/.

The code that uses a Lexicon never knows which language it serves: every
word it looks for comes from these files.  A missing .jsonl or .txt file
loads as empty, so a new language can start with a few files and grow;
grammar.json and dates.json must exist and give every key the code reads
(a word class the language lacks is written as an empty list).

Every file is checked on load against the JSON Schema of its kind in
lang/schemas/<kind>.schema.json (one row of a .jsonl file, one line of a
.txt file, the whole of a .json file), and every token pattern against
spaCy's own pattern schema.  A problem is a LexiconError that names the file
and the line: `lang/en/titles.jsonl:12: unknown key 'rank'`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from collections.abc import Iterable

import fastjsonschema
import orjson

LANG_DIR = Path(__file__).with_name("lang")
SCHEMA_DIR = LANG_DIR / "schemas"
LANGUAGES = ("id", "en")
# Keys of a row that hold a spaCy Matcher token pattern.
PATTERN_KEYS = ("pattern", "then")
# Words whose lemma and form a Lemmatizer keeps before it starts afresh.
MAX_CACHED = 500_000
# Problems listed in one error before the rest are only counted.
MAX_PROBLEMS = 20


class LexiconError(ValueError):
    """A data file that is missing, not JSON, or not what its schema says;
    the message has one `path:line: what is wrong` line per problem."""


def kind_of(path: Path) -> str:
    """The kind of a data file, which names its schema: titles.jsonl -> titles."""
    return path.name.split(".", 1)[0]


@cache
def schema(kind: str) -> dict[str, Any]:
    path = SCHEMA_DIR / f"{kind}.schema.json"
    if not path.exists():
        raise LexiconError(f"{path}: no schema for the data files of kind {kind!r}")
    return orjson.loads(path.read_bytes())


@cache
def _validator(kind: str):
    """The reference validator: slow (~0.2 s a language), but it
    says what is wrong; it runs only on what the compiled check rejects."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(kind))


@cache
def _fast_check(kind: str):
    """The schema compiled to Python code by fastjsonschema: yes or no, ~30x faster."""
    # Without "$id": fastjsonschema would join the relative id onto itself
    # when it resolves "#/$defs/..." (the refs are all local).
    return fastjsonschema.compile({k: v for k, v in schema(kind).items() if k != "$id"})


def _explain(error) -> tuple[list, str]:
    """(path to the value at fault, what is wrong) of one jsonschema error,
    in the words of a lexicon's author rather than of the validator."""
    path = list(error.absolute_path)
    where = "".join(f"{part}: " if k == len(path) - 1 else f"{part}/" for k, part in enumerate(path))
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = [k for k in error.instance if k not in known]
        return path + extra[:1], f"{where}unknown key{'s' * (len(extra) > 1)} {', '.join(map(repr, extra))}"
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        return path, f"{where}missing key{'s' * (len(missing) > 1)} {', '.join(map(repr, missing))}"
    return path, f"{where}{error.message}"


def _pattern_problems(row: dict[str, Any]) -> list[tuple[list, str]]:
    """spaCy's own check of the token patterns of a row (the JSON Schema only
    says a pattern is a list of token objects)."""
    from spacy.schemas import validate_token_pattern

    out = []
    for key in PATTERN_KEYS:
        if isinstance(row.get(key), list):
            for problem in validate_token_pattern(row[key]):
                # "[pattern -> 0 -> LOWR] Extra inputs are not permitted"
                out.append(([key], f"malformed token pattern: {problem.replace('[pattern', f'[{key}', 1)}"))
    return out


def problems(kind: str, value: Any) -> list[tuple[list, str]]:
    """What is wrong with one row (or line, or document) of a file of `kind`:
    (path to the value at fault, message) pairs, empty if it is valid."""
    found = []
    try:
        _fast_check(kind)(value)
        valid = True
    except fastjsonschema.JsonSchemaException:
        valid = False
    for error in [] if valid else sorted(_validator(kind).iter_errors(value), key=lambda e: list(map(str, e.path))):
        problem = _explain(error)
        if problem not in found:    # jsonschema reports each missing key; _explain names them all
            found.append(problem)
    if isinstance(value, dict) and any(k in value for k in PATTERN_KEYS):
        found += _pattern_problems(value)
    return found


def _fail(path: Path, lines: list[str]) -> None:
    if lines:
        more = f"\n({len(lines) - MAX_PROBLEMS} more problems)" if len(lines) > MAX_PROBLEMS else ""
        raise LexiconError("\n".join(lines[:MAX_PROBLEMS]) + more)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    kind = kind_of(path)
    rows, bad = [], []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if line.strip():
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                bad.append(f"{path}:{number}: not JSON: {exc}")
                continue
            bad += [f"{path}:{number}: {what}" for _, what in problems(kind, row)]
            rows.append(row)
    _fail(path, bad)
    return rows


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    kind = kind_of(path)
    out, bad = [], []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            word = line.strip()
            bad += [f"{path}:{number}: {what}" for _, what in problems(kind, word)]
            out.append(word)
    _fail(path, bad)
    return out


def _line_of(text: str, where: Iterable[Any]) -> int:
    """The line of a JSON document where the value at `where` (keys and list
    indices) is written: that of its innermost key; 1 for the document."""
    pos = 0
    for part in where:
        if isinstance(part, str):
            key = orjson.dumps(part).decode()
            found = re.compile(re.escape(key) + r"\s*:").search(text, pos)
            if found is None:
                break
            pos = found.start()
    return text.count("\n", 0, pos) + 1


class Strict(dict):
    """A JSON document's top-level object whose reader may not fall back on a
    default: reading a key the file lacks, even with .get(key, default), is a
    LexiconError naming the file and the key."""

    def __init__(self, data: dict[str, Any], path: Path) -> None:
        super().__init__(data)
        self.path = path

    def __missing__(self, key: str):
        raise LexiconError(f"{self.path}:1: missing key {key!r} (read by the extractor; "
                           "a language that lacks such words lists it as [])")

    def get(self, key: str, default: Any = None) -> Any:
        return self[key]


def _json(path: Path) -> Strict:
    if not path.exists():
        raise LexiconError(f"{path}:1: missing file (every language needs one; "
                           f"see lang/schemas/{kind_of(path)}.schema.json)")
    raw = path.read_bytes()
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise LexiconError(f"{path}:{exc.lineno}: not JSON: {exc}") from None
    text = raw.decode("utf-8")
    _fail(path, [f"{path}:{_line_of(text, where)}: {what}" for where, what in problems(kind_of(path), data)])
    return Strict(data, path)


def validate_file(path: Path) -> None:
    """Check one data file against the schema of its kind (LexiconError if invalid)."""
    path = Path(path)
    {".jsonl": _jsonl, ".txt": _lines, ".json": _json}[path.suffix](path)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    countries: list[dict] = field(default_factory=list)
    capitals: list[dict] = field(default_factory=list)
    contextual_names: list[dict] = field(default_factory=list)
    cities: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)             # generated: provinces, towns (xx/places.jsonl)
    organizations: list[dict] = field(default_factory=list)
    regions: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    titles: list[dict] = field(default_factory=list)
    reporting_verbs: list[dict] = field(default_factory=list)
    pronouns: list[dict] = field(default_factory=list)
    event_triggers: list[dict] = field(default_factory=list)
    event_anaphors: list[dict] = field(default_factory=list)
    negation: list[dict] = field(default_factory=list)
    modality: list[dict] = field(default_factory=list)
    persons: list[dict] = field(default_factory=list)
    name_blockers: frozenset[str] = frozenset()
    groups: list[dict] = field(default_factory=list)             # a country's people ("warga")
    portfolio_affixes: list[dict] = field(default_factory=list)  # "Menteri Ketenagakerjaan"
    descriptors: frozenset[str] = frozenset()                    # "the veteran minister"
    grammar: dict[str, Any] = field(default_factory=dict)
    dates: dict[str, Any] = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        """A grammar word list as a set of lower-case strings (LexiconError
        if grammar.json lacks the key)."""
        return frozenset(w.lower() for w in self.grammar[key])

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        """A grammar phrase list ("together with", "tidak ada yang") as lower-case token tuples."""
        return tuple(tuple(p.lower().split()) for p in self.grammar[key])


@cache
def load(lang: str, base: Path = LANG_DIR) -> Lexicon:
    """The lexicon of `lang` from base/<lang>/ and base/xx/, every file validated."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    base = Path(base)
    d = base / lang
    return Lexicon(
        lang=lang,
        countries=_jsonl(d / "countries.jsonl"),
        capitals=_jsonl(d / "capitals.jsonl"),
        contextual_names=_jsonl(d / "contextual_names.jsonl"),
        cities=_jsonl(base / "xx" / "cities.jsonl") + _jsonl(d / "cities.jsonl"),
        # Sub-national places built from ISO 3166-2 and GeoNames (tests/tools/build_places.py).
        places=_jsonl(base / "xx" / "places.jsonl"),
        organizations=_jsonl(d / "organizations.jsonl"),
        regions=_jsonl(d / "regions.jsonl"),
        institutions=_jsonl(d / "institutions.jsonl"),
        titles=_jsonl(d / "titles.jsonl"),
        reporting_verbs=_jsonl(d / "reporting_verbs.jsonl"),
        pronouns=_jsonl(d / "pronouns.jsonl"),
        event_triggers=_jsonl(d / "event_triggers.jsonl"),
        event_anaphors=_jsonl(d / "event_anaphors.jsonl"),
        negation=_jsonl(d / "negation.jsonl"),
        modality=_jsonl(d / "modality.jsonl"),
        # Well-known people are spelt alike in every language: lang/xx holds them.
        persons=_jsonl(base / "xx" / "persons.jsonl") + _jsonl(d / "persons.jsonl"),
        name_blockers=frozenset(_lines(d / "name_blockers.txt")),
        groups=_jsonl(d / "groups.jsonl"),
        portfolio_affixes=_jsonl(d / "portfolio_affixes.jsonl"),
        descriptors=frozenset(w.lower() for w in _lines(d / "descriptors.txt")),
        grammar=_json(d / "grammar.json"),
        dates=_json(d / "dates.json"),
    )


def warm_up_paragraphs(lang: str, base: Path = LANG_DIR) -> list[str]:
    """The paragraphs of base/<lang>/warm_up.txt (none if it is missing)."""
    return _lines(Path(base) / lang / "warm_up.txt")


class Lemmatizer:
    """A lower-case word's lemma and form, from lang/<code>/lemmas.json: the
    lookup table it names (spacy-lookups-data, read directly: no trained
    model), then for words the table lacks the stemmer it names (Sastrawi
    strips the Indonesian affixes the table does not list: di- passives);
    each word worked out once.  The form says how a trigger row's voice
    applies: "passive" (a passive prefix on a word whose lemma lacks it),
    "noun" (a nominalising suffix the lemma lacks), "other" (affixed, but
    without an active prefix where the language lists them), else "active"."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.table: dict[str, str] = _lookup_table(data["table"])
        self.stem = _stemmer(data["stemmer"])
        self.min_stem = data["min_stem_length"]
        self.passive = tuple(data["passive_prefixes"])
        self.active = tuple(data["active_prefixes"])
        self.noun = tuple(data["noun_suffixes"])
        self.not_noun = tuple(data["not_noun_suffixes"])
        self.lexicalized = frozenset(data["lexicalized"])    # their own lemma ("angkatan")
        self._lemmas: dict[str, str] = {}
        self._forms: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        try:
            return self._lemmas[word]
        except KeyError:
            pass
        if len(self._lemmas) > MAX_CACHED:     # a stream's vocabulary keeps growing
            self._lemmas.clear()
            self._forms.clear()
        lemma = word if word in self.lexicalized else self.table.get(word)
        if lemma is None:
            lemma = self.stem(word) if self._stemmable(word) else word
        self._lemmas[word] = lemma = lemma.lower() or word
        return lemma

    def _stemmable(self, word: str) -> bool:
        return self.stem is not None and len(word) >= self.min_stem and word.isalpha()

    def needs_stemmer(self, word: str) -> bool:
        """Whether working out the word's lemma would call the stemmer (not
        worked out before, not lexicalized, not in the table, stemmable)."""
        return (word not in self._lemmas and word not in self.lexicalized and word not in self.table
                and self._stemmable(word))

    def _noun(self, word: str, lemma: str) -> bool:
        return _noun_of(word, lemma, self.noun) and not _noun_of(word, lemma, self.not_noun)

    def form(self, word: str) -> str:
        form = self._forms.get(word)
        if form is None:
            lemma = self(word)
            if lemma == word:
                form = "active"
            elif word.startswith(self.passive) and not lemma.startswith(self.passive):
                form = "passive"
            elif self._noun(word, lemma):
                form = "noun"
            elif self.active and not word.startswith(self.active):
                form = "other"      # "bertahan", "tertahan": not the verb's active voice
            else:
                form = "active"
            self._forms[word] = form
        return form


def _noun_of(word: str, lemma: str, suffixes: tuple[str, ...]) -> bool:
    """The word ends in its lemma and a noun suffix, the lemma's first sound aside (a nasal takes its place:
    "penembakan", "penarikan" of "tembak", "tarik"; not the "-kan" verb "menembakkan")."""
    return len(word) > len(lemma) and any(word.endswith(lemma[1:] + s) for s in suffixes)


def _lookup_table(name: str) -> dict[str, str]:
    import gzip
    from importlib.resources import files
    path = files("spacy_lookups_data") / "data" / f"{name}.json.gz"
    return orjson.loads(gzip.decompress(path.read_bytes()))


def _stemmer(name: str | None):
    if name is None:
        return None
    if name == "sastrawi":
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
        return StemmerFactory().create_stemmer().stem
    raise LexiconError(f"unknown stemmer {name!r}")


@cache
def lemmatizer(lang: str, base: Path = LANG_DIR) -> Lemmatizer:
    """The lemmatizer of `lang` (lang/<code>/lemmas.json, validated)."""
    return Lemmatizer(_json(Path(base) / lang / "lemmas.json"))
