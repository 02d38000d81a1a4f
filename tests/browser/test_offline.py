"""Offline use: the service worker (site/sw.js, assets/offline.js), with the network cut.

These contexts allow service workers (the other tests block them); the
network guard still sees every request that reaches the network.
"""

import json
import shutil
import zipfile

import docx
import pytest
from pypdf import PdfReader

import build
from conftest import PUBLIC, READY_TIMEOUT_MS, ROOT, Guard, built_pages, wait_for_python
from serve import PREFIX, Site

EXAMPLE = json.loads((ROOT / "examples" / "answers" / "example.json").read_text(encoding="utf-8"))
# statement.js keeps its state in sessionStorage: start on "Check your answers".
PRESET = "sessionStorage.setItem('expunge-assist:statement', %s);" % json.dumps(
    json.dumps(
        {
            "version": 1,
            "answers": EXAMPLE,
            "letter": {"text": "", "builtFrom": "", "edited": False},
            "saveOnDevice": False,
        }
    )
)


def offline_context(browser, site):
    """A guarded context where the service worker may run."""
    context = browser.new_context(service_workers="allow")
    guard = Guard(site.origin)
    context.route("**/*", guard.route)
    return context, guard


def wait_offline_state(page, state):
    page.wait_for_selector(f"html[data-offline='{state}']", state="attached", timeout=READY_TIMEOUT_MS)


def cache_names(page):
    return page.evaluate("async () => (await caches.keys()).filter(name => name.startsWith('expunge-assist-'))")


def download(page, button):
    with page.expect_download(timeout=READY_TIMEOUT_MS) as info:
        page.click(button)
    return info.value


def test_every_page_both_tools_and_the_downloads_work_with_the_network_cut(browser, site):
    """After one visit to a tool page, every page, both tools and the PDF and Word files work offline."""
    context, guard = offline_context(browser, site)
    context.add_init_script(PRESET)
    page = context.new_page()
    try:
        page.goto(site.url + "statement/")
        assert wait_for_python(page) == "ready"
        wait_offline_state(page, "tools")
        online_requests = len(guard.requests)

        context.set_offline(True)
        for path in built_pages():
            if path == "404.html":
                continue
            reply = page.goto(site.url + path)
            assert reply.ok, path
            assert page.locator("h1").count() >= 1 or page.locator("[data-statement], [data-screener]").count(), path

        page.goto(site.url + "screener/")
        assert wait_for_python(page) == "ready"

        page.goto(site.url + "statement/#/check")
        assert wait_for_python(page) == "ready"
        page.wait_for_selector(".ea-summary", timeout=READY_TIMEOUT_MS)
        page.click("form.ea-form button[type=submit]")
        page.wait_for_selector("#ea-letter-text", timeout=READY_TIMEOUT_MS)
        letter = page.input_value("#ea-letter-text")
        page.click("form.ea-form button[type=submit]")
        page.wait_for_selector("#ea-download-pdf", timeout=READY_TIMEOUT_MS)
        pdf = PdfReader(download(page, "#ea-download-pdf").path())
        assert EXAMPLE["name"] in letter
        assert EXAMPLE["name"] in " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
        word = docx.Document(download(page, "#ea-download-docx").path())
        assert any(EXAMPLE["name"] in p.text for p in word.paragraphs)
        # Offline, the service worker answered everything; only the browser's
        # own check for a newer sw.js went out (and failed).
        assert [url for url in guard.requests[online_requests:] if not url.endswith("/sw.js")] == []
    finally:
        context.close()
    assert not guard.problems(), guard.problems()


def test_a_guide_page_keeps_the_pages_but_never_downloads_the_tools(browser, site):
    """Reading a guide caches the pages for offline use and fetches nothing of Pyodide or the tools."""
    context, guard = offline_context(browser, site)
    page = context.new_page()
    try:
        page.goto(site.url + "guides/dismissal/")
        wait_offline_state(page, "pages")
        assert [url for url in guard.requests if "/assets/pyodide/" in url or "/assets/tools/py/" in url] == []
        context.set_offline(True)
        assert page.goto(site.url + "es/guides/glossary/").ok
        # The quick exit works offline too: exit.js and its words were kept with the pages.
        page.wait_for_selector("html[data-safety='ready']", state="attached")
        missing = page.goto(site.url + "no-such-page/")
        assert missing.status == 404 and page.locator("h1").count() == 1
    finally:
        context.close()


@pytest.fixture
def own_site(tmp_path):
    """A copy of the built site on its own server, so a test can publish a new build."""
    copy = tmp_path / "public"
    shutil.copytree(PUBLIC, copy)
    server = Site(copy, prefix=PREFIX).start()
    server.folder = copy
    yield server
    server.stop()


def test_a_new_build_replaces_the_cache_and_the_page_offers_it_in_spanish(browser, own_site):
    """A new build: the page says so in its language; taking it swaps the cache and deletes the old one."""
    context, guard = offline_context(browser, own_site)
    page = context.new_page()
    try:
        page.goto(own_site.url + "es/about/")
        wait_offline_state(page, "pages")
        old = cache_names(page)
        assert len(old) == 1

        about = own_site.folder / "es" / "about" / "index.html"
        about.write_text(
            about.read_text(encoding="utf-8").replace("</h1>", " (nueva versión de prueba)</h1>", 1), encoding="utf-8"
        )
        (own_site.folder / "sw.js").write_text((ROOT / "site" / "sw.js").read_text(encoding="utf-8"), encoding="utf-8")
        build.write_service_worker(own_site.folder)

        page.reload()
        notice = page.locator(".ea-update")
        notice.wait_for(timeout=READY_TIMEOUT_MS)
        assert "Hay una versión más nueva de este sitio." in notice.inner_text()
        assert "nueva versión de prueba" not in page.inner_text("h1")  # still the old build until asked
        with page.expect_navigation(timeout=READY_TIMEOUT_MS):
            page.click(".ea-update__button")
        wait_offline_state(page, "pages")
        new = cache_names(page)
        assert len(new) == 1 and new != old

        context.set_offline(True)
        page.goto(own_site.url + "es/about/")
        assert "nueva versión de prueba" in page.inner_text("h1")
    finally:
        context.close()
    assert not guard.problems(), guard.problems()


def test_a_module_missing_from_the_trimmed_standard_library_is_named(browser, own_site):
    """If the trimmed standard library lacks a module the tools import, the page fails and says which and where to add it."""
    archive = own_site.folder / "assets" / "pyodide" / build.STDLIB_TRIMMED
    with zipfile.ZipFile(archive) as full:
        members = {info.filename: full.read(info) for info in full.infolist()}
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as trimmed:
        for name, data in members.items():
            if build.stdlib_module(name) != "gettext":
                trimmed.writestr(name, data)
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        page.goto(own_site.url + "check/")
        assert wait_for_python(page) == "failed"
        assert any('Python module "gettext" is missing' in text and "STDLIB_MODULES_TEXT" in text for text in errors), errors
    finally:
        context.close()
