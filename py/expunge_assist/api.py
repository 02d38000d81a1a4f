"""The calls a page may make into Python, by name.

Each call takes plain data (a dict decoded from JSON) and returns plain data.
The worker protocol (docs/protocol.md) carries the name and arguments; this
module is the one list of what exists. Later tools (the letter, the screener)
add their calls here.
"""

import base64
import sys

from datetime import date

from . import __version__, answers, case, catalog, letter, questions, render, screener
from . import reminder as reminder_module
from .case import CaseError, parse_case


class CallError(Exception):
    """A call that cannot be answered; ``code`` is stable, ``message`` says what to do."""

    def __init__(self, code: str, message: str, problems=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.problems = [list(problem) for problem in problems or []]


def about(lang: str = "en") -> dict:
    """What is running: versions, languages, and a sentence in the person's language."""
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return {
        "package": __version__,
        "python": python,
        "platform": sys.platform,
        "languages": catalog.languages(),
        "message": render.render("about.txt.j2", lang, python=python),
    }


def check_answers(answers_data: dict, lang: str = "en", partial: bool = False) -> dict:
    """What is wrong with the answers, in the person's language: {"problems": [[field, advice], ...]}."""
    try:
        answers.parse(answers_data, lang=lang, partial=partial)
    except answers.AnswersError as error:
        return {"problems": [list(problem) for problem in error.problems]}
    return {"problems": []}


def check_case(case_data: dict, lang: str = "en") -> dict:
    """What is wrong with a screener case, in the person's language, and what its code sections settle.

    {"problems": [[key, advice], ...], "offenses": [normalized codes] or "unknown" or null,
    "settled": {key: answer} (the answers the code sections settle), "asked": [keys, in order]}.
    """
    values, problems = case.check_case(case_data, lang)
    offenses = values.get("offenses")
    settled = questions.settled_by({"offenses": offenses}) if isinstance(offenses, tuple) else {}
    settled = {key: answer for key, answer in settled.items() if key in case.KEYS}
    answers = dict(case_data) if isinstance(case_data, dict) else {}
    if isinstance(offenses, tuple):
        answers["offenses"] = list(offenses)
    answers.update(settled)
    return {
        "problems": [list(problem) for problem in problems],
        "offenses": list(offenses) if isinstance(offenses, tuple) else offenses,
        "settled": settled,
        "asked": questions.asked(answers, settled),
    }


def make_letter(answers_data: dict, today: str | None = None, lang: str = "en") -> dict:
    """The letter's text and page estimate from the page's answers; CallError lists what to fix."""
    try:
        checked = answers.parse(answers_data, lang=lang)
    except answers.AnswersError as error:
        raise CallError("invalid-answers", str(error), problems=error.problems) from None
    text = letter.render(checked, _date(today))
    reply = {"text": text, "pages": letter.estimate_pages(text)}
    if catalog.normalize(lang) != catalog.SOURCE_LANGUAGE:
        # The companion: the same letter's wording in the person's language, to read, never to file.
        reply["companion"] = letter.render(checked, _date(today), lang=lang)
    return reply


def letter_section(answers_data: dict, section: str, lang: str = "en") -> dict:
    """One story section's paragraph, as the letter has it: {"text", "companion"?}; "" when the section is empty.

    The answers may still be partial (the person is halfway through): only
    what is typed so far is checked, as check_answers(partial=True) does.
    """
    try:
        checked = answers.parse(answers_data, lang=lang, partial=True)
    except answers.AnswersError as error:
        raise CallError("invalid-answers", str(error), problems=error.problems) from None
    try:
        reply = {"text": letter.render_section(checked, section)}
    except ValueError as error:
        raise CallError("bad-arguments", str(error)) from None
    if catalog.normalize(lang) != catalog.SOURCE_LANGUAGE and reply["text"]:
        reply["companion"] = letter.render_section(checked, section, lang=lang)
    return reply


def letter_pdf(text: str, title: str = "Personal statement") -> dict:
    """The (possibly edited) letter text as a PDF, base64-encoded. Needs the "pdf" group loaded."""
    from . import export_pdf  # imported on use: fpdf2 arrives only with the "pdf" group

    return {"base64": base64.b64encode(export_pdf.to_pdf(_letter_text(text), title)).decode("ascii")}


def _letter_text(text) -> str:
    if not isinstance(text, str) or not text.strip():
        raise CallError("bad-arguments", "The letter is empty: write or rebuild it before downloading.")
    if len(text) > 60_000:
        raise CallError("bad-arguments", "The letter is too long to print: shorten it to a few pages.")
    return text


def _date(value: str | None):
    import datetime

    return datetime.date.fromisoformat(value) if value else None


def screen(case: dict, as_of: str | None = None, lang: str = "en") -> dict:
    """Which remedies may fit one case (docs/screener.md), on ``as_of`` (ISO) or today, in ``lang``."""
    try:
        day = date.fromisoformat(as_of) if as_of else date.today()
    except (TypeError, ValueError):
        raise CallError("bad-arguments", f"as_of must be a date like 2026-11-28, not {as_of!r}.") from None
    try:
        checked = parse_case(case, lang)  # problems in the person's language
    except CaseError as error:
        raise CallError("invalid-case", str(error), problems=error.pairs) from None
    return screener.screen(checked, day, lang)


def reminder(day: str, address: str, lang: str = "en") -> dict:
    """A calendar file (RFC 5545) reminding to check the site again on ``day`` (ISO): {"filename", "text"}; no case details."""
    try:
        when = date.fromisoformat(day)
        text = reminder_module.reminder_ics(when, address, lang)
    except (TypeError, ValueError) as error:
        raise CallError("bad-arguments", f"reminder: {error}") from None
    return {"filename": f"expunge-assist-reminder-{when.isoformat()}.ics", "text": text}


def tools_schema() -> dict:
    """The tools' questions and constants as JSON data; build.py writes it as assets/tools/schema.json."""
    return {
        "version": 1,
        "unknown": case.UNKNOWN,
        "earliest_year": case.EARLIEST_YEAR,
        "screener": questions.as_json(),
        "statement": answers.as_json(),
    }


CALLS = {
    "about": about,
    "screen": screen,
    "check_answers": check_answers,
    "check_case": check_case,
    "letter": make_letter,
    "letter_section": letter_section,
    "letter_pdf": letter_pdf,
    "reminder": reminder,
}


def call(name: str, args: dict) -> object:
    """Run call ``name`` with keyword ``args``; raise CallError when it cannot run."""
    function = CALLS.get(name)
    if function is None:
        known = ", ".join(sorted(CALLS))
        raise CallError("unknown-call", f"There is no call named {name!r}. Known calls: {known}.")
    if not isinstance(args, dict):
        raise CallError("bad-arguments", f"The arguments of {name!r} must be a JSON object.")
    try:
        return function(**args)
    except TypeError as error:
        raise CallError("bad-arguments", f"Call {name!r} cannot take these arguments: {error}.") from None
