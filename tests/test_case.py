"""The case format and partial dates (expunge_assist.case)."""

from datetime import date

import pytest

from expunge_assist import offense, questions
from expunge_assist.case import Case, CaseError, DateProblem, PartialDate, add_years, check_case, parse_case
from expunge_assist.conditions import wait_state


def test_a_valid_case_becomes_a_frozen_case_with_partial_dates():
    """Choices stay strings, dates become PartialDate, and the result cannot change."""
    case = parse_case({"outcome": "convicted", "conviction_date": "2015-03", "california_years": 6})
    assert case.outcome == "convicted" and case.conviction_date == PartialDate(2015, 3)
    assert case.california_years == 6
    with pytest.raises(AttributeError):
        case.outcome = "juvenile"


def test_a_missing_question_reads_as_unknown():
    """A key that was not asked is None, and the rules see it as "unknown"."""
    case = parse_case({})
    assert case.level is None and case.answer("level") == "unknown"
    assert not case.when("offense_date").known


def test_every_problem_is_listed_with_its_field_and_what_to_enter():
    """One CaseError names each bad field, an unknown key among them, and says what to enter."""
    with pytest.raises(CaseError) as caught:
        parse_case({"level": "big", "offense_date": "March 2015", "colour": "red", "california_years": -1})
    problems = caught.value.problems
    assert len(problems) == 4
    assert 'offense_date: enter a date like 2015-03-14, 2015-03 or 2015, or "unknown"' in problems
    assert any(p.startswith("level: enter one of") and '"felony"' in p for p in problems)
    assert any(p.startswith("colour:") for p in problems)
    assert any(p.startswith("california_years:") for p in problems)


@pytest.mark.parametrize("text", ["2015-02-30", "2015-13", "15", "2015/03/14", ""])
def test_impossible_or_badly_written_dates_are_refused(text):
    """A day that does not exist, a month 13 or another format is a ValueError."""
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_a_case_that_is_not_an_object_is_refused():
    """A JSON list or string is a CaseError that asks for an object."""
    with pytest.raises(CaseError) as caught:
        parse_case(["convicted"])
    assert caught.value.problems[0].startswith("case:")


@pytest.mark.parametrize(
    "text, earliest, latest",
    [
        ("2015-03-14", date(2015, 3, 14), date(2015, 3, 14)),
        ("2015-03", date(2015, 3, 1), date(2015, 3, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
        ("2015", date(2015, 1, 1), date(2015, 12, 31)),
        ("unknown", None, None),
    ],
)
def test_a_partial_date_covers_its_whole_span(text, earliest, latest):
    """earliest() and latest() are the first and last day the answer could mean."""
    when = PartialDate.parse(text)
    assert (when.earliest(), when.latest()) == (earliest, latest)
    assert str(when) == text


def test_a_leap_day_anniversary_falls_on_march_first():
    """Adding years to February 29 never ends a wait a day early."""
    assert add_years(date(2020, 2, 29), 1) == date(2021, 3, 1)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)


def test_a_wait_from_a_partial_date_is_met_not_met_or_maybe():
    """A wait is met (from the day after the anniversary) only for every day of the span, else maybe or not-now."""
    march = PartialDate.parse("2015-03")
    start = (march.earliest(), march.latest())
    assert wait_state(start, 1, 1, date(2016, 4, 1), True) == ("yes", date(2016, 4, 1))
    assert wait_state(start, 1, 1, date(2016, 3, 15), True) == ("maybe", date(2016, 4, 1))
    assert wait_state(start, 1, 1, date(2016, 3, 1), True) == ("not-now", date(2016, 4, 1))
    assert wait_state(None, 1, 1, date(2016, 2, 29))[0] == "unknown"


# --- Dates that cannot be: in the future, or out of order (issue #9) ----------

from expunge_assist.case import DATE_ORDER, PAST_KEYS  # noqa: E402

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("key", PAST_KEYS)
def test_a_past_date_after_today_is_refused_with_what_to_do(key):
    """An arrest, crime, sentence or birth after today is a problem on that key that says to enter an earlier date."""
    _, problems = check_case({key: "2026-12-02"}, today=TODAY)
    assert [name for name, _ in problems] == [key]
    assert problems[0][1] == 'this date is in the future; enter a date before today, or "unknown"'
    # Today itself, and a partial date that may include today, are fine.
    assert check_case({key: "2026-12-01"}, today=TODAY)[1] == []
    assert check_case({key: "2026"}, today=TODAY)[1] == []
    assert check_case({key: "2027"}, today=TODAY)[1] != []


def test_the_end_of_a_sentence_may_still_be_to_come():
    """Probation that ends next year is an answer, not a mistake: the rules count the wait from it."""
    assert check_case({"outcome": "convicted", "sentence_end_date": "2028-05"}, today=TODAY)[1] == []


@pytest.mark.parametrize("earlier, later", [(first, second) for first, second, *_ in DATE_ORDER])
def test_dates_out_of_order_are_a_problem_on_both_with_the_other_date(earlier, later):
    """A later event dated before an earlier one is named on both keys, each message giving the other date."""
    _, problems = check_case({earlier: "2015-06-10", later: "2015-06-09"}, today=TODAY)
    assert sorted(name for name, _ in problems) == sorted([earlier, later])
    messages = dict(problems)
    assert "2015-06-10" in messages[later] and "2015-06-09" in messages[earlier]
    assert "check both dates" in messages[later]
    # The same day, and partial dates that may overlap, are fine.
    assert check_case({earlier: "2015-06-10", later: "2015-06-10"}, today=TODAY)[1] == []
    assert check_case({earlier: "2015-06-10", later: "2015-06"}, today=TODAY)[1] == []
    assert check_case({earlier: "2015", later: "2015-01-01"}, today=TODAY)[1] == []
    assert check_case({earlier: "2016", later: "2015-12"}, today=TODAY)[1] != []
    assert check_case({earlier: "unknown", later: "2015"}, today=TODAY)[1] == []


def test_the_probation_ending_before_the_sentence_is_refused_in_spanish_too():
    """The message comes in the person's language (Spanish), and parse_case refuses the case."""
    data = {"outcome": "convicted", "conviction_date": "2019-04", "sentence_end_date": "2018"}
    _, problems = check_case(data, "es", today=TODAY)
    english = dict(check_case(data, "en", today=TODAY)[1])
    assert {name for name, _ in problems} == {"conviction_date", "sentence_end_date"}
    assert dict(problems)["sentence_end_date"] != english["sentence_end_date"]


# What check_case and its helpers say, word for word (make mutate found these untested).


def test_code_sections_fill_what_they_settle_and_a_different_answer_is_named_with_theirs():
    """PC 187 settles level, wobbler, kind and serious/violent; "misdemeanor" given for it is refused, saying "felony"."""
    values, problems = check_case({"offenses": ["PC 187"]})
    assert problems == []
    assert values == {"offenses": ("PC 187",), "level": "felony", "wobbler": "no",
                      "offense_kind": "other", "serious_violent": "yes"}
    values, problems = check_case({"offenses": ["PC 187"], "level": "misdemeanor"})
    assert problems == [("level", 'the code sections you entered settle this as "felony"; '
                                  "remove this answer or check the code sections")]
    assert values["level"] == "misdemeanor" and values["wobbler"] == "no"


def test_problems_are_english_when_no_language_is_asked():
    """check_case's default language is English, and a choice's problem lists the choices in order."""
    assert check_case({"level": "big"})[1] == [("level", 'enter one of "infraction", "misdemeanor", "felony" or "unknown"')]


def test_an_offense_named_in_spanish_is_read_on_a_spanish_page_only():
    """"Asesinato" is PC 187 in Spanish, and a part of a name is read in the page's language too."""
    assert check_case({"offenses": ["Asesinato"]}, lang="es")[0]["offenses"] == ("PC 187",)
    assert check_case({"offenses": ["Asesinato"]})[1][0][0] == "offenses"
    # A part of a name: three rows in Spanish, none in English.
    assert offense.by_name("asesin", "es", partial=True) == ["PC 187", "PC 653f(b)", "PC 664/187"]
    assert offense.by_name("asesin", partial=True) == []


def test_twenty_code_sections_are_read_and_twenty_one_are_refused_saying_the_limit():
    """questions.OFFENSES_LIMIT (20) sections pass; one more gets "enter 20 code sections or fewer"."""
    codes = [f"PC {number}" for number in (187, 211, 459, 484, 487, 488, 496, 594, 602, 647, 166, 148, 242, 243,
                                           245, 261, 273.5, 314, 415, 422)]
    assert len(codes) == questions.OFFENSES_LIMIT == 20
    values, problems = check_case({"offenses": codes})
    assert [key for key, _ in problems] != ["offenses"]
    values, problems = check_case({"offenses": codes + ["PC 148"]})
    assert ("offenses", "enter 20 code sections or fewer") in problems


def test_an_unreadable_code_section_is_quoted_to_forty_characters():
    """What cannot be read is shown back, cut at 40 characters, with how to write a code section."""
    typed = "  " + "q" * 39 + "zw  "
    problems = check_case({"offenses": [typed]})[1]
    assert problems == [("offenses", f'"{"q" * 39}z" is not a code section we can read; '
                                     "write it like PC 484, HS 11350 or VC 23152(a)")]


def test_a_case_error_from_lines_splits_each_at_its_first_colon():
    """CaseError(["key: what: more"]) pairs ("key", "what: more"); pairs given are kept as given."""
    error = CaseError(["level: enter one of: a, b", "offenses: x"])
    assert error.pairs == [("level", "enter one of: a, b"), ("offenses", "x")]
    assert CaseError(["level: x"], pairs=[("level", "y")]).pairs == [("level", "y")]


def test_a_date_problem_fills_its_values_into_its_words_and_leaves_a_bare_percent_alone():
    """DateProblem formats the template with its values, in the message and in say(); without values, as written."""
    problem = DateProblem("enter a year after %(year)s", year=1900)
    assert str(problem) == "enter a year after 1900" and problem.say(lambda text: text) == "enter a year after 1900"
    assert problem.values == {"year": 1900}
    bare = DateProblem("100% unreadable")
    assert str(bare) == "100% unreadable" and bare.say(lambda text: text.upper()) == "100% UNREADABLE"
