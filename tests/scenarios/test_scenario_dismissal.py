"""Screener scenarios: dismissal after probation, dismissal with no probation, dismissal after jail or prison, state prison before realignment (1203.42).

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""

import pytest

from cases import *  # noqa: F403 - the builders and readers of every scenario


# ------------------------------------------------- dismissal after probation


def test_probation_completed_must_be_dismissed():
    """PC 1203.4(a)(1): probation completed, the judge must grant dismissal."""
    res = result(misdemeanor(), "dismissal-probation")
    assert res["status"] == "likely"
    assert res["judge_decides"] is False
    assert res["statement_helps"] is False
    assert res["forms"] == ["CR-180", "CR-181"]
    assert res["guide"] == "guides/dismissal/"
    assert all(reason["cite"] for reason in res["reasons"])


def test_probation_ended_early_must_be_dismissed():
    """PC 1203.4(a)(1): probation ended early by the court, the judge must grant dismissal."""
    res = result(felony(probation_result="ended-early"), "dismissal-probation")
    assert res["status"] == "likely"
    assert res["judge_decides"] is False


def test_probation_violated_judge_decides():
    """PC 1203.4(a)(1): after a probation violation the judge decides in the interests of justice."""
    res = result(misdemeanor(probation_result="violated"), "dismissal-probation")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_dui_dismissal_is_discretionary():
    """PC 1203.4(c): a Vehicle Code 12810(a)-(e) offense such as DUI is dismissed only if the judge decides."""
    res = result(misdemeanor(offense_kind="dui"), "dismissal-probation")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_registration_offense_is_not_likely_dismissed():
    """PC 1203.4(b): the listed sex offenses against children are excluded, so registration is never likely."""
    assert status(felony(registration="yes"), "dismissal-probation") != "likely"


def test_infraction_with_probation_is_not_a_1203_4_dismissal():
    """PC 1203.4(b): infractions are excluded from 1203.4 (they use 1203.4a)."""
    assert status(misdemeanor(level="infraction"), "dismissal-probation") == "no"


def test_probation_result_unknown_is_maybe_with_how_to_find_out():
    """PC 1203.4(a)(1): an unknown probation result is maybe, never likely, and says to get the record."""
    res = result(misdemeanor(probation_result="unknown"), "dismissal-probation")
    assert res["status"] == "maybe"
    assert mentions_record(res)


def test_county_jail_sentence_is_not_a_probation_dismissal():
    """PC 1203.4(a)(1): only a case where probation was granted fits 1203.4."""
    assert status(county_jail(), "dismissal-probation") == "no"


# ------------------------------------------- dismissal with no probation


def test_no_probation_day_before_anniversary_is_not_now():
    """PC 1203.4a(a): the day before one year after judgment the year has not lapsed: not-now."""
    res = result(no_probation(), "dismissal-no-probation", date(2026, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-15"


def test_no_probation_on_the_anniversary_is_not_now():
    """PC 1203.4a(a) "after the lapse of one year": the year includes the anniversary (Civil Code 10), so not yet."""
    res = result(no_probation(), "dismissal-no-probation", date(2026, 3, 14))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-15"


def test_no_probation_day_after_anniversary_must_be_dismissed():
    """PC 1203.4a(a): the day after the anniversary the year has lapsed and the judge must grant it."""
    res = result(no_probation(), "dismissal-no-probation", date(2026, 3, 15))
    assert res["status"] == "likely"
    assert res["judge_decides"] is False


def test_infraction_with_probation_uses_1203_4a():
    """PC 1203.4a(a): "every defendant convicted of an infraction" may use 1203.4a, probation or not."""
    case = misdemeanor(level="infraction", offenses=["PC 415"], conviction_since="no")
    assert status(case, "dismissal-no-probation") == "likely"


def test_no_probation_registration_is_not_likely():
    """PC 1203.4a(d): a misdemeanor under PC 288(c) (a registrable offense) is excluded: not likely."""
    assert status(no_probation(registration="yes"), "dismissal-no-probation") != "likely"


def test_misdemeanor_with_probation_is_not_1203_4a():
    """PC 1203.4a(a): only a misdemeanor "not granted probation" fits 1203.4a."""
    assert status(misdemeanor(), "dismissal-no-probation") == "no"


def test_felony_is_not_1203_4a():
    """PC 1203.4a(a): a felony is neither a misdemeanor nor an infraction."""
    assert status(county_jail(), "dismissal-no-probation") == "no"


def test_no_probation_month_straddling_the_boundary_is_maybe():
    """PC 1203.4a(a), date "2025-03": on 2026-03-15 the year has lapsed for 1-14 March only: maybe."""
    case = no_probation(conviction_date="2025-03", offense_date="2025-01")
    assert status(case, "dismissal-no-probation", date(2026, 3, 15)) == "maybe"


def test_no_probation_month_wholly_past_is_likely():
    """PC 1203.4a(a), date "2025-03": on 2026-04-02 the year has lapsed for every day of March 2025."""
    case = no_probation(conviction_date="2025-03", offense_date="2025-01")
    assert status(case, "dismissal-no-probation", date(2026, 4, 2)) == "likely"


def test_no_probation_year_straddling_the_boundary_is_maybe_and_names_the_date():
    """PC 1203.4a(a), date "2015": on 2016-06-01 the year has lapsed only for early 2015: maybe, naming when it surely has."""
    case = no_probation(conviction_date="2015", offense_date="2015", sentence_end_date="2015")
    res = result(case, "dismissal-no-probation", date(2016, 6, 1))
    assert res["status"] == "maybe"
    if res["file_after"] is not None:
        assert res["file_after"] == "2017-01-01"
    else:
        assert any("2017" in reason["text"] for reason in res["reasons"])


def test_no_probation_year_wholly_past_is_likely():
    """PC 1203.4a(a), date "2015": on 2017-01-02 one year has lapsed for every day of 2015."""
    case = no_probation(conviction_date="2015", offense_date="2015", sentence_end_date="2015")
    assert status(case, "dismissal-no-probation", date(2017, 1, 2)) == "likely"


def test_no_probation_unknown_judgment_date_is_maybe():
    """PC 1203.4a(a): an unknown judgment date cannot show the year has lapsed: maybe, get the record."""
    res = result(no_probation(conviction_date="unknown"), "dismissal-no-probation")
    assert res["status"] == "maybe"
    assert mentions_record(res)


# ------------------------------------------- dismissal after jail or prison


def test_county_jail_sentence_end_year_straddling_names_the_sure_date():
    """PC 1203.41(a)(2), date "2024": with mandatory supervision, one year has surely lapsed on 2026-01-01."""
    case = county_jail(mandatory_supervision="yes", sentence_end_date="2024")
    res = result(case, "dismissal-county-jail", date(2025, 6, 1))
    assert res["status"] == "maybe"
    assert res["file_after"] == "2026-01-01"


def test_county_jail_with_mandatory_supervision_on_the_anniversary_is_not_now():
    """PC 1203.41(a)(2): with mandatory supervision, one year must lapse after the sentence; the anniversary is not after it."""
    case = county_jail(mandatory_supervision="yes", sentence_end_date="2024-06-10")
    res = result(case, "dismissal-county-jail", date(2025, 6, 10))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2025-06-11"


def test_county_jail_with_mandatory_supervision_after_one_year_judge_decides():
    """PC 1203.41(a)(2): one year lapsed after a sentence with mandatory supervision; the judge decides."""
    case = county_jail(mandatory_supervision="yes", sentence_end_date="2024-06-10")
    res = result(case, "dismissal-county-jail", date(2025, 6, 11))
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_county_jail_without_mandatory_supervision_waits_two_years():
    """PC 1203.41(a)(2): without mandatory supervision the wait is two years; at 18 months it is not-now."""
    case = county_jail(mandatory_supervision="no", sentence_end_date="2024-06-10")
    res = result(case, "dismissal-county-jail", date(2025, 12, 10))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-06-11"


def test_county_jail_without_mandatory_supervision_second_anniversary_is_not_now():
    """PC 1203.41(a)(2): on the second anniversary the two years have not yet lapsed."""
    case = county_jail(mandatory_supervision="no", sentence_end_date="2024-06-10")
    assert status(case, "dismissal-county-jail", date(2026, 6, 10)) == "not-now"


def test_county_jail_without_mandatory_supervision_after_two_years_judge_decides():
    """PC 1203.41(a)(2): the day after the second anniversary the two years have lapsed; the judge decides."""
    case = county_jail(mandatory_supervision="no", sentence_end_date="2024-06-10")
    res = result(case, "dismissal-county-jail", date(2026, 6, 11))
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True


def test_state_prison_after_sb_731_judge_decides():
    """PC 1203.41(a)(1) (SB 731): a state prison sentence now qualifies; two years after it ended, the judge decides."""
    res = result(state_prison(), "dismissal-county-jail")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True


def test_county_jail_mandatory_supervision_unknown_between_one_and_two_years_is_maybe():
    """PC 1203.41(a)(2): 19 months after the sentence, the wait (1 or 2 years) depends on an unknown answer: maybe."""
    case = county_jail(mandatory_supervision="unknown", sentence_end_date="2025-05-01")
    res = result(case, "dismissal-county-jail")
    assert res["status"] == "maybe"


def test_state_prison_waits_two_years():
    """PC 1203.41(a)(2): after state prison the wait is two years from the end of the sentence."""
    res = result(state_prison(sentence_end_date="2025-06-10"), "dismissal-county-jail")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2027-06-11"


def test_state_prison_with_registration_is_excluded():
    """PC 1203.41(a)(1): a state prison felony requiring sex-offender registration is excluded."""
    assert status(state_prison(registration="yes"), "dismissal-county-jail") == "no"


def test_probation_completed_is_not_a_1203_41_case():
    """PC 1203.41(a)(1): it covers 1170(h) and state prison sentences, not a completed probation."""
    assert status(misdemeanor(), "dismissal-county-jail") == "no"


# -------------------------------- state prison before realignment (1203.42)


def test_prison_before_realignment_judge_decides():
    """PC 1203.42(a): state prison before 2011-10-01, two years after it ended: the judge decides."""
    case = state_prison(offense_date="2008-06-01", conviction_date="2009-05-01", sentence_end_date="2013-05-01")
    res = result(case, "dismissal-prison-before-2011", AS_OF)
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_prison_sentence_on_realignment_day_is_not_1203_42():
    """PC 1203.42(a): sentenced on 2011-10-01, realignment already applied, so 1203.42 does not fit."""
    case = state_prison(offense_date="2011-05-01", conviction_date="2011-10-01", sentence_end_date="2014-05-01")
    assert status(case, "dismissal-prison-before-2011") == "no"


def test_prison_sentence_day_before_realignment_waits_two_years():
    """PC 1203.42(a)(2): sentenced 2011-09-30 (before realignment); two years must lapse after release."""
    case = state_prison(offense_date="2011-05-01", conviction_date="2011-09-30", sentence_end_date="2025-01-10")
    res = result(case, "dismissal-prison-before-2011")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2027-01-11"


def test_prison_sentence_in_2011_straddles_realignment():
    """PC 1203.42(a), date "2011": sentenced before or after 2011-10-01, so maybe."""
    case = state_prison(offense_date="2010", conviction_date="2011", sentence_end_date="2014-05-01")
    assert status(case, "dismissal-prison-before-2011") == "maybe"


@pytest.mark.parametrize("answer", ["registration", "serious_violent"])
def test_prison_before_realignment_not_for_offenses_that_still_go_to_prison(answer):
    """PC 1203.42(a), 1170(h)(3): a registrable or serious/violent felony would still go to state prison today."""
    case = state_prison(offense_date="2008-06-01", conviction_date="2009-05-01", sentence_end_date="2013-05-01",
                        **{answer: "yes"})
    assert status(case, "dismissal-prison-before-2011") == "no"


def test_county_jail_sentence_is_not_1203_42():
    """PC 1203.42(a): county jail sentences came with realignment; 1203.42 is for earlier prison sentences."""
    assert status(county_jail(), "dismissal-prison-before-2011") == "no"


def test_realignment_county_jail_goes_to_1203_41():
    """PC 1203.41(a)(1): a 2013 county jail felony (after realignment) is a 1203.41 case, judge decides."""
    assert status(county_jail(), "dismissal-county-jail") == "maybe"


