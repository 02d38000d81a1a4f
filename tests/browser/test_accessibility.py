"""The accessibility gate: axe-core finds no WCAG 2.2 A or AA violation on any page or tool state.

axe-core comes from node_modules (pinned in package-lock.json) and is evaluated
in the page by Playwright, which the page's CSP does not restrict. Every new
page joins automatically (the list comes from public/); every new tool state
adds a test here.
"""

import pytest

import helpers
from conftest import ROOT, gate_pages, page_id, wait_for_python
from test_python import SHORT_STAGE_LIMIT
from visit import AXE_SOURCE, WIDTHS, assert_kept_on_origin, axe_violations, report



@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("path", gate_pages(), ids=page_id)
def test_page_has_no_wcag_violations(visits, path, width):
    """Every built page, at desktop width and at 320 px, passes axe's WCAG 2.2 A/AA rules and does not scroll sideways."""
    seen = visits(path, width)
    assert seen.python in (None, "ready"), f"{path}: Python {seen.python}"
    assert seen.violations == [], report(seen.violations)
    # WCAG 1.4.10 reflow: nothing makes a 320 px screen scroll sideways.
    assert seen.overflow <= 0, f"{path} is {seen.overflow} px wider than a {width} px screen"
    assert_kept_on_origin(seen)


def _built_prefixes() -> list[str]:
    """The URL folder of every language built (the registry's languages whose catalog exists)."""
    import sys

    sys.path.insert(0, str(ROOT / "py"))
    from expunge_assist import language

    return [entry.prefix for entry in language.registry() if (ROOT / "public" / entry.prefix / "index.html").exists()]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("prefix", _built_prefixes(), ids=lambda prefix: prefix.strip("/") or "en")
def test_tool_failure_state_has_no_wcag_violations(page, context, site, prefix, width):
    """The tool page after Python failed to start passes the same gate, in every built language."""
    page.add_init_script(SHORT_STAGE_LIMIT)
    context.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="gone"))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + prefix + "check/")
    assert wait_for_python(page) == "failed"
    violations = axe_violations(page)
    assert violations == [], report(violations)


def test_axe_would_report_a_violation(page, site):
    """Control: an image without alt text added to a page is reported, so the gate can fail."""
    page.goto(site.url)
    page.evaluate("""() => {
        const image = document.createElement("img");
        image.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
        document.querySelector("article").append(image);
    }""")
    assert any(v["rule"] == "image-alt" for v in axe_violations(page))


@pytest.mark.parametrize("path", ["", "es/guides/dismissal/"], ids=page_id)
def test_keyboard_reaches_skip_link_then_switches_language(page, site, path):
    """The first Tab lands on "skip to content"; the language links can be reached and followed by keyboard."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url + path)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('a.md-select__link')"):
            break
    else:
        pytest.fail("no language link is reachable with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_attribute("html", "lang") in ("en", "es")


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
def test_every_statement_step_passes_the_gate(page, site, width):
    """Each step of the statement tool (start, an error, every question, check, letter, download) passes axe and reflows."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + "statement/")
    assert wait_for_python(page) == "ready"
    seen = []

    def gate(state):
        violations = axe_violations(page)
        assert violations == [], f"{state}: {report(violations)}"
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{state} is {overflow} px wider than the screen"
        seen.append(state)

    gate("start")
    page.click("#ea-start")
    page.wait_for_selector("#field-name")
    helpers.advance(page, lambda: page.click("form.ea-form button[type=submit]"))
    page.wait_for_selector(".ea-error-summary")
    gate("about, with an error")
    page.fill("#field-name", "Ana López")
    for _ in range(15):
        helpers.advance(page, lambda: page.click("form.ea-form button[type=submit]"))
        if page.query_selector("#ea-letter-text, .ea-letter[aria-busy]"):
            page.wait_for_selector("#ea-letter-text", timeout=60_000)
        step = page.evaluate("() => location.hash")
        gate(step)
        if page.query_selector("#field-areas") and not page.is_checked("#field-areas"):
            page.check("#field-areas")
        if page.query_selector("#field-work-text"):
            page.fill("#field-work-text", "I work at a bakery.")
        if page.query_selector("#ea-download-pdf"):
            break
    assert len(seen) >= 12, seen


def test_a_link_under_the_pointer_keeps_its_contrast(page, site):
    """A link being hovered (it takes the theme's accent colour) still passes axe's colour-contrast rule."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site.url + "guides/dismissal/")
    link = page.locator("article a[href]:not(.headerlink)").first
    link.scroll_into_view_if_needed()
    link.hover()
    assert page.evaluate("el => getComputedStyle(el).color", link.element_handle()) != page.evaluate(
        "() => getComputedStyle(document.querySelector('article a[href]:not(.headerlink):not(:hover)')).color"
    ), "the hovered link should take the accent colour, or this test proves nothing"
    page.evaluate(AXE_SOURCE.read_text(encoding="utf-8"))
    contrast = page.evaluate(
        """async el => (await axe.run(el, {runOnly: {type: "rule", values: ["color-contrast"]}})).violations.length""",
        link.element_handle(),
    )
    assert contrast == 0
