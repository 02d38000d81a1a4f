"""The screener as a whole: result shape, order, notices, and any valid case (a property test).

The scenarios, one file per remedy, are in tests/scenarios/.
"""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expunge_assist import offense
from expunge_assist.screener import screen

from cases import *  # noqa: F403 - the case builders


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
    "conviction_since": ["yes", "no", "unknown"],
    "fire_crew": ["yes", "no", "unknown"],
    "super_strike_prior": ["yes", "no", "unknown"],
}
# Code sections from every corner of the offense table: excluded, registrable,
# WIC 707(b), no time limit, Vehicle Code infractions, Prop 47 and 64, plain
# ones, and one the table does not hold.
CODES = ["PC 484", "PC 459", "PC 211", "PC 187", "PC 288", "PC 261.5(d)", "PC 311.11", "PC 273.5",
         "HS 11350", "HS 11357", "HS 11359", "VC 22350", "VC 23152", "VC 2800", "PC 451", "PC 415",
         "PC 496", "PC 666", "PC 9999"]
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
        "offenses": st.one_of(st.just("unknown"), st.lists(st.sampled_from(CODES), min_size=1, max_size=3, unique=True)),
    },
).map(lambda case: build_case(case, {}))  # as the pages do: no answer to a question the code sections settle


def known(case, key, *values):
    """The answer to ``key`` is one of ``values``, given by the person or settled by every code section."""
    codes = case.get("offenses")
    each = [offense.settled([code]) for code in codes] if isinstance(codes, list) else [{}]
    return all(settled.get(key, case.get(key, "unknown")) in values for settled in each)


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
    # PC 1203.4(b): never likely for an offense the statute leaves out.
    rows = [offense.lookup(code) for code in case.get("offenses", [])] if isinstance(case.get("offenses"), list) else []
    if any(row is not None and row.excluded_1203_4b for row in rows):
        assert "dismissal-probation" not in likely
    # PC 1203.4a(a)-(b), (d)(3): likely only with no conviction since, and never for a Vehicle Code infraction.
    if "dismissal-no-probation" in likely:
        assert known(case, "conviction_since", "no")
        assert not any(row is not None and row.vc_infraction and known(case, "level", "infraction") for row in rows)
    # PC 1170.18(i): likely only when no registration and no super-strike prior are known.
    if "prop-47" in likely:
        assert known(case, "registration", "no") and known(case, "super_strike_prior", "no")
    # PC 851.91(a)(2)(B): no-limit offenses are never likely unless acquitted.
    if "arrest-sealing" in likely and not known(case, "arrest_result", "acquitted"):
        assert not any(row is not None and row.charge_years == "none" for row in rows)
        assert not known(case, "arrest_result", "unknown")
    # PC 4852.01(c): never for the offenses it lists (the judge decides anyway: never likely).
    # WIC 786(d): juvenile sealing is likely only when the offense is known not to bar it.
    if "juvenile-sealing" in likely:
        assert rows and all(row is not None for row in rows)
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




def test_reasons_name_the_law_in_the_persons_language():
    """A Spanish result cites "sección 1203.4(a)(1) del Código Penal", never the English code name."""
    import json as _json
    from pathlib import Path as _Path

    from expunge_assist import api

    case = _json.loads((_Path(__file__).resolve().parents[1] / "examples" / "cases" / "finished-probation.json").read_text())
    spanish = _json.dumps(api.screen(case, lang="es"), ensure_ascii=False)
    english = _json.dumps(api.screen(case, lang="en"), ensure_ascii=False)
    assert "Penal Code" not in spanish and "sección 1203.4(a)(1) del Código Penal" in spanish
    assert "Penal Code section 1203.4(a)(1)" in english
