"""Serve the built site from public/ on 127.0.0.1, as GitHub Pages would.

`python serve.py` (make serve) serves it at http://127.0.0.1:8000/, under
/expunge-assist/ as on a GitHub Pages project site; the bare address
redirects there. Only GET and HEAD exist: a static site has nothing to post to.
"""

import argparse
import functools
import gzip
import http.server
import os
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent
# The path the build was made for: mkdocs.yml's site_url, set from SITE_URL,
# is http://127.0.0.1:8000/expunge-assist/ unless the environment says else.
DEFAULT_SITE_URL = "http://127.0.0.1:8000/expunge-assist/"
PREFIX = urlsplit(os.environ.get("SITE_URL") or DEFAULT_SITE_URL).path.rstrip("/") + "/"

# Python's http.server takes MIME types from /etc/mime.types, which may lack
# these; module scripts and WebAssembly must be served with the right ones.
TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".zip": "application/zip",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".html": "text/html",
    ".xml": "application/xml",
}


# GitHub Pages sends these gzip-compressed to a browser that accepts it (the
# zip archives are compressed already and go as they are), so byte counts and
# load times measured here match what people get.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm", ".map"}


@functools.lru_cache(maxsize=256)
def _gzipped(path: str, mtime_ns: int, size: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files under ``prefix``; everything else is a 404."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def __init__(self, *args, directory: str, prefix: str, extra: dict[str, Path], quiet: bool, **kwargs):
        self.prefix = prefix
        self.extra = extra
        self.quiet = quiet
        super().__init__(*args, directory=directory, **kwargs)

    def do_GET(self):
        if self.prefix != "/" and self.path.split("?", 1)[0] in ("/", self.prefix.rstrip("/")):
            self.send_response(302)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if not self._send_gzipped():
            super().do_GET()

    def do_HEAD(self):
        if not self._send_gzipped():
            super().do_HEAD()

    def _send_gzipped(self) -> bool:
        """Send the file gzip-compressed when it is text and the browser accepts gzip."""
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        file = Path(self.translate_path(self.path))
        if file.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return False  # the parent class redirects to the folder's address
            file = file / "index.html"
        if file.suffix not in COMPRESSED or not file.is_file():
            return False
        stat = file.stat()
        body = _gzipped(str(file), stat.st_mtime_ns, stat.st_size)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return True

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        for mount, folder in self.extra.items():
            if clean.startswith(mount):
                return str(folder / clean[len(mount):].lstrip("/"))
        if not clean.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + clean[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        # GitHub Pages answers a missing page with the site's 404.html.
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


class QuietServer(http.server.ThreadingHTTPServer):
    """A threaded server that does not print a traceback when a browser hangs up."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class Site:
    """A running server: ``url`` is the site's address; ``stop()`` ends it."""

    def __init__(self, directory: Path, port: int = 0, prefix: str = "/", extra=None, quiet: bool = True):
        prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
        handler = functools.partial(
            SiteHandler, directory=str(directory), prefix=prefix, extra=dict(extra or {}), quiet=quiet
        )
        self.server = QuietServer(("127.0.0.1", port), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = self.origin + prefix
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "Site":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--port", type=int, default=8000)
    options.add_argument("--prefix", default=PREFIX, help="the path the site lives under, e.g. /expunge-assist/")
    options.add_argument("--directory", type=Path, default=ROOT / "public")
    args = options.parse_args()
    if not (args.directory / "index.html").exists():
        raise SystemExit(f"{args.directory} has no index.html: run `make build` first.")
    site = Site(args.directory, args.port, args.prefix, quiet=False)
    print(f"Serving {args.directory} at {site.url} (Ctrl+C stops)", flush=True)
    try:
        site.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        site.server.server_close()


if __name__ == "__main__":
    main()
