// When Python cannot start, the person can still finish on paper: a printable
// worksheet of the tool's questions, with space to write.
//
// renderWorksheet() takes already-translated question objects, so any list of
// questions can feed it (today the screener's QUESTIONS and the statement's
// steps, through small adapters; later the question schema, assets/tools/schema.json):
//   { heading, hint, choices: [labels], kind }
// where kind is "choice" (one box to tick), "multiple" (tick all that apply),
// "text" (a line), "long" (several lines), "date", "years" or "section" (a
// heading over the questions after it). Text is set with textContent only.

import { ready, t } from "./python.js";

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return node;
}

// Ruled lines to write on (a class, not a style attribute: the page's policy allows no inline styles).
const lines = (long) => el("span", { class: long ? "ea-worksheet-lines ea-worksheet-lines--long" : "ea-worksheet-lines", "aria-hidden": "true" });
const box = "\u2610 "; // ☐, a box to tick on paper

function answerSpace(question) {
  switch (question.kind) {
    case "choice":
    case "multiple":
      return el("ul", { class: "ea-worksheet-choices" }, question.choices.map((label) => el("li", { text: box + label })));
    case "long":
      return lines(true);
    case "date":
      return el("p", { class: "ea-worksheet-date", text: `${t("Year")} ________   ${t("Month")} ____   ${t("Day")} ____   ${box}${t("I don't know")}` });
    case "years":
      return el("p", { text: `${t("Number of years")} ________   ${box}${t("I don't know")}` });
    default:
      return lines(false);
  }
}

/** The worksheet: a title, an introduction, each question with room to answer, then the letter's structure if given. */
export function renderWorksheet({ title, intro, questions, structure = null }) {
  const sheet = el("div", { class: "ea-worksheet", "data-worksheet": "" }, el("h1", { text: title }), el("p", { text: intro }));
  let number = 0;
  for (const question of questions) {
    if (question.kind === "section") {
      sheet.append(el("h2", { text: question.heading }), question.hint ? el("p", { text: question.hint }) : null);
      continue;
    }
    number += 1;
    sheet.append(
      el(
        "section",
        { class: "ea-worksheet-question" },
        el("h3", { text: `${number}. ${question.heading}` }),
        question.hint ? el("p", { class: "ea-hint", text: question.hint }) : null,
        answerSpace(question),
      ),
    );
  }
  if (structure) {
    sheet.append(
      el("h2", { text: structure.heading }),
      structure.intro ? el("p", { text: structure.intro }) : null,
      el("ol", { class: "ea-worksheet-structure" }, structure.parts.map((part) => el("li", { text: part }))),
    );
  }
  sheet.append(el("p", { class: "ea-hint", text: t("This worksheet is paper like any other: keep it somewhere safe.") }));
  return sheet;
}

/** Questions from a tool's rendered form fields: each label or legend, its hint and its choices. */
export function questionsFromFields(nodes) {
  const questions = [];
  const holder = el("div", {}, nodes);
  for (const field of holder.querySelectorAll(".ea-field")) {
    if (field.parentElement.closest(".ea-field")) continue;
    const hint = [...field.children].find((child) => child.classList.contains("ea-hint"))?.textContent || null;
    if (field.tagName === "FIELDSET") {
      const legend = field.querySelector("legend").textContent;
      const inputs = [...field.querySelectorAll(".ea-choice > input")];
      if (inputs.length) {
        const choices = inputs.map((input) => field.querySelector(`label[for="${input.id}"]`).textContent);
        questions.push({ heading: legend, hint, choices, kind: inputs[0].type === "checkbox" ? "multiple" : "choice" });
      } else {
        questions.push({ heading: legend, hint, choices: [], kind: "text" });
      }
      continue;
    }
    const label = field.querySelector("label").textContent;
    const select = field.querySelector("select");
    if (select) questions.push({ heading: label, hint, choices: [...select.options].map((option) => option.textContent), kind: "choice" });
    else questions.push({ heading: label, hint, choices: [], kind: field.querySelector("textarea") ? "long" : "text" });
  }
  return questions;
}

function print(sheet) {
  document.querySelector("[data-worksheet]")?.remove();
  (document.querySelector(".md-content__inner") || document.body).append(sheet);
  document.documentElement.dataset.printing = "worksheet";
  window.addEventListener("afterprint", () => delete document.documentElement.dataset.printing, { once: true });
  window.print();
}

/** The parts of the personal statement, in order, for the worksheet (templates/letter/letter.txt.j2). */
export function letterStructure() {
  return {
    heading: t("How the letter is built"),
    intro: t("The letter is in English because the court needs English. A helper can type it from your worksheet."),
    parts: [
      t("The date."),
      t("The court and the case number, if you know them."),
      t("The greeting, for example: Your Honor,"),
      t("My name is …, and I am … years old. I am writing to ask the Court to … (what you are asking for)."),
      t("A paragraph for each part of your life today: work, looking for work, school, recovery, military service, family, community."),
      t("Taking responsibility: what happened, what you learned, what has changed."),
      t("Your goals, and how your record holds you back."),
      t("Thank you for considering my request. Then the sign-off, your signature and your printed name."),
      t("For a sworn declaration instead: I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct. Then the date, the city, and your signature."),
    ],
  };
}

/** If Python cannot start, say the answers are kept and offer the worksheet that `build()` returns. */
export function offerWorksheet(build) {
  ready.catch(() => {
    const status = document.querySelector("[data-python-status]");
    const offer = el(
      "div",
      { class: "ea-worksheet-offer", role: "region", "aria-labelledby": "ea-worksheet-title", "data-worksheet-offer": "" },
      el("h2", { id: "ea-worksheet-title", text: t("You can still finish on paper") }),
      el("p", { text: t("Your answers are kept in this browser tab. You can reload the page later to try again.") }),
      el("p", { text: t("Or print a worksheet with every question and space to write, and finish it on paper or with a helper.") }),
      el("button", { type: "button", class: "ea-button", id: "ea-print-worksheet", onclick: () => print(renderWorksheet(build())), text: t("Print a worksheet") }),
    );
    if (status) status.after(offer);
    else document.body.prepend(offer);
  });
}
