"""The gettext catalogs: complete, consistent, and found by language tag."""

import sys

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from expunge_assist import catalog, language

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import catalog_report  # noqa: E402

LOCALES = Path(__file__).resolve().parents[1] / "locales"
CATALOGS = sorted(LOCALES.glob("*/LC_MESSAGES/messages.po"))


def _read(path):
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.mark.parametrize(
    "tag, code",
    [
        ("es", "es"), ("es-MX", "es"), ("ES_us", "es"), ("", "en"), ("  ", "en"), ("en-US", "en"),
        ("zh-Hant", "zh_Hant"), ("zh-TW", "zh_Hant"), ("zh_Hant", "zh_Hant"), ("zh-Hant-TW", "zh_Hant"), ("zh-HK", "zh_Hant"),
        ("zh-Hans", "zh_Hans"), ("zh-CN", "zh_Hans"), ("zh", "zh_Hans"), ("zh_Hans", "zh_Hans"),
        ("ko-KR", "ko"), ("fa-IR", "fa"), ("km", "km"), ("fr-CA", "fr"),
    ],
)
def test_normalize_reduces_a_tag_to_a_catalog_code(tag, code):
    """Browser language tags map to catalog codes."""
    assert catalog.normalize(tag) == code


def test_spanish_is_a_language_the_tools_speak():
    """The Spanish catalog compiles and is found."""
    assert "es" in catalog.languages()


def test_template_lists_every_catalog_message():
    """Every catalog was updated from the current template (run `make catalogs` after changing words)."""
    template_ids = {message.id for message in _read(LOCALES / "messages.pot") if message.id}
    for path in CATALOGS:
        catalog_ids = {message.id for message in _read(path) if message.id}
        assert template_ids == catalog_ids, f"{path}: run `make catalogs`"


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parent.parent.name)
def test_catalog_is_complete_and_keeps_placeholders(path):
    """Every message is translated, none fuzzy, and each keeps its %(name)s placeholders."""
    messages = [message for message in _read(path) if message.id]
    assert messages
    for message in messages:
        assert message.string and not message.fuzzy, f"{path}: translate {message.id!r}"
    problems = [error for _, errors in _read(path).check() for error in errors]
    assert not problems


def test_every_word_the_tools_show_is_in_the_catalog_template():
    """Each t("...") in the tools' JavaScript was extracted (Babel misses some, e.g. inside template literals)."""
    import re

    template_ids = {message.id for message in _read(LOCALES / "messages.pot") if message.id}
    scripts = sorted((LOCALES.parent / "site" / "assets" / "tools").glob("*.js"))
    missing = [
        f"{script.name}: {text!r}"
        for script in scripts
        for text in re.findall(r'\bt\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]', script.read_text(encoding="utf-8"))
        if "\\" not in text and text not in template_ids
    ]
    assert len(scripts) >= 5 and missing == [], "run `make catalogs`, or move these out of template literals"


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parent.parent.name)
def test_no_english_is_left_in_a_translated_catalog(path):
    """No message with words keeps its English as its translation (names and scripts/catalog_report.py's allow-list aside)."""
    folder = path.parent.parent.name
    assert catalog_report.english_left(_read(path), folder) == []


def test_english_left_is_found():
    """Control: a msgstr equal to its msgid is reported; one with only a placeholder or a code section is not."""
    from babel.messages.catalog import Catalog

    sample = Catalog(locale="es")
    sample.add("Delete my answers", "Delete my answers")
    sample.add("%(count)s", "%(count)s")
    sample.add("PC 1203.4", "PC 1203.4")
    sample.add("Expunge Assist", "Expunge Assist")
    assert catalog_report.english_left(sample, "xx") == ["Delete my answers"]


def test_catalog_folders_are_registry_languages():
    """Every catalog folder is a registry folder, so no catalog is built under a name the site does not know."""
    folders = {entry.folder for entry in language.registry()}
    assert {path.parent.parent.name for path in CATALOGS} <= folders


@pytest.mark.parametrize("path", CATALOGS, ids=lambda path: path.parent.parent.name)
def test_catalog_follows_its_glossary(path):
    """Each message whose English holds a glossary term holds one of the term's match stems (locales/X/glossary.csv)."""
    rows = catalog_report.read_glossary(path.parent.parent.name)
    if not rows:
        pytest.skip(f"{path.parent.parent.name} has no glossary.csv")
    assert {"term", "translation", "match", "source"} <= set(rows[0]), "header: term,translation,match,source"
    misses = catalog_report.glossary_misses(_read(path), rows)
    assert misses == [], "\n".join(f"{term!r} not rendered in: {msgid!r}" for term, msgid in misses)


def test_glossary_check_reports_a_miss():
    """Control: a message with "probation" translated without the stem is reported, one with it is not."""
    from babel.messages.catalog import Catalog

    sample = Catalog(locale="ru")
    sample.add("You finished probation.", "Вы закончили испытательный срок.")
    sample.add("Probation ended early.", "Срок закончился досрочно.")
    rows = [{"term": "probation", "translation": "испытательный срок", "match": "испытательн", "source": "x"}]
    assert catalog_report.glossary_misses(sample, rows) == [("probation", "Probation ended early.")]


def test_catalog_report_lists_every_registry_language(capsys):
    """`make catalog-report` prints one line per registry language, with translated/total for each catalog."""
    catalog_report.report()
    out = capsys.readouterr().out
    for entry in language.registry():
        assert f"\n{entry.code} " in out
    assert "/" in out.split("\nes ", 1)[1].splitlines()[0]
