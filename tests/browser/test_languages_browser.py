"""Languages in the browser: lang/dir, the language offer, right to left, and glyph coverage.

Parametrized over the languages actually built (the registry's languages whose
catalog exists), so each runs on whatever translations are merged.
"""

import sys

import pytest

from conftest import PUBLIC, ROOT, built_pages, guarded_context, page_id

sys.path.insert(0, str(ROOT / "py"))
from expunge_assist import language  # noqa: E402

BUILT = [entry for entry in language.registry() if (PUBLIC / entry.prefix / "index.html").exists()]
RTL = [entry for entry in BUILT if entry.dir == "rtl"]


def _pages_of(entry) -> list[str]:
    others = {e.prefix for e in BUILT if not e.default}
    if entry.default:
        return [p for p in built_pages() if not any(p.startswith(prefix) for prefix in others)]
    return [p for p in built_pages() if p.startswith(entry.prefix)]


@pytest.mark.parametrize("entry", BUILT, ids=lambda e: e.code)
def test_every_page_carries_its_language_and_direction(entry):
    """Each built page of a language has <html lang> = its code and dir = its direction (read from public/)."""
    import re

    wrong = []
    for path in _pages_of(entry):
        file = PUBLIC / (path if path.endswith(".html") else path + "index.html")
        tag = re.search(r"<html\b[^>]*>", file.read_text(encoding="utf-8")).group(0)
        if f'lang="{entry.code}"' not in tag or f'dir="{entry.dir}"' not in tag:
            wrong.append(f"{path}: {tag}")
    assert wrong == []


@pytest.mark.parametrize("entry", [e for e in BUILT if e.machine_assisted], ids=lambda e: e.code)
def test_machine_assisted_languages_say_so_or_show_english(entry):
    """Each page of a machine-assisted language has the notice linking to English, or is marked English with the not-translated notice."""
    problems = []
    for path in _pages_of(entry):
        if path.endswith(".html"):
            continue
        html = (PUBLIC / path / "index.html").read_text(encoding="utf-8")
        fallback = "data-fallback" in html
        if fallback and not ('lang="en" dir="ltr" data-fallback' in html and "data-not-translated" in html):
            problems.append(f"{path}: English fallback without its marks")
        if not fallback and not ("data-machine-assisted" in html and "data-english-page" in html):
            problems.append(f"{path}: no machine-assisted notice")
    assert problems == []


def test_language_offer_offers_and_never_redirects(browser, site):
    """A browser preferring Spanish on an English page gets an offer in Spanish, stays on the page, and "No thanks" is kept for the tab."""
    context, guard = guarded_context(browser, site, locale="es-MX")
    try:
        page = context.new_page()
        page.goto(site.url + "guides/dismissal/")
        page.wait_for_selector("html[data-language-offer]", state="attached")
        assert page.get_attribute("html", "data-language-offer") == "shown"
        assert page.url == site.url + "guides/dismissal/"
        offer = page.locator(".ea-language-offer")
        assert offer.get_attribute("lang") == "es"
        assert "Español" in offer.inner_text()
        offer.get_by_role("button").click()
        assert page.get_attribute("html", "data-language-offer") == "dismissed"
        page.goto(site.url + "privacy/")
        page.wait_for_selector("html[data-language-offer]", state="attached")
        assert page.get_attribute("html", "data-language-offer") == "dismissed"
        assert context.cookies() == []
    finally:
        context.close()
    assert not guard.problems()


def test_no_offer_when_the_page_is_in_the_preferred_language(browser, site):
    """A browser preferring English on an English page gets no offer."""
    context, _ = guarded_context(browser, site, locale="en-US")
    try:
        page = context.new_page()
        page.goto(site.url)
        page.wait_for_selector("html[data-language-offer]", state="attached")
        assert page.get_attribute("html", "data-language-offer") == "none"
        assert page.locator(".ea-language-offer").count() == 0
    finally:
        context.close()


# Glyph coverage: a text node renders as boxes when no font has its glyphs.
# Each distinct character of the page's text is drawn on a canvas in the
# page's own font and compared with the missing-glyph (.notdef) drawing of a
# private-use code point; identical pixels mean a box.
MISSING_GLYPHS = """(extra) => {
  const font = getComputedStyle(document.querySelector('article') || document.body).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.width = 40; canvas.height = 40;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (ch) => {
    ctx.clearRect(0, 0, 40, 40);
    ctx.font = `24px ${font}`;
    ctx.fillText(ch, 4, 30);
    return ctx.getImageData(0, 0, 40, 40).data.join(',');
  };
  const box = draw('\\uE000');
  const text = document.body.innerText + extra;
  const seen = new Set();
  const missing = [];
  for (const ch of text) {
    if (seen.has(ch) || /\\s/.test(ch) || ch.codePointAt(0) < 0x21) continue;
    seen.add(ch);
    if (/\\p{Mn}|\\p{Cf}/u.test(ch)) continue;  // combining marks and format characters draw nothing alone
    if (draw(ch) === box) missing.push(ch);
  }
  return missing;
}"""


@pytest.mark.parametrize("entry", BUILT, ids=lambda e: e.code)
def test_no_text_renders_as_boxes_and_nothing_overflows(page, site, entry):
    """On a language's home, privacy and free-help pages at 320 px, every character has a glyph and nothing scrolls sideways."""
    page.set_viewport_size({"width": 320, "height": 800})
    for path in ("", "privacy/", "guides/free-legal-help/"):
        page.goto(site.url + entry.prefix + path)
        assert page.evaluate(MISSING_GLYPHS, "") == [], f"{entry.prefix}{path}"
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{entry.prefix}{path} is {overflow} px too wide"


def test_glyph_check_finds_a_box(page, site):
    """Control: a private-use character no font draws is reported as missing."""
    page.goto(site.url)
    assert page.evaluate(MISSING_GLYPHS, "\U000F0001") == ["\U000F0001"]


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("entry", RTL or [None], ids=lambda e: e.code if e else "none")
def test_right_to_left_layout_is_mirrored(page, site, entry, width):
    """In fa/ar the text aligns right, the navigation starts at the right, and the tools' Back link and buttons sit at the right."""
    if entry is None:
        pytest.skip("no right-to-left catalog (fa, ar) is built yet")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site.url + entry.prefix)
    geometry = page.evaluate("""() => {
        const p = document.querySelector('article p');
        const article = document.querySelector('article').getBoundingClientRect();
        const r = p.getBoundingClientRect();
        return {dir: getComputedStyle(p).direction, align: getComputedStyle(p).textAlign,
                articleRight: article.right, articleLeft: article.left};
    }""")
    assert geometry["dir"] == "rtl" and geometry["align"] in ("start", "right")
    page.goto(site.url + entry.prefix + "statement/")
    page.wait_for_selector("#ea-start")
    page.click("#ea-start")
    page.wait_for_selector(".ea-back")
    place = page.evaluate("""() => {
        const box = (el) => el.getBoundingClientRect();
        const form = box(document.querySelector('form.ea-form'));
        const back = box(document.querySelector('.ea-back'));
        const next = box(document.querySelector('form.ea-form button[type=submit]'));
        const field = document.querySelector('form.ea-form input[type=text], form.ea-form textarea');
        return {formLeft: form.left, formRight: form.right, backLeft: back.left, backRight: back.right,
                nextLeft: next.left, nextRight: next.right,
                fieldDir: field ? getComputedStyle(field).direction : 'rtl'};
    }""")
    middle = (place["formLeft"] + place["formRight"]) / 2
    assert place["nextRight"] > middle and place["backRight"] > middle, place
    assert place["fieldDir"] == "rtl"
