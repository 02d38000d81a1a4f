"""Where a person's words could linger in a browser, and one scan that looks in all of them.

Used by test_exit.py and test_privacy_matrix.py; test_privacy_matrix.py's
positive controls plant each kind of leak and prove the scan reports it.
"""

MARKER = "ZQXMARKER7731"

# Before any page script: every object URL the page makes is recorded, so a
# scan can try each one and report those that still open.
RECORD_OBJECT_URLS = """
window.__objectUrls = [];
const make = URL.createObjectURL.bind(URL);
URL.createObjectURL = (thing) => { const url = make(thing); window.__objectUrls.push(url); return url; };
"""

# The quick exit lands on a same-origin fixture, never on the real neutral site.
def exit_to(site) -> str:
    """An init script pointing the quick exit at tests/browser/fixtures/neutral.html."""
    target = f"{site.origin}/__test__/neutral.html"
    return (
        "new MutationObserver((_, observer) => {"
        "  if (!document.documentElement) return;"
        f"  document.documentElement.dataset.exitTo = {target!r};"
        "  observer.disconnect();"
        "}).observe(document, {childList: true});"
    )


NEUTRAL_PATH = "/__test__/neutral.html"

# Settings (expunge-assist:setting:*) and the quick exit's mark hold no answers.
SCAN = """async ({marker, optedIn}) => {
  const found = [];
  if (document.documentElement.outerHTML.includes(marker)) found.push("DOM");
  for (const field of document.querySelectorAll("input, textarea, select"))
    if (String(field.value).includes(marker)) found.push(`DOM field #${field.id}`);
  if (document.title.includes(marker)) found.push("document.title");
  const stores = [["sessionStorage", sessionStorage], ["localStorage", localStorage]];
  for (const [name, store] of stores) {
    for (const key of Object.keys(store)) {
      if ((key + store.getItem(key)).includes(marker)) found.push(`${name} ${key} holds the marker`);
      else if (name === "localStorage" && !optedIn && !key.startsWith("expunge-assist:setting:"))
        found.push(`localStorage ${key} without opting in`);
    }
  }
  for (const { name } of (await indexedDB.databases())) found.push(`IndexedDB ${name}`);
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const body = await (await cache.match(request)).text();
      if ((request.url + body).includes(marker)) found.push(`Cache Storage ${name} ${request.url}`);
    }
  }
  for (const url of window.__objectUrls || []) {
    try { await (await fetch(url)).blob(); found.push(`object URL still open: ${url}`); } catch {}
  }
  if (document.cookie) found.push(`cookie ${document.cookie}`);
  return found;
}"""


def scan(page, marker: str = MARKER, opted_in: bool = False) -> list[str]:
    """Every place in the page's storage, DOM and file links that still holds the marker."""
    return page.evaluate(SCAN, {"marker": marker, "optedIn": opted_in})
