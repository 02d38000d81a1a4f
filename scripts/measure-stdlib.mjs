// Which modules of Python's standard library do the tools import?
// `node scripts/measure-stdlib.mjs` (after `make build`): starts the pinned
// Pyodide in Node with its full standard library and the site's own archives
// (build/stage/assets/tools/py/, every group), makes every call the pages
// make, the good and the failing ones, and prints the standard-library
// modules in sys.modules, one per line. build.py's STDLIB_MODULES_TEXT is
// this list; paste the output there when the package or a library changes.

import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const root = new URL("../", import.meta.url);
const py = new URL("build/stage/assets/tools/py/", root);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", py)));

const pyodide = await loadPyodide({ indexURL: new URL("node_modules/pyodide/", root).pathname });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
const unpack = (entries) => {
  for (const { file } of entries) pyodide.unpackArchive(new Uint8Array(readFileSync(new URL(file, py))), "zip", { extractDir: sitePackages });
};
// As worker.mjs does: the start archives, then each group, then invalidate_caches().
unpack(manifest.archives);
pyodide.pyimport("expunge_assist.browser").handle("about", "{}");
for (const entries of Object.values(manifest.groups)) {
  unpack(entries);
  pyodide.pyimport("importlib").invalidate_caches();
}
pyodide.FS.mkdirTree("/examples");
for (const name of ["answers/example.json", "cases/finished-probation.json", "cases/arrest-no-charges.json",
  "cases/county-jail-mandatory-supervision.json", "cases/juvenile.json", "cases/misdemeanor-no-probation.json"]) {
  pyodide.FS.writeFile(`/examples/${name.replace("/", "-")}`, readFileSync(new URL(`examples/${name}`, root)));
}

const found = pyodide.runPython(`
import json, sys, glob
from expunge_assist.browser import handle

def go(name, **args):
    reply = json.loads(handle(name, json.dumps(args)))
    return reply

answers = json.load(open("/examples/answers-example.json"))
for lang in ("en", "es"):
    go("about", lang=lang)
    go("check_answers", answers_data=answers, lang=lang)
    go("check_answers", answers_data={}, lang=lang, partial=True)
    go("check_answers", answers_data={"name": 3}, lang=lang)
    letter = go("letter", answers_data=answers, lang=lang)
    go("letter", answers_data={}, lang=lang)
    text = letter["value"]["text"] + "\\n\\nMaría José McKay-Nguyễn " * 200
    assert go("letter_pdf", text=text)["ok"]
    go("letter_pdf", text="")
    for case in sorted(glob.glob("/examples/cases-*.json")):
        go("screen", case=json.load(open(case)), as_of="2026-11-28", lang=lang)
        go("screen", case=json.load(open(case)), lang=lang)
    go("screen", case={"kind": "nonsense"}, lang=lang)
    go("screen", case={}, as_of="not a date", lang=lang)
go("no-such-call")
handle("letter", "{not json")

# Modules loaded from a file outside site-packages: the standard library's
# archive (built-in and frozen modules have no file and need none).
def from_stdlib(module):
    file = getattr(module, "__file__", None) or ""
    return file.startswith("/lib/python") and "site-packages" not in file

sorted(name for name, module in list(sys.modules.items()) if from_stdlib(module))
`).toJs();
console.log(found.join("\n"));
