"""The one registry of languages, and what the build and hooks make of it."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from expunge_assist import language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import build  # noqa: E402

_spec = importlib.util.spec_from_file_location("languages_hook", ROOT / "hooks" / "languages.py")
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)

CODES = ["en", "es", "zh-Hant", "zh-Hans", "ko", "vi", "tl", "hy", "fa", "ar", "ru", "km"]


def test_registry_has_the_twelve_languages_once_each():
    """The registry lists English first, Spanish, and the ten county languages with the agreed codes."""
    assert [entry.code for entry in language.registry()] == CODES
    assert language.default().code == "en"


def test_only_farsi_and_arabic_are_right_to_left():
    """dir is rtl for fa and ar only."""
    assert {entry.code for entry in language.registry() if entry.dir == "rtl"} == {"fa", "ar"}


def test_every_language_is_named_in_itself():
    """Each autonym is written in its own script (not the English name), except Tagalog, whose name is the same."""
    for entry in language.registry():
        if entry.code not in ("en", "tl"):
            assert entry.autonym != entry.name, entry.code


def test_material_partials_named_by_the_registry_exist():
    """Each registry `material` names a partials/languages file, Material's or the theme's own (Khmer)."""
    import material

    ours = Path(__file__).resolve().parents[1] / "templates" / "theme" / "partials" / "languages"
    theirs = Path(material.__file__).parent / "templates" / "partials" / "languages"
    for entry in language.registry():
        if entry.material:
            assert any((folder / f"{entry.material}.html").exists() for folder in (ours, theirs)), entry.code
    assert (ours / "km.html").exists() and not (theirs / "km.html").exists()


def test_only_english_and_spanish_are_not_machine_assisted():
    """Every other language's pages carry the machine-assisted notice."""
    assert {e.code for e in language.registry() if not e.machine_assisted} == {"en", "es"}


def test_a_language_is_built_only_once_its_catalog_exists(tmp_path):
    """built() is English alone with no catalogs, and gains a language when its messages.po appears."""
    assert [entry.code for entry in language.built(tmp_path)] == ["en"]
    (tmp_path / "zh_Hant" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "zh_Hant" / "LC_MESSAGES" / "messages.po").write_text("")
    assert [entry.code for entry in language.built(tmp_path)] == ["en", "zh-Hant"]


def test_generated_languages_come_from_the_registry_and_catalogs():
    """The i18n `languages:` list has one entry per built language, named in itself, with nav words from its catalog."""
    entries = build.i18n_languages()
    built = language.built(build.LOCALES)
    assert [entry["locale"] for entry in entries] == [lang.code for lang in built]
    assert [entry["name"] for entry in entries] == [lang.autonym for lang in built]
    spanish = next(entry for entry in entries if entry["locale"] == "es")
    assert spanish["nav_translations"]["Home"] == "Inicio"
    assert spanish["site_description"].startswith("Ayuda gratuita")


def test_the_html_tag_gets_the_registry_language_and_direction():
    """set_html_language replaces Material's lang with the registry code, adds dir and the URL prefix."""
    html = '<!doctype html><html lang="zh" class="no-js"><head>'
    out = hook.set_html_language(html, language.by_code("zh-Hans"))
    assert '<html lang="zh-Hans" dir="ltr" data-lang-prefix="zh-Hans/" class="no-js">' in out
    out = hook.set_html_language('<html lang="fa" class="no-js">', language.by_code("fa"))
    assert 'dir="rtl"' in out and out.count("lang=") == 1


def test_site_words_fall_back_to_english_for_a_language_without_catalog():
    """site_t gives the English message id where the language has no catalog yet, and Spanish from its catalog."""
    assert hook.site_t("Quick exit", "es") == "Salida rápida"
    missing = [e for e in language.registry() if not (build.LOCALES / e.folder).exists()]
    if missing:
        assert hook.site_t("Quick exit", missing[0].code) == "Quick exit"


@pytest.mark.parametrize("page_file, built_for, fallback", [("en", "zh-Hant", True), ("zh-Hant", "zh-Hant", False), ("en", "en", False)])
def test_a_fallback_page_is_the_english_file_in_another_language(page_file, built_for, fallback):
    """page_is_fallback is true only when an English source is built into another language's folder."""

    class File:
        locale = page_file
        locale_alternate_of = built_for

    class Page:
        file = File()

    assert hook.page_is_fallback(Page()) is fallback


def _english_pages() -> list[Path]:
    site = ROOT / "site"
    return [p for p in sorted(site.rglob("*.md")) if len(p.suffixes) == 1]


@pytest.mark.parametrize("entry", language.built(build.LOCALES), ids=lambda entry: entry.code)
def test_a_built_language_has_its_pages(entry):
    """A "full" language has every page; a "key" one has each key page (others fall back to English with a notice)."""
    site = ROOT / "site"
    if entry.default:
        pytest.skip("English is the source")
    wanted = [p.relative_to(site).as_posix() for p in _english_pages()] if entry.coverage == "full" else list(language.KEY_PAGES)
    missing = [page for page in wanted if not (site / page).with_suffix(f".{entry.code}.md").exists()]
    assert missing == [], f"{entry.code} lacks: {missing}"


@pytest.mark.site
def test_the_404_page_is_the_default_languages_not_the_last_built():
    """public/404.html (the one GitHub Pages serves) carries English navigation words, none of another language's."""
    page = (ROOT / "public" / "404.html").read_text(encoding="utf-8")
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):]
    words = set(re.findall(r">\s*([^<>]*?)\s*<", nav))
    assert '<html lang="en" dir="ltr"' in page and "Guides" in words
    others = {entry.code: hook.site_t("Guides", entry.code) for entry in language.built(build.LOCALES) if not entry.default}
    assert [code for code, word in others.items() if word in words and word != "Guides"] == []
