"""Benchmark the built site: `python bench.py` (make bench). Prints figures; asserts nothing.

The machine is shared and noisy, so every figure is a median of several runs
made in one process, and the figure that matters is a ratio: the tool page
beside a bare page that loads only the vendored Pyodide, measured the same way
in the same run. What it prints:

- navigation to "ready" on the tool page, cold (a fresh browser context, so an
  empty cache) and warm (the same context again, HTTP cache filled), beside
  the bare page, and the ratio tool / bare;
- bytes a first visit transfers for a guide page and for the tool page up to
  "ready", as served (uncompressed) and gzip-compressed (as GitHub Pages
  sends them);
- the statement generator: from "Make my letter" on the last page of
  questions (Check your answers) to the letter preview, and the time to make
  a PDF and a Word file of a two-page letter in the page, first time (with
  the download of the PDF maker or the docx library) and again.
"""

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

import chromium
from serve import PREFIX, Site

ROOT = Path(__file__).resolve().parent
PUBLIC = ROOT / "public"
# Served under the path the build was made for, as on GitHub Pages.
TOOL_PAGE = "check/"
GUIDE_PAGE = ""  # the home page
TIMEOUT_MS = 180_000

# Notes the moment <html data-python> becomes "ready", relative to the start of
# navigation, on any page (init scripts run before the page's own).
READY_CLOCK = """
new MutationObserver(() => {
  if (document.documentElement?.dataset.python === "ready" && !window.__readyAt) {
    window.__readyAt = performance.now();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-python"], childList: true});
"""

# The baseline: a page that starts only the vendored Pyodide, in a module
# worker like the tools do, and reports ready the same way.
BARE_PAGE = """<!doctype html>
<html lang="en" data-python="loading"><head><meta charset="utf-8"><title>Bare Pyodide</title></head>
<body><script type="module">
const worker = new Worker(new URL("bare-worker.mjs", import.meta.url), {type: "module"});
worker.onmessage = () => { document.documentElement.dataset.python = "ready"; };
</script></body></html>
"""
BARE_WORKER = """import { loadPyodide } from "%(pyodide)spyodide.mjs";
await loadPyodide({ indexURL: "%(pyodide)s" });
self.postMessage("ready");
"""


def time_to_ready(page, url: str) -> float:
    """Seconds from the start of navigation to data-python="ready"."""
    page.goto(url)
    page.wait_for_selector("html[data-python='ready']", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_function("() => window.__readyAt", timeout=TIMEOUT_MS)
    return page.evaluate("() => window.__readyAt") / 1000


def load_times(browser, url: str, runs: int) -> tuple[list[float], list[float]]:
    """Cold and warm times to ready: each run a fresh context, loaded twice."""
    cold, warm = [], []
    for _ in range(runs):
        context = browser.new_context(service_workers="block")
        context.add_init_script(READY_CLOCK)
        page = context.new_page()
        cold.append(time_to_ready(page, url))
        warm.append(time_to_ready(page, url))
        context.close()
    return cold, warm


def transferred_bytes(browser, site: Site, url: str, wait_ready: bool) -> tuple[int, int, int]:
    """(requests, bytes as served, bytes gzip-compressed) of a first visit to ``url``."""
    served = []
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.on("response", lambda response: served.append(response.url) if response.status == 200 else None)
    page.goto(url)
    if wait_ready:
        page.wait_for_selector("html[data-python='ready']", state="attached", timeout=TIMEOUT_MS)
    else:
        page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    context.close()
    raw = compressed = 0
    for address in served:
        path = urlsplit(address).path
        if not path.startswith(PREFIX):
            continue
        file = PUBLIC / path[len(PREFIX):]
        if file.is_dir() or path.endswith("/"):
            file = file / "index.html"
        data = file.read_bytes()
        raw += len(data)
        compressed += len(gzip.compress(data, compresslevel=6))
    return len(served), raw, compressed


STATEMENT_PAGE = "statement/"
EXAMPLE_ANSWERS = ROOT / "examples" / "answers" / "example.json"

# The page's state as statement.js keeps it, placed in sessionStorage before
# the page's own scripts run, so each run starts on "Check your answers".
PRESET_STATE = """
sessionStorage.setItem("expunge-assist:statement", %s);
"""

# Clicks "Make my letter" and resolves with the milliseconds until the letter
# preview holds text.
TIME_LETTER = """() => new Promise(resolve => {
  const start = performance.now();
  const done = () => {
    const area = document.querySelector("#ea-letter-text");
    if (area && area.value) { observer.disconnect(); resolve(performance.now() - start); }
  };
  const observer = new MutationObserver(done);
  observer.observe(document, {subtree: true, childList: true});
  document.querySelector("form.ea-form button[type=submit]").click();
})"""

TIME_EXPORTS = """async ([tools, text]) => {
  const python = await import(tools + "python.js");
  const { letterDocx } = await import(tools + "docx.js");
  const time = async (make) => { const start = performance.now(); await make(); return performance.now() - start; };
  const pdf = () => python.load("pdf").then(() => python.call("letter_pdf", {text}));
  const word = () => letterDocx(text);
  return {pdf_first: await time(pdf), pdf_again: await time(pdf), docx_first: await time(word), docx_again: await time(word)};
}"""


def two_page_letter() -> str:
    """The documented example's letter, grown to about two pages."""
    sys.path.insert(0, str(ROOT / "py"))
    from expunge_assist import answers, letter

    text = letter.render(answers.parse(json.loads(EXAMPLE_ANSWERS.read_text(encoding="utf-8"))))
    head, tail = text.split("\n\nThank you", 1)
    extra = " ".join(["I kept every shift and trained four new workers this year."] * 14)
    return head + ("\n\n" + extra) * 3 + "\n\nThank you" + tail


def statement_times(browser, site: Site, runs: int) -> dict[str, list[float]]:
    """Seconds for the letter preview and for PDF and DOCX exports, each run in a fresh context."""
    state = {
        "version": 1,
        "answers": json.loads(EXAMPLE_ANSWERS.read_text(encoding="utf-8")),
        "letter": {"text": "", "builtFrom": "", "edited": False},
        "saveOnDevice": False,
    }
    text = two_page_letter()
    figures: dict[str, list[float]] = {}
    for _ in range(runs):
        context = browser.new_context(service_workers="block")
        context.add_init_script(PRESET_STATE % json.dumps(json.dumps(state)))
        page = context.new_page()
        page.goto(site.url + STATEMENT_PAGE + "#/check")
        page.wait_for_selector("html[data-python='ready']", state="attached", timeout=TIMEOUT_MS)
        page.wait_for_selector(".ea-summary", timeout=TIMEOUT_MS)
        figures.setdefault("letter preview", []).append(page.evaluate(TIME_LETTER) / 1000)
        for name, ms in page.evaluate(TIME_EXPORTS, [site.url + "assets/tools/", text]).items():
            figures.setdefault(name, []).append(ms / 1000)
        context.close()
    return figures


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    options = argparse.ArgumentParser(description="Benchmark the built site (prints figures).")
    options.add_argument("--runs", type=int, default=7, help="runs per figure (at least 5)")
    args = options.parse_args()
    runs = max(args.runs, 5)
    if not (PUBLIC / "index.html").exists():
        print("public/ is not built: run `make build`.", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as bench_dir, sync_playwright() as playwright:
        bench = Path(bench_dir)
        pyodide = PREFIX + "assets/pyodide/"
        (bench / "bare.html").write_text(BARE_PAGE)
        (bench / "bare-worker.mjs").write_text(BARE_WORKER % {"pyodide": pyodide})
        site = Site(PUBLIC, prefix=PREFIX, extra={"/__bench__/": bench}).start()
        browser = chromium.launch(playwright)
        try:
            started = time.perf_counter()
            # One throwaway visit each, so the first measured run is not also
            # the browser's own first start.
            load_times(browser, site.origin + "/__bench__/bare.html", 1)
            load_times(browser, site.url + TOOL_PAGE, 1)
            bare_cold, bare_warm = [], []
            tool_cold, tool_warm = [], []
            # Interleave tool and bare runs so that a noisy minute hits both.
            for _ in range(runs):
                cold, warm = load_times(browser, site.origin + "/__bench__/bare.html", 1)
                bare_cold += cold
                bare_warm += warm
                cold, warm = load_times(browser, site.url + TOOL_PAGE, 1)
                tool_cold += cold
                tool_warm += warm
            statement = statement_times(browser, site, runs)
            guide = transferred_bytes(browser, site, site.url + GUIDE_PAGE, wait_ready=False)
            tool = transferred_bytes(browser, site, site.url + TOOL_PAGE, wait_ready=True)
        finally:
            browser.close()
            site.stop()

    print(f"Expunge Assist benchmark: medians of {runs} runs, {time.perf_counter() - started:.0f} s in all")
    print()
    print("Navigation to Python ready (s)      cold     warm")
    print(f"  bare page, vendored Pyodide only  {median(bare_cold):6.2f}   {median(bare_warm):6.2f}")
    print(f"  {'tool page (' + TOOL_PAGE + ')':<33} {median(tool_cold):6.2f}   {median(tool_warm):6.2f}")
    print(
        f"  ratio tool / bare                 {median(tool_cold) / median(bare_cold):6.2f}   "
        f"{median(tool_warm) / median(bare_warm):6.2f}"
    )
    print()
    print("First visit, bytes transferred      requests   as served      gzip")
    for name, (count, raw, compressed) in [("guide page (home)", guide), ("tool page to ready", tool)]:
        print(f"  {name:<32} {count:5d}   {raw / 1e6:8.2f} MB  {compressed / 1e6:6.2f} MB")
    print()
    print("Statement generator (s)")
    labels = {
        "letter preview": "Make my letter -> letter preview",
        "pdf_first": "PDF, two pages, first (loads fpdf2)",
        "pdf_again": "PDF, two pages, again",
        "docx_first": "DOCX, two pages, first (loads docx)",
        "docx_again": "DOCX, two pages, again",
    }
    for key, label in labels.items():
        print(f"  {label:<38} {median(statement[key]):6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
