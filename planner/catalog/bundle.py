"""Catalog updates without a new release: fetch, check, install and roll back a bundle.

A *bundle* is a ``.zip`` with the layout of ``resources/catalog/``: ``*.toml``
catalog files (and optionally ``README.md``) at its top level, or inside one
top-level folder. :func:`update_catalog` takes it from a file or an ``https://``
URL (plain ``http://`` only for this computer: ``localhost``, ``127.0.0.0/8``,
``::1``) and:

1. downloads it with a size and a time limit (:class:`Limits`), following only
   redirects that obey the same rule;
2. unpacks it into a staging folder beside the installed catalog, refusing
   unsafe names (absolute paths, ``..``, links, nested folders), unexpected
   files, too many files, and anything that unpacks larger than the limits
   (counted while reading, so a lying header does not help a zip bomb);
3. loads it with the catalog loader — the same checks and messages as any
   catalog file — and refuses it on any error;
4. only then swaps it in: ``<data dir>/catalog-update/current`` becomes
   ``previous`` and the staging folder becomes ``current``, each step a rename
   within one folder, so the catalog in use is always a whole one (at worst the
   built-in one). :func:`rollback_catalog` swaps back.

Nothing here runs unless the user asks for an update: loading the catalog never
touches the network.
"""

from __future__ import annotations

import io
import ipaddress
import json
import shutil
import stat
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from planner.catalog.problems import Severity
from planner.core.catalog import Catalog
from planner.core.catalog_changes import EntryChange, catalog_changes
from planner.errors import PlannerError
from planner.messages import Message

UPDATE_FOLDER = "catalog-update"
CURRENT = "current"
PREVIOUS = "previous"
ORIGIN_FILE = "origin.json"
ALLOWED_SUFFIXES = (".toml", ".md")
CHUNK = 64 * 1024


class CatalogUpdateError(PlannerError):
    """A catalog update or rollback that was refused; the catalog in use is unchanged."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How much a bundle may weigh and how long fetching it may take."""

    max_download_bytes: int = 5 * 1024 * 1024
    max_unpacked_bytes: int = 20 * 1024 * 1024
    max_file_bytes: int = 5 * 1024 * 1024
    max_files: int = 100
    seconds: float = 60.0  # the whole download
    stall_seconds: float = 15.0  # the server sending nothing at all


@dataclass(frozen=True, slots=True)
class InstalledCatalog:
    folder: Path
    files: tuple[Path, ...]
    source: str
    version: str = ""
    installed_at: str = ""


@dataclass(frozen=True, slots=True)
class UpdateResult:
    catalog: Catalog
    changes: tuple[EntryChange, ...]
    warnings: tuple[str, ...] = ()


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# --- where installed catalogs live ---------------------------------------------------


def update_root(data_dir: Path) -> Path:
    return data_dir / UPDATE_FOLDER


def _read_installed(folder: Path) -> InstalledCatalog | None:
    if not folder.is_dir():
        return None
    files = tuple(sorted(p for p in folder.glob("*.toml") if p.is_file()))
    if not files:
        return None
    origin: dict[str, Any] = {}
    try:
        loaded = json.loads((folder / ORIGIN_FILE).read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            origin = loaded
    except (OSError, ValueError):
        pass
    return InstalledCatalog(
        folder=folder,
        files=files,
        source=str(origin.get("source") or folder),
        version=str(origin.get("version") or ""),
        installed_at=str(origin.get("installed_at") or ""),
    )


def installed_catalog(data_dir: Path | None) -> InstalledCatalog | None:
    """The catalog update in use, if one is installed in ``data_dir``."""
    if data_dir is None:
        return None
    return _read_installed(update_root(data_dir) / CURRENT)


def previous_catalog(data_dir: Path) -> InstalledCatalog | None:
    return _read_installed(update_root(data_dir) / PREVIOUS)


# --- fetching -------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return "://" in source


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> None:
    """Refuse anything but https, and plain http to this computer."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme == "https" and host:
        return
    if scheme == "http" and host:
        if _is_loopback(host):
            return
        raise CatalogUpdateError(Message("error.bundle_http", {"url": url}))
    raise CatalogUpdateError(Message("error.bundle_not_https", {"url": url}))


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        check_url(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _too_large(source: str, limits: Limits) -> CatalogUpdateError:
    return CatalogUpdateError(
        Message("error.bundle_large", {"source": source, "max": _mb(limits.max_download_bytes)})
    )


def fetch_bundle(
    source: str, limits: Limits = Limits(), cancelled: Callable[[], bool] | None = None
) -> bytes:
    """The bundle's bytes from a URL or a file, within the limits."""
    if not is_url(source):
        path = Path(source).expanduser()
        try:
            if path.stat().st_size > limits.max_download_bytes:
                raise _too_large(source, limits)
            with path.open("rb") as handle:
                data = handle.read(limits.max_download_bytes + 1)
        except FileNotFoundError:
            raise CatalogUpdateError(Message("error.bundle_missing", {"source": source})) from None
        except IsADirectoryError:
            raise CatalogUpdateError(Message("error.bundle_folder", {"source": source})) from None
        except OSError as exc:
            raise CatalogUpdateError(
                Message("error.bundle_read", {"source": source, "reason": exc.strerror or str(exc)})
            ) from None
        if len(data) > limits.max_download_bytes:
            raise _too_large(source, limits)
        return data
    check_url(source)
    host = urlsplit(source).hostname or ""
    handlers: list[urllib.request.BaseHandler] = [_CheckedRedirects()]
    if _is_loopback(host):
        handlers.append(urllib.request.ProxyHandler({}))  # never send local traffic elsewhere
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(source, headers={"User-Agent": "study-planner"})
    deadline = time.monotonic() + limits.seconds
    slow = CatalogUpdateError(
        Message("error.bundle_slow", {"source": source, "seconds": float(limits.seconds)})
    )
    stalled = CatalogUpdateError(
        Message(
            "error.bundle_stalled",
            {"source": source, "seconds": float(min(limits.seconds, limits.stall_seconds))},
        )
    )
    try:
        with opener.open(request, timeout=min(limits.seconds, limits.stall_seconds)) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_download_bytes:
                raise _too_large(source, limits)
            buffer = io.BytesIO()
            while True:
                if cancelled is not None and cancelled():
                    raise CatalogUpdateError(Message("error.bundle_download_cancelled"))
                if time.monotonic() > deadline:
                    raise slow
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                buffer.write(chunk)
                if buffer.tell() > limits.max_download_bytes:
                    raise _too_large(source, limits)
            return buffer.getvalue()
    except urllib.error.HTTPError as exc:
        raise CatalogUpdateError(
            Message(
                "error.bundle_http_status",
                {"source": source, "status": f"{exc.code} {exc.reason}"},
            )
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise stalled from None
        raise CatalogUpdateError(
            Message("error.bundle_unreachable", {"host": host, "reason": str(exc.reason)})
        ) from None
    except TimeoutError:
        raise stalled from None
    except OSError as exc:
        raise CatalogUpdateError(
            Message("error.bundle_os", {"source": source, "reason": exc.strerror or str(exc)})
        ) from None


# --- unpacking ------------------------------------------------------------------------


def _member_names(archive: zipfile.ZipFile, limits: Limits) -> list[tuple[zipfile.ZipInfo, str]]:
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise CatalogUpdateError(
            Message("error.bundle_files", {"n": len(infos), "max": limits.max_files})
        )
    files: list[tuple[zipfile.ZipInfo, list[str]]] = []
    for info in infos:
        name = info.filename
        parts = name.rstrip("/").split("/")
        unsafe = (
            name.startswith(("/", "\\"))
            or "\\" in name
            or ":" in name
            or "\x00" in name
            or any(part in ("", ".", "..") for part in parts)
        )
        if unsafe:
            raise CatalogUpdateError(Message("error.bundle_unsafe", {"name": repr(name)}))
        mode = (info.external_attr >> 16) & 0o170000
        if mode == stat.S_IFLNK:
            raise CatalogUpdateError(Message("error.bundle_link", {"name": repr(name)}))
        if info.flag_bits & 0x1:
            raise CatalogUpdateError(Message("error.bundle_encrypted", {"name": repr(name)}))
        if info.is_dir():
            continue
        files.append((info, parts))
    if not files:
        raise CatalogUpdateError(Message("error.bundle_empty"))
    tops = {parts[0] for _, parts in files}
    strip = 1 if len(tops) == 1 and all(len(parts) > 1 for _, parts in files) else 0
    named: list[tuple[zipfile.ZipInfo, str]] = []
    seen: set[str] = set()
    for info, parts in files:
        rest = parts[strip:]
        if len(rest) != 1:
            raise CatalogUpdateError(
                Message("error.bundle_sub_folder", {"name": repr(info.filename)})
            )
        name = rest[0]
        if not name.lower().endswith(ALLOWED_SUFFIXES):
            raise CatalogUpdateError(
                Message("error.bundle_not_catalog", {"name": repr(info.filename)})
            )
        if name.lower() in seen:
            raise CatalogUpdateError(Message("error.bundle_twice", {"name": repr(name)}))
        seen.add(name.lower())
        named.append((info, name))
    if not any(name.lower().endswith(".toml") for _, name in named):
        raise CatalogUpdateError(Message("error.bundle_no_toml"))
    return named


def unpack_bundle(data: bytes, dest: Path, limits: Limits = Limits()) -> list[Path]:
    """Write the bundle's files into ``dest`` (which must exist) under their bare names."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise CatalogUpdateError(Message("error.bundle_not_zip")) from None
    written: list[Path] = []
    total = 0
    with archive:
        for info, name in _member_names(archive, limits):
            target = dest / name
            size = 0
            try:
                with archive.open(info) as member, target.open("wb") as out:
                    while chunk := member.read(CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > limits.max_file_bytes or total > limits.max_unpacked_bytes:
                            raise CatalogUpdateError(
                                Message(
                                    "error.bundle_unpacked",
                                    {
                                        "name": repr(name),
                                        "all": _mb(limits.max_unpacked_bytes),
                                        "each": _mb(limits.max_file_bytes),
                                    },
                                )
                            )
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError) as exc:
                if isinstance(exc, CatalogUpdateError):
                    raise
                raise CatalogUpdateError(
                    Message("error.bundle_damaged", {"name": repr(name), "reason": str(exc)})
                ) from None
            except RuntimeError as exc:  # e.g. a password-protected member
                raise CatalogUpdateError(
                    Message("error.bundle_unreadable", {"name": repr(name), "reason": str(exc)})
                ) from None
            written.append(target)
    return written


# --- installing -----------------------------------------------------------------------


def _load_folder(files: list[Path], source: str) -> tuple[Catalog, list[str], list[str]]:
    from planner.catalog.loader import load_catalog

    result = load_catalog(None, builtin_files=sorted(files))
    errors = [str(p) for p in result.problems if p.severity is Severity.ERROR]
    warnings = [str(p) for p in result.problems if p.severity is Severity.WARNING]
    catalog = result.catalog
    if not errors:
        missing = [
            what
            for what, group in (
                ("certifications", catalog.certifications),
                ("courses", catalog.courses),
                ("paths", catalog.paths),
            )
            if not group
        ]
        if missing:
            errors.append("the bundle holds no " + " and no ".join(missing))
    from dataclasses import replace

    return replace(catalog, source=source), errors, warnings


def current_base(data_dir: Path) -> Catalog:
    """The catalog in use before the user's own files: the installed update or built-in."""
    from planner.catalog.loader import load_catalog

    return load_catalog(data_dir, user_files=False).catalog


def update_catalog(
    source: str,
    data_dir: Path,
    *,
    limits: Limits = Limits(),
    cancelled: Callable[[], bool] | None = None,
) -> UpdateResult:
    """Fetch, check and install the bundle at ``source``; raise CatalogUpdateError if refused.

    On any failure the catalog in use is left exactly as it was.
    """
    data = fetch_bundle(source, limits, cancelled)
    root = update_root(data_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CatalogUpdateError(
            Message(
                "error.bundle_create", {"folder": str(root), "reason": exc.strerror or str(exc)}
            )
        ) from None
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
    try:
        files = unpack_bundle(data, staging, limits)
        catalog, errors, warnings = _load_folder(
            [f for f in files if f.suffix.lower() == ".toml"], source
        )
        if errors:
            more = Message("error.and_more", {"n": len(errors) - 3}) if len(errors) > 3 else ""
            shown = {"errors": "; ".join(errors[:3]), "more": more}
            raise CatalogUpdateError(Message("error.bundle_errors", shown))
        shown_source = source if is_url(source) else str(Path(source).expanduser().resolve())
        catalog = _with_source(catalog, shown_source)
        origin = {
            "source": shown_source,
            "version": catalog.version,
            "checked": catalog.as_of.isoformat() if catalog.as_of else None,
            "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        (staging / ORIGIN_FILE).write_text(json.dumps(origin, indent=2), encoding="utf-8")
        before = current_base(data_dir)
        if cancelled is not None and cancelled():
            raise CatalogUpdateError(Message("error.bundle_update_cancelled"))
        _swap_in(root, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if before.as_of and catalog.as_of and catalog.as_of < before.as_of:
        warnings.append(
            f"the installed catalog's facts (checked {catalog.as_of.isoformat()}) are older "
            f"than those it replaced (checked {before.as_of.isoformat()}); "
            "'study-planner catalog rollback' goes back"
        )
    return UpdateResult(catalog, catalog_changes(before, catalog), tuple(warnings))


def _with_source(catalog: Catalog, source: str) -> Catalog:
    from dataclasses import replace

    return replace(catalog, source=source)


def _swap_in(root: Path, staging: Path) -> None:
    """current → previous, staging → current; each a rename inside ``root``."""
    current, previous = root / CURRENT, root / PREVIOUS
    trash = root / f".old-{staging.name}"
    try:
        if previous.exists():
            previous.rename(trash)
        if current.exists():
            current.rename(previous)
        staging.rename(current)
    except OSError as exc:
        # Put back what moved, then report; the catalog in use stays whole either way.
        if not current.exists() and previous.exists():
            previous.rename(current)
        if not previous.exists() and trash.exists():
            trash.rename(previous)
        raise CatalogUpdateError(
            Message("error.bundle_install", {"reason": exc.strerror or str(exc)})
        ) from None
    shutil.rmtree(trash, ignore_errors=True)


@dataclass(frozen=True, slots=True)
class RollbackResult:
    catalog: Catalog
    changes: tuple[EntryChange, ...]


def rollback_catalog(data_dir: Path) -> RollbackResult:
    """Go back to the catalog in use before the last update (the built-in one at the end)."""
    from planner.catalog.loader import load_catalog

    root = update_root(data_dir)
    current, previous = root / CURRENT, root / PREVIOUS
    if installed_catalog(data_dir) is None:
        raise CatalogUpdateError(Message("error.rollback_builtin"))
    before = load_catalog(data_dir, user_files=False).catalog
    trash = root / f".old-rollback-{time.monotonic_ns()}"
    try:
        current.rename(trash)
        if previous.exists():
            previous.rename(current)
    except OSError as exc:
        if not current.exists() and trash.exists():
            trash.rename(current)
        raise CatalogUpdateError(
            Message("error.rollback", {"reason": exc.strerror or str(exc)})
        ) from None
    shutil.rmtree(trash, ignore_errors=True)
    after = current_base(data_dir)
    return RollbackResult(after, catalog_changes(before, after))
