"""MkDocs hook: one search index per language, so a Spanish page searches Spanish pages.

mkdocs-static-i18n stacks every language into one search/search_index.json,
so a Spanish search listed English pages first ("juvenil" found the English
juvenile guide). After the build this hook writes each language its own
index under its own root (es/search/search_index.json) and points that
language's pages at it: Material fetches the index from the "base" in each
page's __config data, which is rewritten from the site root to the language
root. Nothing else in Material reads that base here (instant navigation and
version selection are off).
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from expunge_assist import language

CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


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
    index_file.write_text(json.dumps({**index, "config": {**index["config"], "lang": _lunr(default_lang)}, "docs": default}))
    for lang, docs in by_language.items():
        target = Path(config.site_dir) / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "config": {**index["config"], "lang": _lunr(lang)}, "docs": docs}))
