"""When Python cannot start, the answers stay and the person can print a worksheet (worksheet.js)."""

import json

import pytest

from conftest import PUBLIC, wait_for_python
from leaks import MARKER

PAGES = {
    ("statement", "en"): "statement/",
    ("statement", "es"): "es/statement/",
    ("screener", "en"): "screener/",
    ("screener", "es"): "es/screener/",
}
TITLE = {"en": "You can still finish on paper", "es": "Todavía puede terminar en papel"}
SAVED = {
    "statement": {"version": 1, "answers": {"name": f"Ana {MARKER}"}, "letter": {"text": "", "builtFrom": "", "edited": False}, "saveOnDevice": False},
    "screener": {"version": 1, "cases": [{"label": MARKER, "answers": {"outcome": "convicted"}, "done": False}], "saveOnDevice": False},
}
NO_WEBASSEMBLY = "delete window.WebAssembly;"
# window.print() is recorded, not run: a test cannot press the print dialog's buttons.
RECORD_PRINT = "window.__printed = []; window.print = () => window.__printed.push(document.documentElement.dataset.printing);"


def keep_answers(page, tool):
    """The answers a person typed before this load, as store.js keeps them in the tab."""
    page.add_init_script(
        f"sessionStorage.setItem('expunge-assist:{tool}', {json.dumps(json.dumps(SAVED[tool]))});"
    )


@pytest.mark.parametrize("how", ["blocked-worker", "no-webassembly"])
@pytest.mark.parametrize("tool, lang", list(PAGES), ids=[f"{tool}-{lang}" for tool, lang in PAGES])
def test_when_python_cannot_start_the_answers_stay_and_a_worksheet_prints(page, context, site, tool, lang, how):
    """Blocked worker or no WebAssembly: "failed", a message in the page's language, answers kept, a worksheet of every question."""
    if how == "blocked-worker":
        context.route("**/assets/tools/worker.mjs", lambda route: route.abort("blockedbyclient"))
    else:
        page.add_init_script(NO_WEBASSEMBLY)
    keep_answers(page, tool)
    page.add_init_script(RECORD_PRINT)
    page.goto(site.url + PAGES[(tool, lang)])
    assert wait_for_python(page) == "failed"
    page.wait_for_selector("[data-worksheet-offer]")
    assert page.inner_text("#ea-worksheet-title") == TITLE[lang]
    assert MARKER in page.evaluate(f"() => sessionStorage.getItem('expunge-assist:{tool}')")
    page.click("#ea-print-worksheet")
    assert page.evaluate("() => window.__printed") == ["worksheet"]
    sheet = page.locator("[data-worksheet]")
    questions = sheet.locator(".ea-worksheet-question")
    text = sheet.inner_text()
    if tool == "screener":
        schema = json.loads((PUBLIC / "assets" / "tools" / "schema.json").read_text(encoding="utf-8"))
        # The case name and every question of the schema, whatever applies to the case.
        assert questions.count() == 1 + len(schema["screener"]["questions"])
        assert ("What happened in this case?" if lang == "en" else "¿Qué pasó en este caso?") in text
    else:
        assert questions.count() >= 25
        assert sheet.locator(".ea-worksheet-structure li").count() == 9
        assert ("Your full name" if lang == "en" else "Su nombre completo") in text
    assert MARKER not in text  # a blank worksheet: nothing typed is printed by surprise


def test_worksheet_renderer_takes_plain_question_objects(page, site):
    """renderWorksheet() lays out any list of translated questions, and never reads their text as markup."""
    page.goto(site.url + "statement/")
    html = page.evaluate(
        """async url => {
            const { renderWorksheet } = await import(url);
            const sheet = renderWorksheet({ title: "T", intro: "I", questions: [
                { kind: "section", heading: "Part", hint: null, choices: [] },
                { heading: "<img src=x onerror=alert(1)>", hint: "h", choices: ["a", "b"], kind: "choice" },
                { heading: "Long", hint: null, choices: [], kind: "long" },
                { heading: "When", hint: null, choices: [], kind: "date" },
            ]});
            return [sheet.querySelectorAll(".ea-worksheet-question").length, sheet.querySelectorAll("li").length,
                    sheet.querySelectorAll("img").length, sheet.querySelector("h3").textContent];
        }""",
        site.url + "assets/tools/worksheet.js",
    )
    assert html == [3, 2, 0, "1. <img src=x onerror=alert(1)>"]


@pytest.mark.parametrize("width", [320, 1280])
def test_the_worksheet_passes_the_accessibility_gate(page, context, site, width):
    """The offer and the worksheet on screen pass axe at 320 px and desktop, and do not scroll sideways."""
    from visit import axe_violations, report

    page.set_viewport_size({"width": width, "height": 900})
    page.add_init_script(NO_WEBASSEMBLY)
    page.add_init_script(RECORD_PRINT)
    page.goto(site.url + PAGES[("statement", "es")])
    assert wait_for_python(page) == "failed"
    page.click("#ea-print-worksheet")
    page.wait_for_selector("[data-worksheet]")
    assert (violations := axe_violations(page)) == [], report(violations)
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 0
