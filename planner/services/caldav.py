"""A small CalDAV client over the standard library (RFC 4791, RFC 6578, WebDAV).

Only what calendar sync needs: find or create a calendar, list its events with
their ETags (fastest first: a sync token, then the CTag, then a plain listing),
fetch events, and write or delete one event only if it is still what we think it
is (``If-Match`` / ``If-None-Match``). Every failure becomes :class:`CalDAVError`
with one plain sentence; a server that answers 401 gives
:class:`CalDAVAuthError`; an unreachable one :class:`CalDAVUnreachableError`.

Redirects (301, 302, 307, 308) are followed with the same method, at most
:data:`MAX_REDIRECTS` times, and the password goes only to the scheme, host and port
the client was given.

Why not the ``caldav`` package: it brings 14 more packages and, through
recurring-ical-events, holds python-dateutil below 3 (see docs/decisions.md, "Our own
CalDAV client"); the requests below are a few dozen lines of XML.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import socket
import ssl
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import SplitResult, quote, unquote, urljoin, urlsplit
from xml.etree import ElementTree

from planner.errors import PlannerError
from planner.messages import Message

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
_NS = {"d": DAV, "c": CALDAV, "cs": CS}
TIMEOUT = 30.0
REDIRECTS = frozenset({301, 302, 307, 308})
MAX_REDIRECTS = 5
# A gateway without its server behind it, or a server in maintenance: try again later.
UNAVAILABLE = frozenset({502, 503, 504})


class CalDAVError(PlannerError):
    """The server could not do what sync asked; the message says what and why."""


class CalDAVAuthError(CalDAVError):
    pass


class CalDAVUnreachableError(CalDAVError):
    pass


class CalDAVCancelled(CalDAVUnreachableError):
    """The request was cut off on purpose (:meth:`Cancel.cancel`): the window closes, or
    a backup is being restored. Handled like a dropped connection: what was sent is
    remembered, and nothing half-done is kept."""


class Cancel:
    """A way to cut off, from another thread, every request of the clients made in
    :meth:`scope` on this thread: :meth:`cancel` marks them cancelled and shuts their
    sockets down, so a request waiting for a stalled server returns at once instead
    of after :data:`TIMEOUT`; any later request is refused before it is sent."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: list[CalDAVClient] = []
        self.cancelled = False

    def scope(self) -> _Scope:
        """``with cancel.scope():`` — clients made inside, on this thread, obey it."""
        return _Scope(self)

    def _add(self, client: CalDAVClient) -> None:
        with self._lock:
            self._clients.append(client)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            clients = list(self._clients)
        for client in clients:
            client._abort()


_scopes = threading.local()


class _Scope:
    def __init__(self, cancel: Cancel) -> None:
        self._cancel = cancel

    def __enter__(self) -> Cancel:
        _scopes.current = self._cancel
        return self._cancel

    def __exit__(self, *exc: object) -> None:
        _scopes.current = None


class PreconditionFailed(CalDAVError):
    """412: the event changed on the server since we last saw it (or already exists)."""


class InvalidSyncToken(CalDAVError):
    """The server no longer knows our sync token: list everything instead."""


@dataclass(frozen=True, slots=True)
class CalendarInfo:
    exists: bool
    is_calendar: bool = False
    name: str = ""
    ctag: str = ""
    sync_token: str = ""
    # What the calendar takes ("VEVENT", "VTODO", …); empty when the server does not say,
    # which RFC 4791 5.2.3 reads as "any".
    components: frozenset[str] = frozenset()

    def takes(self, component: str) -> bool:
        return not self.components or component in self.components


@dataclass(slots=True)
class Changes:
    """What changed on the server since a sync token (or everything, without one)."""

    etags: dict[str, str] = field(default_factory=dict)  # path -> ETag of changed/new
    deleted: set[str] = field(default_factory=set)  # paths
    sync_token: str = ""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes


class CalDAVClient:
    """One calendar collection at ``url``, with HTTP Basic authentication."""

    def __init__(self, url: str, username: str, password: str, *, timeout: float = TIMEOUT) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CalDAVError(Message("error.dav_address", {"url": repr(url)}))
        self.url = url if url.endswith("/") else url + "/"
        self._parts = urlsplit(self.url)
        self._origin = _origin_of(self._parts)  # the only one the password goes to
        self._base = unquote(self._parts.path)  # paths are kept unquoted, quoted on the wire
        self._timeout = timeout
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._conns: dict[tuple[str, str, int], http.client.HTTPConnection] = {}
        self._cancel: Cancel | None = getattr(_scopes, "current", None)
        if self._cancel is not None:
            self._cancel._add(self)

    # -- HTTP ------------------------------------------------------------------

    def close(self) -> None:
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()

    def _abort(self) -> None:
        """From another thread: wake a request that waits on a socket (see :class:`Cancel`)."""
        for conn in list(self._conns.values()):
            sock = conn.sock
            if sock is not None:
                # The plain socket's shutdown, also under TLS: ``SSLSocket.shutdown`` drops
                # its TLS state before the system call, and a request the sync thread
                # sends in that moment would go out unencrypted, password and all.
                with contextlib.suppress(OSError):  # not connected (yet), or already gone
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def _check_cancelled(self) -> None:
        if self._cancel is not None and self._cancel.cancelled:
            self.close()
            raise CalDAVCancelled(Message("error.dav_cancelled", {"server": self._where()}))

    def _connection(self, origin: tuple[str, str, int]) -> http.client.HTTPConnection:
        conn = self._conns.get(origin)
        if conn is None:
            scheme, host, port = origin
            if scheme == "https":
                conn = http.client.HTTPSConnection(
                    host, port, timeout=self._timeout, context=ssl.create_default_context()
                )
            else:
                conn = http.client.HTTPConnection(host, port, timeout=self._timeout)
            self._conns[origin] = conn
        return conn

    def _drop(self, origin: tuple[str, str, int]) -> None:
        conn = self._conns.pop(origin, None)
        if conn is not None:
            conn.close()

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """One request, following redirects (see :data:`MAX_REDIRECTS`).

        301, 302, 307 and 308 are followed with the same method and body (a WebDAV
        method such as PROPFIND means nothing as GET). The password goes only to the
        calendar's own scheme, host and port. When the calendar itself has moved on
        that server, :attr:`url` becomes its new address (the caller remembers it).
        """
        origin = self._origin
        hops: list[str] = []
        while True:
            response = self._send(method, origin, path, body, headers, origin == self._origin)
            location = response.headers.get("location", "")
            if response.status not in REDIRECTS or not location:
                break
            if len(hops) == MAX_REDIRECTS:
                raise CalDAVError(
                    Message(
                        "error.dav_redirects",
                        {
                            "server": self._where(),
                            "max": MAX_REDIRECTS,
                            "hops": " → ".join(hops[:3]),
                        },
                    )
                )
            target = urlsplit(urljoin(_url_of(origin, path), location))
            if target.scheme not in ("http", "https") or not target.hostname:
                raise CalDAVError(Message("error.dav_redirect_odd", {"where": repr(location)}))
            new_origin = _origin_of(target)
            new_path = unquote(target.path) or "/"
            hops.append(_url_of(new_origin, new_path))
            if new_origin == self._origin and path.rstrip("/") == self._base.rstrip("/"):
                self._move_to(new_path)  # the calendar itself moved, on the same server
            origin, path = new_origin, new_path
        if response.status in UNAVAILABLE:
            raise CalDAVUnreachableError(
                Message(
                    "error.dav_unavailable", {"server": self._where(), "status": response.status}
                )
            )
        if response.status == 401:
            if origin != self._origin:
                raise CalDAVAuthError(
                    Message(
                        "error.dav_other_server",
                        {"server": self._where(), "other": _url_of(origin, path)},
                    )
                )
            raise CalDAVAuthError(Message("error.dav_refused", {"server": self._where()}))
        return response

    def _move_to(self, path: str) -> None:
        if not path.endswith("/"):
            path += "/"
        self._base = path
        self.url = _url_of(self._origin, path)
        self._parts = urlsplit(self.url)

    def _send(
        self,
        method: str,
        origin: tuple[str, str, int],
        path: str,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        with_password: bool,
    ) -> Response:
        """One request on one connection; retried once on a connection the server had closed."""
        all_headers = {"User-Agent": "Study Planner"}
        if with_password:
            all_headers["Authorization"] = self._auth
        all_headers.update(headers or {})
        for attempt in (1, 2):
            self._check_cancelled()
            conn = self._connection(origin)
            try:
                if conn.sock is None:  # connect here, so a cancel from now on finds the socket
                    conn.connect()
                    self._check_cancelled()
                conn.request(method, _quote(path), body=body, headers=all_headers)
                raw = conn.getresponse()
                data = raw.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._drop(origin)
                self._check_cancelled()
                if attempt == 2:
                    raise self._unreachable(exc) from exc
                continue
            except (OSError, http.client.HTTPException) as exc:
                self._drop(origin)
                self._check_cancelled()
                raise self._unreachable(exc) from exc
            return Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, data)
        raise AssertionError("unreachable")  # pragma: no cover

    def _where(self) -> str:
        return f"{self._parts.scheme}://{self._parts.netloc}"

    def _unreachable(self, exc: BaseException) -> CalDAVUnreachableError:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, TimeoutError):
            reason = "no answer in time"
        return CalDAVUnreachableError(
            f"Cannot reach the calendar server at {self._where()} ({reason or type(exc).__name__})."
        )

    def _fail(self, what: str, response: Response) -> CalDAVError:
        """``what`` names the message of what the server could not do (``error.dav_…``)."""
        doing = Message(what, {"url": self.url})
        return CalDAVError(Message("error.dav_failed", {"what": doing, "status": response.status}))

    # -- the calendar ----------------------------------------------------------

    def path_of(self, name: str) -> str:
        """The path of resource ``name`` inside the calendar (unquoted, like every path
        this client takes and returns; :meth:`request` quotes it)."""
        return self._base + name

    def info(self) -> CalendarInfo:
        body = (
            b'<?xml version="1.0" encoding="utf-8"?>'
            b'<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">'
            b"<d:prop><d:resourcetype/><d:displayname/><cs:getctag/><d:sync-token/>"
            b'<c:supported-calendar-component-set xmlns:c="urn:ietf:params:xml:ns:caldav"/>'
            b"</d:prop></d:propfind>"
        )
        response = self.request(
            "PROPFIND",
            self._base,
            body,
            {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status == 404:
            return CalendarInfo(exists=False)
        if response.status != 207:
            raise self._fail("error.dav_read", response)
        root = _xml(response.body)
        prop = root.find(".//d:propstat/d:prop", _NS)
        if prop is None:
            return CalendarInfo(exists=True)
        return CalendarInfo(
            exists=True,
            is_calendar=prop.find("d:resourcetype/c:calendar", _NS) is not None,
            name=_text(prop.find("d:displayname", _NS)),
            ctag=_text(prop.find("cs:getctag", _NS)),
            sync_token=_text(prop.find("d:sync-token", _NS)),
            components=frozenset(
                (comp.get("name") or "").upper()
                for comp in prop.findall("c:supported-calendar-component-set/c:comp", _NS)
            )
            - {""},
        )

    def make_calendar(self, name: str, components: Iterable[str] = ("VEVENT",)) -> None:
        escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
            f"<d:set><d:prop><d:displayname>{escaped}</d:displayname>"
            "<c:supported-calendar-component-set>"
            + "".join(f"<c:comp name='{c}'/>" for c in components)
            + "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"
        ).encode()
        response = self.request(
            "MKCALENDAR",
            self._base,
            body,
            {"Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status not in (200, 201):
            raise self._fail("error.dav_create", response)

    def list_etags(self) -> dict[str, str]:
        """Every resource of the calendar, path -> ETag (one PROPFIND, no event data)."""
        body = (
            b'<?xml version="1.0" encoding="utf-8"?>'
            b'<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        )
        response = self.request(
            "PROPFIND",
            self._base,
            body,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status != 207:
            raise self._fail("error.dav_list", response)
        etags: dict[str, str] = {}
        for item in _xml(response.body).findall("d:response", _NS):
            path = _path(_text(item.find("d:href", _NS)))
            etag = _text(item.find(".//d:getetag", _NS))
            if path.rstrip("/") != self._base.rstrip("/") and etag:
                etags[path] = etag
        return etags

    def changes_since(self, token: str) -> Changes:
        """RFC 6578 sync-collection: what changed since ``token`` ("" for everything)."""
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{token}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        ).encode()
        response = self.request(
            "REPORT",
            self._base,
            body,
            {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status in (403, 409) and b"valid-sync-token" in response.body:
            raise InvalidSyncToken(Message("error.dav_token"))
        if response.status != 207:
            raise self._fail("error.dav_report", response)
        root = _xml(response.body)
        changes = Changes(sync_token=_text(root.find("d:sync-token", _NS)))
        for item in root.findall("d:response", _NS):
            path = _path(_text(item.find("d:href", _NS)))
            status = _text(item.find("d:status", _NS))
            if " 404 " in f"{status} ":
                changes.deleted.add(path)
                continue
            etag = _text(item.find(".//d:getetag", _NS))
            if etag:
                changes.etags[path] = etag
        return changes

    def fetch(self, paths: Iterable[str]) -> dict[str, tuple[str, bytes]]:
        """calendar-multiget: path -> (ETag, calendar data) for each path that exists."""
        wanted = list(paths)
        if not wanted:
            return {}
        hrefs = "".join(f"<d:href>{_xml_escape(_quote(p))}</d:href>" for p in wanted)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
            f"<d:prop><d:getetag/><c:calendar-data/></d:prop>{hrefs}</c:calendar-multiget>"
        ).encode()
        response = self.request(
            "REPORT",
            self._base,
            body,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status != 207:
            raise self._fail("error.dav_send", response)
        found: dict[str, tuple[str, bytes]] = {}
        for item in _xml(response.body).findall("d:response", _NS):
            path = _path(_text(item.find("d:href", _NS)))
            data = item.find(".//c:calendar-data", _NS)
            if data is None or not data.text:
                continue
            found[path] = (_text(item.find(".//d:getetag", _NS)), data.text.encode("utf-8"))
        return found

    def put(self, path: str, data: bytes, *, etag: str | None) -> str:
        """Write one event: ``etag`` None creates (fails if it exists), else replaces
        only that version. Returns the new ETag ("" if the server gives none)."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        response = self.request("PUT", path, data, headers)
        if response.status == 412:
            raise PreconditionFailed(f"{path} changed on the server")
        if response.status not in (200, 201, 204):
            detail = response.body[:200].decode("utf-8", "replace").strip()
            raise CalDAVError(
                Message("error.dav_event_refused", {"status": response.status, "detail": detail})
                if detail
                else Message("error.dav_event_refused_bare", {"status": response.status})
            )
        return response.headers.get("etag", "")

    def delete(self, path: str, *, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", path, None, headers)
        if response.status == 412:
            raise PreconditionFailed(f"{path} changed on the server")
        if response.status not in (200, 204, 404):
            raise self._fail("error.dav_delete", response)


def _origin_of(parts: SplitResult) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, the port made explicit."""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def _url_of(origin: tuple[str, str, int], path: str) -> str:
    scheme, host, port = origin
    default = 443 if scheme == "https" else 80
    netloc = f"[{host}]" if ":" in host else host
    if port != default:
        netloc += f":{port}"
    return f"{scheme}://{netloc}{_quote(path)}"


def _xml(body: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise CalDAVError(Message("error.dav_xml", {"reason": str(exc)})) from exc


def _text(element: ElementTree.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _quote(path: str) -> str:
    return quote(path, safe="/@:!$&'()*+,;=-._~")


def _path(href: str) -> str:
    """A response's href as an unquoted path (servers may send a full URL)."""
    return unquote(urlsplit(urljoin("http://x", href)).path)
