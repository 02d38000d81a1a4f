// The eligibility screener: one question per page about one case, then
// "Check your answers", then which relief may fit, why, and what to do next.
//
// The questions are data (QUESTIONS below), each with the rule for when it is
// asked: exactly the "asked when" column of docs/screener.md, so nothing that
// does not apply is ever asked, and an answer that stops applying is dropped
// (a missing key means "not asked"). The address holds the case and the step
// (#/case/1/outcome), so Back, Forward and reload work; the answers live in
// store.js (this tab, or this device if the person opts in). Python
// (py/expunge_assist/screener.py) applies the rules, in the page's language.
// Nothing leaves the device.

import { call, t, wordsReady } from "./python.js";
import { button, choices, el, errorSummary, fieldId, getPath, setPath, textField } from "./form.js";
import { createStore } from "./store.js";
import { offerWorksheet } from "./worksheet.js";

const app = document.querySelector("[data-screener]");
const lang = document.documentElement.lang || "en";
const spanish = lang.toLowerCase().startsWith("es");
const store = createStore("screener", () => ({ version: 1, cases: [], saveOnDevice: false }));
let state = store.load();

const UNKNOWN = "unknown";
const EARLIEST_YEAR = 1950;
const NAME_LIMIT = 60;
// Answers about the person, not the case: a new case starts with them filled in
// (WCAG 3.3.7, redundant entry); the person can still change them.
const ABOUT_THE_PERSON = ["on_supervision", "pending_charges", "citizen"];

// --- The questions, in the order they are asked ------------------------------

const convicted = (a) => a.outcome === "convicted";
const felony = (a) => convicted(a) && a.level === "felony";

const yesNo = () => [
  { value: "yes", label: t("Yes") },
  { value: "no", label: t("No") },
];

const QUESTIONS = [
  {
    key: "outcome",
    kind: "choice",
    when: () => true,
    question: () => t("What happened in this case?"),
    hint: () => t("If you have more than one case, answer for one case now. You can add the others at the end."),
    options: () => [
      { value: "convicted", label: t("I was convicted"), hint: t("I was found guilty, or I pleaded guilty or no contest.") },
      {
        value: "not-convicted",
        label: t("I was arrested or charged, but not convicted"),
        hint: t("For example, no charges were filed, the charges were dropped, or I was found not guilty."),
      },
      {
        value: "diversion",
        label: t("I finished a diversion program"),
        hint: t("Diversion, or deferred entry of judgment, is a program, like classes or treatment, that you finish instead of being convicted."),
      },
      { value: "juvenile", label: t("It was a juvenile court case"), hint: t("A case in juvenile court, from when you were under 18.") },
    ],
  },
  // Arrested or charged, not convicted.
  {
    key: "arrest_date",
    kind: "date",
    when: (a) => a.outcome === "not-convicted",
    question: () => t("When were you arrested?"),
  },
  {
    key: "arrest_result",
    kind: "choice",
    when: (a) => a.outcome === "not-convicted",
    question: () => t("What happened after the arrest?"),
    options: () => [
      { value: "no-charges", label: t("No charges were filed") },
      { value: "dismissed", label: t("The charges were dropped or dismissed") },
      { value: "acquitted", label: t("I was found not guilty") },
    ],
  },
  {
    key: "arrest_level",
    kind: "choice",
    when: (a) => a.outcome === "not-convicted",
    question: () => t("What was the most serious crime in the arrest?"),
    options: () => [
      { value: "misdemeanor", label: t("A misdemeanor"), hint: t("A less serious crime: up to 1 year in county jail.") },
      { value: "felony", label: t("A felony"), hint: t("A more serious crime: more than 1 year in jail or prison.") },
      { value: "felony-8-years", label: t("A felony that can be punished with 8 years or more") },
    ],
  },
  // Diversion.
  {
    key: "diversion_date",
    kind: "date",
    when: (a) => a.outcome === "diversion",
    question: () => t("When did you finish the diversion program?"),
  },
  // Convicted.
  {
    key: "level",
    kind: "choice",
    when: convicted,
    question: () => t("What were you convicted of?"),
    hint: () => t("If there was more than one conviction in this case, choose the most serious."),
    options: () => [
      { value: "infraction", label: t("An infraction"), hint: t("A minor offense punished only with a fine, like most traffic tickets.") },
      { value: "misdemeanor", label: t("A misdemeanor"), hint: t("A less serious crime: up to 1 year in county jail.") },
      { value: "felony", label: t("A felony"), hint: t("A more serious crime: more than 1 year in jail or prison.") },
    ],
  },
  {
    key: "wobbler",
    kind: "choice",
    when: felony,
    question: () => t("Could this felony also have been a misdemeanor?"),
    hint: () => t("A crime the law lets be either a felony or a misdemeanor is called a wobbler. Your court papers or a lawyer can tell you."),
    options: yesNo,
  },
  {
    key: "offense_kind",
    kind: "choice",
    when: convicted,
    question: () => t("What kind of crime was it?"),
    options: () => [
      { value: "cannabis", label: t("A cannabis (marijuana) crime") },
      {
        value: "prop-47",
        label: t("Drug possession for personal use, or a theft crime of $950 or less"),
        hint: t("For example, shoplifting, receiving stolen property, forgery or a bad check, of $950 or less."),
      },
      {
        value: "dui",
        label: t("Driving under the influence (DUI), or another driving crime that adds points to your license"),
      },
      { value: "other", label: t("Something else") },
    ],
  },
  {
    key: "offense_date",
    kind: "date",
    when: convicted,
    question: () => t("When did the crime happen?"),
  },
  {
    key: "conviction_date",
    kind: "date",
    when: convicted,
    question: () => t("When were you sentenced?"),
    hint: () => t("The day the judge gave your sentence. It is often the day you pleaded guilty or no contest."),
  },
  {
    key: "serious_violent",
    kind: "choice",
    when: felony,
    question: () => t("Was it a serious or violent felony?"),
    hint: () =>
      t("The law lists these crimes, for example robbery, burglary of a home, or a crime where someone was badly hurt (Penal Code 1192.7(c) and 667.5(c))."),
    options: yesNo,
  },
  {
    key: "registration",
    kind: "choice",
    when: convicted,
    question: () => t("Do you have to register as a sex offender because of this case?"),
    options: yesNo,
  },
  {
    key: "sentence",
    kind: "choice",
    when: convicted,
    question: () => t("What was your sentence?"),
    hint: () => t("If you got probation, even with some jail time, choose probation."),
    options: () => [
      {
        value: "probation",
        label: t("Probation"),
        hint: t("Probation means living in the community under rules set by the court, watched by a probation officer or by the court."),
      },
      { value: "no-probation", label: t("A fine or jail, with no probation") },
      {
        value: "county-jail",
        label: t("A felony sentence served in county jail"),
        hint: t("This is a sentence under Penal Code 1170(h), sometimes followed by mandatory supervision."),
      },
      { value: "state-prison", label: t("State prison") },
    ],
  },
  {
    key: "probation_result",
    kind: "choice",
    when: (a) => convicted(a) && a.sentence === "probation",
    question: () => t("How did your probation end?"),
    options: () => [
      { value: "completed", label: t("I finished it") },
      { value: "ended-early", label: t("The judge ended it early") },
      { value: "violated", label: t("The judge found that I broke a rule of probation") },
    ],
  },
  {
    key: "mandatory_supervision",
    kind: "choice",
    when: (a) => convicted(a) && a.sentence === "county-jail",
    question: () => t("Was part of your sentence mandatory supervision?"),
    hint: () => t("Mandatory supervision is time after county jail when a probation officer watches you in the community."),
    options: yesNo,
  },
  {
    key: "sentence_end_date",
    kind: "date",
    when: convicted,
    question: (a) => (a.sentence === "probation" ? t("When did your probation end?") : t("When did your whole sentence end?")),
    hint: () =>
      t("The day all of it ended: jail or prison, and any probation, parole, PRCS or mandatory supervision. PRCS is supervision by county probation after prison."),
  },
  {
    key: "new_felony_since",
    kind: "choice",
    when: felony,
    question: () => t("Have you been convicted of a felony since this sentence ended?"),
    options: yesNo,
  },
  {
    key: "california_years",
    kind: "years",
    when: felony,
    question: () => t("How many years in a row have you lived in California?"),
    hint: () => t("Count back from today, until the last time you lived outside California."),
  },
  // Juvenile.
  {
    key: "juvenile_probation_completed",
    kind: "choice",
    when: (a) => a.outcome === "juvenile",
    question: () => t("Did you finish your juvenile probation?"),
    hint: () => t("Juvenile probation means living under rules set by the juvenile court."),
    options: yesNo,
  },
  {
    key: "juvenile_end_date",
    kind: "date",
    when: (a) => a.outcome === "juvenile",
    question: () => t("When did your juvenile case end?"),
  },
  {
    key: "birth_date",
    kind: "date",
    when: (a) => a.outcome === "juvenile",
    question: () => t("When were you born?"),
    hint: () => t("Some sealing depends on how old you are."),
  },
  {
    key: "adult_conviction_since",
    kind: "choice",
    when: (a) => a.outcome === "juvenile",
    question: () => t("As an adult, have you been convicted of a felony, or of a misdemeanor of moral turpitude?"),
    hint: () => t("Moral turpitude means a crime of dishonesty or of bad intent, like theft or fraud."),
    options: yesNo,
  },
  // Always.
  {
    key: "on_supervision",
    kind: "choice",
    when: () => true,
    question: () => t("Are you on probation, parole, PRCS or mandatory supervision now, or serving a sentence, in any case?"),
    hint: () => t("PRCS is post-release community supervision: county probation watches you after prison."),
    options: yesNo,
  },
  {
    key: "pending_charges",
    kind: "choice",
    when: () => true,
    question: () => t("Are you charged with a crime right now, in any case?"),
    hint: () => t("This means a criminal case against you that is open and not finished."),
    options: yesNo,
  },
  {
    key: "citizen",
    kind: "choice",
    when: () => true,
    question: () => t("Are you a U.S. citizen?"),
    hint: () => t("We ask because clearing a record can affect immigration. Your answer stays on this device."),
    options: yesNo,
  },
  {
    key: "survivor",
    kind: "choice",
    when: () => true,
    question: () => t("Was this case connected to being trafficked, or to violence by a partner, or to sexual violence?"),
    hint: () => t("For example, you were forced into the crime, or it happened because someone was hurting you. Survivors can ask for special relief."),
    options: () => [...yesNo(), { value: "skip", label: t("I'd rather not say") }],
  },
];

// --- Cases, steps and answers ---------------------------------------------------

function applicable(answers) {
  return QUESTIONS.filter((question) => question.when(answers));
}

/** Drop the answers to questions that are no longer asked: a missing key means "not asked". */
function prune(answers) {
  const keep = new Set(applicable(answers).map((question) => question.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keep.has(key)));
}

/** Every step of one case: its name, the questions that apply, then "Check your answers". */
function steps(answers) {
  return [
    { id: "name", heading: t("Give this case a name") },
    ...applicable(answers).map((question) => ({ id: question.key, heading: question.question(answers), question })),
    { id: "check", heading: t("Check your answers") },
  ];
}

function caseTitle(index) {
  const item = state.cases[index];
  const number = String(index + 1);
  return item?.label
    ? t("Case %(number)s: %(name)s").replace("%(number)s", number).replace("%(name)s", item.label)
    : t("Case %(number)s").replace("%(number)s", number);
}

function newCase() {
  const previous = state.cases.at(-1)?.answers || {};
  const answers = {};
  for (const key of ABOUT_THE_PERSON) if (previous[key]) answers[key] = previous[key];
  return { label: "", answers, done: false };
}

function firstUnanswered(index) {
  const answers = state.cases[index].answers;
  return applicable(answers).find((question) => getPath(answers, question.key) === undefined)?.key || null;
}

function save() {
  store.save(state);
}

// --- Moving between steps -----------------------------------------------------

function route() {
  const results = location.hash.match(/^#\/results\b/);
  if (results) return { page: "results" };
  const match = location.hash.match(/^#\/case\/(\d+)\/([a-z_]+)/);
  if (match) return { page: "step", index: Number(match[1]) - 1, step: match[2] };
  return { page: "start" };
}

function returnTo() {
  return /[?&]return=check\b/.test(location.hash);
}

function stepHash(index, step, back = false) {
  return `#/case/${index + 1}/${step}${back ? "?return=check" : ""}`;
}

function go(hash, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, "", location.pathname + location.search + hash);
    render();
  } else if (location.hash === hash || (hash === "" && !location.hash)) {
    render();
  } else {
    location.hash = hash;
  }
}

window.addEventListener("hashchange", () => render());

function setTitle(heading, hasErrors) {
  document.title = `${hasErrors ? t("Error:") + " " : ""}${heading} - Expunge Assist`;
}

// --- Rendering ------------------------------------------------------------------

let firstRender = true;
let renderCount = 0;

function render(errors = null, draft = null) {
  const moveFocus = !firstRender;
  firstRender = false;
  renderCount += 1;
  const where = route();
  if (where.page === "results") return renderResults(moveFocus);
  if (where.page === "start") return renderStart();
  const { index, step: id } = where;
  const item = state.cases[index];
  if (!item) return go("", { replace: true });
  const all = steps(item.answers);
  const position = all.findIndex((step) => step.id === id);
  // A step that no longer applies (or never existed): the next one that is due.
  if (position === -1) return go(stepHash(index, firstUnanswered(index) || "check"), { replace: true });
  const step = all[position];
  const errorMap = Object.fromEntries(errors || []);
  const form = el("form", { class: "ea-form", novalidate: true, "data-step": step.id, "data-case": String(index + 1) });
  form.append(
    el("p", { class: "ea-progress" }, el("span", { class: "ea-caption", text: caseTitle(index) }), el("br"),
      t("Step %(step)s of %(total)s").replace("%(step)s", position + 1).replace("%(total)s", all.length)),
  );
  if (errors?.length) form.append(errorSummary(errors));
  if (step.question) form.append(questionBody(step.question, item.answers, errorMap, draft));
  else if (step.id === "name") form.append(...nameBody(item, errorMap, draft));
  else form.append(el("h1", { class: "ea-heading", tabindex: "-1", text: step.heading }), checkAnswers(index));
  const actions = el("div", { class: "ea-actions" }, button(step.id === "check" ? t("See my results") : t("Continue"), null, { type: "submit" }));
  form.append(actions);
  const backHash = position === 0 ? (index > 0 || state.cases.some((c) => c.done) ? "#/results" : "#") : stepHash(index, all[position - 1].id);
  form.append(el("p", {}, el("a", { href: backHash, class: "ea-back", text: t("Back") })));
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
  setTitle(step.heading, errors?.length);
  if (errors?.length) form.querySelector(".ea-error-summary").focus();
  else if (moveFocus) form.querySelector(".ea-heading")?.focus();
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

function questionBody(question, answers, errors, draft) {
  const key = question.key;
  const value = answers[key];
  const hint = question.hint?.() || null;
  if (question.kind === "choice") {
    return choices({
      path: key,
      legend: question.question(answers),
      hint,
      asHeading: true,
      value,
      error: errors[key],
      options: [...question.options(), { value: UNKNOWN, label: t("I don't know") }],
    });
  }
  const hintId = `${fieldId(key)}-hint`;
  const dateHintId = `${fieldId(key)}-date-hint`;
  const describedBy = [hint ? hintId : null, question.kind === "date" ? dateHintId : null].filter(Boolean).join(" ") || null;
  const fields =
    question.kind === "date"
      ? dateFields(key, draft || dateParts(value), errors)
      : [
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
  return el(
    "fieldset",
    { class: "ea-field ea-choices", "aria-describedby": describedBy },
    el("legend", { class: "ea-legend-heading" }, el("h1", { class: "ea-heading", tabindex: "-1", text: question.question(answers) })),
    hint ? el("p", { class: "ea-hint", id: hintId, text: hint }) : null,
    fields,
  );
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

/** The date as the case format wants it ("2015", "2015-03", "2015-03-14"), or the problems to fix. */
function checkDate(key, parts) {
  if (parts.unknown) return { value: UNKNOWN, problems: [] };
  const problems = [];
  const thisYear = new Date().getFullYear();
  const { year, month, day } = parts;
  if (year === "") problems.push([`${key}.year`, t("Enter the year, like 2015. If you do not know it, choose I don't know.")]);
  else if (!/^\d{4}$/.test(year)) problems.push([`${key}.year`, t("Enter the year as 4 digits, like 2015.")]);
  else if (Number(year) < EARLIEST_YEAR || Number(year) > thisYear)
    problems.push([`${key}.year`, t("Enter a year from %(first)s to %(last)s.").replace("%(first)s", EARLIEST_YEAR).replace("%(last)s", thisYear)]);
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

function readStep(step, form, item) {
  const text = (path) => (form.querySelector(`#${fieldId(path)}`)?.value || "").trim();
  const ticked = (path) => Boolean(form.querySelector(`#${fieldId(path)}`)?.checked);
  if (step.id === "name") {
    const label = text("label");
    const problems = label.length > NAME_LIMIT ? [["label", t("Enter a name of 60 characters or fewer, or leave it empty.")]] : [];
    return { draft: { label }, problems, apply: () => (item.label = label) };
  }
  const { key, kind } = step.question;
  if (kind === "choice") {
    const picked = form.querySelector(`input[name="${key}"]:checked`)?.value;
    const problems = picked ? [] : [[key, t("Choose one answer. If you are not sure, choose I don't know.")]];
    return { draft: null, problems, apply: () => setPath(item.answers, key, picked) };
  }
  if (kind === "date") {
    const draft = { year: text(`${key}.year`), month: text(`${key}.month`), day: text(`${key}.day`), unknown: ticked(`${key}.unknown`) };
    const { value, problems } = checkDate(key, draft);
    return { draft, problems, apply: () => setPath(item.answers, key, value) };
  }
  const draft = { value: text(key), unknown: ticked(`${key}.unknown`) };
  const whole = /^\d{1,3}$/.test(draft.value) && Number(draft.value) <= 130;
  const problems = draft.unknown || whole ? [] : [[key, t("Enter the number of years as a whole number, like 6. If you do not know, choose I don't know.")]];
  return { draft, problems, apply: () => setPath(item.answers, key, draft.unknown ? UNKNOWN : Number(draft.value)) };
}

function submit(step, form, index) {
  const item = state.cases[index];
  if (step.id === "check") {
    item.done = true;
    save();
    return go("#/results");
  }
  const { draft, problems, apply } = readStep(step, form, item);
  if (problems.length) return render(problems, draft);
  apply();
  item.answers = prune(item.answers);
  save();
  // Back from "Check your answers": a changed answer can open new questions; ask those first.
  const due = firstUnanswered(index);
  if (returnTo()) return go(due ? stepHash(index, due, true) : stepHash(index, "check"));
  const all = steps(item.answers);
  const next = all[all.findIndex((each) => each.id === step.id) + 1]?.id || "check";
  go(stepHash(index, next));
}

// --- The start page ---------------------------------------------------------------

function siteLink(path) {
  return new URL(`../../${spanish ? "es/" : ""}${path}`, import.meta.url).href;
}

function resume() {
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
      el("p", {}, t("This is not legal advice. For advice about your case, ask free legal help:") + " ", el("a", { href: siteLink("guides/free-legal-help/"), text: t("find free legal help") })),
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
  setTitle(heading, false);
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
  return [...question.options(), { value: "skip", label: t("I'd rather not say") }].find((option) => option.value === value)?.label || String(value);
}

function checkAnswers(index) {
  const item = state.cases[index];
  const row = (label, value, step) =>
    el(
      "div",
      { class: "ea-summary-row", "data-key": step },
      el("dt", { text: label }),
      el("dd", { class: "ea-summary-value", text: value }),
      el("dd", {}, el("a", { href: stepHash(index, step, true), text: t("Change") }, el("span", { class: "ea-visually-hidden", text: " " + label }))),
    );
  return el(
    "dl",
    { class: "ea-summary" },
    row(t("A short name for this case"), item.label || t("Not given"), "name"),
    applicable(item.answers).map((question) => row(question.question(item.answers), answerText(question, item.answers[question.key]), question.key)),
  );
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
        ? el("a", { class: "ea-button", href: stepHash(open, firstUnanswered(open) || "check"), text: t("Finish %(case)s").replace("%(case)s", caseTitle(open)) })
        : button(t("Screen another case"), () => {
            state.cases.push(newCase());
            save();
            go(stepHash(state.cases.length - 1, "name"));
          }, { id: "ea-another" }),
    ),
    yourAnswers(announce),
  );
  app.replaceChildren(page);
  setTitle(heading, false);
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
    button(t("Remove this case"), () => removeCase(index, title), { secondary: true, id: `ea-remove-${index + 1}` }),
    body,
  );
  fillResults(body, index);
  return section;
}

function removeCase(index, title) {
  state.cases.splice(index, 1);
  if (!state.cases.length) return startOver();
  save();
  render();
  const status = app.querySelector(".ea-results > .ea-status");
  if (status) status.textContent = t("%(case)s was removed.").replace("%(case)s", title);
  app.querySelector(".ea-heading")?.focus();
}

async function fillResults(body, index) {
  const ticket = renderCount;
  const item = state.cases[index];
  let reply;
  try {
    reply = await call("screen", { case: prune(item.answers), lang });
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

function citation(cite) {
  return el("p", { class: "ea-cite", text: t("Law: %(cite)s").replace("%(cite)s", cite) });
}

function remedyResult(result) {
  const links = [
    el("a", { href: siteLink(result.guide), "data-guide": result.remedy }, t("Read the guide"), el("span", { class: "ea-visually-hidden", text: ": " + result.name })),
  ];
  // A statement cannot help relief that does not fit, even where a judge would decide.
  if (result.statement_helps && result.status !== "no") {
    links.push(
      el(
        "a",
        { href: siteLink(`statement/?relief=${encodeURIComponent(result.remedy)}`), "data-statement-link": result.remedy },
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
    el("ul", { class: "ea-reasons" }, result.reasons.map((reason) => el("li", {}, el("p", { text: reason.text }), citation(reason.cite)))),
    result.file_after
      ? el("p", { class: "ea-file-after", "data-file-after": result.file_after, text: t("You can file on or after %(date)s.").replace("%(date)s", formatDate(result.file_after)) })
      : null,
    result.forms.length ? el("p", { text: t("Court forms: %(forms)s").replace("%(forms)s", result.forms.join(", ")) }) : null,
    el("ul", { class: "ea-result-links" }, links.map((link) => el("li", {}, link))),
  );
}

function yourAnswers(announce) {
  const saved = el("input", { type: "checkbox", id: "ea-save-device", checked: state.saveOnDevice });
  saved.addEventListener("change", () => {
    state.saveOnDevice = saved.checked;
    save();
    announce.textContent = saved.checked ? t("Your answers are saved on this device.") : t("Your answers are no longer saved on this device.");
  });
  return el(
    "div",
    { class: "ea-your-answers" },
    el("h2", { text: t("Your answers") }),
    el("p", { text: t("Your answers stay in this browser tab until you close it.") }),
    el("div", { class: "ea-choice" }, saved, el("label", { for: "ea-save-device", text: t("Save my answers on this device, so I can come back later") })),
    el("p", { class: "ea-hint", text: t("Only choose this on your own device. Anyone who uses this browser could see them.") }),
    el("div", { class: "ea-actions" }, button(t("Delete my answers"), startOver, { secondary: true, id: "ea-delete" })),
  );
}

// The first page waits for the words of the page's language (a small JSON file).
wordsReady.then(() => render());

// If Python cannot start: every question on a worksheet to print (worksheet.js).
offerWorksheet(() => ({
  title: t("Check which relief may fit your case"),
  intro: t("Answer these questions about one case. Skip the questions that do not fit it. Then take this worksheet to free legal help."),
  questions: [
    { heading: t("A short name for this case"), hint: null, choices: [], kind: "text" },
    ...QUESTIONS.map((question) => ({
      heading: question.question({}),
      hint: question.hint?.() || null,
      choices: question.kind === "choice" ? [...question.options().map((option) => option.label), t("I don't know")] : [],
      kind: question.kind,
    })),
  ],
}));
