"""The command line: `python -m expunge_assist` in CPython."""

import json
import subprocess
from pathlib import Path
import sys


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
    assert "está funcionando" in about["message"]


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
