// Safe to use where someone may be watching. On every page (templates/theme/main.html):
//
// - Quick exit: the button in partials/exit.html, or Shift pressed 3 times.
//   It asks nothing: it empties the page, forgets this tab's answers
//   (sessionStorage), revokes every file link the tools made, and replaces
//   this page in the history with a neutral one, so Back does not come here.
//   Answers the person chose to save on this device stay, unless they chose
//   "Quick exit also deletes my saved answers" (the privacy page).
// - Whenever the page is hidden (pagehide), the tools' answers leave the
//   page, so the back/forward cache keeps nothing to show; a page restored
//   from it reloads and reads the answers from storage again (or finds none).
// - Clinic mode, turned on once on the privacy page by a volunteer who helps
//   several people in a row on one device: every page says it is on, and
//   "Next person" deletes, after one confirmation, everything anyone typed or
//   made here: both storages, IndexedDB, Cache Storage and file links.
// - The one registry of file links (object URLs): tools make them with
//   fileLink(), so clearing can revoke them all.
//
// This module loads words only (words.js), never Python.

import { t, wordsReady } from "./words.js";

const root = document.documentElement;
const PREFIX = "expunge-assist:";
const SETTING = `${PREFIX}setting:`;
export const CLINIC = `${SETTING}clinic`;
export const EXIT_DELETES_SAVED = `${SETTING}exit-deletes-saved`;
// Set in this tab's sessionStorage by a quick exit: Back to a tool then shows its first page.
const EXITED = `${PREFIX}exited`;
// A link target only. Tests point it at a fixture with <html data-exit-to>.
const NEUTRAL = "https://www.google.com/search?q=weather";
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 2000;

// --- File links -------------------------------------------------------------

const links = new Set();

/** An object URL for `blob`, kept in the registry so clearing can revoke it. */
export function fileLink(blob) {
  const url = URL.createObjectURL(blob);
  links.add(url);
  return url;
}

/** Revoke one file link made by fileLink(). */
export function dropFileLink(url) {
  URL.revokeObjectURL(url);
  links.delete(url);
}

/** Revoke every file link made by fileLink() ("Delete my answers" and "Start over" do, through store.js). */
export function dropAllFileLinks() {
  for (const url of links) URL.revokeObjectURL(url);
  links.clear();
}

// --- Settings and storage -----------------------------------------------------

/** Whether a setting ("on" in localStorage) is on. */
export function setting(key) {
  try {
    return localStorage.getItem(key) === "on";
  } catch {
    return false;
  }
}

export function setSetting(key, on) {
  try {
    if (on) localStorage.setItem(key, "on");
    else localStorage.removeItem(key);
  } catch {
    // Blocked storage: the setting lasts while the page is open.
  }
}

function forgetThisTab() {
  try {
    sessionStorage.clear();
  } catch {
    // Nothing to forget.
  }
}

/** Remove every saved answer from this device; the two settings stay. */
function forgetSaved() {
  try {
    for (const key of Object.keys(localStorage)) if (!key.startsWith(SETTING)) localStorage.removeItem(key);
  } catch {
    // Nothing saved.
  }
}

/** IndexedDB and Cache Storage: the tools use neither today, but nothing may be left there. */
async function forgetDatabasesAndCaches() {
  const work = [];
  try {
    for (const { name } of (await indexedDB.databases?.()) || []) {
      work.push(
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = resolve;
        }),
      );
    }
  } catch {
    // No IndexedDB in this browser.
  }
  try {
    if (self.caches) for (const name of await caches.keys()) work.push(caches.delete(name));
  } catch {
    // No Cache Storage in this browser.
  }
  await Promise.all(work);
}

/** Take the tools' answers out of the page (what a cached copy of it would show). */
function emptyTools() {
  for (const app of document.querySelectorAll(".ea-app, .ea-worksheet")) app.replaceChildren();
}

// --- Quick exit ---------------------------------------------------------------

/** Leave now: nothing asked, nothing kept in the page or this tab. */
export function quickExit() {
  root.dataset.exiting = "true";
  const deleteSaved = setting(EXIT_DELETES_SAVED);
  dropAllFileLinks();
  forgetThisTab();
  if (deleteSaved) forgetSaved();
  try {
    sessionStorage.setItem(EXITED, "1");
  } catch {
    // Without the mark, Back shows what storage holds: nothing, unless saved.
  }
  document.title = "";
  document.body.replaceChildren();
  if (deleteSaved) forgetDatabasesAndCaches(); // Not awaited: leaving comes first.
  location.replace(root.dataset.exitTo || NEUTRAL);
}

let shiftPresses = [];
document.addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Shift") {
      shiftPresses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    shiftPresses = [...shiftPresses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (shiftPresses.length >= SHIFT_PRESSES) quickExit();
  },
  true,
);

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("[data-quick-exit]");
  if (!button) return;
  event.preventDefault();
  quickExit();
});

// Back to a tool after a quick exit: its first page, not the step that was open.
function exitedEarlier() {
  try {
    return sessionStorage.getItem(EXITED) === "1";
  } catch {
    return false;
  }
}

if (exitedEarlier() && location.hash) history.replaceState(null, "", location.pathname + location.search);
// Registered before any tool's listener (this script comes first), so it can stop theirs.
window.addEventListener("hashchange", (event) => {
  if (!exitedEarlier()) return;
  event.stopImmediatePropagation();
  history.replaceState(null, "", location.pathname + location.search);
  location.reload();
});
// The person uses the tool again: its steps work as usual.
document.addEventListener("click", (event) => {
  if (event.target.closest?.(".ea-app") && exitedEarlier()) sessionStorage.removeItem(EXITED);
}, true);

window.addEventListener("pagehide", () => {
  if (document.querySelector(".ea-app")) emptyTools();
});
window.addEventListener("pageshow", (event) => {
  // Restored from the back/forward cache with its tools emptied: build them again from storage.
  if (event.persisted && document.querySelector(".ea-app")) location.reload();
});

// --- Clinic mode ----------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Delete everything of the person before, in this page: every answer, saved copy and file link. */
export async function clearEverything() {
  dropAllFileLinks();
  forgetThisTab();
  forgetSaved();
  emptyTools();
  await forgetDatabasesAndCaches();
}

/** "Next person": clear everything, then a fresh copy of this page in place of this one in the history. */
export async function nextPerson() {
  root.dataset.clearing = "true";
  await clearEverything();
  location.replace(location.pathname + location.search);
}

function confirmNextPerson() {
  const dialog = el(
    "dialog",
    { class: "ea-dialog", "aria-labelledby": "ea-next-title", "aria-describedby": "ea-next-text" },
    el("h2", { id: "ea-next-title", text: t("Clear everything for the next person?") }),
    el("p", {
      id: "ea-next-text",
      text: t(
        "This deletes every answer on this device, in every tool, and every file link made here. Files already downloaded stay in the Downloads folder: delete them there.",
      ),
    }),
    el(
      "div",
      { class: "ea-actions" },
      el("button", { type: "button", class: "ea-button ea-button--warning", id: "ea-next-confirm", onclick: () => nextPerson(), text: t("Yes, clear everything") }),
      el("button", { type: "button", class: "ea-button ea-button--secondary", id: "ea-next-cancel", onclick: () => dialog.close(), text: t("Cancel") }),
    ),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector("#ea-next-cancel").focus();
}

function clinicBanner() {
  return el(
    "div",
    { class: "ea-clinic", role: "region", "aria-label": t("Clinic mode") },
    el("p", { text: t("Clinic mode is on. Before someone new uses this device, press Next person.") }),
    el("button", { type: "button", class: "ea-button ea-button--secondary", id: "ea-next-person", onclick: confirmNextPerson, text: t("Next person") }),
  );
}

function showClinicMode() {
  document.querySelector(".ea-clinic")?.remove();
  root.dataset.clinic = setting(CLINIC) ? "on" : "off";
  if (!setting(CLINIC)) return;
  const main = document.querySelector(".md-content__inner") || document.querySelector("main") || document.body;
  main.prepend(clinicBanner());
}

// --- Settings, on the privacy page ----------------------------------------------

function settingBox(key, id, label, hint, changed) {
  const box = el("input", { type: "checkbox", id, "aria-describedby": `${id}-hint` });
  box.checked = setting(key);
  box.addEventListener("change", () => {
    setSetting(key, box.checked);
    changed();
  });
  return el(
    "div",
    { class: "ea-choice" },
    box,
    el("label", { for: id, text: label }),
    el("p", { class: "ea-hint ea-choice-hint", id: `${id}-hint`, text: hint }),
  );
}

function showSettings(holder) {
  const status = el("p", { class: "ea-status", role: "status" });
  const say = (text) => () => (status.textContent = text);
  holder.replaceChildren(
    el("h3", { text: t("Settings for this device") }),
    settingBox(
      CLINIC,
      "ea-setting-clinic",
      t("Clinic mode: I help several people in a row on this device"),
      t("Every page then has a Next person button that deletes everything the last person typed or made here."),
      () => {
        showClinicMode();
        say(setting(CLINIC) ? t("Clinic mode is on.") : t("Clinic mode is off."))();
      },
    ),
    settingBox(
      EXIT_DELETES_SAVED,
      "ea-setting-exit-deletes",
      t("Quick exit also deletes my saved answers"),
      t("Without this, a quick exit keeps answers you chose to save on this device."),
      () => say(setting(EXIT_DELETES_SAVED) ? t("Quick exit will also delete your saved answers.") : t("Quick exit will keep your saved answers."))(),
    ),
    status,
  );
}

wordsReady.then(() => {
  showClinicMode();
  const holder = document.querySelector("[data-safety-settings]");
  if (holder) showSettings(holder);
  root.dataset.safety = "ready";
});
