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

UNKNOWN = "unknown"

YES_NO = ("yes", "no", UNKNOWN)

# The choices for each key, in the order docs/screener.md lists them.
CHOICES = {
    "outcome": ("convicted", "not-convicted", "diversion", "juvenile", UNKNOWN),
    "on_supervision": YES_NO,
    "pending_charges": YES_NO,
    "citizen": YES_NO,
    "survivor": ("yes", "no", UNKNOWN, "skip"),
    "arrest_result": ("no-charges", "dismissed", "acquitted", UNKNOWN),
    "arrest_level": ("misdemeanor", "felony", "felony-8-years", UNKNOWN),
    "level": ("infraction", "misdemeanor", "felony", UNKNOWN),
    "wobbler": YES_NO,
    "offense_kind": ("cannabis", "prop-47", "dui", "other", UNKNOWN),
    "registration": YES_NO,
    "serious_violent": YES_NO,
    "sentence": ("probation", "no-probation", "county-jail", "state-prison", UNKNOWN),
    "probation_result": ("completed", "ended-early", "violated", UNKNOWN),
    "mandatory_supervision": YES_NO,
    "new_felony_since": YES_NO,
    "juvenile_probation_completed": YES_NO,
    "adult_conviction_since": YES_NO,
    "conviction_since": YES_NO,
    "fire_crew": YES_NO,
    "super_strike_prior": YES_NO,
}

DATE_KEYS = (
    "arrest_date",
    "diversion_date",
    "offense_date",
    "conviction_date",
    "sentence_end_date",
    "juvenile_end_date",
    "birth_date",
)

DATE_HINT = 'enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"'

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class CaseError(ValueError):
    """A case that cannot be screened; ``problems`` has one line per field."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = list(problems)


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
            raise ValueError(DATE_HINT)
        text = text.strip()
        if text == UNKNOWN:
            return cls()
        match = _DATE.match(text)
        if match is None:
            raise ValueError(DATE_HINT)
        year, month, day = (int(part) if part else None for part in match.groups())
        if year < 1900:
            raise ValueError(f"{year} is too early; {DATE_HINT}")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"there is no month {month:02d}; {DATE_HINT}")
        if day is not None:
            try:
                date(year, month, day)
            except ValueError:
                raise ValueError(f"{text} is not a real day; {DATE_HINT}") from None
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
    """One case's answers. None means the question was not asked."""

    outcome: str | None = None
    on_supervision: str | None = None
    pending_charges: str | None = None
    citizen: str | None = None
    survivor: str | None = None
    arrest_date: PartialDate | None = None
    arrest_result: str | None = None
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
    sentence_end_date: PartialDate | None = None
    new_felony_since: str | None = None
    juvenile_probation_completed: str | None = None
    juvenile_end_date: PartialDate | None = None
    birth_date: PartialDate | None = None
    adult_conviction_since: str | None = None
    california_years: int | str | None = None
    offenses: tuple[str, ...] | str | None = None
    conviction_since: str | None = None
    fire_crew: str | None = None
    super_strike_prior: str | None = None
    # Not an answer: the offense-table row the rules are looking at now (the
    # screener looks at each code in ``offenses`` in turn); None when unknown.
    offense: object = None

    def answer(self, key: str) -> str:
        """A choice answer, with "not asked" read as "unknown"."""
        value = getattr(self, key)
        return UNKNOWN if value is None else value

    def when(self, key: str) -> PartialDate:
        """A date answer, with "not asked" read as an unknown date."""
        value = getattr(self, key)
        return PartialDate() if value is None else value


KEYS = tuple(field.name for field in fields(Case) if field.name != "offense")


def parse_case(data: object) -> Case:
    """Check a case dict from JSON and return it as a Case; CaseError lists every problem."""
    if not isinstance(data, dict):
        raise CaseError(["case: enter a JSON object with one key per answer, like {\"outcome\": \"convicted\"}"])
    problems = []
    values = {}
    for key, value in data.items():
        if key not in KEYS:
            problems.append(f"{key}: this is not a question the screener asks; remove it or check its spelling")
        elif key in CHOICES:
            if value in CHOICES[key]:
                values[key] = value
            else:
                problems.append(f"{key}: enter {_one_of(CHOICES[key])}")
        elif key in DATE_KEYS:
            try:
                values[key] = PartialDate.parse(value)
            except ValueError as error:
                problems.append(f"{key}: {error}")
        elif key == "offenses":
            try:
                values[key] = parse_offenses(value)
            except ValueError as error:
                problems.append(f"offenses: {error}")
        elif key == "california_years":
            if value == UNKNOWN or (type(value) is int and 0 <= value <= 130):
                values[key] = value
            else:
                problems.append('california_years: enter a whole number of years, like 6, or "unknown"')
    if problems:
        raise CaseError(problems)
    return Case(**values)


def parse_offenses(value: object) -> tuple[str, ...] | str:
    """A list of code sections as on court papers ("PC 484", "11377 HS"), normalized; or "unknown"."""
    from .offense import parse_code  # the offense table's reader; imported here to keep case.py light

    if value == UNKNOWN:
        return UNKNOWN
    if not isinstance(value, list) or not value or not all(isinstance(code, str) for code in value):
        raise ValueError('enter a list of code sections, like ["PC 484", "HS 11350"], or "unknown"')
    codes = []
    for code in value:
        normalized = parse_code(code)
        if normalized not in codes:
            codes.append(normalized)
    return tuple(codes)


def _one_of(choices: tuple[str, ...]) -> str:
    quoted = [f'"{choice}"' for choice in choices]
    return "one of " + ", ".join(quoted[:-1]) + " or " + quoted[-1]
