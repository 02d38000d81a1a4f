"""Quick exit and clinic mode (exit.js): leaving at once, and a clean slate between people."""

import re

import pytest

from conftest import wait_for_python
from leaks import MARKER, NEUTRAL_PATH, RECORD_OBJECT_URLS, exit_to, scan

STATEMENT = {"en": "statement/", "es": "es/statement/"}
PRIVACY = {"en": "privacy/", "es": "es/privacy/"}
START = {"en": "Write your personal statement", "es": "Escriba su declaración personal"}


def prepare(page, site):
    page.add_init_script(exit_to(site))
    page.add_init_script(RECORD_OBJECT_URLS)


def type_name(page, site, lang="en"):
    """Open the statement, start, and type the marker as the name (kept in this tab as it is typed)."""
    page.goto(site.url + STATEMENT[lang])
    assert wait_for_python(page) == "ready"
    page.click("#ea-start")
    page.wait_for_selector("#field-name")
    page.fill("#field-name", f"Ana {MARKER}")
    page.wait_for_function("m => JSON.stringify(sessionStorage).includes(m)", arg=MARKER)


def wait_neutral(page):
    page.wait_for_url(re.compile(re.escape(NEUTRAL_PATH) + "$"))


def test_quick_exit_button_leaves_clears_and_back_does_not_return_the_answers(page, site):
    """The button replaces the page with the neutral one; Back shows the tool's first page and none of the answers."""
    prepare(page, site)
    type_name(page, site)
    page.click(".ea-exit")
    wait_neutral(page)
    assert MARKER not in page.evaluate("() => JSON.stringify(sessionStorage)")
    page.go_back()
    page.wait_for_selector(".ea-app h1")
    assert page.inner_text(".ea-app h1") == START["en"]
    assert "#/" not in page.url
    assert scan(page) == []
    # And the entry before it (the tool's start) does not hold the answers either.
    assert MARKER not in page.content()


def test_quick_exit_without_javascript_is_a_plain_link_to_a_neutral_page(page, site):
    """Every page carries the exit as a real link, first after the skip link, off to a neutral page with no referrer."""
    page.goto(site.url + "guides/dismissal/")
    link = page.locator("a.ea-exit")
    assert link.get_attribute("href").startswith("https://")
    assert "noreferrer" in link.get_attribute("rel")
    assert link.is_visible()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_shift_three_times_is_a_quick_exit_and_two_is_not(page, site, lang):
    """Shift pressed twice leaves the page alone; a third press leaves the site."""
    prepare(page, site)
    page.goto(site.url + ("es/" if lang == "es" else "") + "guides/dismissal/")
    page.wait_for_selector("html[data-safety='ready']", state="attached")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")  # another key starts the count again
    page.keyboard.press("Shift")
    assert NEUTRAL_PATH not in page.url
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    wait_neutral(page)


def save_on_device(page):
    """What "Save my answers on this device" does in store.js: a copy in localStorage."""
    page.evaluate(
        """m => { const key = "expunge-assist:statement";
                  const state = JSON.parse(sessionStorage.getItem(key)); state.saveOnDevice = true;
                  localStorage.setItem(key, JSON.stringify(state)); }""",
        MARKER,
    )


@pytest.mark.parametrize("deletes", [False, True])
def test_quick_exit_keeps_saved_answers_unless_the_person_chose_otherwise(page, site, deletes):
    """Opted-in saved answers survive a quick exit; with "Quick exit also deletes my saved answers" they do not."""
    prepare(page, site)
    page.goto(site.url + PRIVACY["en"])
    page.wait_for_selector("#ea-setting-exit-deletes")
    if deletes:
        page.check("#ea-setting-exit-deletes")
    type_name(page, site)
    save_on_device(page)
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    wait_neutral(page)
    saved = page.evaluate("() => localStorage.getItem('expunge-assist:statement') || ''")
    assert (MARKER in saved) is (not deletes)
    assert MARKER not in page.evaluate("() => JSON.stringify(sessionStorage)")


def test_pagehide_takes_the_answers_out_of_the_page(page, site):
    """When the page is hidden (as on its way into the back/forward cache) the tool's answers leave the DOM."""
    prepare(page, site)
    type_name(page, site)
    assert MARKER in page.evaluate("() => document.querySelector('#field-name').value")
    page.evaluate("() => window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}))")
    assert page.evaluate("() => document.querySelector('.ea-app').childElementCount") == 0


def test_back_after_leaving_for_a_guide_keeps_the_answers(page, site):
    """Ordinary Back (not a quick exit) still finds the answers: they come back from the tab's storage."""
    type_name(page, site)
    page.goto(site.url + "guides/dismissal/")
    page.go_back()
    page.wait_for_selector("#field-name")
    assert MARKER in page.input_value("#field-name")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_clinic_mode_next_person_leaves_nothing_of_the_person_before(readable_page, site, lang):
    """With clinic mode on, pages say so; Cancel keeps everything; confirmed "Next person" clears every store and file link."""
    page = readable_page
    prepare(page, site)
    page.goto(site.url + PRIVACY[lang])
    page.check("#ea-setting-clinic")
    page.wait_for_selector(".ea-clinic #ea-next-person")
    type_name(page, site, lang)
    assert page.locator(".ea-clinic").is_visible()
    save_on_device(page)
    # Everywhere else the person's words could be: IndexedDB, Cache Storage, a file link.
    module = site.url + "assets/tools/exit.js"
    page.evaluate(
        """async ([m, module]) => {
            await new Promise((resolve) => { const open = indexedDB.open("planted"); open.onupgradeneeded = () => open.result.createObjectStore("s"); open.onsuccess = () => { open.result.close(); resolve(); }; });
            await (await caches.open("planted")).put("/planted", new Response(m));
            window.__link = (await import(module)).fileLink(new Blob([m]));
        }""",
        [MARKER, module],
    )
    assert len(scan(page, opted_in=True)) >= 4
    page.click("#ea-next-person")
    page.click("#ea-next-cancel")
    assert MARKER in page.input_value("#field-name")
    page.click("#ea-next-person")
    assert page.locator("dialog.ea-dialog").is_visible()
    with page.expect_navigation():
        page.click("#ea-next-confirm")
    page.wait_for_selector(".ea-app h1")
    assert "#/" not in page.url
    assert scan(page) == []
    assert page.evaluate("() => Object.keys(localStorage)") == ["expunge-assist:setting:clinic"]
    assert page.locator(".ea-clinic").is_visible()
    page.go_back()
    page.wait_for_selector(".ea-app")
    assert MARKER not in page.content()


def test_clearing_revokes_every_file_link_the_tools_made(readable_page, site):
    """clearEverything() revokes file links in the same page (which the back/forward cache would keep alive)."""
    page = readable_page
    prepare(page, site)
    page.goto(site.url + STATEMENT["en"])
    module = site.url + "assets/tools/exit.js"
    opened = page.evaluate(
        """async ([m, module]) => {
            const exit = await import(module);
            const url = exit.fileLink(new Blob([m]));
            const before = await (await fetch(url)).text();
            await exit.clearEverything();
            try { await fetch(url); return [before, "still open"]; } catch { return [before, "revoked"]; }
        }""",
        [MARKER, module],
    )
    assert opened == [MARKER, "revoked"]


@pytest.mark.parametrize("width", [320, 1280])
def test_clinic_banner_settings_and_dialog_pass_the_accessibility_gate(page, site, width):
    """The privacy page's settings, the clinic banner and the Next person dialog pass axe at 320 px and desktop."""
    from visit import axe_violations, report

    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + PRIVACY["es"])
    page.check("#ea-setting-clinic")
    page.wait_for_selector(".ea-clinic")
    assert (violations := axe_violations(page)) == [], report(violations)
    page.click("#ea-next-person")
    assert page.evaluate("() => document.activeElement.id") == "ea-next-cancel"
    assert (violations := axe_violations(page)) == [], report(violations)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
