// What both tools share: one question (or small group) per page, with the
// step in the address, "Check your answers", and the "save on this device"
// panel. Each tool keeps only its own steps (screener.js, statement.js).
//
// - The schema: assets/tools/schema.json, exported by build.py from the
//   Python package (py/expunge_assist/questions.py and answers.py): the
//   screener's questions and the statement's constants, so the first page
//   draws before Python is ready. Nothing in it is copied here.
// - `asked(questions, answers, settled)`: which questions apply, from their
//   "asked when" data; the same evaluator as questions.asked in Python
//   (tests/browser/test_screener_flow.py proves they agree).
// - The router: the step lives in the address (#/case/1/outcome, #/about),
//   so Back, Forward and reload work; "?return=check" comes back to
//   "Check your answers".

import { t } from "./python.js";
import { button, el } from "./form.js";

let schemaPromise;

/** The tools' schema (assets/tools/schema.json), fetched once. */
export function loadSchema() {
  schemaPromise ||= fetch(new URL("schema.json", import.meta.url)).then((reply) => {
    if (!reply.ok) throw new Error(`schema.json: HTTP ${reply.status}`);
    return reply.json();
  });
  return schemaPromise;
}

// --- "Asked when" ---------------------------------------------------------------

/** Whether a condition holds (see py/expunge_assist/questions.py for the grammar). */
export function holds(condition, answers, settled = []) {
  return Object.entries(condition).every(([name, value]) => {
    if (name === "all") return value.every((part) => holds(part, answers, settled));
    if (name === "any") return value.some((part) => holds(part, answers, settled));
    if (name === "not") return !holds(value, answers, settled);
    if (name === "not_settled") return !settled.includes(value);
    return value.includes(answers[name]);
  });
}

/** The questions asked for these answers, in order; `settled`: keys the code sections answered. */
export function asked(questions, answers, settled = []) {
  return questions.filter((question) => holds(question.when, answers, settled));
}

/** The question's label (a message id) for these answers. */
export function labelFor(question, answers) {
  return (question.labels || []).find((variant) => holds(variant.when, answers))?.label || question.label;
}

// --- The address ------------------------------------------------------------------

/** The step part of the address, after "#/", without "?return=..." ("" on the start page). */
export function hashPath() {
  return location.hash.replace(/^#\/?/, "").split("?")[0];
}

/** The step to come back to after this one ("check"), or null. */
export function returnTo() {
  return location.hash.match(/[?&]return=([a-z_-]+)/)?.[1] || null;
}

/** Show `hash` ("" for the start page): a new history entry, or in place with `replace`. */
export function go(hash, render, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, "", location.pathname + location.search + hash);
    render();
  } else if (location.hash === hash || (hash === "" && !location.hash)) {
    render();
  } else {
    location.hash = hash;
  }
}

/** Render on every change of address (Back, Forward, a link); see also `carryStep`. */
export function onRoute(render) {
  window.addEventListener("hashchange", () => {
    carryStep();
    render();
  });
  carryStep();
  addSkipLink();
}

/**
 * The header's language links keep the step: "#/case/1/level" goes along to
 * the other language's page, which reads the same answers (the store is one
 * per site), so switching language mid-flow lands on the same question.
 */
export function carryStep() {
  for (const link of document.querySelectorAll("a[hreflang].md-select__link, link[rel=alternate][hreflang]")) {
    const url = new URL(link.getAttribute("href"), location.href);
    url.hash = location.hash;
    link.setAttribute("href", url.href);
  }
}

// "The tool is ready." is said once; after the first move it goes quiet (a failure still shows).
let movedOnce = false;
function quietReadyStatus() {
  const status = document.querySelector("[data-python-status]");
  if (status && document.documentElement.dataset.python === "ready" && movedOnce) {
    status.textContent = "";
    status.style.minHeight = ""; // after the person's own move, so nothing jumps unasked
  }
  movedOnce = true;
}

/**
 * The skip link, first on the page: it lands in the current question (its
 * heading, then the first answer is one Tab away), not at the top of the page.
 * It never changes the address, which holds the step.
 */
export function addSkipLink() {
  if (document.querySelector(".ea-skip")) return;
  const link = el("a", { class: "ea-skip md-skip", href: "#ea-main", text: t("Skip to the question") });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const target = document.querySelector(".ea-app .ea-heading, .ea-app h1, main h1");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    revealBelowHeader(target);
  });
  document.body.prepend(link);
}

/** The bottom edge of the sticky header (0 when there is none). */
function headerBottom() {
  const header = document.querySelector(".md-header");
  if (!header || getComputedStyle(header).position === "static") return 0;
  return Math.max(0, header.getBoundingClientRect().bottom);
}

/**
 * Focus `target` and scroll so that it, and the progress line above it,
 * sit below the sticky header (a plain focus() scrolls it under the header).
 */
export function revealBelowHeader(target) {
  target.focus({ preventScroll: true });
  const form = target.closest("form, .ea-start, .ea-results") || target;
  const top = Math.min(form.getBoundingClientRect().top, target.getBoundingClientRect().top);
  const room = headerBottom() + 8;
  if (top < room || target.getBoundingClientRect().top > window.innerHeight * 0.5) {
    window.scrollBy({ top: top - room, behavior: "instant" });
  }
}

export function setTitle(heading, hasErrors) {
  document.title = `${hasErrors ? t("Error:") + " " : ""}${heading} - Expunge Assist`;
}

// --- Pages ------------------------------------------------------------------------

/** "Step 3 of 12", with an optional caption above it. */
export function progress(position, total, caption = null) {
  return el(
    "p",
    { class: "ea-progress" },
    caption ? [el("span", { class: "ea-caption", text: caption }), el("br")] : null,
    t("Step %(step)s of %(total)s", { step: position + 1, total }),
  );
}

/**
 * "Part 2 of 4: What happened": one progress line whose total never jumps,
 * because it counts parts (sections), and every path has the same parts; the
 * part's own steps are counted over the path the person is on, so far.
 * `parts`: [{id, name}], in order; `current`: the id of the part on screen.
 * data-part / data-parts carry the numbers for tests.
 */
export function partProgress(parts, current, caption = null) {
  const position = Math.max(0, parts.findIndex((part) => part.id === current));
  const part = parts[position];
  return el(
    "p",
    { class: "ea-progress", "data-part": String(position + 1), "data-parts": String(parts.length) },
    caption ? [el("span", { class: "ea-caption", text: caption }), el("br")] : null,
    t("Part %(part)s of %(parts)s: %(name)s", { part: String(position + 1), parts: String(parts.length), name: part.name }),
  );
}

/** The Back link under a step. */
export function backLink(href) {
  return el("p", {}, el("a", { href, class: "ea-back", text: t("Back") }));
}

/** After a render: focus the error summary, or the heading when the person moved. */
export function focusStep(form, { errors, moveFocus }) {
  const target = errors?.length ? form.querySelector(".ea-error-summary") : moveFocus ? form.querySelector(".ea-heading") : null;
  if (target) revealBelowHeader(target);
  if (moveFocus) quietReadyStatus();
}

/**
 * "Check your answers": rows of {label, value, href, key?, note?}; each has a
 * Change link whose hidden text names the row for screen readers.
 */
export function summaryList(rows) {
  return el(
    "dl",
    { class: "ea-summary" },
    rows.map((row) =>
      el(
        "div",
        { class: "ea-summary-row", "data-key": row.key || null, "data-source": row.note ? "settled" : null },
        el("dt", { text: row.label }),
        el("dd", { class: "ea-summary-value" }, row.value || t("Not given"), row.note ? el("span", { class: "ea-hint ea-summary-note", text: " " + row.note }) : null),
        el(
          "dd",
          {},
          row.href ? el("a", { href: row.href, text: t("Change") }, el("span", { class: "ea-visually-hidden", text: " " + row.label })) : null,
        ),
      ),
    ),
  );
}

/**
 * "Your answers": keep them on this device only if the person opts in; delete
 * them. `announce(text)` tells a screen reader what changed.
 */
export function savePanel({ state, save, announce, onDelete, extra = [] }) {
  const saved = el("input", { type: "checkbox", id: "ea-save-device", checked: state.saveOnDevice });
  saved.addEventListener("change", () => {
    state.saveOnDevice = saved.checked;
    save();
    announce(saved.checked ? t("Your answers are saved on this device.") : t("Your answers are no longer saved on this device."));
  });
  return el(
    "div",
    { class: "ea-your-answers" },
    el("h2", { text: t("Your answers") }),
    el("p", { text: t("Your answers stay in this browser tab until you close it.") }),
    el("div", { class: "ea-choice" }, saved, el("label", { for: "ea-save-device", text: t("Save my answers on this device, so I can come back later") })),
    el("p", { class: "ea-hint", text: t("Only choose this on your own device. Anyone who uses this browser could see them.") }),
    el("div", { class: "ea-actions" }, ...extra, button(t("Delete my answers"), onDelete, { secondary: true, id: "ea-delete" })),
  );
}

/**
 * A site page's address in the page's language ("guides/free-legal-help/"):
 * under the language's folder, which <html data-lang-prefix> names ("zh-Hant/",
 * "" for English; hooks/languages.py writes it from the registry).
 */
export function siteLink(path) {
  const prefix = document.documentElement.dataset.langPrefix || "";
  return new URL(`../../${prefix}${path}`, import.meta.url).href;
}
