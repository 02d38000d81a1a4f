"""Screener scenarios: automatic conviction relief, automatic arrest relief.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""



from cases import *  # noqa: F403 - the builders and readers of every scenario
from expunge_assist.messages import text


# ------------------------------------------- automatic conviction relief


def test_automatic_relief_after_probation_without_revocation():
    """PC 1203.425(a)(1)(B)(iv)(I): probation completed without revocation: DOJ grants relief."""
    assert status(misdemeanor(), "automatic-conviction-relief") == "likely"


def test_automatic_relief_after_felony_probation_needs_no_four_years():
    """PC 1203.425(a)(1)(B)(iv)(I): the probation path has no waiting period; the four years are for the felony path (iv)(II) only."""
    assert status(felony(sentence_end_date="2026-10-01"), "automatic-conviction-relief") == "likely"


def test_automatic_relief_not_after_revoked_probation():
    """PC 1203.425(a)(1)(B)(iv)(I): a misdemeanor whose probation was revoked does not fit any path."""
    assert status(misdemeanor(probation_result="violated"), "automatic-conviction-relief") == "no"


def test_automatic_relief_misdemeanor_without_probation_day_before_a_year():
    """PC 1203.425(a)(1)(B)(iv)(I): "at least one calendar year has elapsed since the date of judgment": not yet the day before."""
    res = result(no_probation(), "automatic-conviction-relief", date(2026, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-14"


def test_automatic_relief_misdemeanor_without_probation_on_the_anniversary():
    """PC 1203.425(a)(1)(B)(iv)(I): on the anniversary one calendar year has elapsed: likely."""
    assert status(no_probation(), "automatic-conviction-relief", date(2026, 3, 14)) == "likely"


def test_automatic_relief_infraction_without_probation_on_the_anniversary():
    """PC 1203.425(a)(1)(B)(iv)(I): an infraction, like a misdemeanor, with no probation is relieved one calendar year after judgment."""
    case = no_probation(level="infraction")
    assert status(case, "automatic-conviction-relief", date(2026, 3, 14)) == "likely"
    assert status(case, "automatic-conviction-relief", date(2026, 3, 13)) == "not-now"


def test_automatic_relief_felony_four_years_without_new_felony():
    """PC 1203.425(a)(1)(B)(iv)(II) (SB 731): four years after all custody and supervision, no new felony: likely."""
    case = county_jail(sentence_end_date="2020-01-15")
    assert status(case, "automatic-conviction-relief", date(2024, 1, 15)) == "likely"


def test_automatic_relief_felony_before_four_years_is_not_now():
    """PC 1203.425(a)(1)(B)(iv)(II): the day before four years have elapsed, not-now."""
    case = county_jail(sentence_end_date="2020-01-15")
    res = result(case, "automatic-conviction-relief", date(2024, 1, 14))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2024-01-15"


def test_automatic_relief_felony_after_state_prison():
    """PC 1203.425(a)(1)(B)(iv)(II): since SB 731 the felony path covers a state prison sentence too."""
    assert status(state_prison(sentence_end_date="2020-06-10"), "automatic-conviction-relief") == "likely"


def test_automatic_relief_felony_with_new_felony_is_excluded():
    """PC 1203.425(a)(1)(B)(iv)(II): a new felony conviction during the four years rules it out."""
    assert status(county_jail(new_felony_since="yes"), "automatic-conviction-relief") == "no"


def test_automatic_relief_felony_new_felony_unknown_is_maybe():
    """PC 1203.425(a)(1)(B)(iv)(II): not knowing about a new felony gives maybe, get the record."""
    res = result(county_jail(new_felony_since="unknown"), "automatic-conviction-relief")
    assert res["status"] == "maybe"
    assert mentions_record(res)


def test_automatic_relief_serious_violent_felony_path_excluded():
    """PC 1203.425(a)(1)(B)(iv)(II): the felony path excludes serious (1192.7(c)) and violent (667.5(c)) felonies."""
    assert status(county_jail(serious_violent="yes"), "automatic-conviction-relief") == "no"


def test_automatic_relief_serious_felony_with_probation_uses_probation_path():
    """PC 1203.425(a)(1)(B)(iv)(II): the serious/violent bar is on the felony path only; completed probation still fits."""
    assert status(felony(serious_violent="yes"), "automatic-conviction-relief") == "likely"


def test_automatic_relief_only_for_convictions_from_1973():
    """PC 1203.425(a)(1)(B): only convictions on or after January 1, 1973 are reviewed."""
    case = misdemeanor(offense_date="1972-01-01", conviction_date="1972-05-01", sentence_end_date="1974-01-01")
    assert status(case, "automatic-conviction-relief") == "no"


def test_automatic_relief_registration_excludes():
    """PC 1203.425(a)(1)(A)(i): a person required to register as a sex offender is not eligible."""
    assert status(misdemeanor(registration="yes"), "automatic-conviction-relief") == "no"


def test_automatic_relief_not_while_on_supervision():
    """PC 1203.425(a)(1)(A)(ii)-(iii): DOJ does not grant relief while the person is under supervision."""
    case = misdemeanor(on_supervision="yes")
    assert status(case, "automatic-conviction-relief") in ("not-now", "no")


# ------------------------------------------------- automatic arrest relief


def test_misdemeanor_arrest_day_before_one_year_is_not_now():
    """PC 851.93(a)(2)(B): a misdemeanor arrest with no charges, one day short of a calendar year: not-now."""
    case = arrest(arrest_date="2025-03-14")
    res = result(case, "automatic-arrest-relief", date(2026, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-14"


def test_misdemeanor_arrest_on_the_anniversary_is_likely():
    """PC 851.93(a)(2)(B): "at least one calendar year has elapsed since the date of the arrest" on the anniversary."""
    case = arrest(arrest_date="2025-03-14")
    assert status(case, "automatic-arrest-relief", date(2026, 3, 14)) == "likely"


def test_misdemeanor_arrest_dismissed_is_relieved_at_once():
    """PC 851.93(a)(2)(A): a misdemeanor arrest whose charge was dismissed needs no waiting."""
    case = arrest(arrest_date="2026-10-01", arrest_result="dismissed")
    assert status(case, "automatic-arrest-relief") == "likely"


def test_an_arrest_that_ended_in_diversion_may_be_relieved():
    """PC 851.93(a)(2)(D): some completed diversion programs qualify, and the screener does not ask which: maybe, never no."""
    res = result({**GLOBAL, "outcome": "diversion", "diversion_date": "2023-05-01"}, "automatic-arrest-relief")
    assert res["status"] == "maybe"
    assert {"text": text("diversion-arrest"), "cite": "Penal Code section 851.93(a)(2)(D)"} in res["reasons"]


def test_felony_arrest_day_before_three_years_is_not_now():
    """PC 851.93(a)(2)(C): a felony arrest, no conviction, waits three calendar years: not yet the day before."""
    case = arrest(arrest_level="felony", arrest_date="2022-03-14")
    res = result(case, "automatic-arrest-relief", date(2025, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2025-03-14"


def test_felony_arrest_after_three_years_is_likely():
    """PC 851.93(a)(2)(C): three calendar years have elapsed on the third anniversary."""
    case = arrest(arrest_level="felony", arrest_date="2022-03-14")
    assert status(case, "automatic-arrest-relief", date(2025, 3, 14)) == "likely"


def test_eight_year_felony_arrest_waits_six_years():
    """PC 851.93(a)(2)(C): an offense punishable by 8 years or more waits six years; at three it is not-now."""
    case = arrest(arrest_level="felony-8-years", arrest_date="2020-03-14")
    res = result(case, "automatic-arrest-relief", date(2026, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-14"
    assert status(case, "automatic-arrest-relief", date(2023, 6, 1)) == "not-now"


def test_eight_year_felony_arrest_after_six_years_is_likely():
    """PC 851.93(a)(2)(C): six calendar years have elapsed on the sixth anniversary."""
    case = arrest(arrest_level="felony-8-years", arrest_date="2020-03-14")
    assert status(case, "automatic-arrest-relief", date(2026, 3, 14)) == "likely"


def test_arrest_relief_only_for_arrests_from_1973():
    """PC 851.93(a)(1): only arrests on or after January 1, 1973 are reviewed."""
    assert status(arrest(arrest_date="1972-05-01"), "automatic-arrest-relief") == "no"


def test_acquittal_gives_arrest_relief():
    """PC 851.93(a)(2): an arrestee acquitted of every charge from the arrest qualifies."""
    case = arrest(arrest_level="felony", arrest_date="2026-01-10", arrest_result="acquitted")
    assert status(case, "automatic-arrest-relief") == "likely"


def test_arrest_year_straddling_the_boundary_is_maybe():
    """PC 851.93(a)(2)(B), date "2025": on 2026-06-01 a year has elapsed only for arrests before June 2025: maybe."""
    case = arrest(arrest_date="2025")
    assert status(case, "automatic-arrest-relief", date(2026, 6, 1)) == "maybe"


def test_arrest_year_wholly_past_is_likely():
    """PC 851.93(a)(2)(B), date "2025": on 2026-12-31 a year has elapsed for every day of 2025."""
    case = arrest(arrest_date="2025")
    assert status(case, "automatic-arrest-relief", date(2026, 12, 31)) == "likely"


def test_arrest_month_straddling_the_boundary_is_maybe():
    """PC 851.93(a)(2)(B), date "2025-03": on 2026-03-15 a year has elapsed only for 1-15 March: maybe."""
    case = arrest(arrest_date="2025-03")
    assert status(case, "automatic-arrest-relief", date(2026, 3, 15)) == "maybe"


def test_arrest_month_wholly_past_is_likely():
    """PC 851.93(a)(2)(B), date "2025-03": on 2026-03-31 a year has elapsed for every day of March 2025."""
    case = arrest(arrest_date="2025-03")
    assert status(case, "automatic-arrest-relief", date(2026, 3, 31)) == "likely"


