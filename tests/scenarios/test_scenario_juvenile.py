"""Screener scenarios: juvenile sealing.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""



from cases import *  # noqa: F403 - the builders and readers of every scenario


# ------------------------------------------------------- juvenile sealing


def test_juvenile_probation_completed_is_sealed_by_the_court():
    """WIC 786(a): satisfactory completion of juvenile probation: the court must dismiss and seal."""
    res = result(juvenile(), "juvenile-sealing")
    assert res["status"] == "likely"
    assert res["judge_decides"] is False


def test_juvenile_petition_after_18_judge_decides():
    """WIC 781(a)(1)(A): at 18 or older a person may petition; the judge decides on rehabilitation."""
    res = result(juvenile(juvenile_probation_completed="no"), "juvenile-sealing")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_juvenile_petition_waits_for_18_or_five_years():
    """WIC 781(a)(1)(A): under 18, ask 5 years after jurisdiction ended or at 18, whichever is first."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2012-01-01", juvenile_end_date="2024-01-01")
    res = result(case, "juvenile-sealing", date(2026, 6, 1))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2029-01-01"


def test_juvenile_petition_five_years_after_the_case_ended():
    """WIC 781(a)(1)(A): "five years or more after" jurisdiction ended: met on the fifth anniversary, not the day before."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2012-01-01", juvenile_end_date="2021-06-01")
    res = result(case, "juvenile-sealing", date(2026, 5, 31))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-06-01"
    assert status(case, "juvenile-sealing", date(2026, 6, 1)) == "maybe"


def test_juvenile_petition_on_the_18th_birthday():
    """WIC 781(a)(1)(A), Family Code 6500: a person reaches 18 on the birthday and may petition that day."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2008-07-01", juvenile_end_date="2024-01-01")
    res = result(case, "juvenile-sealing", date(2026, 6, 30))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-07-01"
    assert status(case, "juvenile-sealing", date(2026, 7, 1)) == "maybe"


def test_juvenile_probation_ending_december_2014_is_not_automatic():
    """WIC 786 (in force 2015-01-01), date "2014-12": every day of the span is before 2015, so WIC 781 applies: maybe."""
    assert status(juvenile(juvenile_end_date="2014-12"), "juvenile-sealing") == "maybe"


def test_juvenile_petition_barred_by_adult_conviction():
    """WIC 781(a)(1)(A): an adult felony or moral-turpitude misdemeanor since bars a petition."""
    case = juvenile(juvenile_probation_completed="no", adult_conviction_since="yes")
    assert status(case, "juvenile-sealing") == "no"


def test_juvenile_probation_before_2015_is_not_automatic():
    """WIC 786 took effect 2015-01-01; probation that ended in 2013 uses WIC 781: judge decides."""
    case = juvenile(juvenile_end_date="2013-05-01", birth_date="1995-01-01")
    assert status(case, "juvenile-sealing") == "maybe"


