"""A real Radicale CalDAV server on 127.0.0.1, and a "phone" that edits events on it.

The server runs as ``python -m radicale --config FILE`` with plain htpasswd users
(alice/secret, bob/other) and its storage in a temporary folder; it can be stopped
and started again on the same port and folder (a dropped connection mid-sync).
The phone speaks plain HTTP with urllib, independent of the app's client.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

USERS = {"alice": "secret", "bob": "other"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RadicaleServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        users = folder / "users"
        users.write_text("".join(f"{u}:{p}\n" for u, p in USERS.items()), encoding="utf-8")
        self.config = folder / "config"
        self.config.write_text(
            f"""[server]
hosts = 127.0.0.1:{self.port}

[auth]
type = htpasswd
htpasswd_filename = {users}
htpasswd_encryption = plain

[rights]
type = owner_only

[storage]
filesystem_folder = {folder / "collections"}

[web]
type = none

[logging]
level = warning
""",
            encoding="utf-8",
        )
        self.log = folder / "radicale.log"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.config)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        for _ in range(300):  # up to 30 s on a busy machine
            if self._process.poll() is not None:
                raise RuntimeError(f"Radicale did not start:\n{self.log.read_text()}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5),
            ):
                return
            time.sleep(0.1)
        raise RuntimeError(f"Radicale did not listen on {self.port}:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=10)
        self._process = None


class Phone:
    """Another device: reads and edits the events of a calendar over plain HTTP."""

    def __init__(self, calendar_url: str, user: str = "alice") -> None:
        self.calendar_url = calendar_url
        token = base64.b64encode(f"{user}:{USERS[user]}".encode()).decode()
        self._auth = f"Basic {token}"

    def _open(
        self,
        method: str,
        url: str,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", self._auth)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def names(self) -> set[str]:
        """The resource names in the calendar."""
        body = b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'
        status, _, data = self._open(
            "PROPFIND", self.calendar_url, body, {"Depth": "1", "Content-Type": "application/xml"}
        )
        assert status == 207, status
        from xml.etree import ElementTree

        root = ElementTree.fromstring(data)
        hrefs = [h.text or "" for h in root.iter("{DAV:}href")]
        return {unquote(h.rstrip("/").rsplit("/", 1)[-1]) for h in hrefs if h.endswith(".ics")}

    def get(self, name: str) -> tuple[str, str]:
        """(ETag, text) of one event resource."""
        status, headers, data = self._open("GET", self.calendar_url + name)
        assert status == 200, (status, name)
        return headers.get("ETag", headers.get("Etag", "")), data.decode("utf-8")

    def put(self, name: str, text: str, etag: str | None = None) -> int:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        status, _, _ = self._open("PUT", self.calendar_url + name, text.encode("utf-8"), headers)
        return status

    def mark_done(self, name: str, mark: str = "✓ ") -> None:
        """What a user does on the phone: put a mark in front of the event's title."""
        etag, text = self.get(name)
        lines = text.replace("\r\n ", "").split("\r\n")  # unfold, then edit the title
        edited = [
            f"SUMMARY:{mark}{line[len('SUMMARY:') :]}" if line.startswith("SUMMARY:") else line
            for line in lines
        ]
        assert self.put(name, "\r\n".join(edited), etag) in (200, 201, 204)


class Redirector:
    """A tiny real web server on 127.0.0.1 in front of Radicale, as a moved calendar looks.

    A request for a path in ``moves`` (old path prefix -> new location, a path on this
    server or a full URL elsewhere) is answered with ``status`` and a Location header;
    any other request is passed on to Radicale as it came, headers and body included,
    and Radicale's answer comes back. ``seen`` records (method, path, had a password).

    A slow server: while ``stall`` is set, each request it accepts (method, path) is held
    without an answer — ``stalled`` is set — until ``release`` is set (or a minute passes).
    """

    def __init__(self, radicale: RadicaleServer, status: int = 308) -> None:
        import http.server

        self.radicale = radicale
        self.status = status
        self.moves: dict[str, str] = {}
        self.unavailable = False  # answer 503, as a proxy whose server is down does
        self.seen: list[tuple[str, str, bool]] = []
        self.stall: Callable[[str, str], bool] | None = None
        self.stalled = threading.Event()
        self.release = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def __getattr__(self, name: str) -> object:
                if name.startswith("do_"):
                    return self._handle
                raise AttributeError(name)

            def _handle(self) -> None:
                outer.seen.append((self.command, self.path, "Authorization" in self.headers))
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                stall = outer.stall
                if stall is not None and stall(self.command, self.path):
                    outer.stalled.set()
                    outer.release.wait(60)
                if outer.unavailable:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                for old, new in outer.moves.items():
                    if self.path.startswith(old):
                        target = new + self.path[len(old) :] if new.startswith("/") else new
                        self.send_response(outer.status)
                        self.send_header("Location", target)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                import http.client

                conn = http.client.HTTPConnection("127.0.0.1", outer.radicale.port, timeout=30)
                skip = {"host", "connection", "content-length"}
                headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
                conn.request(self.command, self.path, body=body, headers=headers)
                answer = conn.getresponse()
                data = answer.read()
                conn.close()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("connection", "transfer-encoding", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Redirector:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
