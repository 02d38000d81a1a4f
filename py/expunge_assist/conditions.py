"""The condition machinery the rules table is built from: checks, paths, remedies, waits.

A condition is a small function ``(case, as_of) -> Check``. The factories
here build conditions from one answer, a date limit or a waiting period; they
know nothing of any one statute. ``rules.py`` holds the statute table and the
few conditions that belong to one remedy.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from .case import UNKNOWN, Case, add_years
from .messages import EVENTS, THINGS, format_date, text, years

YES, MAYBE, NOT_NOW, NO = "yes", "maybe", "not-now", "no"


@dataclass(frozen=True)
class Check:
    """One condition's answer for one case: a status and, if worth saying, a reason."""

    status: str
    reason: str | None = None
    cite: str = ""
    file_after: date | None = None
    judge: bool = False  # True when this check means the judge decides


Condition = Callable[[Case, date], Check]


@dataclass(frozen=True)
class Path:
    """One way into a remedy; ``when`` picks the path, the rest must hold."""

    when: tuple = ()
    conditions: tuple = ()
    wait: tuple = ()
    judge: tuple = ()


@dataclass(frozen=True)
class Remedy:
    id: str
    guide: str
    forms: tuple[str, ...]
    cites: tuple[str, ...]
    conditions: tuple = ()
    exclusions: tuple = ()
    wait: tuple = ()
    blocked_by: tuple = ()  # supervision and pending charges: "not-now"
    judge: tuple = ()  # empty means the law grants it (or the state does it)
    statement_helps: bool = False  # when the judge decides
    also: tuple[str, ...] = ()  # other guides every result links, e.g. "was it already cleared?"
    paths: tuple[Path, ...] = field(default=())


# ---------------------------------------------------------------- conditions


def answer(key: str, source: str, **results) -> Condition:
    """A condition on one answer. ``results`` maps each answer to (status, message key).

    Answers not listed are ``otherwise``; "unknown" (or not asked) says what to
    find out, never "yes".
    """
    otherwise = results.pop("otherwise", (NO, None))

    def check(case: Case, as_of: date) -> Check:
        value = case.answer(key)
        if value == UNKNOWN and UNKNOWN not in results:
            return Check(MAYBE, text("unknown", thing=THINGS[key]), source)
        status, message = results.get(value.replace("-", "_"), otherwise)
        return Check(status, text(message) if message else None, source)

    return check


def outcome(*accepted: str, no: str, source: str) -> Condition:
    """The case ended in one of ``accepted`` ways."""
    return answer("outcome", source, **{a.replace("-", "_"): (YES, None) for a in accepted}, otherwise=(NO, no))


def not_on_supervision(source: str) -> Condition:
    """Not serving a sentence or on supervision in any case now."""
    return answer("on_supervision", source, no=(YES, None), yes=(NOT_NOW, "supervision-wait"),
                  unknown=(MAYBE, "supervision-unknown"))


def no_pending_charges(source: str) -> Condition:
    """Not charged with a crime in any case now."""
    return answer("pending_charges", source, no=(YES, None), yes=(NOT_NOW, "pending-wait"),
                  unknown=(MAYBE, "pending-unknown"))


def note(message: str, source: str, only: Callable[[Case], bool] = lambda case: True) -> Condition:
    """Something the person should know; it never changes the status."""
    return lambda case, as_of: Check(YES, text(message) if only(case) else None, source)


def judge_decides(source: str, message: str = "judge-decides") -> Condition:
    """The judge has discretion: the best result is "maybe"."""
    return lambda case, as_of: Check(MAYBE, text(message), source, judge=True)


def must_grant(message: str, source: str) -> Condition:
    """The law says the judge (or the state) must grant it."""
    return lambda case, as_of: Check(YES, text(message), source)


def date_before(key: str, limit: date, source: str, no: str = "offense-after", yes: str | None = "offense-before") -> Condition:
    """A date surely before ``limit``; a span across it is "maybe"."""

    def check(case: Case, as_of: date) -> Check:
        when = case.when(key)
        if not when.known:
            return Check(MAYBE, text("unknown", thing=THINGS[key]), source)
        if when.latest() < limit:
            return Check(YES, text(yes, date=format_date(limit)) if yes else None, source)
        if when.earliest() >= limit:
            return Check(NO, text(no, date=format_date(limit)), source)
        return Check(MAYBE, text("offense-straddles", date=format_date(limit)), source)

    return check


def date_before_not(key: str, start: date, source: str, message: str = "auto-after-1973") -> Condition:
    """A date surely on or after ``start``; a span across it is "maybe"."""
    def check(case: Case, as_of: date) -> Check:
        when = case.when(key)
        if not when.known:
            return Check(MAYBE, text("unknown", thing=THINGS[key]), source)
        if when.earliest() >= start:
            return Check(YES, None, source)
        return Check(NO if when.latest() < start else MAYBE, text(message), source)

    return check


def wait_state(start: tuple[date, date] | None, low: int, high: int, as_of: date,
               strictly_after: bool = False) -> tuple[str, date | None]:
    """Where a wait of ``low``..``high`` years from a span of start days stands on ``as_of``.

    Met only if met for every day of the span (latest start, longest wait);
    surely not met if not met for any (earliest start, shortest wait); in
    between "maybe". The date is when it is surely met.
    """
    if start is None:
        return UNKNOWN, None
    # Petitions ("after the lapse of", "more than" N years) count from the day
    # after the anniversary; automatic relief ("at least N years have
    # elapsed") from the anniversary itself.
    extra = timedelta(days=1 if strictly_after else 0)
    surely = add_years(start[1], high) + extra
    if as_of >= surely:
        return YES, surely
    if as_of < add_years(start[0], low) + extra:
        return NOT_NOW, surely
    return MAYBE, surely


def span(key: str) -> Callable[[Case], tuple[date, date] | None]:
    """The days a date answer could be, or None when unknown."""

    def days(case: Case):
        when = case.when(key)
        return (when.earliest(), when.latest()) if when.known else None

    return days


def waited(start: Callable, span_years: Callable[[Case], tuple[int, int]], event: str, source: str,
           strictly_after: bool = True) -> Condition:
    """A waiting period: ``span_years(case)`` years after ``start(case)``."""

    def check(case: Case, as_of: date) -> Check:
        low, high = span_years(case)
        words = {"years": years(low, high), "event": EVENTS[event]}
        state, surely = wait_state(start(case), low, high, as_of, strictly_after)
        if state == UNKNOWN:
            return Check(MAYBE, text("wait-unknown", **words), source)
        message = {YES: "wait-met", NOT_NOW: "wait-not-met", MAYBE: "wait-partial"}[state]
        return Check(state, text(message, date=format_date(surely), **words), source,
                     file_after=None if state == YES else surely)

    return check


def fixed(n: int) -> Callable[[Case], tuple[int, int]]:
    return lambda case: (n, n)


def probation_over(source: str) -> Condition:
    """Probation has ended: an end date still ahead means "not now"."""

    def check(case: Case, as_of: date) -> Check:
        end = case.when("sentence_end_date")
        if end.known and end.earliest() > as_of:
            return Check(NOT_NOW, text("probation-not-over"), source, file_after=end.latest())
        return Check(YES, None, source)

    return check


def offense_flag(flag: str, source: str, yes: tuple, depends: tuple | None = None,
                 unknown: tuple | None = None) -> Condition:
    """A condition on one flag of the offense table, for the offense being looked at.

    ``yes`` and ``depends`` are (status, message key) for a flagged offense
    (the message may use ``{code}``); ``depends`` defaults to "maybe" with the
    ``yes`` message. ``unknown`` is what to say when the code section is not
    known (not entered, or not in the table): the result then says what the
    code would have told. A flag that is not set lets the remedy through.
    """
    depends = depends or (MAYBE, yes[1])

    def check(case: Case, as_of: date) -> Check:
        row = case.offense
        if row is None:
            if unknown is None:
                return Check(YES, None, source)
            status, message = unknown
            return Check(status, text(message) if message else None, source)
        value = getattr(row, flag)
        if value in ("yes", "depends"):
            status, message = yes if value == "yes" else depends
            return Check(status, text(message, code=row.label), source)
        return Check(YES, None, source)

    return check
