"""The eligibility screener, end to end in the browser, behind the network guard.

The Spanish page runs the same flow; until its catalog is translated its words
may be English, so the tests read ids, statuses and remedy ids from data
attributes (data-step, data-case, data-remedy, data-status, data-notice),
never the words.
"""

import json
import random

import pytest

import helpers
from expunge_assist import api, questions
from helpers import READY_TIMEOUT_MS, advance, field, fill_answer, step, submit, wait_for_python
from visit import WIDTHS, axe_violations, report

PAGE = {"en": "screener/", "es": "es/screener/"}
EARLIEST = api.tools_schema()["earliest_year"]
LANGS = ["en", "es"]

FINISHED_PROBATION = [
    ("outcome", "convicted"),
    ("offenses", "unknown"),
    ("level", "felony"),
    ("wobbler", "yes"),
    ("offense_kind", "other"),
    ("offense_date", "2016"),
    ("conviction_date", "2016"),
    ("serious_violent", "no"),
    ("registration", "no"),
    ("sentence", "probation"),
    ("probation_result", "completed"),
    ("fire_crew", "no"),
    ("sentence_end_date", "2016"),
    ("new_felony_since", "no"),
    ("california_years", "10"),
    ("on_supervision", "no"),
    ("pending_charges", "no"),
    ("citizen", "yes"),
    ("survivor", "no"),
]

# Without the code section a misdemeanor's time to charge is surely over only
# after 7 years (PC 802, 803.7), so the arrest is from 2017.
ARREST_NO_CHARGES = [
    ("outcome", "not-convicted"),
    ("offenses", "unknown"),
    ("arrest_date", "2017"),
    ("arrest_result", "no-charges"),
    ("arrest_level", "misdemeanor"),
    ("on_supervision", "no"),
    ("pending_charges", "no"),
    ("citizen", "yes"),
    ("survivor", "skip"),
]

ON_PROBATION_NOW = [
    ("outcome", "convicted"),
    ("offenses", "unknown"),
    ("level", "misdemeanor"),
    ("offense_kind", "other"),
    ("offense_date", "2025-02"),
    ("conviction_date", "2025-03-14"),
    ("registration", "no"),
    ("sentence", "probation"),
    ("probation_result", "unknown"),
    ("fire_crew", "unknown"),
    ("sentence_end_date", "unknown"),
    ("on_supervision", "yes"),
    ("pending_charges", "no"),
    ("citizen", "yes"),
    ("survivor", "no"),
]

ALL_UNKNOWN = [
    ("outcome", "unknown"),
    ("on_supervision", "unknown"),
    ("pending_charges", "unknown"),
    ("citizen", "unknown"),
    ("survivor", "unknown"),
]


def open_tool(page, site, lang="en"):
    helpers.open_tool(page, site, PAGE[lang])


def answer_case(page, answers, name=""):
    """From the case's name step, answer ``answers`` in order, checking each page asks exactly the next key."""
    assert step(page) == "name"
    page.fill("#field-label", name)
    asked = []
    current = advance(page, lambda: submit(page))
    for key, value in answers:
        assert current == key, f"expected the question {key!r}, the page asks {current!r}"
        asked.append(key)
        fill_answer(page, key, value)
        current = advance(page, lambda: submit(page))
    assert current == "check", f"after the last answer the page asks {current!r}"
    rows = page.eval_on_selector_all(".ea-summary-row", "rows => rows.map(row => row.dataset.key)")
    assert rows == ["name"] + asked
    return asked


def see_results(page):
    """From "Check your answers", go to the results and wait until every case is checked."""
    submit(page)
    page.wait_for_selector(".ea-results", timeout=READY_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0"
        " && document.querySelectorAll('.ea-case').length > 0",
        timeout=READY_TIMEOUT_MS,
    )
    errors = page.query_selector_all(".ea-case-results [role=alert]")
    assert not errors, errors[0].inner_text()


def statuses(page, case=1):
    """{remedy id: status} for one case on the results page."""
    return page.eval_on_selector_all(
        f'.ea-case[data-case="{case}"] [data-remedy]',
        "items => Object.fromEntries(items.map(item => [item.dataset.remedy, item.dataset.status]))",
    )


def screen(page, site, lang, answers, name=""):
    open_tool(page, site, lang)
    page.click("#ea-start")
    asked = answer_case(page, answers, name)
    see_results(page)
    return asked


@pytest.mark.parametrize("lang", LANGS)
def test_finished_probation_on_a_felony_wobbler(page, site, lang):
    """Probation finished in 2016 on a wobbler: dismissal likely, reduction maybe, with a statement link for the judge's choice."""
    screen(page, site, lang, FINISHED_PROBATION)
    found = statuses(page)
    assert found["dismissal-probation"] == "likely"
    assert found["felony-reduction"] == "maybe"
    prefix = site.url + ("es/" if lang == "es" else "")
    statement = page.eval_on_selector('[data-statement-link="felony-reduction"]', "a => a.href")
    assert statement == prefix + "statement/?relief=felony-reduction"
    guide = page.eval_on_selector('[data-guide="dismissal-probation"]', "a => a.href")
    assert guide == prefix + "guides/dismissal/"
    # The results come best first: every likely one before every maybe one.
    order = page.eval_on_selector_all(".ea-case [data-status]", "items => items.map(item => item.dataset.status)")
    shown = [status for status in order if status != "no"]
    assert shown == sorted(shown, key=["likely", "maybe", "not-now"].index)
    assert page.locator("details.ea-ruled-out [data-status=no]").count() > 0
    assert page.locator("details.ea-ruled-out [data-statement-link]").count() == 0


@pytest.mark.parametrize("lang", LANGS)
def test_an_arrest_without_charges(page, site, lang):
    """A 2017 misdemeanor arrest with no charges: arrest sealing and automatic arrest relief are likely."""
    asked = screen(page, site, lang, ARREST_NO_CHARGES)
    found = statuses(page)
    assert found["arrest-sealing"] == "likely"
    assert found["automatic-arrest-relief"] == "likely"
    assert "sentence" not in asked and "level" not in asked


@pytest.mark.parametrize("lang", LANGS)
def test_on_probation_now_shows_the_wait_notice(page, site, lang):
    """A person on probation now sees the "wait" notice first, with its citation, and dismissal is not now."""
    screen(page, site, lang, ON_PROBATION_NOW)
    assert statuses(page)["dismissal-probation"] == "not-now"
    notice = page.locator('.ea-case[data-case="1"] [data-notice="supervision"]')
    assert notice.count() == 1
    assert "1203.4" in notice.locator(".ea-cite").inner_text()
    first = page.eval_on_selector(".ea-case-results", "body => body.firstElementChild.querySelector('[data-notice]') !== null")
    assert first, "the notices come before the remedies"


def test_i_dont_know_never_gives_likely(page, site):
    """"I don't know" to every question gives no likely result; an unknown probation result makes dismissal at most maybe."""
    screen(page, site, "en", ALL_UNKNOWN)
    assert "likely" not in statuses(page).values()
    assert statuses(page), "the results are shown"

    unsure = [(key, "unknown" if key == "probation_result" else value) for key, value in FINISHED_PROBATION]
    page.click("#ea-delete")
    page.wait_for_selector("#ea-start")
    page.click("#ea-start")
    answer_case(page, unsure)
    see_results(page)
    assert statuses(page)["dismissal-probation"] == "maybe"
    link = page.eval_on_selector('[data-statement-link="dismissal-probation"]', "a => a.href")
    assert link.endswith("/statement/?relief=dismissal-probation")


def test_a_reload_and_the_back_button_keep_answers(page, site):
    """Answers survive a reload mid-flow, and the browser's Back button returns to them, dates included."""
    open_tool(page, site)
    page.click("#ea-start")
    assert advance(page, lambda: submit(page)) == "outcome"
    page.check('input[name="outcome"][value="convicted"]')
    assert advance(page, lambda: submit(page)) == "offenses"
    fill_answer(page, "offenses", "unknown")
    assert advance(page, lambda: submit(page)) == "level"
    page.check('input[name="level"][value="felony"]')
    assert advance(page, lambda: submit(page)) == "wobbler"
    page.check('input[name="wobbler"][value="unknown"]')
    assert advance(page, lambda: submit(page)) == "offense_kind"
    page.check('input[name="offense_kind"][value="cannabis"]')
    assert advance(page, lambda: submit(page)) == "offense_date"
    fill_answer(page, "offense_date", "2015-03-14")
    assert advance(page, lambda: submit(page)) == "conviction_date"

    page.reload()
    assert wait_for_python(page) == "ready"
    assert step(page) == "conviction_date"
    assert advance(page, page.go_back) == "offense_date"
    assert [page.input_value(f"#{field('offense_date')}-{part}") for part in ("year", "month", "day")] == ["2015", "3", "14"]
    assert advance(page, page.go_back) == "offense_kind"
    assert page.is_checked('input[name="offense_kind"][value="cannabis"]')
    assert advance(page, page.go_back) == "wobbler"
    assert page.is_checked('input[name="wobbler"][value="unknown"]')
    assert advance(page, page.go_back) == "level"
    assert page.is_checked('input[name="level"][value="felony"]')


def test_a_case_that_was_not_a_conviction_is_never_asked_about_a_sentence(page, site):
    """Not convicted: no sentence, level or probation question is asked, and their address leads elsewhere."""
    open_tool(page, site)
    page.click("#ea-start")
    asked = answer_case(page, ARREST_NO_CHARGES)
    assert not {"sentence", "level", "probation_result", "wobbler", "conviction_date"} & set(asked)
    # Only the address changes, so the page redraws without reloading: wait for the new form.
    assert advance(page, lambda: page.goto(site.url + PAGE["en"] + "#/case/1/sentence")) == "check"
    # Changing the outcome drops the arrest answers and asks the conviction questions next.
    assert advance(page, lambda: page.goto(site.url + PAGE["en"] + "#/case/1/outcome?return=check")) == "outcome"
    page.check('input[name="outcome"][value="convicted"]')
    # The code sections ("I don't know") were asked for the arrest too, so they stay; the level is next.
    assert advance(page, lambda: submit(page)) == "level"
    stored = page.evaluate("() => JSON.parse(sessionStorage.getItem('expunge-assist:screener')).cases[0].answers")
    assert "arrest_date" not in stored and stored["outcome"] == "convicted" and stored["offenses"] == "unknown"


@pytest.mark.parametrize("lang", LANGS)
def test_two_cases_are_listed_together_and_one_can_be_removed(page, site, lang):
    """A second case joins the first on the results page, each with its label and name; removing one leaves the other."""
    screen(page, site, lang, ARREST_NO_CHARGES, name="Oakland arrest")
    page.click("#ea-another")
    assert step(page) == "name"
    answer_case(page, FINISHED_PROBATION, name="Fresno 2016")
    see_results(page)
    headings = page.eval_on_selector_all(".ea-case h2", "hs => hs.map(h => h.textContent)")
    assert len(headings) == 2
    assert headings[0].endswith("1: Oakland arrest") and headings[1].endswith("2: Fresno 2016")
    assert statuses(page, 1)["arrest-sealing"] == "likely"
    assert statuses(page, 2)["dismissal-probation"] == "likely"
    page.click("#ea-remove-1")
    page.click("#ea-remove-yes-1")  # it asks first (test_screener_ux.py)
    page.wait_for_function("() => document.querySelectorAll('.ea-case').length === 1")
    page.wait_for_function("() => !document.querySelector('.ea-case-results[aria-busy]')")
    assert page.inner_text(".ea-case h2").endswith("1: Fresno 2016")
    assert statuses(page, 1)["dismissal-probation"] == "likely"


@pytest.mark.parametrize("lang", LANGS)
def test_a_wrong_date_gets_an_error_summary_and_keeps_what_was_typed(page, site, lang):
    """A bad year, month or day: "Error: " title, a focused summary linking to the field, and the typed text stays."""
    open_tool(page, site, lang)
    page.click("#ea-start")
    advance(page, lambda: submit(page))
    page.check('input[name="outcome"][value="not-convicted"]')
    assert advance(page, lambda: submit(page)) == "offenses"
    fill_answer(page, "offenses", "unknown")
    assert advance(page, lambda: submit(page)) == "arrest_date"
    key = field("arrest_date")
    for year, month, day, wrong in [("19", "", "", "year"), (str(EARLIEST - 1), "", "", "year"), ("2019", "13", "", "month"), ("2019", "2", "30", "day"), ("2019", "", "4", "day")]:
        page.fill(f"#{key}-year", year)
        page.fill(f"#{key}-month", month)
        page.fill(f"#{key}-day", day)
        submit(page)
        page.wait_for_selector(".ea-error-summary")
        assert page.title().startswith("Error: ")
        assert page.evaluate("() => document.activeElement.classList.contains('ea-error-summary')")
        assert page.get_attribute(".ea-error-summary a", "href") == f"#{key}-{wrong}"
        assert page.inner_text(".ea-error-summary a") in page.inner_text(f"#{key}-{wrong}-error")
        assert page.input_value(f"#{key}-year") == year
        assert step(page) == "arrest_date"
    page.fill(f"#{key}-day", "")
    page.fill(f"#{key}-month", "2")
    page.fill(f"#{key}-day", "28")
    assert advance(page, lambda: submit(page)) == "arrest_result"
    stored = page.evaluate("() => JSON.parse(sessionStorage.getItem('expunge-assist:screener')).cases[0].answers")
    assert stored["arrest_date"] == "2019-02-28"
    # A choice left empty is an error too.
    submit(page)
    page.wait_for_selector(".ea-error-summary")
    assert page.get_attribute(".ea-error-summary a", "href") == f"#{field('arrest_result')}"


MARKER = "Zq7xMARKERq9"


def test_the_network_guard_stays_clean_and_storage_is_opt_in(page, context, site):
    """A marker typed as a case name appears in no request; answers sit in the tab until the person opts in, and Delete clears both."""
    screen(page, site, "en", ARREST_NO_CHARGES, name=MARKER)
    assert MARKER in page.inner_text(".ea-case h2")
    assert [url for url in context.guard.requests if MARKER in url] == []
    assert context.guard.off_origin == [] and context.guard.not_get == []
    stored = "() => [sessionStorage.length, localStorage.length]"
    assert page.evaluate(stored) == [1, 0]
    page.check("#ea-save-device")
    assert page.evaluate(stored) == [1, 1]
    page.click("#ea-delete")
    page.wait_for_selector("#ea-start")
    assert page.evaluate(stored) == [0, 0]


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("lang", LANGS)
def test_start_error_and_results_pages_pass_the_accessibility_gate(page, site, lang, width):
    """The start page, a question with an error and the results page pass axe's WCAG 2.2 A/AA rules and reflow at 320 px."""
    page.set_viewport_size({"width": width, "height": 900})

    def gate(state):
        # The pointer rests where the last button was; a link under it shows the theme's hover colour.
        page.mouse.move(0, 0)
        violations = axe_violations(page)
        assert violations == [], f"{state}: {report(violations)}"
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{state} is {overflow} px wider than the screen"

    open_tool(page, site, lang)
    gate("start")
    page.click("#ea-start")
    assert advance(page, lambda: submit(page)) == "outcome"
    submit(page)
    page.wait_for_selector(".ea-error-summary")
    gate("outcome, with an error")
    page.check('input[name="outcome"][value="not-convicted"]')
    assert advance(page, lambda: submit(page)) == "offenses"
    page.fill(f"#{field('offenses')}-0", "PC 484")
    advance(page, lambda: page.click("#ea-add-offense"))
    gate("the code sections, with a second box")
    page.fill(f"#{field('offenses')}-0", "")
    fill_answer(page, "offenses", "unknown")
    assert advance(page, lambda: submit(page)) == "arrest_date"
    page.fill(f"#{field('arrest_date')}-year", "20")
    submit(page)
    page.wait_for_selector(".ea-error-summary")
    gate("a date, with an error")
    page.goto(site.url + PAGE[lang])
    assert wait_for_python(page) == "ready"
    page.click("#ea-start")  # "Continue where you left off"
    assert step(page) == "arrest_date"
    for key, value in ARREST_NO_CHARGES[2:]:
        assert step(page) == key
        fill_answer(page, key, value)
        advance(page, lambda: submit(page))
    assert step(page) == "check"
    gate("check your answers")
    see_results(page)
    page.click("details.ea-ruled-out summary")
    gate("results")


def test_code_sections_are_read_by_python_and_settle_what_they_can(page, site):
    """Codes typed as on papers are normalized by Python; what they settle is skipped and shown as from the code section."""
    open_tool(page, site)
    page.click("#ea-start")
    advance(page, lambda: submit(page))
    page.check('input[name="outcome"][value="convicted"]')
    assert advance(page, lambda: submit(page)) == "offenses"
    assert page.locator("#ea-offense-list").count() == 1
    assert page.get_attribute(f"#{field('offenses')}-0", "list") == "ea-offense-list"
    # A code that cannot be read is refused, and what was typed stays.
    fill_answer(page, "offenses", ["not a code"])
    advance(page, lambda: submit(page))
    page.wait_for_selector(".ea-error-summary")
    assert page.get_attribute(".ea-error-summary a", "href") == f"#{field('offenses')}-0"
    assert page.input_value(f"#{field('offenses')}-0") == "not a code"
    page.fill(f"#{field('offenses')}-0", "")
    fill_answer(page, "offenses", ["pc 484", "11377 hs"])
    expected = api.check_case({"outcome": "convicted", "offenses": ["pc 484", "11377 hs"]})
    following = expected["asked"][expected["asked"].index("offenses") + 1]
    assert advance(page, lambda: submit(page)) == following
    stored = page.evaluate("() => JSON.parse(sessionStorage.getItem('expunge-assist:screener')).cases[0]")
    assert stored["answers"]["offenses"] == expected["offenses"] == ["PC 484", "HS 11377"]
    assert stored["settled"] == list(expected["settled"])
    for key, value in expected["settled"].items():
        assert stored["answers"][key] == value
    assert not set(expected["settled"]) & set(expected["asked"])
    assert advance(page, lambda: page.goto(site.url + PAGE["en"] + "#/case/1/check")) == "check"
    shown = page.eval_on_selector_all(".ea-summary-row[data-source=settled]", "rows => rows.map(row => row.dataset.key)")
    assert set(shown) <= set(expected["settled"])
    assert "PC 484, HS 11377" in page.inner_text('.ea-summary-row[data-key="offenses"]')


def _answer_sets(count=400, seed=8):
    """Answer dicts over every choice, with and without settled keys, for the evaluator comparison."""
    rng = random.Random(seed)
    choice_keys = questions.keys("choice")
    settleable = ["level", "wobbler", "offense_kind", "serious_violent", "arrest_level"]
    sets = []
    for _ in range(count):
        answers = {key: rng.choice(questions.choices(key)) for key in choice_keys if rng.random() < 0.7}
        settled = rng.sample(settleable, rng.randint(0, 3)) if rng.random() < 0.5 else []
        sets.append([answers, settled])
    return sets


def test_the_pages_asked_when_evaluator_agrees_with_pythons(page, site):
    """wizard.js and questions.asked give the same questions, in order, for 400 answer sets."""
    open_tool(page, site)
    sets = _answer_sets()
    from_page = page.evaluate(
        r"""async (sets) => {
            const wizard = await import(new URL("assets/tools/wizard.js", document.baseURI.replace(/screener\/.*$/, "")).href);
            const schema = await wizard.loadSchema();
            return sets.map(([answers, settled]) => wizard.asked(schema.screener.questions, answers, settled).map((q) => q.key));
        }""",
        sets,
    )
    from_python = [questions.asked(answers, settled) for answers, settled in sets]
    assert from_page == from_python
    assert len({json.dumps(keys) for keys in from_python}) >= 15, "the answer sets reach many different flows"
