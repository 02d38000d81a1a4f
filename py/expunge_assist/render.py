"""Jinja2 rendering with the person's language.

Templates hold wording; this module only wires them to the catalogs. Output is
plain text, never HTML: pages insert it with ``textContent``, so nothing a
person types can become markup.
"""

from functools import lru_cache

import jinja2

from . import catalog
from .resources import templates_dir


@lru_cache(maxsize=None)
def environment(lang: str) -> jinja2.Environment:
    """A template environment that translates ``{% trans %}`` blocks into ``lang``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(catalog.translations(lang), newstyle=True)
    return env


def render(name: str, lang: str, **values) -> str:
    """Render template ``name`` in ``lang`` with ``values``, trimmed of outer space."""
    return environment(catalog.normalize(lang)).get_template(name).render(**values).strip()
