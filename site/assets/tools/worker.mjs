// The Python side of the page, in a module Web Worker (Pyodide 314 supports
// no classic workers). Everything it loads comes from the site's own files:
// the Pyodide core in ../pyodide/, and the archives listed in py/manifest.json
// (the expunge_assist package, Jinja2, MarkupSafe), which build.py writes.
// Messages follow docs/protocol.md.

import { loadPyodide } from "../pyodide/pyodide.mjs";

const here = new URL("./", import.meta.url);

function post(message) {
  self.postMessage(message);
}

async function fetchArchive(entry) {
  const reply = await fetch(new URL(`py/${entry.file}`, here));
  if (!reply.ok) throw new Error(`${entry.file}: HTTP ${reply.status}`);
  const bytes = await reply.arrayBuffer();
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  if (hex !== entry.sha256) throw new Error(`${entry.file}: checksum differs from the manifest`);
  return bytes;
}

async function start() {
  post({ type: "progress", stage: "downloading" });
  const manifestReply = await fetch(new URL("py/manifest.json", here));
  if (!manifestReply.ok) throw new Error(`py/manifest.json: HTTP ${manifestReply.status}`);
  const manifest = await manifestReply.json();
  // The small archives download while the runtime boots.
  const archives = Promise.all(manifest.archives.map(fetchArchive));
  const pyodide = await loadPyodide({
    indexURL: new URL("../pyodide/", here).href,
    // Only the standard library modules the tools import (build.py trim_stdlib).
    stdLibURL: new URL("../pyodide/python_stdlib-trimmed.zip", here).href,
  });
  post({ type: "progress", stage: "starting" });
  const sitePackages = pyodide.pyimport("site").getsitepackages().toJs()[0];
  for (const bytes of await archives) {
    pyodide.unpackArchive(bytes, "zip", { extractDir: sitePackages });
  }
  const adapter = pyodide.pyimport("expunge_assist.browser");
  const about = JSON.parse(adapter.handle("about", "{}"));
  return { pyodide, sitePackages, manifest, adapter, about: about.value };
}

// Groups of archives a page asks for later ("pdf"), each fetched, checked and
// unpacked once; later asks share the first one's promise (a failed one is forgotten).
const loadedGroups = new Map();
function loadGroup({ pyodide, sitePackages, manifest }, group) {
  if (!loadedGroups.has(group)) {
    const entries = manifest.groups?.[group];
    if (!entries) return Promise.reject(new Error(`There is no group of archives named "${group}".`));
    loadedGroups.set(
      group,
      Promise.all(entries.map(fetchArchive)).then((buffers) => {
        for (const bytes of buffers) pyodide.unpackArchive(bytes, "zip", { extractDir: sitePackages });
        pyodide.pyimport("importlib").invalidate_caches();
      }).catch((error) => {
        loadedGroups.delete(group); // a failed download can be tried again
        throw error;
      }),
    );
  }
  return loadedGroups.get(group);
}

// The site ships a trimmed standard library: a module left out of it shows up
// as ModuleNotFoundError. Say so plainly, for whoever reads the console.
function explainMissing(error) {
  const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(error?.message || "");
  if (!missing) return error;
  const note = `Python module "${missing[1]}" is missing: if it is in the standard library, add it to STDLIB_MODULES_TEXT in build.py (see scripts/measure-stdlib.mjs).`;
  console.error(note);
  return { ...error, message: `${error.message}. ${note}` };
}

const started = start();

started.then(
  ({ about }) => post({ type: "ready", python: about.python, package: about.package }),
  (error) => post({ type: "failed", error: explainMissing({ code: "start", message: String(error?.message || error) }) }),
);

self.addEventListener("message", async ({ data }) => {
  if (data?.type !== "call" && data?.type !== "load") return;
  let runtime;
  try {
    runtime = await started;
  } catch {
    return; // The page already knows: it got "failed".
  }
  if (data.type === "load") {
    try {
      await loadGroup(runtime, String(data.group));
      post({ type: "result", id: data.id, value: true });
    } catch (error) {
      post({ type: "error", id: data.id, error: { code: "load", message: String(error?.message || error), detail: "" } });
    }
    return;
  }
  const { adapter } = runtime;
  const reply = JSON.parse(adapter.handle(String(data.name), JSON.stringify(data.args ?? {})));
  if (reply.ok) post({ type: "result", id: data.id, value: reply.value });
  else post({ type: "error", id: data.id, error: explainMissing(reply.error) });
});
