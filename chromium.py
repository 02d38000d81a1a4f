"""How the tests and the benchmark start Debian's chromium through Playwright.

Never `playwright install`: it downloads a browser of its own, which cannot
work here. These flags keep chromium headless and off the network it would
otherwise call by itself (updates, sync, field trials).
"""

import os

EXECUTABLE = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """A headless chromium browser for ``playwright`` (a sync Playwright instance)."""
    return playwright.chromium.launch(executable_path=EXECUTABLE, args=ARGS)
