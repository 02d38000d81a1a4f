"""Mutation testing of the screener's rules and the statement's core (``make mutate``).

mutmut (pinned in requirements-dev.txt) changes the code one small step at a
time (``<`` to ``<=``, "no" to "maybe", a citation's subdivision, a date moved
by a day) and runs the fast tests on each change; a change no test notices
("survived") is law the tests do not hold. This script:

1. lays out a copy of the project in build/mutate/ the way mutmut expects it
   (the package under src/; mutmut knows ./, src/ and source/, not py/);
2. in that copy only, moves the statute table ``rules.REMEDIES`` (and the
   answer tables it spreads, FELONY_ONLY ...) into functions, one per remedy,
   called on every read of ``rules.REMEDIES``: mutmut mutates only code inside functions, and the
   table is most of the law;
3. runs ``mutmut run`` on the modules below with the fast, deterministic
   tests (the random property test and the packing test are left out);
4. prints the score per module and writes every survivor to
   build/mutate/survivors.txt (``--show`` adds each one's diff).

The production modules are never changed. A full run (about 5,000 mutants)
takes hours on 2 shared cores; ``--sample`` runs one in ten (last figures
and timings: tests/mutants-survived.md).

    python scripts/mutate.py            # fresh run of every module
    python scripts/mutate.py --keep     # reuse build/mutate (mutmut re-tests only what changed)
    python scripts/mutate.py --sample "*__mutmut_*7"   # about one mutant in ten, from every function
"""

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAGE = ROOT / "build" / "mutate"
PACKAGE = "expunge_assist"

# The modules mutated, and the score each must reach (issue 13).
MODULES = {
    "conditions": 0.90,
    "rules": 0.90,
    "case": 0.90,
    "offense": 0.90,
    "screener": 0.90,
    "answers": 0.85,
    "letter": 0.85,
}
# The tests run against each mutant (mutmut picks, per mutant, those that call the mutated function).
TESTS = [
    "tests/scenarios",
    "tests/test_screener.py",
    "tests/test_case.py",
    "tests/test_offense.py",
    "tests/test_answers.py",
    "tests/test_letter.py",
    "tests/test_citations.py",
    "tests/test_mutants_core.py",
    "tests/test_letter_mutants.py",
    "tests/test_questions.py",
    "tests/test_api.py",
]
# Random (a different draw each run would give a different score) or slow (packs a zip, makes a PDF).
DESELECT = [
    "tests/test_screener.py::test_any_valid_case_gives_well_formed_results",
    "tests/test_offense.py::test_the_packed_package_carries_the_table_and_the_page_gets_offenses_json",
    "tests/test_api.py::test_letter_pdf_call_returns_a_pdf_and_refuses_an_empty_letter",
]
# Folders the tests read, copied into build/mutate and into each mutant's copy.
DATA_FOLDERS = ("templates", "locales", "examples", "docs", "site/assets/tools")
# Module-level tables of rules.py moved into the function mutmut mutates.
LAZY_TABLES = ("FELONY_ONLY", "REGISTRATION_ASK", "REGISTRATION_BARS", "REMEDIES")

CATALOGS_ONCE = """

# make mutate: the catalogs were compiled once when build/mutate was laid out.
@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    return sorted(ROOT.glob("locales/*/LC_MESSAGES/messages.mo"))
"""

STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", -24: "timeout", 24: "timeout", 152: "timeout", 255: "timeout", None: "not checked"}


def lazy_table(source: str) -> str:
    """rules.py with REMEDIES built by functions on each read (for mutmut); the rest unchanged.

    One function per remedy (``_remedy_0`` ...) keeps each mutant small; the
    answer tables the remedies spread (FELONY_ONLY ...) come from
    ``_answer_tables`` so that they are mutated too.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in LAZY_TABLES:
                found[node.targets[0].id] = node
    missing = set(LAZY_TABLES) - set(found)
    if missing or not isinstance(found.get("REMEDIES", ast.Pass()).value, ast.Tuple):
        raise SystemExit(f"rules.py no longer defines {sorted(missing) or 'REMEDIES as a tuple'} at the top level: "
                         "update LAZY_TABLES in scripts/mutate.py")

    def segment(node) -> str:
        return ast.get_source_segment(source, node, padded=False)

    helpers = [name for name in LAZY_TABLES if name != "REMEDIES"]
    out = ["\n\n# make mutate: the table is built on each read so that mutmut's changes to it take effect.\n",
           "def _answer_tables():\n"]
    out += [f"    {name} = {segment(found[name].value)}\n" for name in helpers]
    out.append(f"    return {', '.join(helpers)}\n")
    remedies = found["REMEDIES"].value.elts
    for number, remedy in enumerate(remedies):
        out.append(f"\n\ndef _remedy_{number}():\n    {', '.join(helpers)} = _answer_tables()\n"
                   f"    return {segment(remedy)}\n")
    out.append("\n\ndef _remedies():\n    return (" + "".join(f"_remedy_{n}(), " for n in range(len(remedies)))
               + ")  # pragma: no mutate\n")
    out.append(
        "\n\ndef __getattr__(name):  # pragma: no mutate\n"
        "    if name == 'REMEDIES':  # pragma: no mutate\n"
        "        return _remedies()  # pragma: no mutate\n"
        "    raise AttributeError(name)  # pragma: no mutate\n"
    )
    table = found["REMEDIES"]
    kept = lines[:table.lineno - 1] + lines[table.end_lineno:]
    return "".join(kept) + "".join(out)


def pyproject() -> str:
    only = ", ".join(f'"src/{PACKAGE}/{module}.py"' for module in MODULES)
    tests = ", ".join(f'"{test}"' for test in TESTS if (ROOT / test).exists())
    deselect = ", ".join(f'"--deselect={test}"' for test in DESELECT)
    return f"""# Written by scripts/mutate.py for one mutation run; not the project's pyproject.toml.
[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = "-ra --strict-markers"
markers = [
    "browser: drives Debian's chromium against the built site (slower)",
    "site: reads the built site in public/ (make build first)",
]

[tool.mutmut]
source_paths = ["src/{PACKAGE}"]
only_mutate = [{only}]
also_copy = [{", ".join(f'"{folder}"' for folder in DATA_FOLDERS)}, "build.py"]
pytest_add_cli_args = ["-x", "-q", "-p", "no:cacheprovider", {deselect}]
pytest_add_cli_args_test_selection = [{tests}]
use_git_change_detection = false
"""


def lay_out(keep: bool) -> None:
    if STAGE.exists() and not keep:
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "data", "*.mo")
    target = STAGE / "src" / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "py" / PACKAGE, target, ignore=ignore)
    rules = target / "rules.py"
    rules.write_text(lazy_table(rules.read_text(encoding="utf-8")), encoding="utf-8")
    for folder in ("tests", *DATA_FOLDERS):
        if (STAGE / folder).exists():
            shutil.rmtree(STAGE / folder)
        shutil.copytree(ROOT / folder, STAGE / folder, ignore=ignore)
    shutil.copy2(ROOT / "build.py", STAGE / "build.py")
    (STAGE / "pyproject.toml").write_text(pyproject(), encoding="utf-8")
    # tests/conftest.py compiles the catalogs once per pytest session, and mutmut
    # starts one session per mutant (about a second each): compile them once here.
    subprocess.run([sys.executable, "-c", "import build; build.compile_catalogs()"], cwd=STAGE, check=True)
    conftest = STAGE / "tests" / "conftest.py"
    conftest.write_text(conftest.read_text(encoding="utf-8") + CATALOGS_ONCE, encoding="utf-8")


def tally() -> tuple[dict, list[str]]:
    counts, survivors = {}, []
    for module in MODULES:
        meta = STAGE / "mutants" / "src" / PACKAGE / f"{module}.py.meta"
        data = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {"exit_code_by_key": {}}
        row = counts.setdefault(module, {})
        for key, code in data["exit_code_by_key"].items():
            if code is None:
                continue  # not run (a sample)
            status = STATUS.get(code, "suspicious")
            row[status] = row.get(status, 0) + 1
            if status not in ("killed", "timeout"):
                survivors.append(f"{status}\t{key}")
    return counts, sorted(survivors, key=lambda line: line.split("\t")[1])


def report(counts: dict) -> bool:
    print(f"\n{'module':<12}{'mutants':>8}{'killed':>8}{'survived':>9}{'other':>7}{'score':>8}{'needed':>8}")
    ok = True
    for module, need in MODULES.items():
        row = counts[module]
        total = sum(row.values())
        caught = row.get("killed", 0) + row.get("timeout", 0)
        survived = row.get("survived", 0)
        score = caught / total if total else 0.0
        ok &= score >= need
        mark = "" if score >= need else "  below"
        print(f"{module:<12}{total:>8}{caught:>8}{survived:>9}{total - caught - survived:>7}{score:>8.1%}{need:>8.0%}{mark}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="reuse build/mutate and mutmut's earlier results")
    parser.add_argument("--show", action="store_true", help="write each survivor's diff to survivors.txt")
    parser.add_argument("--max-children", default=str(os.cpu_count() or 2))
    parser.add_argument("--sample", metavar="PATTERN", nargs="*", default=[],
                        help='run only the mutants whose names match, e.g. "*__mutmut_*7" (every tenth, '
                             'in every function); the score then counts only the mutants run')
    args = parser.parse_args()
    lay_out(args.keep)
    mutmut = Path(sys.executable).with_name("mutmut")
    started = time.monotonic()
    run = subprocess.run([str(mutmut), "run", "--max-children", args.max_children, *args.sample], cwd=STAGE)
    seconds = time.monotonic() - started
    if run.returncode not in (0,):
        print(f"mutmut run failed ({run.returncode})", file=sys.stderr)
        return run.returncode
    counts, survivors = tally()
    lines = []
    for line in survivors:
        lines.append(line)
        if args.show:
            shown = subprocess.run([str(mutmut), "show", line.split("\t")[1]], cwd=STAGE, capture_output=True, text=True)
            lines.append(shown.stdout)
    (STAGE / "survivors.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ok = report(counts)
    print(f"\n{len(survivors)} not killed: build/mutate/survivors.txt; run took {seconds / 60:.1f} minutes")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
