"""The case format: one case's answers, checked, as a frozen dataclass.

A case arrives as a dict decoded from JSON (docs/screener.md lists every key).
``parse_case`` checks every key at once and raises one ``CaseError`` naming
each field that is wrong and what to enter instead. A missing key means the
question was not asked; the rules treat it like ``"unknown"``.
"""

import calendar
import re
from dataclasses import dataclass, fields
from datetime import date

from . import catalog, offense, questions
from .questions import UNKNOWN


def _(text: str) -> str:
    """Mark a message for the catalogs; it is translated in ``parse_case``."""
    return text


YES_NO = ("yes", "no", UNKNOWN)

# Derived from the one question schema (questions.py), in the order asked.
CHOICES = {key: questions.choices(key) for key in questions.keys("choice")}
DATE_KEYS = questions.keys("date")
YEARS_KEYS = questions.keys("years")

# The earliest year any date in a case may have (also the page's limit).
EARLIEST_YEAR = 1900

DATE_HINT = _('enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"')

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateProblem(ValueError):
    """A date that cannot be read; ``template`` and ``values`` make the message in any language."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(template % values if values else template)

    def say(self, gettext) -> str:
        text = gettext(self.template)
        return text % self.values if self.values else text


class CaseError(ValueError):
    """A case that cannot be screened; ``problems`` has one "key: what to enter" line per field.

    ``pairs`` holds the same as (key, what to enter) in the language asked for.
    """

    def __init__(self, problems: list[str], pairs: list[tuple[str, str]] | None = None):
        super().__init__("\n".join(problems))
        self.problems = list(problems)
        self.pairs = list(pairs) if pairs is not None else [tuple(line.split(": ", 1)) for line in problems]


@dataclass(frozen=True, order=False)
class PartialDate:
    """A date as precise as a person knows it: a day, a month, a year, or unknown.

    A partial date covers a span of days: "2015-03" is every day of March
    2015. ``earliest`` and ``latest`` are the first and last day of the span,
    or None when the date is unknown.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read "2015-03-14", "2015-03", "2015" or "unknown"; ValueError otherwise."""
        if not isinstance(text, str):
            raise DateProblem(DATE_HINT)
        text = text.strip()
        if text == UNKNOWN:
            return cls()
        match = _DATE.match(text)
        if match is None:
            raise DateProblem(DATE_HINT)
        year, month, day = (int(part) if part else None for part in match.groups())
        if year < EARLIEST_YEAR:
            raise DateProblem(_('%(year)s is too early; enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"'), year=year)
        if month is not None and not 1 <= month <= 12:
            raise DateProblem(
                _('there is no month %(month)s; enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"'), month=f"{month:02d}"
            )
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:
                raise DateProblem(
                    _('%(date)s is not a real day; enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"'), date=text
                ) from None
        return cls(year, month, day)

    @property
    def known(self) -> bool:
        """True unless the answer was "unknown"."""
        return self.year is not None

    def earliest(self) -> date | None:
        """The first day the date could be."""
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date | None:
        """The last day the date could be."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def __str__(self) -> str:
        if self.year is None:
            return UNKNOWN
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; February 29 becomes March 1.

    March 1 rather than February 28, so a waiting period never ends a day
    early in a year without February 29.
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


@dataclass(frozen=True)
class Case:
    """One case's answers. None means the question was not asked.

    ``offenses`` is a tuple of normalized code sections ("PC 484"), or
    "unknown"; the answers those sections settle are filled in by ``parse_case``.
    """

    outcome: str | None = None
    on_supervision: str | None = None
    pending_charges: str | None = None
    citizen: str | None = None
    survivor: str | None = None
    arrest_date: PartialDate | None = None
    arrest_result: str | None = None
    offenses: tuple[str, ...] | str | None = None
    arrest_level: str | None = None
    diversion_date: PartialDate | None = None
    level: str | None = None
    offense_date: PartialDate | None = None
    conviction_date: PartialDate | None = None
    wobbler: str | None = None
    offense_kind: str | None = None
    registration: str | None = None
    serious_violent: str | None = None
    sentence: str | None = None
    probation_result: str | None = None
    mandatory_supervision: str | None = None
    fire_crew: str | None = None
    sentence_end_date: PartialDate | None = None
    conviction_since: str | None = None
    super_strike_prior: str | None = None
    new_felony_since: str | None = None
    juvenile_probation_completed: str | None = None
    juvenile_end_date: PartialDate | None = None
    birth_date: PartialDate | None = None
    adult_conviction_since: str | None = None
    california_years: int | str | None = None
    super_strike_prior: str | None = None
    # Not an answer: the offense-table row the rules are looking at now (the
    # screener looks at each code in ``offenses`` in turn); None when unknown.
    offense: object = None
    offense_code: str | None = None  # the code section as entered, normalized ("PC 261(a)(2)")

    def answer(self, key: str) -> str:
        """A choice answer, with "not asked" read as "unknown"."""
        value = getattr(self, key)
        return UNKNOWN if value is None else value

    def when(self, key: str) -> PartialDate:
        """A date answer, with "not asked" read as an unknown date."""
        value = getattr(self, key)
        return PartialDate() if value is None else value


KEYS = tuple(field.name for field in fields(Case) if field.name not in ("offense", "offense_code"))


def parse_case(data: object, lang: str = "en") -> Case:
    """Check a case dict from JSON and return it as a Case; CaseError lists every problem.

    Problems are worded in ``lang``. Answers the code sections in ``offenses``
    settle (``offense.settled``) are filled in; a given answer that disagrees
    with them is a problem.
    """
    values, pairs = check_case(data, lang, sane_dates=False)
    if pairs:
        english = check_case(data, "en", sane_dates=False)[1] if catalog.normalize(lang) != "en" else pairs
        raise CaseError([f"{key}: {text}" for key, text in english], pairs)
    return Case(**values)


def check_case(data: object, lang: str = "en", today: date | None = None,
               sane_dates: bool = True) -> tuple[dict, list[tuple[str, str]]]:
    """The case's checked values and its problems as (key, what to enter) in ``lang``.

    With ``sane_dates`` (the page's check of each answer, api.check_case),
    dates are also checked against ``today`` (the device's date when None)
    and against each other (``PAST_KEYS``, ``DATE_ORDER``). ``parse_case``
    leaves that out: the rules read any dates (``screen`` may be asked about
    a day other than today, and the rule tests build such cases).
    """
    gettext = catalog.translations(lang).gettext

    def say(template: str, **values) -> str:
        text = gettext(template)
        return text % values if values else text

    if not isinstance(data, dict):
        return {}, [("case", say(_('enter a JSON object with one key per answer, like {"outcome": "convicted"}')))]
    problems = []
    values = {}
    for key, value in data.items():
        if key not in KEYS:
            problems.append((key, say(_("this is not a question the screener asks; remove it or check its spelling"))))
        elif key in CHOICES:
            if value in CHOICES[key]:
                values[key] = value
            else:
                problems.append((key, say(_("enter %(choices)s"), choices=_one_of(CHOICES[key], gettext))))
        elif key in DATE_KEYS:
            try:
                values[key] = PartialDate.parse(value)
            except DateProblem as error:
                problems.append((key, error.say(gettext)))
        elif key in YEARS_KEYS:
            if value == UNKNOWN or (type(value) is int and 0 <= value <= 130):
                values[key] = value
            else:
                problems.append((key, say(_('enter a whole number of years, like 6, or "unknown"'))))
        elif key == "offenses":
            codes, problem = _offenses(value, say, lang)
            if problem:
                problems.append(("offenses", problem))
            else:
                values[key] = codes
    if sane_dates:
        problems.extend(_date_problems(values, say, today))
    codes = values.get("offenses")
    if isinstance(codes, tuple):
        for key, answer in questions.settled_by({"offenses": codes}).items():
            if key not in KEYS:
                continue
            given = values.get(key)
            if given is None:
                values[key] = answer
            elif given != answer:
                problems.append((key, say(
                    _('the code sections you entered settle this as "%(answer)s"; remove this answer or check the code sections'),
                    answer=answer,
                )))
    return values, problems


# Dates that are about the past: none can be after today. The end of a
# sentence or of a juvenile case may be still to come (the rules count the wait
# from it), so those may be later than today.
PAST_KEYS = ("arrest_date", "offense_date", "conviction_date", "birth_date")

# (earlier, later, the problem on the later date, the problem on the earlier
# date): pairs of answers that must come in this order. Each problem is given
# under both keys, so the page shows it on whichever of the two is being
# answered, and says which two dates to check.
DATE_ORDER = (
    ("offense_date", "conviction_date",
     _("this is before the date of the crime (%(other)s); you are sentenced after the crime, so check both dates"),
     _("this is after the date you were sentenced (%(other)s); the crime comes before the sentence, so check both dates")),
    ("conviction_date", "sentence_end_date",
     _("this is before the date you were sentenced (%(other)s); a sentence ends after it starts, so check both dates"),
     _("this is after the date your sentence ended (%(other)s); a sentence starts before it ends, so check both dates")),
    ("offense_date", "sentence_end_date",
     _("this is before the date of the crime (%(other)s); a sentence ends after the crime, so check both dates"),
     _("this is after the date your sentence ended (%(other)s); the crime comes before the sentence, so check both dates")),
    ("birth_date", "offense_date",
     _("this is before your birth date (%(other)s); check both dates"),
     _("this is after the date of the crime (%(other)s); you were born before it, so check both dates")),
    ("birth_date", "juvenile_end_date",
     _("this is before your birth date (%(other)s); check both dates"),
     _("this is after the date your juvenile case ended (%(other)s); you were born before it, so check both dates")),
    ("offense_date", "juvenile_end_date",
     _("this is before the date of the crime (%(other)s); a case ends after the crime, so check both dates"),
     _("this is after the date your juvenile case ended (%(other)s); the crime comes before the end of the case, so check both dates")),
)


def _date_problems(values: dict, say, today: date | None) -> list[tuple[str, str]]:
    """Dates in the future where the past is asked, and dates out of order; a partial date is wrong only if every day it covers is."""
    today = today or date.today()
    problems = []
    for key in PAST_KEYS:
        when = values.get(key)
        if isinstance(when, PartialDate) and when.known and when.earliest() > today:
            problems.append((key, say(_('this date is in the future; enter a date before today, or "unknown"'))))
    for earlier, later, on_later, on_earlier in DATE_ORDER:
        first, second = values.get(earlier), values.get(later)
        if not (isinstance(first, PartialDate) and isinstance(second, PartialDate) and first.known and second.known):
            continue
        if second.latest() < first.earliest():
            problems.append((later, say(on_later, other=str(first))))
            problems.append((earlier, say(on_earlier, other=str(second))))
    return problems


def _offenses(value, say, lang: str = "en") -> tuple[tuple[str, ...] | str | None, str | None]:
    """A list of code sections, normalized ("pc484" -> "PC 484"), or "unknown"; or the problem.

    An item may also be an offense's name in ``lang`` or in English, as the
    table names it ("Asesinato" in Spanish -> "PC 187"), or a part of one, when it
    names one row only.
    """
    if value == UNKNOWN:
        return UNKNOWN, None
    example = _('enter a list of code sections, like ["PC 484", "HS 11350"], or "unknown"')
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        return None, say(example)
    if len(value) > questions.OFFENSES_LIMIT:
        return None, say(_("enter %(limit)s code sections or fewer"), limit=questions.OFFENSES_LIMIT)
    codes = []
    for item in value:
        # A name first ("Oral copulation (formerly PC 288a)" is PC 287), then
        # a code section, then a name that holds the words typed.
        named = offense.by_name(item, lang)
        try:
            code = named[0] if len(named) == 1 else offense.parse_code(item)
        except ValueError:
            named = offense.by_name(item, lang, partial=True)
            code = named[0] if len(named) == 1 else None
        if code is None:
            return None, say(_('"%(code)s" is not a code section we can read; write it like PC 484, HS 11350 or VC 23152(a)'),
                             code=item.strip()[:40])
        if code not in codes:
            codes.append(code)
    return tuple(codes), None


def _one_of(choices: tuple[str, ...], gettext) -> str:
    quoted = [f'"{choice}"' for choice in choices]
    return gettext(_("one of %(first)s or %(last)s")) % {"first": ", ".join(quoted[:-1]), "last": quoted[-1]}
