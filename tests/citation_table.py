"""Every citation each remedy can show, found by asking every condition of the rules table.

A citation is data: each condition in ``rules.REMEDIES`` carries the statute
and subdivision it cites. This module calls every condition of every remedy
(its paths' too) on a fixed set of cases and days, and lists, per remedy,
each (message key, citation) pair a check can give; "-" stands for a check
that says nothing (its citation still decides "no-path" results). The
committed table tests/expected/citations.json is this list, reviewed by
hand; tests/test_citations.py holds the rules to it, and
tests/expected/make_citations.py writes it again after a deliberate change.
"""

import itertools
from datetime import date
from functools import lru_cache

from expunge_assist import conditions, rules, screener
from expunge_assist.case import CHOICES, DATE_KEYS, check_case, parse_case

from cases import build_case, arrest, county_jail, felony, juvenile, misdemeanor, no_probation, state_prison

DAYS = (date(1999, 6, 1), date(2026, 11, 28), date(2045, 1, 1))
DATES = ("unknown", "1970", "2011", "2014-11", "2016-11-08", "2025")
# Code sections from every corner of the offense table (as in tests/test_screener.py), and one it does not hold.
CODES = ("PC 484", "PC 459", "PC 211", "PC 187", "PC 207", "PC 288", "PC 288(c)", "PC 261(a)(2)", "PC 261.5(d)", "PC 311.11",
         "PC 273.5", "PC 243(e)(1)", "HS 11350", "HS 11357", "HS 11359", "VC 22350", "VC 23152", "VC 2800",
         "PC 451", "PC 415", "PC 496", "PC 666", "PC 9999")
BASES = (misdemeanor(), no_probation(), felony(), county_jail(), state_prison(), arrest(),
         arrest(arrest_result="dismissed"), juvenile(), {"outcome": "diversion", "diversion_date": "2020-01-01"}, {},
         # WIC 781(a)(1)(F): a registrable 707(b) offense at 14 or older.
         juvenile(juvenile_probation_completed="no", registration="yes", offenses=["PC 288(b)"]))


def cases():
    """The cases asked: each base, then each base with one answer changed (each choice, date, code)."""
    for base in BASES:
        yield base
        for key, values in CHOICES.items():
            for value in values:
                yield {**base, key: value}
        for key, value in itertools.product(DATE_KEYS, DATES):
            yield {**base, key: value}
        for value in ("unknown", 0, 4, 5, 20):
            yield {**base, "california_years": value}
        for code in CODES:
            yield build_case(base, {"offenses": [code]})  # as asked: without what the code settles
        yield {**base, "offenses": "unknown"}


def conditions_of(remedy):
    """Every condition of a remedy, its paths' included."""
    yield from remedy.conditions + remedy.exclusions + remedy.wait + remedy.blocked_by + remedy.judge
    for path in remedy.paths:
        yield from path.when + path.conditions + path.wait + path.judge


@lru_cache(maxsize=1)
def views() -> tuple:
    """Every case asked, as the rules see it for each of its code sections."""
    return tuple(view for data in cases() if possible(data) for _, view in screener.views(parse_case(data)))


def possible(data) -> bool:
    """A case the pages can make: no answer contradicts what its code sections settle."""
    return check_case(data)[1] == []


def key_only(key: str, **params) -> str:
    """Stands in for messages.text while the table is made: the message key, not its words."""
    return key


def reasons_of(remedy) -> list[list[str]]:
    """Each (message key or "-", citation) a condition of ``remedy`` gives; call with ``text`` set to key_only."""
    found = {(check.reason or "-", check.cite)
             for condition in conditions_of(remedy) for view in views() for day in DAYS
             for check in (condition(view, day),)}
    return sorted([list(pair) for pair in found])


def collect() -> dict:
    """{remedy id: {"cites": [...], "forms": [...], "guide": ..., "reasons": [[key, citation], ...]}, "notices": {...}}."""
    saved = conditions.text, rules.text
    conditions.text = rules.text = key_only
    try:
        table = {remedy.id: {"cites": list(remedy.cites), "forms": list(remedy.forms), "guide": remedy.guide,
                             "reasons": reasons_of(remedy)} for remedy in rules.REMEDIES}
    finally:
        conditions.text, rules.text = saved
    table["notices"] = {"supervision": rules.SUPERVISION_NOTICE_CITE, "immigration": rules.IMMIGRATION_CITE}
    return table
