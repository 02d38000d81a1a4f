"""MkDocs hook: links that work under any path, and links out that say nothing.

- ``site_path`` (a template filter) makes the language switcher's absolute
  links relative, so the site works under a GitHub Pages project path;
- ``drop_alternate_links`` removes <head> alternate links (see main.html);
- every link to another site gets rel="noreferrer": the site it leads to
  does not learn which of our pages (say, a guide on survivors' relief) the
  person came from.
"""

import re
from urllib.parse import urlsplit

EXTERNAL_ANCHOR = re.compile(r"""<a\s(?=[^>]*\bhref="(?:https?:)?//)([^>]*)>""", re.I)
ALTERNATE_LINK = re.compile(r"""<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*""")


def on_env(env, config, files):
    """Give templates ``site_path``: an absolute link made relative to the site root."""
    base = urlsplit(config.site_url or "").path.rstrip("/")

    def site_path(link: str) -> str:
        if not link.startswith("/"):
            return link
        if base and (link == base or link.startswith(base + "/")):
            link = link[len(base):]
        return link.lstrip("/") or "."

    env.filters["site_path"] = site_path
    env.filters["drop_alternate_links"] = lambda html: ALTERNATE_LINK.sub("", html)
    return env


def add_noreferrer(html: str) -> str:
    """Every <a> that leads off the site carries rel="noreferrer"."""

    def fix(match):
        attrs = match.group(1)
        rel = re.search(r'\brel="([^"]*)"', attrs)
        if rel is None:
            return f'<a {attrs} rel="noreferrer">'
        if "noreferrer" in rel.group(1).split():
            return match.group(0)
        return "<a " + attrs.replace(rel.group(0), f'rel="{rel.group(1)} noreferrer"') + ">"

    return EXTERNAL_ANCHOR.sub(fix, html)


def on_page_content(html, page, config, files):
    return add_noreferrer(html)
