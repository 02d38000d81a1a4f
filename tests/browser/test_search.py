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


@pytest.mark.parametrize("home, query, expected", SEARCHES, ids=[query for _, query, _ in SEARCHES])
def test_search_finds_a_guide_by_its_plain_name(page, site, home, query, expected):
    """Typing a plain word into the search box lists the right guide in the page's language."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url + home)
    # Material's search worker drops a query typed before its index is loaded,
    # which a busy machine makes likely: type again until it answers.
    for _ in range(READY_TIMEOUT_MS // 5000):
        page.fill("input.md-search__input", "")
        page.fill("input.md-search__input", query)
        try:
            page.wait_for_selector(".md-search-result__item", timeout=5000)
            break
        except PlaywrightTimeout:
            continue
    else:
        pytest.fail(f"search for {query!r} listed nothing")
    links = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    pages = [link.split("#")[0].split("?")[0] for link in links]
    assert site.url + expected in pages[:5], pages[:5]
