"""MkDocs hook: a Content-Security-Policy and a referrer policy on every page.

GitHub Pages cannot send headers, so both travel as <meta> tags, placed before
any script. Material writes a few inline scripts whose text differs by page
(the first embeds the page's relative base URL); rather than patch the theme,
each page's policy allows exactly its own inline scripts by their SHA-256
hashes. Nothing else inline can run.

The policy (checked in tests/browser/test_security.py):
- everything from the site's own origin only ('self'); no other origin at all;
- 'wasm-unsafe-eval' so Pyodide can compile WebAssembly (no 'unsafe-eval');
- data: images, which Material's stylesheet uses for its icons;
- no <base>, no form posting anywhere, no plugins.
"""

import base64
import hashlib
import re

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
SCRIPT_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}

POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "object-src": ["'none'"],
}


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for every inline script the browser would run."""
    hashes = []
    for match in INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = SCRIPT_TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") not in EXECUTABLE_TYPES:
            continue  # JSON data blocks are not run, so CSP does not apply.
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(set(hashes))


def policy_for(html: str) -> str:
    """The Content-Security-Policy text for one page."""
    directives = {name: list(values) for name, values in POLICY.items()}
    directives["script-src"] += inline_script_hashes(html)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def secure(html: str) -> str:
    """The page with its policy and referrer meta tags first in <head>."""
    tags = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
        '<meta name="referrer" content="no-referrer">'
    )
    head = re.search(r"<head[^>]*>", html, re.I)
    if head is None:
        raise ValueError("The page has no <head>: cannot place its Content-Security-Policy.")
    charset = re.compile(r"<meta charset=[^>]*>", re.I).search(html, head.end())
    at = charset.end() if charset else head.end()
    return html[:at] + tags + html[at:]


def on_post_page(output, page, config):
    return secure(output)


def on_post_template(output_content, template_name, config):
    # Theme pages rendered outside the nav, such as 404.html.
    if template_name.endswith(".html") and "<head" in output_content:
        return secure(output_content)
    return output_content
