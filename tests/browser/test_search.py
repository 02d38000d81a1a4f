"""The site's own search (Material's, run in a worker from the site's files) finds guides in each language."""

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import READY_TIMEOUT_MS

# A plain word a person would type, and the guide it must find.
SEARCHES = [
    ("", "cannabis", "guides/prop-64/"),
    ("", "expungement", "guides/dismissal/"),
    ("", "juvenile", "guides/juvenile-sealing/"),
    ("es/", "cannabis", "es/guides/prop-64/"),
    ("es/", "juvenil", "es/guides/juvenile-sealing/"),
    ("es/", "arresto", "es/guides/arrest-sealing/"),
]


# What a person types for a guide, and the guide that must come first
# (the keywords hooks/search.py adds). Several answers are right for some.
FIRST = [
    ("", "1203.4", ["guides/dismissal/"]),
    ("", "1170.18", ["guides/prop-47/"]),
    ("", "11357", ["guides/prop-64/"]),
    ("", "marijuana", ["guides/prop-64/"]),
    ("", "weed", ["guides/prop-64/"]),
    ("", "pot", ["guides/prop-64/"]),
    ("", "expunge", ["guides/start-here/", "guides/dismissal/"]),
    ("", "clean my record", ["guides/start-here/", "guides/dismissal/"]),
    ("", "DUI", ["guides/dismissal/"]),
    ("", "petty theft", ["guides/prop-47/"]),
    ("", "shoplifting", ["guides/prop-47/"]),
    ("es/", "1203.4", ["es/guides/dismissal/"]),
    ("es/", "1170.18", ["es/guides/prop-47/"]),
    ("es/", "11357", ["es/guides/prop-64/"]),
    ("es/", "marihuana", ["es/guides/prop-64/"]),
    ("es/", "expunge", ["es/guides/start-here/", "es/guides/dismissal/"]),
    ("es/", "limpiar mis antecedentes", ["es/guides/start-here/", "es/guides/dismissal/"]),
    ("es/", "DUI", ["es/guides/dismissal/"]),
    ("es/", "hurto", ["es/guides/prop-47/"]),
]


def result_pages(page, site, home, query):
    """The result pages listed for ``query`` typed on ``home``, best first.

    Material's search reads the box on a key release, on focus, and when its
    worker says the index is ready, never on an ``input`` event alone: so the
    query is typed and a key released, and whichever comes last (the key or
    the worker) sends it. The test then waits on the result list itself.
    """
    page.goto(site.url + home)
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    try:
        page.wait_for_selector(".md-search-result__item", timeout=READY_TIMEOUT_MS, state="attached")
    except PlaywrightTimeout:
        meta = page.inner_text(".md-search-result__meta")
        pytest.fail(f"search for {query!r} listed nothing; search said {meta!r}; console: {page.console.messages}")
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    return [link.split("#")[0].split("?")[0] for link in links]


@pytest.mark.parametrize("home, query, expected", FIRST, ids=[home + query for home, query, _ in FIRST])
def test_search_lists_the_guide_for_a_code_section_or_common_word_first(page, site, home, query, expected):
    """A code section or an everyday word ("weed", "DUI") puts its guide at the top of the results."""
    page.set_viewport_size({"width": 1280, "height": 900})
    pages = result_pages(page, site, home, query)
    assert pages[0] in [site.url + path for path in expected], pages[:5]


@pytest.mark.parametrize("home, query, expected", SEARCHES, ids=[query for _, query, _ in SEARCHES])
def test_search_finds_a_guide_by_its_plain_name(page, site, home, query, expected):
    """Typing a plain word into the search box lists the right guide in the page's language."""
    page.set_viewport_size({"width": 1280, "height": 900})
    pages = result_pages(page, site, home, query)
    assert site.url + expected in pages[:5], pages[:5]
