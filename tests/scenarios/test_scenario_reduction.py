"""Screener scenarios: felony reduction 17(b).

Each test is one small case, a fixed day and the result the statute gives,
citing the subdivision it proves. How days are counted: tests/cases.py.
"""



from cases import *  # noqa: F403 - the builders and readers of every scenario


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


