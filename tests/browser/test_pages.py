"""Every built page: its security policy holds, it links to its other language, it stays light."""

import pytest

from conftest import PUBLIC, READY_TIMEOUT_MS, built_pages, english_pages, gate_pages, page_id, tool_pages

GUIDE_PAGES = [path for path in gate_pages() if path not in tool_pages()]
ENGLISH_PAGES = [path for path in english_pages() if path.endswith("/") or path == ""]


def test_the_site_has_english_and_spanish_pages():
    """The build made the home, privacy, about and device-check pages in both languages."""
    pages = set(built_pages())
    for path in ["", "privacy/", "about/", "check/"]:
        assert path in pages and f"es/{path}" in pages, path


@pytest.mark.parametrize("path", gate_pages(), ids=page_id)
def test_page_has_its_policy_and_breaks_none_of_it(page, site, path):
    """The page carries its CSP and referrer policy, and the console shows no violation or error."""
    response = page.goto(site.url + path)
    assert response.ok, f"{path}: HTTP {response.status}"
    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "default-src 'none'" in policy and "'wasm-unsafe-eval'" in policy
    assert page.get_attribute('meta[name="referrer"]', "content") == "no-referrer"
    if path in tool_pages():
        page.wait_for_selector("html[data-python='ready']", timeout=120_000, state="attached")
    else:
        page.wait_for_load_state("load")
    assert page.console.policy_violations() == []
    assert page.console.errors() == []


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
def test_guide_pages_never_load_python(page, context, site, path):
    """A guide page requests neither Pyodide nor the tools' worker nor their archives."""
    page.goto(site.url + path)
    page.wait_for_load_state("load")
    # Every page's own scripts have run (the quick exit says so); a tool would have started Python by then.
    page.wait_for_selector("html[data-safety='ready']", state="attached", timeout=READY_TIMEOUT_MS)
    every_page = ("/assets/tools/exit.js", "/assets/tools/words.js", "/assets/tools/i18n/")
    tool_requests = [
        url for url in context.guard.requests
        if ("/assets/pyodide/" in url or "/assets/tools/" in url) and not any(part in url for part in every_page)
    ]
    assert tool_requests == []


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
