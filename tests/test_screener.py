"""The eligibility screener, tested from the law.

Each scenario is one small case (the format in docs/screener.md), a fixed
`as_of` date, and the result the statute gives. The facts come from the guide
pages in site/guides/ and ../shared/reference/ca-record-clearance.md, not from
the implementation.

Counting days. Two wordings appear in the statutes, and they are read
differently on the anniversary:

- "after the lapse of one year from/following ..." (PC 1203.4a(a),
  1203.41(a)(2), 1203.42(a)(2)): under Civil Code section 10 the year is
  counted excluding the first day and including the last, so it ends on the
  anniversary and has "lapsed" only when that day is over. The first day the
  person may file is the day after the anniversary.
- "at least one calendar year has elapsed since the date of ..." (PC 851.93,
  1203.425): on the anniversary a full year has elapsed, so it is met that day.
- "within one year after commission" (PC 802(a), the misdemeanor limitations
  period that PC 851.91(a)(1)(A) waits for): charging is still allowed on the
  anniversary, so sealing can start the day after.

`file_after` is read as the doc defines it: "the date by which it is surely
met", that is the first day the waiting period is met.
"""

import json
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expunge_assist.screener import screen

AS_OF = date(2026, 11, 28)

REMEDIES = {
    "dismissal-probation",
    "dismissal-no-probation",
    "dismissal-county-jail",
    "dismissal-prison-before-2011",
    "felony-reduction",
    "prop-47",
    "prop-64",
    "automatic-conviction-relief",
    "automatic-arrest-relief",
    "arrest-sealing",
    "diversion-sealing",
    "survivor-vacatur",
    "certificate-of-rehabilitation",
    "juvenile-sealing",
}
DISMISSALS = (
    "dismissal-probation",
    "dismissal-no-probation",
    "dismissal-county-jail",
    "dismissal-prison-before-2011",
)
# Remedies where the judge always decides (or, for 851.87/851.90/1000.4/1001.9,
# the court "may" seal): never `likely` under the doc's definition.
ALWAYS_DISCRETIONARY = (
    "dismissal-county-jail",
    "dismissal-prison-before-2011",
    "felony-reduction",
    "diversion-sealing",
    "survivor-vacatur",
    "certificate-of-rehabilitation",
)
STATUS_ORDER = {"likely": 0, "maybe": 1, "not-now": 2, "no": 3}


# ---------------------------------------------------------------- helpers

GLOBAL = {"on_supervision": "no", "pending_charges": "no", "citizen": "yes", "survivor": "no"}


def _build(base, answers):
    case = {**base, **answers}
    return {key: value for key, value in case.items() if value is not None}


def misdemeanor(**answers):
    """A misdemeanor conviction, probation finished in 2020; None drops a key."""
    base = {
        **GLOBAL,
        "outcome": "convicted",
        "level": "misdemeanor",
        "offense_date": "2018-01-10",
        "conviction_date": "2018-03-14",
        "offense_kind": "other",
        "registration": "no",
        "sentence": "probation",
        "probation_result": "completed",
        "sentence_end_date": "2020-03-14",
    }
    return _build(base, answers)


def no_probation(**answers):
    """A misdemeanor with a fine and no probation, judgment on 2025-03-14."""
    base = misdemeanor(
        sentence="no-probation",
        probation_result=None,
        offense_date="2025-01-20",
        conviction_date="2025-03-14",
        sentence_end_date="2025-03-14",
    )
    return _build(base, answers)


def felony(**answers):
    """A felony conviction with the felony questions answered 'no'."""
    base = misdemeanor(
        level="felony",
        wobbler="no",
        serious_violent="no",
        new_felony_since="no",
        california_years=20,
    )
    return _build(base, answers)


def county_jail(**answers):
    """A felony sentenced to county jail under PC 1170(h) in 2013."""
    base = felony(
        sentence="county-jail",
        probation_result=None,
        mandatory_supervision="no",
        offense_date="2012-11-02",
        conviction_date="2013-02-01",
        sentence_end_date="2015-02-01",
    )
    return _build(base, answers)


def state_prison(**answers):
    """A felony sentenced to state prison in 2015."""
    base = felony(
        sentence="state-prison",
        probation_result=None,
        offense_date="2014-12-01",
        conviction_date="2015-04-01",
        sentence_end_date="2020-06-10",
    )
    return _build(base, answers)


def arrest(**answers):
    """An arrest with no conviction."""
    base = {
        **GLOBAL,
        "outcome": "not-convicted",
        "arrest_date": "2019-05-01",
        "arrest_result": "no-charges",
        "arrest_level": "misdemeanor",
    }
    return _build(base, answers)


def juvenile(**answers):
    """A juvenile case; probation finished well in 2018, born in 2000."""
    base = {
        **GLOBAL,
        "outcome": "juvenile",
        "juvenile_probation_completed": "yes",
        "juvenile_end_date": "2018-05-01",
        "birth_date": "2000-01-01",
        "adult_conviction_since": "no",
    }
    return _build(base, answers)


def result(case, remedy, as_of=AS_OF):
    """The result dict for one remedy."""
    results = screen(case, as_of)["results"]
    found = [r for r in results if r["remedy"] == remedy]
    assert len(found) == 1, f"{remedy} should be listed once: {[r['remedy'] for r in results]}"
    return found[0]


def status(case, remedy, as_of=AS_OF):
    return result(case, remedy, as_of)["status"]


def mentions_record(res):
    """The reasons tell the person how to find out: order their record (guides/get-your-record/)."""
    texts = [reason["text"].lower() for reason in res["reasons"]]
    return any("get-your-record" in text or "your record" in text for text in texts)


def wait_notices(out):
    """Notices other than the immigration one (supervision, pending charges)."""
    return [n for n in out["notices"] if n["code"] != "immigration"]


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
    assert status(misdemeanor(level="infraction"), "dismissal-no-probation") == "likely"


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


# --------------------------------------------------- felony reduction 17(b)


def test_wobbler_with_probation_judge_may_reduce():
    """PC 17(b)(3): a wobbler with probation may be reduced to a misdemeanor; the judge decides."""
    res = result(felony(wobbler="yes"), "felony-reduction")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True


def test_wobbler_reduction_while_still_on_probation():
    """PC 17(b)(3): the motion may be made when probation is granted "or at any time thereafter": not not-now."""
    case = felony(wobbler="yes", on_supervision="yes", probation_result=None, sentence_end_date=None)
    assert status(case, "felony-reduction") == "maybe"


def test_wobbler_after_probation_violation_may_still_be_reduced():
    """PC 17(b)(3): the court may reduce after any grant of probation; a violation is for the judge to weigh."""
    assert status(felony(wobbler="yes", probation_result="violated"), "felony-reduction") == "maybe"


def test_wobbler_after_county_jail_cannot_be_reduced():
    """PC 17(b)(3): reduction needs a grant of probation; a 1170(h) county jail sentence rules it out."""
    assert status(county_jail(wobbler="yes"), "felony-reduction") == "no"


def test_wobbler_after_state_prison_cannot_be_reduced():
    """PC 17(b)(3): after a state prison sentence there is no probation to reduce under."""
    assert status(state_prison(wobbler="yes"), "felony-reduction") == "no"


def test_straight_felony_cannot_be_reduced():
    """PC 17(b): only a felony that could also be a misdemeanor (a wobbler) can be reduced."""
    assert status(felony(wobbler="no"), "felony-reduction") == "no"


def test_wobbler_unknown_is_maybe_and_says_how_to_find_out():
    """PC 17(b): whether the crime is a wobbler is unknown: maybe, get the record."""
    res = result(felony(wobbler="unknown"), "felony-reduction")
    assert res["status"] == "maybe"
    assert mentions_record(res)


# ------------------------------------------------------------- Prop 47


def prop47(**answers):
    base = felony(
        offense_kind="prop-47",
        wobbler="yes",
        offense_date="2014-11-04",
        conviction_date="2015-01-15",
        sentence_end_date="2017-01-15",
    )
    return _build(base, answers)


def test_prop_47_offense_before_november_5_2014_is_maybe_after_deadline():
    """PC 1170.18(f), (j): offense 2014-11-04 qualifies, but after 2022-11-04 filing needs good cause: maybe."""
    res = result(prop47(), "prop-47")
    assert res["status"] == "maybe"


def test_prop_47_offense_on_november_5_2014_is_excluded():
    """PC 1170.18(a), (f): only offenses before Prop 47 took effect on 2014-11-05 qualify."""
    assert status(prop47(offense_date="2014-11-05"), "prop-47") == "no"


def test_prop_47_offense_month_straddling_the_date_is_maybe():
    """PC 1170.18(f), date "2014-11": the offense may be before or after 2014-11-05: maybe."""
    assert status(prop47(offense_date="2014-11"), "prop-47") == "maybe"


def test_prop_47_offense_in_2015_is_excluded():
    """PC 1170.18(f), date "2015": the whole year is after 2014-11-05, so no."""
    assert status(prop47(offense_date="2015", conviction_date="2015"), "prop-47") == "no"


def test_prop_47_registration_excludes():
    """PC 1170.18(i): a person who must register under PC 290(c) cannot use Prop 47."""
    assert status(prop47(registration="yes"), "prop-47") == "no"


def test_prop_47_is_for_felonies_only():
    """PC 1170.18(a), (f): Prop 47 reduces felony convictions; a misdemeanor has nothing to reduce."""
    case = misdemeanor(offense_kind="prop-47", offense_date="2014-01-10")
    assert status(case, "prop-47") == "no"


def test_prop_47_other_offense_is_excluded():
    """PC 1170.18(a): only the listed offenses (drug possession, theft of $950 or less, ...) qualify."""
    assert status(prop47(offense_kind="other"), "prop-47") == "no"


def test_prop_47_while_still_serving_is_a_resentencing_petition():
    """PC 1170.18(a): a person still serving the sentence petitions for resentencing: not a wait."""
    case = prop47(on_supervision="yes", sentence_end_date=None)
    assert status(case, "prop-47") == "maybe"


# ------------------------------------------------------------- Prop 64


def cannabis(**answers):
    base = misdemeanor(offense_kind="cannabis", offense_date="2012-04-01", conviction_date="2012-06-01",
                       sentence_end_date="2013-06-01")
    return _build(base, answers)


def test_prop_64_finished_sentence_must_be_granted():
    """HS 11361.8(e)-(g): after the sentence, the court presumes eligibility and must grant: likely."""
    res = result(cannabis(), "prop-64")
    assert res["status"] == "likely"
    assert res["forms"][:2] == ["CR-400", "CR-401"]


def test_prop_64_while_serving_is_not_a_wait():
    """HS 11361.8(a): a person still serving the sentence may petition now, so it is not not-now."""
    case = cannabis(on_supervision="yes", sentence_end_date=None)
    assert status(case, "prop-64") in ("likely", "maybe")


def test_prop_64_other_offense_is_excluded():
    """HS 11361.8(a): only cannabis offenses under HS 11357-11360 qualify."""
    assert status(cannabis(offense_kind="other"), "prop-64") == "no"


def test_prop_64_offense_kind_unknown_is_maybe():
    """HS 11361.8(a): not knowing whether it was a cannabis offense gives maybe, get the record."""
    res = result(cannabis(offense_kind="unknown"), "prop-64")
    assert res["status"] == "maybe"
    assert mentions_record(res)


# ------------------------------------------- automatic conviction relief


def test_automatic_relief_after_probation_without_revocation():
    """PC 1203.425(a)(1)(B)(i): probation completed without revocation: DOJ grants relief."""
    assert status(misdemeanor(), "automatic-conviction-relief") == "likely"


def test_automatic_relief_after_felony_probation_needs_no_four_years():
    """PC 1203.425(a)(1)(B)(i): the probation path has no waiting period; the four years are for the felony path only."""
    assert status(felony(sentence_end_date="2026-10-01"), "automatic-conviction-relief") == "likely"


def test_automatic_relief_not_after_revoked_probation():
    """PC 1203.425(a)(1)(B)(i): a misdemeanor whose probation was violated does not fit any path."""
    assert status(misdemeanor(probation_result="violated"), "automatic-conviction-relief") == "no"


def test_automatic_relief_misdemeanor_without_probation_day_before_a_year():
    """PC 1203.425(a)(1)(B)(ii): "at least one calendar year has elapsed since the date of judgment": not yet the day before."""
    res = result(no_probation(), "automatic-conviction-relief", date(2026, 3, 13))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2026-03-14"


def test_automatic_relief_misdemeanor_without_probation_on_the_anniversary():
    """PC 1203.425(a)(1)(B)(ii): on the anniversary one calendar year has elapsed: likely."""
    assert status(no_probation(), "automatic-conviction-relief", date(2026, 3, 14)) == "likely"


def test_automatic_relief_felony_four_years_without_new_felony():
    """PC 1203.425(a)(1)(B)(iii) (SB 731): four years after all custody and supervision, no new felony: likely."""
    case = county_jail(sentence_end_date="2020-01-15")
    assert status(case, "automatic-conviction-relief", date(2024, 1, 15)) == "likely"


def test_automatic_relief_felony_before_four_years_is_not_now():
    """PC 1203.425(a)(1)(B)(iii): the day before four years have elapsed, not-now."""
    case = county_jail(sentence_end_date="2020-01-15")
    res = result(case, "automatic-conviction-relief", date(2024, 1, 14))
    assert res["status"] == "not-now"
    assert res["file_after"] == "2024-01-15"


def test_automatic_relief_felony_after_state_prison():
    """PC 1203.425(a)(1)(B)(iii): since SB 731 the felony path covers a state prison sentence too."""
    assert status(state_prison(sentence_end_date="2020-06-10"), "automatic-conviction-relief") == "likely"


def test_automatic_relief_felony_with_new_felony_is_excluded():
    """PC 1203.425(a)(1)(B)(iii): a new felony conviction during the four years rules it out."""
    assert status(county_jail(new_felony_since="yes"), "automatic-conviction-relief") == "no"


def test_automatic_relief_felony_new_felony_unknown_is_maybe():
    """PC 1203.425(a)(1)(B)(iii): not knowing about a new felony gives maybe, get the record."""
    res = result(county_jail(new_felony_since="unknown"), "automatic-conviction-relief")
    assert res["status"] == "maybe"
    assert mentions_record(res)


def test_automatic_relief_serious_violent_felony_path_excluded():
    """PC 1203.425(a)(1)(B)(iii): the felony path excludes serious (1192.7(c)) and violent (667.5(c)) felonies."""
    assert status(county_jail(serious_violent="yes"), "automatic-conviction-relief") == "no"


def test_automatic_relief_serious_felony_with_probation_uses_probation_path():
    """PC 1203.425(a)(1)(B)(i): the serious/violent bar is on the felony path only; completed probation still fits."""
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
    """PC 851.91(a)(1)(A), 802(a): the day after the anniversary the one-year limitations period has run."""
    case = arrest(arrest_date="2026-06-01")
    assert status(case, "arrest-sealing", date(2027, 6, 2)) == "likely"


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


def test_diversion_date_unknown_says_how_to_find_out():
    """PC 851.87(a): the prosecutor-run program waits 2 years after it ended; an unknown date says to get the record."""
    case = {**GLOBAL, "outcome": "diversion", "diversion_date": "unknown"}
    res = result(case, "diversion-sealing")
    assert res["status"] == "maybe"
    assert mentions_record(res)


def test_diversion_sealing_not_for_a_conviction():
    """PC 1000.4, 1001.9: diversion sealing needs a finished program, not a conviction."""
    assert status(misdemeanor(), "diversion-sealing") == "no"


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


# ------------------------------------------------------------ result shape


def test_every_remedy_is_listed_once_in_best_first_order():
    """docs/screener.md: all fourteen remedies are listed, ordered likely, maybe, not-now, no."""
    out = screen(felony(wobbler="yes"), AS_OF)
    remedies = [r["remedy"] for r in out["results"]]
    assert sorted(remedies) == sorted(REMEDIES)
    ranks = [STATUS_ORDER[r["status"]] for r in out["results"]]
    assert ranks == sorted(ranks)
    assert out["as_of"] == "2026-11-28"


def test_everything_unknown_gives_no_likely():
    """docs/screener.md: an unknown answer never gives likely; every result says how to find out."""
    out = screen(all_unknown_case(), AS_OF)
    assert [r["remedy"] for r in out["results"] if r["status"] == "likely"] == []
    # The record cannot say whether someone is a survivor; every other result can be checked there.
    unexplained = [r["remedy"] for r in out["results"] if r["remedy"] != "survivor-vacatur" and not mentions_record(r)]
    assert unexplained == []


def test_reasons_are_not_repeated():
    """docs/screener.md: each reason is said once per result, even when several answers are unknown."""
    out = screen(all_unknown_case(), AS_OF)
    for res in out["results"]:
        pairs = [(reason["text"], reason["cite"]) for reason in res["reasons"]]
        assert len(pairs) == len(set(pairs)), res["remedy"]


def test_empty_case_gives_no_likely():
    """docs/screener.md: a missing question the rules need counts as unknown, so nothing is likely."""
    out = screen({}, AS_OF)
    assert [r["remedy"] for r in out["results"] if r["status"] == "likely"] == []


# ------------------------------------------------- property: arbitrary cases

CHOICES = {
    "outcome": ["convicted", "not-convicted", "diversion", "juvenile", "unknown"],
    "on_supervision": ["yes", "no", "unknown"],
    "pending_charges": ["yes", "no", "unknown"],
    "citizen": ["yes", "no", "unknown"],
    "survivor": ["yes", "no", "unknown", "skip"],
    "arrest_result": ["no-charges", "dismissed", "acquitted", "unknown"],
    "arrest_level": ["misdemeanor", "felony", "felony-8-years", "unknown"],
    "level": ["infraction", "misdemeanor", "felony", "unknown"],
    "wobbler": ["yes", "no", "unknown"],
    "offense_kind": ["cannabis", "prop-47", "dui", "other", "unknown"],
    "registration": ["yes", "no", "unknown"],
    "serious_violent": ["yes", "no", "unknown"],
    "sentence": ["probation", "no-probation", "county-jail", "state-prison", "unknown"],
    "probation_result": ["completed", "ended-early", "violated", "unknown"],
    "mandatory_supervision": ["yes", "no", "unknown"],
    "new_felony_since": ["yes", "no", "unknown"],
    "juvenile_probation_completed": ["yes", "no", "unknown"],
    "adult_conviction_since": ["yes", "no", "unknown"],
}
DATE_KEYS = [
    "arrest_date",
    "diversion_date",
    "offense_date",
    "conviction_date",
    "sentence_end_date",
    "juvenile_end_date",
    "birth_date",
]


def all_unknown_case():
    case = {key: "unknown" for key in [*CHOICES, *DATE_KEYS, "california_years"]}
    return case


days = st.dates(min_value=date(1960, 1, 1), max_value=date(2045, 12, 31))
partial_dates = st.one_of(
    st.just("unknown"),
    days.map(date.isoformat),
    days.map(lambda d: f"{d.year:04d}-{d.month:02d}"),
    days.map(lambda d: f"{d.year:04d}"),
)
cases = st.fixed_dictionaries(
    {},
    optional={
        **{key: st.sampled_from(values) for key, values in CHOICES.items()},
        **{key: partial_dates for key in DATE_KEYS},
        "california_years": st.one_of(st.just("unknown"), st.integers(min_value=0, max_value=90)),
    },
)


def known(case, key, *values):
    return case.get(key, "unknown") in values


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases, as_of=st.dates(min_value=date(2000, 1, 1), max_value=date(2045, 12, 31)))
def test_any_valid_case_gives_well_formed_results(case, as_of):
    """docs/screener.md: any valid case screens without error into ordered, cited results; unknowns are never likely."""
    out = screen(case, as_of)
    assert out["as_of"] == as_of.isoformat()
    results = out["results"]
    assert sorted(r["remedy"] for r in results) == sorted(REMEDIES)
    for notice in out["notices"]:
        assert notice["code"] and notice["text"] and notice["cite"]
    for res in results:
        assert res["status"] in STATUS_ORDER
        assert res["reasons"], res
        for reason in res["reasons"]:
            assert reason["text"] and reason["cite"], res
        assert isinstance(res["judge_decides"], bool)
        assert isinstance(res["statement_helps"], bool)
        if res["file_after"] is not None:
            file_after = date.fromisoformat(res["file_after"])
            if res["status"] == "not-now":
                assert file_after > as_of, res
    ranks = [STATUS_ORDER[r["status"]] for r in results]
    assert ranks == sorted(ranks)

    likely = {r["remedy"] for r in results if r["status"] == "likely"}
    # The kind of case is a condition of every remedy.
    if not known(case, "outcome", "convicted", "not-convicted", "diversion", "juvenile"):
        assert not likely
    # The judge always decides these (docs: likely only when the judge must grant).
    assert not likely & set(ALWAYS_DISCRETIONARY)
    # PC 1203.4(a)(1), 1203.4a(a), 1203.41(a), 1203.42(a): no current sentence or charge.
    if not (known(case, "on_supervision", "no") and known(case, "pending_charges", "no")):
        assert not likely & set(DISMISSALS)
    # PC 1203.4(a)(1), (b), (c): mandatory dismissal needs every one of its facts known.
    if "dismissal-probation" in likely:
        assert known(case, "outcome", "convicted")
        assert known(case, "sentence", "probation")
        assert known(case, "probation_result", "completed", "ended-early")
        assert known(case, "level", "misdemeanor", "felony")
        assert known(case, "offense_kind", "other", "cannabis", "prop-47")
        assert known(case, "registration", "no")
    # PC 1203.4a(a): misdemeanor or infraction, and a known judgment date.
    if "dismissal-no-probation" in likely:
        assert known(case, "outcome", "convicted")
        assert known(case, "level", "misdemeanor", "infraction")
        assert known(case, "level", "infraction") or known(case, "sentence", "no-probation")
        assert not known(case, "conviction_date", "unknown")
    # PC 1203.425(a)(1)(A): not registered, not supervised, no pending charges.
    if "automatic-conviction-relief" in likely:
        assert known(case, "outcome", "convicted")
        assert known(case, "registration", "no")
        assert known(case, "on_supervision", "no")
        assert known(case, "pending_charges", "no")
    # PC 851.93(a)(2): the arrest's level and result decide the path.
    if "automatic-arrest-relief" in likely:
        assert known(case, "outcome", "not-convicted")
        assert known(case, "arrest_result", "no-charges", "dismissed", "acquitted")
    # WIC 786: the court must seal only after probation completed.
    if "juvenile-sealing" in likely:
        assert known(case, "outcome", "juvenile")
        assert known(case, "juvenile_probation_completed", "yes")
        assert not known(case, "juvenile_end_date", "unknown")


# ------------------------------------------------------------ command line


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "expunge_assist", *args], capture_output=True, text=True, timeout=60
    )


def write_case(tmp_path, case, name="case.json"):
    path = tmp_path / name
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def test_cli_screen_prints_the_results_as_json(tmp_path):
    """`screen FILE --as-of DATE` prints the same JSON as screen() for that date."""
    case = no_probation()
    done = run("screen", str(write_case(tmp_path, case)), "--as-of", "2026-11-28")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["as_of"] == "2026-11-28"
    assert printed == json.loads(json.dumps(screen(case, AS_OF)))


def test_cli_screen_is_reproducible_with_as_of(tmp_path):
    """Two runs with the same --as-of print the same bytes."""
    path = write_case(tmp_path, county_jail(mandatory_supervision="yes"))
    first = run("screen", str(path), "--as-of", "2026-11-28")
    second = run("screen", str(path), "--as-of", "2026-11-28")
    assert first.returncode == second.returncode == 0, first.stderr
    assert first.stdout == second.stdout


def test_cli_as_of_changes_the_answer(tmp_path):
    """PC 1203.4a(a): --as-of decides the waiting period: not-now on the anniversary, likely after it."""
    path = write_case(tmp_path, no_probation())

    def status_on(day):
        done = run("screen", str(path), "--as-of", day)
        assert done.returncode == 0, done.stderr
        out = json.loads(done.stdout)
        return [r["status"] for r in out["results"] if r["remedy"] == "dismissal-no-probation"][0]

    assert status_on("2026-03-14") == "not-now"
    assert status_on("2026-03-15") == "likely"


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ({"outcome": "convictd"}, "outcome"),
        ({"outcome": "convicted", "level": "felonyy"}, "level"),
        ({"outcome": "convicted", "conviction_date": "2015-13-01"}, "conviction_date"),
        ({"outcome": "convicted", "conviction_date": "2015-02-30"}, "conviction_date"),
        ({"outcome": "convicted", "level": "felony", "california_years": -1}, "california_years"),
        ({"outcome": "convicted", "level": "felony", "california_years": 2.5}, "california_years"),
        ({"outcome": "convicted", "level": "felony", "california_years": True}, "california_years"),
        ({"outcome": "convicted", "colour": "blue"}, "colour"),
    ],
    ids=["bad-outcome", "bad-level", "bad-month", "bad-day", "negative-years", "fraction-years",
         "boolean-years", "unknown-key"],
)
def test_cli_invalid_case_exits_2_naming_the_field(tmp_path, case, field):
    """An invalid case exits 2 with a message that names the field to fix, and no traceback."""
    done = run("screen", str(write_case(tmp_path, case)), "--as-of", "2026-11-28")
    assert done.returncode == 2
    message = done.stderr + done.stdout
    assert field in message
    assert "Traceback" not in done.stderr


def test_cli_file_that_is_not_json_exits_2(tmp_path):
    """A file that is not JSON exits 2 with a message saying so, and no traceback."""
    path = tmp_path / "case.json"
    path.write_text("outcome: convicted\n", encoding="utf-8")
    done = run("screen", str(path), "--as-of", "2026-11-28")
    assert done.returncode == 2
    assert "json" in (done.stderr + done.stdout).lower()
    assert "Traceback" not in done.stderr


def test_cli_json_that_is_not_an_object_exits_2(tmp_path):
    """docs/screener.md "The case (JSON object)": a JSON list is not a case; exit 2 with a message, no traceback."""
    path = write_case(tmp_path, [{"outcome": "convicted"}])
    done = run("screen", str(path), "--as-of", "2026-11-28")
    assert done.returncode == 2, done.stderr
    assert "object" in (done.stderr + done.stdout).lower()
    assert "Traceback" not in done.stderr


def test_cli_bad_as_of_exits_2(tmp_path):
    """--as-of must be a real day (YYYY-MM-DD); a bad one exits 2 naming the option."""
    done = run("screen", str(write_case(tmp_path, misdemeanor())), "--as-of", "2026-13-01")
    assert done.returncode == 2
    assert "--as-of" in done.stderr
