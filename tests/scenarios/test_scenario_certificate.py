"""Screener scenarios: certificate of rehabilitation.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""



from cases import *  # noqa: F403 - the builders and readers of every scenario


# ----------------------------------------- certificate of rehabilitation


def test_certificate_after_seven_years_judge_decides():
    """PC 4852.03(a)(2): 5 years in California plus 2 (7 in all) after a county jail felony: judge decides."""
    case = county_jail(sentence_end_date="2018-06-01", california_years=20)
    res = result(case, "certificate-of-rehabilitation")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_certificate_before_seven_years_is_not_now():
    """PC 4852.03(a)(2): 5.5 years after release from a county jail term (no supervision) is short of 7: not-now."""
    case = county_jail(sentence_end_date="2021-06-01", california_years=20)
    res = result(case, "certificate-of-rehabilitation")
    assert res["status"] == "not-now"
    assert res["file_after"] in ("2028-06-01", "2028-06-02")


def test_certificate_with_registration_waits_ten_years():
    """PC 4852.03(a)(3): a registrable offense waits 5 plus 5 (10) years; 8.5 years since probation began is too soon."""
    case = misdemeanor(registration="yes", conviction_date="2018-06-01", sentence_end_date="2021-06-01",
                       california_years=20)
    assert status(case, "certificate-of-rehabilitation") == "not-now"


def test_certificate_needs_five_years_in_california():
    """PC 4852.06: the petitioner must have lived in California five years right before filing."""
    case = county_jail(sentence_end_date="2015-02-01", california_years=3)
    assert status(case, "certificate-of-rehabilitation") == "not-now"


def test_certificate_after_prison_counts_from_release_not_end_of_parole():
    """PC 4852.03(a): the period starts at release on parole, before parole ended; 6.5 years after parole ended may be 7 after release: maybe."""
    res = result(state_prison(sentence_end_date="2020-06-10"), "certificate-of-rehabilitation")
    assert res["status"] == "maybe"


def test_certificate_waits_while_on_supervision():
    """PC 4852.06, 4852.01: a person still on probation, parole or supervision must wait."""
    assert status(county_jail(on_supervision="yes"), "certificate-of-rehabilitation") == "not-now"


def test_certificate_not_for_a_plain_misdemeanor():
    """PC 4852.01: a misdemeanor qualifies only if it requires sex-offender registration."""
    assert status(misdemeanor(registration="no"), "certificate-of-rehabilitation") == "no"


