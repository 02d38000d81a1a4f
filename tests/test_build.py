"""build.py: the packed Python is complete and reproducible; the output check catches leaks."""

import json
import subprocess
import sys
import zipfile

import pytest

import build

POLICY = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'"><meta name="referrer" content="no-referrer">'


def page(body: str, head: str = POLICY) -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "body",
    [
        '<script src="https://cdn.example/x.js"></script>',
        '<script src="//cdn.example/x.js"></script>',
        '<link rel="stylesheet" href="https://fonts.example/css">',
        '<link rel="preconnect" href="https://fonts.example">',
        '<img src="http://tracker.example/pixel.gif">',
        '<img srcset="https://img.example/a.png 2x">',
        '<iframe src="https://video.example/embed"></iframe>',
        '<div style="background: url(https://img.example/bg.png)"></div>',
        '<style>@import "https://fonts.example/font.css";</style>',
        '<form action="https://collect.example/"></form>',
        '<a href="https://court.example/">a court</a>',
    ],
)
def test_audit_page_flags_what_would_reach_another_origin(body):
    """Each way a page can load from (or leak a referrer to) another origin is reported."""
    assert build.audit_page(page(body))


@pytest.mark.parametrize(
    "body",
    [
        '<script src="../assets/x.js"></script>',
        '<link rel="stylesheet" href="assets/site.css">',
        '<img src="data:image/png;base64,AAAA">',
        '<a href="https://court.example/" rel="noreferrer">a court</a>',
        '<a href="../privacy/">privacy</a>',
        '<link rel="canonical" href="https://example.github.io/expunge-assist/">',
    ],
)
def test_audit_page_accepts_same_origin_loads_and_safe_links(body):
    """Relative loads, data: images, canonical links and noreferrer links pass."""
    assert build.audit_page(page(body)) == []


def test_audit_page_requires_both_policies():
    """A page without its CSP and referrer meta tags fails the check."""
    problems = build.audit_page(page("<p>hi</p>", head=""))
    assert any("Content-Security-Policy" in problem for problem in problems)
    assert any("referrer" in problem for problem in problems)


def test_audit_stylesheet_flags_remote_fonts():
    """A stylesheet importing a remote font is reported."""
    assert build.audit_stylesheet('@font-face{src:url("https://fonts.example/a.woff2")}')
    assert build.audit_stylesheet("body{background:url(data:image/svg+xml;base64,AA)}") == []


def test_pack_python_is_reproducible_and_complete():
    """Packing twice gives identical archives holding the code, templates and compiled catalogs."""
    first = json.loads(build.pack_python().read_text())
    second = json.loads(build.pack_python().read_text())
    assert first == second
    names = [entry["file"] for entry in first["archives"]]
    assert names[0].startswith("expunge_assist-") and any(n.startswith("jinja2-") for n in names)
    with zipfile.ZipFile(build.TOOLS_OUT / "py" / names[0]) as archive:
        members = archive.namelist()
    assert "expunge_assist/browser.py" in members
    assert "expunge_assist/data/templates/tool/about.txt.j2" in members
    assert "expunge_assist/data/locales/es/LC_MESSAGES/messages.mo" in members
    assert not [name for name in members if "__pycache__" in name or name.endswith(".pyc")]


def test_packed_archives_run_on_their_own(tmp_path):
    """The archives alone, unpacked as the worker does and without site-packages, answer a call in Spanish.

    MarkupSafe's archive has no compiled speed-up, so this also proves its
    pure-Python fallback, which is what runs in the browser.
    """
    manifest = json.loads(build.pack_python().read_text())
    for entry in manifest["archives"]:
        with zipfile.ZipFile(build.TOOLS_OUT / "py" / entry["file"]) as archive:
            assert not [name for name in archive.namelist() if name.endswith((".so", ".pyd"))]
            archive.extractall(tmp_path)
    script = (
        "import sys, json; sys.path.insert(0, sys.argv[1]);"
        "from expunge_assist import browser;"
        "import markupsafe, jinja2;"
        "assert all(m.__file__.startswith(sys.argv[1]) for m in (markupsafe, jinja2));"
        "print(browser.handle('about', json.dumps({'lang': 'es'})))"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    reply = json.loads(result.stdout)
    assert reply["ok"] and "pueden funcionar en este dispositivo" in reply["value"]["message"]


def test_the_check_page_gives_the_download_measured_from_the_build(tmp_path):
    """The check page's "about N MB" is the gzip transfer build.py measures, in the page's language, not a hard-coded 6."""
    import build

    site = tmp_path / "public"
    pyodide = site / "assets" / "pyodide"
    py = site / "assets" / "tools" / "py"
    pyodide.mkdir(parents=True)
    py.mkdir(parents=True)
    import os

    (pyodide / "pyodide.asm.wasm").write_bytes(os.urandom(2_400_000))  # does not compress
    (pyodide / "pyodide.mjs").write_text("x" * 5_000_000)  # compresses to almost nothing
    (py / "expunge_assist-1.zip").write_bytes(os.urandom(1_000_000))  # a zip goes as it is
    (py / "manifest.json").write_text('{"archives": [{"file": "expunge_assist-1.zip"}]}')
    for name in ("python.js", "words.js", "worker.mjs"):
        (site / "assets" / "tools" / name).write_text("//")
    for lang, folder in (("en", site / "check"), ("es", site / "es" / "check")):
        folder.mkdir(parents=True)
        (folder / "index.html").write_text(f'<html lang="{lang}"><p>about <span data-download-size>6</span> MB</p></html>')
    size = build.write_download_size(site)
    assert 3_400_000 < size < 3_500_000
    assert "<span data-download-size>3.4</span>" in (site / "check" / "index.html").read_text()
    assert "<span data-download-size>3,4</span>" in (site / "es" / "check" / "index.html").read_text()
