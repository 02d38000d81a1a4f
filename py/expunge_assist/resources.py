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


def letter_templates_dir() -> Path:
    """The letter's wording: templates/letter/ (English, as courts require)."""
    return data_root() / "templates" / "letter"


def font_file(name: str = "DejaVuSerif.ttf") -> Path:
    """A font embedded in PDF letters (DejaVu covers accents and Vietnamese).

    Packed, it travels in data/fonts/; in a checkout it comes from the pinned
    npm package dejavu-fonts-ttf (make setup installs it).
    """
    packed = _PACKED / "fonts" / name
    if packed.exists():
        return packed
    checkout = _CHECKOUT / "node_modules" / "dejavu-fonts-ttf" / "ttf" / name
    if not checkout.exists():
        raise FileNotFoundError(f"{checkout} is missing: run `make setup` (npm ci) to install the letter's font.")
    return checkout


def locales_dir() -> Path:
    """Compiled gettext catalogs: ``locales/LANG/LC_MESSAGES/messages.mo``."""
    return data_root() / "locales"
