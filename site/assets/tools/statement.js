// The personal statement generator: one question (or small group) per page,
// then the letter to edit, then the files to take away.
//
// The steps are data (steps() below); the constants they use (text limits,
// closings, areas, the relief a statement can support) come from
// assets/tools/schema.json, which build.py exports from the Python package
// (answers.py, letter.py, rules.py), so nothing here copies them. The address
// holds the step (#/about, through wizard.js), so the browser's Back and
// Forward buttons move between steps, and a reload stays put; the answers
// live in store.js (this tab, or this device if the person opts in). Python (py/expunge_assist) checks the answers, in the
// person's language, and writes the letter; the PDF is made by Python too,
// the Word file by docx.js. Nothing leaves the device.

import { call, load, ready, t, wordsReady } from "./python.js";
import { button, choices, el, errorSummary, fieldId, getPath, selectField, setPath, textArea, textField } from "./form.js";
import { createStore } from "./store.js";
import * as wizard from "./wizard.js";
import { dropFileLink, fileLink } from "./exit.js";
import { letterStructure, offerWorksheet, questionsFromFields } from "./worksheet.js";

const app = document.querySelector("[data-statement]");
const lang = document.documentElement.lang || "en";
const store = createStore("statement", () => ({
  version: 1,
  answers: {},
  letter: { text: "", builtFrom: "", edited: false },
  saveOnDevice: false,
  done: [],
}));
let state = store.load();
state.done ||= [];
// A page's words are not English: the letter's language is said at each free-text box too.
const NOT_ENGLISH = lang.toLowerCase().split(/[-_]/)[0] !== "en";
// Set when the address skipped a step the letter needs, or the screener's link chose the relief.
let notice = null;
// After Continue on a story step: {section, to, text, companion}, the paragraph
// that section makes in the letter, shown at the top of the next page ("to").
let preview = null;
// The story's steps: after each, the person sees the paragraph it makes.
const isStoryStep = (id) => id.startsWith("area-") || id === "responsibility" || id === "goals";

/**
 * The parts the progress line counts ("Part 2 of 4: Your story"): every path
 * has the same four, so the total never jumps, however many areas are chosen.
 * The story comes before the paperwork (court, case number, letter or declaration).
 */
function parts() {
  return [
    { id: "you", name: t("About you") },
    { id: "story", name: t("Your story") },
    { id: "case", name: t("About your case") },
    { id: "letter", name: t("Your letter") },
  ];
}


// Filled from schema.json before the first page is drawn.
let CONSTANTS;
let AREAS = [];
let RELIEF = [];

function useSchema(schema) {
  CONSTANTS = schema.statement;
  AREAS = CONSTANTS.areas.map((item) => ({ id: item.id, label: () => t(item.label) }));
  RELIEF = [
    { value: "", label: () => t("I don't know, or I'd rather not say") },
    ...CONSTANTS.relief.map((item) => ({ value: item.id, label: () => t("%(name)s (%(law)s)", { name: t(item.name), law: item.law }) })),
  ];
  // The screener's "write a personal statement for this" arrives as ?relief=ID:
  // it pre-selects that relief, then leaves the address so a reload is clean.
  // It lands on the first step not yet answered (never on "Continue where you
  // left off" and a summary of empty answers), saying what was chosen.
  const carried = new URLSearchParams(location.search).get("relief");
  if (carried && CONSTANTS.relief.some((item) => item.id === carried)) {
    state.answers.relief = carried;
    if (!state.done.includes("relief")) state.done.push("relief");
    store.save(state);
    notice = { kind: "relief", step: firstUnanswered(state.answers) };
    history.replaceState(null, "", location.pathname + `#/${notice.step}`);
  }
}

/** Whether the person has answered this step (Continue pressed, or one of its answers given). */
function answered(step, answers) {
  return state.done.includes(step.id) || step.paths.some((path) => {
    const value = getPath(answers, path);
    return value !== undefined && value !== "" && !(Array.isArray(value) && !value.length);
  });
}

/** The first question step not yet answered, or "check" when all are. */
function firstUnanswered(answers) {
  return steps(answers).find((step) => step.paths.length && !answered(step, answers))?.id || "check";
}

/** Whether a step still lacks an answer the letter needs (the same rules as answers.py, without Python). */
function lacksRequired(step, answers) {
  // Any letter or digit of any script: \w is ASCII only, even with the u flag (a name in Hangul or Farsi is not blank).
  const blank = (value) => !(typeof value === "string" && /[\p{L}\p{N}]/u.test(value));
  if (step.id === "about") return blank(answers.name);
  if (step.id === "document") return answers.document === "declaration" && blank(answers.city);
  if (step.id === "areas") return !(answers.areas || []).length;
  if (step.id.startsWith("area-")) return blank(getPath(answers, `${step.id.slice(5)}.text`));
  return false;
}

/** What the case was for the relief chosen: "conviction", "arrest" (no conviction), or "case" (juvenile, or not said). */
function reliefEvent(answers) {
  const event = CONSTANTS.relief.find((item) => item.id === answers.relief)?.event;
  return event === "conviction" || event === "arrest" ? event : "case";
}

/** "What have you done since your conviction?", worded for the relief: no conviction, no "conviction". */
function sinceQuestion(answers) {
  const event = reliefEvent(answers);
  if (event === "conviction") return t("What have you done since your conviction?");
  if (event === "arrest") return t("What have you done since your arrest?");
  return t("What have you done since your case?");
}

/** The free legal help guide in the page's language. */
function helpLink() {
  return wizard.siteLink("guides/free-legal-help/");
}

/** The letter's language, said plainly, with what to do: on the first page, and where a step was reached by a link. */
function languageNote() {
  return el(
    "div",
    { class: "ea-notice ea-language-note", "data-language-note": "" },
    el("p", { text: t("Your letter will be in English. Papers filed in a California court must be in English (Code of Civil Procedure section 185).") }),
    NOT_ENGLISH
      ? el(
          "p",
          {},
          t("Write your answers in English if you can. If you cannot, free legal help can help you write or translate them:") + " ",
          el("a", { href: helpLink(), text: t("find free legal help") }),
        )
      : null,
  );
}

function area(id) {
  return AREAS.find((item) => item.id === id);
}

function textAreaFor(path, label, hint, optional = false) {
  return (answers, errors) => {
    const field = textArea({ path, label, hint, optional, value: getPath(answers, path), error: errors[path], limit: CONSTANTS.text_limit, advice: CONSTANTS.text_advice });
    if (!NOT_ENGLISH) return field;
    // In the person's language, by the box: the letter is in English, and where to get help.
    const id = `${fieldId(path)}-language`;
    const note = el(
      "p",
      { class: "ea-hint ea-language-hint", id, "data-language-hint": "" },
      t("The court needs this in English. Write in English if you can; if not, get free help:") + " ",
      el("a", { href: helpLink(), text: t("find free legal help") }),
    );
    const box = field.querySelector("textarea");
    box.before(note);
    box.setAttribute("aria-describedby", [id, box.getAttribute("aria-describedby")].filter(Boolean).join(" "));
    return field;
  };
}

function shortFor(path, label, hint, optional = true) {
  return (answers, errors) => textField({ path, label, hint, optional, value: getPath(answers, path), error: errors[path] });
}

// The questions for each area of life, from the schema (answers.AREA_QUESTIONS).
function areaQuestions(id) {
  const area = CONSTANTS.areas.find((item) => item.id === id);
  return {
    heading: t(area.heading),
    intro: t(area.intro),
    fields: area.fields.map((item) => {
      const path = `${id}.${item.key}`;
      const hint = item.hint ? t(item.hint) : undefined;
      if (!item.numeric) return shortFor(path, t(item.label), hint);
      return (answers, errors) =>
        textField({ path, label: t(item.label), hint, optional: true, value: getPath(answers, path), error: errors[path], inputmode: "numeric", width: "short" });
    }),
  };
}

// Every step: its heading, what it asks, and the answers it owns (for errors).
function steps(answers) {
  const chosen = answers.areas || [];
  const list = [
    {
      id: "about",
      part: "you",
      heading: t("About you"),
      paths: ["name", "age", "veteran"],
      body: (errors) => [
        textField({
          path: "name",
          label: t("Your full name"),
          hint: t("Write it exactly as it should appear in the letter."),
          value: answers.name,
          error: errors.name,
          autocomplete: "name",
        }),
        textField({
          path: "age",
          label: t("Your age"),
          optional: true,
          value: answers.age,
          error: errors.age,
          inputmode: "numeric",
          width: "short",
        }),
        choices({
          path: "veteran",
          legend: t("Have you served in the U.S. military?"),
          optional: true,
          value: answers.veteran,
          options: [
            { value: true, label: t("Yes") },
            { value: false, label: t("No") },
          ],
        }),
      ],
    },
    {
      // Asked before the story: the story's words depend on it ("since your arrest").
      id: "relief",
      part: "you",
      heading: t("What you are asking for"),
      paths: ["relief"],
      body: (errors) => [
        selectField({
          path: "relief",
          label: t("What are you asking the court for?"),
          optional: true,
          value: answers.relief,
          error: errors.relief,
          options: RELIEF.map((option) => ({ value: option.value, label: option.label() })),
        }),
      ],
    },
    {
      id: "areas",
      part: "story",
      heading: sinceQuestion(answers),
      paths: ["areas"],
      questionIsLegend: true,
      body: (errors) => [
        choices({
          path: "areas",
          legend: sinceQuestion(answers),
          hint: t("Choose all that apply. You will write a few sentences about each."),
          asHeading: true,
          multiple: true,
          value: chosen,
          error: errors.areas,
          options: AREAS.map((item) => ({ value: item.id, label: item.label() })),
        }),
      ],
    },
    ...AREAS.filter((item) => chosen.includes(item.id)).map((item) => {
      const questions = areaQuestions(item.id);
      return {
        id: `area-${item.id}`,
        part: "story",
        heading: questions.heading,
        intro: questions.intro,
        paths: [item.id],
        body: (errors) => [
          ...questions.fields.map((field) => field(answers, errors)),
          textAreaFor(`${item.id}.text`, t("In your own words"), t("Write in the first person (\"I\"), in full sentences. Three to five sentences is enough."))(answers, errors),
        ],
      };
    }),
    {
      id: "responsibility",
      part: "story",
      heading: t("Taking responsibility"),
      intro: t(
        "Recommended, but you can skip it. Judges want to see that you understand what happened. Keep it short and honest: a few sentences. You do not need to describe the crime in detail.",
      ),
      paths: ["responsibility"],
      body: (errors) => [
        textAreaFor("responsibility.what_happened", t("What happened"), null, true)(answers, errors),
        textAreaFor("responsibility.learned", t("What you learned"), null, true)(answers, errors),
        textAreaFor("responsibility.changed", t("What has changed in your life"), null, true)(answers, errors),
      ],
    },
    {
      id: "goals",
      part: "story",
      heading: t("Your goals"),
      paths: ["goals"],
      body: (errors) => [
        textAreaFor("goals.goals", t("What are your goals, and how are you working toward them?"), null, true)(answers, errors),
        textAreaFor("goals.record_impact", t("How does your record hold you back?"), t("For example, jobs, housing or a license you could not get."), true)(answers, errors),
      ],
    },
    {
      id: "case",
      heading: t("About your case"),
      intro: t("All of these are optional. Your court papers or your record show them."),
      part: "case",
      paths: ["court", "case_number"],
      body: (errors) => [
        textField({
          path: "court",
          label: t("Court"),
          hint: t("For example, Superior Court of California, County of Los Angeles."),
          optional: true,
          value: answers.court,
          error: errors.court,
        }),
        textField({ path: "case_number", label: t("Case number"), optional: true, value: answers.case_number, error: errors.case_number, width: "medium" }),
      ],
    },
    {
      id: "document",
      part: "letter",
      heading: t("A letter or a sworn declaration?"),
      paths: ["document", "city"],
      body: (errors) => [
        choices({
          path: "document",
          legend: t("What do you want to write?"),
          value: answers.document || "letter",
          error: errors.document,
          options: [
            { value: "letter", label: t("A letter to the judge"), hint: t("You sign it. Most people choose this.") },
            {
              value: "declaration",
              label: t("A sworn declaration"),
              hint: t("You sign it under penalty of perjury: you swear it is true. It can be attached to form MC-031."),
            },
          ],
        }),
        textField({
          path: "city",
          label: t("The city where you will sign it"),
          hint: t("Needed for a sworn declaration. For example, Los Angeles."),
          optional: answers.document !== "declaration",
          value: answers.city,
          error: errors.city,
        }),
      ],
    },
    {
      id: "greeting",
      part: "letter",
      heading: t("How the letter starts and ends"),
      paths: ["salutation", "closing"],
      body: (errors) => [
        textField({
          path: "salutation",
          label: t("Greeting"),
          hint: t("For example, Your Honor, or Dear Judge followed by the judge's last name."),
          value: answers.salutation ?? CONSTANTS.default_salutation,
          error: errors.salutation,
        }),
        answers.document === "declaration"
          ? null
          : choices({
              path: "closing",
              legend: t("Sign-off"),
              value: answers.closing || CONSTANTS.default_closing,
              error: errors.closing,
              options: CONSTANTS.closings.map((closing) => ({ value: closing, label: closing })),
            }),
      ],
    },
    { id: "check", part: "letter", heading: t("Check your answers"), paths: [], body: () => checkAnswers(answers) },
    { id: "letter", part: "letter", heading: t("Your letter"), paths: [], body: () => letterEditor() },
    { id: "get", part: "letter", heading: t("Get your letter"), paths: [], body: () => takeAway() },
  ];
  return list;
}

// --- Reading the form -------------------------------------------------------

function readForm(form) {
  const answers = structuredClone(state.answers);
  const seen = new Set();
  for (const input of form.elements) {
    if (!input.name || seen.has(input.name + input.type)) continue;
    const path = input.name;
    if (input.type === "checkbox") {
      seen.add(path + input.type);
      setPath(answers, path, [...form.querySelectorAll(`input[name="${path}"]:checked`)].map((box) => box.value));
    } else if (input.type === "radio") {
      seen.add(path + input.type);
      const picked = form.querySelector(`input[name="${path}"]:checked`);
      const value = picked ? picked.value : "";
      setPath(answers, path, value === "true" ? true : value === "false" ? false : value);
    } else {
      const raw = input.value;
      const numeric = input.inputMode === "numeric" && /^\s*\d+\s*$/.test(raw);
      setPath(answers, path, numeric ? Number(raw) : raw.trim() === "" ? "" : raw);
    }
  }
  // Areas no longer chosen leave the answers, so they never linger in the letter.
  for (const item of AREAS) if (!(answers.areas || []).includes(item.id)) delete answers[item.id];
  if (answers.document === "declaration") delete answers.closing;
  return answers;
}

function remember(answers) {
  state.answers = answers;
  store.save(state);
}

// --- Moving between steps ---------------------------------------------------

function currentStepId() {
  return wizard.hashPath() || "start";
}

function returnTo() {
  return wizard.returnTo();
}

function go(id) {
  wizard.go(id === "start" ? "" : `#/${id}`, render);
}

wizard.onRoute(() => render());

const setTitle = wizard.setTitle;

async function problemsFor(answers, paths) {
  let problems;
  try {
    ({ problems } = await call("check_answers", { answers_data: answers, lang, partial: false }));
  } catch (error) {
    console.error(`The answers could not be checked: ${error.message}`);
    return []; // the letter step checks them all again, and says what to fix
  }
  return problems.filter(([path]) => paths.some((owned) => path === owned || path.startsWith(owned + ".")));
}

// --- Rendering ----------------------------------------------------------------

let firstRender = true;

function render(errors = null) {
  const moveFocus = !firstRender;
  firstRender = false;
  const id = currentStepId();
  if (id === "start") return renderStart();
  const all = steps(state.answers);
  const index = all.findIndex((step) => step.id === id);
  if (index === -1) return go("start");
  // An address typed or kept past a step the letter needs (#/get, #/letter):
  // go back to the first such step, and say why, so no near-empty letter is made.
  const missing = all.slice(0, index).find((earlier) => lacksRequired(earlier, state.answers));
  if (missing) {
    notice = { kind: "skipped", step: missing.id };
    return wizard.go(`#/${missing.id}`, render, { replace: true });
  }
  const step = all[index];
  const errorMap = Object.fromEntries(errors || []);
  const form = el("form", { class: "ea-form", novalidate: true, "data-step": step.id });
  form.append(wizard.partProgress(parts(), step.part));
  if (preview?.to === step.id) form.append(previewBox(preview, all));
  else preview = null;
  if (errors?.length) form.append(errorSummary(errors));
  if (notice?.step === step.id) {
    if (notice.kind === "skipped") {
      form.append(el("div", { class: "ea-warning ea-skipped", role: "status" }, el("p", { text: t("Please answer this question first. Your letter needs it.") })));
    } else {
      const chosen = RELIEF.find((option) => option.value === state.answers.relief)?.label() || "";
      form.append(
        el("div", { class: "ea-notice ea-carried", role: "status" }, el("p", { text: t("You are asking for: %(relief)s. You can change this in What you are asking for.", { relief: chosen }) })),
        languageNote(),
      );
    }
  } else if (!errors) notice = null;
  if (!step.questionIsLegend) form.append(el("h1", { class: "ea-heading", tabindex: "-1", text: step.heading }));
  if (step.intro) form.append(el("p", { class: "ea-intro", text: step.intro }));
  form.append(...[step.body(errorMap)].flat().filter(Boolean));
  const backTarget = index === 0 ? "start" : all[index - 1].id;
  const actions = el("div", { class: "ea-actions" });
  if (!["letter", "get"].includes(step.id)) actions.append(button(step.id === "check" ? t("Make my letter") : t("Continue"), null, { type: "submit" }));
  else if (step.id === "letter") actions.append(button(t("Continue to download"), null, { type: "submit" }));
  form.append(actions);
  form.append(wizard.backLink(backTarget === "start" ? "#" : `#/${backTarget}`));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(step, form, all, index);
  });
  form.addEventListener("input", () => {
    if (step.paths.length) remember(readForm(form));
  });
  if (errors?.length) clearErrorsOnceFixed(form, step, errors);
  app.replaceChildren(form);
  setTitle(step.heading, errors?.length);
  wizard.focusStep(form, { errors, moveFocus });
  // Just after a story section: the page starts with how it reads, so a screen reader starts there too.
  const shown = form.querySelector(".ea-preview h2");
  if (shown && moveFocus && !errors?.length) wizard.revealBelowHeader(shown);
}

/** As the person corrects an answer, its error (by the field and in the summary) goes once Python finds it fixed. */
function clearErrorsOnceFixed(form, step, errors) {
  let pending;
  const recheck = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const answers = readForm(form);
      const left = step.id === "areas" && !(answers.areas || []).length ? [["areas"]] : await problemsFor(answers, step.paths);
      const still = new Set(left.map(([path]) => path));
      for (const [path] of errors) if (!still.has(path)) clearError(form, path);
      if (!form.querySelector(".ea-error-summary li")) {
        form.querySelector(".ea-error-summary")?.remove();
        setTitle(step.heading, false);
      }
    }, 250);
  };
  form.addEventListener("input", recheck);
  form.addEventListener("change", recheck);
}

function clearError(form, path) {
  const id = fieldId(path);
  form.querySelector(`#${id}-error`)?.remove();
  const input = form.querySelector(`#${id}`);
  input?.closest(".ea-field")?.classList.remove("ea-field--error");
  if (input) {
    input.removeAttribute("aria-invalid");
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter((token) => token && token !== `${id}-error`);
    if (described.length) input.setAttribute("aria-describedby", described.join(" "));
    else input.removeAttribute("aria-describedby");
  }
  form.querySelector(`.ea-error-summary a[href="#${id}"]`)?.closest("li")?.remove();
}

async function submit(step, form, all, index) {
  if (step.id === "letter") return go("get");
  const answers = step.paths.length ? readForm(form) : state.answers;
  remember(answers);
  let problems = [];
  if (step.id === "areas" && !(answers.areas || []).length) {
    problems = [["areas", t("Choose at least one. If none fit, choose Something else.")]];
  } else if (step.paths.length) {
    problems = await problemsFor(answers, step.paths);
  }
  if (problems.length) return render(problems);
  if (!state.done.includes(step.id)) {
    state.done.push(step.id);
    store.save(state);
  }
  notice = null;
  const next = (returnTo() && step.id !== "areas" ? returnTo() : steps(answers)[index + 1]?.id) || "check";
  preview = isStoryStep(step.id) ? await sectionPreview(step.id, answers, next) : null;
  go(next);
}

/**
 * The paragraph a story section makes, written by Python as the letter is
 * (api.letter_section), with its companion in the person's language. Only
 * when Python is ready: otherwise, or on any failure, no box (never a wait).
 */
async function sectionPreview(section, answers, to) {
  if (document.documentElement.dataset.python !== "ready") return null;
  try {
    const reply = await call("letter_section", { answers_data: answers, section, lang });
    return reply.text ? { section, to, text: reply.text, companion: reply.companion || "" } : null;
  } catch (error) {
    console.error(`The paragraph could not be shown (${error.code || "error"}): ${error.message}`);
    return null;
  }
}

/** "How this reads in your letter": the section's English paragraph, a way back to change it, and the companion. */
function previewBox(shown, all) {
  const paragraphs = (text, attributes) => text.trim().split(/\n\s*\n/).map((block) => el("p", { class: "ea-preview-text", ...attributes, text: block }));
  const heading = all.find((step) => step.id === shown.section)?.heading || "";
  return el(
    "section",
    { class: "ea-preview", "aria-labelledby": "ea-preview-title", "data-preview": shown.section },
    el("h2", { id: "ea-preview-title", tabindex: "-1", text: t("How this reads in your letter") }),
    el("div", { class: "ea-preview-letter", lang: "en", dir: "ltr" }, paragraphs(shown.text, {})),
    shown.companion
      ? el(
          "div",
          { class: "ea-preview-companion", lang: document.documentElement.lang },
          el("p", { class: "ea-hint", text: t("In your language, to help you read it:") }),
          paragraphs(shown.companion, {}),
        )
      : null,
    el("p", {}, el("a", { href: `#/${shown.section}`, class: "ea-preview-change", text: t("Change it") }, el("span", { class: "ea-visually-hidden", text: " " + heading }))),
  );
}

function renderStart() {
  const hasAnswers = Object.keys(state.answers).length > 0;
  const fileInput = el("input", { type: "file", id: "ea-load-file", accept: ".json,application/json", class: "ea-file" });
  const fileMessage = el("p", { class: "ea-file-message", role: "status" });
  fileInput.addEventListener("change", () => loadAnswersFile(fileInput, fileMessage));
  app.replaceChildren(
    el(
      "div",
      { class: "ea-start" },
      el("h1", { class: "ea-heading", tabindex: "-1", text: t("Write your personal statement") }),
      el("p", { text: t("Answer a few questions. The tool turns your answers into a letter to the judge, or a sworn declaration. You can change every word before you download it.") }),
      el("p", { text: t("It takes about 20 to 30 minutes. You can stop and come back: your answers stay in this browser tab.") }),
      el("p", { text: t("It may help to have at hand:") }),
      el(
        "ul",
        {},
        el("li", { text: t("your case number and the court, from your court papers or your record") }),
        el("li", { text: t("the names and dates of your jobs, classes or programs") }),
        el("li", { text: t("letters from employers, counselors or others who know you, if you have them") }),
      ),
      languageNote(),
      el("p", { text: t("Your answers never leave this device. This tool gives information, not legal advice.") }),
      button(hasAnswers ? t("Continue where you left off") : t("Start now"), () => go(hasAnswers ? firstUnanswered(state.answers) : "about"), { id: "ea-start" }),
      hasAnswers ? button(t("Start over"), startOver, { secondary: true, id: "ea-start-over" }) : null,
      el("h2", { text: t("Have an answers file?") }),
      el("p", { text: t("If you downloaded your answers before, load them here.") }),
      el("label", { for: "ea-load-file", class: "ea-label", text: t("Load answers from a file") }),
      fileInput,
      fileMessage,
    ),
  );
  setTitle(t("Write your personal statement"), false);
}

function startOver() {
  store.clear();
  state = store.emptyState();
  go("start");
  render();
}

async function loadAnswersFile(input, message) {
  const file = input.files?.[0];
  if (!file) return;
  const refuse = (text) => {
    message.textContent = text;
    message.classList.add("ea-field-error");
  };
  if (file.size > 200_000) return refuse(t("This file is too big to be an answers file. Your current answers were not changed."));
  let data;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return refuse(t("This file is not an answers file. Your current answers were not changed."));
  }
  await ready;
  const { problems } = await call("check_answers", { answers_data: data, lang, partial: true });
  if (problems.length) {
    return refuse(t("This answers file has problems, so it was not loaded. Your current answers were not changed.") + " " + problems.map((p) => `${p[0]}: ${p[1]}`).join(" "));
  }
  state.answers = data;
  state.letter = { text: "", builtFrom: "", edited: false };
  state.done = steps(data).map((step) => step.id);
  store.save(state);
  go("check");
}

// --- Check your answers -------------------------------------------------------

function checkAnswers(answers) {
  const rows = [];
  const add = (label, value, step) => rows.push({ label, value, href: `#/${step}?return=check` });
  add(t("Your full name"), answers.name, "about");
  add(t("Your age"), answers.age ? String(answers.age) : "", "about");
  add(t("Military service"), answers.veteran === true ? t("Yes") : answers.veteran === false ? t("No") : "", "about");
  add(t("What you are asking for"), RELIEF.find((option) => option.value === (answers.relief || ""))?.label() || "", "relief");
  add(t("What you have done since"), (answers.areas || []).map((id) => area(id).label()).join(", "), "areas");
  for (const id of answers.areas || []) add(area(id).label(), getPath(answers, `${id}.text`), `area-${id}`);
  add(t("Taking responsibility"), Object.values(answers.responsibility || {}).join(" "), "responsibility");
  add(t("Your goals"), Object.values(answers.goals || {}).join(" "), "goals");
  add(t("Court"), answers.court, "case");
  add(t("Case number"), answers.case_number, "case");
  add(t("What you are writing"), answers.document === "declaration" ? t("A sworn declaration") : t("A letter to the judge"), "document");
  add(t("Greeting"), answers.salutation || CONSTANTS.default_salutation, "greeting");
  return [wizard.summaryList(rows)];
}

// --- The letter ------------------------------------------------------------------

function answersKey() {
  return JSON.stringify(state.answers);
}

async function buildLetter() {
  try {
    const reply = await call("letter", { answers_data: state.answers, lang });
    state.letter = { text: reply.text, companion: reply.companion || "", builtFrom: answersKey(), edited: false };
    store.save(state);
    return null;
  } catch (error) {
    // Problems with the answers come worded for the person (check_answers' words);
    // anything else is for developers only: the console gets it, the person a way on.
    if (error.code === "invalid-answers" && error.problems?.length) return { problems: error.problems };
    console.error(`The letter could not be made (${error.code || "error"}): ${error.message}`);
    return { failed: true };
  }
}

function pagesText(text) {
  const words = (text.match(/\S+/g) || []).length;
  const pages = Math.max(1, Math.ceil(words / CONSTANTS.words_per_page));
  return pages === 1
    ? t("About 1 page. About one page is a good length.")
    : t("About %(pages)s pages. Judges read many letters: about one page is best.", { pages: String(pages) });
}

function letterEditor() {
  const holder = el("div", { class: "ea-letter", "aria-busy": "true" }, el("p", { role: "status", text: t("Writing your letter…") }));
  prepareLetter(holder);
  return [holder];
}

async function prepareLetter(holder) {
  try {
    await ready;
  } catch {
    return showLetterFailure(holder); // python.js already says the tool could not start
  }
  const changed = state.letter.builtFrom !== answersKey();
  if (!state.letter.text || (changed && !state.letter.edited)) {
    const outcome = await buildLetter();
    if (outcome?.problems) return showLetterProblems(holder, outcome.problems);
    if (outcome?.failed) return showLetterFailure(holder);
  }
  holder.removeAttribute("aria-busy");
  // The letter is in English in every language (court papers are, CCP 185): marked so, left to right.
  const area = el("textarea", { id: "ea-letter-text", class: "ea-textarea ea-letter-text", lang: "en", dir: "ltr", rows: 24, spellcheck: "true", "aria-describedby": "ea-letter-hint ea-letter-pages" });
  area.value = state.letter.text;
  const pages = el("p", { id: "ea-letter-pages", class: "ea-count", "aria-live": "polite", text: pagesText(area.value) });
  let timer;
  area.addEventListener("input", () => {
    state.letter.text = area.value;
    state.letter.edited = true;
    store.save(state);
    clearTimeout(timer);
    timer = setTimeout(() => (pages.textContent = pagesText(area.value)), 300);
  });
  const parts = [];
  if (changed && state.letter.edited) {
    parts.push(
      el(
        "div",
        { class: "ea-warning", role: "region", "aria-labelledby": "ea-rebuild-title" },
        el("h2", { id: "ea-rebuild-title", text: t("Your answers changed after you edited the letter") }),
        el("p", { text: t("You can rebuild the letter from your answers. Your edits to the letter will be lost. Or you can keep your edited letter as it is; it will not show the changed answers.") }),
        button(t("Rebuild the letter from my answers"), async () => {
          state.letter.edited = false;
          state.letter.text = "";
          render();
        }, { id: "ea-rebuild" }),
        button(t("Keep my edited letter"), () => {
          state.letter.builtFrom = answersKey();
          store.save(state);
          render();
        }, { secondary: true, id: "ea-keep" }),
      ),
    );
  }
  parts.push(
    el("label", { for: "ea-letter-text", class: "ea-label", text: t("Your letter. You can change any word.") }),
    el("p", { id: "ea-letter-hint", class: "ea-hint", text: t("The letter is in English because the court needs English. Read it carefully: it must be true.") }),
    area,
    pages,
  );
  holder.replaceChildren(...parts);
  // While the person reads the letter, get the PDF ready.
  preparePdf(state.letter.text);
}

/**
 * The companion: the letter's fixed wording in the person's language with their
 * answers in place (letter.render(lang=...)), to read and print, never to file.
 * Made from the answers, so edits to the English letter are not in it.
 */
function companionPart() {
  const companion = state.letter.companion;
  if (!companion) return [];
  const printCompanion = () => {
    document.documentElement.dataset.printing = "companion";
    window.addEventListener("afterprint", () => delete document.documentElement.dataset.printing, { once: true });
    window.print();
  };
  const notFiled = t("Translation to help you read your letter. Do not file it: the court needs the letter in English.");
  return [
    el(
      "section",
      { class: "ea-companion", "aria-labelledby": "ea-companion-title", lang: document.documentElement.lang },
      el("h2", { id: "ea-companion-title", text: t("Your letter in your language") }),
      el("p", { class: "ea-companion-mark", text: notFiled }),
      el("p", { class: "ea-hint", text: t("It shows the letter made from your answers. Changes you made to the English letter are not in it.") }),
      el("div", { class: "ea-companion-text", id: "ea-companion-text", text: companion }),
      button(t("Print the translation"), printCompanion, { secondary: true, id: "ea-print-companion" }),
    ),
  ];
}

/** The letter could not be written for a reason that is not the answers: say so plainly, and offer to try again. */
function showLetterFailure(holder) {
  holder.removeAttribute("aria-busy");
  holder.replaceChildren(
    el(
      "div",
      { class: "ea-error-summary ea-letter-failed", role: "alert", tabindex: "-1" },
      el("h2", { text: t("Sorry, your letter could not be written") }),
      el("p", { text: t("Your answers are safe. Try again. If it still does not work, reload the page.") }),
      button(t("Try again"), () => {
        holder.setAttribute("aria-busy", "true");
        holder.replaceChildren(el("p", { role: "status", text: t("Writing your letter…") }));
        prepareLetter(holder);
      }, { id: "ea-retry-letter" }),
    ),
  );
  setTitle(t("Your letter"), true);
  holder.querySelector(".ea-error-summary").focus();
}

function showLetterProblems(holder, problems) {
  const owner = (path) => {
    const all = steps(state.answers);
    return all.find((step) => step.paths.some((owned) => path === owned || path.startsWith(owned + ".")))?.id || "about";
  };
  holder.removeAttribute("aria-busy");
  holder.replaceChildren(
    el(
      "div",
      { class: "ea-error-summary", role: "alert", tabindex: "-1" },
      el("h2", { text: t("There is a problem") }),
      el("ul", {}, problems.map(([path, message]) => el("li", {}, el("a", { href: `#/${owner(path)}?return=check`, text: message })))),
    ),
  );
  setTitle(t("Your letter"), true);
  holder.querySelector(".ea-error-summary").focus();
}

// --- Take it away -----------------------------------------------------------------

function download(blob, name) {
  const url = fileLink(blob); // registered, so "Next person" and the quick exit revoke it
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => dropFileLink(url), 1000);
}

// The PDF maker (fpdf2, fontTools, the font) downloads and warms up while the
// person reads the letter: the first PDF, made in Python, is slow (imports,
// reading the font). preparePdf(text) starts that and then makes the PDF of
// `text` in advance; pdfOf(text) uses that PDF if the text has not changed
// since, and otherwise makes a new one (by then Python is warm).
let preparedPdf = null;
function makePdf(text) {
  return load("pdf").then(() => call("letter_pdf", { text }));
}
function preparePdf(text) {
  if (preparedPdf?.text === text || !text) return;
  const promise = (preparedPdf?.promise || Promise.resolve()).catch(() => {}).then(() => makePdf(text));
  promise.catch(() => {}); // a failure shows when the person asks for the PDF
  preparedPdf = { text, promise };
}
function pdfOf(text) {
  return preparedPdf?.text === text ? preparedPdf.promise.catch(() => makePdf(text)) : makePdf(text);
}

function fileName(extension) {
  return `personal-statement.${extension}`;
}

function takeAway() {
  if (!state.letter.text) {
    setTimeout(() => go("letter"));
    return [];
  }
  // The PDF of this very text, made while the person reads this page.
  preparePdf(state.letter.text);
  const status = el("p", { class: "ea-status", role: "status" });
  const problem = el("div", { class: "ea-download-problem", role: "alert" });
  const busy = (text) => {
    problem.replaceChildren();
    status.textContent = text;
  };
  const text = () => state.letter.text;
  // A file that could not be made: say so in the person's words, keep the
  // developer's reason in the console, and offer to try again.
  const failed = (what, error, retry) => {
    console.error(`The ${what} could not be made: ${error?.message || error}`);
    status.textContent = "";
    problem.replaceChildren(
      el("p", { class: "ea-field-error", text: what === "pdf"
        ? t("Sorry, your PDF could not be made. Check your internet connection, then try again. You can also download a Word or text file.")
        : t("Sorry, your Word file could not be made. Try again, or download a PDF or text file.") }),
      button(t("Try again"), retry, { id: `ea-retry-${what}` }),
    );
  };
  const downloadPdf = async () => {
    busy(t("Making your PDF…"));
    try {
      const { base64 } = await pdfOf(text());
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      download(new Blob([bytes], { type: "application/pdf" }), fileName("pdf"));
      busy(t("Your PDF is downloaded."));
    } catch (error) {
      failed("pdf", error, downloadPdf);
    }
  };
  const makeDocx = async () => {
    busy(t("Making your Word file…"));
    try {
      const { letterDocx } = await import("./docx.js");
      download(await letterDocx(text()), fileName("docx"));
      busy(t("Your Word file is downloaded."));
    } catch (error) {
      failed("docx", error, makeDocx);
    }
  };
  const actions = el(
    "div",
    { class: "ea-downloads" },
    button(t("Download PDF"), downloadPdf, { id: "ea-download-pdf" }),
    button(t("Download Word file"), makeDocx, { secondary: true, id: "ea-download-docx" }),
    button(t("Download text file"), () => {
      download(new Blob([text()], { type: "text/plain;charset=utf-8" }), fileName("txt"));
      busy(t("Your text file is downloaded."));
    }, { secondary: true, id: "ea-download-txt" }),
    button(t("Print"), () => window.print(), { secondary: true, id: "ea-print" }),
    button(t("Copy the letter"), async () => {
      try {
        await navigator.clipboard.writeText(text());
        busy(t("Copied. You can paste the letter anywhere."));
      } catch {
        busy(t("Your browser did not allow copying. Select the letter on the previous page and copy it."));
      }
    }, { secondary: true, id: "ea-copy" }),
  );
  return [
    el("div", { class: "ea-print-letter", text: text() }),
    actions,
    status,
    problem,
    ...companionPart(),
    el("h2", { text: t("Before you file it") }),
    el(
      "ul",
      {},
      el("li", { text: t("Read it once more. Everything in it must be true.") }),
      el("li", { text: t("Sign it and write the date by hand.") }),
      el("li", { text: t("Keep a copy for yourself.") }),
      el("li", {}, t("Ask free legal help to read it before you file it:") + " ", el("a", { href: helpLink(), text: t("find free legal help") })),
    ),
    wizard.savePanel({
      state,
      save: () => store.save(state),
      announce: busy,
      onDelete: startOver,
      extra: [
        button(t("Download my answers as a file"), () => {
          download(new Blob([JSON.stringify(state.answers, null, 2)], { type: "application/json" }), "expunge-assist-answers.json");
          busy(t("Your answers file is downloaded. Keep it somewhere safe."));
        }, { secondary: true, id: "ea-download-answers" }),
      ],
    }),
  ];
}


// The first page waits for the words of the page's language and the schema (two small JSON files).
Promise.all([wordsReady, wizard.loadSchema()]).then(([, schema]) => {
  useSchema(schema);
  render();
});

// If Python cannot start: every question, and the letter's parts, on a worksheet to print (worksheet.js).
offerWorksheet(() => ({
  title: t("Write your personal statement"),
  intro: t("Answer these questions on paper. Skip the parts of your life that do not fit you. A helper can then type your letter."),
  questions: steps({ areas: AREAS.map((item) => item.id) })
    .filter((step) => step.paths.length)
    .flatMap((step) => [
      ...(step.questionIsLegend ? [] : [{ kind: "section", heading: step.heading, hint: step.intro || null, choices: [] }]),
      ...questionsFromFields(step.body({})),
    ]),
  structure: letterStructure(),
}));
