"""The command line: `python -m expunge_assist` in CPython."""

import json
import subprocess
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
