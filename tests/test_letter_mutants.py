"""The statement's core held exactly: each answer's limits, defaults and messages, and the letter's small helpers.

Written against mutation testing (make mutate): each test pins one behaviour
a small change to answers.py or letter.py would break. docs/answers.md is
the format.
"""

import datetime

import pytest

from expunge_assist import answers, letter
from expunge_assist.answers import SHORT_LIMIT, TEXT_LIMIT, AnswersError, parse


def problems(data, **options) -> dict:
    with pytest.raises(AnswersError) as caught:
        parse(data, **options)
    return dict(caught.value.problems)


# -------------------------------------------------------------------- answers


def test_the_error_lists_each_problem_as_field_colon_advice():
    """docs/answers.md: the error's text is one line per problem, "field: what to do", in order."""
    with pytest.raises(AnswersError) as caught:
        parse({"name": "", "document": "poem"})
    assert caught.value.problems == [("name", "Enter your full name."), ("document", "Choose one of the options.")]
    assert str(caught.value) == "name: Enter your full name.\ndocument: Choose one of the options."


def test_text_that_is_not_a_string_says_to_enter_text():
    """docs/answers.md: a number or a list where words are expected is refused, asking for text."""
    assert problems({"name": 5})["name"] == "Enter this answer as text."
    assert problems({"name": "A", "court": ["x"]})["court"] == "Enter this answer as text."


def test_punctuation_only_in_an_optional_answer_is_refused_but_empty_is_fine():
    """docs/answers.md: an optional answer may be empty, but not only punctuation."""
    assert problems({"name": "A", "court": "..."})["court"] == "Use words, not only punctuation, or leave this empty."
    assert parse({"name": "A", "court": ""}).court == ""
    assert parse({"name": "A", "court": None}).court == ""


@pytest.mark.parametrize("key, limit", [("name", SHORT_LIMIT), ("court", SHORT_LIMIT), ("case_number", 60),
                                        ("salutation", 60), ("city", 60)])
def test_each_short_answer_has_its_limit_inclusive(key, limit):
    """docs/answers.md: short answers take up to their limit (name and court 120, case number, salutation, city 60)."""
    data = {"name": "A", key: "x" * limit}
    assert getattr(parse(data), key) == "x" * limit
    message = problems({"name": "A", key: "x" * (limit + 1)})[key]
    assert message == f"Shorten this to {limit:,} characters or fewer. It has 1 too many."


def test_free_text_takes_up_to_its_limit():
    """docs/answers.md: an area's own words take up to 2,000 characters; one more is refused with both counts."""
    ok = parse({"name": "A", "areas": ["work"], "work": {"text": "w" * TEXT_LIMIT}})
    assert ok.areas[0].text == "w" * TEXT_LIMIT
    message = problems({"name": "A", "areas": ["work"], "work": {"text": "w" * (TEXT_LIMIT + 1)}})["work.text"]
    assert message == "Shorten this to 2,000 characters or fewer. It has 1 too many."


@pytest.mark.parametrize("age, kept", [(14, 14), (120, 120), ("  30 ", 30), ("", None), (None, None)])
def test_age_is_a_whole_number_from_14_to_120(age, kept):
    """docs/answers.md: age from 14 to 120 inclusive, digits in text accepted, empty means not given."""
    assert parse({"name": "A", "age": age}).age == kept


@pytest.mark.parametrize("age", [True, 30.5, "thirty", "-5"])
def test_an_age_not_whole_is_refused(age):
    """docs/answers.md: an age that is true/false, a fraction or words is refused as not a whole number, with the range."""
    assert problems({"name": "A", "age": age})["age"] == "Enter your age as a whole number from 14 to 120, or leave it empty."


@pytest.mark.parametrize("age", [13, 121, 150, "150"])
def test_a_whole_age_out_of_range_is_refused_without_calling_it_not_whole(age):
    """Issue #9: 150 is a whole number, so its message gives the range and never asks for "a whole number"."""
    assert problems({"name": "A", "age": age})["age"] == "Enter an age from 14 to 120, or leave it empty."


@pytest.mark.parametrize("children, kept", [(0, 0), (30, 30), ("3", 3), (None, None)])
def test_children_are_a_whole_number_from_0_to_30(children, kept):
    """docs/answers.md: the caregiving area counts children from 0 to 30 inclusive."""
    data = {"name": "A", "areas": ["caregiving"], "caregiving": {"children": children, "text": "Yes."}}
    assert parse(data).areas[0].details["children"] == kept


def test_thirty_one_children_is_refused():
    """docs/answers.md: more than 30 children is refused, naming the field."""
    data = {"name": "A", "areas": ["caregiving"], "caregiving": {"children": 31, "text": "Yes."}}
    assert problems(data)["caregiving.children"] == "Enter a number of children from 0 to 30, or leave it empty."


def test_defaults_when_nothing_is_chosen():
    """docs/answers.md: a letter, to "Your Honor,", closed "Sincerely,", no relief, veteran not said, no date."""
    got = parse({"name": "A", "salutation": "", "closing": "", "document": "", "veteran": ""})
    assert (got.document, got.salutation, got.closing, got.relief, got.veteran, got.date) == (
        "letter", "Your Honor,", "Sincerely,", None, None, None)
    assert (got.court, got.case_number, got.city, got.responsibility, got.goals) == ("", "", "", {}, {})


def test_chosen_values_are_kept():
    """docs/answers.md: each choice given is kept as chosen."""
    got = parse({"name": " A ", "document": "declaration", "city": "Los Angeles", "veteran": True,
                 "relief": "prop-47", "closing": "Thank you,", "salutation": "Dear Judge Ortiz,",
                 "court": "LA Superior Court", "case_number": "LA1", "date": "2026-11-28"})
    assert (got.name, got.document, got.city, got.veteran, got.relief, got.closing, got.salutation, got.court,
            got.case_number, got.date) == ("A", "declaration", "Los Angeles", True, "prop-47", "Thank you,",
                                           "Dear Judge Ortiz,", "LA Superior Court", "LA1", datetime.date(2026, 11, 28))
    assert parse({"name": "A", "veteran": False}).veteran is False


@pytest.mark.parametrize("key, value", [("veteran", "yes"), ("relief", "pardon"), ("closing", "Cheers,")])
def test_a_value_not_among_the_choices_is_refused(key, value):
    """docs/answers.md: veteran is true or false; relief and closing one of the listed choices."""
    assert problems({"name": "A", key: value})[key] == "Choose one of the options."


def test_a_declaration_asks_for_the_city_in_these_words():
    """CCP 2015.5: a declaration without the city of signing asks for it, but a half-done one passes."""
    assert problems({"name": "A", "document": "declaration"})["city"] == (
        "Enter the city where you will sign, for example Los Angeles.")
    assert parse({"name": "A", "document": "declaration"}, partial=True).city == ""
    assert "city" not in problems({"name": "", "document": "letter"})


def test_a_bad_date_is_refused_with_the_format_and_an_empty_one_means_today():
    """docs/answers.md: the date is YYYY-MM-DD; empty leaves it for the day the letter is made."""
    assert problems({"name": "A", "date": "28/11/2026"})["date"] == (
        "Enter the date as YYYY-MM-DD, for example 2026-11-28, or leave it empty for today.")
    assert parse({"name": "A", "date": ""}).date is None


@pytest.mark.parametrize("areas", ["work", [1], ["work", "fishing"]])
def test_areas_must_be_a_list_of_known_areas(areas):
    """docs/answers.md: areas is a list chosen from the known areas; anything else asks to choose from the list."""
    assert problems({"name": "A", "areas": areas})["areas"] == "Choose from the list."


def test_an_area_that_is_not_an_object_is_refused_and_unknown_area_keys_are_named():
    """docs/answers.md: each chosen area is an object with its own keys only."""
    assert problems({"name": "A", "areas": ["work"], "work": "text"})["work"] == (
        "The answers must be a JSON object (see docs/answers.md).")
    found = problems({"name": "A", "areas": ["work"], "work": {"text": "ok", "boss": "x"}})
    assert found == {"work.boss": "This is not an answer the letter uses. Remove it (see docs/answers.md)."}


def test_an_area_keeps_its_short_answers_and_its_words():
    """docs/answers.md: an area's short fields and text are kept trimmed; a field not given is empty."""
    got = parse({"name": "A", "areas": ["work"], "work": {"employer": " Bakery ", "text": " I bake. "}}).areas[0]
    assert (got.kind, got.details, got.text) == ("work", {"employer": "Bakery", "role": ""}, "I bake.")


def test_an_areas_short_answer_has_the_short_limit():
    """docs/answers.md: an area's short fields (employer, school ...) take up to 120 characters."""
    data = {"name": "A", "areas": ["school"], "school": {"school": "s" * (SHORT_LIMIT + 1), "text": "ok"}}
    assert problems(data)["school.school"].startswith("Shorten this to 120 characters")


def test_responsibility_and_goals_keep_only_the_answers_given():
    """docs/answers.md: the optional groups keep the answers with words and drop the empty ones."""
    got = parse({"name": "A", "responsibility": {"what_happened": " I stole. ", "learned": "", "changed": "  "},
                 "goals": {"goals": "Nursing."}})
    assert got.responsibility == {"what_happened": "I stole."}
    assert got.goals == {"goals": "Nursing."}
    assert parse({"name": "A", "goals": ""}).goals == {}


def test_a_group_that_is_not_an_object_or_has_unknown_keys_is_refused():
    """docs/answers.md: responsibility and goals are objects with their own keys only."""
    assert problems({"name": "A", "goals": "be good"})["goals"] == "The answers must be a JSON object (see docs/answers.md)."
    assert problems({"name": "A", "goals": {"dream": "x"}})["goals.dream"] == (
        "This is not an answer the letter uses. Remove it (see docs/answers.md).")
    assert problems({"name": "A", "goals": {"goals": "x" * (TEXT_LIMIT + 1)}})["goals.goals"].startswith("Shorten")


def test_answers_that_are_not_an_object_say_so_in_these_words():
    """docs/answers.md: the answers are one JSON object."""
    assert problems(["name"]) == {"answers": "The answers must be a JSON object (see docs/answers.md)."}


def test_partial_answers_still_check_what_is_written():
    """docs/answers.md: a half-done form passes empty required answers but not a bad one."""
    assert parse({"name": "", "areas": ["work"], "work": {"text": ""}}, partial=True).name == ""
    assert problems({"name": "A", "age": 7}, partial=True) == {
        "age": "Enter an age from 14 to 120, or leave it empty."}


def test_problems_in_spanish_keep_their_numbers():
    """docs/answers.md: problems come worded in the person's language, their numbers filled in."""
    message = problems({"name": "x" * (SHORT_LIMIT + 1)}, lang="es")["name"]
    assert "120" in message and "Tiene 1 de más" in message and "Shorten" not in message


# --------------------------------------------------------------------- letter


@pytest.mark.parametrize("day, words", [(datetime.date(2026, 1, 5), "January 5, 2026"),
                                        (datetime.date(2026, 12, 31), "December 31, 2026")])
def test_long_date_is_written_as_courts_write_it(day, words):
    """California Rules of Court style: "Month D, YYYY", January and December included."""
    assert letter.long_date(day) == words


@pytest.mark.parametrize("number, words", [(0, "zero children"), (1, "one child"), (2, "two children"),
                                           (10, "ten children"), (11, "11 children"), (-1, "-1 children")])
def test_count_of_uses_words_to_ten_then_digits(number, words):
    """Plain-language style: numbers zero to ten in words, others in digits; singular only for one."""
    assert letter.count_of(number, "child", "children") == words


def test_tidy_keeps_one_blank_line_between_blocks_and_one_final_newline():
    """The letter's plain text: no trailing spaces, at most one blank line, Windows line ends made plain."""
    assert letter.tidy("\n\nA  \r\nB\n\n\n\nC\n\n") == "A\nB\n\nC\n"


def test_blocks_are_split_on_blank_lines_and_keep_their_lines():
    """The PDF and DOCX lay out blocks; a block keeps its own lines (a caption, a signature)."""
    assert letter.blocks("A\nB\n\n\n\nC\n") == [["A", "B"], ["C"]]
    assert letter.blocks("\n\n") == []


@pytest.mark.parametrize("words, pages", [(0, 1), (450, 1), (451, 2), (900, 2), (901, 3)])
def test_estimate_pages_counts_450_words_a_page(words, pages):
    """About 450 words fill one US Letter page; any more start another (and there is always one)."""
    assert letter.estimate_pages(" ".join(["word"] * words)) == pages


def test_the_letter_uses_the_answers_date_then_the_given_day():
    """The letter is dated with the date answered, else the day given, written as courts write it."""
    made = letter.render(parse({"name": "A", "date": "2026-11-28"}), today=datetime.date(2027, 1, 2))
    assert "November 28, 2026" in made and "January 2, 2027" not in made
    assert "January 2, 2027" in letter.render(parse({"name": "A"}), today=datetime.date(2027, 1, 2))


def test_the_letter_asks_for_the_relief_chosen_or_for_the_petition():
    """The request names the remedy chosen (PC 1203.4 ...), or asks the court to grant the petition."""
    chosen = letter.render(parse({"name": "A", "relief": "dismissal-probation", "date": "2026-11-28"}))
    assert answers.RELIEF["dismissal-probation"] in chosen
    assert answers.RELIEF["unknown"] in letter.render(parse({"name": "A", "date": "2026-11-28"}))


def test_an_unknown_answer_is_named_in_these_words():
    """docs/answers.md: a key the letter does not use is named, asking to remove it."""
    assert problems({"name": "A", "colour": "red"}) == {
        "colour": "This is not an answer the letter uses. Remove it (see docs/answers.md)."}
