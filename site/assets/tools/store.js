// Where the statement's answers live on this device, and nowhere else.
//
// - Always: this tab's sessionStorage, so a reload or the Back button keeps
//   them; they end when the tab closes.
// - Only when the person opts in ("Save on this device"): localStorage too,
//   until they press "Delete my answers" or "Start over".
// Nothing is ever sent anywhere: there is no server to send it to.

const KEY = "expunge-assist:statement";

/** A fresh state: no answers, no letter, not saved on the device. */
export function emptyState() {
  return { version: 1, answers: {}, letter: { text: "", builtFrom: "", edited: false }, saveOnDevice: false };
}

function read(storage) {
  try {
    const raw = storage.getItem(KEY);
    const state = raw ? JSON.parse(raw) : null;
    return state && state.version === 1 && typeof state.answers === "object" ? state : null;
  } catch {
    return null; // Storage may be blocked (private modes) or hold something broken.
  }
}

/** The saved state: this tab's first, then the device's if the person opted in. */
export function load() {
  return read(sessionStorage) || read(localStorage) || emptyState();
}

/** Keep the state in this tab, and on the device only if the person chose that. */
export function save(state) {
  const raw = JSON.stringify(state);
  try {
    sessionStorage.setItem(KEY, raw);
    if (state.saveOnDevice) localStorage.setItem(KEY, raw);
    else localStorage.removeItem(KEY);
  } catch {
    // Full or blocked storage: the answers stay in the page while it is open.
  }
}

/** Is anything saved on this device (beyond this tab)? */
export function savedOnDevice() {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** Remove the answers from this tab and from the device. */
export function clear() {
  try {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to remove.
  }
}
