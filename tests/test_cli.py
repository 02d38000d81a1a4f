"""The command line: `python -m expunge_assist` in CPython."""

import json
import subprocess
from pathlib import Path
import sys

import pytest

from cases import AS_OF, county_jail, misdemeanor, no_probation
from expunge_assist.screener import screen


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "expunge_assist", *args], capture_output=True, text=True, timeout=60
    )


def test_help_describes_the_tool_and_its_commands():
    """--help exits 0, says it is not legal advice, and lists the commands."""
    result = run("--help")
    assert result.returncode == 0
    assert "not legal advice" in result.stdout
    assert "about" in result.stdout


def test_about_prints_json_in_the_requested_language():
    """`about --lang es` prints the same JSON the browser gets, in Spanish."""
    result = run("about", "--lang", "es")
    assert result.returncode == 0, result.stderr
    about = json.loads(result.stdout)
    assert "pueden funcionar en este dispositivo" in about["message"]


def test_an_unknown_command_exits_2_with_usage():
    """A mistyped command gets argparse's usage message and exit status 2."""
    result = run("lettr")
    assert result.returncode == 2
    assert "usage:" in result.stderr


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "answers" / "example.json"


def test_letter_prints_text_from_the_documented_example():
    """`letter ANSWERS.json` prints the letter made from the documented example file."""
    result = run("letter", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "My name is DeShawn McKay, and I am 38 years old." in result.stdout


def test_letter_writes_pdf_docx_and_txt_files(tmp_path):
    """--format pdf|docx|txt -o FILE writes a file that reads back."""
    import docx
    from pypdf import PdfReader

    for kind in ("pdf", "docx", "txt"):
        target = tmp_path / f"statement.{kind}"
        result = run("letter", str(EXAMPLE), "--format", kind, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 0
    assert "DeShawn McKay" in PdfReader(tmp_path / "statement.pdf").pages[0].extract_text()
    assert any("DeShawn McKay" in p.text for p in docx.Document(tmp_path / "statement.docx").paragraphs)
    assert (tmp_path / "statement.txt").read_text(encoding="utf-8").startswith(
        tuple(f"{month} " for month in ("January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"))
    )


def test_invalid_answers_exit_2_naming_each_field(tmp_path):
    """Invalid answers print each field and what to fix, and exit with status 2."""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": ".", "age": 7, "colour": "red"}))
    result = run("letter", str(bad))
    assert result.returncode == 2
    for field in ("name: Enter your full name.", "age:", "colour:"):
        assert field in result.stderr


def test_a_file_that_is_not_json_exits_2(tmp_path):
    """A file that is not JSON exits 2 and says where the format is documented."""
    bad = tmp_path / "bad.json"
    bad.write_text("name = me")
    result = run("letter", str(bad), "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "docs/answers.md" in result.stderr


# ---------------------------------------------------------------- screen


def write_case(tmp_path, case, name="case.json"):
    path = tmp_path / name
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def test_cli_screen_prints_the_results_as_json(tmp_path):
    """`screen FILE --as-of DATE` prints the same JSON as screen() for that date."""
    case = no_probation()
    done = run("screen", str(write_case(tmp_path, case)), "--as-of", "2026-11-28")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["as_of"] == "2026-11-28"
    assert printed == json.loads(json.dumps(screen(case, AS_OF)))


def test_cli_screen_is_reproducible_with_as_of(tmp_path):
    """Two runs with the same --as-of print the same bytes."""
    path = write_case(tmp_path, county_jail(mandatory_supervision="yes"))
    first = run("screen", str(path), "--as-of", "2026-11-28")
    second = run("screen", str(path), "--as-of", "2026-11-28")
    assert first.returncode == second.returncode == 0, first.stderr
    assert first.stdout == second.stdout


def test_cli_as_of_changes_the_answer(tmp_path):
    """PC 1203.4a(a): --as-of decides the waiting period: not-now on the anniversary, likely after it."""
    path = write_case(tmp_path, no_probation())

    def status_on(day):
        done = run("screen", str(path), "--as-of", day)
        assert done.returncode == 0, done.stderr
        out = json.loads(done.stdout)
        return [r["status"] for r in out["results"] if r["remedy"] == "dismissal-no-probation"][0]

    assert status_on("2026-03-14") == "not-now"
    assert status_on("2026-03-15") == "likely"


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ({"outcome": "convictd"}, "outcome"),
        ({"outcome": "convicted", "level": "felonyy"}, "level"),
        ({"outcome": "convicted", "conviction_date": "2015-13-01"}, "conviction_date"),
        ({"outcome": "convicted", "conviction_date": "2015-02-30"}, "conviction_date"),
        ({"outcome": "convicted", "level": "felony", "california_years": -1}, "california_years"),
        ({"outcome": "convicted", "level": "felony", "california_years": 2.5}, "california_years"),
        ({"outcome": "convicted", "level": "felony", "california_years": True}, "california_years"),
        ({"outcome": "convicted", "colour": "blue"}, "colour"),
    ],
    ids=["bad-outcome", "bad-level", "bad-month", "bad-day", "negative-years", "fraction-years",
         "boolean-years", "unknown-key"],
)
def test_cli_invalid_case_exits_2_naming_the_field(tmp_path, case, field):
    """An invalid case exits 2 with a message that names the field to fix, and no traceback."""
    done = run("screen", str(write_case(tmp_path, case)), "--as-of", "2026-11-28")
    assert done.returncode == 2
    message = done.stderr + done.stdout
    assert field in message
    assert "Traceback" not in done.stderr


def test_cli_file_that_is_not_json_exits_2(tmp_path):
    """A file that is not JSON exits 2 with a message saying so, and no traceback."""
    path = tmp_path / "case.json"
    path.write_text("outcome: convicted\n", encoding="utf-8")
    done = run("screen", str(path), "--as-of", "2026-11-28")
    assert done.returncode == 2
    assert "json" in (done.stderr + done.stdout).lower()
    assert "Traceback" not in done.stderr


def test_cli_json_that_is_not_an_object_exits_2(tmp_path):
    """docs/screener.md "The case (JSON object)": a JSON list is not a case; exit 2 with a message, no traceback."""
    path = write_case(tmp_path, [{"outcome": "convicted"}])
    done = run("screen", str(path), "--as-of", "2026-11-28")
    assert done.returncode == 2, done.stderr
    assert "object" in (done.stderr + done.stdout).lower()
    assert "Traceback" not in done.stderr


def test_cli_bad_as_of_exits_2(tmp_path):
    """--as-of must be a real day (YYYY-MM-DD); a bad one exits 2 naming the option."""
    done = run("screen", str(write_case(tmp_path, misdemeanor())), "--as-of", "2026-13-01")
    assert done.returncode == 2
    assert "--as-of" in done.stderr


def test_cli_screen_reads_code_sections_from_the_case_file(tmp_path):
    """docs/screener.md: a case file may list code sections as on court papers; the worst decides and is named."""
    case = misdemeanor(offenses=["484 PC", "PC 311.11"], registration="yes")
    done = run("screen", str(write_case(tmp_path, case)), "--as-of", "2026-11-28")
    assert done.returncode == 0, done.stderr
    dismissal = [r for r in json.loads(done.stdout)["results"] if r["remedy"] == "dismissal-probation"][0]
    assert dismissal["status"] == "no"
    assert dismissal["offense"] == "PC 311.11"


def test_cli_screen_rejects_an_unreadable_code_section(tmp_path):
    """A code section that cannot be read (and names no offense) exits 2 and says how to write one."""
    done = run("screen", str(write_case(tmp_path, misdemeanor(offenses=["taking things"]))))
    assert done.returncode == 2
    assert "offenses" in done.stderr and "PC 484" in done.stderr


@pytest.mark.parametrize("example", sorted((Path(__file__).parents[1] / "examples" / "cases").glob("*.json")),
                         ids=lambda path: path.stem)
def test_cli_screens_every_example_case(example):
    """Every example case in examples/cases/ is a valid case the command line screens."""
    done = run("screen", str(example), "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]
