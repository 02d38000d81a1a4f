"""The calls a page may make into Python, by name.

Each call takes plain data (a dict decoded from JSON) and returns plain data.
The worker protocol (docs/protocol.md) carries the name and arguments; this
module is the one list of what exists. Later tools (the letter, the screener)
add their calls here.
"""

import sys

from . import __version__, catalog, render


class CallError(Exception):
    """A call that cannot be answered; ``code`` is stable, ``message`` says what to do."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def about(lang: str = "en") -> dict:
    """What is running: versions, languages, and a sentence in the person's language."""
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return {
        "package": __version__,
        "python": python,
        "platform": sys.platform,
        "languages": catalog.languages(),
        "message": render.render("about.txt.j2", lang, python=python),
    }


CALLS = {
    "about": about,
}


def call(name: str, args: dict) -> object:
    """Run call ``name`` with keyword ``args``; raise CallError when it cannot run."""
    function = CALLS.get(name)
    if function is None:
        known = ", ".join(sorted(CALLS))
        raise CallError("unknown-call", f"There is no call named {name!r}. Known calls: {known}.")
    if not isinstance(args, dict):
        raise CallError("bad-arguments", f"The arguments of {name!r} must be a JSON object.")
    try:
        return function(**args)
    except TypeError as error:
        raise CallError("bad-arguments", f"Call {name!r} cannot take these arguments: {error}.") from None
