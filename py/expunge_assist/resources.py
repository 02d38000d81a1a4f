"""Where the package finds its templates and compiled catalogs.

Packed for the browser, they travel inside the package as ``data/``
(build.py puts them there). In a source checkout they stay at the top of the
repository, where people edit them. Nothing else in the package needs to know.
"""

from pathlib import Path

_PACKED = Path(__file__).parent / "data"
_CHECKOUT = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    """The folder that holds ``templates/`` and ``locales/``."""
    return _PACKED if _PACKED.is_dir() else _CHECKOUT


def templates_dir() -> Path:
    """The Jinja2 templates the package renders (letter wording, tool text)."""
    return data_root() / "templates" / "tool"


def locales_dir() -> Path:
    """Compiled gettext catalogs: ``locales/LANG/LC_MESSAGES/messages.mo``."""
    return data_root() / "locales"
