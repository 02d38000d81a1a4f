"""MkDocs hook: links that work under any path the site is served from."""

import re
from urllib.parse import urlsplit

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
