"""MkDocs hook: one search index per language, so a Spanish page searches Spanish pages.

mkdocs-static-i18n stacks every language into one search/search_index.json,
so a Spanish search listed English pages first ("juvenil" found the English
juvenile guide). After the build this hook writes each language its own
index under its own root (es/search/search_index.json) and points that
language's pages at it: Material fetches the index from the "base" in each
page's __config data, which is rewritten from the site root to the language
root. Nothing else in Material reads that base here (instant navigation and
version selection are off).

It also gives some guides a hidden "keywords" field, weighted like a title:
the words people type for a guide that its text does not use, or uses less
than another page does (a code section, "weed", "expunge", "DUI"). Material's
worker indexes every field named in the index's config, and shows only title,
text and tags, so the keywords rank a guide without being displayed.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from expunge_assist import language

CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


# Page (location without the language prefix) -> words that must find it.
# English and Spanish words together: each language index gets the same list,
# and people type English words ("expunge", "DUI") on Spanish pages too.
KEYWORDS = {
    "guides/dismissal/": (
        "1203.4 1203.4 1203.4 PC1203.4 expunge expunged expungement dismissal dismiss "
        "dui dwi drunk driving clean clear record conviction "
        "borrar limpiar antecedentes expurgar eliminar desestimar desestimación condena "
        "manejar ebrio"
    ),
    "guides/start-here/": (
        "expunge expungement clean clear my record criminal start "
        "borrar limpiar mis antecedentes penales empezar"
    ),
    "guides/prop-47/": (
        "1170.18 1170.18 1170.18 prop47 proposition petty theft shoplifting shoplift stealing "
        "drug possession "
        "hurto robo tienda robar posesión drogas proposición"
    ),
    "guides/prop-64/": (
        "11357 11358 11359 11360 11361.8 prop64 proposition marijuana marihuana weed pot "
        "cannabis mota hierba yerba"
    ),
}
KEYWORD_FIELD = {"boost": 1000.0}


def _with_keywords(index: dict, docs: list[dict]) -> dict:
    """The index with the keywords field in its config and on the pages it names."""
    fields = {**index["config"]["fields"], "keywords": KEYWORD_FIELD}
    docs = [{**doc, "keywords": KEYWORDS[doc["location"]]} if doc["location"] in KEYWORDS else doc for doc in docs]
    return {**index, "config": {**index["config"], "fields": fields}, "docs": docs}


def _index_config(config: dict, lang: str) -> dict:
    """The index config for one language: the registry's lunr.js language (none: split on spaces).

    lunr.zh needs Node's jieba and cannot run in a browser, so Chinese has no
    lunr language in the registry; its separator also splits at U+200B, where
    Material's search plugin marks word boundaries when jieba is installed at
    build time (it is not yet: Chinese search matches whole phrases only).
    """
    out = {**config, "lang": _lunr(lang)}
    if lang.split("-")[0].lower() == "zh":
        out["separator"] = r"[\s\u200b\-]+"
    return out


def _languages(config, default: bool = False) -> list[str]:
    """The locales built beside the default one (["es"]), or the default alone (["en"])."""
    plugin = config.plugins.get("i18n")
    return [language.locale for language in plugin.config.languages if bool(language.default) == default]


def _lunr(code: str) -> list[str]:
    """The lunr.js language of a registry language's index ([] when lunr.js has none: words split on spaces)."""
    lunr = language.by_code(code).lunr
    return [lunr] if lunr else []


def _language_root(base: str) -> str:
    """A page's base (site root) one level down: the root of its language folder."""
    parts = [part for part in base.split("/") if part]
    return "/".join(parts[:-1]) or "."


def on_post_page(output, page, config):
    lang = page.file.dest_uri.split("/", 1)[0]
    if lang in _languages(config):
        output = CONFIG_BASE.sub(lambda m: m.group(1) + _language_root(m.group(2)) + m.group(3), output, count=1)
    return output


@event_priority(-100)  # after mkdocs-static-i18n has written the combined index
def on_post_build(config):
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    languages = _languages(config)
    by_language = {lang: [] for lang in languages}
    default = []
    for doc in index["docs"]:
        prefix = doc["location"].split("/", 1)[0]
        if prefix in by_language:
            by_language[prefix].append({**doc, "location": doc["location"][len(prefix) + 1:]})
        else:
            default.append(doc)
    default_lang = _languages(config, default=True)[0]
    index_file.write_text(json.dumps(_with_keywords({**index, "config": _index_config(index["config"], default_lang)}, default)))
    for lang, docs in by_language.items():
        target = Path(config.site_dir) / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(_with_keywords({**index, "config": _index_config(index["config"], lang)}, docs)))
