"""Every built page: its security policy holds, it links to its other language, it stays light."""

from dataclasses import replace

import pytest

from conftest import PUBLIC, READY_TIMEOUT_MS, built_pages, english_pages, gate_pages, page_id, tool_pages
from visit import WIDTHS, assert_kept_on_origin

GUIDE_PAGES = [path for path in gate_pages() if path not in tool_pages()]
ENGLISH_PAGES = [path for path in english_pages() if path.endswith("/") or path == ""]


def test_the_site_has_english_and_spanish_pages():
    """The build made the home, privacy, about and device-check pages in both languages."""
    pages = set(built_pages())
    for path in ["", "privacy/", "about/", "check/"]:
        assert path in pages and f"es/{path}" in pages, path


@pytest.mark.parametrize("path", gate_pages(), ids=page_id)
def test_page_has_its_policy_and_breaks_none_of_it(visits, path):
    """The page carries its CSP and referrer policy, and the console shows no violation or error."""
    seen = visits(path, WIDTHS["desktop"])
    assert 200 <= seen.status < 300, f"{path}: HTTP {seen.status}"
    assert "default-src 'none'" in seen.policy and "'wasm-unsafe-eval'" in seen.policy
    assert seen.referrer == "no-referrer"
    assert seen.python in (None, "ready"), f"{path}: Python {seen.python}"
    assert seen.policy_violations == []
    assert seen.errors == []
    assert_kept_on_origin(seen)


def test_a_policy_violation_would_be_seen(page, site):
    """Control: an inline script the policy does not allow is refused, and the console check sees it."""
    page.goto(site.url)
    refused = lambda message: "Content Security Policy" in message.text or message.text.startswith("Refused to")
    with page.expect_console_message(refused, timeout=READY_TIMEOUT_MS):
        page.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
        }""")
    assert page.evaluate("() => window.ran") is None
    assert page.console.policy_violations()


@pytest.mark.parametrize("path", ENGLISH_PAGES, ids=page_id)
def test_english_and_spanish_pages_link_to_each_other(page, site, path):
    """The language switcher on each English page leads to its Spanish page, and back."""
    page.goto(site.url + path)
    assert page.get_attribute("html", "lang") == "en"
    page.goto(page.locator("a.md-select__link[hreflang='es']").evaluate("a => a.href"))
    assert page.url == site.url + "es/" + path
    assert page.get_attribute("html", "lang") == "es"
    page.goto(page.locator("a.md-select__link[hreflang='en']").evaluate("a => a.href"))
    assert page.url == site.url + path


@pytest.mark.parametrize("path", GUIDE_PAGES, ids=page_id)
def test_guide_pages_never_load_python(visits, path):
    """A guide page requests neither Pyodide nor the tools' worker nor their archives."""
    assert visits(path, WIDTHS["desktop"]).tool_requests == []


def test_a_visit_that_left_the_origin_fails_the_gates(visits):
    """Control: a visit whose guard saw an off-origin request, or that set a cookie, fails assert_kept_on_origin."""
    seen = visits("about/", WIDTHS["desktop"])
    assert_kept_on_origin(seen)
    for planted in (replace(seen, problems=["off-origin request: https://example.com/"]), replace(seen, cookies=[{"name": "x"}])):
        with pytest.raises(AssertionError):
            assert_kept_on_origin(planted)


def test_a_tool_page_is_seen_loading_python(visits):
    """Control: the same check lists the requests of a page that does start Python, so it can fail."""
    assert any("/assets/pyodide/" in url for url in visits("check/", WIDTHS["desktop"]).tool_requests)


def test_a_missing_page_gets_the_styled_404_page(page, site):
    """Any missing address, however deep, gets the 404 page with its styles (as on GitHub Pages)."""
    response = page.goto(site.url + "es/no/such/page/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "404 - Not found"
    header = page.locator("header.md-header").evaluate("h => getComputedStyle(h).position")
    assert header == "sticky"
    assert page.console.policy_violations() == []


def test_every_page_is_in_the_check_list():
    """The page list the tests use matches the HTML files in public/."""
    assert len(built_pages()) == len(list(PUBLIC.rglob("*.html"))) >= 9
