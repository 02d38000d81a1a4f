"""The privacy matrix: every page in every language, and every tool flow, with a marker in every field.

Pages: each built page (both languages, and 404.html) loads in one shared
guarded context, gets the marker in every field it has (the search box; the
tools' first page), and must make no request to another origin (page or
worker), no request carrying the marker, no cookie, and leave nothing in
localStorage or IndexedDB. Flows: the statement and the screener in each
language, with the marker in every text field; storage holds the answers on
the device only after "Save on this device", and nothing of them is left
anywhere after "Delete my answers", "Start over", the quick exit or "Next
person". The positive controls at the end plant each kind of leak and prove
the checks catch it.
"""

import re

import pytest

from conftest import READY_TIMEOUT_MS, gate_pages, guarded_context, page_id, tool_pages, wait_for_python
from leaks import MARKER, NEUTRAL_PATH, RECORD_OBJECT_URLS, exit_to, scan
from test_screener_flow import ARREST_NO_CHARGES, fill_answer

PAGES = gate_pages()
# Python's worker starts fully (and is watched by the guard) once per language
# here; the tool flows below start it on both tools' pages. Other tool pages get
# the light load, like every guide.
PYTHON_STARTS = {"check/", "es/check/"}


def test_the_pages_that_start_python_are_tool_pages():
    """The pages whose worker the matrix starts fully are pages that start Python (checked when run, not when collected)."""
    assert PYTHON_STARTS <= set(tool_pages())

# The marker typed into every text field a page has, as a person would (input events).
TYPE_EVERYWHERE = """marker => {
  let typed = 0;
  for (const field of document.querySelectorAll("input:not([type]), input[type=text], input[type=search], textarea")) {
    field.value = marker;
    field.dispatchEvent(new Event("input", {bubbles: true}));
    field.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true, key: "x"}));
    typed += 1;
  }
  return typed;
}"""

STORED = """async () => ({
  local: Object.keys(localStorage),
  databases: (await indexedDB.databases()).map((db) => db.name),
})"""


@pytest.fixture(scope="module")
def shared(browser, site):
    """One guarded context for every page of the matrix: one browser, one cache, many light loads."""
    context, guard = guarded_context(browser, site)
    page = context.new_page()
    yield page, context, guard
    context.close()


@pytest.mark.parametrize("path", PAGES, ids=[page_id(path) for path in PAGES])
def test_page_keeps_everything_on_the_device(shared, site, path):
    """The page (and its worker) reach no other origin, send no marker, set no cookie, and store nothing."""
    page, context, guard = shared
    first = len(guard.requests)
    page.goto(site.url + path)
    page.wait_for_selector("html[data-safety='ready']", state="attached")
    if path in PYTHON_STARTS:
        assert wait_for_python(page) == "ready"
    page.evaluate(TYPE_EVERYWHERE, MARKER)
    page.wait_for_load_state("load")
    new = list(zip(guard.requests[first:], guard.bodies[first:]))
    assert not guard.problems(), guard.problems()
    assert [url for url, body in new if MARKER in url or MARKER.encode() in body] == []
    assert context.cookies() == []
    assert page.evaluate(STORED) == {"local": [], "databases": []}


# --- The tool flows ---------------------------------------------------------------

STATEMENT = {"en": "statement/", "es": "es/statement/"}
SCREENER = {"en": "screener/", "es": "es/screener/"}


def wait_hash_change(page, before):
    page.wait_for_function("before => location.hash !== before", arg=before, timeout=READY_TIMEOUT_MS)


def fill_statement_step(page, declaration):
    """The marker in every text field of the step on screen; numbers where a number is asked; every area chosen."""
    if page.query_selector("#field-areas"):
        for box in page.query_selector_all("input[name=areas]"):
            box.check()
    if declaration and page.query_selector("#field-document-1"):
        page.check("#field-document-1")
    for field in page.query_selector_all("form.ea-form input[type=text], form.ea-form textarea"):
        field.fill("30" if field.get_attribute("inputmode") == "numeric" else f"{MARKER} o'Brien")


def walk_statement(page, site, lang, declaration):
    """Every step of the statement, the marker in every field, to "Get your letter"; returns the fields typed in."""
    page.goto(site.url + STATEMENT[lang])
    assert wait_for_python(page) == "ready"
    page.click("#ea-start")
    page.wait_for_selector("#field-name")
    typed = 0
    while not page.query_selector("#ea-letter-text"):
        page.wait_for_selector("form.ea-form")
        fill_statement_step(page, declaration)
        typed += len(page.query_selector_all("form.ea-form input[type=text], form.ea-form textarea"))
        before = page.evaluate("() => location.hash")
        page.click("form.ea-form button[type=submit]")
        if page.query_selector(".ea-error-summary"):
            raise AssertionError(page.inner_text(".ea-error-summary"))
        wait_hash_change(page, before)
        page.wait_for_selector("form.ea-form .ea-heading, #ea-letter-text, .ea-summary")
        if page.query_selector(".ea-summary") and not page.query_selector("#ea-letter-text"):
            before = page.evaluate("() => location.hash")
            page.click("form.ea-form button[type=submit]")
            wait_hash_change(page, before)
            page.wait_for_selector("#ea-letter-text", timeout=READY_TIMEOUT_MS)
    page.fill("#ea-letter-text", page.input_value("#ea-letter-text") + f"\n\nP.S. {MARKER}\n")
    typed += 1
    page.click("form.ea-form button[type=submit]")
    page.wait_for_selector("#ea-download-txt")
    return typed


def take_files(page, pdf):
    for button in (["#ea-download-pdf"] if pdf else []) + ["#ea-download-docx", "#ea-download-txt", "#ea-download-answers"]:
        with page.expect_download(timeout=READY_TIMEOUT_MS):
            page.click(button)


def local_answers(page):
    return [key for key in page.evaluate("() => Object.keys(localStorage)") if not key.startswith("expunge-assist:setting:")]


def assert_sent_nothing(context):
    guard = context.guard
    assert guard.carrying(MARKER) == []
    assert not guard.problems(), guard.problems()
    assert context.cookies() == []


def test_statement_flow_en_then_delete(readable_page, readable_context, site):
    """Statement (English, letter): marker in every field and the files; saved only when chosen; nothing after "Delete"."""
    page = readable_page
    page.add_init_script(RECORD_OBJECT_URLS)
    typed = walk_statement(page, site, "en", declaration=False)
    assert typed >= 25
    take_files(page, pdf=True)
    assert local_answers(page) == []
    page.check("#ea-save-device")
    assert MARKER in page.evaluate("() => localStorage.getItem('expunge-assist:statement')")
    assert_sent_nothing(readable_context)
    page.click("#ea-delete")
    page.wait_for_selector("#ea-start")
    assert scan(page) == []
    assert_sent_nothing(readable_context)


def test_statement_flow_es_then_quick_exit(readable_page, readable_context, site):
    """Statement (Spanish, sworn declaration): nothing stored on the device; nothing anywhere after a quick exit and Back."""
    page = readable_page
    page.add_init_script(RECORD_OBJECT_URLS)
    page.add_init_script(exit_to(site))
    walk_statement(page, site, "es", declaration=True)
    take_files(page, pdf=False)
    assert local_answers(page) == []
    page.click(".ea-exit")
    page.wait_for_url(re.compile(re.escape(NEUTRAL_PATH) + "$"))
    assert scan(page) == []
    page.go_back()
    page.wait_for_selector(".ea-app h1")
    assert scan(page) == []
    assert_sent_nothing(readable_context)


def walk_screener(page, site, lang):
    page.goto(site.url + SCREENER[lang])
    assert wait_for_python(page) == "ready"
    page.click("#ea-start")
    page.wait_for_selector("#field-label")
    page.fill("#field-label", MARKER)
    for key, value in [("name", None)] + ARREST_NO_CHARGES:
        if value is not None:
            page.wait_for_selector(f"form.ea-form[data-step='{key}']")
            fill_answer(page, key, value)
        before = page.evaluate("() => location.hash")
        page.click("form.ea-form button[type=submit]")
        wait_hash_change(page, before)
    page.wait_for_selector("form.ea-form[data-step='check']")
    page.click("form.ea-form button[type=submit]")
    page.wait_for_selector(".ea-results")
    page.wait_for_function("() => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0")
    assert MARKER in page.inner_text(".ea-results")


def test_screener_flow_en_then_start_over(readable_page, readable_context, site):
    """Screener (English): the marker as the case's name; saved only when chosen; nothing after "Start over"."""
    page = readable_page
    walk_screener(page, site, "en")
    assert local_answers(page) == []
    page.check("#ea-save-device")
    assert MARKER in page.evaluate("() => localStorage.getItem('expunge-assist:screener')")
    page.goto(site.url + SCREENER["en"])
    page.wait_for_selector("#ea-start-over")
    page.click("#ea-start-over")
    page.wait_for_function("() => !document.querySelector('#ea-start-over')")
    assert scan(page) == []
    assert_sent_nothing(readable_context)


def test_screener_flow_es_then_next_person(readable_page, readable_context, site):
    """Screener (Spanish) in clinic mode, saved on the device: nothing of the person after "Next person"."""
    page = readable_page
    page.goto(site.url + "es/privacy/")
    page.check("#ea-setting-clinic")
    walk_screener(page, site, "es")
    page.check("#ea-save-device")
    page.click("#ea-next-person")
    with page.expect_navigation():
        page.click("#ea-next-confirm")
    page.wait_for_selector("#ea-start")
    assert scan(page) == []
    assert local_answers(page) == []
    assert_sent_nothing(readable_context)


# --- Positive controls: each check catches the leak it exists for ---------------------

PLANTS = {
    "DOM text": "m => { document.body.append(m); }",
    "DOM field value": "m => { const input = document.createElement('input'); input.id = 'planted'; input.value = m; document.body.append(input); }",
    "document.title": "m => { document.title = m; }",
    "sessionStorage": "m => sessionStorage.setItem('expunge-assist:planted', m)",
    "localStorage with the marker": "m => localStorage.setItem('expunge-assist:planted', m)",
    "localStorage without opting in": "m => localStorage.setItem('expunge-assist:planted', 'no marker')",
    "IndexedDB": "m => new Promise(resolve => { const r = indexedDB.open('planted'); r.onsuccess = () => { r.result.close(); resolve(); }; })",
    "Cache Storage": "async m => (await caches.open('planted')).put('/planted', new Response(m))",
    "object URL": "m => { window.__objectUrls = [URL.createObjectURL(new Blob([m]))]; }",
    "cookie": "m => { document.cookie = 'planted=' + m + '; path=/'; }",
}


@pytest.mark.parametrize("kind", list(PLANTS))
def test_scan_catches_each_kind_of_leak(readable_page, readable_context, site, kind):
    """A planted leak of each kind is reported by scan(); a clean page reports nothing."""
    page = readable_page
    page.goto(site.url + "guides/dismissal/")
    assert scan(page) == []
    page.evaluate(PLANTS[kind], MARKER)
    assert scan(page) != [], f"scan() missed a leak in {kind}"
    readable_context.clear_cookies()


def test_request_check_catches_the_marker_in_an_address_and_a_body(browser, site):
    """A same-origin request with the marker in its address, or in its body, is found by Guard.carrying()."""
    context, guard = guarded_context(browser, site)
    try:
        page = context.new_page()
        page.goto(site.url)
        assert guard.carrying(MARKER) == []
        page.evaluate("m => fetch('./?q=' + m).catch(() => {})", MARKER)
        page.evaluate("m => fetch('./', {method: 'POST', body: 'x=' + m}).catch(() => {})", MARKER)
        page.wait_for_function("() => performance.getEntriesByType('resource').filter(e => e.name.includes('?q=')).length > 0")
    finally:
        context.close()
    carrying = guard.carrying(MARKER)
    assert len(carrying) == 2, carrying
    assert any(MARKER in url for url in carrying)
    assert any(item.startswith("POST ") for item in guard.not_get)


def test_page_check_catches_a_cookie_and_stored_answers(shared, site):
    """The light page check's cookie and storage probes see a planted cookie, localStorage key and database."""
    page, context, _ = shared
    page.goto(site.url + "about/")
    page.evaluate("() => { document.cookie = 'planted=1; path=/'; localStorage.setItem('planted', '1'); }")
    page.evaluate("() => new Promise(resolve => { const r = indexedDB.open('planted'); r.onsuccess = () => { r.result.close(); resolve(); }; })")
    try:
        assert context.cookies() != []
        assert page.evaluate(STORED) == {"local": ["planted"], "databases": ["planted"]}
    finally:
        context.clear_cookies()
        page.evaluate("() => new Promise(resolve => { localStorage.clear(); indexedDB.deleteDatabase('planted').onsuccess = resolve; })")
