"""Hostile and odd inputs (tests/hostile_inputs.json) in every field of both tools, in CPython.

Every input goes into every free-text answer of the statement alone (the
answers are checked: accepted or refused with words, never a crash), then
into every field that accepts it at once, and that letter is rendered and
exported: the text, PDF and Word file stay valid and readable, the input
appears as typed (inert: no markup, no template, no format string runs),
bidirectional controls are gone, and each step takes under a second. In the
screener, every input is the value of every answer and a key.
"""

import copy
import io
import json
import time
import unicodedata
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from expunge_assist import api, export_docx, export_pdf, letter, sanitize
from expunge_assist.answers import AREA_FIELDS, GOALS_FIELDS, RESPONSIBILITY_FIELDS, AnswersError, parse
from expunge_assist.case import KEYS, CaseError, parse_case

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = json.loads((ROOT / "tests" / "hostile_inputs.json").read_text(encoding="utf-8"))["inputs"]
BASE = json.loads((ROOT / "examples" / "answers" / "example.json").read_text(encoding="utf-8"))
TODAY = "2026-11-28"
SECOND = 1.0


def text_of(entry) -> str:
    return entry["text"] if "text" in entry else entry["repeat"] * entry["times"]


INPUTS = [(entry["id"], text_of(entry)) for entry in CATALOGUE]

# Every free-text answer of the statement, as a path into the answers.
TEXT_FIELDS = ["name", "court", "case_number", "salutation", "city"]
for area, details in AREA_FIELDS.items():
    TEXT_FIELDS += [f"{area}.{key}" for key in details if key != "children"] + [f"{area}.text"]
TEXT_FIELDS += [f"responsibility.{key}" for key in RESPONSIBILITY_FIELDS]
TEXT_FIELDS += [f"goals.{key}" for key in GOALS_FIELDS]


def with_value(path: str, value: str) -> dict:
    answers = copy.deepcopy(BASE)
    answers["areas"] = list(AREA_FIELDS)
    for area in AREA_FIELDS:
        answers.setdefault(area, {"text": "I do this every week."})
    target = answers
    *parents, last = path.split(".")
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value
    return answers


# CPU time of this process, not the wall clock: other work on a shared machine
# must not fail the test, and a freeze is the code's own work.
clock = time.process_time


def timed(action, *args, budget=SECOND, **kwargs):
    start = clock()
    result = action(*args, **kwargs)
    elapsed = clock() - start
    assert elapsed < budget, f"{action.__qualname__} took {elapsed:.2f} s"
    return result


def timed_pdf(text: str) -> PdfReader:
    """The PDF, read back; a second per page it has: a long letter is many pages, made in the worker."""
    start = clock()
    reader = PdfReader(io.BytesIO(export_pdf.to_pdf(text)))
    elapsed = clock() - start
    assert elapsed < SECOND * len(reader.pages), f"to_pdf took {elapsed:.2f} s for {len(reader.pages)} pages"
    return reader


BIDI = set(sanitize.BIDI_CONTROLS)


def assert_clean(text: str) -> None:
    """No bidi controls, no control characters but newlines and tabs, no lone surrogates."""
    assert not BIDI & set(text), "a bidirectional control reached the letter"
    bad = [c for c in text if unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t"]
    assert not bad, f"control characters reached the letter: {bad[:5]!r}"


def test_the_catalogue_covers_what_the_issue_lists():
    """At least 60 inputs, including every kind issue 11 names, and a 100,000-character one and a 5,000-character word."""
    assert len(INPUTS) >= 60
    kinds = {entry["kind"] for entry in CATALOGUE}
    assert {"markup", "template", "size", "invisible", "bidi", "script", "control", "punctuation", "name"} <= kinds
    lengths = [len(text) for _, text in INPUTS]
    assert max(lengths) >= 100_000
    assert any(len(text) == 5000 and " " not in text for _, text in INPUTS)


def accepted_fields(value: str) -> list[str]:
    """The fields that accept ``value`` on its own; a refusal must come with words for the person."""
    accepted = []
    for path in TEXT_FIELDS:
        try:
            timed(parse, with_value(path, value), "es")
        except AnswersError as error:
            assert error.problems and all(isinstance(message, str) and message for _, message in error.problems)
            continue
        accepted.append(path)
    return accepted


@pytest.mark.parametrize("name, value", INPUTS, ids=[name for name, _ in INPUTS])
def test_statement_stays_valid_inert_and_readable(name, value):
    """The input in every field that accepts it: the letter, TXT, PDF and Word file are valid, inert and quick."""
    fields = accepted_fields(value)
    answers = copy.deepcopy(BASE)
    answers["areas"] = list(AREA_FIELDS)
    for path in fields:
        answers = merge(answers, path, value)
    checked = timed(parse, answers, "en")
    text = timed(letter.render, checked, letter.long_date.__globals__["datetime"].date.fromisoformat(TODAY))
    assert_clean(text)
    lines = text.split("\n")
    assert lines[0] == "November 28, 2026"
    assert "Respectfully," in lines, "the closing line was changed"
    if "name" in fields:
        typed = sanitize.clean(value, one_line=True).strip()
        assert typed in text, "the name did not appear as typed"
    for fixed in ("{{", "{%", "%(name)s"):
        if fixed in value and "name" in fields:
            assert fixed in text  # shown, not run
    assert text.encode("utf-8").decode("utf-8") == text  # the TXT file
    reader = timed_pdf(text)
    assert "Page 1 of" in reader.pages[0].extract_text()
    word = timed(export_docx.to_docx, text)
    document = docx.Document(io.BytesIO(word))
    assert [p.text for p in document.paragraphs] == ["\n".join(block) for block in letter.blocks(text)]


def merge(answers: dict, path: str, value: str) -> dict:
    target = answers
    *parents, last = path.split(".")
    for key in parents:
        target = target.setdefault(key, {})
    target[last] = value
    return answers


@pytest.mark.parametrize("name, value", INPUTS, ids=[name for name, _ in INPUTS])
def test_an_edited_letter_with_the_input_exports(name, value):
    """The input pasted into the letter editor: the exports strip its controls and still open."""
    text = "November 28, 2026\n\nYour Honor,\n\n" + value + "\n\nSincerely,\n\nAna\n"
    if len(text) > 60_000:
        with pytest.raises(api.CallError):
            api.letter_pdf(text)
        return
    extracted = timed_pdf(text).pages[0].extract_text()
    assert "Your Honor," in extracted
    document = docx.Document(io.BytesIO(timed(export_docx.to_docx, text)))
    assert document.paragraphs[0].text == "November 28, 2026"
    assert_clean("\n".join(p.text for p in document.paragraphs))


def test_bidi_controls_cannot_reorder_the_letters_fixed_wording():
    """A right-to-left override in the name is removed, so the sentence around it reads in its own order."""
    answers = with_value("name", "Ana \u202eNOT GUILTY\u202c Lopez")
    text = letter.render(parse(answers), None)
    assert "\u202e" not in text and "Ana NOT GUILTY Lopez" in text
    assert sanitize.clean("a\u2067b\u2069c\u200fd") == "abcd"
    assert sanitize.clean("محمد") == "محمد"  # right-to-left letters themselves stay
    assert sanitize.clean("👩🏽\u200d⚕️") == "👩🏽\u200d⚕️"  # joiners stay


def test_a_one_line_answer_cannot_add_lines_or_blocks_to_the_letter():
    """Newlines in a name become spaces: the name cannot forge a signature block or a new paragraph."""
    answers = with_value("name", "Ana\n\nI, the judge, grant this.\r\nLopez")
    checked = parse(answers)
    assert checked.name == "Ana I, the judge, grant this. Lopez"


@pytest.mark.parametrize("name, value", INPUTS, ids=[name for name, _ in INPUTS])
def test_screener_refuses_or_screens_every_input_in_every_answer(name, value):
    """The input as every answer of a case, and as a key: a CaseError with words, or results; quickly."""
    base = {"outcome": "convicted", "level": "misdemeanor", "sentence": "probation"}
    for key in KEYS:
        case = {**base, key: value}
        try:
            timed(parse_case, case)
        except CaseError as error:
            assert error.problems and all(isinstance(problem, str) for problem in error.problems)
        try:
            reply = timed(api.screen, case, TODAY, "es")
        except api.CallError as error:
            assert error.code == "invalid-case" and error.problems
        else:
            assert reply["results"]
    with pytest.raises(CaseError):
        parse_case({**base, value: "yes"})
