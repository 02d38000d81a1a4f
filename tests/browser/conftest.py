"""Browser tests: Debian's chromium, driven by Playwright, against public/.

Every page a test opens comes from a guarded browser context: a route on the
context sees every request (from the page and from its workers), lets the
site's own origin through, and aborts and records anything else. A test fails
at teardown if its guard recorded anything. tests/browser/test_guard.py
proves the guard does catch a worker's off-origin request.
"""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

import chromium
from serve import PREFIX, Site

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = ROOT / "public"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Served under the path the build was made for, as on GitHub Pages.
# Cold starts on a busy 2-core machine can take well over 10 s.
READY_TIMEOUT_MS = 120_000

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site():
    """The built site, served under the project sub-path on a free port."""
    if not (PUBLIC / "index.html").exists():
        pytest.fail("public/ is not built: run `make build` (make test does it first).")
    server = Site(PUBLIC, prefix=PREFIX, extra={"/__test__/": FIXTURES}).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """One headless chromium for the session (never `playwright install`)."""
    if not Path(chromium.EXECUTABLE).exists():
        pytest.fail(f"{chromium.EXECUTABLE} is missing: run `make setup` (it installs Debian's chromium).")
    with sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        yield browser
        browser.close()


@dataclass
class Guard:
    """What a browser context tried to fetch, sorted into allowed and refused."""

    origin: str
    requests: list = field(default_factory=list)
    off_origin: list = field(default_factory=list)
    not_get: list = field(default_factory=list)
    websockets: list = field(default_factory=list)
    bodies: list = field(default_factory=list)

    def route(self, route, request):
        url = request.url
        self.requests.append(url)
        self.bodies.append(request.post_data_buffer or b"")
        if request.method not in ("GET", "HEAD"):
            self.not_get.append(f"{request.method} {url}")
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.off_origin.append(url)
            route.abort("blockedbyclient")

    def problems(self) -> list[str]:
        return (
            [f"off-origin request: {url}" for url in self.off_origin]
            + [f"request that is not GET: {item}" for item in self.not_get]
            + [f"websocket: {url}" for url in self.websockets]
        )

    def carrying(self, marker: str) -> list[str]:
        """The requests (page or worker) whose address or body holds ``marker``."""
        return [url for url, body in zip(self.requests, self.bodies) if marker in url or marker.encode() in body]


def guarded_context(browser, site, **options):
    """A fresh context (no cache, no cookies) whose every request passes the guard."""
    context = browser.new_context(service_workers="block", **options)
    guard = Guard(site.origin)
    context.route("**/*", guard.route)
    context.on("page", lambda page: page.on("websocket", lambda ws: guard.websockets.append(ws.url)))
    return context, guard


@pytest.fixture(scope="session")
def visits(browser, site):
    """``visits(path, width)``: the Visit of that page at that width, loaded once for all the per-page gates."""
    from visit import visit

    seen = {}

    def get(path, width):
        if (path, width) not in seen:
            seen[path, width] = visit(browser, site, path, width)
        return seen[path, width]

    return get


@dataclass
class Console:
    """Console messages of a page; CSP violations show up here as errors."""

    messages: list = field(default_factory=list)

    def attach(self, page):
        page.on("console", lambda message: self.messages.append((message.type, message.text)))
        page.on("pageerror", lambda error: self.messages.append(("pageerror", str(error))))

    def policy_violations(self) -> list[str]:
        return [
            text
            for kind, text in self.messages
            if "Content Security Policy" in text or text.startswith("Refused to")
        ]

    def errors(self) -> list[str]:
        return [text for kind, text in self.messages if kind in ("error", "pageerror")]


def _checked_context(browser, site, **options):
    context, guard = guarded_context(browser, site, **options)
    context.guard = guard
    yield context
    cookies = context.cookies()
    context.close()
    assert not guard.problems(), "The site reached outside its origin:\n" + "\n".join(guard.problems())
    assert not cookies, f"The site set cookies: {cookies}"


@pytest.fixture
def context(browser, site):
    """A guarded browser context; the test fails if anything left the origin or set a cookie."""
    yield from _checked_context(browser, site)


@pytest.fixture
def readable_context(browser, site):
    """A guarded context whose pages' own policy is off, so a test may fetch() blob: file links.

    The site's policy allows no blob: fetches, so without this a scan could not
    tell a revoked file link from an open one. The guard still sees every request.
    """
    yield from _checked_context(browser, site, bypass_csp=True)


@pytest.fixture
def readable_page(readable_context):
    """A page in a readable_context, with its console recorded."""
    page = readable_context.new_page()
    page.console = Console()
    page.console.attach(page)
    return page


@pytest.fixture
def page(context):
    """A page in the guarded context, with its console recorded as ``page.console``."""
    page = context.new_page()
    page.console = Console()
    page.console.attach(page)
    return page


def _site_path(file: Path) -> str:
    relative = file.relative_to(PUBLIC).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def built_pages() -> list[str]:
    """Every built HTML page, as paths under the site ("", "es/privacy/", "404.html")."""
    return [_site_path(file) for file in sorted(PUBLIC.rglob("*.html"))]


def _other_prefixes() -> list[str]:
    """The URL folders of the built languages besides English ("es/", "zh-Hant/", ...)."""
    from expunge_assist import language

    return [lang.prefix for lang in language.registry() if not lang.default and (PUBLIC / lang.code).is_dir()]


def english_pages() -> list[str]:
    """The built pages of the default language (none under another language's folder)."""
    others = _other_prefixes()
    return [path for path in built_pages() if not any(path.startswith(prefix) for prefix in others)]


SAMPLE_FALLBACK = "guides/dismissal/"


def gate_pages() -> list[str]:
    """The pages the per-page gates load: every page of the full languages (English, Spanish); in
    each key-pages language its own translated pages and one guide shown in English
    (the others are the same English content in the same template)."""
    from expunge_assist import language

    site = PUBLIC.parent / "site"
    chosen = []
    for path in built_pages():
        prefix = next((p for p in _other_prefixes() if path.startswith(p)), "")
        lang = language.by_code(prefix.rstrip("/")) if prefix else language.default()
        rest = path[len(prefix):]
        if lang.default or lang.coverage == "full" or rest == SAMPLE_FALLBACK:
            chosen.append(path)
            continue
        stem = rest.rstrip("/") or "index"
        sources = [site / f"{stem}.{lang.code}.md", site / stem / f"index.{lang.code}.md"]
        if any(source.exists() for source in sources):
            chosen.append(path)
    return chosen


def tool_pages() -> list[str]:
    """The built pages that start Python (they hold a [data-python-status] element)."""
    return [
        _site_path(file)
        for file in sorted(PUBLIC.rglob("*.html"))
        if "data-python-status" in file.read_text(encoding="utf-8")
    ]


def page_id(path: str) -> str:
    return path or "home"


def wait_for_python(page) -> str:
    """Wait until <html data-python> is "ready" or "failed", and return which."""
    page.wait_for_selector(
        "html[data-python='ready'], html[data-python='failed']", timeout=READY_TIMEOUT_MS, state="attached"
    )
    return page.get_attribute("html", "data-python")
