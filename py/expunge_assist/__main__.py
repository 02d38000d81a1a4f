"""Command line: ``python -m expunge_assist``.

The same package the browser runs, for people and clinics who prefer a
terminal, and for tests. Sub-commands grow with the tools.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__, answers, api, letter, offense, screener
from .case import CaseError


def parser() -> argparse.ArgumentParser:
    """The command line's arguments and help."""
    top = argparse.ArgumentParser(
        prog="python -m expunge_assist",
        description=(
            "Expunge Assist: tools that help people in California clear their "
            "criminal records. Everything runs on this computer; nothing is sent anywhere. "
            "This is information, not legal advice."
        ),
    )
    top.add_argument("--version", action="version", version=f"expunge_assist {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    about = commands.add_parser("about", help="show versions and the languages the tools speak")
    about.add_argument("--lang", default="en", help="language of the message (en, es, ...)")
    screen = commands.add_parser("screen", help="show which remedies may fit one case (a JSON file)")
    screen.add_argument("case", metavar="CASE.json", help="the case's answers (see examples/cases/)")
    screen.add_argument("--as-of", type=_iso_day, default=None, metavar="YYYY-MM-DD",
                        help="screen as if today were this day (default: today)")
    code = commands.add_parser("offense", help="show what the offense table knows of a code section")
    code.add_argument("code", metavar="CODE", help='the code section as on your papers, like "PC 459" or "11377 HS"')
    code.add_argument("--lang", default="en", help="language of the name (en, es)")
    make = commands.add_parser("letter", help="write the personal statement from answers (a JSON file)")
    make.add_argument("answers", metavar="ANSWERS.json", help="the answers (see docs/answers.md and examples/answers/)")
    make.add_argument("--format", choices=("pdf", "docx", "txt"), default="txt", help="the file to make (default: txt)")
    make.add_argument("-o", "--output", metavar="FILE", help="where to write it (txt prints to the screen without it)")
    return top


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"enter a date like 2026-11-28, not {text!r}") from None


def screen_file(path: str, as_of: date | None) -> int:
    """Print the screener's results for the case in ``path``; 2 when it cannot be read."""
    try:
        with open(path, encoding="utf-8") as file:
            case = json.load(file)
    except OSError as error:
        print(f"Cannot read {path}: {error.strerror}. Check the file name and try again.", file=sys.stderr)
        return 2
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        print(f"{path} is not valid JSON ({error}). Save it as a JSON object; see examples/cases/.", file=sys.stderr)
        return 2
    try:
        results = screener.screen(case, as_of or date.today())
    except CaseError as error:
        print(f"{path}: please fix these answers:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


def _read_json(path: str):
    """The JSON in ``path``, or None after printing what is wrong."""
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except OSError as error:
        print(f"Cannot read {path}: {error.strerror}. Check the file name and try again.", file=sys.stderr)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        print(f"{path} is not valid JSON ({error}). See docs/answers.md for the format.", file=sys.stderr)
    return None


def letter_file(path: str, kind: str, output: str | None) -> int:
    """Write the letter for the answers in ``path`` as ``kind``; 2 when the answers need fixing."""
    data = _read_json(path)
    if data is None:
        return 2
    try:
        checked = answers.parse(data)
    except answers.AnswersError as error:
        print(f"{path}: please fix these answers:", file=sys.stderr)
        for field, advice in error.problems:
            print(f"  {field}: {advice}", file=sys.stderr)
        return 2
    text = letter.render(checked)
    if kind == "txt" and not output:
        sys.stdout.write(text)
        return 0
    if not output:
        print(f"Say where to write the {kind.upper()} file: add -o statement.{kind}", file=sys.stderr)
        return 2
    if kind == "pdf":
        from .export_pdf import to_pdf

        content = to_pdf(text)
    elif kind == "docx":
        from .export_docx import to_docx

        content = to_docx(text)
    else:
        content = text.encode("utf-8")
    Path(output).write_bytes(content)
    print(f"Wrote {output} (about {letter.estimate_pages(text)} page(s)). Read it, sign it and date it.", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parser().parse_args(argv)
    if args.command == "about":
        print(json.dumps(api.about(lang=args.lang), indent=2, ensure_ascii=False))
        return 0
    if args.command == "screen":
        return screen_file(args.case, args.as_of)
    if args.command == "offense":
        try:
            print(json.dumps(offense.describe(args.code, args.lang), indent=2, ensure_ascii=False))
        except offense.CodeError as error:
            print(error, file=sys.stderr)
            return 2
        return 0
    if args.command == "letter":
        return letter_file(args.answers, args.format, args.output)
    parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
