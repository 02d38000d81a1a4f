"""The site's languages, from the one registry ``languages.json`` beside this file.

Pure (json and pathlib only), so the same code runs in CPython, in the build
and in Pyodide. Each entry: ``code`` (page suffix, URL prefix and <html lang>,
"zh-Hant"), ``folder`` (the gettext catalog folder, "zh_Hant"), ``autonym``
(the name in the language itself, for the picker), ``dir`` ("ltr"/"rtl"),
``material`` (Material's partials/languages name, or None), ``search`` and
``lunr`` (how search works in it), ``coverage`` ("full": every page; "key":
the key pages, other guides shown in English with a notice), and
``machine_assisted`` (its pages say so and link to the English page).
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGISTRY = Path(__file__).with_name("languages.json")

# The pages every language has in full (site paths without suffix). Other
# guides in a "key" language show the English page with a notice.
KEY_PAGES = (
    "index.md",
    "guides/start-here.md",
    "privacy.md",
    "guides/free-legal-help.md",
    "guides/glossary.md",
    "screener/index.md",
    "statement/index.md",
    "check/index.md",
)

SEARCH_NOTES = {
    "lunr": "search works, with lunr.js's support for the language",
    "whitespace": "search matches whole words only (lunr.js has no stemmer for it)",
    "none": "search finds little: words are not separated by spaces and lunr.js cannot split them",
}


@dataclass(frozen=True)
class Language:
    code: str
    folder: str
    name: str
    autonym: str
    dir: str
    material: str | None
    search: str
    lunr: str | None
    coverage: str
    machine_assisted: bool
    default: bool = False

    @property
    def prefix(self) -> str:
        """The URL folder of the language's pages: "" for the default, else "zh-Hant/"."""
        return "" if self.default else f"{self.code}/"


@lru_cache(maxsize=1)
def registry() -> tuple[Language, ...]:
    """Every language of the registry, the default first, in the registry's order."""
    data = json.loads(REGISTRY.read_text(encoding="utf-8"))
    languages = tuple(Language(**entry) for entry in data["languages"])
    problems = []
    codes = [language.code for language in languages]
    if len(set(codes)) != len(codes):
        problems.append("a code is listed twice")
    if sum(language.default for language in languages) != 1 or not languages[0].default:
        problems.append("exactly one language, the first, must be the default")
    for language in languages:
        if language.dir not in ("ltr", "rtl"):
            problems.append(f"{language.code}: dir must be ltr or rtl")
        if language.coverage not in ("full", "key"):
            problems.append(f"{language.code}: coverage must be full or key")
        if language.search not in SEARCH_NOTES:
            problems.append(f"{language.code}: search must be one of {sorted(SEARCH_NOTES)}")
    if problems:
        raise ValueError(f"{REGISTRY.name}: " + "; ".join(problems))
    return languages


def default() -> Language:
    return registry()[0]


def by_code(code: str) -> Language:
    """The language whose code is ``code`` exactly (KeyError otherwise)."""
    for language in registry():
        if language.code == code:
            return language
    raise KeyError(code)


# Tags browsers send for Chinese that name a script or a region instead.
_CHINESE = {
    "hant": "zh_Hant", "tw": "zh_Hant", "hk": "zh_Hant", "mo": "zh_Hant",
    "hans": "zh_Hans", "cn": "zh_Hans", "sg": "zh_Hans", "my": "zh_Hans",
}


def folder_for(tag: str) -> str:
    """A language tag reduced to a registry folder ("es-MX" -> "es", "zh-TW" -> "zh_Hant").

    Unknown languages keep their primary subtag ("fr-CA" -> "fr"), so the
    caller's fallback to English decides; an empty tag is the default.
    """
    parts = [part for part in (tag or "").strip().replace("-", "_").split("_") if part]
    if not parts:
        return default().folder
    primary = parts[0].lower()
    if primary == "zh":
        for part in parts[1:]:
            if part.lower() in _CHINESE:
                return _CHINESE[part.lower()]
        return "zh_Hans"
    for language in registry():
        if language.folder.lower() == primary:
            return language.folder
    return primary


def built(locales: Path) -> tuple[Language, ...]:
    """The languages to build: the default, and each whose catalog exists in ``locales``."""
    return tuple(
        language
        for language in registry()
        if language.default or (locales / language.folder / "LC_MESSAGES" / "messages.po").exists()
    )
