"""Command line: ``python -m expunge_assist``.

The same package the browser runs, for people and clinics who prefer a
terminal, and for tests. Sub-commands grow with the tools.
"""

import argparse
import json
import sys

from . import __version__, api


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
    return top


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parser().parse_args(argv)
    if args.command == "about":
        print(json.dumps(api.about(lang=args.lang), indent=2, ensure_ascii=False))
        return 0
    parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
