"""Benchmark the built site: `python bench.py` (make bench). Prints figures; asserts nothing.

The machine is shared and noisy, so every figure is a median of several runs
made in one process, and the tool page is measured beside a bare page that
starts only the vendored Pyodide core with its full standard library, the
same way in the same run. Each figure is printed beside its budget (issue 12);
nothing is asserted: tests must not depend on timing. What it prints:

- a guide page: bytes a first visit transfers (gzip, as serve.py and GitHub
  Pages send them) and first contentful paint;
- the tool page (statement/, on its first question): first question editable
  and Python ready, cold (a fresh context) and warm (the same context again,
  served by the service worker), beside the bare page (warm: HTTP cache), as
  ratios; then the same with the CPU throttled 4x and a slow network, through
  the Chrome DevTools Protocol;
- bytes the tool page and the bare page transfer up to Python ready;
- the statement's downloads on the download step reached the normal way
  (Check your answers -> letter preview -> download step): first PDF after
  reading the preview, first PDF clicked at once, repeat PDF, first and
  repeat Word file;
- Lighthouse (pinned in package.json) mobile scores for a guide page and the
  tool page, run on Debian's chromium with chromium.py's flags.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

import chromium
from serve import COMPRESSED, PREFIX, Site, _gzipped

ROOT = Path(__file__).resolve().parent
PUBLIC = ROOT / "public"
GUIDE_PAGE = "guides/dismissal/"
TOOL_PAGE = "statement/"
FIRST_QUESTION = "#/about"
FIRST_FIELD = "#field-name"
TIMEOUT_MS = 300_000
# How long the bench "reads" the letter preview before going on (a person
# reading two pages takes a minute or more).
READ_MS = 15_000
EXAMPLE_ANSWERS = ROOT / "examples" / "answers" / "example.json"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"

# Slow network for the throttled runs: Lighthouse's "slow 4G" mobile figures.
SLOW_NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
CPU_SLOWDOWN = 4

# Notes, relative to the start of navigation, when <html data-python> becomes
# "ready" and when the first question's field is in the page and enabled.
CLOCKS = """
const clock = () => {
  const root = document.documentElement;
  if (root?.dataset.python === "ready" && !window.__readyAt) window.__readyAt = performance.now();
  const field = document.querySelector("%s");
  if (field && !field.disabled && !window.__editableAt) window.__editableAt = performance.now();
};
new MutationObserver(clock).observe(document, {subtree: true, attributes: true, childList: true});
""" % FIRST_FIELD

# The baseline: a page that starts only the vendored Pyodide with its full
# standard library (as npm ships it), in a module worker like the tools do.
BARE_PAGE = """<!doctype html>
<html lang="en" data-python="loading"><head><meta charset="utf-8"><title>Bare Pyodide</title></head>
<body><script type="module">
const worker = new Worker(new URL("bare-worker.mjs", import.meta.url), {type: "module"});
worker.onmessage = () => { document.documentElement.dataset.python = "ready"; };
</script></body></html>
"""
BARE_WORKER = """import { loadPyodide } from "./pyodide/pyodide.mjs";
await loadPyodide({ indexURL: new URL("./pyodide/", import.meta.url).href });
self.postMessage("ready");
"""


def median(values):
    return statistics.median(values) if values else float("nan")


class Throttle:
    """CPU and network throttling on one page, through the DevTools Protocol."""

    def __init__(self, page, on: bool):
        self.session = page.context.new_cdp_session(page) if on else None
        if self.session:
            self.session.send("Network.enable")
            self.session.send("Network.emulateNetworkConditions", SLOW_NETWORK)
            self.session.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})


def visit(page, url: str, editable: bool) -> dict[str, float]:
    """Seconds from navigation start to Python ready (and to the first question editable)."""
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_selector("html[data-python='ready']", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_function("() => window.__readyAt", timeout=TIMEOUT_MS)
    times = {"ready": page.evaluate("() => window.__readyAt") / 1000}
    if editable:
        page.wait_for_function("() => window.__editableAt", timeout=TIMEOUT_MS)
        times["editable"] = page.evaluate("() => window.__editableAt") / 1000
    return times


def tool_and_bare(browser, site, runs: int, throttled: bool) -> dict[str, list[float]]:
    """Cold and warm times for the tool page and the bare page, runs interleaved."""
    figures: dict[str, list[float]] = {}
    add = lambda key, value: figures.setdefault(key, []).append(value)  # noqa: E731
    for _ in range(runs):
        for kind, url in (("bare", site.origin + "/__bench__/bare.html"), ("tool", site.url + TOOL_PAGE + FIRST_QUESTION)):
            context = browser.new_context(service_workers="allow", viewport={"width": 390, "height": 844})
            context.add_init_script(CLOCKS)
            page = context.new_page()
            Throttle(page, throttled)
            for visit_kind in ("cold", "warm"):
                times = visit(page, url, editable=(kind == "tool"))
                for name, value in times.items():
                    add(f"{kind} {name} {visit_kind}", value)
                if kind == "tool" and visit_kind == "cold":
                    # The warm visit is the one after the service worker kept the tools.
                    page.wait_for_selector("html[data-offline='tools']", state="attached", timeout=TIMEOUT_MS)
                    page.goto("about:blank")
            context.close()
    return figures


def sent_size(site_folder: Path, path: str) -> int:
    """Bytes serve.py sends for ``path``: gzip for text and wasm, as GitHub Pages does."""
    file = site_folder / path
    if file.is_dir() or path.endswith("/") or not path:
        file = file / "index.html"
    if file.suffix in COMPRESSED:
        stat = file.stat()
        return len(_gzipped(str(file), stat.st_mtime_ns, stat.st_size))
    return file.stat().st_size


def first_visit(browser, site, bench: Path, url: str, wait_ready: bool) -> dict[str, float]:
    """Requests, bytes sent (gzip) and first contentful paint of a first visit (no service worker)."""
    served = []
    context = browser.new_context(service_workers="block", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.on("response", lambda response: served.append(response.url) if response.status == 200 else None)
    page.goto(url, timeout=TIMEOUT_MS)
    if wait_ready:
        page.wait_for_selector("html[data-python='ready']", state="attached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("load")
    page.wait_for_timeout(1000)  # late requests (the search index) count too
    fcp = page.evaluate("() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime || 0") / 1000
    context.close()
    total = 0
    for address in served:
        path = urlsplit(address).path
        if path.startswith("/__bench__/"):
            total += sent_size(bench, path[len("/__bench__/"):])
        elif path.startswith(PREFIX):
            total += sent_size(PUBLIC, path[len(PREFIX):])
    return {"requests": len(served), "bytes": total, "fcp": fcp}


def downloads(browser, site, runs: int) -> dict[str, list[float]]:
    """Seconds from a click on each download button to the file, on the download step."""
    answers = json.loads(EXAMPLE_ANSWERS.read_text(encoding="utf-8"))
    text = two_page_letter()
    state = {
        "version": 1,
        "answers": answers,
        # As statement.js keeps it: a letter built from these very answers.
        "letter": {"text": text, "builtFrom": json.dumps(answers, ensure_ascii=False, separators=(",", ":")), "edited": True},
        "saveOnDevice": False,
    }
    preset = "sessionStorage.setItem('expunge-assist:statement', %s);" % json.dumps(json.dumps(state))
    figures: dict[str, list[float]] = {}

    def timed(page, button):
        started = time.perf_counter()
        with page.expect_download(timeout=TIMEOUT_MS):
            page.click(button)
        return time.perf_counter() - started

    for _ in range(runs):
        for reading in (True, False):
            context = browser.new_context(service_workers="block", viewport={"width": 390, "height": 844})
            context.add_init_script(preset)
            page = context.new_page()
            page.goto(site.url + TOOL_PAGE + "#/letter", timeout=TIMEOUT_MS)
            page.wait_for_selector("#ea-letter-text", timeout=TIMEOUT_MS)
            if reading:
                page.wait_for_timeout(READ_MS)  # a person reads the letter (two pages take minutes)
            page.click("form.ea-form button[type=submit]")
            page.wait_for_selector("#ea-download-pdf", timeout=TIMEOUT_MS)
            if reading:
                figures.setdefault("pdf first", []).append(timed(page, "#ea-download-pdf"))
                figures.setdefault("pdf again", []).append(timed(page, "#ea-download-pdf"))
                figures.setdefault("docx first", []).append(timed(page, "#ea-download-docx"))
                figures.setdefault("docx again", []).append(timed(page, "#ea-download-docx"))
            else:
                figures.setdefault("pdf at once", []).append(timed(page, "#ea-download-pdf"))
            context.close()
    return figures


def two_page_letter() -> str:
    """The documented example's letter, grown to about two pages."""
    sys.path.insert(0, str(ROOT / "py"))
    from expunge_assist import answers, letter

    text = letter.render(answers.parse(json.loads(EXAMPLE_ANSWERS.read_text(encoding="utf-8"))))
    head, tail = text.split("\n\nThank you", 1)
    extra = " ".join(["I kept every shift and trained four new workers this year."] * 14)
    return head + ("\n\n" + extra) * 3 + "\n\nThank you" + tail


def lighthouse(url: str, runs: int) -> dict[str, float]:
    """Median Lighthouse mobile scores (0-100) and layout shift of ``url``."""
    if not LIGHTHOUSE.exists():
        return {}
    scores: dict[str, list[float]] = {}
    flags = " ".join(arg for arg in chromium.ARGS)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            result = subprocess.run(
                [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
                 "--only-categories=performance,accessibility,best-practices",
                 f"--chrome-flags={flags} --user-data-dir={profile}"],
                capture_output=True, text=True, timeout=600,
                env={**os.environ, "CHROME_PATH": chromium.EXECUTABLE},
            )
        if result.returncode != 0:
            print(f"lighthouse failed on {url}: {result.stderr[-500:]}", file=sys.stderr)
            continue
        report = json.loads(result.stdout)
        for name, category in report["categories"].items():
            scores.setdefault(name, []).append(round((category["score"] or 0) * 100))
        scores.setdefault("cls", []).append(report["audits"]["cumulative-layout-shift"]["numericValue"])
        scores.setdefault("lcp", []).append(report["audits"]["largest-contentful-paint"]["numericValue"] / 1000)
    return {name: median(values) for name, values in scores.items()}


def row(label, value, unit, budget=""):
    print(f"  {label:<52} {value:>9}{unit:<3} {budget}")


def main() -> int:
    options = argparse.ArgumentParser(description="Benchmark the built site (prints figures).")
    options.add_argument("--runs", type=int, default=5, help="runs per figure (at least 5)")
    options.add_argument("--lighthouse-runs", type=int, default=3)
    args = options.parse_args()
    runs = args.runs  # 5 or more for the record; fewer only to try the script
    if not (PUBLIC / "index.html").exists():
        print("public/ is not built: run `make build`.", file=sys.stderr)
        return 1

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as bench_dir, sync_playwright() as playwright:
        bench = Path(bench_dir)
        (bench / "bare.html").write_text(BARE_PAGE)
        (bench / "bare-worker.mjs").write_text(BARE_WORKER)
        # The vendored core as the site ships it, with npm's full standard library.
        shutil.copytree(PUBLIC / "assets" / "pyodide", bench / "pyodide")
        shutil.copy2(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip", bench / "pyodide" / "python_stdlib.zip")
        site = Site(PUBLIC, prefix=PREFIX, extra={"/__bench__/": bench}).start()
        browser = chromium.launch(playwright)
        try:
            tool_and_bare(browser, site, 1, False)  # one throwaway round: the browser's own first start
            plain = tool_and_bare(browser, site, runs, False)
            slow = tool_and_bare(browser, site, runs, True)
            guide = [first_visit(browser, site, bench, site.url + GUIDE_PAGE, False) for _ in range(runs)]
            tool_bytes = first_visit(browser, site, bench, site.url + TOOL_PAGE + FIRST_QUESTION, True)
            bare_bytes = first_visit(browser, site, bench, site.origin + "/__bench__/bare.html", True)
            files = downloads(browser, site, runs)
        finally:
            browser.close()
        scores = {
            "guide": lighthouse(site.url + GUIDE_PAGE, args.lighthouse_runs),
            "tool": lighthouse(site.url + TOOL_PAGE, args.lighthouse_runs),
        }
        site.stop()

    print(f"Expunge Assist benchmark: medians of {runs} runs ({args.lighthouse_runs} for Lighthouse), "
          f"{time.perf_counter() - started:.0f} s in all")
    print()
    print(f"Guide page ({GUIDE_PAGE}), first visit                                    budget")
    row("bytes transferred (gzip)", f"{median([g['bytes'] for g in guide]) / 1e3:.0f}", " KB")
    row("first contentful paint", f"{median([g['fcp'] for g in guide]):.2f}", " s")
    print()
    print(f"Bytes to Python ready, first visit (gzip)")
    row(f"tool page ({TOOL_PAGE}), {tool_bytes['requests']} requests", f"{tool_bytes['bytes'] / 1e6:.2f}", " MB",
        f"< bare ({'met' if tool_bytes['bytes'] < bare_bytes['bytes'] else 'NOT met'})")
    row(f"bare Pyodide page, {bare_bytes['requests']} requests", f"{bare_bytes['bytes'] / 1e6:.2f}", " MB")
    for title, figures in (("unthrottled", plain), (f"CPU {CPU_SLOWDOWN}x slower, slow network (150 ms, 1.6 Mbit/s)", slow)):
        m = {key: median(values) for key, values in figures.items()}
        print()
        print(f"Tool page {TOOL_PAGE}{FIRST_QUESTION}, {title} (s)")
        row("first question editable, cold", f"{m['tool editable cold']:.2f}", " s",
            "<= 1.0 s" + (f" ({'met' if m['tool editable cold'] <= 1.0 else 'NOT met'})" if figures is slow else ""))
        row("first question editable, warm (service worker)", f"{m['tool editable warm']:.2f}", " s",
            "<= 1.0 s" + (f" ({'met' if m['tool editable warm'] <= 1.0 else 'NOT met'})" if figures is slow else ""))
        row("Python ready, cold", f"{m['tool ready cold']:.2f}", " s")
        row("Python ready, warm (service worker)", f"{m['tool ready warm']:.2f}", " s")
        ratio = m["tool ready warm"] / m["tool ready cold"]
        row("  warm / cold", f"{ratio:.2f}", "", f"<= 0.7 ({'met' if ratio <= 0.7 else 'NOT met'})")
        row("bare Pyodide page: ready cold", f"{m['bare ready cold']:.2f}", " s")
        row("bare Pyodide page: ready warm (HTTP cache)", f"{m['bare ready warm']:.2f}", " s")
        row("  tool / bare, cold", f"{m['tool ready cold'] / m['bare ready cold']:.2f}", "")
        row("  tool / bare, warm", f"{m['tool ready warm'] / m['bare ready warm']:.2f}", "")
    print()
    print("Statement downloads, two pages, on the download step (s)")
    d = {key: median(values) for key, values in files.items()}
    row(f"PDF, first, after {READ_MS // 1000} s on the letter preview", f"{d['pdf first']:.2f}", " s",
        f"<= 0.5 s ({'met' if d['pdf first'] <= 0.5 else 'NOT met'})")
    row("PDF, first, clicked at once", f"{d['pdf at once']:.2f}", " s")
    row("PDF, again", f"{d['pdf again']:.2f}", " s")
    row("Word file, first (loads docx)", f"{d['docx first']:.2f}", " s")
    row("Word file, again", f"{d['docx again']:.2f}", " s")
    print()
    print("Lighthouse, mobile (scores 0-100)")
    budgets = {"guide": {"performance": 95, "accessibility": 100, "best-practices": 100},
               "tool": {"performance": 90}}
    for page_kind, found in scores.items():
        if not found:
            print(f"  {page_kind}: Lighthouse did not run (npm ci installs it)")
            continue
        for name in ("performance", "accessibility", "best-practices"):
            budget = budgets[page_kind].get(name)
            verdict = f">= {budget} ({'met' if found.get(name, 0) >= budget else 'NOT met'})" if budget else ""
            row(f"{page_kind} page: {name}", f"{found.get(name, float('nan')):.0f}", "", verdict)
        row(f"{page_kind} page: cumulative layout shift", f"{found.get('cls', float('nan')):.3f}", "",
            "0 (no shift)" if page_kind == "tool" else "")
        row(f"{page_kind} page: largest contentful paint (simulated)", f"{found.get('lcp', float('nan')):.2f}", " s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
