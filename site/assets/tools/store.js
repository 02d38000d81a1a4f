// Where a tool's answers live on this device, and nowhere else.
//
// - Always: this tab's sessionStorage, so a reload or the Back button keeps
//   them; they end when the tab closes.
// - Only when the person opts in ("Save on this device"): localStorage too,
//   until they press "Delete my answers" or "Start over".
// Nothing is ever sent anywhere: there is no server to send it to.
//
// Each tool has its own store: createStore("statement", emptyState).

import { dropAllFileLinks } from "./exit.js";

/** A store for one tool; `empty()` returns that tool's fresh state (with `saveOnDevice`). */
export function createStore(name, empty) {
  const key = `expunge-assist:${name}`;

  function read(storage) {
    try {
      const raw = storage.getItem(key);
      const state = raw ? JSON.parse(raw) : null;
      return state && state.version === 1 && typeof state === "object" ? state : null;
    } catch {
      return null; // Storage may be blocked (private modes) or hold something broken.
    }
  }

  return {
    emptyState: empty,

    /** The saved state: this tab's first, then the device's if the person opted in. */
    load() {
      return read(sessionStorage) || read(localStorage) || empty();
    },

    /** Keep the state in this tab, and on the device only if the person chose that. */
    save(state) {
      const raw = JSON.stringify(state);
      try {
        sessionStorage.setItem(key, raw);
        if (state.saveOnDevice) localStorage.setItem(key, raw);
        else localStorage.removeItem(key);
      } catch {
        // Full or blocked storage: the answers stay in the page while it is open.
      }
    },

    /** Remove the answers from this tab and from the device, and every file link made from them. */
    clear() {
      dropAllFileLinks();
      try {
        sessionStorage.removeItem(key);
        localStorage.removeItem(key);
      } catch {
        // Nothing to remove.
      }
    },
  };
}
