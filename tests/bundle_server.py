"""Catalog bundles for tests, and a real HTTP server on 127.0.0.1 that serves them.

``make_bundle(changes)`` zips the built-in catalog (``resources/catalog/*.toml``)
after applying ``changes`` ({file name: new text or None to leave it out}).
``BundleServer`` serves routes registered by the test: plain bytes, bytes sent
slowly, or a redirect; it runs in a thread and stops when the test ends.
"""

from __future__ import annotations

import io
import threading
import time
import zipfile
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[1] / "resources" / "catalog"


def builtin_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CATALOG.glob("*.toml"))}


def make_bundle(changes: dict[str, str | None] | None = None, *, folder: str = "") -> bytes:
    texts: dict[str, str | None] = {**builtin_texts(), **(changes or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in texts.items():
            if text is not None:
                archive.writestr(f"{folder}{name}", text)
    return buffer.getvalue()


def zip_of(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    delay_per_byte: float = 0.0  # > 0: send one byte at a time, this long apart
    send_length: bool = True
    location: str = ""  # a redirect target


class BundleServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path, Route(b"not found", 404))
                try:
                    self.send_response(route.status)
                    if route.location:
                        self.send_header("Location", route.location)
                    self.send_header("Content-Type", "application/zip")
                    if route.send_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    else:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    if route.delay_per_byte:
                        for i in range(len(route.body)):
                            self.wfile.write(route.body[i : i + 1])
                            self.wfile.flush()
                            time.sleep(route.delay_per_byte)
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should for a slow or oversized bundle
                if not route.send_length:
                    self.close_connection = True

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def serve(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def __enter__(self) -> BundleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
