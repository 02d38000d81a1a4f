"""Screener scenarios: arrest sealing, diversion sealing.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""

import pytest

from cases import *  # noqa: F403 - the builders and readers of every scenario


# --------------------------------------------------------- arrest sealing


def test_arrest_sealing_no_charges_after_limitations_is_a_right():
    """PC 851.91(a)(1)(A): no charges filed and the misdemeanor limitations period (1 year) ran: likely."""
    res = result(arrest(arrest_date="2019-05-01"), "arrest-sealing")
    assert res["status"] == "likely"
    assert res["forms"] == ["CR-409", "CR-410"]


def test_arrest_sealing_after_dismissal():
    """PC 851.91(a)(1)(B): a case dismissed long ago (it can no longer be refiled) may be sealed: likely."""
    assert status(arrest(arrest_result="dismissed"), "arrest-sealing") == "likely"


def test_arrest_sealing_after_acquittal():
    """PC 851.91(a)(1)(B): acquittal of every charge is a right to sealing: likely."""
    case = arrest(arrest_result="acquitted", arrest_level="felony", arrest_date="2025-01-10")
    assert status(case, "arrest-sealing") == "likely"


def test_arrest_sealing_recent_no_charges_is_not_likely():
    """PC 851.91(a)(1)(A), PC 802(a): a misdemeanor can still be charged within a year, so not likely yet."""
    case = arrest(arrest_date="2026-06-01")
    assert status(case, "arrest-sealing") in ("not-now", "maybe")


def test_arrest_sealing_not_on_the_last_day_to_charge():
    """PC 851.91(a)(1)(A), 802(a): "within one year after commission", counted under Civil Code 10, still allows charging on the anniversary."""
    case = arrest(arrest_date="2026-06-01")
    res = result(case, "arrest-sealing", date(2027, 6, 1))
    assert res["status"] != "likely"
    if res["status"] == "not-now":
        assert res["file_after"] == "2027-06-02"


def test_arrest_sealing_day_after_the_limitations_period_is_likely():
    """PC 851.91(a)(1)(A), 802(a): for a plain misdemeanor (PC 484) the day after the anniversary the one-year period has run."""
    case = arrest(arrest_date="2026-06-01", offenses=["PC 484"])
    assert status(case, "arrest-sealing", date(2027, 6, 2)) == "likely"


def test_arrest_sealing_unknown_misdemeanor_after_one_year_is_only_maybe():
    """PC 851.91(a)(2)(A), 802(b), 803.7: without the code section a misdemeanor may have a 3- or 5-year time to charge."""
    case = arrest(arrest_date="2026-06-01")
    res = result(case, "arrest-sealing", date(2027, 6, 2))
    assert res["status"] == "maybe"
    assert any("too late to charge" in reason["text"] for reason in res["reasons"])


@pytest.mark.parametrize("arrest_result", ["no-charges", "dismissed"])
def test_arrest_sealing_eight_year_felony_may_have_no_time_limit(arrest_result):
    """PC 851.91 (no-limitations bar), PC 799: an offense punishable by 8+ years may be punishable by life, with no time limit: not likely."""
    case = arrest(arrest_level="felony-8-years", arrest_date="2019-06-01", arrest_result=arrest_result)
    assert status(case, "arrest-sealing") == "maybe"


def test_arrest_sealing_eight_year_felony_acquitted_is_a_right():
    """PC 851.91: the bar for offenses with no time limit does not apply after an acquittal."""
    case = arrest(arrest_level="felony-8-years", arrest_date="2019-06-01", arrest_result="acquitted")
    assert status(case, "arrest-sealing") == "likely"


def test_arrest_sealing_not_for_a_conviction():
    """PC 851.91(a): the arrest must not have resulted in a conviction."""
    assert status(misdemeanor(), "arrest-sealing") == "no"


def test_arrest_sealing_result_unknown_is_maybe():
    """PC 851.91(a)(1): an unknown arrest result gives maybe, and says to get the record."""
    res = result(arrest(arrest_result="unknown"), "arrest-sealing")
    assert res["status"] == "maybe"
    assert mentions_record(res)


# ------------------------------------------------------- diversion sealing


def test_diversion_finished_judge_may_seal():
    """PC 851.87, 851.90, 1000.4, 1001.9: after finishing diversion, the court may seal: judge decides."""
    case = {**GLOBAL, "outcome": "diversion", "diversion_date": "2023-05-01"}
    res = result(case, "diversion-sealing")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_diversion_sealing_has_no_wait_after_the_program():
    """PC 851.87(a)(1): the current text sets no 2-year wait: a program finished last month can be sealed now (the judge decides)."""
    case = {**GLOBAL, "outcome": "diversion", "diversion_date": "2026-10"}
    res = result(case, "diversion-sealing")
    assert res["status"] == "maybe"
    assert res["file_after"] is None


def test_diversion_not_finished_yet_is_not_now():
    """PC 851.87(a)(1), 1000.4(a): sealing follows finishing the program; a program that ends next year is not now."""
    case = {**GLOBAL, "outcome": "diversion", "diversion_date": "2027-05-01"}
    res = result(case, "diversion-sealing")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2027-05-01"


def test_diversion_sealing_not_for_a_conviction():
    """PC 1000.4, 1001.9: diversion sealing needs a finished program, not a conviction."""
    assert status(misdemeanor(), "diversion-sealing") == "no"


