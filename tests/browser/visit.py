"""One load of a page, observed once for every per-page gate.

The accessibility gate (at two widths), the policy gate and the no-Python gate
each need the same thing: the page loaded in a fresh guarded context and
waited on until it is ready. Each width is loaded once, everything those gates
check is recorded in a Visit, and each gate's test asserts its own part. That
saves two loads of every page, and a Python start on every tool page.
"""

import json
from dataclasses import dataclass

from conftest import READY_TIMEOUT_MS, ROOT, Console, guarded_context, tool_pages, wait_for_python

AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = {"desktop": 1280, "phone": 320}
# Requests every page makes for its own scripts; anything else under the tools means a tool started.
EVERY_PAGE = ("/assets/tools/exit.js", "/assets/tools/words.js", "/assets/tools/i18n/")
# Read once: tool_pages() reads every built page, and there are hundreds of visits.
TOOL_PAGES = frozenset(tool_pages())


def axe_violations(page) -> list[dict]:
    """Run axe-core on the page as it is now; return its violations, one line per node."""
    page.evaluate(AXE_SOURCE.read_text(encoding="utf-8"))
    return page.evaluate(
        """async tags => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map(v => ({
                rule: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" ")),
            }));
        }""",
        WCAG_TAGS,
    )


def report(violations) -> str:
    return json.dumps(violations, indent=2)


@dataclass(frozen=True)
class Visit:
    """What one load of one page at one width showed."""

    path: str
    width: int
    status: int
    policy: str
    referrer: str
    python: str | None  # "ready" or "failed" on a tool page; None elsewhere
    policy_violations: list
    errors: list
    tool_requests: list  # requests for Pyodide, the worker or the tools' archives
    violations: list  # axe-core's, once the page is ready
    overflow: int  # px wider than the screen
    problems: list  # the guard's: off-origin, not GET, websockets
    cookies: list


def visit(browser, site, path: str, width: int) -> Visit:
    """Load ``path`` at ``width`` in a fresh guarded context; wait until it is ready; record every gate's facts."""
    context, guard = guarded_context(browser, site, viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(READY_TIMEOUT_MS)
        console = Console()
        console.attach(page)
        response = page.goto(site.url + path)
        # Every page's own scripts have run (the quick exit says so); a tool has started Python by then.
        page.wait_for_selector("html[data-safety='ready']", state="attached")
        python = wait_for_python(page) if path in TOOL_PAGES else None
        page.wait_for_load_state("load")
        tool_requests = [
            url for url in guard.requests
            if ("/assets/pyodide/" in url or "/assets/tools/" in url) and not any(part in url for part in EVERY_PAGE)
        ]
        facts = dict(
            status=response.status,
            policy=page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content") or "",
            referrer=page.get_attribute('meta[name="referrer"]', "content") or "",
            python=python,
            policy_violations=console.policy_violations(),
            errors=console.errors(),
            tool_requests=tool_requests,
            violations=axe_violations(page),
            overflow=page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"),
        )
        cookies = context.cookies()
    finally:
        context.close()
    return Visit(path=path, width=width, problems=guard.problems(), cookies=cookies, **facts)


def assert_kept_on_origin(seen: Visit) -> None:
    """The visit reached no other origin, sent nothing but GET, and set no cookie."""
    assert not seen.problems, f"{seen.path} reached outside its origin:\n" + "\n".join(seen.problems)
    assert not seen.cookies, f"{seen.path} set cookies: {seen.cookies}"
