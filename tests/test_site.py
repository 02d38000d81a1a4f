"""The built site in public/: every internal link lands, every page is in the navigation."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from serve import PREFIX

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ROOT / "public"
# The address the build was made for (404.html links by absolute path).
BASE = "http://site.invalid" + PREFIX

pytestmark = pytest.mark.site


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.nav: list[str] = []
        self._nav_depth = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "nav" and "md-nav--primary" in (values.get("class") or ""):
            self._nav_depth = 1
        elif tag == "nav" and self._nav_depth:
            self._nav_depth += 1
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
            if self._nav_depth:
                self.nav.append(values["href"])

    def handle_endtag(self, tag):
        if tag == "nav" and self._nav_depth:
            self._nav_depth -= 1


def parse(file: Path) -> _Links:
    parser = _Links()
    parser.feed(file.read_text(encoding="utf-8"))
    return parser


def page_url(file: Path) -> str:
    return BASE + file.relative_to(PUBLIC).as_posix()


def target_file(url: str) -> Path:
    path = urlsplit(url).path[len(urlsplit(BASE).path):]
    file = PUBLIC / path
    return file / "index.html" if (path == "" or path.endswith("/")) else file


def pages() -> list[Path]:
    if not (PUBLIC / "index.html").exists():
        pytest.fail("public/ is not built: run `make build` (make test does it first).")
    return sorted(PUBLIC.rglob("*.html"))


def test_every_internal_link_and_anchor_resolves():
    """Each relative link on each built page leads to a built file, and each #anchor to an element there."""
    broken = []
    parsed = {}
    for file in pages():
        for href in parse(file).links:
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue  # links out, mailto:, tel:
            url = urljoin(page_url(file), href)
            target = target_file(url)
            if not target.exists():
                broken.append(f"{file.relative_to(PUBLIC)}: {href}")
                continue
            fragment = urlsplit(url).fragment
            if fragment:
                if target not in parsed:  # each target parsed once (setdefault would parse it every time)
                    parsed[target] = parse(target).ids
                if fragment not in parsed[target]:
                    broken.append(f"{file.relative_to(PUBLIC)}: {href} (no #{fragment})")
    assert broken == []


def test_every_page_is_reachable_from_the_navigation():
    """Every built page of a language is linked from that language's navigation."""
    from expunge_assist import language

    others = [PUBLIC / lang.code for lang in language.registry() if not lang.default and (PUBLIC / lang.code).is_dir()]
    for lang_root in [PUBLIC, *others]:
        home = lang_root / "index.html"
        in_nav = {target_file(urljoin(page_url(home), href)).resolve() for href in parse(home).nav}
        in_nav.add(home.resolve())
        language_pages = [
            file.resolve()
            for file in pages()
            if file.name == "index.html"
            and (file.is_relative_to(lang_root) if lang_root != PUBLIC else not any(file.is_relative_to(other) for other in others))
        ]
        missing = sorted(str(file.relative_to(PUBLIC)) for file in language_pages if file not in in_nav)
        assert missing == [], f"not in the {lang_root.name or 'English'} navigation: {missing}"


def test_links_out_carry_noreferrer():
    """Every link to another site has rel="noreferrer" (the build adds it; this checks the result)."""
    missing = []
    for file in pages():
        html = file.read_text(encoding="utf-8")
        for anchor in re.findall(r"<a\s[^>]*href=\"https?://[^>]*>", html):
            if "noreferrer" not in anchor:
                missing.append(f"{file.relative_to(PUBLIC)}: {anchor}")
    assert missing == []
