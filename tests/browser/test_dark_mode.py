"""Dark mode: with the system set to dark, the pages and the tools are dark and every text colour passes axe's contrast rule.

Material's "slate" scheme follows prefers-color-scheme (mkdocs.yml); the
site's own colours switch with it (site.css). About eight page loads in all:
the home page, a guide, each tool's first question and its results or
letter, and right-to-left pages.
"""

import pytest

from conftest import READY_TIMEOUT_MS, _checked_context, wait_for_python
from helpers import advance
from samples import SEED_SCREENER, SEED_STATEMENT
from visit import AXE_SOURCE, report

# The page's background, as relative luminance (0 black, 1 white).
BODY_LUMINANCE = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number);
  const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}"""


@pytest.fixture
def dark_page(browser, site):
    """A page in a guarded context whose system colour setting is dark."""
    for context in _checked_context(browser, site, color_scheme="dark"):
        page = context.new_page()
        page.set_default_timeout(READY_TIMEOUT_MS)
        yield page


def contrast_violations(page) -> list[dict]:
    """axe-core's color-contrast rule on the page as it is now."""
    page.evaluate(AXE_SOURCE.read_text(encoding="utf-8"))
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {runOnly: {type: "rule", values: ["color-contrast"]}});
            return result.violations.map(v => ({
                rule: v.id, nodes: v.nodes.map(n => [n.target.join(" "), n.any.map(c => c.message).join(" ")]),
            }));
        }"""
    )


def assert_dark_and_readable(page, state):
    assert page.get_attribute("body", "data-md-color-scheme") == "slate", state
    luminance = page.evaluate(BODY_LUMINANCE)
    assert luminance < 0.05, f"{state}: the page's background is not dark (luminance {luminance:.2f})"
    violations = contrast_violations(page)
    assert violations == [], f"{state}: {report(violations)}"


def seeded(page, script):
    """A new tab in the same context (its own sessionStorage) whose storage ``script`` fills before the page runs."""
    tab = page.context.new_page()
    tab.set_default_timeout(READY_TIMEOUT_MS)
    tab.add_init_script(script)
    return tab


def first_question(page, site, path):
    page.goto(site.url + path)
    assert wait_for_python(page) == "ready"
    page.wait_for_selector("#ea-start")
    advance(page, lambda: page.click("#ea-start"))


@pytest.mark.parametrize("path", ["", "guides/dismissal/"], ids=["home", "guide"])
def test_pages_are_dark_and_pass_contrast(dark_page, site, path):
    """The home page and a guide follow the dark system setting, and their colours pass axe's contrast rule."""
    dark_page.goto(site.url + path)
    assert_dark_and_readable(dark_page, path or "home")


def test_screener_first_question_and_results_are_dark_and_pass_contrast(dark_page, site):
    """The screener's first question and a results page (a seeded case) are dark and pass the contrast rule."""
    first_question(dark_page, site, "screener/")
    assert_dark_and_readable(dark_page, "screener first question")
    dark_page = seeded(dark_page, SEED_SCREENER)
    dark_page.goto(site.url + "screener/#/results")
    dark_page.wait_for_function(
        "() => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0"
        " && document.querySelectorAll('.ea-case [data-status]').length > 0"
    )
    assert dark_page.locator("[data-status='likely']").count() > 0
    assert_dark_and_readable(dark_page, "screener results")


def test_statement_first_question_and_letter_are_dark_and_pass_contrast(dark_page, site):
    """The statement's first question and its letter preview (seeded answers) are dark and pass the contrast rule."""
    first_question(dark_page, site, "statement/")
    assert_dark_and_readable(dark_page, "statement first question")
    dark_page = seeded(dark_page, SEED_STATEMENT)
    dark_page.goto(site.url + "statement/#/letter")
    dark_page.wait_for_selector("#ea-letter-text")
    assert "Sam Sample" in dark_page.input_value("#ea-letter-text")
    assert_dark_and_readable(dark_page, "statement letter")


def test_right_to_left_pages_are_dark_with_a_translated_toggle(dark_page, site):
    """Farsi: the home page and the screener's first question are dark, pass contrast, and the toggle speaks Farsi."""
    dark_page.goto(site.url + "fa/")
    assert dark_page.get_attribute("html", "dir") == "rtl"
    assert_dark_and_readable(dark_page, "fa home")
    toggle = dark_page.locator("label[for^='__palette_']:visible")
    assert toggle.get_attribute("title") == "رفتن به حالت روشن"
    first_question(dark_page, site, "fa/screener/")
    assert_dark_and_readable(dark_page, "fa screener first question")


def test_the_toggle_switches_for_this_tab_only_and_leaves_no_lasting_mark(dark_page, site):
    """Before a choice nothing is stored; pressing the toggle turns the page light, kept in this tab's sessionStorage, never localStorage."""
    page = dark_page
    page.goto(site.url + "privacy/")
    stored = "() => [Object.keys(sessionStorage), Object.keys(localStorage)]"
    assert page.evaluate(stored) == [[], []]
    page.click("label[for^='__palette_']:visible")
    page.wait_for_selector("body[data-md-color-scheme='default']")
    assert page.evaluate(BODY_LUMINANCE) > 0.9
    session, local = page.evaluate(stored)
    assert local == [] and [key for key in session if key.endswith(".__palette")], session
    page.goto(site.url + "about/")
    page.wait_for_selector("body[data-md-color-scheme='default']")
