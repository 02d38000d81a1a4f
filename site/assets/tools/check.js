// The "check this device" page: start Python and show its answer.
import { call, ready } from "./python.js";

const answer = document.querySelector("[data-python-answer]");

ready
  .then(() => call("about", { lang: document.documentElement.lang }))
  .then((about) => {
    answer.textContent = about.message;
    answer.hidden = false;
  })
  .catch(() => {
    // python.js has already shown the failure in the person's language.
  });
