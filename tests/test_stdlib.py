"""The trimmed standard library (build.py trim_stdlib) holds what the package imports."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import build

ROOT = Path(__file__).resolve().parents[1]
FULL_STDLIB = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"

# Runs every call the pages make, in a fresh CPython, and prints the standard
# library modules it imported (those loaded from the stdlib folder).
FLOWS = r"""
import glob, json, sys, sysconfig
from expunge_assist.browser import handle
answers = json.load(open("examples/answers/example.json"))
for lang in ("en", "es"):
    handle("about", json.dumps({"lang": lang}))
    handle("check_answers", json.dumps({"answers_data": answers, "lang": lang}))
    handle("check_answers", json.dumps({"answers_data": {}, "lang": lang, "partial": True}))
    letter = json.loads(handle("letter", json.dumps({"answers_data": answers, "lang": lang})))["value"]["text"]
    assert json.loads(handle("letter_pdf", json.dumps({"text": letter + " Nguyễn" * 400})))["ok"]
    for case in sorted(glob.glob("examples/cases/*.json")):
        handle("screen", json.dumps({"case": json.load(open(case)), "as_of": "2026-11-28", "lang": lang}))
handle("no-such-call", "{}")
stdlib = sysconfig.get_paths()["stdlib"]
print(json.dumps(sorted(n for n, m in list(sys.modules.items())
                        if (getattr(m, "__file__", None) or "").startswith(stdlib + "/")
                        and "site-packages" not in (m.__file__ or ""))))
"""


@pytest.fixture(scope="module")
def pyodide_stdlib() -> set[str]:
    if not FULL_STDLIB.exists():
        pytest.fail("node_modules/pyodide is missing: run `make setup`.")
    with zipfile.ZipFile(FULL_STDLIB) as archive:
        return {name for name in map(build.stdlib_module, archive.namelist()) if name}


def test_every_module_the_flows_import_in_cpython_is_kept(pyodide_stdlib):
    """Every stdlib module CPython imports for the tools' calls, where Pyodide has it, is in the trimmed list."""
    result = subprocess.run(
        [sys.executable, "-c", FLOWS], cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"},
    )
    imported = set(json.loads(result.stdout.strip().splitlines()[-1]))
    missing = sorted((imported & pyodide_stdlib) - build.stdlib_modules())
    assert missing == [], f"add to build.py STDLIB_MODULES_TEXT (or measure again): {missing}"


def test_the_list_names_only_modules_pyodide_has(pyodide_stdlib):
    """No listed module is a typo or gone from the pinned Pyodide; every submodule has its package."""
    assert sorted(build.stdlib_modules() - pyodide_stdlib) == []


def test_the_trimmed_archive_holds_exactly_the_list(tmp_path, monkeypatch):
    """trim_stdlib writes the listed modules, and only those."""
    monkeypatch.setattr(build, "STAGE", tmp_path)
    target = build.trim_stdlib()
    with zipfile.ZipFile(target) as archive:
        kept = {build.stdlib_module(name) for name in archive.namelist()}
    assert kept == build.stdlib_modules()
