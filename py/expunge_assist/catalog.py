"""Translations of the tools' words, from the gettext catalogs in ``locales/``.

English is the source language: its words are the message ids, so it needs no
catalog. A language without a compiled catalog falls back to English rather
than failing, so a person always gets words they can act on.
"""

import gettext
from functools import lru_cache

from . import language
from .resources import locales_dir

SOURCE_LANGUAGE = "en"
DOMAIN = "messages"


def languages() -> list[str]:
    """Every language the tools can speak: English plus each compiled catalog."""
    found = {
        path.parent.parent.name
        for path in locales_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.mo")
    }
    return sorted(found | {SOURCE_LANGUAGE})


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for ``lang`` ("es", "es-MX" and "es_MX" all find Spanish)."""
    code = normalize(lang)
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    # The catalog is opened by its folder name itself: gettext's own lookup
    # rewrites names through the C library's locale aliases ("zh_Hant").
    path = locales_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def normalize(lang: str) -> str:
    """A language tag reduced to the catalog's folder: "es-MX" -> "es", "zh-TW" -> "zh_Hant" (language.py)."""
    return language.folder_for(lang)
