"""The statement reads as it grows (issue #9, point 2): the story before the paperwork, and after each story
section the paragraph it makes in the letter, written by Python.

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
CONVICTION = {"en": "conviction", "es": "condena"}
# The order a person meets the steps: about them, the relief (the story's words depend on it),
# the story, then the paperwork, then the letter.
ORDER = ["about", "relief", "areas", "area-work", "responsibility", "goals", "case", "document", "greeting", "check"]


def open_at(page, site, lang, width, suffix="", wait="#ea-start"):
    page.set_viewport_size({"width": width, "height": 800})
    helpers.open_tool(page, site, PAGE[lang] + suffix, wait_selector=wait)


def seed(page, answers, done=()):
    """Start the page with these answers in the tab's store."""
    state = {"version": 1, "answers": answers, "letter": {"text": "", "builtFrom": "", "edited": False}, "saveOnDevice": False, "done": list(done)}
    raw = json.dumps(json.dumps(state))
    page.add_init_script(f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('expunge-assist:statement', {raw}); sessionStorage.setItem('seeded', '1'); }}")


def parts(page):
    return page.eval_on_selector("form.ea-form .ea-progress", "p => p.dataset.parts")


def preview(page):
    """The "How this reads in your letter" box on screen: (its section, English text, companion text or None)."""
    wait_for(page, "form.ea-form .ea-preview")
    box = page.locator("form.ea-form .ea-preview")
    english = box.locator(".ea-preview-letter")
    assert english.get_attribute("lang") == "en" and english.get_attribute("dir") == "ltr"
    companion = box.locator(".ea-preview-companion")
    return box.get_attribute("data-preview"), english.inner_text(), companion.inner_text() if companion.count() else None


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_the_story_comes_first_and_each_section_shows_its_paragraph(page, site, lang, width):
    """Story steps come before the case step; after each the next page shows its paragraph (with the words typed); parts never jump."""
    open_at(page, site, lang, width)
    page.click("#ea-start")
    wait_for(page, "#field-name")
    seen = [step(page)]
    totals = {parts(page)}
    page.fill("#field-name", "Ana López")

    def go_on():
        seen.append(advance(page, lambda: submit(page)))
        totals.add(parts(page))

    go_on()  # about -> relief
    page.select_option("#field-relief", "arrest-sealing")
    go_on()  # relief -> areas
    page.check("#field-areas")  # work
    go_on()  # areas -> area-work
    assert page.locator(".ea-preview").count() == 0  # choosing areas writes no paragraph
    page.fill("#field-work-employer", "Rosa's Bakery")
    page.fill("#field-work-text", "I bake bread every morning.")
    go_on()  # area-work -> responsibility
    section, english, companion = preview(page)
    assert section == "area-work"
    assert "Rosa's Bakery" in english and "I bake bread every morning." in english
    assert "conviction" not in english.lower() and "arrest" in english.lower()  # arrest sealing: no conviction
    if lang == "en":
        assert companion is None
    else:
        assert "I bake bread every morning." in companion and CONVICTION[lang] not in companion.lower()
        assert page.get_attribute("form.ea-form .ea-preview-companion", "lang") == lang
    page.fill("#field-responsibility-learned", "I learned to ask for help.")
    go_on()  # responsibility -> goals
    section, english, _ = preview(page)
    assert section == "responsibility" and "I learned to ask for help." in english
    page.fill("#field-goals-goals", "I want to open my own bakery.")
    go_on()  # goals -> case: the paperwork after the story
    section, english, _ = preview(page)
    assert section == "goals" and "I want to open my own bakery." in english
    assert page.locator("#field-case-number").count() == 1
    for _ in ORDER[seen.index("case") + 1:]:
        go_on()
    assert seen == ORDER
    assert totals == {"4"}, totals


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_change_it_goes_back_to_the_section_with_the_answer_kept(page, site, lang, width):
    """"Change it" opens the section with what was typed; a changed answer shows changed on the next page."""
    seed(page, {"name": "Ana López", "areas": ["work"]}, done=["about", "relief", "areas"])
    open_at(page, site, lang, width, "#/area-work", wait="#field-work-text")
    page.fill("#field-work-text", "I drive a city bus.")
    assert advance(page, lambda: submit(page)) == "responsibility"
    assert "I drive a city bus." in preview(page)[1]
    assert advance(page, lambda: page.click(".ea-preview-change")) == "area-work"
    assert page.input_value("#field-work-text") == "I drive a city bus."
    page.fill("#field-work-text", "I drive a city bus at night.")
    assert advance(page, lambda: submit(page)) == "responsibility"
    assert "I drive a city bus at night." in preview(page)[1]
    # Leaving the page some other way drops the box: it belongs to the step just answered.
    assert advance(page, lambda: submit(page)) == "goals"
    assert page.locator(".ea-preview").count() == 0  # responsibility was skipped: no paragraph


@pytest.mark.parametrize("lang, width", CASES, ids=IDS)
def test_an_arrest_sealing_letter_never_says_conviction(page, site, lang, width):
    """For arrest sealing (PC 851.91) the letter, its companion and the areas question have no "conviction"."""
    answers = {
        "name": "Ana López", "relief": "arrest-sealing", "areas": ["work", "school"],
        "work": {"text": "I work nights."}, "school": {"text": "I study nursing."},
        "responsibility": {"learned": "I learned a lot."}, "goals": {"goals": "I want to be a nurse."},
    }
    seed(page, answers, done=ORDER[:-1])
    open_at(page, site, lang, width, "#/areas", wait="form[data-step=areas]")
    assert CONVICTION[lang] not in page.inner_text("form.ea-form legend").lower()
    page.goto(site.url + PAGE[lang] + "#/letter")
    wait_for(page, "#ea-letter-text")
    letter = page.input_value("#ea-letter-text")
    assert "I work nights." in letter and "851.91" in letter
    assert "conviction" not in letter.lower()
    assert advance(page, lambda: submit(page)) == "get"
    if lang != "en":
        companion = page.inner_text("#ea-companion-text")
        assert "I work nights." in companion and CONVICTION[lang] not in companion.lower()
