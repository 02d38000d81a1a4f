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
