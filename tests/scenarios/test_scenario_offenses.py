"""Screener scenarios that need the code section: the bars statutes set by offense.

Each test is one small case with the code section as it appears on court
papers, a fixed day, and the result the statute gives, citing the
subdivision it proves. The statute text behind each is summarised in the
guides (site/guides/) and in the offense table's flag sources
(py/expunge_assist/offense_flags.csv).
"""

from datetime import date

import pytest

from cases import *  # noqa: F403 - the builders and readers of every scenario


def reasons_text(res):
    return " ".join(reason["text"] for reason in res["reasons"])


def cites(res):
    return [reason["cite"] for reason in res["reasons"]]


# ------------------------------------------------------ PC 1203.4(b) exclusions


@pytest.mark.parametrize("code", ["PC 288(c)", "PC 311.11", "PC 286(c)", "PC 288.5"])
def test_dismissal_excludes_offenses_listed_in_1203_4b(code):
    """PC 1203.4(b): a listed offense cannot be dismissed under 1203.4, whatever the probation."""
    res = result(felony(offenses=[code], registration="yes"), "dismissal-probation")
    assert res["status"] == "no"
    assert "Penal Code section 1203.4(b)" in cites(res)
    assert code in reasons_text(res)


def test_dismissal_of_a_plain_offense_is_likely_with_the_code():
    """PC 1203.4(a)(1): petty theft (PC 484) with probation finished: the judge must grant it."""
    assert status(misdemeanor(offenses=["PC 484"]), "dismissal-probation") == "likely"


def test_dismissal_without_the_code_says_what_the_code_would_tell():
    """PC 1203.4(b): without the code section the result warns that a few offenses are left out."""
    res = result(misdemeanor(), "dismissal-probation")
    assert res["status"] == "likely"
    assert "code section" in reasons_text(res)


def test_dui_code_makes_dismissal_the_judges_call():
    """PC 1203.4(c)(1): a Vehicle Code 12810 point offense (VC 23103, reckless driving) is the judge's decision."""
    res = result(misdemeanor(offenses=["VC 23103"], offense_kind=None), "dismissal-probation")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert "Penal Code section 1203.4(c)(1)" in cites(res)


def test_felony_261_5_d_is_excluded_from_dismissal():
    """PC 1203.4(b): a felony conviction under PC 261.5(d) is left out (the table marks it "depends": maybe, never likely)."""
    res = result(felony(offenses=["PC 261.5(d)"]), "dismissal-probation")
    assert res["status"] in ("maybe", "no")


# ------------------------------------------------------ PC 1203.4a


def test_vehicle_code_infraction_is_not_a_1203_4a_dismissal():
    """PC 1203.4a(d)(3): an infraction within Vehicle Code 42001 (a speeding ticket, VC 22350) is left out."""
    case = no_probation(level="infraction", offenses=["VC 22350"])
    res = result(case, "dismissal-no-probation")
    assert res["status"] == "no"
    assert "Penal Code section 1203.4a(d)(3)" in cites(res)


def test_infraction_of_unknown_code_is_only_maybe():
    """PC 1203.4a(d)(3): without the code section an infraction may be a Vehicle Code one: never likely."""
    res = result(no_probation(level="infraction"), "dismissal-no-probation")
    assert res["status"] == "maybe"
    assert "Vehicle Code" in reasons_text(res)


def test_penal_code_infraction_is_a_1203_4a_dismissal():
    """PC 1203.4a(a): a Penal Code infraction (PC 415, disturbing the peace) a year after judgment must be dismissed."""
    case = no_probation(level="infraction", offenses=["PC 415"])
    assert status(case, "dismissal-no-probation", date(2026, 3, 15)) == "likely"


def test_conviction_since_makes_1203_4a_the_judges_call():
    """PC 1203.4a(b): a conviction since judgment means the person did not obey the law: the judge decides."""
    res = result(no_probation(conviction_since="yes"), "dismissal-no-probation", date(2026, 3, 15))
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert "Penal Code section 1203.4a(b)" in cites(res)
    assert res["statement_helps"] is True


def test_conviction_since_unknown_is_never_likely():
    """PC 1203.4a(a)-(b): whether the law was obeyed since judgment decides must-grant: unknown is maybe."""
    assert status(no_probation(conviction_since="unknown"), "dismissal-no-probation", date(2026, 3, 15)) == "maybe"


def test_conviction_since_not_asked_is_never_likely():
    """PC 1203.4a(a): a missing answer counts as unknown (docs/screener.md)."""
    assert status(no_probation(conviction_since=None), "dismissal-no-probation", date(2026, 3, 15)) == "maybe"


@pytest.mark.parametrize("code, cite", [("PC 288(c)", "1203.4a(d)(1)"), ("VC 2800", "1203.4a(d)(2)")])
def test_1203_4a_excludes_the_misdemeanors_it_names(code, cite):
    """PC 1203.4a(d)(1)-(2): misdemeanor PC 288(c) and Vehicle Code 42002.1 misdemeanors are left out."""
    res = result(no_probation(offenses=[code], registration="yes" if "288" in code else "no"), "dismissal-no-probation",
                 date(2026, 3, 15))
    assert res["status"] == "no"
    assert f"Penal Code section {cite}" in cites(res)


# ------------------------------------------------------ PC 1203.4b fire crew


def fire_crew(**answers):
    """A state prison felony where the person served on a fire crew."""
    return build_case(state_prison(fire_crew="yes"), answers)


def test_fire_crew_dismissal_is_for_the_judge():
    """PC 1203.4b(c)(1): the court "may" dismiss after fire crew service: maybe, judge decides, statement helps."""
    res = result(fire_crew(offenses=["PC 459"]), "dismissal-fire-crew")
    assert res["status"] == "maybe"
    assert res["judge_decides"] is True
    assert res["statement_helps"] is True
    assert res["guide"] == "guides/fire-crew-dismissal/"


def test_fire_crew_dismissal_not_without_crew_service():
    """PC 1203.4b(a)(1): only for people who served on an incarcerated hand crew or at a firehouse."""
    assert status(state_prison(fire_crew="no"), "dismissal-fire-crew") == "no"


@pytest.mark.parametrize("code", ["PC 187", "PC 207", "PC 451", "PC 288(a)"])
def test_fire_crew_dismissal_excludes_listed_offenses(code):
    """PC 1203.4b(a)(1)(A)-(H): murder, kidnapping, arson and lewd acts on a child are left out."""
    res = result(fire_crew(offenses=[code]), "dismissal-fire-crew")
    assert res["status"] == "no"
    assert any(cite.startswith("Penal Code section 1203.4b(a)(1)") for cite in cites(res))


def test_fire_crew_dismissal_not_for_registrable_offense():
    """PC 1203.4b(a)(1)(F): an offense that requires PC 290 registration (PC 311.11) is left out."""
    res = result(fire_crew(offenses=["PC 311.11"]), "dismissal-fire-crew")
    assert res["status"] == "no"
    assert "Penal Code section 1203.4b(a)(1)(F)" in cites(res)


def test_fire_crew_dismissal_does_not_wait_for_parole_to_end():
    """PC 1203.4b(b)(4): the person need not finish parole or supervision first."""
    assert status(fire_crew(on_supervision="yes"), "dismissal-fire-crew") == "maybe"


def test_fire_crew_dismissal_waits_for_pending_charges():
    """PC 1203.4b(c)(2): not while the person is charged with another offense."""
    assert status(fire_crew(pending_charges="yes"), "dismissal-fire-crew") == "not-now"


# ------------------------------------------------------ PC 1203.425


def test_automatic_relief_barred_by_registration_for_another_case():
    """PC 1203.425(a)(1)(B)(i): no automatic relief for a person who must register, for any case."""
    res = result(misdemeanor(offenses=["PC 484"], registration="yes"), "automatic-conviction-relief")
    assert res["status"] == "no"
    assert "Penal Code section 1203.425(a)(1)(B)(i)" in cites(res)


def test_automatic_relief_registration_unknown_is_maybe():
    """PC 1203.425(a)(1)(B)(i): whether the person must register is needed: unknown is maybe."""
    assert status(misdemeanor(registration="unknown"), "automatic-conviction-relief") == "maybe"


def test_automatic_felony_relief_reaches_back_to_1973():
    """PC 1203.425(a)(1)(B)(iv)(II) (AB 168, 2024): a 1990 state prison felony can be relieved automatically."""
    case = state_prison(conviction_date="1990-05-01", offense_date="1989-11-01", sentence_end_date="1995-06-01")
    assert status(case, "automatic-conviction-relief") == "likely"


def test_automatic_felony_relief_not_before_1973():
    """PC 1203.425(a)(1)(B)(iv)(II): a conviction before January 1, 1973 is not covered."""
    case = state_prison(conviction_date="1972-12-31", offense_date="1972-06-01", sentence_end_date="1976-06-01")
    assert status(case, "automatic-conviction-relief") == "no"


def test_automatic_felony_relief_not_for_a_violent_felony_code():
    """PC 1203.425(a)(1)(B)(iv)(II): robbery (PC 211) is a violent felony (PC 667.5(c)): no automatic relief."""
    res = result(state_prison(offenses=["PC 211"], serious_violent=None), "automatic-conviction-relief")
    assert res["status"] == "no"


def test_automatic_relief_results_link_the_already_cleared_guide():
    """PC 1203.425(a)(2)(A), 851.93(b)(1): relief the state may have given: every result links the check guide."""
    out = screen(misdemeanor(), AS_OF)
    for res in out["results"]:
        if res["remedy"] in ("automatic-conviction-relief", "automatic-arrest-relief", "prop-64"):
            assert {"guide": "guides/already-cleared/", "title": "Was my record already cleared?"} in res["also"]


# ------------------------------------------------------ PC 851.93 and 851.91


def test_dismissed_felony_is_not_automatic_arrest_relief():
    """PC 851.93(a)(2)(A): only a dismissed misdemeanor is relieved automatically; a dismissed felony is not."""
    res = result(arrest(arrest_result="dismissed", arrest_level="felony"), "automatic-arrest-relief")
    assert res["status"] == "no"
    assert "Penal Code section 851.93(a)(2)(A)" in cites(res)


def test_dismissed_misdemeanor_arrest_sealing_is_likely():
    """PC 851.91(a)(1)(B)(i), 1387(a): a misdemeanor dismissed once cannot be filed again: sealing is a right."""
    res = result(arrest(arrest_result="dismissed", offenses=["PC 484"]), "arrest-sealing")
    assert res["status"] == "likely"


def test_dismissed_felony_arrest_sealing_waits_for_the_time_to_charge():
    """PC 851.91(a)(2)(A), 1387(a), 801: a felony dismissed once can be refiled for at least 3 years: not now."""
    case = arrest(arrest_result="dismissed", arrest_level="felony", arrest_date="2025-01-10")
    res = result(case, "arrest-sealing")
    assert res["status"] == "not-now"
    assert res["file_after"] == "2028-01-11"


def test_dismissed_felony_arrest_sealing_after_the_time_is_only_maybe():
    """PC 803(b): time while the case was open does not count, so a dismissed felony is never surely past its time."""
    case = arrest(arrest_result="dismissed", arrest_level="felony", arrest_date="2015-01-10", offenses=["PC 496"])
    assert status(case, "arrest-sealing") == "maybe"


def test_no_limit_offense_arrest_cannot_be_sealed_unless_acquitted():
    """PC 851.91(a)(2)(B): murder (PC 187) has no time to charge: sealing only after acquittal."""
    case = arrest(arrest_result="no-charges", arrest_level=None, arrest_date="2000-01-10", offenses=["PC 187"])
    res = result(case, "arrest-sealing")
    assert res["status"] == "no"
    assert "Penal Code section 851.91(a)(2)(B)" in cites(res)


def test_no_limit_offense_acquitted_can_be_sealed():
    """PC 851.91(a)(1)(B)(ii), (a)(2)(B): after a not-guilty verdict even murder can be sealed."""
    case = arrest(arrest_result="acquitted", arrest_level=None, arrest_date="2000-01-10", offenses=["PC 187"])
    assert status(case, "arrest-sealing") == "likely"


def test_felony_no_charges_with_plain_code_is_likely_after_three_years():
    """PC 851.91(a)(1)(A), 801: receiving stolen property (PC 496), no charges, 3 years past: the time has run."""
    case = arrest(arrest_level=None, arrest_date="2020-01-10", offenses=["PC 496"])
    assert status(case, "arrest-sealing") == "likely"


def test_felony_no_charges_without_code_is_only_maybe():
    """PC 799, 801.5, 803(c): without the code section a felony may have a longer time to charge, or none."""
    case = arrest(arrest_level="felony", arrest_date="2015-01-10")
    assert status(case, "arrest-sealing") == "maybe"


def test_fraud_felony_time_runs_from_discovery():
    """PC 801.5, 803(c): welfare fraud (WIC 10980) is charged within 4 years of discovery: never surely past."""
    case = arrest(arrest_level=None, arrest_date="2010-01-10", offenses=["WIC 10980"])
    assert status(case, "arrest-sealing") == "maybe"


def test_domestic_violence_arrest_is_not_surely_past_its_time():
    """PC 803.7: domestic violence under PC 273.5 can have a longer time to charge than a year: never likely after two."""
    case = arrest(arrest_level=None, arrest_date="2024-01-10", offenses=["PC 273.5"])
    assert status(case, "arrest-sealing") != "likely"


# ------------------------------------------------------ PC 1170.18 (Prop 47)


def prop47_case(**answers):
    """A Prop 47 felony from 2012, sentence finished in 2014, no super-strike prior."""
    base = felony(offense_kind="prop-47", offense_date="2012-06-01", conviction_date="2012-09-01",
                  sentence_end_date="2014-09-01", super_strike_prior="no")
    return build_case(base, answers)


def test_prop_47_finished_sentence_must_be_designated():
    """PC 1170.18(f)-(g): after the sentence is done the court "shall" designate the felony a misdemeanor."""
    res = result(prop47_case(), "prop-47")
    assert res["status"] == "likely"
    assert "Penal Code section 1170.18(g)" in cites(res)


def test_prop_47_has_no_filing_deadline_now():
    """PC 1170.18 (SB 749, 2023): the old deadline of November 2022 is gone: no "good cause" needed in 2026."""
    res = result(prop47_case(), "prop-47", date(2026, 11, 28))
    assert "2022" not in reasons_text(res)


def test_prop_47_super_strike_prior_bars_it():
    """PC 1170.18(i): a prior conviction for a super strike (PC 667(e)(2)(C)(iv)) rules Prop 47 out."""
    res = result(prop47_case(super_strike_prior="yes"), "prop-47")
    assert res["status"] == "no"
    assert "Penal Code section 1170.18(i)" in cites(res)


def test_prop_47_super_strike_prior_unknown_is_maybe():
    """PC 1170.18(i): whether there is a super-strike prior is needed: unknown is maybe."""
    assert status(prop47_case(super_strike_prior="unknown"), "prop-47") == "maybe"


def test_prop_47_code_settles_the_kind():
    """PC 1170.18(a): drug possession under HS 11350 is on the Prop 47 list, without the kind question."""
    case = prop47_case(offenses=["HS 11350"], offense_kind=None)
    assert status(case, "prop-47") in ("likely", "maybe")


def test_prop_47_not_for_an_offense_off_its_list():
    """PC 1170.18(a): robbery (PC 211) is not a Prop 47 offense."""
    assert status(prop47_case(offenses=["PC 211"], offense_kind=None), "prop-47") == "no"


# ------------------------------------------------------ PC 4852.01


def test_certificate_for_any_felony_even_with_probation():
    """PC 4852.01(a) (AB 1924, 2022): any felony conviction, not only jail or prison sentences."""
    res = result(felony(conviction_date="2010-03-14", sentence_end_date="2012-03-14"), "certificate-of-rehabilitation")
    assert res["status"] == "maybe"
    assert "Penal Code section 4852.01(a)" in cites(res)


@pytest.mark.parametrize("code", ["PC 288(a)", "PC 288.5", "PC 286(c)"])
def test_certificate_excludes_listed_offenses_and_points_to_a_pardon(code):
    """PC 4852.01(c)-(d): no certificate for the listed sex offenses; the Governor's pardon is the way."""
    res = result(state_prison(offenses=[code], registration="yes"), "certificate-of-rehabilitation")
    assert res["status"] == "no"
    assert "pardon" in reasons_text(res)


def test_certificate_life_offense_waits_nine_years():
    """PC 4852.03(a): murder (PC 187) adds 4 years to the 5: 9 years from release, surely over 9 years after parole ended."""
    case = state_prison(offenses=["PC 187"], sentence_end_date="2020-06-10", conviction_date="2000-04-01",
                        offense_date="1999-12-01", serious_violent=None, registration="no")
    res = result(case, "certificate-of-rehabilitation")
    assert res["status"] == "maybe"
    assert res["file_after"] == "2029-06-11"


# ------------------------------------------------------ WIC 786(d), 781, 788


def test_juvenile_707b_offense_at_14_is_not_sealed_on_completion():
    """WIC 786(d): robbery (PC 211, WIC 707(b)) at 16: no sealing on completing probation; a petition instead."""
    case = juvenile(offenses=["PC 211"], offense_date="2016-03-01", birth_date="2000-01-01")
    res = result(case, "juvenile-sealing")
    assert res["status"] != "likely"
    assert res["judge_decides"] is True


def test_juvenile_707b_offense_under_14_is_sealed_on_completion():
    """WIC 786(a), (d): the 707(b) bar is for offenses at 14 or older; at 13 the court must seal."""
    case = juvenile(offenses=["PC 211"], offense_date="2013-03-01", birth_date="2000-01-01")
    assert status(case, "juvenile-sealing") == "likely"


def test_juvenile_unknown_offense_is_never_likely():
    """WIC 786(d): without the code section the court may not seal on completion: maybe."""
    assert status(juvenile(offenses="unknown"), "juvenile-sealing") == "maybe"


def test_juvenile_registration_for_707b_offense_bars_sealing():
    """WIC 781(a)(1)(F): a 707(b) offense at 14+ the person must register for under PC 290.008 is never sealed."""
    case = juvenile(offenses=["PC 288(b)"], offense_date="2016-03-01", registration="yes",
                    juvenile_probation_completed="no")
    res = result(case, "juvenile-sealing")
    assert res["status"] in ("no", "maybe")
    assert res["status"] != "likely"


def test_juvenile_probation_must_petition_at_18():
    """WIC 788(a): once the person is 18, county probation must petition to seal: the result says so."""
    res = result(juvenile(), "juvenile-sealing")
    assert "probation" in reasons_text(res)


# ------------------------------------------------------ several convictions


def test_the_worst_of_several_convictions_decides_and_is_named():
    """PC 1203.4(b): with PC 484 and PC 311.11 in one case, 311.11 is left out, so dismissal does not fit, and the result names it."""
    res = result(misdemeanor(offenses=["PC 484", "PC 311.11"], registration="yes"), "dismissal-probation")
    assert res["status"] == "no"
    assert res["offense"] == "PC 311.11"
    assert "PC 311.11" in res["reasons"][0]["text"]


def test_one_conviction_has_no_offense_field():
    """docs/screener.md: "offense" names the deciding code only when there are several."""
    assert "offense" not in result(misdemeanor(offenses=["PC 484"]), "dismissal-probation")


def test_offenses_that_agree_name_none():
    """docs/screener.md: when every offense gives the same result, no one offense is named as deciding."""
    res = result(misdemeanor(offenses=["PC 484", "PC 602"]), "dismissal-probation")
    assert res["status"] == "likely"
    assert "offense" not in res


def test_code_section_settles_the_level():
    """PC 17(b): the code section's level wins: grand theft auto (VC 10851) is a wobbler, PC 211 is not."""
    wobbler = felony(offenses=["PC 496"], wobbler=None)
    straight = felony(offenses=["PC 211"], wobbler=None)
    assert status(wobbler, "felony-reduction") == "maybe"
    assert status(straight, "felony-reduction") == "no"
