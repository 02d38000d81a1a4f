// On every page: registers the service worker (../sw.js, whose scope is the
// whole site), asks it to keep the tools for offline use once a tool has
// started, and says when a newer version of the site is ready.
//
// <html data-offline> is the observable state: "pages" once the pages are kept
// on the device, "tools" once the tools are too.

const root = document.documentElement;
const here = new URL("./", import.meta.url);
const scope = new URL("../", here);

// This module runs on guide pages too, which never load the tools' scripts,
// so it has its own small copy of their t(): words from tools/i18n/LANG.json,
// fetched only when there is something to say.
let words = {};
function t(msgid) {
  return words[msgid] || msgid;
}
async function loadWords() {
  const code = root.lang || "en"; // i18n/CODE.json is named by the registry's code, as <html lang> is
  if (code === "en") return;
  try {
    const reply = await fetch(new URL(`tools/i18n/${encodeURIComponent(code)}.json`, here));
    if (reply.ok) words = await reply.json();
  } catch {
    // English words still let the person act.
  }
}

let reloading = false;

async function offerUpdate(waiting) {
  if (document.querySelector(".ea-update")) return;
  await loadWords();
  const box = document.createElement("div");
  box.className = "ea-update";
  box.setAttribute("role", "status");
  const text = document.createElement("p");
  // TRANSLATORS: shown when a new version of the site has downloaded in the background.
  text.textContent = t("A newer version of this site is ready.");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "ea-update__button";
  // TRANSLATORS: button that reloads the page with the new version. Answers are kept.
  button.textContent = t("Use the new version");
  button.addEventListener("click", () => {
    reloading = true;
    waiting.postMessage({ type: "skip-waiting" });
  });
  box.append(text, button);
  document.body.prepend(box);
}

function watchForUpdates(registration) {
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });
}

// Tool pages hold a [data-python-status] element. Once Python has started
// (its files are then in the HTTP cache), ask the worker to keep every tool
// file, the PDF and Word makers too, so the tools work offline next time.
function whenPythonReady() {
  return new Promise((resolve) => {
    const check = () => root.dataset.python === "ready" && (observer.disconnect(), resolve());
    const observer = new MutationObserver(check);
    observer.observe(root, { attributes: true, attributeFilter: ["data-python"] });
    check();
  });
}

async function keepTools(registration) {
  await whenPythonReady();
  const worker = registration.active;
  if (!worker) return;
  navigator.serviceWorker.addEventListener("message", ({ data }) => {
    if (data?.type === "tools-cached" && data.ok) root.dataset.offline = "tools";
  });
  worker.postMessage({ type: "cache-tools" });
}

async function start() {
  if (!("serviceWorker" in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register(new URL("sw.js", scope), { scope: scope.href });
    watchForUpdates(registration);
    const ready = await navigator.serviceWorker.ready;
    root.dataset.offline = "pages";
    if (document.querySelector("[data-python-status]")) keepTools(ready);
  } catch (error) {
    // Without a service worker the site still works, online only.
    console.warn("Offline use is not available:", error?.message || error);
  }
}

start();
