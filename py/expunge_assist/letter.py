"""The personal statement: answers in, the letter's text out.

Wording lives in templates/letter/ (Jinja2); this module only supplies the
values and the small grammar helpers the templates need (dates, counts). The
text is plain: blocks separated by one blank line, lines inside a block (a
caption, a signature) by single newlines. The exports (PDF, DOCX, text) all
take this text, so a letter the person edited exports exactly as edited.
"""

import datetime
import math
import re
from functools import lru_cache

import jinja2

from . import catalog, sanitize
from .answers import AREAS, RELIEF, RELIEF_EVENT, Answers
from .resources import letter_templates_dir

NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
# Words on one US Letter page at 12 pt, 1.5 spacing, 1-inch margins, measured
# on PDFs this package makes: about 520 in one solid paragraph, fewer in a
# letter of short paragraphs with a signature block.
WORDS_PER_PAGE = 450


def long_date(value: datetime.date) -> str:
    """A date as courts write it: "November 28, 2026"."""
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


def number_word(number: int) -> str:
    """"one", "two", ... "ten", then digits: how the letter writes a small count."""
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else str(number)


def count_of(number: int, singular: str, plural: str) -> str:
    """"one child", "two children", "12 children": words up to ten, then digits."""
    return f"{number_word(number)} {singular if number == 1 else plural}"


@lru_cache(maxsize=None)
def environment(lang: str = catalog.SOURCE_LANGUAGE) -> jinja2.Environment:
    """The letter's templates, their fixed sentences in ``lang``.

    English is the letter itself. Any other language makes the companion: the
    same sentences from the catalog, dates as 2026-11-28 and counts in digits,
    since the words "November" or "two" are English.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(letter_templates_dir())),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text; pages insert it with textContent
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    english = catalog.normalize(lang) == catalog.SOURCE_LANGUAGE
    words = catalog.translations(lang)
    # newstyle: _("... %(name)s", name=value) fills in the values after translating.
    env.install_gettext_callables(words.gettext, words.ngettext, newstyle=True)
    # A fixed phrase kept as data (the relief, a default salutation or closing):
    # looked up, never formatted, since a person may have typed it.
    env.filters["fixed"] = words.gettext
    env.filters["long_date"] = long_date if english else datetime.date.isoformat
    env.filters["number_word"] = number_word if english else str
    return env


def render(answers: Answers, today: datetime.date | None = None, lang: str = catalog.SOURCE_LANGUAGE) -> str:
    """The whole letter as plain text, from checked answers.

    In English (the default) this is the letter to file. In another language
    it is the companion: the letter's fixed wording translated, the person's
    answers in place as they typed them, to read and never to file.
    """
    date = answers.date or today or datetime.date.today()
    text = environment(lang).get_template("letter.txt.j2").render(**_values(answers, date))
    return tidy(text)


def event_of(answers: Answers) -> str:
    """What the case was, for the letter's "Since my ..." wording: "conviction", "arrest" or "case".

    An arrest that ended with no conviction (PC 851.91) or a case closed after
    diversion says "arrest"; a juvenile court's order is not a conviction
    (Welfare and Institutions Code section 203), so it says "case". A letter
    whose relief is not given keeps "conviction": most remedies a statement
    supports are for one.
    """
    event = RELIEF_EVENT.get(answers.relief or "", "conviction")
    return "case" if event == "juvenile" else event


def _values(answers: Answers, date: datetime.date) -> dict:
    """What every letter template reads."""
    return {
        "answers": answers,
        "date": date,
        "relief": RELIEF[answers.relief or "unknown"],
        "event": event_of(answers),
        "has_military_area": any(area.kind == "military" for area in answers.areas),
    }


# The story's sections, by the statement page's step ids: each area of life, then
# taking responsibility, then goals. Each is one template the letter includes.
SECTIONS = (*(f"area-{kind}" for kind in AREAS), "responsibility", "goals")


def render_section(answers: Answers, section: str, lang: str = catalog.SOURCE_LANGUAGE) -> str:
    """The paragraph(s) one story section makes in the letter, exactly as the letter has them.

    ``section`` is "area-work" (any area), "responsibility" or "goals". The
    text is "" when the section has no answer (an area not chosen, a skipped
    optional section). In another language it is the companion's paragraph.
    """
    if section not in SECTIONS:
        raise ValueError(f"There is no story section {section!r}. Known: {', '.join(SECTIONS)}.")
    values = _values(answers, answers.date or datetime.date.today())
    env = environment(lang)
    if section.startswith("area-"):
        kind = section.removeprefix("area-")
        chosen = [area for area in answers.areas if area.kind == kind]
        if not chosen:
            return ""
        text = env.get_template(f"areas/{kind}.txt.j2").render(area=chosen[0], **values)
    elif not getattr(answers, section):
        return ""
    else:
        text = env.get_template(f"sections/{section}.txt.j2").render(**values)
    return tidy(text) if text.strip() else ""


def tidy(text: str) -> str:
    """One blank line between blocks, no trailing spaces, one final newline, no controls.

    An edited letter goes to the exports through here too, so a bidirectional
    control pasted into the editor cannot reorder the PDF or Word file (sanitize.py).
    """
    lines = [line.rstrip() for line in sanitize.clean(text).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"


def blocks(text: str) -> list[list[str]]:
    """The letter's blocks, each a list of its lines (what the PDF and DOCX lay out)."""
    return [block.split("\n") for block in tidy(text).strip("\n").split("\n\n") if block.strip()]


def estimate_pages(text: str) -> int:
    """About how many US Letter pages the letter fills (at least one)."""
    words = len(re.findall(r"\S+", text))
    return max(1, math.ceil(words / WORDS_PER_PAGE))
