"""Python in the page: it starts in a worker from the site's own files, says so in words, answers calls."""

import json

import pytest

from conftest import PUBLIC, wait_for_python

WORDS = {
    "en": {
        "ready": "The tool is ready.",
        "answer": "the tools can run on this device",
        "failed": "Sorry, the tool could not start in this browser.",
    },
    "es": {
        "ready": "La herramienta está lista.",
        "answer": "las herramientas pueden funcionar en este dispositivo",
        "failed": "Lo sentimos, la herramienta no pudo arrancar en este navegador.",
    },
}
CHECK_PAGE = {"en": "check/", "es": "es/check/"}

# Records every value of <html data-python> and every status text, from the
# first moment of the document (init scripts are not subject to the page's CSP).
RECORD_STAGES = """
window.__stages = [];
new MutationObserver(() => {
  const state = document.documentElement?.dataset.python;
  const status = document.querySelector("[data-python-status]")?.textContent;
  const last = window.__stages.at(-1);
  if (state && (!last || last[0] !== state || last[1] !== status)) window.__stages.push([state, status]);
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tool_page_reaches_ready_and_answers_in_the_page_language(page, site, lang):
    """The check page goes loading -> ready, shows each stage in words, and shows Python's answer."""
    page.add_init_script(RECORD_STAGES)
    page.goto(site.url + CHECK_PAGE[lang])
    assert wait_for_python(page) == "ready"
    assert page.inner_text("[data-python-status]") == WORDS[lang]["ready"]
    page.wait_for_selector("[data-python-answer]:not([hidden])")
    answer = page.inner_text("[data-python-answer]")
    assert WORDS[lang]["answer"] in answer and "Python" not in answer
    stages = page.evaluate("() => window.__stages")
    states = [state for state, _ in stages]
    assert states[0] == "loading" and states[-1] == "ready"
    texts = [text for _, text in stages]
    assert len(set(texts)) >= 3, f"expected downloading, starting and ready in words, saw {texts}"


def test_page_calls_python_through_the_message_protocol(page, site):
    """call() returns Python's value; an unknown call rejects with the protocol's error code."""
    page.goto(site.url + CHECK_PAGE["es"])
    assert wait_for_python(page) == "ready"
    module = site.url + "assets/tools/python.js"
    about = page.evaluate(
        "async url => (await import(url)).call('about', {lang: 'es'})", module
    )
    assert about["python"].startswith("3.")
    assert about["platform"] == "emscripten"
    assert {"en", "es"} <= set(about["languages"])
    assert WORDS["es"]["answer"] in about["message"]
    error = page.evaluate(
        """async url => {
            try { await (await import(url)).call('no_such_call'); return null; }
            catch (error) { return {code: error.code, message: error.message}; }
        }""",
        module,
    )
    assert error["code"] == "unknown-call" and "about" in error["message"]


def test_tool_page_loads_only_the_sites_own_vendored_files(page, context, site):
    """Pyodide, the package and its libraries all come from the site's assets; nothing from elsewhere."""
    page.goto(site.url + CHECK_PAGE["en"])
    assert wait_for_python(page) == "ready"
    requested = context.guard.requests
    assert any(url.endswith("/assets/pyodide/pyodide.asm.wasm") for url in requested)
    manifest = json.loads((PUBLIC / "assets/tools/py/manifest.json").read_text())
    for entry in manifest["archives"]:
        assert site.url + "assets/tools/py/" + entry["file"] in requested
    assert all(url.startswith(site.origin + "/") for url in requested)


# Shortens the loader's per-stage time limit (data-python-stage-limit on <html>)
# so a test of a hang does not wait the 90 s a person would.
SHORT_STAGE_LIMIT = """
new MutationObserver((_, observer) => {
  if (!document.documentElement) return;
  document.documentElement.dataset.pythonStageLimit = "8000";
  observer.disconnect();
}).observe(document, {childList: true});
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_tool_page_says_plainly_when_python_cannot_start(page, context, site, lang):
    """If the runtime cannot download, the state becomes "failed" and the person reads why, in their language."""
    page.add_init_script(SHORT_STAGE_LIMIT)
    context.route("**/pyodide.asm.wasm", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site.url + CHECK_PAGE[lang])
    assert wait_for_python(page) == "failed"
    assert page.inner_text("[data-python-status]").startswith(WORDS[lang]["failed"])
    assert page.is_hidden("[data-python-answer]")


def test_tool_page_fails_when_its_worker_cannot_load(page, context, site):
    """A worker script that cannot load ends in "failed" too, not an endless wait."""
    context.route("**/assets/tools/worker.mjs", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(site.url + CHECK_PAGE["en"])
    assert wait_for_python(page) == "failed"
    assert page.inner_text("[data-python-status]").startswith(WORDS["en"]["failed"])


def test_python_in_the_page_makes_a_pdf_with_vietnamese_and_accents(page, context, site):
    """After load("pdf"), the worker's Python renders a letter and makes a PDF; pypdf reads the name back."""
    import base64
    import io

    from pypdf import PdfReader

    page.goto(site.url + CHECK_PAGE["en"])
    assert wait_for_python(page) == "ready"
    assert not any("/fpdf-" in url for url in context.guard.requests), "the PDF maker loaded before it was asked for"
    module = site.url + "assets/tools/python.js"
    encoded = page.evaluate(
        """async url => {
            const python = await import(url);
            const letter = await python.call("letter", {answers_data: {name: "Nguyễn Thị Ánh", age: 29}, today: "2026-11-28"});
            await python.load("pdf");
            return (await python.call("letter_pdf", {text: letter.text})).base64;
        }""",
        module,
    )
    reader = PdfReader(io.BytesIO(base64.b64decode(encoded)))
    text = reader.pages[0].extract_text()
    assert "Nguyễn Thị Ánh" in text and "Page 1 of 1" in text
    assert any("/fpdf-" in url for url in context.guard.requests)


def test_the_page_makes_a_word_file_that_reads_back(page, context, site):
    """docx.js makes a DOCX in the page from the letter text; python-docx reads the same blocks and layout."""
    import base64
    import io

    import docx

    from expunge_assist import letter

    page.goto(site.url + CHECK_PAGE["en"])
    text = "November 28, 2026\n\nYour Honor,\n\nMy name is Zoë O'Brien-Nguyễn. <b>Not bold</b>\n\nSincerely,\n\n____\nZoë O'Brien-Nguyễn\n"
    assert not any(url.endswith("/vendor/docx.mjs") for url in context.guard.requests)
    encoded = page.evaluate(
        """async ([url, text]) => {
            const { letterDocx } = await import(url);
            const bytes = new Uint8Array(await (await letterDocx(text)).arrayBuffer());
            let binary = "";
            for (const byte of bytes) binary += String.fromCharCode(byte);
            return btoa(binary);
        }""",
        [site.url + "assets/tools/docx.js", text],
    )
    document = docx.Document(io.BytesIO(base64.b64decode(encoded)))
    assert [p.text for p in document.paragraphs] == ["\n".join(block) for block in letter.blocks(text)]
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)
    assert round(section.left_margin.inches, 2) == 1.0
    assert "PAGE" in section.footer.paragraphs[0]._p.xml


def spanish(msgid: str) -> str:
    """The Spanish catalog's words for ``msgid``."""
    from babel.messages.pofile import read_po

    with open(PUBLIC.parent / "locales" / "es" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle)[msgid].string


@pytest.mark.parametrize(
    "path, start, first_question",
    [
        ("es/statement/", "Write your personal statement", "About you"),
        ("es/screener/", "Check which relief may fit your case", "Give this case a name"),
    ],
)
def test_spanish_tool_pages_speak_spanish_from_the_first_page(page, site, path, start, first_question):
    """A tool's first page and first question on a Spanish page come from the Spanish catalog, not English."""
    page.goto(site.url + path)
    assert wait_for_python(page) == "ready"
    page.wait_for_selector(".ea-app h1")
    assert page.inner_text(".ea-app h1") == spanish(start)
    page.click("#ea-start")
    page.wait_for_function("text => document.querySelector('.ea-app h1')?.textContent === text", arg=spanish(first_question))
    assert page.locator("text=(optional)").count() == 0
