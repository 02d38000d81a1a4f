"""MkDocs hook: each page's language from the one registry (py/expunge_assist/languages.json).

- ``site_t(msgid, locale)`` (a template filter): the site's own words
  (py/expunge_assist/site_words.py) from the catalog of the page's language,
  English where a word is not translated, so the theme's partials hold no
  per-language word lists;
- ``site_language(locale)`` (a template global): the registry entry (code,
  dir, URL prefix, whether its pages carry the machine-assisted notice);
- ``<html lang dir data-lang-prefix>``: the registry's code, direction and
  URL folder ("zh-Hant/", "" for English) on every page (Material writes its
  own partial's code, "zh" for Simplified Chinese, and no dir on <html>);
  the tools' scripts link to site pages in the page's language through it;
- a guide not yet translated is built from the English page
  (mkdocs-static-i18n's fallback): the template marks its content
  ``lang="en" dir="ltr"`` (``page_is_fallback``).
"""

import re
from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

from expunge_assist import language

LOCALES = Path(__file__).resolve().parents[1] / "locales"
HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)


@lru_cache(maxsize=None)
def catalog_words(folder: str) -> dict[str, str]:
    """msgid -> msgstr of the folder's catalog (none fuzzy); {} when it has none."""
    path = LOCALES / folder / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle)
    return {m.id: m.string for m in catalog if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


def site_t(msgid: str, locale: str = "en") -> str:
    """``msgid`` in the language whose registry code is ``locale`` (English if untranslated)."""
    return catalog_words(language.by_code(locale).folder).get(msgid, msgid)


def page_language(page, config) -> language.Language:
    """The language a page is built for (its URL folder), not the language of its source file."""
    code = getattr(page.file, "locale_alternate_of", None)
    if code:
        return language.by_code(code)
    first = page.file.dest_uri.split("/", 1)[0]
    codes = {lang.code for lang in language.registry()}
    return language.by_code(first) if first in codes else language.default()


def page_is_fallback(page) -> bool:
    """The page is the English source shown in another language's folder (not translated yet)."""
    built_for = getattr(page.file, "locale_alternate_of", None)
    return bool(built_for) and getattr(page.file, "locale", built_for) != built_for


def set_html_language(html: str, lang: language.Language) -> str:
    """The page's <html> tag with the registry's lang and dir (any earlier ones replaced)."""
    match = HTML_TAG.search(html)
    if match is None:
        return html
    tag = re.sub(r'\s(?:lang|dir)="[^"]*"', "", match.group(0))
    tag = re.sub(r'\sdata-lang-prefix="[^"]*"', "", tag)
    tag = tag.replace("<html", f'<html lang="{lang.code}" dir="{lang.dir}" data-lang-prefix="{lang.prefix}"', 1)
    return html[: match.start()] + tag + html[match.end():]


def on_env(env, config, files):
    env.filters["site_t"] = site_t
    env.globals["site_language"] = language.by_code
    env.globals["page_is_fallback"] = page_is_fallback
    return env


GLOSSARY_LINK = re.compile(r'href="([^"#]*glossary/)#([A-Za-z0-9_-]+)"')


@lru_cache(maxsize=None)
def glossary_terms(docs_dir: str, code: str) -> frozenset[str]:
    """The term anchors of a language's glossary page ({#id}), or none if it has no page of its own."""
    source = Path(docs_dir) / "guides" / f"glossary.{code}.md"
    return frozenset(re.findall(r"\{#([A-Za-z0-9_-]+)\}", source.read_text(encoding="utf-8"))) if source.exists() else frozenset()


def on_page_content(html, page, config, files):
    """In a key-pages language, a link to a glossary term its glossary lacks goes to the English glossary.

    Such a language's glossary holds the key terms only; a guide shown in
    English there links terms like #prosecutor that only the English
    glossary explains.
    """
    lang = page_language(page, config)
    if lang.default or lang.coverage == "full":
        return html
    terms = glossary_terms(config.docs_dir, lang.code)
    depth = len([part for part in page.url.split("/") if part])
    english = "../" * depth + "guides/glossary/"

    def point(match):
        return match.group(0) if match.group(2) in terms else f'href="{english}#{match.group(2)}"'

    return GLOSSARY_LINK.sub(point, html)


def on_post_page(output, page, config):
    return set_html_language(output, page_language(page, config))


# The default language's 404 page, kept while the other languages build.
_DEFAULT_404: dict[str, str] = {}


def on_post_template(output_content, template_name, config):
    """404.html is the default language's, though every language's build writes it.

    mkdocs-static-i18n renders the theme's 404.html in each language's build
    and writes each to the same root file (GitHub Pages serves only that
    one), so the last language built would win: its navigation and theme
    words under an English page. The default language builds first; its page
    is kept and written again by the later builds.
    """
    if template_name != "404.html":
        return output_content
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.is_default_language_build or "html" not in _DEFAULT_404:
        _DEFAULT_404["html"] = set_html_language(output_content, language.default())
    return _DEFAULT_404["html"]
