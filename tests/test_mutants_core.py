"""The screener's core held exactly where the scenarios do not reach: the case format's checks and words.

Written against mutation testing (make mutate): each test pins one behaviour
a small change to case.py, conditions.py, offense.py or screener.py would
break. docs/screener.md is the format.
"""

from datetime import date

import pytest

from expunge_assist.case import CaseError, PartialDate, add_years, parse_case

HINT = 'enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"'


def problems(data) -> list[str]:
    with pytest.raises(CaseError) as caught:
        parse_case(data)
    return caught.value.problems


# ----------------------------------------------------------------- case.py


@pytest.mark.parametrize("text, message", [
    (2015, HINT),
    ("March 2015", HINT),
    ("1899", f"1899 is too early; {HINT}"),
    ("2015-00", f"there is no month 00; {HINT}"),
    ("2015-13", f"there is no month 13; {HINT}"),
    ("2015-02-29", f"2015-02-29 is not a real day; {HINT}"),
])
def test_a_bad_date_says_what_is_wrong_and_what_to_enter(text, message):
    """docs/screener.md: a date that is not text, too early, or not a real month or day says so and how to write it."""
    with pytest.raises(ValueError) as caught:
        PartialDate.parse(text)
    assert str(caught.value) == message


@pytest.mark.parametrize("text, parts", [(" 2015-03 ", (2015, 3, None)), ("1900", (1900, None, None)),
                                         ("2015-12", (2015, 12, None)), ("2015-01-31", (2015, 1, 31)),
                                         ("unknown", (None, None, None))])
def test_the_first_and_last_year_month_and_day_are_accepted(text, parts):
    """docs/screener.md: years from 1900, months 01 to 12, real days; outer spaces are trimmed."""
    when = PartialDate.parse(text)
    assert (when.year, when.month, when.day) == parts
    assert when.known is (parts[0] is not None)


def test_an_unknown_date_has_no_first_or_last_day():
    """docs/screener.md: "unknown" spans no known days and reads back as "unknown"."""
    when = PartialDate.parse("unknown")
    assert (when.earliest(), when.latest(), str(when)) == (None, None, "unknown")
    assert str(PartialDate(2015, 3, 4)) == "2015-03-04"


def test_add_years_keeps_the_calendar_day():
    """An anniversary is the same calendar day N years later (February 29 aside)."""
    assert add_years(date(2019, 5, 1), 3) == date(2022, 5, 1)
    assert add_years(date(2019, 12, 31), 0) == date(2019, 12, 31)
    assert add_years(date(2024, 2, 29), 2) == date(2026, 3, 1)


def test_each_case_problem_is_worded_exactly():
    """docs/screener.md: an unknown key, a bad choice, a bad date and bad code sections each say what to do."""
    found = problems({"colour": "red", "level": "big", "arrest_date": "soon", "offenses": []})
    assert found == [
        "colour: this is not a question the screener asks; remove it or check its spelling",
        'level: enter one of "infraction", "misdemeanor", "felony" or "unknown"',
        f"arrest_date: {HINT}",
        'offenses: enter a list of code sections, like ["PC 484", "HS 11350"], or "unknown"',
    ]
    assert str(CaseError(["a", "b"])) == "a\nb"


def test_a_case_that_is_not_an_object_asks_for_one_in_these_words():
    """docs/screener.md: the case is one JSON object, one key per answer."""
    assert problems("convicted") == ['case: enter a JSON object with one key per answer, like {"outcome": "convicted"}']


@pytest.mark.parametrize("value", [0, 130, "unknown"])
def test_years_in_california_from_0_to_130_or_unknown(value):
    """PC 4852.06 asks years lived in California: a whole number 0 to 130, or "unknown"."""
    assert parse_case({"california_years": value}).california_years == value


@pytest.mark.parametrize("value", [-1, 131, True, 5.0, "6", None])
def test_years_in_california_out_of_range_or_not_whole_are_refused(value):
    """PC 4852.06: a negative, too large, true/false, fractional or text number of years is refused in these words."""
    assert problems({"california_years": value}) == [
        'california_years: enter a whole number of years, like 6, or "unknown"']


@pytest.mark.parametrize("value", [["PC 484", 5], "PC 484", [], None])
def test_offenses_must_be_a_list_of_code_sections(value):
    """docs/screener.md: offenses is a non-empty list of code sections as text, or "unknown"."""
    assert problems({"offenses": value}) == [
        'offenses: enter a list of code sections, like ["PC 484", "HS 11350"], or "unknown"']


def test_offenses_are_normalized_in_order_without_repeats():
    """docs/screener.md: each code section is read as on court papers, kept in order, each once."""
    assert parse_case({"offenses": ["484 PC", "H&S 11377", "PC 484"]}).offenses == ("PC 484", "HS 11377")
    assert parse_case({"offenses": "unknown"}).offenses == "unknown"


def test_an_offense_that_is_not_a_code_section_says_why():
    """docs/screener.md: a code section the reader cannot read is refused with the reader's advice."""
    found = problems({"offenses": ["theft"]})
    assert found == ['offenses: "theft" is not a code section we can read; write it like PC 484, HS 11350 or VC 23152(a)']


# -------------------------------------------------------------- screener.py

from expunge_assist.messages import text  # noqa: E402
from expunge_assist.screener import screen  # noqa: E402

from cases import AS_OF, arrest, misdemeanor, result  # noqa: E402


def test_notices_say_wait_or_find_out_and_cite_the_dismissal_sections():
    """PC 1203.4(a)(1), 1203.4a(a), 1203.41(a), 1203.42(a): supervision or charges now say wait; unknown says find out."""
    out = screen(misdemeanor(on_supervision="yes", pending_charges="unknown", citizen="no"), AS_OF)
    cite = "Penal Code sections 1203.4(a)(1), 1203.4a(a), 1203.41(a) and 1203.42(a)"
    assert out["notices"] == [
        {"code": "supervision", "text": text("notice-supervision"), "cite": cite},
        {"code": "pending-charges", "text": text("notice-pending-unknown"), "cite": cite},
        {"code": "immigration", "text": text("notice-immigration"), "cite": "Penal Code sections 1203.43 and 1473.7"},
    ]
    out = screen(misdemeanor(on_supervision="unknown", pending_charges="yes"), AS_OF)
    assert [(n["code"], n["text"]) for n in out["notices"]] == [
        ("supervision", text("notice-supervision-unknown")), ("pending-charges", text("notice-pending"))]


def test_immigration_notice_when_citizenship_was_not_asked():
    """PC 1203.43, 1473.7: citizenship not asked is treated as not known, so the immigration notice is shown."""
    case = misdemeanor()
    del case["citizen"]
    assert [n["code"] for n in screen(case, AS_OF)["notices"]] == ["immigration"]


def test_with_several_offenses_the_first_worst_decides_and_is_named_first():
    """docs/screener.md: with several code sections that disagree the worst decides and is named in the first reason."""
    worst = result(misdemeanor(offenses=["PC 415", "PC 311.11"], registration="yes"), "dismissal-probation")
    assert worst["offense"] == "PC 311.11" and worst["status"] == "no"
    assert worst["reasons"][0] == {"text": text("offense-decides", code="PC 311.11"), "cite": worst["reasons"][1]["cite"]}
    agree = result(misdemeanor(offenses=["PC 242", "PC 415"]), "dismissal-probation")
    assert "offense" not in agree


def test_one_offense_is_not_named_as_deciding():
    """docs/screener.md: a result names the deciding offense only when there are several."""
    assert "offense" not in result(misdemeanor(offenses=["PC 484"]), "dismissal-probation")


def test_a_ruled_out_result_gives_only_its_ruling_out_reasons():
    """docs/screener.md: a "no" says only why not (PC 1203.4(a)(1): a conviction), not the checks that held."""
    res = result(arrest(), "dismissal-probation")
    assert res["status"] == "no"
    assert res["reasons"] == [{"text": text("for-convictions"), "cite": "Penal Code section 1203.4(a)(1)"}]
    assert res["file_after"] is None


def test_likely_has_no_file_after_and_lists_its_reasons_worst_first():
    """docs/screener.md: a likely result has no date to wait for; its reasons are the checks that said something."""
    res = result(misdemeanor(), "dismissal-probation")
    assert res["status"] == "likely" and res["file_after"] is None
    assert res["reasons"][0]["cite"].startswith("Penal Code section 1203.4")
    assert res["name"] and res["also"] == []


def test_a_result_lists_its_forms_guide_and_other_guides():
    """docs/screener.md: each result carries its forms, its guide and the guides every such result links."""
    res = result(misdemeanor(), "automatic-conviction-relief")
    assert (res["forms"], res["guide"], res["also"]) == ([], "guides/automatic-relief/", [{"guide": "guides/already-cleared/", "title": "Was my record already cleared?"}])


def test_screen_reads_a_dict_and_says_the_day():
    """docs/screener.md: the screener takes the case as JSON data and returns the day it screened for."""
    out = screen({"outcome": "convicted"}, date(2030, 1, 2))
    assert out["as_of"] == "2030-01-02" and len(out["results"]) == 15
    with pytest.raises(CaseError):
        screen({"outcome": "maybe"}, AS_OF)


def test_results_are_in_spanish_when_asked():
    """docs/screener.md: lang="es" words every reason and name in Spanish, citations included."""
    out = screen(misdemeanor(), AS_OF, lang="es")
    res = [r for r in out["results"] if r["remedy"] == "dismissal-probation"][0]
    assert res["reasons"][0]["cite"].startswith("Código Penal") or "1203.4" in res["reasons"][0]["cite"]
    assert res["name"] != result(misdemeanor(), "dismissal-probation")["name"]


def test_fire_crew_dismissal_excludes_rape_under_261_a_2():
    """PC 1203.4b(a)(1)(C): no fire crew dismissal for rape under PC 261(a)(2): "no", citing (C)."""
    from cases import felony

    res = result(felony(fire_crew="yes", offenses=["PC 261(a)(2)"]), "dismissal-fire-crew")
    assert res["status"] == "no"
    assert res["reasons"][-1]["cite"] == "Penal Code section 1203.4b(a)(1)(C)"


# ---------------------------------------------------------------- offense.py

from expunge_assist import offense  # noqa: E402


def test_the_table_read_afresh_splits_each_rows_levels():
    """docs/offenses.md: read from offenses.csv, each row's levels are a tuple (PC 496: misdemeanor and felony)."""
    rows = offense.table.__wrapped__()
    assert rows["PC 496"].levels == ("misdemeanor", "felony")
    assert rows["PC 496"] == offense.lookup("PC 496")
    assert rows["PC 484"].prop47 == "" and rows["PC 484"].charge_years == "1"


def test_describe_says_what_the_table_knows_with_each_source():
    """docs/offenses.md: the command line's description of PC 496: levels, flags with their statute, time to charge."""
    assert offense.describe("496 PC") == {
        "code": "PC 496", "found": True, "name": "Receiving stolen property", "levels": ["misdemeanor", "felony"],
        "wobbler": "depends", "flags": {"prop47": {"value": "yes", "source": "PC 1170.18(a) (text)"}},
        "charge_years": "3", "charge_from": "",
        "charge_source": "PC 799-803.7, 799, 800, 801, 801.1, 801.5, 801.6, 802, 803, 803.5, 803.7 (text)",
        "note": "", "settles": {"offense_kind": "prop-47", "serious_violent": "no", "arrest_level": "felony"},
    }
    assert offense.describe("PC 484")["wobbler"] == "no"


def test_describe_of_a_section_not_in_the_table_says_the_screener_asks():
    """docs/offenses.md: a section the table does not hold is described as not found, in these words."""
    assert offense.describe("PC 9999") == {
        "code": "PC 9999", "found": False,
        "advice": "This section is not in the table (or only its subdivisions are): the screener asks instead."}


# ----------------------------------------------------------- rules.py: WIC

from cases import juvenile  # noqa: E402


def test_juvenile_petition_barred_for_a_registrable_707b_offense_names_it():
    """WIC 781(a)(1)(F): a 707(b) offense at 14 or older that requires registration cannot be sealed by petition."""
    case = juvenile(juvenile_probation_completed="no", registration="yes", offenses=["PC 288(b)"])
    res = result(case, "juvenile-sealing")
    assert res["status"] == "no"
    assert {"text": text("290008-bars-781"),
            "cite": "Welfare and Institutions Code section 781(a)(1)(F)"} in res["reasons"]


def test_juvenile_petition_for_a_707b_offense_at_an_unknown_age_says_the_limits():
    """WIC 781(a)(1)(D)(i): a 707(b) offense (PC 211) at an age not known may be sealed only once probation for it is done."""
    case = juvenile(juvenile_probation_completed="no", birth_date="unknown", offenses=["PC 211"], registration="no")
    res = result(case, "juvenile-sealing")
    assert res["status"] == "maybe"
    assert {"text": text("707b-781"), "cite": "Welfare and Institutions Code section 781(a)(1)(D)(i)"} in res["reasons"]


def test_juvenile_781_wait_says_when_in_its_own_words():
    """WIC 781(a)(1)(A): a petition that must wait says it waits for 18 or five years, citing (A)."""
    case = juvenile(juvenile_probation_completed="no", birth_date="2010-01-01", juvenile_end_date="2025-01-01")
    res = result(case, "juvenile-sealing")
    assert res["status"] == "not-now"
    assert {"text": text("juvenile-781-wait"), "cite": "Welfare and Institutions Code section 781(a)(1)(A)"} in res["reasons"]


# ------------------------------------------------- waits and paths, in words

from expunge_assist.messages import EVENTS, format_date, years  # noqa: E402

from cases import state_prison  # noqa: E402


def test_state_prison_wait_is_worded_as_two_years():
    """PC 1203.41(a)(2): after state prison the wait is 2 years, and the reason says so with the day it is met."""
    res = result(state_prison(sentence_end_date="2024-06-10"), "dismissal-county-jail", date(2026, 6, 10))
    words = text("wait-not-met", years=years(2, 2), event=EVENTS["sentence-end"], date=format_date(date(2026, 6, 11)))
    assert {"text": words, "cite": "Penal Code section 1203.41(a)(2)"} in res["reasons"]


def test_no_path_open_says_so_citing_the_first_closed_path():
    """PC 1203.425(a)(1)(B)(iv): a misdemeanor sent to county jail fits none of automatic relief's paths: "no", said once."""
    res = result(misdemeanor(sentence="county-jail"), "automatic-conviction-relief")
    assert res["status"] == "no"
    assert res["reasons"] == [{"text": text("no-path"), "cite": "Penal Code section 1203.425(a)(1)(B)(iv)(I)"}]


from expunge_assist.messages import THINGS  # noqa: E402

from cases import felony, no_probation  # noqa: E402


def test_certificate_wait_for_a_life_offense_is_worded_as_nine_years():
    """PC 4852.03(a): for an offense punishable by life (PC 187) the wait is 9 years, and the reason says so."""
    res = result(felony(conviction_date="2018-03-14", registration="no", offenses=["PC 187"]),
                 "certificate-of-rehabilitation", date(2027, 3, 14))
    words = text("wait-not-met", years=years(9, 9), event=EVENTS["release"], date=format_date(date(2027, 3, 15)))
    assert {"text": words, "cite": "Penal Code section 4852.03(a)"} in res["reasons"]


def test_certificate_after_prison_counts_from_a_release_between_sentence_and_end():
    """PC 4852.03(a): after state prison release lies between the sentence day and the end of supervision: maybe until surely 7 years."""
    res = result(state_prison(mandatory_supervision="no"), "certificate-of-rehabilitation")
    assert res["status"] == "maybe"
    assert res["file_after"] == "2027-06-11"


def test_conviction_since_unknown_is_the_judges_call_and_says_what_to_find_out():
    """PC 1203.4a(b): not knowing whether there was a conviction since judgment leaves it to the judge; the reason says what to find out."""
    res = result(no_probation(conviction_since="unknown"), "dismissal-no-probation")
    assert res["status"] == "maybe" and res["judge_decides"] is True and res["statement_helps"] is True
    assert {"text": text("unknown", thing=THINGS["conviction_since"]),
            "cite": "Penal Code section 1203.4a(b)"} in res["reasons"]
