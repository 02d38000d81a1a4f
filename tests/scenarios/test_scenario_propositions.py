"""Screener scenarios: Prop 47, Prop 64.

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""



from cases import *  # noqa: F403 - the builders and readers of every scenario


# ------------------------------------------------------------- Prop 47


def prop47(**answers):
    base = felony(
        offense_kind="prop-47",
        wobbler="yes",
        offense_date="2014-11-04",
        conviction_date="2015-01-15",
        sentence_end_date="2017-01-15",
    )
    return build_case(base, answers)


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
    return build_case(base, answers)


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


