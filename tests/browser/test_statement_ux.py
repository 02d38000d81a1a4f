"""The statement tool as a person meets it (issue #9): landing from the screener, skipped steps, errors, the letter's language, keyboard only.

Each test runs at 360 px and 1280 px, in English and Spanish.
"""

import json

import pytest

import helpers
from helpers import advance, step, submit, wait_for

PAGE = {"en": "statement/", "es": "es/statement/"}
WIDTHS = [360, 1280]
CASES = [(lang, width) for lang in ("en", "es") for width in WIDTHS]
IDS = [f"{lang}-{width}" for lang, width in CASES]
WORDS = {
    "en": {"conviction": "conviction", "whole": "whole number", "help": "/guides/free-legal-help/"},
    "es": {"conviction": "condena", "whole": "número entero", "help": "/es/guides/free-legal-help/"},
}


def state(answers, done=()):
    return {"version": 1, "answers": answers, "letter": {"text": "", "builtFrom": "", "edited": False}, "saveOnDevice": False, "done": list(done)}


def seed(page, answers, done=()):
    """Start the page with these answers in the tab's store (once: a reload keeps what the page saved since)."""
    raw = json.dumps(json.dumps(state(answers, done)))
    page.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('expunge-assist:statement', {raw}); sessionStorage.setItem('seeded', '1'); }}"
    )


def open_at(page, site, lang, width, suffix="", wait="[data-step], #ea-start"):
    page.set_viewport_size({"width": width, "height": 800})
    helpers.open_tool(page, site, PAGE[lang] + suffix, wait_selector=wait)


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_the_screeners_relief_link_lands_on_the_first_unanswered_step(page, site, lang, width):
    """?relief= opens the first question not yet answered, that relief chosen and said, never "Continue" and empty answers."""
    open_at(page, site, lang, width, "?relief=arrest-sealing", wait="form.ea-form[data-step]")
    assert step(page) == "about"
    assert page.locator("#ea-start, .ea-summary").count() == 0
    assert page.locator(".ea-carried").count() == 1 and page.locator("[data-language-note]").count() == 1
    assert "?relief" not in page.url
    page.fill("#field-name", "Ana López")
    assert advance(page, lambda: submit(page)) == "relief"
    assert page.input_value("#field-relief") == "arrest-sealing"


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_a_later_step_typed_into_the_address_goes_back_to_the_first_missing_answer(page, site, lang, width):
    """#/get with only a name: the tool shows the areas question with a message, never a near-empty letter."""
    seed(page, {"name": "Ana López"}, done=["about"])
    open_at(page, site, lang, width, "#/get", wait="form.ea-form[data-step]")
    assert step(page) == "areas"
    assert page.locator(".ea-skipped").count() == 1
    assert page.locator("#ea-download-pdf, #ea-letter-text").count() == 0
    page.goto(site.url + PAGE[lang] + "#/letter")
    page.wait_for_function("() => document.querySelector('form.ea-form')?.dataset.step === 'areas'")
    assert "#/areas" in page.url


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_the_check_page_shows_the_court_and_no_conviction_question_for_an_arrest(page, site, lang, width):
    """"Check your answers" lists the court; for arrest sealing the areas question does not speak of a conviction."""
    answers = {"name": "Ana López", "relief": "arrest-sealing", "court": "Superior Court, Van Nuys", "areas": ["work"], "work": {"text": "I work."}}
    seed(page, answers, done=["about", "relief", "areas", "area-work", "responsibility", "goals", "case", "document", "greeting"])
    open_at(page, site, lang, width, "#/check", wait=".ea-summary")
    assert "Superior Court, Van Nuys" in page.inner_text(".ea-summary")
    page.goto(site.url + PAGE[lang] + "#/areas")
    wait_for(page, "form[data-step=areas]")
    assert WORDS[lang]["conviction"] not in page.inner_text("form.ea-form h1").lower()


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_an_age_of_150_gets_the_range_and_a_fixed_error_goes_away(page, site, lang, width):
    """Age 150 is told the range, not "a whole number"; once the person fixes it, its error leaves the page."""
    open_at(page, site, lang, width, "#/about", wait="#field-name")
    page.fill("#field-name", "Ana López")
    page.fill("#field-age", "150")
    advance(page, lambda: submit(page))
    wait_for(page, "#field-age-error")
    message = page.inner_text("#field-age-error")
    assert "120" in message and WORDS[lang]["whole"] not in message
    page.fill("#field-age", "41")
    page.wait_for_function("() => !document.querySelector('#field-age-error') && !document.querySelector('.ea-error-summary')")
    assert page.get_attribute("#field-age", "aria-invalid") is None
    assert advance(page, lambda: submit(page)) == "relief"


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_the_counter_and_the_summary_give_the_same_figure(page, site, lang, width):
    """2,500 emoji (5,000 UTF-16 units): the counter under the box and the error summary both say 500 too many."""
    seed(page, {"name": "Ana López", "areas": ["work"]}, done=["about", "relief", "areas"])
    open_at(page, site, lang, width, "#/area-work", wait="#field-work-text")
    page.fill("#field-work-text", "\U0001F600" * 2500)
    page.wait_for_selector(".ea-count--over")
    advance(page, lambda: submit(page))
    wait_for(page, ".ea-error-summary")
    assert "500" in page.inner_text("#field-work-text-count")
    assert "3,000" not in page.inner_text("#field-work-text-count")
    summary = page.inner_text(".ea-error-summary")
    assert "500" in summary and "2,500" not in summary and "5,000" not in summary


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_the_letters_language_is_said_first_and_at_each_box_in_other_languages(page, site, lang, width):
    """The first page says the letter is in English (CCP 185); each free-text box says it too, with free help, only when not English."""
    seed(page, {"name": "Ana López", "areas": ["work"]}, done=["about", "relief", "areas"])
    open_at(page, site, lang, width, "", wait="#ea-start")
    note = page.inner_text("[data-language-note]")
    assert "185" in note
    page.goto(site.url + PAGE[lang] + "#/area-work")
    wait_for(page, "#field-work-text")
    hints = page.locator("[data-language-hint]")
    if lang == "en":
        assert hints.count() == 0
    else:
        assert hints.count() == 1
        assert page.eval_on_selector("[data-language-hint] a", "a => a.href").endswith(WORDS[lang]["help"])
        described = page.get_attribute("#field-work-text", "aria-describedby")
        assert "field-work-text-language" in described.split()


def tab_to(page, selector, limit=80):
    """Press Tab until ``selector`` has the focus (keyboard only)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s)", selector):
            return
    pytest.fail(f"{selector} is not reachable with Tab")


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_keyboard_only_from_the_start_to_the_download(page, site, lang, width):
    """Tab, type, Space and Enter alone take a person from "Start now" to a downloaded letter."""
    open_at(page, site, lang, width, "", wait="#ea-start")
    tab_to(page, "#ea-start")
    page.keyboard.press("Enter")
    wait_for(page, "#field-name")
    tab_to(page, "#field-name")
    page.keyboard.type("Ana López")

    def enter_on_submit():
        tab_to(page, "form.ea-form button[type=submit]")
        advance(page, lambda: page.keyboard.press("Enter"))

    enter_on_submit()  # about
    enter_on_submit()  # relief
    assert step(page) == "areas"
    tab_to(page, "#field-areas")
    page.keyboard.press("Space")
    enter_on_submit()
    assert step(page) == "area-work"
    tab_to(page, "#field-work-text")
    page.keyboard.type("I bake bread every morning.")
    for expected in ["responsibility", "goals", "case", "document", "greeting", "check"]:
        enter_on_submit()
        assert step(page) == expected
    enter_on_submit()
    wait_for(page, "#ea-letter-text")
    enter_on_submit()
    wait_for(page, "#ea-download-txt")
    tab_to(page, "#ea-download-txt")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    text = open(info.value.path(), encoding="utf-8").read()
    assert "I bake bread every morning." in text and "Ana López" in text
