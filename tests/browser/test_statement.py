"""The personal statement generator, end to end in the browser, behind the network guard."""

import io
import json

import docx
import pytest
from pypdf import PdfReader

import helpers
from helpers import advance, submit, wait_for_python

PAGE = {"en": "statement/", "es": "es/statement/"}
WORDS = {
    "en": {"error_title": "Error: ", "summary": "There is a problem", "name_error": "Enter your full name."},
    "es": {"error_title": "Error: ", "summary": "Hay un problema", "name_error": "Escriba su nombre completo."},
}


def open_tool(page, site, lang="en"):
    helpers.open_tool(page, site, PAGE[lang])


wait_step = helpers.wait_for


def walk_to_letter(page, answers):
    """Fill every step from ``answers`` (a dict of field id -> value) and stop on the letter."""
    page.click("#ea-start")
    wait_step(page, "#field-name")
    page.fill("#field-name", answers["name"])
    page.fill("#field-age", answers.get("age", ""))
    submit(page)
    wait_step(page, "#field-relief")
    submit(page)
    wait_step(page, "#field-areas")
    for index in answers["areas"]:
        page.check("#field-areas" if index == 0 else f"#field-areas-{index}")
    submit(page)
    for area, fields in answers["area_fields"]:
        wait_step(page, f"#field-{area}-text")
        for field, value in fields.items():
            page.fill(f"#field-{area}-{field}", value)
        submit(page)
    wait_step(page, "#field-responsibility-what-happened")
    page.fill("#field-responsibility-learned", answers.get("learned", ""))
    submit(page)
    wait_step(page, "#field-goals-goals")
    page.fill("#field-goals-goals", answers.get("goals", ""))
    submit(page)
    wait_step(page, "#field-case-number")
    page.fill("#field-case-number", answers.get("case_number", ""))
    submit(page)
    wait_step(page, "#field-document")
    if answers.get("declaration"):
        page.check("#field-document-1")
        page.fill("#field-city", answers["city"])
    submit(page)
    wait_step(page, "#field-salutation")
    submit(page)
    wait_step(page, ".ea-summary")
    submit(page)
    wait_step(page, "#ea-letter-text")


ANSWERS = {
    "name": "María José McKay-Nguyễn",
    "age": "34",
    "case_number": "BA123456",
    "areas": [0, 5],  # work, caregiving
    "area_fields": [
        ("work", {"employer": "UCLA Medical Center", "text": "I have worked there for three years."}),
        ("caregiving", {"children": "2", "text": "I raise my daughters on my own."}),
    ],
    "learned": "I learned that my choices hurt other people.",
    "goals": "I want to become a nurse.",
}


def download(page, button_id):
    with page.expect_download() as info:
        page.click(button_id)
    return info.value


@pytest.mark.parametrize("lang", ["en", "es"])
def test_whole_flow_gives_pdf_docx_and_text(page, site, lang):
    """From the start page to PDF, Word and text files, in each language; the files hold the person's words."""
    open_tool(page, site, lang)
    walk_to_letter(page, ANSWERS)
    letter = page.input_value("#ea-letter-text")
    assert "My name is María José McKay-Nguyễn, and I am 34 years old." in letter
    assert "I am a parent of two children. I raise my daughters on my own." in letter
    submit(page)
    wait_step(page, "#ea-download-pdf")

    pdf = download(page, "#ea-download-pdf")
    assert pdf.suggested_filename == "personal-statement.pdf"
    reader = PdfReader(pdf.path())
    text = " ".join(" ".join(page_.extract_text() for page_ in reader.pages).split())
    assert "María José McKay-Nguyễn" in text and "UCLA Medical Center" in text

    word = download(page, "#ea-download-docx")
    paragraphs = [p.text for p in docx.Document(word.path()).paragraphs]
    assert any("I raise my daughters on my own." in p for p in paragraphs)

    plain = download(page, "#ea-download-txt")
    assert open(plain.path(), encoding="utf-8").read() == letter


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_companion_shows_the_letter_in_the_persons_language_marked_not_to_file(page, site, lang):
    """Outside English the download step shows the letter's wording translated with the answers in place; English has none."""
    open_tool(page, site, lang)
    walk_to_letter(page, ANSWERS)
    submit(page)
    wait_step(page, "#ea-download-pdf")
    if lang == "en":
        assert page.locator(".ea-companion").count() == 0
        return
    companion = page.locator("#ea-companion-text").inner_text()
    assert "Me llamo María José McKay-Nguyễn y tengo 34 años." in companion
    assert "Soy madre o padre de 2 hijos. I raise my daughters on my own." in companion
    assert page.get_attribute(".ea-companion", "lang") == "es"
    assert "No la presente" in page.locator(".ea-companion-mark").inner_text()
    # The file to take to court is still the English letter.
    plain = download(page, "#ea-download-txt")
    assert "My name is María José McKay-Nguyễn" in open(plain.path(), encoding="utf-8").read()


def test_a_reload_and_the_back_button_keep_every_answer(page, site):
    """Answers survive a reload mid-flow and the browser's Back button."""
    open_tool(page, site)
    page.click("#ea-start")
    wait_step(page, "#field-name")
    page.fill("#field-name", "DeShawn McKay")
    page.fill("#field-age", "41")
    submit(page)
    wait_step(page, "#field-relief")
    page.reload()
    assert wait_for_python(page) == "ready"
    wait_step(page, "#field-relief")
    page.go_back()
    wait_step(page, "#field-name")
    assert page.input_value("#field-name") == "DeShawn McKay"
    assert page.input_value("#field-age") == "41"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_empty_name_gets_an_error_summary_in_the_persons_language(page, site, lang):
    """Continue with no name: "Error: " title, a focused summary linking to the field, the same words by the field."""
    open_tool(page, site, lang)
    page.click("#ea-start")
    wait_step(page, "#field-name")
    page.fill("#field-name", "  .  ")
    submit(page)
    wait_step(page, ".ea-error-summary")
    assert page.title().startswith(WORDS[lang]["error_title"])
    assert page.evaluate("() => document.activeElement.classList.contains('ea-error-summary')")
    assert page.inner_text(".ea-error-summary h2") == WORDS[lang]["summary"]
    assert page.inner_text(".ea-error-summary a") == WORDS[lang]["name_error"]
    assert WORDS[lang]["name_error"] in page.inner_text("#field-name-error")
    page.click(".ea-error-summary a")
    assert page.evaluate("() => document.activeElement.id") == "field-name"
    assert page.input_value("#field-name") == "  .  "


def test_a_huge_paste_is_refused_clearly_without_freezing(page, site):
    """100,000 characters pasted into an answer: the count says how far over, Continue names the limit."""
    open_tool(page, site)
    walk_prefix = dict(ANSWERS, areas=[0], area_fields=[])
    page.click("#ea-start")
    wait_step(page, "#field-name")
    page.fill("#field-name", walk_prefix["name"])
    for expected in ["relief", "areas"]:
        assert advance(page, lambda: submit(page)) == expected
    page.check("#field-areas")
    submit(page)
    wait_step(page, "#field-work-text")
    page.fill("#field-work-text", "x" * 100_000)
    page.wait_for_selector(".ea-count--over")
    assert "98,000" in page.inner_text("#field-work-text-count")
    submit(page)
    wait_step(page, ".ea-error-summary")
    assert "2,000" in page.inner_text(".ea-error-summary")


def test_editing_then_changing_answers_offers_rebuild_and_drops_removed_sections(page, site):
    """An edited letter is kept or rebuilt by choice; a rebuilt letter drops an area the person removed."""
    open_tool(page, site)
    walk_to_letter(page, ANSWERS)
    page.fill("#ea-letter-text", page.input_value("#ea-letter-text") + "\nMY OWN EDIT\n")
    page.goto(site.url + PAGE["en"] + "#/areas?return=check")
    wait_step(page, "#field-areas")
    page.uncheck("#field-areas-5")  # caregiving
    submit(page)
    wait_step(page, "#field-work-text")
    page.goto(site.url + PAGE["en"] + "#/letter")
    wait_step(page, "#ea-rebuild")
    assert "MY OWN EDIT" in page.input_value("#ea-letter-text")
    page.click("#ea-rebuild")
    wait_step(page, "#ea-letter-text")
    page.wait_for_function("() => !document.querySelector('#ea-rebuild')")
    letter = page.input_value("#ea-letter-text")
    assert "MY OWN EDIT" not in letter and "daughters" not in letter
    assert "UCLA Medical Center" in letter


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>{{7*7}}'


def test_html_and_script_typed_anywhere_stay_plain_text(page, site):
    """Markup typed into answers runs nowhere: not on the pages, the preview, or in the files."""
    open_tool(page, site)
    hostile = dict(ANSWERS, name="Ann " + HOSTILE, area_fields=[("work", {"text": HOSTILE}), ("caregiving", {"text": HOSTILE})])
    walk_to_letter(page, hostile)
    assert HOSTILE in page.input_value("#ea-letter-text")
    page.goto(site.url + PAGE["en"] + "#/check")
    wait_step(page, ".ea-summary")
    assert HOSTILE in page.inner_text(".ea-summary")
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    page.goto(site.url + PAGE["en"] + "#/get")
    wait_step(page, "#ea-download-pdf")
    text = " ".join(p.extract_text() for p in PdfReader(download(page, "#ea-download-pdf").path()).pages)
    assert "<script>window.__pwned=2</script>" in " ".join(text.split())
    assert page.evaluate("() => window.__pwned") is None


MARKER = "Zq7xMARKERq9"


def test_a_marker_typed_in_every_field_never_leaves_the_page(page, context, site):
    """A unique marker in every answer and the letter appears in no request; nothing leaves the origin."""
    open_tool(page, site)
    page.click("#ea-start")
    wait_step(page, "#field-name")
    filled = 0
    for _ in range(20):
        for field in page.query_selector_all("form.ea-form input[type=text], form.ea-form textarea"):
            inputmode = field.get_attribute("inputmode")
            field.fill("20" if inputmode == "numeric" else f"{MARKER} {filled}")
            filled += 1
        for box in page.query_selector_all("form.ea-form input[type=checkbox]"):
            box.check()
        if page.query_selector(".ea-summary"):
            break
        advance(page, lambda: submit(page))
        if page.query_selector(".ea-error-summary"):
            pytest.fail(page.inner_text(".ea-error-summary"))
    assert filled >= 20
    submit(page)
    wait_step(page, "#ea-letter-text")
    submit(page)
    wait_step(page, "#ea-download-pdf")
    download(page, "#ea-download-pdf")
    download(page, "#ea-download-docx")
    download(page, "#ea-download-txt")
    leaked = [url for url in context.guard.requests if MARKER in url]
    assert leaked == []
    assert context.guard.not_get == []


def test_answers_file_round_trip_and_a_hostile_file_changes_nothing(page, site, tmp_path):
    """Downloaded answers load again; a malformed file is refused with a message and the answers stay."""
    open_tool(page, site)
    walk_to_letter(page, ANSWERS)
    submit(page)
    wait_step(page, "#ea-download-answers")
    saved = json.loads(open(download(page, "#ea-download-answers").path(), encoding="utf-8").read())
    assert saved["name"] == ANSWERS["name"]

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "Mallory", "__proto__": {"x": 1}, "colour": "red"}))
    page.goto(site.url + PAGE["en"])
    wait_step(page, "#ea-load-file")
    page.set_input_files("#ea-load-file", str(bad))
    page.wait_for_selector(".ea-file-message.ea-field-error")
    assert "not changed" in page.inner_text(".ea-file-message")
    page.goto(site.url + PAGE["en"] + "#/about")
    wait_step(page, "#field-name")
    assert page.input_value("#field-name") == ANSWERS["name"]

    good = tmp_path / "good.json"
    good.write_text(json.dumps(dict(saved, name="Loaded Person")))
    page.goto(site.url + PAGE["en"])
    wait_step(page, "#ea-load-file")
    page.set_input_files("#ea-load-file", str(good))
    wait_step(page, ".ea-summary")
    assert "Loaded Person" in page.inner_text(".ea-summary")


def test_saving_on_the_device_is_opt_in_and_deletable(page, site):
    """Answers sit only in the tab until the person opts in; "Delete my answers" clears tab and device."""
    open_tool(page, site)
    walk_to_letter(page, ANSWERS)
    submit(page)
    wait_step(page, "#ea-save-device")
    stored = "() => [sessionStorage.length, localStorage.length]"
    assert page.evaluate(stored) == [1, 0]
    page.check("#ea-save-device")
    assert page.evaluate(stored) == [1, 1]
    page.click("#ea-delete")
    wait_step(page, "#ea-start")
    assert page.evaluate(stored) == [0, 0]


def test_a_failed_pdf_download_says_so_and_can_be_tried_again(page, context, site):
    """The PDF maker's download fails: a clear message replaces "Making your PDF…", and Try again makes the PDF."""
    failing = {"on": True, "refused": 0}

    def pdf_group(route, request):
        if failing["on"]:
            failing["refused"] += 1
            route.abort("failed")
        else:
            route.fallback()

    context.route("**/assets/tools/py/fpdf-*.zip", pdf_group)
    open_tool(page, site)
    walk_to_letter(page, ANSWERS)
    submit(page)
    wait_step(page, "#ea-download-pdf")
    page.click("#ea-download-pdf")
    wait_step(page, "#ea-retry-pdf")
    assert failing["refused"] >= 1
    assert "Making your PDF" not in page.inner_text("form.ea-form .ea-status")
    assert "could not be made" in page.inner_text(".ea-download-problem")
    failing["on"] = False
    with page.expect_download() as info:
        page.click("#ea-retry-pdf")
    assert info.value.suggested_filename == "personal-statement.pdf"
    page.wait_for_function("() => !document.querySelector('#ea-retry-pdf')")
    assert "downloaded" in page.inner_text("form.ea-form .ea-status")


# Answers the first "letter" call with an internal error, as a Python bug would.
FAIL_FIRST_LETTER = """
(() => {
  const Real = window.Worker;
  window.__letterFailures = 0;
  window.Worker = class extends Real {
    postMessage(message, ...rest) {
      if (message?.type === "call" && message.name === "letter" && window.__letterFailures === 0) {
        window.__letterFailures += 1;
        const error = { code: "internal", message: "Traceback (most recent call last): KeyError: 'SECRET_DEV_DETAIL'", detail: "" };
        setTimeout(() => this.dispatchEvent(new MessageEvent("message", { data: { type: "error", id: message.id, error } })));
        return;
      }
      return super.postMessage(message, ...rest);
    }
  };
})();
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_letter_that_cannot_be_written_says_so_plainly_and_can_be_retried(page, site, lang):
    """An internal error writing the letter shows the person a plain message (never the developer's), and Try again works."""
    page.add_init_script(FAIL_FIRST_LETTER)
    open_tool(page, site, lang)
    walk_to_letter_or_failure = dict(ANSWERS)
    page.click("#ea-start")
    wait_step(page, "#field-name")
    page.fill("#field-name", walk_to_letter_or_failure["name"])
    for expected in ["relief", "areas"]:
        assert advance(page, lambda: submit(page)) == expected
    page.check("#field-areas")
    assert advance(page, lambda: submit(page)) == "area-work"
    page.fill("#field-work-text", "I have worked there for three years.")
    for expected in ["responsibility", "goals", "case", "document", "greeting", "check", "letter"]:
        assert advance(page, lambda: submit(page)) == expected
    wait_step(page, "#ea-retry-letter")
    shown = page.inner_text("form.ea-form")
    assert "SECRET_DEV_DETAIL" not in shown and "Traceback" not in shown
    assert page.title().startswith("Error: ")
    assert page.evaluate("() => document.activeElement.classList.contains('ea-error-summary')")
    page.click("#ea-retry-letter")
    wait_step(page, "#ea-letter-text")
    assert "I have worked there for three years." in page.input_value("#ea-letter-text")
    assert page.evaluate("() => window.__letterFailures") == 1


LAYOUT_SHIFTS = """() => { window.__shift = 0; new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({ type: "layout-shift", buffered: true }); }"""


@pytest.mark.parametrize("lang", PAGE)
def test_the_start_page_appears_without_moving_what_is_below_it(page, site, lang):
    """On a 412 px phone the statement's start page draws into the space held for it: layout shift stays under 0.01."""
    page.set_viewport_size({"width": 412, "height": 823})
    page.add_init_script(f"({LAYOUT_SHIFTS})()")
    # This browser prefers English, so the Spanish page would offer English at
    # the top (a shift of its own, not the tool's): said "No thanks" already.
    page.add_init_script('sessionStorage.setItem("ea-language-offer-dismissed", "1")')
    page.goto(site.url + PAGE[lang])
    assert wait_for_python(page) == "ready"
    page.wait_for_selector("#ea-start")
    # A frame after the last draw, so the observer has seen every shift.
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert page.evaluate("() => window.__shift") < 0.01
