"""Screener scenarios: survivors.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""

import pytest

from cases import *  # noqa: F403 - the builders and readers of every scenario


# ------------------------------------------------------------- survivors


def test_survivor_yes_judge_decides():
    """PC 236.14(a), 236.15(a): a case connected to trafficking or partner violence may be vacated; judge decides."""
    res = result(misdemeanor(survivor="yes"), "survivor-vacatur")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


@pytest.mark.parametrize("make", [arrest, juvenile], ids=["arrest", "juvenile"])
def test_survivor_relief_covers_arrests_and_juvenile_cases(make):
    """PC 236.14(a): vacatur covers an arrest or a juvenile adjudication, not only a conviction."""
    assert status(make(survivor="yes"), "survivor-vacatur") == "maybe"


def test_survivor_skip_makes_no_assumption():
    """PC 236.14, 236.15: a skipped question is not read as a yes: survivor relief is not suggested."""
    assert status(misdemeanor(survivor="skip"), "survivor-vacatur") not in ("likely", "maybe")


def test_survivor_no_is_no():
    """PC 236.14(a), 236.15(a): the case was not connected to being a victim, so these laws do not apply."""
    assert status(misdemeanor(survivor="no"), "survivor-vacatur") == "no"


def test_survivor_relief_while_on_supervision():
    """PC 236.14(a): a trafficking survivor may ask at any time; supervision is no bar (unlike 1203.4)."""
    assert status(misdemeanor(survivor="yes", on_supervision="yes"), "survivor-vacatur") == "maybe"


def test_survivor_unknown_is_never_likely():
    """PC 236.14, 236.15: an unknown answer never gives likely."""
    assert status(misdemeanor(survivor="unknown"), "survivor-vacatur") != "likely"


