"""Answers for the personal statement: what is accepted, and errors that name the field and say what to do."""

import pytest

from expunge_assist.answers import TEXT_LIMIT, AnswersError, parse


def problems(data, **options) -> dict:
    with pytest.raises(AnswersError) as caught:
        parse(data, **options)
    return dict(caught.value.problems)


def test_a_name_alone_is_enough_for_a_letter():
    """Only the name is required; the rest has sensible defaults."""
    answers = parse({"name": "DeShawn McKay"})
    assert answers.document == "letter" and answers.salutation == "Your Honor," and answers.areas == ()


@pytest.mark.parametrize("name", ["McKay", "DeShawn O'Neil", "UCLA Alumni", "Nguyễn Thị Ánh", "ana lópez"])
def test_names_keep_exactly_the_casing_typed(name):
    """A name is never re-cased: McKay, DeShawn, UCLA and lower case stay as typed."""
    assert parse({"name": f"  {name} "}).name == name


@pytest.mark.parametrize("value", [None, "", "   ", ".", "!?", "-- ..."])
def test_an_empty_or_punctuation_only_name_is_refused(value):
    """A required answer that is empty, spaces or only punctuation is refused with what to enter."""
    assert problems({"name": value})["name"] == "Enter your full name."


def test_free_text_over_the_hard_limit_is_refused_without_trouble():
    """A 100,000-character paste is refused at once, naming the field and the limit."""
    message = problems({"name": "A", "areas": ["work"], "work": {"text": "x" * 100_000}})["work.text"]
    assert f"{TEXT_LIMIT:,}" in message and "98,000 too many" in message


def test_a_chosen_area_needs_words_of_its_own():
    """Choosing an area and leaving its answer empty asks for a few sentences."""
    found = problems({"name": "A", "areas": ["school"], "school": {"text": " . "}})
    assert found["school.text"] == "Write a few sentences in your own words."


def test_areas_come_back_in_the_letters_order():
    """Areas are told in a fixed, sensible order whatever order they were chosen in."""
    data = {"name": "A", "areas": ["other", "work"], "other": {"text": "b"}, "work": {"text": "a"}}
    assert [area.kind for area in parse(data).areas] == ["work", "other"]


def test_unknown_fields_and_values_are_named():
    """Unknown keys, areas and choices are each reported with the field name."""
    found = problems({"name": "A", "colour": "red", "document": "poem", "areas": ["fishing"], "age": 7})
    assert set(found) >= {"colour", "document", "areas", "age"}
    assert found["document"] == "Choose one of the options."


def test_a_declaration_needs_the_city_where_it_is_signed():
    """CCP 2015.5: a declaration says where it was executed, so the city is required."""
    assert "city" in problems({"name": "A", "document": "declaration"})


def test_a_bad_date_says_the_format():
    """A date that is not YYYY-MM-DD is refused with an example."""
    assert "YYYY-MM-DD" in problems({"name": "A", "date": "28/11/2026"})["date"]


def test_not_an_object_is_refused():
    """Answers that are not a JSON object are refused with where to read the format."""
    assert "docs/answers.md" in problems(["A"])["answers"]


def test_problems_are_worded_in_the_persons_language():
    """The same problems come back in Spanish from the catalog, with the numbers filled in."""
    found = problems({"name": " ", "areas": ["work"], "work": {"text": "x" * 2500}}, lang="es")
    assert found["name"] == "Escriba su nombre completo."
    assert "2,000" in found["work.text"] and "Tiene 500 de más" in found["work.text"]


def test_partial_answers_pass_while_still_being_written():
    """A half-done form or a saved file passes with empty required answers; wrong values still fail."""
    assert parse({"areas": ["work"], "work": {}}, partial=True).areas[0].text == ""
    assert "age" in problems({"age": "old"}, partial=True)
