"""Screener scenarios at every boundary, on both sides: waits, date limits, and partial dates.

Each waiting period is tried the day before it is met and the day it is met;
each date limit the rules use the day before and the day of; each partial
date (a year, a month) at the first and last day of its span. How days are
counted (tests/cases.py, docs/screener.md): a petition that waits "after the
lapse of" or "more than" N years is met the day after the anniversary;
automatic relief ("at least N years have elapsed") on the anniversary; an
age on the birthday.
"""

from datetime import date, timedelta

import pytest

from expunge_assist.messages import format_date, text

from cases import *  # noqa: F403 - the builders and readers of every scenario


def day_before(day):
    return day - timedelta(days=1)


def reason_texts(res):
    return [reason["text"] for reason in res["reasons"]]


# ------------------------------------------------------------- waiting periods


@pytest.mark.parametrize("case, remedy, met, before_status, met_status", [
    pytest.param(no_probation(conviction_date="2025-03-14"), "dismissal-no-probation", date(2026, 3, 15), "not-now", "likely",
                 id="1203.4a(a)-1-year-after-judgment"),
    pytest.param(county_jail(mandatory_supervision="yes", sentence_end_date="2024-06-10"), "dismissal-county-jail",
                 date(2025, 6, 11), "not-now", "maybe", id="1203.41(a)(2)-1-year-with-supervision"),
    pytest.param(county_jail(mandatory_supervision="no", sentence_end_date="2024-06-10"), "dismissal-county-jail",
                 date(2026, 6, 11), "not-now", "maybe", id="1203.41(a)(2)-2-years-without-supervision"),
    pytest.param(state_prison(sentence_end_date="2024-06-10"), "dismissal-county-jail",
                 date(2026, 6, 11), "not-now", "maybe", id="1203.41(a)(2)-2-years-after-prison"),
    pytest.param(state_prison(conviction_date="2009-05-01", offense_date="2008-12-01", sentence_end_date="2012-05-01"),
                 "dismissal-prison-before-2011", date(2014, 5, 2), "not-now", "maybe", id="1203.42(a)(2)-2-years"),
    pytest.param(felony(conviction_date="2018-03-14", registration="no"), "certificate-of-rehabilitation",
                 date(2025, 3, 15), "not-now", "maybe", id="4852.03(a)-7-years"),
    pytest.param(felony(conviction_date="2018-03-14", registration="no", offenses=["PC 187"]),
                 "certificate-of-rehabilitation", date(2027, 3, 15), "not-now", "maybe", id="4852.03(a)-9-years-life-offense"),
    pytest.param(felony(conviction_date="2018-03-14", registration="yes"), "certificate-of-rehabilitation",
                 date(2028, 3, 15), "not-now", "maybe", id="4852.03(a)-10-years-registration"),
    pytest.param(arrest(arrest_date="2019-05-01", arrest_level="felony"), "arrest-sealing",
                 date(2022, 5, 2), "not-now", "maybe", id="851.91(a)(1)(A)-801-3-years"),
    pytest.param(arrest(arrest_date="2019-05-01", arrest_level="felony-8-years"), "arrest-sealing",
                 date(2025, 5, 2), "not-now", "maybe", id="851.91(a)(1)(A)-800-6-years"),
])
def test_petition_waits_are_met_the_day_after_the_anniversary(case, remedy, met, before_status, met_status):
    """PC 1203.4a(a), 1203.41(a)(2), 1203.42(a)(2), 4852.03(a), 851.91(a)(1)(A): the anniversary itself is still too early."""
    before = result(case, remedy, day_before(met))
    assert before["status"] == before_status
    assert before["file_after"] == met.isoformat()
    assert result(case, remedy, met)["status"] == met_status


@pytest.mark.parametrize("case, remedy, met", [
    pytest.param(no_probation(conviction_date="2025-03-14"), "automatic-conviction-relief", date(2026, 3, 14),
                 id="1203.425(a)(1)(B)(iv)(I)-1-year-after-judgment"),
    pytest.param(county_jail(sentence_end_date="2020-01-15"), "automatic-conviction-relief", date(2024, 1, 15),
                 id="1203.425(a)(1)(B)(iv)(II)-4-years"),
    pytest.param(arrest(arrest_date="2025-03-14", arrest_level="misdemeanor"), "automatic-arrest-relief", date(2026, 3, 14),
                 id="851.93(a)(2)(B)-1-year"),
    pytest.param(arrest(arrest_date="2022-03-14", arrest_level="felony"), "automatic-arrest-relief", date(2025, 3, 14),
                 id="851.93(a)(2)(C)-3-years"),
    pytest.param(arrest(arrest_date="2020-03-14", arrest_level="felony-8-years"), "automatic-arrest-relief",
                 date(2026, 3, 14), id="851.93(a)(2)(C)-6-years"),
])
def test_automatic_relief_waits_are_met_on_the_anniversary(case, remedy, met):
    """PC 1203.425(a)(1)(B)(iv), 851.93(a)(2)(B)-(C): "at least" N years have elapsed on the anniversary itself."""
    before = result(case, remedy, day_before(met))
    assert before["status"] == "not-now"
    assert before["file_after"] == met.isoformat()
    assert result(case, remedy, met)["status"] == "likely"


def test_misdemeanor_arrest_time_to_charge_on_both_sides_of_one_and_seven_years():
    """PC 851.91(a)(1)(A), 802(a)-(b), 803.7: without the code section, not now to 1 year, maybe to 7 years, then likely."""
    case = arrest(arrest_date="2019-05-01", arrest_level="misdemeanor")
    assert result(case, "arrest-sealing", date(2020, 5, 1))["status"] == "not-now"
    assert result(case, "arrest-sealing", date(2020, 5, 2))["status"] == "maybe"
    maybe = result(case, "arrest-sealing", date(2026, 5, 1))
    assert maybe["status"] == "maybe"
    assert maybe["file_after"] == "2026-05-02"
    assert result(case, "arrest-sealing", date(2026, 5, 2))["status"] == "likely"


def test_dismissed_felony_arrest_waits_its_time_to_charge_and_stays_maybe():
    """PC 851.91(a)(1)(B)(i), 1387(a), 801: a dismissed felony can be refiled for 3 years; after that it is only maybe."""
    case = arrest(arrest_date="2019-05-01", arrest_result="dismissed", arrest_level="felony")
    before = result(case, "arrest-sealing", date(2022, 5, 1))
    assert before["status"] == "not-now"
    assert before["file_after"] == "2022-05-02"
    assert result(case, "arrest-sealing", date(2022, 5, 2))["status"] == "maybe"


def test_certificate_residence_of_five_years():
    """PC 4852.06: four years in California is not now (one more year from today); five years is enough."""
    case = felony(conviction_date="2010-03-14", california_years=4)
    res = result(case, "certificate-of-rehabilitation")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2027-11-28"
    assert status(felony(conviction_date="2010-03-14", california_years=5), "certificate-of-rehabilitation") == "maybe"


def test_juvenile_petition_on_the_18th_birthday():
    """WIC 781(a)(1)(A): the day before turning 18 is not now; on the birthday the person may petition."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2008-07-01", juvenile_end_date="2024-06-01")
    before = result(case, "juvenile-sealing", date(2026, 6, 30))
    assert before["status"] == "not-now"
    assert before["file_after"] == "2026-07-01"
    assert status(case, "juvenile-sealing", date(2026, 7, 1)) == "maybe"


def test_juvenile_petition_five_years_after_the_court_lost_its_power():
    """WIC 781(a)(1)(A): before 18, the day before 5 years after the case ended is not now; that anniversary is enough."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2015-01-01", juvenile_end_date="2021-06-01")
    before = result(case, "juvenile-sealing", date(2026, 5, 31))
    assert before["status"] == "not-now"
    assert before["file_after"] == "2026-06-01"
    assert status(case, "juvenile-sealing", date(2026, 6, 1)) == "maybe"


def test_probation_must_petition_from_the_18th_birthday():
    """WIC 788(a): from the day a person turns 18, county probation must ask the court to seal; not the day before."""
    case = juvenile(birth_date="2008-07-01", juvenile_end_date="2024-06-01")
    said = text("juvenile-788")
    assert said not in reason_texts(result(case, "juvenile-sealing", date(2026, 6, 30)))
    assert said in reason_texts(result(case, "juvenile-sealing", date(2026, 7, 1)))


def test_probation_ending_tomorrow_is_not_over_and_ending_today_is():
    """PC 1203.4(a)(1): probation that ends tomorrow is not over (not now, file after it ends); ending today it is."""
    case = misdemeanor(sentence_end_date="2026-11-29")
    res = result(case, "dismissal-probation")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-11-29"
    assert status(misdemeanor(sentence_end_date="2026-11-28"), "dismissal-probation") == "likely"


def test_diversion_finishing_tomorrow_is_not_done():
    """PC 851.87(a)(1), 851.90: a program that ends tomorrow is not done; one that ended today can be sealed (the court may)."""
    case = {**GLOBAL, "outcome": "diversion", "diversion_date": "2026-11-29"}
    res = result(case, "diversion-sealing")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-11-29"
    assert status({**case, "diversion_date": "2026-11-28"}, "diversion-sealing") == "maybe"


def test_prop_47_sentence_ending_today_is_still_served():
    """PC 1170.18(b), (g): a sentence that ends today is still being served (the court weighs risk); ended yesterday it must designate."""
    case = felony(offense_kind="prop-47", offense_date="2013-05-01", super_strike_prior="no")
    assert status({**case, "sentence_end_date": "2026-11-28"}, "prop-47") == "maybe"
    assert status({**case, "sentence_end_date": "2026-11-27"}, "prop-47") == "likely"


def test_juvenile_707b_offense_on_the_14th_birthday_bars_786():
    """WIC 786(d): a WIC 707(b) offense (PC 211) on the 14th birthday is at 14 or older; the day before it is not."""
    case = juvenile(offenses=["PC 211"], birth_date="2000-01-01", juvenile_end_date="2018-05-01")
    assert status({**case, "offense_date": "2014-01-01"}, "juvenile-sealing") == "maybe"
    assert status({**case, "offense_date": "2013-12-31"}, "juvenile-sealing") == "likely"


def test_judgment_on_february_29_counts_its_year_to_march_1():
    """PC 1203.4a(a), 1203.425(a)(1)(B)(iv)(I): a year from February 29 ends March 1 (never a day early)."""
    case = no_probation(conviction_date="2024-02-29", offense_date="2024-01-10", sentence_end_date="2024-02-29")
    assert status(case, "dismissal-no-probation", date(2025, 3, 1)) == "not-now"
    assert status(case, "dismissal-no-probation", date(2025, 3, 2)) == "likely"
    assert status(case, "automatic-conviction-relief", date(2025, 2, 28)) == "not-now"
    assert status(case, "automatic-conviction-relief", date(2025, 3, 1)) == "likely"


# ----------------------------------------------------------------- date limits


@pytest.mark.parametrize("case, remedy, limit_key, limit, before, on", [
    pytest.param(misdemeanor(), "automatic-conviction-relief", "conviction_date", date(1973, 1, 1), "no", "likely",
                 id="1203.425(a)(1)(B)(iv)-1973"),
    pytest.param(arrest(), "automatic-arrest-relief", "arrest_date", date(1973, 1, 1), "no", "likely",
                 id="851.93(a)(2)-1973"),
    pytest.param(state_prison(sentence_end_date="2014-05-01"), "dismissal-prison-before-2011", "conviction_date",
                 date(2011, 10, 1), "maybe", "no", id="1203.42(a)-realignment"),
    pytest.param(felony(offense_kind="prop-47", super_strike_prior="no"), "prop-47", "offense_date", date(2014, 11, 5),
                 "likely", "no", id="1170.18(a)-prop-47"),
    pytest.param(misdemeanor(offense_kind="cannabis"), "prop-64", "offense_date", date(2016, 11, 9), "likely", "no",
                 id="11361.8(a)-prop-64"),
    pytest.param(juvenile(), "juvenile-sealing", "juvenile_end_date", date(2015, 1, 1), "maybe", "likely",
                 id="WIC-786(a)-2015"),
])
def test_each_date_limit_the_day_before_and_the_day_of(case, remedy, limit_key, limit, before, on):
    """PC 1203.425, 851.93 (1973), 1203.42(a) (1 October 2011), 1170.18(a) (5 November 2014), HS 11361.8(a) (9 November 2016), WIC 786 (2015): the limit day is on the later side."""
    assert status({**case, limit_key: day_before(limit).isoformat()}, remedy) == before
    assert status({**case, limit_key: limit.isoformat()}, remedy) == on


@pytest.mark.parametrize("case, remedy, limit_key, limit, before, on", [
    pytest.param(misdemeanor(), "automatic-conviction-relief", "conviction_date", date(1973, 1, 1), "no", "likely",
                 id="1203.425-1973"),
    pytest.param(state_prison(sentence_end_date="2014-05-01"), "dismissal-prison-before-2011", "conviction_date",
                 date(2011, 10, 1), "maybe", "no", id="1203.42(a)-realignment"),
    pytest.param(felony(offense_kind="prop-47", super_strike_prior="no"), "prop-47", "offense_date", date(2014, 11, 5),
                 "likely", "maybe", id="1170.18(a)-prop-47"),
    pytest.param(misdemeanor(offense_kind="cannabis"), "prop-64", "offense_date", date(2016, 11, 9), "likely", "maybe",
                 id="11361.8(a)-prop-64"),
    pytest.param(juvenile(), "juvenile-sealing", "juvenile_end_date", date(2015, 1, 1), "maybe", "likely",
                 id="WIC-786(a)-2015"),
])
def test_each_date_limit_by_the_month(case, remedy, limit_key, limit, before, on):
    """The same limits for a month: the month before is wholly before; the limit's month is after, or maybe when it straddles."""
    month_before = day_before(limit.replace(day=1))
    assert status({**case, limit_key: f"{month_before:%Y-%m}"}, remedy) == before
    assert status({**case, limit_key: f"{limit:%Y-%m}"}, remedy) == on


def test_realignment_year_straddles_and_says_so():
    """PC 1203.42(a): a conviction some day in 2011 may be before 1 October 2011 or not: maybe, naming the day."""
    case = state_prison(conviction_date="2011", sentence_end_date="2014-05-01")
    res = result(case, "dismissal-prison-before-2011")
    assert res["status"] == "maybe"
    assert text("offense-straddles", date=format_date(date(2011, 10, 1))) in reason_texts(res)


def test_a_year_on_each_side_of_1973():
    """PC 1203.425(a)(1)(B)(iv): a conviction in 1972 is before automatic relief reaches; one in 1973 is within it."""
    assert status(misdemeanor(conviction_date="1972"), "automatic-conviction-relief") == "no"
    assert status(misdemeanor(conviction_date="1973"), "automatic-conviction-relief") == "likely"


# -------------------------------------------------------- partial date spans


@pytest.mark.parametrize("judged, first_maybe, surely", [
    pytest.param("2025-03", date(2026, 3, 2), date(2026, 4, 1), id="month"),
    pytest.param("2025", date(2026, 1, 2), date(2027, 1, 1), id="year"),
    pytest.param("2023-02", date(2024, 2, 2), date(2024, 2, 29), id="february-common-year"),
    pytest.param("2024-02", date(2025, 2, 2), date(2025, 3, 2), id="february-leap-year"),
])
def test_petition_wait_from_a_partial_date_at_both_ends_of_its_span(judged, first_maybe, surely):
    """PC 1203.4a(a): from a month or a year, not now until the first day could be met, maybe until the last, then likely."""
    case = no_probation(conviction_date=judged, offense_date="2022-01-10", sentence_end_date=judged)
    assert status(case, "dismissal-no-probation", day_before(first_maybe)) == "not-now"
    assert status(case, "dismissal-no-probation", first_maybe) == "maybe"
    last = result(case, "dismissal-no-probation", day_before(surely))
    assert last["status"] == "maybe"
    assert last["file_after"] == surely.isoformat()
    assert status(case, "dismissal-no-probation", surely) == "likely"


@pytest.mark.parametrize("judged, first_maybe, surely", [
    pytest.param("2025-03", date(2026, 3, 1), date(2026, 3, 31), id="month"),
    pytest.param("2025", date(2026, 1, 1), date(2026, 12, 31), id="year"),
])
def test_automatic_wait_from_a_partial_date_at_both_ends_of_its_span(judged, first_maybe, surely):
    """PC 1203.425(a)(1)(B)(iv)(I): from a month or a year, met on the anniversary of the span's last day, maybe from its first."""
    case = no_probation(conviction_date=judged, offense_date="2022-01-10", sentence_end_date=judged)
    assert status(case, "automatic-conviction-relief", day_before(first_maybe)) == "not-now"
    assert status(case, "automatic-conviction-relief", first_maybe) == "maybe"
    assert status(case, "automatic-conviction-relief", day_before(surely)) == "maybe"
    assert status(case, "automatic-conviction-relief", surely) == "likely"


@pytest.mark.parametrize("when", ["2014-11", "2014"])
def test_prop_47_offense_in_the_limits_month_or_year_is_maybe(when):
    """PC 1170.18(a): an offense some day in November 2014 (or in 2014) may be on or after 5 November 2014: maybe."""
    case = felony(offense_kind="prop-47", super_strike_prior="no", offense_date=when)
    assert status(case, "prop-47") == "maybe"


@pytest.mark.parametrize("text_, earliest, latest", [
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-03", date(2025, 3, 1), date(2025, 3, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2025-04", date(2025, 4, 1), date(2025, 4, 30)),
    ("2025-12", date(2025, 12, 1), date(2025, 12, 31)),
    ("2025-03-14", date(2025, 3, 14), date(2025, 3, 14)),
])
def test_a_partial_date_spans_its_first_to_its_last_day(text_, earliest, latest):
    """docs/screener.md: "2025" is every day of 2025, "2025-03" every day of March; the rules count from both ends."""
    from expunge_assist.case import PartialDate

    when = PartialDate.parse(text_)
    assert (when.earliest(), when.latest()) == (earliest, latest)
