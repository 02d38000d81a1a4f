"""Builders for screener scenarios: small cases, a fixed day, and ways to read a result.

Shared by the scenario files in this folder, one per remedy (see test_*.py).
"""

from datetime import date

from expunge_assist import offense
from expunge_assist.screener import screen

AS_OF = date(2026, 11, 28)

REMEDIES = {
    "dismissal-probation",
    "dismissal-no-probation",
    "dismissal-county-jail",
    "dismissal-prison-before-2011",
    "dismissal-fire-crew",
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
    "dismissal-fire-crew",
    "felony-reduction",
    "diversion-sealing",
    "survivor-vacatur",
    "certificate-of-rehabilitation",
)
STATUS_ORDER = {"likely": 0, "maybe": 1, "not-now": 2, "no": 3}



GLOBAL = {"on_supervision": "no", "pending_charges": "no", "citizen": "yes", "survivor": "no"}


def build_case(base, answers):
    """``base`` with ``answers`` laid over it; None drops a key.

    As on the question pages, the questions that the code sections in
    ``offenses`` settle are not asked: the base's answers to them are dropped
    (an answer given in ``answers`` is kept).
    """
    case = {**base, **answers}
    codes = case.get("offenses")
    if isinstance(codes, list):
        for key in offense.settled(codes):
            if key not in answers:
                case.pop(key, None)
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
    return build_case(base, answers)


def no_probation(**answers):
    """A misdemeanor with a fine and no probation, judgment on 2025-03-14."""
    base = misdemeanor(
        sentence="no-probation",
        probation_result=None,
        offense_date="2025-01-20",
        conviction_date="2025-03-14",
        sentence_end_date="2025-03-14",
        conviction_since="no",
    )
    return build_case(base, answers)


def felony(**answers):
    """A felony conviction with the felony questions answered 'no'."""
    base = misdemeanor(
        level="felony",
        wobbler="no",
        serious_violent="no",
        new_felony_since="no",
        california_years=20,
    )
    return build_case(base, answers)


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
    return build_case(base, answers)


def state_prison(**answers):
    """A felony sentenced to state prison in 2015."""
    base = felony(
        sentence="state-prison",
        probation_result=None,
        offense_date="2014-12-01",
        conviction_date="2015-04-01",
        sentence_end_date="2020-06-10",
    )
    return build_case(base, answers)


def arrest(**answers):
    """An arrest with no conviction."""
    base = {
        **GLOBAL,
        "outcome": "not-convicted",
        "arrest_date": "2019-05-01",
        "arrest_result": "no-charges",
        "arrest_level": "misdemeanor",
    }
    return build_case(base, answers)


def juvenile(**answers):
    """A juvenile case; probation finished well in 2018, born in 2000."""
    base = {
        **GLOBAL,
        "outcome": "juvenile",
        "juvenile_probation_completed": "yes",
        "juvenile_end_date": "2018-05-01",
        "birth_date": "2000-01-01",
        "offenses": ["PC 484"],
        "offense_date": "2016-03-01",
        "registration": "no",
        "adult_conviction_since": "no",
    }
    return build_case(base, answers)


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


