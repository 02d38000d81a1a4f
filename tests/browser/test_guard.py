"""Positive controls: the network guard catches what it exists to catch."""

from conftest import guarded_context


def test_guard_catches_an_off_origin_request_from_a_module_worker(browser, site):
    """A module worker's fetch to another origin is recorded and blocked by the context's guard."""
    context, guard = guarded_context(browser, site)
    try:
        page = context.new_page()
        page.goto(site.url)
        page.evaluate(
            """url => new Promise(resolve => {
                const worker = new Worker(url, {type: "module"});
                worker.onmessage = () => resolve();  // after the request was answered
            })""",
            f"{site.origin}/__test__/offorigin-worker.mjs",
        )
    finally:
        context.close()
    assert guard.off_origin == ["https://off-origin.example/ping?from=worker"]
    assert "off-origin request: https://off-origin.example/ping?from=worker" in guard.problems()


def test_guard_catches_an_off_origin_request_from_the_page(browser, site):
    """An image from another origin added to a page is recorded and blocked.

    The site's own policy would stop this image before any request; the
    control turns the policy off so that it tests the guard alone.
    """
    context, guard = guarded_context(browser, site, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(site.url)
        page.evaluate(
            """() => new Promise(resolve => {
                const image = new Image();
                image.onerror = image.onload = resolve;
                image.src = "https://off-origin.example/pixel.gif";
            })"""
        )
    finally:
        context.close()
    assert guard.off_origin == ["https://off-origin.example/pixel.gif"]
