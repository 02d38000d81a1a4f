"""Screener scenarios: supervision and pending charges, immigration.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""

import pytest

from cases import *  # noqa: F403 - the builders and readers of every scenario


# ------------------------------------------- supervision and pending charges


def test_on_supervision_dismissal_waits_with_notice():
    """PC 1203.4(a)(1): on probation in any case, a dismissal must wait; a notice says why."""
    out = screen(misdemeanor(on_supervision="yes"), AS_OF)
    res = [r for r in out["results"] if r["remedy"] == "dismissal-probation"][0]
    assert res["status"] == "not-now"
    assert res["file_after"] is None
    notices = wait_notices(out)
    assert notices, out["notices"]
    assert all(n["text"] and n["cite"] for n in notices)
    assert any("1203.4" in n["cite"] for n in notices)


def test_pending_charges_no_probation_dismissal_waits():
    """PC 1203.4a(a): "not under charge of commission of any crime": with charges pending, not-now."""
    out = screen(no_probation(pending_charges="yes"), AS_OF)
    res = [r for r in out["results"] if r["remedy"] == "dismissal-no-probation"][0]
    assert res["status"] == "not-now"
    assert wait_notices(out)


def test_pending_charges_jail_dismissal_waits():
    """PC 1203.41(a)(3): charged with an offense in any case, a 1203.41 dismissal must wait."""
    assert status(county_jail(pending_charges="yes"), "dismissal-county-jail") == "not-now"


def test_on_parole_prison_before_2011_dismissal_waits():
    """PC 1203.42(a): a person on parole or supervision, or serving a sentence, must wait."""
    case = state_prison(offense_date="2008-06-01", conviction_date="2009-05-01", sentence_end_date="2013-05-01",
                        on_supervision="yes")
    assert status(case, "dismissal-prison-before-2011") == "not-now"


def test_supervision_unknown_means_no_dismissal_is_likely():
    """PC 1203.4(a)(1): not knowing whether one is on supervision never gives likely."""
    case = misdemeanor(on_supervision="unknown")
    assert status(case, "dismissal-probation") != "likely"


def test_clear_case_has_no_notices():
    """PC 1203.4(a)(1), 1203.43: a citizen not on supervision and not charged gets no notices."""
    assert screen(misdemeanor(), AS_OF)["notices"] == []


# ------------------------------------------------------------ immigration


@pytest.mark.parametrize("citizen", ["no", "unknown"])
def test_non_citizen_or_unknown_gets_the_immigration_notice(citizen):
    """PC 1203.43, 1473.7: not a citizen, or not known: talk to an immigration lawyer before filing."""
    out = screen(misdemeanor(citizen=citizen), AS_OF)
    notices = [n for n in out["notices"] if n["code"] == "immigration"]
    assert len(notices) == 1
    assert notices[0]["text"]
    assert "1203.43" in notices[0]["cite"] or "1473.7" in notices[0]["cite"]


def test_citizen_gets_no_immigration_notice():
    """PC 1203.43: the immigration notice is only for people who are not citizens (or do not know)."""
    out = screen(misdemeanor(citizen="yes"), AS_OF)
    assert not [n for n in out["notices"] if n["code"] == "immigration"]


