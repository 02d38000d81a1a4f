"""A sample of tests/hostile_inputs.json in the browser: the preview, the files and the results stay inert and readable.

The answers are placed in the tab's storage (as store.js keeps them), then the
page builds the letter with Python in the worker and makes the files; the
screener shows a case named with the input. No main-thread task may take a
second or more (long tasks are recorded from the first moment of the page).
"""

import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from conftest import READY_TIMEOUT_MS, wait_for_python

CATALOGUE = {
    entry["id"]: entry.get("text", entry.get("repeat", "") * entry.get("times", 0))
    for entry in json.loads((Path(__file__).resolve().parents[1] / "hostile_inputs.json").read_text(encoding="utf-8"))["inputs"]
}
SAMPLE = ["img-onerror", "closing-textarea", "jinja-block", "rlo-override", "nul", "emoji-family", "cjk", "arabic-mixed",
          "combining", "apostrophe-hyphen", "long-word-5000", "line-separator"]
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

RECORD_LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
  .observe({ type: "longtask", buffered: true });
window.__pwned = 0;
"""


def statement_state() -> dict:
    """One letter holding the whole sample: each input in some field, so Python starts once."""
    v = {name: CATALOGUE[name].replace("alert(1)", "window.__pwned=1") for name in SAMPLE}
    return {
        "version": 1,
        "answers": {
            "name": v["apostrophe-hyphen"] + " " + v["rlo-override"],
            "court": v["img-onerror"],
            "salutation": "Your Honor,",
            "areas": ["work", "other"],
            "work": {"employer": v["closing-textarea"], "text": " ".join(v[n] for n in ("jinja-block", "nul", "line-separator"))},
            "other": {"activity": v["cjk"], "text": " ".join(v[n] for n in ("emoji-family", "arabic-mixed", "combining"))},
            "goals": {"goals": "I work. " + v["long-word-5000"][:1900]},
        },
        "letter": {"text": "", "builtFrom": "", "edited": False},
        "saveOnDevice": False,
    }


def download(page, button):
    with page.expect_download(timeout=READY_TIMEOUT_MS) as info:
        page.click(button)
    return Path(info.value.path()).read_bytes()


def assert_inert(page):
    assert page.evaluate("() => window.__pwned") == 0
    assert page.locator(".ea-app img, .ea-app script, .ea-app iframe, .ea-app svg").count() == 0
    tasks = page.evaluate("() => window.__longTasks") or [0]
    assert max(tasks) < 1000, f"a task blocked the page for a second or more: {sorted(tasks)[-5:]} ms"


def test_statement_preview_and_files_stay_inert_and_readable(page, site):
    """The sample in the name, court, details and texts: preview, TXT, DOCX, PDF and answers file hold it as text."""
    state = statement_state()
    page.add_init_script(RECORD_LONG_TASKS)
    page.add_init_script(f"sessionStorage.setItem('expunge-assist:statement', {json.dumps(json.dumps(state))});")
    page.goto(site.url + "statement/#/letter")
    assert wait_for_python(page) == "ready"
    page.wait_for_selector("#ea-letter-text", timeout=READY_TIMEOUT_MS)
    letter = page.input_value("#ea-letter-text")
    assert not set(BIDI) & set(letter)
    assert "\x00" not in letter
    assert letter.startswith(tuple("JFMASOND"))  # the date line, in its place
    assert "Thank you for considering my request." in letter
    assert "Zoë O'Brien-Nguyễn Ana NOT GUILTY Lopez" in letter  # the override is gone, the words stay in order
    assert "{% for x in range(10) %}{{x}}{% endfor %}" in letter  # shown, never run
    assert "<img src=x onerror" in letter and "王小明" in letter
    assert_inert(page)  # building and showing the letter
    page.evaluate("() => { window.__longTasks = []; }")
    page.click("form.ea-form button[type=submit]")
    page.wait_for_selector("#ea-download-txt")
    assert download(page, "#ea-download-txt").decode("utf-8") == letter
    paragraphs = [p.text for p in docx.Document(io.BytesIO(download(page, "#ea-download-docx"))).paragraphs]
    assert paragraphs[-1].endswith(letter.rstrip("\n").split("\n")[-1])
    reader = PdfReader(io.BytesIO(download(page, "#ea-download-pdf")))
    assert "Page 1 of" in reader.pages[0].extract_text()
    saved = json.loads(download(page, "#ea-download-answers"))
    assert saved["work"]["text"] == state["answers"]["work"]["text"]
    assert_inert(page)  # making the four files


def test_a_pasted_100000_character_answer_is_refused_without_freezing(page, site):
    """100,000 characters pasted into a text area: the count and the error say so, and no task blocks a second."""
    state = statement_state()
    del state["answers"]["goals"]  # every step before it answered: the tool opens the goals step itself
    page.add_init_script(RECORD_LONG_TASKS)
    page.add_init_script(f"sessionStorage.setItem('expunge-assist:statement', {json.dumps(json.dumps(state))});")
    page.goto(site.url + "statement/#/goals")
    assert wait_for_python(page) == "ready"
    page.wait_for_selector("#field-goals-goals")
    page.fill("#field-goals-goals", CATALOGUE["long-100k"])
    page.wait_for_selector("#field-goals-goals-count.ea-count--over")
    page.click("form.ea-form button[type=submit]")
    page.wait_for_selector(".ea-error-summary", timeout=READY_TIMEOUT_MS)
    assert "2,000" in page.inner_text(".ea-error-summary")
    assert_inert(page)


SCREENER_SAMPLE = ["img-onerror", "jinja-expr", "arabic", "zalgo", "long-word-5000"]


def test_screener_shows_hostile_case_names_as_text(page, site):
    """Cases named with the sample: the results show each name as typed, as text, and screen each case."""
    answers = {"outcome": "not-convicted", "arrest_date": "2017", "arrest_result": "no-charges", "arrest_level": "misdemeanor",
               "on_supervision": "no", "pending_charges": "no", "citizen": "yes", "survivor": "no"}
    names = [CATALOGUE[name].replace("alert(1)", "window.__pwned=1")[:60] for name in SCREENER_SAMPLE]
    state = {"version": 1, "cases": [{"label": name, "done": True, "answers": answers} for name in names], "saveOnDevice": False}
    page.add_init_script(RECORD_LONG_TASKS)
    page.add_init_script(f"sessionStorage.setItem('expunge-assist:screener', {json.dumps(json.dumps(state))});")
    page.goto(site.url + "screener/#/results")
    page.wait_for_load_state("load")
    page.evaluate("() => { window.__longTasks = []; }")  # the page's own start-up is not the input's doing
    assert wait_for_python(page) == "ready"
    page.wait_for_function(
        "n => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0 && document.querySelectorAll('[data-remedy=\"arrest-sealing\"]').length === n",
        arg=len(names),
        timeout=READY_TIMEOUT_MS,
    )
    headings = page.eval_on_selector_all(".ea-case h2", "items => items.map(item => item.textContent)")
    for name, heading in zip(names, headings):
        assert heading.endswith(name)
    assert page.locator("[data-remedy='arrest-sealing'][data-status='likely']").count() == len(names)
    assert_inert(page)
