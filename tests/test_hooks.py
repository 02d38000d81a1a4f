"""The MkDocs hooks: each page's security policy, links that work under any path, links out that say nothing."""

import base64
import hashlib
import types

import pytest

from hooks import links, security
from hooks.links import add_noreferrer

PAGE = (
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title>'
    "<script>var a=1</script>"
    '<script id="__config" type="application/json">{"base": ".."}</script>'
    '<script src="assets/bundle.js"></script>'
    '<script type="module">import "./x.js"</script>'
    "</head><body></body></html>"
)


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_policy_allows_exactly_the_pages_own_inline_scripts():
    """Inline scripts are allowed by hash; JSON data blocks and external scripts add nothing."""
    policy = security.policy_for(PAGE)
    assert sha("var a=1") in policy
    assert sha('import "./x.js"') in policy
    assert sha('{"base": ".."}') not in policy
    assert policy.count("'sha256-") == 2


def test_policy_lets_pyodide_compile_but_never_eval():
    """script-src has 'wasm-unsafe-eval' and neither 'unsafe-eval' nor 'unsafe-inline'."""
    policy = security.policy_for(PAGE)
    script_src = next(part for part in policy.split("; ") if part.startswith("script-src"))
    assert "'wasm-unsafe-eval'" in script_src
    assert "'unsafe-eval'" not in policy and "'unsafe-inline'" not in policy
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy


def test_secure_puts_the_policies_before_any_script():
    """The meta tags come right after <meta charset>, ahead of every script."""
    html = security.secure(PAGE)
    assert html.index("Content-Security-Policy") < html.index("<script")
    assert html.index("<meta charset") < html.index("Content-Security-Policy")
    assert '<meta name="referrer" content="no-referrer">' in html


def test_secure_refuses_a_page_without_head():
    """A page it cannot secure stops the build with a message."""
    with pytest.raises(ValueError, match="no <head>"):
        security.secure("<p>bare</p>")


@pytest.mark.parametrize(
    "site_url, link, expected",
    [
        ("", "/es/", "es/"),
        ("", "/", "."),
        ("https://example.github.io/expunge-assist/", "/expunge-assist/es/", "es/"),
        ("https://example.github.io/expunge-assist/", "/expunge-assist/", "."),
        ("", "es/privacy/", "es/privacy/"),
    ],
)
def test_site_path_makes_switcher_links_relative(site_url, link, expected):
    """Absolute language links become site paths, with or without a project sub-path."""
    env = types.SimpleNamespace(filters={})
    links.on_env(env, types.SimpleNamespace(site_url=site_url), None)
    assert env.filters["site_path"](link) == expected


def test_drop_alternate_links_removes_only_alternate_links():
    """Head alternate links go (Material would fetch a sitemap beside each); other links stay."""
    env = types.SimpleNamespace(filters={})
    links.on_env(env, types.SimpleNamespace(site_url=""), None)
    head = '<link rel="alternate" href="../es/" hreflang="es">\n<link rel="icon" href="x.png">'
    assert env.filters["drop_alternate_links"](head) == '<link rel="icon" href="x.png">'



def test_link_out_gets_noreferrer():
    """A plain link to another site gains rel="noreferrer"."""
    assert add_noreferrer('<a href="https://courts.ca.gov/">x</a>') == (
        '<a href="https://courts.ca.gov/" rel="noreferrer">x</a>'
    )


def test_existing_rel_is_extended_not_replaced():
    """A link out with another rel keeps it and gains noreferrer."""
    assert add_noreferrer('<a href="//x.example/" rel="external">x</a>') == (
        '<a href="//x.example/" rel="external noreferrer">x</a>'
    )


def test_internal_links_are_untouched():
    """Relative links and anchors stay as written."""
    html = '<a href="../privacy/">p</a><a href="#top">t</a>'
    assert add_noreferrer(html) == html


def test_search_keywords_go_only_to_the_pages_they_name_and_are_indexed():
    """The hidden keywords field is in the index config and on the named guide's page entry, not on its sections."""
    from hooks import search

    index = {"config": {"lang": ["en"], "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}, "docs": []}
    docs = [
        {"location": "guides/prop-64/", "title": "Prop 64", "text": ""},
        {"location": "guides/prop-64/#who", "title": "Who", "text": ""},
        {"location": "guides/faq/", "title": "FAQ", "text": ""},
    ]
    out = search._with_keywords(index, docs)
    assert out["config"]["fields"]["keywords"]["boost"] >= out["config"]["fields"]["title"]["boost"]
    assert "weed" in out["docs"][0]["keywords"].split() and "11357" in out["docs"][0]["keywords"].split()
    assert "keywords" not in out["docs"][1] and "keywords" not in out["docs"][2]
    assert all(path.startswith("guides/") and path.endswith("/") for path in search.KEYWORDS)


def test_search_index_names_only_a_lunr_language_the_browser_can_load():
    """A language with no usable lunr file (zh-Hant, tl) names none; es keeps Spanish; Chinese also splits at U+200B."""
    from hooks import search

    config = {"lang": ["en"], "separator": r"[\s\-]+"}
    assert search._index_config(config, "es")["lang"] == ["es"]
    assert search._index_config(config, "tl")["lang"] == []
    chinese = search._index_config(config, "zh-Hant")
    assert chinese["lang"] == [] and "\\u200b" in chinese["separator"]
    assert search._index_config(config, "en") == {**config, "lang": ["en"]}
