"""The one question schema (expunge_assist.questions) and what is derived from it."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from expunge_assist import answers, api, case, messages, questions, rules
from expunge_assist.case import CaseError, parse_case

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"choice", "date", "years", "offenses", "text"}


def _msgids(question):
    yield question["label"]
    for variant in question.get("labels", ()):
        yield variant["label"]
    if question["hint"]:
        yield question["hint"]
    yield question["thing"]
    for choice in question.get("choices", ()):
        yield choice["label"]
        if choice.get("hint"):
            yield choice["hint"]


def test_the_case_has_one_field_per_question_and_nothing_else():
    """Case's fields are exactly the schema's keys, so a question cannot exist in one and not the other."""
    assert set(case.KEYS) == set(questions.BY_KEY)
    assert len(questions.QUESTIONS) == len(questions.BY_KEY), "a key is listed twice"


def test_every_question_is_well_formed():
    """Each question has a known kind, its choices when it is a choice, and a condition made of known operators."""
    keys = set(questions.BY_KEY)

    def check(condition):
        assert isinstance(condition, dict)
        for name, value in condition.items():
            if name in ("all", "any"):
                for part in value:
                    check(part)
            elif name == "not":
                check(value)
            elif name == "not_settled":
                assert value in keys
            else:
                assert name in keys, name
                assert set(value) <= set(questions.choices(name)), (name, value)

    for question in questions.QUESTIONS:
        assert question["kind"] in KINDS
        assert ("choices" in question) == (question["kind"] == "choice")
        check(question["when"])
        for variant in question.get("labels", ()):
            check(variant["when"])


def test_case_choices_and_dates_come_from_the_schema():
    """case.CHOICES and DATE_KEYS are the schema's, "unknown" offered last."""
    assert case.CHOICES["outcome"] == ("convicted", "not-convicted", "diversion", "juvenile", "unknown")
    assert case.CHOICES["survivor"] == ("yes", "no", "skip", "unknown")
    assert case.CHOICES["fire_crew"] == ("yes", "no", "unknown")
    assert "offense_date" in case.DATE_KEYS and "california_years" not in case.DATE_KEYS


def test_things_come_from_the_schema():
    """messages.THINGS has each question's "thing" words."""
    for question in questions.QUESTIONS:
        assert messages.THINGS[question["key"]] == question["thing"]


def test_every_word_of_the_schema_is_in_the_catalog_template():
    """`make catalogs` extracted every label, hint, choice and thing of the schema."""
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        template = {message.id for message in read_po(handle) if message.id}
    missing = [msgid for question in questions.QUESTIONS for msgid in _msgids(question) if msgid not in template]
    assert missing == []


@pytest.mark.parametrize(
    "given, expected",
    [
        ({}, ["outcome", "on_supervision", "pending_charges", "citizen", "survivor"]),
        ({"outcome": "diversion"}, ["outcome", "diversion_date", "on_supervision", "pending_charges", "citizen", "survivor"]),
        (
            {"outcome": "juvenile"},
            ["outcome", "offenses", "offense_date", "registration", "juvenile_probation_completed", "juvenile_end_date",
             "birth_date", "adult_conviction_since", "on_supervision", "pending_charges", "citizen", "survivor"],
        ),
        (
            {"outcome": "convicted", "level": "misdemeanor", "sentence": "no-probation"},
            ["outcome", "offenses", "level", "offense_kind", "offense_date", "conviction_date", "registration", "sentence",
             "fire_crew", "sentence_end_date", "conviction_since", "on_supervision", "pending_charges", "citizen", "survivor"],
        ),
    ],
)
def test_asked_follows_the_asked_when_column(given, expected):
    """questions.asked gives exactly the questions CASE-KEYS.md says apply, in order."""
    assert questions.asked(given, settled={}) == expected


def test_settled_questions_are_not_asked():
    """A key the code sections settled is skipped; the questions that depend on its answer still follow it."""
    given = {"outcome": "convicted", "level": "felony", "sentence": "state-prison"}
    asked = questions.asked(given, settled={"level": "felony", "wobbler": "no"})
    assert "level" not in asked and "wobbler" not in asked
    assert {"serious_violent", "new_felony_since", "california_years", "fire_crew"} <= set(asked)


def test_offenses_are_normalized_and_unknown_is_kept():
    """Code sections as written on papers become "PC 484"; "unknown" stays; duplicates go."""
    parsed = parse_case({"outcome": "convicted", "offenses": ["pc484", " 11377 HS", "PC 484"]})
    assert parsed.offenses == ("PC 484", "HS 11377")
    assert parse_case({"offenses": "unknown"}).offenses == "unknown"


@pytest.mark.parametrize("value", [[], "PC 484", ["not a code"], [484], ["PC 484"] * 21])
def test_bad_offenses_are_refused_with_what_to_enter(value):
    """An empty list, a bare string, an unreadable code or too many codes is one problem on "offenses"."""
    with pytest.raises(CaseError) as caught:
        parse_case({"offenses": value})
    assert [key for key, _ in caught.value.pairs] == ["offenses"]


def test_settled_answers_fill_the_case_and_a_contradiction_is_a_problem(monkeypatch):
    """What the code sections settle fills missing answers; a different given answer is named as a problem."""
    monkeypatch.setattr(questions, "settled_by", lambda answers: {"level": "felony", "wobbler": "no"})
    parsed = parse_case({"outcome": "convicted", "offenses": ["PC 211"]})
    assert parsed.level == "felony" and parsed.wobbler == "no"
    with pytest.raises(CaseError) as caught:
        parse_case({"outcome": "convicted", "offenses": ["PC 211"], "level": "misdemeanor"})
    assert [key for key, _ in caught.value.pairs] == ["level"]


def test_problems_are_worded_in_the_persons_language():
    """check_case answers per field, in Spanish for a Spanish page; the CLI's lines stay English."""
    reply = api.check_case({"offense_date": "1800", "level": "big"}, lang="es")
    fields = dict(reply["problems"])
    assert set(fields) == {"offense_date", "level"}
    assert "1800" in fields["offense_date"] and "enter a date" not in fields["offense_date"]
    with pytest.raises(CaseError) as caught:
        parse_case({"offense_date": "1800"}, lang="es")
    assert caught.value.problems[0].startswith("offense_date: 1800 is too early")


def test_check_case_reports_codes_and_what_is_asked():
    """check_case gives the normalized codes and the keys asked next, with no problem for a good case."""
    reply = api.check_case({"outcome": "convicted", "offenses": ["hs11350"]}, lang="en")
    assert reply["problems"] == [] and reply["offenses"] == ["HS 11350"]
    assert reply["asked"][:2] == ["outcome", "offenses"]


def test_statement_relief_is_the_screeners_remedies_where_a_judge_decides():
    """The statement's relief ids are rules.REMEDIES with statement_helps, each with a name and the letter's words."""
    ids = [item["id"] for item in answers.as_json()["relief"]]
    assert ids == [remedy.id for remedy in rules.REMEDIES if remedy.statement_helps]
    for remedy in ids:
        assert remedy in messages.NAMES and remedy in answers.RELIEF


def test_the_exported_schema_is_plain_json_with_both_tools():
    """tools_schema is JSON data: the screener's questions and the statement's constants."""
    import json

    data = json.loads(json.dumps(api.tools_schema()))
    assert [q["key"] for q in data["screener"]["questions"]] == [q["key"] for q in questions.QUESTIONS]
    assert data["statement"]["text_limit"] == answers.TEXT_LIMIT
    assert data["earliest_year"] == case.EARLIEST_YEAR
SCRIPTS = ROOT / "site" / "assets" / "tools"


@pytest.mark.parametrize("script", ["screener.js", "statement.js"])
def test_no_question_key_or_choice_value_is_written_in_the_tools_javascript(script):
    """Keys, choice values, the statement's ids and area fields live in the package only: no quoted copy in the page's code."""
    source = (SCRIPTS / script).read_text(encoding="utf-8")
    literals = set(re.findall(r'"([^"\\]*)"', source)) | set(re.findall(r"'([^'\\]*)'", source))
    words = set(questions.BY_KEY)
    for question in questions.QUESTIONS:
        words |= {choice["value"] for choice in question.get("choices", ()) if choice["value"] not in ("yes", "no")}
    statement = answers.as_json()
    words |= {item["id"] for item in statement["relief"]} | {item["id"] for item in statement["areas"]}
    words |= set(statement["closings"])
    words |= {f"{area['id']}.{item['key']}" for area in statement["areas"] for item in area["fields"]}
    # A kind ("choice", "offenses") is the page's own rendering vocabulary, even where a key has the same name.
    literals -= KINDS
    # Also as a key in dot notation (answers.outcome) or in a CSS attribute selector.
    found = sorted(words & literals)
    found += sorted(word for word in words if re.search(rf"\.{re.escape(word)}\b", source) and "_" in word)
    assert found == []


def test_the_docs_case_table_lists_every_question_and_choice():
    """docs/screener.md's case table has a row for each schema key, naming each of its choice values."""
    doc = (ROOT / "docs" / "screener.md").read_text(encoding="utf-8")
    rows = {}
    for line in doc.split("## The case", 1)[1].splitlines():
        match = re.match(r"^\| `([a-z_]+)` \| (.*) \| (.*) \|$", line)
        if match:
            rows[match.group(1)] = match.group(2)
    assert set(rows) == set(questions.BY_KEY)
    for question in questions.QUESTIONS:
        for value in questions.choices(question["key"]) if question["kind"] == "choice" else ():
            assert f'`"{value}"`' in rows[question["key"]], (question["key"], value)


def test_an_arrest_or_diversion_without_a_conviction_is_never_asked_about_a_conviction_or_sentence():
    """Over every answer to every choice, "not convicted" and "diversion" ask only their own dates and the questions about the person now (issue #9)."""
    import itertools

    from expunge_assist import questions as q

    allowed = {
        "not-convicted": {"outcome", "offenses", "arrest_date", "arrest_result", "arrest_level"},
        "diversion": {"outcome", "diversion_date"},
    }
    now = {"on_supervision", "pending_charges", "citizen", "survivor"}
    others = [key for key in q.keys("choice") if key != "outcome"]
    for outcome, own in allowed.items():
        for values in itertools.islice(itertools.product(*[q.choices(key) for key in others[:6]]), 300):
            answers = {"outcome": outcome, **dict(zip(others, values))}
            asked = set(q.asked(answers, settled=[]))
            assert asked <= own | now, (outcome, asked - own - now)
            for key in asked:
                words = q.label(q.BY_KEY[key], answers).lower()
                assert key in now or not ("convict" in words or "sentence" in words), (outcome, key, words)
