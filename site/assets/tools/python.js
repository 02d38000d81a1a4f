// Starts the tools' Python in a module Web Worker and lets a page call it.
//
// The page never runs Python itself: it talks to worker.mjs through the
// message protocol in docs/protocol.md. While Python starts, the page shows
// the stage in words, and <html data-python> holds the one observable state:
// "loading", then "ready" or "failed". Tests and tools wait on that attribute.
//
// Words come from words.js (the gettext catalogs, exported by build.py), which
// guide pages load alone, without Python.

import { t, wordsReady } from "./words.js";

export { t, wordsReady };

const here = new URL("./", import.meta.url);
const root = document.documentElement;

// loadPyodide hangs rather than failing when something blocks it (a content
// policy, a stalled download), so each stage has its own time limit.
const STAGE_LIMIT_MS = Number(root.dataset.pythonStageLimit || 90000);

function statusElement() {
  return document.querySelector("[data-python-status]");
}

function show(state, text) {
  root.dataset.python = state;
  const status = statusElement();
  if (!status) return;
  // Hold the height the words had, so a shorter message ("The tool is ready.")
  // does not pull the tool below it up the screen (a layout shift).
  if (status.offsetHeight) status.style.minHeight = `${status.offsetHeight}px`;
  status.textContent = text;
}

const STAGE_TEXT = {
  // TRANSLATORS: the tool is downloading Python and its own files.
  downloading: () => t("Downloading the tool. This can take a minute on a slow connection."),
  // TRANSLATORS: Python has downloaded and is starting on the person's device.
  starting: () => t("Starting the tool on your device…"),
  ready: () => t("The tool is ready."),
};

function failureText() {
  // TRANSLATORS: shown when the tool cannot start. Keep the advice practical.
  return t(
    "Sorry, the tool could not start in this browser. Reload the page to try again. " +
      "If it still does not work, try an up-to-date Chrome, Edge, Firefox or Safari. " +
      "The guides on this site work without it."
  );
}

let worker;
let nextId = 1;
const pending = new Map();
let settleReady;
let failReady;

/** Resolves when Python is ready; rejects when it could not start. */
export const ready = new Promise((resolve, reject) => {
  settleReady = resolve;
  failReady = reject;
});
ready.catch(() => {}); // The failure is shown on the page; callers may still await it.

let watchdog;
function armWatchdog() {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => fail("timeout", "Python did not reach the next stage in time."), STAGE_LIMIT_MS);
}

function fail(code, message) {
  clearTimeout(watchdog);
  if (root.dataset.python === "failed") return;
  show("failed", failureText());
  console.error(`Python failed (${code}): ${message}`);
  failReady(new Error(message));
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  if (worker) worker.terminate();
}

function onMessage({ data }) {
  switch (data.type) {
    case "progress":
      show("loading", STAGE_TEXT[data.stage]?.() ?? "");
      armWatchdog();
      break;
    case "ready":
      clearTimeout(watchdog);
      show("ready", STAGE_TEXT.ready());
      settleReady(data);
      break;
    case "result":
    case "error": {
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.type === "result") call.resolve(data.value);
      else call.reject(Object.assign(new Error(data.error.message), data.error));
      break;
    }
    case "failed":
      fail(data.error.code, data.error.message);
      break;
  }
}

function send(message) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...message, id });
  });
}

/** Ask Python to run call `name` (see py/expunge_assist/api.py) with `args`. */
export async function call(name, args = {}) {
  await ready;
  return send({ type: "call", name, args });
}

/** Make a group of libraries ready (e.g. "pdf"), downloading it the first time only. */
export async function load(group) {
  await ready;
  return send({ type: "load", group });
}

async function start() {
  root.dataset.python = "loading";
  await wordsReady;
  // The worker has the same engine as the page: without WebAssembly here, Pyodide cannot run there.
  if (typeof WebAssembly !== "object") {
    fail("webassembly", "This browser has no WebAssembly.");
    return;
  }
  show("loading", STAGE_TEXT.downloading());
  armWatchdog();
  try {
    worker = new Worker(new URL("worker.mjs", here), { type: "module" });
  } catch (error) {
    fail("worker", String(error));
    return;
  }
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", (event) => fail("worker", event.message || "The worker could not load."));
}

start();
