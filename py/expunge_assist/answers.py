"""The personal statement's answers: their format, and validation that says what to fix.

The answers are plain data (a dict, as read from JSON or sent by the page).
``parse`` checks every field and returns ``Answers``, or raises
``AnswersError`` listing each problem with its field and what to enter. The
format is documented with a complete example in docs/answers.md.

Nothing here changes what a person typed beyond trimming outer spaces:
names keep their casing (McKay, DeShawn, UCLA) and free text its words.
"""

import datetime
import re
from dataclasses import dataclass, field

from . import catalog, sanitize


def _(message: str) -> str:
    """Marks a message for the catalogs (babel extracts it); translated when reported."""
    return message

# Hard limit on any free-text answer: generous for a one- to two-page letter,
# small enough that a pasted 100,000-character text is refused at once
# instead of slowing the page or the PDF down.
TEXT_LIMIT = 2000
# Guidance shown beside a free-text answer: about a short paragraph.
TEXT_ADVICE = 600
SHORT_LIMIT = 120

DOCUMENTS = ("letter", "declaration")

# The areas of life since the conviction, in the order the letter tells them,
# with the words the page shows for each.
AREA_LABELS = {
    "work": _("Working"),
    "job_search": _("Looking for work"),
    "school": _("School or job training"),
    "recovery": _("Recovery, treatment or counseling"),
    "military": _("Military service"),
    "caregiving": _("Parenting or caring for family"),
    "community": _("Community service or a faith community"),
    "other": _("Something else"),
}
AREAS = tuple(AREA_LABELS)
# For each area: the page's heading and introduction, and its optional short
# fields (besides "text", its free-text answer), each with its label and hint.
# The page renders these (schema.json, "statement"); the letter's areas/*.j2
# templates use the same field names.
AREA_QUESTIONS = {
    "work": {
        "heading": _("Your work"),
        "intro": _("Tell the judge about your job: what you do, how long you have done it, and what it means to you."),
        "fields": [{"key": "employer", "label": _("Where do you work?")}, {"key": "role", "label": _("What is your job title?")}],
    },
    "job_search": {
        "heading": _("Looking for work"),
        "intro": _("Tell the judge how you are looking for work, and what kind of work you want."),
        "fields": [],
    },
    "school": {
        "heading": _("School or job training"),
        "intro": _("Tell the judge about your classes or training, and what you hope they lead to."),
        "fields": [{"key": "school", "label": _("What school or program?")}, {"key": "study", "label": _("What are you studying?")}],
    },
    "recovery": {
        "heading": _("Recovery, treatment or counseling"),
        "intro": _("Share only what you are comfortable sharing. Dates and steps you have taken help."),
        "fields": [{"key": "program", "label": _("What program or group?")}],
    },
    "military": {
        "heading": _("Military service"),
        "intro": _("Tell the judge about your service."),
        "fields": [{"key": "branch", "label": _("Which branch?"), "hint": _("For example, U.S. Army.")}],
    },
    "caregiving": {
        "heading": _("Parenting or caring for family"),
        "intro": _("Tell the judge who you care for and what you do for them."),
        "fields": [
            {
                "key": "children",
                "label": _("How many children do you care for?"),
                "hint": _("Leave this empty if you care for other family members."),
                "numeric": True,
            }
        ],
    },
    "community": {
        "heading": _("Community service or a faith community"),
        "intro": _("Tell the judge how you help others."),
        "fields": [{"key": "organization", "label": _("What group or place?")}],
    },
    "other": {
        "heading": _("Something else"),
        "intro": _("Tell the judge anything else that shows who you are today."),
        "fields": [{"key": "activity", "label": _("What is it?")}],
    },
}
AREA_FIELDS = {area: tuple(field["key"] for field in question["fields"]) for area, question in AREA_QUESTIONS.items()}

# The words the letter uses for each remedy a statement may support (ids are
# the screener's, rules.REMEDIES); "unknown" when the person did not say.
RELIEF = {
    "dismissal-probation": _("dismiss my conviction under Penal Code section 1203.4"),
    "dismissal-no-probation": _("dismiss my conviction under Penal Code section 1203.4a"),
    "dismissal-county-jail": _("dismiss my conviction under Penal Code section 1203.41"),
    "dismissal-prison-before-2011": _("dismiss my conviction under Penal Code section 1203.42"),
    "felony-reduction": _("reduce my felony to a misdemeanor under Penal Code section 17(b)"),
    "prop-47": _("reduce my conviction under Penal Code section 1170.18 (Proposition 47)"),
    "prop-64": _("grant relief under Health and Safety Code section 11361.8 (Proposition 64)"),
    "arrest-sealing": _("seal my arrest record under Penal Code section 851.91"),
    "diversion-sealing": _("seal the record of my arrest after I completed diversion"),
    "survivor-vacatur": _("vacate my conviction under Penal Code section 236.14 or 236.15"),
    "certificate-of-rehabilitation": _("grant me a Certificate of Rehabilitation under Penal Code section 4852.01"),
    "juvenile-sealing": _("seal my juvenile record under Welfare and Institutions Code section 781"),
    "dismissal-fire-crew": _("dismiss my conviction under Penal Code section 1203.4b"),
    "unknown": _("grant my petition"),
}


# What the case was, for each remedy, so the page can ask "since your arrest"
# where there was no conviction: PC 851.91(a) seals an arrest that did not
# end in a conviction; sealing after diversion (PC 851.87, 851.90, 1000.4,
# 1001.9) follows a case that ended with no conviction; a juvenile court's
# order is not a conviction (Welfare and Institutions Code section 203).
# Every other remedy a statement supports is for a conviction.
RELIEF_EVENT = {"arrest-sealing": "arrest", "diversion-sealing": "arrest", "juvenile-sealing": "juvenile"}


def relief_ids() -> tuple[str, ...]:
    """The remedies a statement may support: every screener remedy where the judge decides (rules.REMEDIES)."""
    from . import rules

    return tuple(remedy.id for remedy in rules.REMEDIES if remedy.statement_helps)

KNOWN_KEYS = {
    "name", "age", "veteran", "document", "relief", "court", "case_number", "salutation",
    "areas", "responsibility", "goals", "closing", "city", "date", *AREAS,
}
RESPONSIBILITY_FIELDS = ("what_happened", "learned", "changed")
GOALS_FIELDS = ("goals", "record_impact")
CLOSINGS = (_("Sincerely,"), _("Respectfully,"), _("Respectfully submitted,"), _("Thank you,"))
DEFAULT_CLOSING = CLOSINGS[0]
DEFAULT_SALUTATION = _("Your Honor,")
MEANINGFUL = re.compile(r"\w", re.UNICODE)


class AnswersError(ValueError):
    """Answers that cannot make a letter; ``problems`` lists (field, what to do) in the asked language."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{name}: {advice}" for name, advice in problems))


@dataclass(frozen=True)
class Area:
    """One area of life since the conviction: its short answers and the person's own words."""

    kind: str
    details: dict = field(default_factory=dict)
    text: str = ""


@dataclass(frozen=True)
class Answers:
    """Everything the letter is made from, checked."""

    name: str
    document: str = "letter"
    age: int | None = None
    veteran: bool | None = None
    relief: str | None = None
    court: str = ""
    case_number: str = ""
    salutation: str = "Your Honor,"
    areas: tuple = ()
    responsibility: dict = field(default_factory=dict)
    goals: dict = field(default_factory=dict)
    closing: str = "Sincerely,"
    city: str = ""
    date: datetime.date | None = None


class _Checker:
    def __init__(self, data: dict, lang: str, partial: bool):
        self.data = data
        self.partial = partial
        self.gettext = catalog.translations(lang).gettext
        self.problems: list[tuple[str, str]] = []

    def problem(self, name: str, message: str, **values) -> None:
        self.problems.append((name, self.gettext(message) % values if values else self.gettext(message)))

    def text(self, name: str, value, *, required: str | None = None, limit=TEXT_LIMIT) -> str:
        """A text answer, cleaned (sanitize.py); ``required`` is the message shown when it is empty."""
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problem(name, _("Enter this answer as text."))
            return ""
        value = sanitize.clean(value, one_line=limit <= SHORT_LIMIT).strip()
        if not MEANINGFUL.search(value):
            if required and not self.partial:
                self.problem(name, required)
            elif value:
                self.problem(name, _("Use words, not only punctuation, or leave this empty."))
        if len(value) > limit:
            self.problem(
                name,
                # The same figure as the page's counter under the box (form.js):
                # characters too many, counted as here, after outer spaces.
                _("Shorten this to %(limit)s characters or fewer. It has %(over)s too many."),
                limit=f"{limit:,}",
                over=f"{len(value) - limit:,}",
            )
        return value

    def whole_number(self, name: str, value, low: int, high: int, not_whole: str, out_of_range: str) -> int | None:
        """A whole number from ``low`` to ``high``: ``not_whole`` when it is not one, ``out_of_range`` when it is one outside.

        Two messages, so a whole number such as 150 is never told to "enter a whole number".
        """
        if value in (None, ""):
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(name, not_whole)
            return None
        if not low <= value <= high:
            self.problem(name, out_of_range)
            return None
        return value

    def choice(self, name: str, value, options, default=None):
        if value in (None, ""):
            return default
        if value not in options:
            self.problem(name, _("Choose one of the options."))
            return default
        return value


def parse(data: dict, lang: str = "en", partial: bool = False) -> Answers:
    """Check answers (plain data) and return them as Answers; raise AnswersError listing every problem.

    Problems are worded in ``lang`` (from the catalogs). ``partial`` accepts
    answers still being written (a saved file, a half-done form): empty
    required answers pass, everything else is checked.
    """
    check = _Checker(data, lang, partial)
    if not isinstance(data, dict):
        check.problem("answers", _("The answers must be a JSON object (see docs/answers.md)."))
        raise AnswersError(check.problems)
    for key in sorted(set(data) - KNOWN_KEYS):
        check.problem(key, _("This is not an answer the letter uses. Remove it (see docs/answers.md)."))

    name = check.text("name", data.get("name"), required=_("Enter your full name."), limit=SHORT_LIMIT)
    document = check.choice("document", data.get("document"), DOCUMENTS, "letter")
    age = check.whole_number(
        "age", data.get("age"), 14, 120,
        _("Enter your age as a whole number from 14 to 120, or leave it empty."),
        _("Enter an age from 14 to 120, or leave it empty."),
    )
    veteran = check.choice("veteran", data.get("veteran"), (True, False), None)
    relief = check.choice("relief", data.get("relief"), relief_ids(), None)
    court = check.text("court", data.get("court"), limit=SHORT_LIMIT)
    case_number = check.text("case_number", data.get("case_number"), limit=60)
    salutation = check.text("salutation", data.get("salutation"), limit=60) or DEFAULT_SALUTATION
    closing = check.choice("closing", data.get("closing"), CLOSINGS, DEFAULT_CLOSING)
    city = check.text("city", data.get("city"), limit=60)
    if document == "declaration" and not city and not check.partial:
        check.problem("city", _("Enter the city where you will sign, for example Los Angeles."))

    date = None
    if data.get("date") not in (None, ""):
        try:
            date = datetime.date.fromisoformat(str(data["date"]))
        except ValueError:
            check.problem("date", _("Enter the date as YYYY-MM-DD, for example 2026-11-28, or leave it empty for today."))

    chosen = data.get("areas") or []
    if not isinstance(chosen, list) or any(kind not in AREAS for kind in chosen):
        check.problem("areas", _("Choose from the list."))
        chosen = []
    areas = []
    for kind in AREAS:  # the letter's order, whatever order they were chosen in
        if kind not in chosen:
            continue
        section = data.get(kind) or {}
        if not isinstance(section, dict):
            check.problem(kind, _("The answers must be a JSON object (see docs/answers.md)."))
            continue
        for key in sorted(set(section) - {"text", *AREA_FIELDS[kind]}):
            check.problem(f"{kind}.{key}", _("This is not an answer the letter uses. Remove it (see docs/answers.md)."))
        details = {}
        for key in AREA_FIELDS[kind]:
            if key == "children":
                details[key] = check.whole_number(
                    f"{kind}.children", section.get(key), 0, 30,
                    _("Enter the number of children as a whole number from 0 to 30, or leave it empty."),
                    _("Enter a number of children from 0 to 30, or leave it empty."),
                )
            else:
                details[key] = check.text(f"{kind}.{key}", section.get(key), limit=SHORT_LIMIT)
        text = check.text(f"{kind}.text", section.get("text"), required=_("Write a few sentences in your own words."))
        areas.append(Area(kind, details, text))

    responsibility = _group(check, "responsibility", data.get("responsibility"), RESPONSIBILITY_FIELDS)
    goals = _group(check, "goals", data.get("goals"), GOALS_FIELDS)

    if check.problems:
        raise AnswersError(check.problems)
    return Answers(
        name=name, document=document, age=age, veteran=veteran, relief=relief, court=court,
        case_number=case_number, salutation=salutation, areas=tuple(areas),
        responsibility=responsibility, goals=goals, closing=closing, city=city, date=date,
    )


def _group(check: _Checker, name: str, value, fields) -> dict:
    """An optional group of free-text answers (responsibility, goals)."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        check.problem(name, _("The answers must be a JSON object (see docs/answers.md)."))
        return {}
    for key in sorted(set(value) - set(fields)):
        check.problem(f"{name}.{key}", _("This is not an answer the letter uses. Remove it (see docs/answers.md)."))
    checked = {key: check.text(f"{name}.{key}", value.get(key)) for key in fields if value.get(key)}
    return {key: text for key, text in checked.items() if text}


def as_json() -> dict:
    """The statement's constants for the page (assets/tools/schema.json, "statement")."""
    from . import letter, messages, rules

    remedies = {remedy.id: remedy for remedy in rules.REMEDIES}
    return {
        "text_limit": TEXT_LIMIT,
        "text_advice": TEXT_ADVICE,
        "short_limit": SHORT_LIMIT,
        "closings": list(CLOSINGS),
        "default_closing": DEFAULT_CLOSING,
        "default_salutation": DEFAULT_SALUTATION,
        "areas": [{"id": area, "label": label, **AREA_QUESTIONS[area]} for area, label in AREA_LABELS.items()],
        "relief": [
            {"id": remedy, "name": messages.NAMES[remedy], "law": ", ".join(remedies[remedy].cites),
             "event": RELIEF_EVENT.get(remedy, "conviction")}
            for remedy in relief_ids()
        ],
        "words_per_page": letter.WORDS_PER_PAGE,
    }
