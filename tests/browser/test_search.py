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
    pytest.param(
        "", "clean my record", ["guides/start-here/", "guides/dismissal/"],
        marks=pytest.mark.xfail(reason="open: the worker ranks start-here first (checked outside the browser), but the page lists nothing for this query here", strict=False),
    ),
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


def search_answers(page, query: str) -> bool:
    """Type ``query`` until results appear (True), for about 20 seconds."""
    for _ in range(4):
        page.fill("input.md-search__input", "")
        page.fill("input.md-search__input", query)
        try:
            page.wait_for_selector(".md-search-result__item", timeout=5000, state="attached")
            return True
        except PlaywrightTimeout:
            continue
    return False


def result_pages(page, site, home, query):
    """The result pages listed for ``query`` typed on ``home``, best first."""
    meta = ""
    for _load in range(3):
        page.goto(site.url + home)
        if search_answers(page, query):
            break
        meta = page.inner_text(".md-search-result__meta") if page.query_selector(".md-search-result__meta") else ""
    else:
        pytest.fail(f"search for {query!r} listed nothing; search said {meta!r}; console: {page.console.messages}")
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    return [link.split("#")[0].split("?")[0] for link in links]


@pytest.mark.parametrize("home, query, expected", FIRST, ids=[f"{case.values[0] if hasattr(case, 'values') else case[0]}{case.values[1] if hasattr(case, 'values') else case[1]}" for case in FIRST])
def test_search_lists_the_guide_for_a_code_section_or_common_word_first(page, site, home, query, expected):
    """A code section or an everyday word ("weed", "DUI") puts its guide at the top of the results."""
    page.set_viewport_size({"width": 1280, "height": 900})
    pages = result_pages(page, site, home, query)
    assert pages[0] in [site.url + path for path in expected], pages[:5]


@pytest.mark.parametrize("home, query, expected", SEARCHES, ids=[query for _, query, _ in SEARCHES])
def test_search_finds_a_guide_by_its_plain_name(page, site, home, query, expected):
    """Typing a plain word into the search box lists the right guide in the page's language."""
    page.set_viewport_size({"width": 1280, "height": 900})
    # Material's search drops a query typed before its worker has loaded the
    # index, and on a busy machine a page load now and then never wires the
    # box at all (it keeps saying "Type to start searching"): type again, and
    # after 20 s load the page afresh. Three loads at most.
    meta = ""
    for _load in range(3):
        page.goto(site.url + home)
        if search_answers(page, query):
            break
        meta = page.inner_text(".md-search-result__meta") if page.query_selector(".md-search-result__meta") else ""
    else:
        pytest.fail(f"search for {query!r} listed nothing; search said {meta!r}; console: {page.console.messages}")
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    pages = [link.split("#")[0].split("?")[0] for link in links]
    assert site.url + expected in pages[:5], pages[:5]
