"""Screenshots of the tools for reviewers: docs/screens/*.png (make screens).

Serves the built site (public/, `make build` first; this builds nothing) the
way the tests do (serve.py), drives Debian's chromium (chromium.py) and takes,
at 360x800 and 1280x900, in light mode: each tool's first question, a
screener results page and the statement's letter preview (answers seeded in
the tab's storage from tests/browser/samples.py: the only name is the made-up
"Sam Sample"); and each tool's first question in dark mode at 360 px. Each
shot is the visible screen (not the whole page), reduced to a 96-colour
palette (Pillow) to stay small. Every wait is on a state of the page.
"""

import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

import chromium  # noqa: E402
from samples import SEED_SCREENER, SEED_STATEMENT  # noqa: E402
from serve import PREFIX, Site  # noqa: E402

OUT = ROOT / "docs" / "screens"
SIZES = {360: 800, 1280: 900}
TIMEOUT_MS = 180_000
COLOURS = 96


def wait_ready(page):
    page.wait_for_selector("html[data-python='ready']", state="attached")


def first_question(page, url):
    page.goto(url)
    wait_ready(page)
    page.click("#ea-start")
    page.wait_for_selector("form.ea-form[data-step]")


def screener_results(page, url):
    page.add_init_script(SEED_SCREENER)
    page.goto(url + "#/results")
    wait_ready(page)
    page.wait_for_function(
        "() => document.querySelectorAll('.ea-case-results[aria-busy]').length === 0"
        " && document.querySelectorAll('.ea-case [data-status]').length > 0"
    )


def statement_letter(page, url):
    page.add_init_script(SEED_STATEMENT)
    page.goto(url + "#/letter")
    wait_ready(page)
    page.wait_for_selector("#ea-letter-text")


# name -> (tool page, how to reach the state)
SHOTS = {
    "screener-question": ("screener/", first_question),
    "screener-results": ("screener/", screener_results),
    "statement-question": ("statement/", first_question),
    "statement-letter": ("statement/", statement_letter),
}
DARK = ["screener-question", "statement-question"]


def save(png: bytes, path: Path) -> int:
    """Write ``png`` as a palette PNG of COLOURS colours; return its size in bytes."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    small = image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    return path.stat().st_size


def shoot(browser, site, name, width, scheme) -> Path:
    tool, reach = SHOTS[name]
    context = browser.new_context(
        viewport={"width": width, "height": SIZES[width]},
        color_scheme=scheme,
        service_workers="block",
        reduced_motion="reduce",
    )
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        reach(page, site.url + tool)
        # The caret and focus ring are not part of the look being reviewed.
        page.evaluate("() => document.activeElement && document.activeElement.blur()")
        page.evaluate("() => window.scrollTo(0, 0)")
        path = OUT / f"{name}-{width}{'-dark' if scheme == 'dark' else ''}.png"
        size = save(page.screenshot(animations="disabled", caret="hide"), path)
        print(f"{path.relative_to(ROOT)}\t{size} bytes")
        return path
    finally:
        context.close()


def main() -> int:
    if not (ROOT / "public" / "index.html").exists():
        print("public/ is not built: run `make build` first.", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    site = Site(ROOT / "public", prefix=PREFIX).start()
    try:
        with sync_playwright() as playwright:
            browser = chromium.launch(playwright)
            for name in SHOTS:
                for width in SIZES:
                    shoot(browser, site, name, width, "light")
            for name in DARK:
                shoot(browser, site, name, 360, "dark")
            browser.close()
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
