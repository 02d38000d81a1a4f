// The service worker: the site keeps working offline after a first visit,
// and a repeat visit starts the tools from the device instead of the network.
//
// It lives at the site's root so its scope covers every page, also under a
// GitHub Pages sub-path such as /expunge-assist/. build.py (write_service_worker)
// replaces the BUILD line below with the list of files and their SHA-256, in
// two groups:
//   pages  every page and what pages load (styles, Material's scripts, search);
//          cached when the worker installs, on the first visit to any page;
//   tools  Pyodide, the tools' Python and scripts, the docx library: several
//          MB, so cached only once a person opens a tool (the page asks with
//          a "cache-tools" message), never for someone who reads a guide.
// The cache is named after a hash of every listed file, so a new build gets a
// new cache; files whose hash did not change are copied over from the old
// cache instead of downloaded again, and the old cache is deleted when the new
// worker takes over. Until then the page offers the newer version
// (assets/offline.js). Nothing here sends anything anywhere: it only reads the
// site's own files.

const BUILD = /*BUILD*/ { version: "unbuilt", pages: {}, tools: {} };

const PREFIX = "expunge-assist-";
const CACHE = PREFIX + BUILD.version;
const ABOUT = "__build__.json"; // in each cache: the BUILD it holds, and whether tools are in
const scope = new URL(self.registration.scope);
const url = (path) => new URL(path, scope).href;

async function about(cache) {
  const reply = await cache.match(url(ABOUT));
  return reply ? reply.json() : { pages: {}, tools: {}, toolsCached: false };
}

function remember(cache, toolsCached) {
  const body = JSON.stringify({ ...BUILD, toolsCached });
  return cache.put(url(ABOUT), new Response(body, { headers: { "Content-Type": "application/json" } }));
}

// The copy of `path` with this build's hash in an older cache, if there is one.
async function unchanged(path, hash, olderCaches) {
  for (const { cache, listed } of olderCaches) {
    if ((listed.pages[path] ?? listed.tools[path]) === hash) {
      const copy = await cache.match(url(path));
      if (copy) return copy;
    }
  }
  return null;
}

async function olderCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  return Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      return { cache, listed: await about(cache) };
    }),
  );
}

async function fill(cache, files, older) {
  await Promise.all(
    Object.entries(files).map(async ([path, hash]) => {
      if (await cache.match(url(path))) return;
      const copy = await unchanged(path, hash, older);
      if (copy) return cache.put(url(path), copy);
      // "no-cache": revalidate, so a file from an older build in the HTTP
      // cache is never stored under this build's name.
      const reply = await fetch(url(path), { cache: "no-cache" });
      if (!reply.ok) throw new Error(`${path}: HTTP ${reply.status}`);
      return cache.put(url(path), reply);
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const older = await olderCaches();
      await fill(cache, BUILD.pages, older);
      // Someone who had the tools offline keeps them offline after an update.
      const hadTools = older.some(({ listed }) => listed.toolsCached);
      if (hadTools) await fill(cache, BUILD.tools, older);
      await remember(cache, hadTools);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const { type } = event.data || {};
  if (type === "skip-waiting") {
    self.skipWaiting();
  } else if (type === "cache-tools") {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        let ok = true;
        try {
          await fill(cache, BUILD.tools, []);
          await remember(cache, true);
        } catch {
          ok = false; // Offline use waits for the next visit; the tools still work online.
        }
        event.source?.postMessage({ type: "tools-cached", ok, version: BUILD.version });
      })(),
    );
  }
});

const listed = new Set([...Object.keys(BUILD.pages), ...Object.keys(BUILD.tools)].map(url));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const address = new URL(request.url);
  address.hash = "";
  address.search = "";
  if (!listed.has(address.href)) {
    if (request.mode === "navigate" && address.href.startsWith(scope.href)) {
      // A page that is not in this build: the network's answer, or offline the site's 404 page.
      event.respondWith(
        fetch(request).catch(async () => {
          const missing = await caches.match(url("404.html"));
          if (!missing) return Response.error();
          return new Response(missing.body, { status: 404, statusText: "Not Found", headers: missing.headers });
        }),
      );
    }
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const copy = await cache.match(address.href);
      if (copy) return copy;
      const reply = await fetch(request);
      // A tool's file fetched before the tools were cached: keep it.
      if (reply.ok && reply.type === "basic") event.waitUntil(cache.put(address.href, reply.clone()));
      return reply;
    })(),
  );
});
