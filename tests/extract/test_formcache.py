"""The gazetteer's forms, cut by the tokenizer once and read back from disk
by later processes, match as the forms cut afresh do; a cache that cannot be
read or written only costs the cutting."""

from __future__ import annotations

import spacy

from streams.extract import tokenizer
from streams.extract.actors import formcache
from streams.extract.actors.gazetteer import Gazetteer
from streams.extract.lexicon import load
from streams.extract.syntax import token_table

TEXTS = {
    "en": "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.",
    "id": "Menteri Luar Negeri RI Retno Marsudi bertemu Presiden Prancis di Jakarta, kata Kemlu.",
}


def _items(lang: str) -> list[tuple]:
    nlp = spacy.blank(lang, config=tokenizer.CONFIG)
    gaz = Gazetteer(nlp, load(lang))
    doc = nlp.make_doc(TEXTS[lang])
    doc.user_data["diplo_text"] = TEXTS[lang]
    token_table(doc)
    return [(it.kind, it.start, it.end, it.payload.get("code")) for it in gaz.items(doc)]


def test_forms_read_back_match_as_forms_cut_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for lang in ("en", "id"):
        cold = _items(lang)
        assert cold and len(list(formcache.cache_dir().glob(f"{lang}-*.json"))) == 1
        assert _items(lang) == cold


def test_an_unwritable_cache_only_costs_the_cutting(tmp_path, monkeypatch):
    (tmp_path / "diplo-stream").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _items("en") == _items("en")
