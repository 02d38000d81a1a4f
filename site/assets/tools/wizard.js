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

/** Render on every change of address (Back, Forward, a link). */
export function onRoute(render) {
  window.addEventListener("hashchange", () => render());
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

/** The Back link under a step. */
export function backLink(href) {
  return el("p", {}, el("a", { href, class: "ea-back", text: t("Back") }));
}

/** After a render: focus the error summary, or the heading when the person moved. */
export function focusStep(form, { errors, moveFocus }) {
  if (errors?.length) form.querySelector(".ea-error-summary")?.focus();
  else if (moveFocus) form.querySelector(".ea-heading")?.focus();
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
