// Building blocks for one-question-per-page forms, GOV.UK style: labelled
// fields with hints, an error summary that takes focus, the same message by
// each field, and a character count under long answers. Text is always set
// with textContent: nothing a person types ever becomes markup.

import { t } from "./python.js";

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** "work.text" -> "field-work-text": the id of a field's input. */
export function fieldId(path) {
  return "field-" + path.replace(/[^a-z0-9]+/gi, "-");
}

export function getPath(object, path) {
  return path.split(".").reduce((value, key) => (value == null ? undefined : value[key]), object);
}

export function setPath(object, path, value) {
  const keys = path.split(".");
  let target = object;
  for (const key of keys.slice(0, -1)) {
    if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
    target = target[key];
  }
  const last = keys.at(-1);
  if (value === "" || value === undefined || value === null) delete target[last];
  else target[last] = value;
}

function hintAndError(path, hint, error) {
  const ids = [];
  const parts = [];
  if (hint) {
    ids.push(`${fieldId(path)}-hint`);
    parts.push(el("p", { class: "ea-hint", id: `${fieldId(path)}-hint`, text: hint }));
  }
  if (error) {
    ids.push(`${fieldId(path)}-error`);
    parts.push(
      el("p", { class: "ea-field-error", id: `${fieldId(path)}-error` }, el("span", { class: "ea-visually-hidden", text: t("Error:") + " " }), error),
    );
  }
  return { parts, describedBy: ids.join(" ") || null };
}

function optionalLabel(label, optional) {
  // Not a template literal: Babel's extractor does not look inside those.
  return optional ? label + " " + t("(optional)") : label;
}

/** The wrapper every labelled field shares: label, hint and error, then the controls. */
function labelledField({ path, label, optional, error }, parts, ...controls) {
  return el(
    "div",
    { class: "ea-field" + (error ? " ea-field--error" : "") },
    el("label", { for: fieldId(path), text: optionalLabel(label, optional) }),
    parts,
    ...controls,
  );
}

/** A one-line text or number input. */
export function textField({ path, label, hint, value, error, optional, inputmode, autocomplete, width, list }) {
  const { parts, describedBy } = hintAndError(path, hint, error);
  return labelledField(
    { path, label, optional, error },
    parts,
    el("input", {
      id: fieldId(path),
      name: path,
      type: "text",
      value: value ?? "",
      inputmode,
      list,
      autocomplete: autocomplete || "off",
      spellcheck: inputmode ? "false" : null,
      class: width ? `ea-input ea-input--${width}` : "ea-input",
      "aria-describedby": describedBy,
      "aria-invalid": error ? "true" : null,
    }),
  );
}

/** A text area with a character count that guides and a hard limit that is shown, never enforced by cutting. */
export function textArea({ path, label, hint, value, error, optional, limit, advice }) {
  const countId = `${fieldId(path)}-count`;
  const { parts, describedBy } = hintAndError(path, hint, error);
  const area = el("textarea", {
    id: fieldId(path),
    name: path,
    rows: 6,
    class: "ea-textarea",
    spellcheck: "true",
    "aria-describedby": [describedBy, countId].filter(Boolean).join(" "),
    "aria-invalid": error ? "true" : null,
  });
  area.value = value ?? "";
  const count = el("p", { id: countId, class: "ea-count", "aria-live": "polite" });
  let timer;
  const update = () => {
    // Characters as Python counts them (answers.py): code points, after outer
    // spaces, so the counter and the error summary give the same figure.
    const length = [...area.value.trim()].length;
    count.classList.toggle("ea-count--over", length > limit);
    if (length > limit) {
      count.textContent = t("You have %(count)s characters too many. The limit is %(limit)s.", {
        count: (length - limit).toLocaleString(),
        limit: limit.toLocaleString(),
      });
    } else if (length > advice) {
      count.textContent = t("%(count)s characters. A shorter answer is easier for a judge to read.", { count: length.toLocaleString() });
    } else {
      count.textContent = t("%(count)s of about %(advice)s characters.", { count: length.toLocaleString(), advice: advice.toLocaleString() });
    }
  };
  // Counting waits for a pause in typing, so a long paste never stalls the page.
  area.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  update();
  return labelledField({ path, label, optional, error }, parts, area, count);
}

/** Radio buttons or checkboxes in a fieldset whose legend is the question. */
export function choices({ path, legend, hint, options, value, error, optional, multiple, asHeading }) {
  const { parts, describedBy } = hintAndError(path, hint, error);
  const selected = multiple ? new Set(value || []) : value;
  const legendNode = el("legend", { class: asHeading ? "ea-legend-heading" : "ea-legend" });
  if (asHeading) legendNode.append(el("h1", { class: "ea-heading", tabindex: "-1", text: legend }));
  else legendNode.textContent = optionalLabel(legend, optional);
  return el(
    "fieldset",
    { class: "ea-field ea-choices" + (error ? " ea-field--error" : ""), "aria-describedby": describedBy },
    legendNode,
    parts,
    options.map((option, index) =>
      el(
        "div",
        { class: "ea-choice" },
        el("input", {
          type: multiple ? "checkbox" : "radio",
          id: index === 0 ? fieldId(path) : `${fieldId(path)}-${index}`,
          name: path,
          value: String(option.value),
          checked: multiple ? selected.has(option.value) : selected === option.value,
          "aria-describedby": option.hint ? `${fieldId(path)}-${index}-hint` : null,
        }),
        el("label", { for: index === 0 ? fieldId(path) : `${fieldId(path)}-${index}`, text: option.label }),
        option.hint ? el("p", { class: "ea-hint ea-choice-hint", id: `${fieldId(path)}-${index}-hint`, text: option.hint }) : null,
      ),
    ),
  );
}

/** A select list. */
export function selectField({ path, label, hint, options, value, error, optional }) {
  const { parts, describedBy } = hintAndError(path, hint, error);
  return labelledField(
    { path, label, optional, error },
    parts,
    el(
      "select",
      { id: fieldId(path), name: path, class: "ea-select", "aria-describedby": describedBy },
      options.map((option) => el("option", { value: option.value, selected: option.value === (value ?? ""), text: option.label })),
    ),
  );
}

/** "There is a problem", with a link to each field; it takes focus. */
export function errorSummary(problems) {
  const summary = el(
    "div",
    { class: "ea-error-summary", role: "alert", tabindex: "-1", "aria-labelledby": "ea-error-summary-title" },
    el("h2", { id: "ea-error-summary-title", text: t("There is a problem") }),
    el(
      "ul",
      {},
      problems.map(([path, message]) =>
        el(
          "li",
          {},
          el("a", {
            href: `#${fieldId(path)}`,
            text: message,
            onclick: (event) => {
              event.preventDefault();
              document.getElementById(fieldId(path))?.focus();
            },
          }),
        ),
      ),
    ),
  );
  return summary;
}

/** A button; `secondary` for the less important action; `id` names it for tests and labels. */
export function button(text, onclick, { secondary = false, type = "button", id = null } = {}) {
  return el("button", { type, id, class: secondary ? "ea-button ea-button--secondary" : "ea-button", onclick, text });
}
