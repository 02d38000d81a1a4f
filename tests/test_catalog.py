"""The gettext catalogs: complete, consistent, and found by language tag."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from expunge_assist import catalog

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
