"""Korean and Farsi start to finish on a 320 px phone (issue 10): the screener
from its first question to the results, an offense chosen by typing its name
in the person's language, and the statement from its first step to the
download, the English letter holding the name typed and the companion shown
in the person's language. Each step is checked for sideways scrolling.

Both walks fill the step on screen by its id (``form[data-step]``, or the
screener's question key), from a dict of fills, so they do not depend on the
order of the steps; a step they have no fill for is only continued.
"""

import sys
import unicodedata

import pytest

import helpers
from conftest import ROOT
from helpers import READY_TIMEOUT_MS, advance, fill_answer, step, submit

sys.path.insert(0, str(ROOT / "py"))
from expunge_assist import language, offense  # noqa: E402

PHONE = {"width": 320, "height": 640}
LANGS = ["ko", "fa"]
MAX_STEPS = 40  # more steps than either tool has: a walk that loops fails

# The screener's answers by question key: a 2016 vandalism misdemeanor (PC 594),
# probation finished in 2018. Only the questions the page asks are used.
SCREENER = {
    "outcome": "convicted",
    "level": "misdemeanor",
    "wobbler": "yes",
    "offense_kind": "other",
    "offense_date": "2016",
    "conviction_date": "2016",
    "serious_violent": "no",
    "registration": "no",
    "sentence": "probation",
    "probation_result": "completed",
    "fire_crew": "no",
    "sentence_end_date": "2018",
    "new_felony_since": "no",
    "california_years": "10",
    "on_supervision": "no",
    "pending_charges": "no",
    "citizen": "yes",
    "survivor": "no",
}
OFFENSE = "PC 594"

NAMES = {"ko": "김민준", "fa": "مریم احمدی"}


def no_sideways_scroll(page, where):
    """The page is no wider than the phone's screen."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{where}: the page is {widths[0]} px wide on a {widths[1]} px screen"


def check_language(page, code):
    entry = language.by_code(code)
    assert page.get_attribute("html", "lang") == code
    assert page.get_attribute("html", "dir") == entry.dir
    if code == "fa":
        assert entry.dir == "rtl"
        assert page.evaluate("() => getComputedStyle(document.querySelector('form.ea-form') || document.body).direction") == "rtl"


def open_on_phone(page, site, code, tool):
    page.set_viewport_size(PHONE)
    helpers.open_tool(page, site, f"{code}/{tool}/")
    check_language(page, code)
    no_sideways_scroll(page, f"{code}/{tool}/ start")


def leave_step(page, before):
    """Continue, then wait for another step's form or a problem on this one (a step may redraw itself first)."""
    advance(page, lambda: submit(page))
    page.wait_for_function(
        """(before) => {
          const form = document.querySelector('form.ea-form[data-step]:not([data-stale])');
          return form && (form.dataset.step !== before || document.querySelector('.ea-error-summary, .ea-skipped'));
        }""",
        arg=before,
        timeout=READY_TIMEOUT_MS,
    )
    return page.get_attribute(helpers.FRESH_STEP_FORM, "data-step")


def problems_on(page):
    return page.eval_on_selector_all(".ea-error-summary a, .ea-error, .ea-skipped", "items => items.map(item => item.innerText)")


@pytest.mark.parametrize("code", LANGS)
def test_the_screener_start_to_finish_on_a_phone(page, site, code):
    """At 320 px in ko/ and fa/: every question to the results, the offense chosen by its name typed in the language, nothing scrolls sideways."""
    name = offense.lookup(OFFENSE).name(code)
    assert name != offense.lookup(OFFENSE).name_en  # the catalog gives the name in this language
    open_on_phone(page, site, code, "screener")
    page.click("#ea-start")
    assert step(page) == "name"
    no_sideways_scroll(page, "name")
    current = advance(page, lambda: submit(page))
    asked = []
    for _ in range(MAX_STEPS):
        if current == "check":
            break
        no_sideways_scroll(page, current)
        check_language(page, code)
        asked.append(current)
        if current == "offenses":
            # The type-ahead offers the names in this language.
            page.wait_for_function(
                "name => [...document.querySelectorAll('#ea-offense-list option')].some((o) => o.label === name)",
                arg=name,
                timeout=READY_TIMEOUT_MS,
            )
            page.fill(f"#{helpers.field('offenses')}-0", name)
        else:
            assert current in SCREENER, f"no answer for the question {current!r}"
            fill_answer(page, current, SCREENER[current])
        before = current
        current = advance(page, lambda: submit(page))
        assert current != before, f"{before}: {problems_on(page)}"
    assert current == "check" and "offenses" in asked, asked
    no_sideways_scroll(page, "check")
    # The name typed was read as its code section.
    shown = page.inner_text('.ea-summary-row[data-key="offenses"]')
    assert OFFENSE in shown, shown
    submit(page)
    page.wait_for_selector(".ea-results", timeout=READY_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0"
        " && document.querySelectorAll('.ea-case [data-remedy]').length > 0",
        timeout=READY_TIMEOUT_MS,
    )
    assert page.query_selector_all(".ea-case-results [role=alert]") == []
    assert page.url.endswith("#/results")
    statuses = page.eval_on_selector_all(".ea-case [data-remedy]", "items => Object.fromEntries(items.map((i) => [i.dataset.remedy, i.dataset.status]))")
    assert statuses["dismissal-probation"] == "likely", statuses
    check_language(page, code)
    no_sideways_scroll(page, "results")


def statement_fills(code):
    """What to put in each statement step, by step id (an action on the page)."""

    def about(page):
        page.fill("#field-name", NAMES[code])
        page.fill("#field-age", "38")

    def areas(page):
        page.check("#field-areas")  # the first area: work

    def work(page):
        page.fill("#field-work-text", "I have worked at the same warehouse for four years.")

    def goals(page):
        page.fill("#field-goals-goals", "I want to become a licensed electrician.")

    def case(page):
        page.fill("#field-case-number", "BA123456")

    def letter(page):
        # Python writes the letter after the step is drawn: continue once it is there.
        page.wait_for_function(
            "() => (document.querySelector('form.ea-form:not([data-stale]) #ea-letter-text')?.value || '').includes('My name is')",
            timeout=READY_TIMEOUT_MS,
        )

    return {"about": about, "areas": areas, "area-work": work, "goals": goals, "case": case, "letter": letter}


@pytest.mark.parametrize("code", LANGS)
def test_the_statement_start_to_finish_on_a_phone(page, site, code):
    """At 320 px in ko/ and fa/: every step to #/get, the TXT is the English letter with the name typed, the companion is in the language."""
    fills = statement_fills(code)
    open_on_phone(page, site, code, "statement")
    current = advance(page, lambda: page.click("#ea-start"))
    seen = []
    for _ in range(MAX_STEPS):
        if current == "get":
            break
        no_sideways_scroll(page, current)
        check_language(page, code)
        seen.append(current)
        if current in fills:
            fills[current](page)
        before = current
        current = leave_step(page, before)
        if current == before:  # a step that stays has a problem to show
            raise AssertionError(f"{before}: {problems_on(page)}")
    assert current == "get", seen
    assert {"about", "areas", "area-work", "letter"} <= set(seen), seen
    assert page.url.endswith("#/get")
    helpers.wait_for(page, "#ea-download-txt")
    no_sideways_scroll(page, "get")
    check_language(page, code)
    companion = page.locator(".ea-companion")
    assert companion.get_attribute("lang") == code
    assert NAMES[code] in page.inner_text("#ea-companion-text")
    with page.expect_download() as info:
        page.click("#ea-download-txt")
    text = open(info.value.path(), encoding="utf-8").read()
    assert NAMES[code] in text
    assert "My name is" in text and "I want to become a licensed electrician." in text
    # English: apart from the name typed, no letter of the person's script.
    script = {"ko": "HANGUL", "fa": "ARABIC"}[code]
    rest = text.replace(NAMES[code], "")
    assert [char for char in rest if script in unicodedata.name(char, "")] == []
    assert companion.is_visible()
