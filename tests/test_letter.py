"""The letter's text: expected letters kept as files, grammar for every count, words never rewritten."""

import datetime
import json
import re
from pathlib import Path

import pytest

from expunge_assist import answers, letter

LETTERS = Path(__file__).resolve().parent / "letters"
CASES = sorted(LETTERS.glob("*.json"))


def render(data: dict) -> str:
    return letter.render(answers.parse({"date": "2026-11-28", **data}))


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_letter_matches_its_expected_file(case):
    """Each kept set of answers gives exactly its expected letter (tests/letters/regenerate.py rewrites them)."""
    data = json.loads(case.read_text(encoding="utf-8"))
    assert letter.render(answers.parse(data)) == case.with_suffix(".txt").read_text(encoding="utf-8")


def test_every_area_has_an_expected_letter_alone():
    """Each area of life is covered alone by an expected letter, and one letter has them all."""
    kept = {path.stem for path in CASES}
    assert {f"area-{kind}" for kind in answers.AREAS} <= kept and "all-areas-letter" in kept


@pytest.mark.parametrize(
    "children, words",
    [(1, "one child."), (2, "two children."), (10, "ten children."), (12, "12 children.")],
)
def test_children_are_counted_with_the_right_words(children, words):
    """One child, two children, twelve as digits: grammar holds for every count."""
    text = render({"name": "A", "areas": ["caregiving"], "caregiving": {"children": children, "text": "Yes."}})
    assert f"I am a parent of {words}" in text


@pytest.mark.parametrize("children", [0, None])
def test_no_count_means_no_number_in_the_letter(children):
    """Zero or no count of children gives a caregiving sentence without any number."""
    text = render({"name": "A", "areas": ["caregiving"], "caregiving": {"children": children, "text": "Yes."}})
    assert "I take care of people in my family." in text and "0" not in text.split("\n", 1)[1]


def test_no_sentence_is_empty_or_said_twice():
    """Across every kept letter: no empty sentence, no doubled space, no sentence repeated."""
    for case in CASES:
        text = case.with_suffix(".txt").read_text(encoding="utf-8")
        assert "  " not in text and ". ." not in text and " ." not in text, case.name
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20]
        assert len(sentences) == len(set(sentences)), case.name


def test_veteran_is_said_once_even_with_a_military_area():
    """A veteran who also tells about military service is not told twice."""
    text = (LETTERS / "veteran-with-military-area.txt").read_text(encoding="utf-8")
    assert "I served in the United States military." not in text and "I have served in the military" in text


def test_the_persons_words_appear_exactly_as_typed():
    """Free text is framed, never rewritten: casing, punctuation and spacing inside it stay."""
    own = "i work at UCLA with McKay's team;  we start at 6"
    text = render({"name": "A", "areas": ["work"], "work": {"text": own}})
    assert own in text


def test_a_declaration_ends_with_the_words_of_ccp_2015_5():
    """A declaration carries the CCP 2015.5 sentence and "Executed on DATE at CITY, California"."""
    text = (LETTERS / "declaration.txt").read_text(encoding="utf-8")
    assert (
        "I declare under penalty of perjury under the laws of the State of California "
        "that the foregoing is true and correct." in text
    )
    assert "Executed on November 28, 2026 at Long Beach, California." in text
    assert "Thank you for considering" not in text


def test_markup_and_template_syntax_stay_plain_text():
    """HTML, script and template syntax typed by a person come out as the same characters, unevaluated."""
    text = (LETTERS / "hostile-text.txt").read_text(encoding="utf-8")
    assert "<script>alert(1)</script> O'Brien" in text and "{{ 7*7 }}" in text and "49" not in text


def test_the_date_defaults_to_today():
    """Without a date the letter is dated the day it is made."""
    text = letter.render(answers.parse({"name": "A"}), today=datetime.date(2027, 1, 5))
    assert text.startswith("January 5, 2027\n")


def test_page_estimate_guides_toward_one_page():
    """A short letter is one page; about 700 words are estimated at three pages or fewer, more than one."""
    assert letter.estimate_pages("word " * 200) == 1
    assert 1 < letter.estimate_pages("word " * 700) <= 3


def test_blocks_keep_lines_inside_a_block():
    """The signature block keeps its line and name on separate lines."""
    last = letter.blocks((LETTERS / "minimal.txt").read_text(encoding="utf-8"))[-1]
    assert last == ["______________________________", "DeShawn McKay"]


def test_the_companion_translates_the_fixed_wording_and_keeps_the_answers():
    """In Spanish the companion has the catalog's sentences, the person's words as typed, and an ISO date."""
    import datetime

    from expunge_assist import answers as answers_module

    checked = answers_module.parse(
        {"name": "Ana Ruiz", "relief": "dismissal-probation", "areas": ["work"], "work": {"text": "I cook at a diner.", "employer": "Rosa's Diner"}}
    )
    day = datetime.date(2026, 11, 28)
    english = letter.render(checked, day)
    companion = letter.render(checked, day, lang="es")
    assert "My name is Ana Ruiz." in english and "November 28, 2026" in english
    assert "Me llamo Ana Ruiz." in companion
    assert "desestime mi condena según la sección 1203.4 del Código Penal" in companion
    assert "Desde mi condena, he trabajado en Rosa's Diner." in companion
    assert "I cook at a diner." in companion  # the person's words, as typed
    assert "2026-11-28" in companion and "November" not in companion


def test_a_percent_sign_a_person_typed_is_never_formatted():
    """A salutation or answer with % or %(x)s goes into the letter and the companion as typed."""
    import datetime

    from expunge_assist import answers as answers_module

    checked = answers_module.parse({"name": "Ana %(name)s 100%", "salutation": "Dear 100% Judge %s,", "relief": "prop-47"})
    for lang in ("en", "es"):
        text = letter.render(checked, datetime.date(2026, 11, 28), lang=lang)
        assert "Ana %(name)s 100%" in text and "Dear 100% Judge %s," in text


STORY = {
    "name": "Ana Ruiz",
    "areas": ["work", "school", "caregiving"],
    "work": {"employer": "Rosa's Diner", "role": "Cook", "text": "I cook at a diner."},
    "school": {"school": "LA City College", "text": "I take night classes."},
    "caregiving": {"children": 2, "text": "I raise my sons."},
    "responsibility": {"what_happened": "I made a bad choice.", "changed": "I stay away from that life."},
    "goals": {"goals": "I want to be a chef.", "record_impact": "Landlords turn me down."},
}


@pytest.mark.parametrize("section", letter.SECTIONS)
def test_each_story_section_is_exactly_its_paragraphs_in_the_letter(section):
    """render_section gives a section's paragraph(s) word for word as the whole letter has them, "" when unanswered."""
    checked = answers.parse({"date": "2026-11-28", **STORY})
    whole = letter.render(checked)
    text = letter.render_section(checked, section)
    kind = section.removeprefix("area-")
    if section.startswith("area-") and kind not in STORY["areas"]:
        assert text == ""
        return
    assert text.strip() and text.endswith("\n")
    for paragraph in text.strip().split("\n\n"):
        assert f"\n\n{paragraph}\n\n" in whole  # a whole block of the letter, not a piece of one
    mine = {"area-work": "I cook at a diner.", "area-school": "I take night classes.", "area-caregiving": "I raise my sons.",
            "responsibility": "I made a bad choice. I stay away from that life.", "goals": "Landlords turn me down."}
    assert mine[section] in text


def test_a_skipped_section_or_an_unknown_one():
    """An empty optional section makes no paragraph; a name that is not a section is refused, naming the known ones."""
    checked = answers.parse({"name": "Ana", "areas": ["job_search"], "job_search": {"text": "I apply every week."}})
    assert letter.render_section(checked, "responsibility") == ""
    assert letter.render_section(checked, "goals") == ""
    assert letter.render_section(checked, "area-job_search") == "I am looking for work. I apply every week.\n"
    with pytest.raises(ValueError, match="area-work"):
        letter.render_section(checked, "greeting")


@pytest.mark.parametrize(
    "relief, since",
    [("arrest-sealing", "Since my arrest"), ("diversion-sealing", "Since my arrest"), ("juvenile-sealing", "Since my case"),
     ("dismissal-probation", "Since my conviction"), (None, "Since my conviction")],
)
def test_work_since_says_arrest_where_there_was_no_conviction(relief, since):
    """An arrest with no conviction (PC 851.91) never reads "since my conviction", in the letter or the section's paragraph."""
    data = {"name": "Ana", "relief": relief, "areas": ["work"], "work": {"text": "I work nights."}}
    for employer in ("", "Rosa's Diner"):
        data["work"]["employer"] = employer
        checked = answers.parse(data)
        paragraph = letter.render_section(checked, "area-work")
        assert paragraph.startswith(since) and paragraph in letter.render(checked)
        if since != "Since my conviction":
            assert "conviction" not in letter.render(checked).lower()


def test_the_section_call_answers_partial_answers_with_a_companion():
    """api letter_section: a half-written story (no name yet) gets its paragraph, and in Spanish its companion."""
    from expunge_assist import api

    data = {"relief": "arrest-sealing", "areas": ["work"], "work": {"employer": "Rosa's Diner", "text": "I cook."}}
    reply = api.call("letter_section", {"answers_data": data, "section": "area-work", "lang": "es"})
    assert reply["text"] == "Since my arrest, I have worked at Rosa's Diner. I cook.\n"
    assert "Rosa's Diner" in reply["companion"] and "I cook." in reply["companion"] and reply["companion"] != reply["text"]
    assert "companion" not in api.call("letter_section", {"answers_data": data, "section": "area-work"})
    with pytest.raises(api.CallError) as error:
        api.call("letter_section", {"answers_data": data, "section": "check"})
    assert error.value.code == "bad-arguments"
