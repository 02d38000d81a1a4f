"""What the tools' browser tests share: opening a tool, moving between steps, giving answers.

Every wait is on a state of the page (a new step's form drawn, an element
shown, html[data-python]), never on time, so the tests hold on a busy machine.
"""

from conftest import READY_TIMEOUT_MS, wait_for_python

__all__ = ["READY_TIMEOUT_MS", "wait_for_python", "field", "open_tool", "submit", "step", "advance", "fill_answer", "wait_for"]

# The step forms of both tools carry data-step; advance marks the one on screen
# as stale, so it can wait for the next one to be drawn.
STEP_FORM = "form.ea-form[data-step]"
FRESH_STEP_FORM = STEP_FORM + ":not([data-stale])"


def field(path):
    """The id form.js gives a field: "arrest_date.year" -> "field-arrest-date-year"."""
    return "field-" + path.replace("_", "-").replace(".", "-")


def open_tool(page, site, path, wait_selector="#ea-start"):
    """Open a tool's page, wait for Python, then for ``wait_selector``.

    Every later wait on this page (a selector, a download) may take as long as
    Python's start: a busy machine makes a PDF take well over Playwright's 30 s.
    """
    page.set_default_timeout(READY_TIMEOUT_MS)
    page.goto(site.url + path)
    assert wait_for_python(page) == "ready"
    if wait_selector:
        page.wait_for_selector(wait_selector, timeout=READY_TIMEOUT_MS)


def submit(page):
    """Press the step's main button (Continue, See my results, Make my letter)."""
    page.click("form.ea-form button[type=submit]")


def wait_for(page, selector):
    """Wait until ``selector`` is on the page."""
    page.wait_for_selector(selector, timeout=READY_TIMEOUT_MS)


def step(page):
    """The step on screen now (its data-step), once a step form is drawn."""
    page.wait_for_selector(STEP_FORM, timeout=READY_TIMEOUT_MS)
    return page.get_attribute(STEP_FORM, "data-step")


def advance(page, action, selector=FRESH_STEP_FORM):
    """Run ``action`` (it moves to another step) and return the step drawn after it.

    The form on screen is marked first; the wait is for a form drawn after the
    action (the same address redrawn, an asynchronous check, a hash change
    all count), so a slow render never lets the old step's form answer.
    """
    page.evaluate("() => document.querySelectorAll('form.ea-form').forEach((form) => (form.dataset.stale = '1'))")
    action()
    page.wait_for_selector(selector, timeout=READY_TIMEOUT_MS)
    return page.get_attribute(STEP_FORM, "data-step") if selector == FRESH_STEP_FORM else None


def fill_answer(page, key, value):
    """Give one screener answer: a choice, a date ("2015-03-14", "2015", "unknown"), years, or code sections (a list)."""
    if page.query_selector(f"#{field(key)}-year"):
        if value == "unknown":
            page.check(f"#{field(key)}-unknown")
            return
        year, month, day = (value.split("-") + ["", ""])[:3]
        page.fill(f"#{field(key)}-year", year)
        page.fill(f"#{field(key)}-month", month.lstrip("0"))
        page.fill(f"#{field(key)}-day", day.lstrip("0"))
    elif page.query_selector(f"#{field(key)}-0"):  # code sections
        if value == "unknown":
            page.check(f"#{field(key)}-unknown")
            return
        for number, code in enumerate(value):
            if number:
                page.click("#ea-add-offense")
                page.wait_for_selector(f"#{field(key)}-{number}")
            page.fill(f"#{field(key)}-{number}", code)
    elif page.query_selector(f"input#{field(key)}[type=text]"):  # years
        if value == "unknown":
            page.check(f"#{field(key)}-unknown")
        else:
            page.fill(f"#{field(key)}", value)
    else:
        page.check(f'input[name="{key}"][value="{value}"]')
