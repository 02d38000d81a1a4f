"""Build the whole site into public/: `python build.py` (or `make build`).

The steps, in order:

1. compile_catalogs   locales/*/LC_MESSAGES/messages.po -> .mo (Babel), and the
                      tools' words as assets/tools/i18n/LANG.json for the page.
2. pack_python        py/expunge_assist with its templates and compiled catalogs
                      -> one zip the page loads, plus pure-Python Jinja2 and
                      MarkupSafe, listed with their checksums in manifest.json.
3. vendor_pyodide     the pinned Pyodide core from node_modules/ -> assets/pyodide/,
                      and the docx library (Word files made in the page) -> assets/vendor/.
   trim_stdlib        only the part of Python's standard library the tools
                      import -> assets/pyodide/python_stdlib-trimmed.zip.
4. build_site         MkDocs (English and Spanish), then the staged files above.
   write_service_worker  the list of files (with hashes) sw.js keeps offline,
                      written into public/sw.js; its hash names the cache.
5. check_output       fails the build if a page misses its security policy or
                      loads anything from another origin.

Steps 1-3 write into build/stage/, which step 4 lays over the MkDocs output, so
MkDocs' own clean-up of public/ never removes them.
"""

import hashlib
import importlib
import importlib.metadata
import json
import os
import re
import shutil
import sys
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LOCALES = ROOT / "locales"
PACKAGE = ROOT / "py" / "expunge_assist"
TEMPLATES = ROOT / "templates"
# Template folders the package renders (theme/ is MkDocs', not the package's).
PACKED_TEMPLATES = ["tool", "letter"]
STAGE = ROOT / "build" / "stage"
TOOLS_OUT = STAGE / "assets" / "tools"
OUTPUT = ROOT / "public"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = [
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
]
# Pure-Python libraries the package needs in the browser, taken from the pinned
# virtual environment, as (import name, distribution name). Compiled speed-ups
# are left out: MarkupSafe and fontTools fall back to their pure-Python code.
# "start" loads with Python; other groups load when a page first asks for them
# (python.js `load(group)`), so nobody downloads the PDF maker to read a page.
BROWSER_LIBRARIES = {
    "start": [("jinja2", "Jinja2"), ("markupsafe", "MarkupSafe")],
    "pdf": [("fpdf", "fpdf2"), ("fontTools", "fonttools"), ("defusedxml", "defusedxml")],
}
# Files that travel with a group, unpacked into the package's data/ folder.
GROUP_DATA = {
    "pdf": {"fonts/DejaVuSerif.ttf": ROOT / "node_modules" / "dejavu-fonts-ttf" / "ttf" / "DejaVuSerif.ttf"},
}
# A fixed time for every zip entry, so the same sources give the same bytes.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


class BuildError(Exception):
    """A build step found something to fix; the message says which file and what."""


# 1. Catalogs ---------------------------------------------------------------


def compile_catalogs() -> list[Path]:
    """Compile every .po catalog to .mo beside it; export the tools' words as JSON."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    compiled = []
    words_out = TOOLS_OUT / "i18n"
    words_out.mkdir(parents=True, exist_ok=True)
    for po_path in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle)
        problems = [
            f"{po_path.relative_to(ROOT)}: {message.id!r}: {error}"
            for message, errors in catalog.check()
            for error in errors
        ]
        if problems:
            raise BuildError("Fix these translations:\n  " + "\n  ".join(problems))
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        compiled.append(mo_path)
        words = {
            message.id: message.string
            for message in catalog
            if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
        }
        # Named by the registry's code, as the pages' <html lang> is ("zh-Hant").
        folder = po_path.parent.parent.name
        lang = next((entry.code for entry in _language_module().registry() if entry.folder == folder), folder)
        (words_out / f"{lang}.json").write_text(
            json.dumps(words, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8"
        )
    return compiled


# 2. The Python the page loads ----------------------------------------------


def _write_zip(target: Path, members: dict[str, Path]) -> None:
    """A zip of ``members`` (archive name -> file), byte-identical for identical input."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name].read_bytes())


def _python_sources(folder: Path, prefix: str) -> dict[str, Path]:
    return {
        f"{prefix}/{path.relative_to(folder).as_posix()}": path
        for path in sorted(folder.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pack_python() -> Path:
    """Zip the package (with data/) and its pure-Python libraries; write manifest.json."""
    sys.path.insert(0, str(PACKAGE.parent))
    version = importlib.import_module("expunge_assist").__version__
    py_out = TOOLS_OUT / "py"
    if py_out.exists():
        shutil.rmtree(py_out)

    members = _python_sources(PACKAGE, "expunge_assist")
    members.update({f"expunge_assist/{path.name}": path for path in sorted(PACKAGE.glob("*.csv"))})  # the offense table
    members["expunge_assist/languages.json"] = PACKAGE / "languages.json"  # the language registry
    for folder in PACKED_TEMPLATES:
        for path in sorted((TEMPLATES / folder).rglob("*")):
            if path.is_file():
                members[f"expunge_assist/data/templates/{path.relative_to(TEMPLATES).as_posix()}"] = path
    for path in sorted(LOCALES.glob("*/LC_MESSAGES/messages.mo")):
        members[f"expunge_assist/data/locales/{path.relative_to(LOCALES).as_posix()}"] = path
    if not any(name.endswith(".mo") for name in members):
        raise BuildError("No compiled catalogs in locales/: run the compile_catalogs step first.")
    groups = {"start": [py_out / f"expunge_assist-{version}.zip"]}
    _write_zip(groups["start"][0], members)

    for group, libraries in BROWSER_LIBRARIES.items():
        for name, distribution in libraries:
            module = importlib.import_module(name)
            folder = Path(module.__file__).parent
            sources = _python_sources(folder, name)
            if not sources:
                raise BuildError(f"{folder}: no Python files to pack for {name}.")
            archive = py_out / f"{name}-{importlib.metadata.version(distribution)}.zip"
            _write_zip(archive, sources)
            groups.setdefault(group, []).append(archive)
    for group, files in GROUP_DATA.items():
        missing = [str(path) for path in files.values() if not path.exists()]
        if missing:
            raise BuildError(f"missing {', '.join(missing)}: run `npm ci` (make does this).")
        archive = py_out / f"expunge_assist-data-{group}-{version}.zip"
        _write_zip(archive, {f"expunge_assist/data/{name}": path for name, path in files.items()})
        groups[group].append(archive)

    def listed(paths):
        return [{"file": path.name, "sha256": _sha256(path)} for path in paths]

    manifest = {
        "package": version,
        "archives": listed(groups.pop("start")),
        "groups": {group: listed(paths) for group, paths in groups.items()},
    }
    manifest_path = py_out / "manifest.json"
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    # The tools' questions and constants (one source: the package), so a page
    # draws its first step before Python is ready.
    schema = importlib.import_module("expunge_assist.api").tools_schema()
    (TOOLS_OUT / "schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # The offense table for the page's type-ahead, usable before Python starts.
    offenses = importlib.import_module("expunge_assist.offense").as_json()
    (TOOLS_OUT / "offenses.json").write_text(json.dumps(offenses, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return manifest_path


# 3. Pyodide ----------------------------------------------------------------


def vendor_pyodide() -> Path:
    """Copy the pinned Pyodide core (npm package `pyodide`) into assets/pyodide/."""
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    installed_file = PYODIDE_NPM / "package.json"
    if not installed_file.exists():
        raise BuildError("node_modules/pyodide is missing: run `npm ci` (make does this).")
    installed = json.loads(installed_file.read_text())["version"]
    if installed != pinned:
        raise BuildError(
            f"node_modules has Pyodide {installed} but package.json pins {pinned}: run `npm ci`."
        )
    target = STAGE / "assets" / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE_NPM / name, target / name)
    # The npm lock file lists ~300 packages the site does not ship (119 KB that
    # every start would fetch). Keep its `info` block, list none: the site's
    # own Python comes through py/manifest.json instead.
    lock = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text())
    trimmed = {"info": lock["info"], "packages": {}}
    (target / "pyodide-lock.json").write_text(json.dumps(trimmed, indent=1) + "\n")

    # The docx library's self-contained ES module, imported by assets/tools/docx.js
    # only when a person asks for a Word file.
    vendor = STAGE / "assets" / "vendor"
    vendor.mkdir(parents=True, exist_ok=True)
    docx_module = ROOT / "node_modules" / "docx" / "dist" / "index.mjs"
    if not docx_module.exists():
        raise BuildError("node_modules/docx is missing: run `npm ci` (make does this).")
    shutil.copy2(docx_module, vendor / "docx.mjs")
    return target


# 4. The site ---------------------------------------------------------------


# The MkDocs configuration build_site runs: mkdocs.yml with the languages of
# py/expunge_assist/languages.json whose catalogs exist (git-ignored, rewritten
# by every build).
GENERATED_CONFIG = ROOT / "mkdocs.languages.yml"


def _language_module():
    sys.path.insert(0, str(PACKAGE.parent))
    return importlib.import_module("expunge_assist.language")


def site_words(folder: str) -> dict[str, str]:
    """The catalog's translations of ``folder`` (msgid -> msgstr, none fuzzy); {} for English.

    The same reading the theme's hook does (hooks/languages.py), so the
    navigation and the pages take their words from one place.
    """
    sys.path.insert(0, str(PACKAGE.parent))
    from hooks.languages import catalog_words

    return catalog_words(folder)


def i18n_languages() -> list[dict]:
    """mkdocs-static-i18n's `languages:` list: every built language, named in itself.

    Navigation titles and the site description come from each catalog
    (py/expunge_assist/site_words.py holds their message ids); the theme's own
    words from Material's partial for the language (English where it has none).
    """
    language = _language_module()
    words_module = importlib.import_module("expunge_assist.site_words")
    entries = []
    for lang in language.built(LOCALES):
        words = site_words(lang.folder)
        entry = {
            "locale": lang.code,
            "name": lang.autonym,
            "build": True,
            "site_name": "Expunge Assist",
            "theme": {"language": lang.material or "en"},
        }
        if lang.default:
            entry["default"] = True
        else:
            entry["site_description"] = words.get(words_module.SITE_DESCRIPTION, words_module.SITE_DESCRIPTION)
            entry["nav_translations"] = {title: words[title] for title in words_module.NAV if title in words}
        entries.append(entry)
    return entries


def write_mkdocs_config() -> Path:
    """Write GENERATED_CONFIG: mkdocs.yml, its i18n plugin given the built languages."""
    from mkdocs.utils.yaml import yaml_load

    with (ROOT / "mkdocs.yml").open("rb") as handle:
        base = yaml_load(handle)
    plugins = []
    for plugin in base["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin = {"i18n": {**plugin["i18n"], "languages": i18n_languages()}}
        plugins.append(plugin)
    text = (
        "# Written by build.py from mkdocs.yml and py/expunge_assist/languages.json: do not edit.\n"
        "INHERIT: mkdocs.yml\n"
        f"plugins: {json.dumps(plugins, ensure_ascii=False)}\n"
    )
    GENERATED_CONFIG.write_text(text, encoding="utf-8")
    return GENERATED_CONFIG


def build_site() -> Path:
    """Run MkDocs into public/ with the built languages, then lay the staged tool files over it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(write_mkdocs_config())))
    shutil.copytree(STAGE, OUTPUT, dirs_exist_ok=True)
    write_download_size(OUTPUT)
    return OUTPUT


# Suffixes a web server (serve.py, GitHub Pages) sends gzip-compressed; zips go as they are.
GZIP_SUFFIXES = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm", ".map"}
DOWNLOAD_MARKER = re.compile(r"(<span data-download-size>)[^<]*(</span>)")


def python_download_files(output: Path = OUTPUT) -> list[Path]:
    """The files a first visit downloads to start the tools' Python: Pyodide, the packed package and its libraries."""
    pyodide = sorted(path for path in (output / "assets" / "pyodide").iterdir() if path.is_file())
    py = output / "assets" / "tools" / "py"
    manifest = json.loads((py / "manifest.json").read_text(encoding="utf-8"))
    tools = output / "assets" / "tools"
    scripts = [tools / name for name in ("python.js", "words.js", "worker.mjs")]
    return pyodide + [py / "manifest.json"] + [py / entry["file"] for entry in manifest["archives"]] + scripts


def python_download_bytes(output: Path = OUTPUT) -> int:
    """Bytes sent to start the tools' Python the first time: gzip (level 6, as serve.py) for text and wasm."""
    import gzip

    total = 0
    for path in python_download_files(output):
        data = path.read_bytes()
        total += len(gzip.compress(data, compresslevel=6, mtime=0)) if path.suffix in GZIP_SUFFIXES else len(data)
    return total


def write_download_size(output: Path = OUTPUT) -> int:
    """Write the measured download into every page's <span data-download-size> ("4.3", in the page's language)."""
    from babel.numbers import format_decimal

    size = python_download_bytes(output)
    megabytes = max(0.1, round(size / 1_000_000, 1))
    for page in output.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "data-download-size" not in html:
            continue
        lang = re.search(r'<html[^>]*\blang="([^"]+)"', html)
        figure = format_decimal(megabytes, format="0.0", locale=(lang.group(1) if lang else "en").replace("-", "_"))
        page.write_text(DOWNLOAD_MARKER.sub(lambda match: match.group(1) + figure + match.group(2), html), encoding="utf-8")
    return size


# 5. Checks -----------------------------------------------------------------

# Attributes through which a page loads something by itself. A plain <a href>
# is a link a person chooses to follow, so it is checked for rel="noreferrer"
# instead.
LOADING_ATTRIBUTES = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "iframe": ["src"],
    "frame": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "track": ["src"],
    "input": ["src"],
    "form": ["action"],
}
LINK_RELS_NOT_LOADED = {"alternate", "canonical", "prev", "next", "author", "license"}
OFF_ORIGIN = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_OFF_ORIGIN = re.compile(r"""(?:url\(\s*["']?|@import\s+["']?)\s*(?:[a-z]+:)?//""", re.I)


class _PageAudit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.has_policy = False
        self.has_referrer_policy = False

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            if values.get("http-equiv", "").lower() == "content-security-policy":
                self.has_policy = True
            if values.get("name") == "referrer" and values.get("content") == "no-referrer":
                self.has_referrer_policy = True
        for name in LOADING_ATTRIBUTES.get(tag, []):
            if OFF_ORIGIN.match(values.get(name, "")):
                self.problems.append(f"<{tag} {name}={values[name]!r}> loads from another origin")
        if tag == "link":
            rels = set(values.get("rel", "").lower().split())
            if OFF_ORIGIN.match(values.get("href", "")) and not rels <= LINK_RELS_NOT_LOADED:
                self.problems.append(f"<link rel={values.get('rel')!r} href={values['href']!r}> loads from another origin")
        if tag == "a" and OFF_ORIGIN.match(values.get("href", "")):
            if "noreferrer" not in values.get("rel", "").split():
                self.problems.append(f"<a href={values['href']!r}> links out without rel=\"noreferrer\"")
        if "style" in values and CSS_OFF_ORIGIN.search(values["style"]):
            self.problems.append(f"<{tag} style=...> loads from another origin")

    def handle_data(self, data):
        if self.lasttag == "style" and CSS_OFF_ORIGIN.search(data):
            self.problems.append("<style> loads from another origin")


def audit_page(html: str) -> list[str]:
    """What is wrong with one built page: off-origin loads, missing policies."""
    audit = _PageAudit()
    audit.feed(html)
    if not audit.has_policy:
        audit.problems.append("no Content-Security-Policy <meta> tag")
    if not audit.has_referrer_policy:
        audit.problems.append('no <meta name="referrer" content="no-referrer">')
    return audit.problems


def audit_stylesheet(css: str) -> list[str]:
    """Off-origin url() or @import in one stylesheet."""
    return [f"loads {match.group(0)!r}" for match in CSS_OFF_ORIGIN.finditer(css)]


def check_output(output: Path = OUTPUT) -> int:
    """Fail unless every page has its policies and loads only from its own origin."""
    problems = []
    pages = sorted(output.rglob("*.html"))
    if not pages:
        raise BuildError(f"{output}: no pages were built.")
    for page in pages:
        for problem in audit_page(page.read_text(encoding="utf-8")):
            problems.append(f"{page.relative_to(output)}: {problem}")
    for sheet in sorted(output.rglob("*.css")):
        for problem in audit_stylesheet(sheet.read_text(encoding="utf-8")):
            problems.append(f"{sheet.relative_to(output)}: {problem}")
    if problems:
        raise BuildError("The built site breaks its privacy rules:\n  " + "\n  ".join(problems))
    return len(pages)


# 3b. A trimmed standard library --------------------------------------------

# The modules of Python's standard library the tools import in the browser,
# found by measurement: scripts/measure-stdlib.mjs starts Pyodide in Node with
# the site's archives, runs every call the pages make (both tools, the PDF
# maker with its font subsetting, every error path the tests reach) and lists
# sys.modules. Pyodide's own start-up needs are in it too. Added by hand: the
# common text encodings (encodings.*), which codecs look up by name at run
# time; and five modules CPython imports for the same calls (tests/test_stdlib.py)
# though Pyodide did not: fractions, gzip, importlib.resources._adapters,
# platform, sysconfig. Only the listed modules are kept (a package keeps its __init__ and the
# listed submodules only). tests/test_stdlib.py re-checks the list in CPython on every
# `make test-fast`, and every browser flow test runs against this archive; a
# module missing here fails with an error that names it and this list.
STDLIB_MODULES_TEXT = """
__future__ _collections_abc _colorize _compat_pickle _markupbase _opcode_metadata
_py_warnings _pyodide _pyodide._base _pyodide._core_docs _pyodide._future_helper
_pyodide._importhook _pyodide.docs_argspec _pyodide.docstring _pyodide.jsbind
_sitebuiltins _ssl _weakrefset abc annotationlib argparse ast asyncio
asyncio.base_events asyncio.base_futures asyncio.base_subprocess asyncio.base_tasks
asyncio.constants asyncio.coroutines asyncio.events asyncio.exceptions
asyncio.format_helpers asyncio.futures asyncio.graph asyncio.locks asyncio.log
asyncio.mixins asyncio.protocols asyncio.queues asyncio.runners asyncio.selector_events
asyncio.sslproto asyncio.staggered asyncio.streams asyncio.subprocess asyncio.taskgroups
asyncio.tasks asyncio.threads asyncio.timeouts asyncio.transports asyncio.trsock
asyncio.unix_events base64 bisect bz2 calendar codecs codeop collections compression
compression._common compression._common._streams compression.zstd
compression.zstd._zstdfile concurrent concurrent.futures concurrent.futures._base
contextlib contextvars copy copyreg csv dataclasses datetime decimal difflib dis email
email._encoded_words email._parseaddr email._policybase email.base64mime email.charset
email.encoders email.errors email.feedparser email.header email.iterators email.message
email.parser email.quoprimime email.utils encodings encodings.aliases encodings.ascii
encodings.charmap encodings.cp1252 encodings.cp437 encodings.idna encodings.latin_1
encodings.mac_roman encodings.punycode encodings.raw_unicode_escape
encodings.unicode_escape encodings.utf_16 encodings.utf_16_be encodings.utf_16_le
encodings.utf_32 encodings.utf_32_be encodings.utf_32_le encodings.utf_8
encodings.utf_8_sig enum fnmatch fractions functools genericpath gettext glob gzip
hashlib heapq html html.entities html.parser http http.client importlib importlib._abc
importlib._bootstrap importlib._bootstrap_external importlib.abc importlib.machinery
importlib.metadata importlib.metadata._collections importlib.metadata._functools
importlib.metadata._itertools importlib.metadata._meta importlib.resources
importlib.resources._adapters importlib.resources._common
importlib.resources._functional importlib.resources.abc importlib.util inspect io
ipaddress json json.decoder json.encoder json.scanner keyword linecache locale logging
lzma mimetypes ntpath numbers opcode operator os pathlib pathlib._os pickle pkgutil
platform posixpath pprint pyodide pyodide._package_loader pyodide._state pyodide.code
pyodide.common pyodide.ffi pyodide.webloop quopri random re re._casefix re._compiler
re._constants re._parser reprlib selectors shutil signal site socket ssl stat string
stringprep struct subprocess sysconfig tempfile textwrap threading timeit token tokenize
traceback types typing unittest unittest.case unittest.loader unittest.main
unittest.mock unittest.result unittest.runner unittest.signals unittest.suite
unittest.util urllib urllib.error urllib.parse urllib.request urllib.response uuid
warnings weakref xml xml.etree xml.etree.ElementPath xml.etree.ElementTree
xml.etree.cElementTree xml.parsers xml.parsers.expat zipfile zipfile._path
zipfile._path.glob zipimport
"""
STDLIB_TRIMMED = "python_stdlib-trimmed.zip"


def stdlib_module(name: str) -> str | None:
    """The module an archive member is ("json/decoder.py" -> "json.decoder"), or None for other files."""
    if not name.endswith(".py"):
        return None
    return name.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def stdlib_modules() -> set[str]:
    """STDLIB_MODULES_TEXT as a set; every listed submodule's package must be listed too."""
    modules = set(STDLIB_MODULES_TEXT.split())
    orphans = sorted(m for m in modules if "." in m and m.rsplit(".", 1)[0] not in modules)
    if orphans:
        raise BuildError(f"STDLIB_MODULES_TEXT lists submodules without their package: {', '.join(orphans)}")
    return modules


def trim_stdlib() -> Path:
    """Write assets/pyodide/python_stdlib-trimmed.zip: only STDLIB_MODULES (worker.mjs loads it)."""
    modules = stdlib_modules()
    source = PYODIDE_NPM / "python_stdlib.zip"
    target = STAGE / "assets" / "pyodide" / STDLIB_TRIMMED
    target.parent.mkdir(parents=True, exist_ok=True)
    kept = set()
    with zipfile.ZipFile(source) as full, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in full.infolist():
            if stdlib_module(info.filename) in modules:
                entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                out.writestr(entry, full.read(info))
                kept.add(stdlib_module(info.filename))
    absent = sorted(modules - kept)
    if absent:
        raise BuildError(f"STDLIB_MODULES names modules python_stdlib.zip lacks: {', '.join(absent)}")
    # The full archive is not shipped: no page loads it.
    (STAGE / "assets" / "pyodide" / "python_stdlib.zip").unlink(missing_ok=True)
    return target


# 4b. The service worker's list ---------------------------------------------

SERVICE_WORKER = "sw.js"
# Files sw.js keeps only once a person opens a tool (several MB); the rest,
# every page and what pages load, it keeps at install.
TOOL_FILES = ("assets/pyodide/", "assets/tools/", "assets/vendor/")
# ...except what every page loads: the quick exit and clinic mode, and their words.
EVERY_PAGE = ("assets/tools/exit.js", "assets/tools/words.js", "assets/tools/i18n/")
# Never cached: source maps (for developers), sitemaps (for search engines),
# and Lunr's stemmers for languages the site does not build (the registry's
# `lunr` codes of the built languages are kept).
def _not_cached() -> re.Pattern:
    language = _language_module()
    kept = sorted({entry.lunr for entry in language.built(LOCALES) if entry.lunr and entry.lunr != "en"})
    stemmers = "|".join(["multi", r"stemmer\.support", *kept])
    return re.compile(rf"(\.map$|^sitemap\.xml|^assets/javascripts/lunr/(?!min/lunr\.({stemmers})\.min\.js$))")
BUILD_MARKER = "/*BUILD*/ { version: \"unbuilt\", pages: {}, tools: {} }"


def service_worker_files(output: Path = OUTPUT) -> dict[str, dict[str, str]]:
    """{"pages": {path: sha256}, "tools": {...}}, paths as the browser asks for them."""
    groups: dict[str, dict[str, str]] = {"pages": {}, "tools": {}}
    not_cached = _not_cached()
    for file in sorted(output.rglob("*")):
        path = file.relative_to(output).as_posix()
        if not file.is_file() or path == SERVICE_WORKER or not_cached.search(path):
            continue
        if path == "index.html" or path.endswith("/index.html"):
            path = path.removesuffix("index.html")  # pages are asked for as folders
        group = "tools" if path.startswith(TOOL_FILES) and not path.startswith(EVERY_PAGE) else "pages"
        groups[group][path] = _sha256(file)
    return groups


def write_service_worker(output: Path = OUTPUT) -> Path:
    """Write the file list and the build's hash into public/sw.js (from site/sw.js)."""
    worker = output / SERVICE_WORKER
    source = worker.read_text(encoding="utf-8")
    if BUILD_MARKER not in source:
        raise BuildError(f"{worker}: no {BUILD_MARKER!r} line to fill in (is it site/sw.js?)")
    groups = service_worker_files(output)
    listing = json.dumps(groups, sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(listing.encode("utf-8")).hexdigest()[:16]
    build = json.dumps({"version": version, **groups}, sort_keys=True, separators=(",", ":"))
    worker.write_text(source.replace(BUILD_MARKER, build), encoding="utf-8")
    return worker


STEPS = [
    compile_catalogs,
    pack_python,
    vendor_pyodide,
    trim_stdlib,
    build_site,
    write_service_worker,
    check_output,
]


def main() -> int:
    """Run every step in order; print each one's time; exit 1 with the reason on failure."""
    # Material's end-of-life banner is known (see the pyodide/MkDocs notes); keep the build quiet.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    if STAGE.exists():
        shutil.rmtree(STAGE)
    for step in STEPS:
        started = time.perf_counter()
        try:
            step()
        except BuildError as error:
            print(f"build.py: {step.__name__} failed: {error}", file=sys.stderr)
            return 1
        print(f"build.py: {step.__name__} done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
