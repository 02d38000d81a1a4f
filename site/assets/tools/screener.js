// The eligibility screener: one question per page about one case, then
// "Check your answers", then which relief may fit, why, and what to do next.
//
// The questions are not written here: they come from assets/tools/schema.json,
// which build.py exports from py/expunge_assist/questions.py (keys, kinds,
// choices, the words' message ids, and "asked when" as data). wizard.js
// decides which apply, so nothing that does not apply is ever asked, and an
// answer that stops applying is dropped (a missing key means "not asked").
// The address holds the case and the step (#/case/1/<key>), so Back, Forward
// and reload work; the answers live in store.js (this tab, or this device if
// the person opts in). Python checks each answer once it is ready (the
// check_case call), reads the offense code sections, and applies the rules
// (py/expunge_assist/screener.py), in the page's language. Nothing leaves
// the device.

import { call, ready, t, wordsReady } from "./python.js";
import { button, choices, el, errorSummary, fieldId, textField } from "./form.js";
import { fileLink } from "./exit.js";
import { createStore } from "./store.js";
import * as wizard from "./wizard.js";
import { offerWorksheet } from "./worksheet.js";

const app = document.querySelector("[data-screener]");
const lang = document.documentElement.lang || "en";
const store = createStore("screener", () => ({ version: 1, cases: [], saveOnDevice: false }));
let state = store.load();

const NAME_LIMIT = 60;
// Filled from schema.json before the first page is drawn.
let SCHEMA;
let QUESTIONS = [];
let UNKNOWN;

const render = () => draw();
const go = (hash, options) => wizard.go(hash, render, options);

// --- Cases, steps and answers ---------------------------------------------------

/** The questions asked for one case, in order. */
function applicable(item) {
  return wizard.asked(QUESTIONS, item.answers, item.settled || []);
}

function offensesQuestion() {
  return QUESTIONS.find((question) => question.kind === "offenses");
}

/**
 * Drop the answers to questions that are no longer asked: a missing key means
 * "not asked". Answers the code sections settled stay while those sections are asked.
 */
function prune(item) {
  const offenses = offensesQuestion();
  if (item.settled?.length && !applicable(item).includes(offenses)) {
    for (const key of item.settled) delete item.answers[key];
    item.settled = [];
  }
  const keep = new Set([...applicable(item).map((question) => question.key), ...(item.settled || [])]);
  item.answers = Object.fromEntries(Object.entries(item.answers).filter(([key]) => keep.has(key)));
  return item.answers;
}

/** Every step of one case: its name, the questions that apply, then "Check your answers". */
function steps(item) {
  return [
    { id: "name", heading: t("Give this case a name"), part: "case" },
    ...applicable(item).map((question) => ({ id: question.key, heading: t(wizard.labelFor(question, item.answers)), question, part: question.part })),
    { id: "check", heading: t("Check your answers"), part: "check" },
  ];
}

/** The parts of a case, for the progress line: the schema's, then "Check your answers". */
function parts() {
  return [...SCHEMA.screener.parts.map((part) => ({ id: part.id, name: t(part.name) })), { id: "check", name: t("Check your answers") }];
}

function caseTitle(index) {
  const item = state.cases[index];
  const number = String(index + 1);
  return item?.label ? t("Case %(number)s: %(name)s", { number, name: item.label }) : t("Case %(number)s", { number });
}

function newCase() {
  // Answers about the person, not the case, carry over (WCAG 3.3.7, redundant entry).
  const previous = state.cases.at(-1)?.answers || {};
  const answers = {};
  for (const question of QUESTIONS) if (question.person && previous[question.key]) answers[question.key] = previous[question.key];
  return { label: "", answers, settled: [], done: false };
}

function firstUnanswered(index) {
  const item = state.cases[index];
  return applicable(item).find((question) => item.answers[question.key] === undefined)?.key || null;
}

function save() {
  store.save(state);
}

// --- Moving between steps -----------------------------------------------------

function route() {
  const path = wizard.hashPath();
  if (/^results\b/.test(path)) return { page: "results" };
  const match = path.match(/^case\/(\d+)\/([a-z_]+)/);
  if (match) return { page: "step", index: Number(match[1]) - 1, step: match[2] };
  return { page: "start" };
}

function stepHash(index, step, back = false) {
  return `#/case/${index + 1}/${step}${back ? "?return=check" : ""}`;
}

wizard.onRoute(render);

// --- Rendering ------------------------------------------------------------------

let firstRender = true;
let renderCount = 0;

function draw(errors = null, draft = null) {
  const moveFocus = !firstRender;
  firstRender = false;
  renderCount += 1;
  const where = route();
  if (where.page === "results") return renderResults(moveFocus);
  if (where.page === "start") return renderStart();
  const { index, step: id } = where;
  const item = state.cases[index];
  if (!item) return go("", { replace: true });
  const all = steps(item);
  const position = all.findIndex((step) => step.id === id);
  // A step that no longer applies (or never existed): the next one that is due.
  if (position === -1) return go(stepHash(index, firstUnanswered(index) || "check"), { replace: true });
  const step = all[position];
  // Where the person is, so "Continue where you left off" (here or in another language) comes back here.
  if (state.at?.index !== index || state.at?.step !== step.id) {
    state.at = { index, step: step.id };
    save();
  }
  const errorMap = Object.fromEntries(errors || []);
  const form = el("form", { class: "ea-form", novalidate: true, "data-step": step.id, "data-case": String(index + 1) });
  form.append(wizard.partProgress(parts(), step.part, caseTitle(index)));
  if (errors?.length) form.append(errorSummary(errors));
  if (step.question) form.append(questionBody(step, item, errorMap, draft));
  else if (step.id === "name") form.append(...nameBody(item, errorMap, draft));
  else form.append(el("h1", { class: "ea-heading", tabindex: "-1", text: step.heading }), checkAnswers(index));
  form.append(el("div", { class: "ea-actions" }, button(step.id === "check" ? t("See my results") : t("Continue"), null, { type: "submit" })));
  const backHash = position === 0 ? (index > 0 || state.cases.some((c) => c.done) ? "#/results" : "#") : stepHash(index, all[position - 1].id);
  form.append(wizard.backLink(backHash));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(step, form, index);
  });
  // A choice is kept as soon as it is made, so a reload never loses it.
  form.addEventListener("change", (event) => {
    if (step.question?.kind === "choice" && event.target.name === step.id) {
      item.answers[step.id] = event.target.value; // pruned on Continue, so a slip loses nothing
      save();
    }
  });
  app.replaceChildren(form);
  wizard.setTitle(step.heading, errors?.length);
  wizard.focusStep(form, { errors, moveFocus });
}

function nameBody(item, errors, draft) {
  return [
    el("h1", { class: "ea-heading", tabindex: "-1", text: t("Give this case a name") }),
    textField({
      path: "label",
      label: t("A short name for this case"),
      hint: t("Only you will see it. It helps you tell your cases apart, for example: 2016 case in Fresno."),
      optional: true,
      value: draft ? draft.label : item.label,
      error: errors.label,
    }),
  ];
}

function unknownBox(path, checked) {
  return el(
    "div",
    { class: "ea-choice" },
    el("input", { type: "checkbox", id: fieldId(path), name: path, value: UNKNOWN, checked }),
    el("label", { for: fieldId(path), text: t("I don't know") }),
  );
}

function optionsOf(question) {
  const options = question.choices.map((choice) => ({ value: choice.value, label: t(choice.label), hint: choice.hint ? t(choice.hint) : null }));
  return question.unknown ? [...options, { value: UNKNOWN, label: t("I don't know") }] : options;
}

function questionBody(step, item, errors, draft) {
  const { question } = step;
  const key = question.key;
  const value = item.answers[key];
  const hint = question.hint ? t(question.hint) : null;
  if (question.kind === "choice") {
    return choices({ path: key, legend: step.heading, hint, asHeading: true, value, error: errors[key], options: optionsOf(question) });
  }
  const hintId = `${fieldId(key)}-hint`;
  const dateHintId = `${fieldId(key)}-date-hint`;
  const describedBy = [hint ? hintId : null, question.kind === "date" ? dateHintId : null].filter(Boolean).join(" ") || null;
  let fields;
  if (question.kind === "date") fields = dateFields(key, draft || dateParts(value), errors);
  else if (question.kind === "offenses") fields = offenseFields(key, draft || offenseParts(value), errors);
  else {
    fields = [
      textField({
        path: key,
        label: t("Number of years"),
        value: draft ? draft.value : value === UNKNOWN ? "" : value,
        error: errors[key],
        inputmode: "numeric",
        width: "short",
      }),
      unknownBox(`${key}.unknown`, draft ? draft.unknown : value === UNKNOWN),
    ];
  }
  return el(
    "fieldset",
    { class: "ea-field ea-choices", "aria-describedby": describedBy },
    el("legend", { class: "ea-legend-heading" }, el("h1", { class: "ea-heading", tabindex: "-1", text: step.heading })),
    hint ? el("p", { class: "ea-hint", id: hintId, text: hint }) : null,
    fields,
  );
}

// --- The offenses: code sections with a type-ahead --------------------------------

let offenseList; // the type-ahead's options, from offenses.json (built from the offense table)

async function offenseOptions() {
  offenseList ||= fetch(new URL("offenses.json", import.meta.url))
    .then((reply) => (reply.ok ? reply.json() : []))
    .catch(() => []);
  return offenseList;
}

function offenseName(entry) {
  const code = lang.split(/[-_]/)[0].toLowerCase();
  return entry.names?.[lang] || entry.names?.[code] || entry.names?.en || entry.name || "";
}

function offenseParts(value) {
  if (value === UNKNOWN) return { codes: [""], unknown: true };
  return { codes: Array.isArray(value) && value.length ? [...value] : [""], unknown: false };
}

function offenseFields(key, parts, errors) {
  const listId = "ea-offense-list";
  const list = el("datalist", { id: listId });
  offenseOptions().then((entries) => {
    list.replaceChildren(...entries.map((entry) => el("option", { value: entry.label || entry.code, label: offenseName(entry) })));
  });
  const boxes = parts.codes.map((code, number) =>
    textField({
      path: `${key}.${number}`,
      label: t("Code section %(number)s", { number: number + 1 }),
      value: code,
      error: errors[`${key}.${number}`],
      width: "medium",
      list: listId,
    }),
  );
  const add = button(t("Add another code section"), () => {
    const form = app.querySelector("form.ea-form");
    const current = readOffenses(key, form);
    draw(null, { ...current, codes: [...current.codes, ""] });
    app.querySelector(`#${fieldId(`${key}.${current.codes.length}`)}`)?.focus();
  }, { secondary: true, id: "ea-add-offense" });
  return [list, ...boxes, el("div", { class: "ea-actions" }, add), unknownBox(`${key}.unknown`, parts.unknown)];
}

function readOffenses(key, form) {
  const codes = [...form.querySelectorAll(`input[name^="${key}."][type=text]`)].map((input) => input.value.trim());
  return { codes: codes.length ? codes : [""], unknown: Boolean(form.querySelector(`#${fieldId(`${key}.unknown`)}`)?.checked) };
}

// --- Dates: the year, then the month and day if the person knows them -----------

function dateParts(value) {
  if (!value) return { year: "", month: "", day: "", unknown: false };
  if (value === UNKNOWN) return { year: "", month: "", day: "", unknown: true };
  const [year = "", month = "", day = ""] = value.split("-");
  return { year, month: month ? String(Number(month)) : "", day: day ? String(Number(day)) : "", unknown: false };
}

function dateFields(key, parts, errors) {
  return [
    el("p", { class: "ea-hint", id: `${fieldId(key)}-date-hint`, text: t("If you do not know the exact date, the year is enough.") }),
    el(
      "div",
      { class: "ea-date" },
      textField({ path: `${key}.year`, label: t("Year"), hint: t("For example, 2015."), value: parts.year, error: errors[`${key}.year`], inputmode: "numeric", width: "short" }),
      textField({ path: `${key}.month`, label: t("Month"), hint: t("A number from 1 to 12."), optional: true, value: parts.month, error: errors[`${key}.month`], inputmode: "numeric", width: "short" }),
      textField({ path: `${key}.day`, label: t("Day"), optional: true, value: parts.day, error: errors[`${key}.day`], inputmode: "numeric", width: "short" }),
    ),
    unknownBox(`${key}.unknown`, parts.unknown),
  ];
}

/** The date as the case format wants it ("2015", "2015-03", "2015-03-14"), or the problems to fix, by field. */
function checkDate(key, parts) {
  if (parts.unknown) return { value: UNKNOWN, problems: [] };
  const problems = [];
  const first = SCHEMA.earliest_year;
  const thisYear = new Date().getFullYear();
  const { year, month, day } = parts;
  if (year === "") problems.push([`${key}.year`, t("Enter the year, like 2015. If you do not know it, choose I don't know.")]);
  else if (!/^\d{4}$/.test(year)) problems.push([`${key}.year`, t("Enter the year as 4 digits, like 2015.")]);
  else if (Number(year) < first || Number(year) > thisYear)
    problems.push([`${key}.year`, t("Enter a year from %(first)s to %(last)s.", { first: String(first), last: String(thisYear) })]);
  const monthOk = month === "" || (/^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12);
  if (!monthOk) problems.push([`${key}.month`, t("Enter the month as a number from 1 to 12, or leave it empty.")]);
  if (day !== "") {
    if (month === "") problems.push([`${key}.day`, t("Enter the month too, or leave the day empty.")]);
    else if (monthOk && !problems.length) {
      const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
      if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > last)
        problems.push([`${key}.day`, t("Enter a day that exists in that month, or leave the day empty.")]);
    }
  }
  if (problems.length) return { value: null, problems };
  const two = (text) => text.padStart(2, "0");
  return { value: [year, month && two(month), day && two(day)].filter(Boolean).join("-"), problems: [] };
}

// --- Reading a step and going on ------------------------------------------------

function readStep(step, form) {
  const text = (path) => (form.querySelector(`#${fieldId(path)}`)?.value || "").trim();
  const ticked = (path) => Boolean(form.querySelector(`#${fieldId(path)}`)?.checked);
  if (step.id === "name") {
    const label = text("label");
    const problems = label.length > NAME_LIMIT ? [["label", t("Enter a name of 60 characters or fewer, or leave it empty.")]] : [];
    return { draft: { label }, problems, value: label };
  }
  const { key, kind } = step.question;
  if (kind === "choice") {
    const picked = form.querySelector(`input[name="${key}"]:checked`)?.value;
    const problems = picked ? [] : [[key, t("Choose one answer. If you are not sure, choose I don't know.")]];
    return { draft: null, problems, value: picked };
  }
  if (kind === "date") {
    const draft = { year: text(`${key}.year`), month: text(`${key}.month`), day: text(`${key}.day`), unknown: ticked(`${key}.unknown`) };
    const { value, problems } = checkDate(key, draft);
    return { draft, problems, value };
  }
  if (kind === "offenses") {
    const draft = readOffenses(key, form);
    const codes = draft.codes.filter(Boolean);
    if (draft.unknown) return { draft, problems: [], value: UNKNOWN };
    const problems = codes.length ? [] : [[`${key}.0`, t("Enter a code section, like PC 484. If you do not know it, choose I don't know.")]];
    return { draft, problems, value: codes };
  }
  const draft = { value: text(key), unknown: ticked(`${key}.unknown`) };
  const whole = /^\d{1,3}$/.test(draft.value) && Number(draft.value) <= 130;
  const problems = draft.unknown || whole ? [] : [[key, t("Enter the number of years as a whole number, like 6. If you do not know, choose I don't know.")]];
  return { draft, problems, value: draft.unknown ? UNKNOWN : Number(draft.value) };
}

/**
 * Python's word on one answer (the check_case call), once Python is ready:
 * the problems for this question, by field, in the person's language; and for
 * the code sections, what they settle. Before Python is ready only the page's
 * own checks apply, except for code sections, which wait for Python.
 */
async function pythonCheck(item, key, value, kind) {
  if (kind !== "offenses" && document.documentElement.dataset.python !== "ready") return { problems: [], settled: null };
  await ready;
  const answers = { ...item.answers, [key]: value };
  for (const settledKey of item.settled || []) delete answers[settledKey];
  const reply = await call("check_case", { case_data: answers, lang });
  const mine = reply.problems.filter(([field]) => field === key);
  // A date's problem (in the future, out of order with another answer) sits on its year box.
  if (kind === "date") return { problems: mine.map(([, message]) => [`${key}.year`, message]), settled: null };
  if (kind !== "offenses") return { problems: mine, settled: null };
  // Point each problem at the box that holds the code it names.
  const problems = mine.map(([, message]) => {
    const number = value.findIndex((code) => code && message.includes(code));
    return [`${key}.${Math.max(number, 0)}`, message];
  });
  return { problems, settled: reply.settled, offenses: reply.offenses };
}

let submitting = false;

async function submit(step, form, index) {
  const item = state.cases[index];
  if (step.id === "check") {
    item.done = true;
    save();
    return go("#/results");
  }
  if (submitting) return;
  const { draft, problems, value } = readStep(step, form);
  if (problems.length) return draw(problems, draft);
  if (step.id === "name") {
    item.label = value;
  } else {
    const { key, kind } = step.question;
    submitting = true;
    form.setAttribute("aria-busy", "true");
    let checked;
    try {
      checked = await pythonCheck(item, key, value, kind);
    } catch (error) {
      console.error(`The screener could not check ${key}: ${error.message}`);
      checked = { problems: kind === "offenses" ? [[`${key}.0`, t("Sorry, the code sections could not be checked. Try again, or choose I don't know.")]] : [], settled: null };
    } finally {
      submitting = false;
      form.removeAttribute("aria-busy");
    }
    if (checked.problems.length) return draw(checked.problems, draft);
    if (kind === "offenses") {
      for (const settledKey of item.settled || []) delete item.answers[settledKey];
      item.answers[key] = checked.offenses ?? value;
      Object.assign(item.answers, checked.settled || {});
      item.settled = Object.keys(checked.settled || {});
    } else {
      item.answers[key] = value;
    }
  }
  prune(item);
  save();
  // Back from "Check your answers": a changed answer can open new questions; ask those first.
  const due = firstUnanswered(index);
  if (wizard.returnTo()) return go(due ? stepHash(index, due, true) : stepHash(index, "check"));
  const all = steps(item);
  const next = all[all.findIndex((each) => each.id === step.id) + 1]?.id || "check";
  go(stepHash(index, next));
}

// --- The start page ---------------------------------------------------------------

function resume() {
  const { index, step } = state.at || {};
  const last = state.cases[index];
  if (last && !last.done && steps(last).some((each) => each.id === step)) return go(stepHash(index, step));
  const open = state.cases.findIndex((item) => !item.done);
  if (open !== -1) return go(stepHash(open, firstUnanswered(open) || "check"));
  return go("#/results");
}

function renderStart() {
  const hasAnswers = state.cases.length > 0;
  const heading = t("Check which relief may fit your case");
  app.replaceChildren(
    el(
      "div",
      { class: "ea-start" },
      el("h1", { class: "ea-heading", tabindex: "-1", text: heading }),
      el("p", { text: t("Answer a few questions about one case. The tool shows which ways to clear or seal a record in California may fit, and why.") }),
      el("p", { text: t("It takes about 5 minutes. Your court papers or your record help, but you can answer I don't know.") }),
      el("p", { text: t("Your answers never leave this device.") }),
      el("p", {}, t("This is not legal advice. For advice about your case, ask free legal help:") + " ", el("a", { href: wizard.siteLink("guides/free-legal-help/"), text: t("find free legal help") })),
      el(
        "div",
        { class: "ea-actions" },
        button(hasAnswers ? t("Continue where you left off") : t("Start now"), () => {
          if (hasAnswers) return resume();
          state.cases = [newCase()];
          save();
          go(stepHash(0, "name"));
        }, { id: "ea-start" }),
        hasAnswers ? button(t("Start over"), startOver, { secondary: true, id: "ea-start-over" }) : null,
      ),
    ),
  );
  wizard.setTitle(heading, false);
}

function startOver() {
  store.clear();
  state = store.emptyState();
  go("");
}

// --- Check your answers -------------------------------------------------------------

function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  const options = day ? { dateStyle: "long" } : month ? { year: "numeric", month: "long" } : { year: "numeric" };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: "UTC" }).format(new Date(Date.UTC(year, (month || 1) - 1, day || 1)));
}

function answerText(question, value) {
  if (value === undefined) return t("Not answered");
  if (value === UNKNOWN) return t("I don't know");
  if (question.kind === "date") return formatDate(value);
  if (question.kind === "years") return String(value);
  if (question.kind === "offenses") return value.join(", ");
  const choice = question.choices?.find((option) => option.value === value);
  return choice ? t(choice.label) : String(value);
}

function checkAnswers(index) {
  const item = state.cases[index];
  const settled = item.settled || [];
  const offenses = offensesQuestion();
  const rows = [{ key: "name", label: t("A short name for this case"), value: item.label || t("Not given"), href: stepHash(index, "name", true) }];
  // Every question the person was asked, and in its place each one the code sections answered.
  for (const question of wizard.asked(QUESTIONS, item.answers, [])) {
    const fromCode = settled.includes(question.key);
    if (!fromCode && !applicable(item).includes(question)) continue;
    rows.push({
      key: question.key,
      label: t(wizard.labelFor(question, item.answers)),
      value: answerText(question, item.answers[question.key]),
      href: stepHash(index, fromCode ? offenses.key : question.key, true),
      note: fromCode ? t("From the code section") : null,
    });
  }
  return wizard.summaryList(rows);
}

// --- The results ----------------------------------------------------------------------

const GROUPS = [
  { status: "likely", heading: () => t("Likely to fit this case") },
  { status: "maybe", heading: () => t("May fit this case") },
  { status: "not-now", heading: () => t("May fit later") },
];

const STATUS_WORDS = {
  likely: () => t("Likely to fit"),
  maybe: () => t("May fit"),
  "not-now": () => t("Not yet"),
  no: () => t("Does not fit"),
};

function renderResults(moveFocus) {
  const done = state.cases.map((item, index) => ({ item, index })).filter(({ item }) => item.done);
  if (!done.length) return go(state.cases.length ? stepHash(0, firstUnanswered(0) || "check") : "", { replace: true });
  const heading = t("Your results");
  const announce = el("p", { class: "ea-status", role: "status" });
  const open = state.cases.findIndex((item) => !item.done);
  const page = el(
    "div",
    { class: "ea-results" },
    el("h1", { class: "ea-heading", tabindex: "-1", text: heading }),
    el("p", { text: t("These results are a first guide, not legal advice. Read the guide for each one, and ask free legal help if you are not sure.") }),
    announce,
    done.map(({ index }) => caseSection(index)),
    el(
      "div",
      { class: "ea-actions" },
      open !== -1
        ? el("a", { class: "ea-button", href: stepHash(open, firstUnanswered(open) || "check"), text: t("Finish %(case)s", { case: caseTitle(open) }) })
        : button(t("Screen another case"), () => {
            state.cases.push(newCase());
            save();
            go(stepHash(state.cases.length - 1, "name"));
          }, { id: "ea-another" }),
    ),
    yourAnswers(announce),
  );
  app.replaceChildren(page);
  wizard.setTitle(heading, false);
  if (moveFocus) page.querySelector(".ea-heading").focus();
}

function caseSection(index) {
  const title = caseTitle(index);
  const titleId = `ea-case-${index + 1}`;
  const body = el("div", { class: "ea-case-results", "aria-busy": "true" }, el("p", { text: t("Checking this case…") }));
  const section = el(
    "section",
    { class: "ea-case", "data-case": String(index + 1), "aria-labelledby": titleId },
    el("h2", { id: titleId, text: title }),
    el(
      "p",
      { class: "ea-case-tools" },
      el("a", { href: stepHash(index, "check"), text: t("Change the answers") }, el("span", { class: "ea-visually-hidden", text: " " + title })),
    ),
    body,
    removeControls(index, title),
  );
  fillResults(body, index);
  return section;
}

/** "Remove this case", under the case's results: it asks first, and removing says which case went. */
function removeControls(index, title) {
  const number = index + 1;
  const box = el("div", { class: "ea-remove", "data-remove": String(number) });
  const ask = () => {
    const question = el("p", { class: "ea-remove-question", id: `ea-remove-question-${number}`, tabindex: "-1", text: t("Remove %(case)s and its answers? This cannot be undone.", { case: title }) });
    box.replaceChildren(
      question,
      el(
        "div",
        { class: "ea-actions" },
        button(t("Yes, remove this case"), () => removeCase(index), { id: `ea-remove-yes-${number}` }),
        button(t("No, keep it"), () => {
          offer();
          box.querySelector("button").focus();
        }, { secondary: true, id: `ea-remove-no-${number}` }),
      ),
    );
    question.focus();
  };
  const offer = () => {
    const remove = button(t("Remove this case"), ask, { secondary: true, id: `ea-remove-${number}` });
    remove.setAttribute("aria-describedby", `ea-case-${number}`);
    box.replaceChildren(remove);
  };
  offer();
  return box;
}

function removeCase(index) {
  const item = state.cases[index];
  state.cases.splice(index, 1);
  if (!state.cases.length) return startOver();
  if (state.at?.index >= index) state.at = null;
  save();
  render();
  // The cases after it move up one number: say so, by the name the person gave if any.
  const later = index < state.cases.length;
  const words = item.label
    ? later ? t("The case “%(name)s” was removed. The cases after it moved up one number.", { name: item.label })
      : t("The case “%(name)s” was removed.", { name: item.label })
    : later ? t("A case was removed. The cases after it moved up one number.") : t("A case was removed.");
  const status = app.querySelector(".ea-results > .ea-status");
  if (status) status.textContent = words;
  wizard.revealBelowHeader(app.querySelector(".ea-heading"));
}

async function fillResults(body, index) {
  const ticket = renderCount;
  const item = state.cases[index];
  let reply;
  try {
    reply = await call("screen", { case: prune(item), lang });
  } catch (error) {
    if (ticket !== renderCount) return;
    console.error(`The screener could not check case ${index + 1}: ${error.message}`);
    body.removeAttribute("aria-busy");
    body.replaceChildren(
      el("p", { class: "ea-field-error", role: "alert" }, t("Sorry, this case could not be checked. Check your answers and try again.") + " ",
        el("a", { href: stepHash(index, "check"), text: t("Check your answers") })),
    );
    return;
  }
  if (ticket !== renderCount) return; // The person has moved on.
  body.removeAttribute("aria-busy");
  const parts = [];
  if (reply.notices.length) {
    parts.push(
      el(
        "div",
        { class: "ea-warning", role: "region", "aria-labelledby": `ea-notices-${index + 1}` },
        el("h3", { id: `ea-notices-${index + 1}`, text: t("Read this first") }),
        reply.notices.map((notice) =>
          el("div", { class: "ea-notice-item", "data-notice": notice.code }, el("p", { text: notice.text }), citation(notice.cite)),
        ),
      ),
    );
  }
  for (const group of GROUPS) {
    const found = reply.results.filter((result) => result.status === group.status);
    if (found.length) parts.push(el("h3", { text: group.heading() }), found.map(remedyResult));
  }
  if (!reply.results.some((result) => result.status !== "no")) parts.push(el("p", { text: t("No relief seems to fit this case now. Free legal help can look at your record with you.") }));
  const ruledOut = reply.results.filter((result) => result.status === "no");
  if (ruledOut.length) {
    parts.push(el("details", { class: "ea-ruled-out" }, el("summary", { text: t("Relief that does not fit this case") }), ruledOut.map(remedyResult)));
  }
  body.replaceChildren(...parts.flat());
}

/** A message's text, with each site path in it ("guides/get-your-record/") made a link in the page's language. */
function withLinks(text) {
  const titles = { "guides/get-your-record/": t("Get your record") };
  return text.split(/(guides\/[a-z0-9-]+\/)/).map((part, index) =>
    index % 2 ? el("a", { href: wizard.siteLink(part), "data-path": part, text: titles[part] || part }) : part,
  );
}

function citation(cite) {
  return el("p", { class: "ea-cite", text: t("Law: %(cite)s", { cite }) });
}

function remedyResult(result) {
  const links = [
    el("a", { href: wizard.siteLink(result.guide), "data-guide": result.remedy }, t("Read the guide"), el("span", { class: "ea-visually-hidden", text: ": " + result.name })),
  ];
  // Relief the state may already have given links the guide on checking for it.
  for (const also of result.status === "no" ? [] : result.also || []) {
    links.push(el("a", { href: wizard.siteLink(also.guide), "data-also": also.guide, text: also.title }));
  }
  // A statement cannot help relief that does not fit, even where a judge would decide.
  if (result.statement_helps && result.status !== "no") {
    links.push(
      el(
        "a",
        { href: wizard.siteLink(`statement/?relief=${encodeURIComponent(result.remedy)}`), "data-statement-link": result.remedy },
        t("Write a personal statement for this"),
        el("span", { class: "ea-visually-hidden", text: ": " + result.name }),
      ),
    );
  }
  return el(
    "article",
    { class: `ea-result ea-result--${result.status}`, "data-remedy": result.remedy, "data-status": result.status },
    el("h4", { text: result.name }),
    el("p", { class: "ea-result-status" }, el("strong", { text: STATUS_WORDS[result.status]() })),
    el("ul", { class: "ea-reasons" }, result.reasons.map((reason) => el("li", {}, el("p", {}, ...withLinks(reason.text)), citation(reason.cite)))),
    result.file_after
      ? el("p", { class: "ea-file-after", "data-file-after": result.file_after, text: t("You can file on or after %(date)s.", { date: formatDate(result.file_after) }) })
      : null,
    result.status === "no" ? null : nextStep(result),
    el("ul", { class: "ea-result-links" }, links.map((link) => el("li", {}, link))),
  );
}

/**
 * "What to do next" for a result that may fit: what to file and where
 * (site/guides/file-in-los-angeles.md: the Superior Court of the county, at
 * the courthouse that heard the case), whether a statement helps, and for
 * "not yet" a reminder for the calendar, made on this device.
 */
function nextStep(result) {
  const automatic = result.guide === "guides/automatic-relief/";
  const parts = [el("h5", { class: "ea-next-heading", text: t("What to do next") })];
  if (automatic) {
    parts.push(el("p", {}, t("This relief should happen without a petition. Check your record to see if it did:") + " ",
      el("a", { href: wizard.siteLink("guides/get-your-record/"), text: t("how to get your record") })));
  } else {
    parts.push(
      result.forms.length
        ? el("p", { "data-forms": result.forms.join(" ") }, t("Fill out court forms %(forms)s. File them at the court where your case was heard. In Los Angeles County, that is the Superior Court, usually the courthouse that heard your case.", { forms: result.forms.join(", ") }))
        : el("p", { text: t("The guide says which forms to use and where to file them.") }),
      el("p", {}, el("a", { href: wizard.siteLink("guides/file-in-los-angeles/"), "data-next": "file-in-los-angeles", text: t("How to file in Los Angeles County") })),
    );
    if (result.statement_helps) parts.push(el("p", { "data-statement": "helps", text: t("The judge decides. A personal statement can help the judge say yes.") }));
    else if (!result.judge_decides) parts.push(el("p", { "data-statement": "not-needed", text: t("You do not need a personal statement for this.") }));
  }
  if (result.status === "not-now" && result.file_after) {
    const problem = el("p", { class: "ea-reminder-problem", hidden: true }); // an alert only when there is one
    parts.push(
      el("div", { class: "ea-actions" }, button(t("Add a reminder to my calendar"), () => addReminder(result.file_after, problem), { secondary: true, id: `ea-reminder-${result.remedy}` })),
      el("p", { class: "ea-hint", text: t("The reminder says only \"Check Expunge Assist again\" and this site's address, nothing about your case. It is made on this device.") }),
      problem,
    );
  }
  return el("div", { class: "ea-next", "data-next-step": result.remedy }, parts);
}

async function addReminder(day, problem) {
  problem.hidden = true;
  try {
    const reply = await call("reminder", { day, address: wizard.siteLink(""), lang });
    const url = fileLink(new Blob([reply.text], { type: "text/calendar" })); // revoked by the quick exit and "Delete my answers"
    const link = el("a", { href: url, download: reply.filename });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    console.error(`The reminder could not be made: ${error.message}`);
    problem.textContent = t("Sorry, the reminder could not be made. Write the date down instead.");
    problem.className = "ea-field-error";
    problem.setAttribute("role", "alert");
    problem.hidden = false;
  }
}

function yourAnswers(announce) {
  return wizard.savePanel({ state, save, announce: (text) => (announce.textContent = text), onDelete: startOver });
}

// The first page waits for the words of the page's language and the schema (two small JSON files).
Promise.all([wordsReady, wizard.loadSchema()]).then(([, schema]) => {
  SCHEMA = schema;
  QUESTIONS = schema.screener.questions;
  UNKNOWN = schema.unknown;
  render();
});

// If Python cannot start: every question on a worksheet to print (worksheet.js).
offerWorksheet(() => ({
  title: t("Check which relief may fit your case"),
  intro: t("Answer these questions about one case. Skip the questions that do not fit it. Then take this worksheet to free legal help."),
  questions: [
    { heading: t("A short name for this case"), hint: null, choices: [], kind: "text" },
    ...(QUESTIONS || []).map((question) => ({
      heading: t(question.label),
      hint: question.hint ? t(question.hint) : null,
      choices: question.kind === "choice"
        ? [...question.choices.map((choice) => t(choice.label)), ...(question.unknown ? [t("I don't know")] : [])]
        : [],
      kind: question.kind,
    })),
  ],
}));
