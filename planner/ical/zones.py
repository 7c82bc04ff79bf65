"""Zone rules: the newer of the system's time-zone database and the ``tzdata`` package.

Python's :class:`zoneinfo.ZoneInfo` reads the operating system's database first and
the ``tzdata`` package only when the system has none. A Linux system that is not
updated keeps old rules for years, while the ``tzdata`` package (a dependency of
Study Planner on every platform) follows each IANA release; when a country
changes its clocks, the two disagree and sessions land an hour off.

So we choose explicitly: the IANA version of the system database (the ``# version``
line of ``tzdata.zi`` in the first folder of :data:`zoneinfo.TZPATH` that has one)
is compared with ``tzdata.IANA_VERSION``, and zones are read from the newer one
(the system's when both are the same release). :func:`zone_rules` says which one
is in use; exports write it into the calendar and the CLI prints it.

Everything in the app that turns a local time into an instant loads zones through
:func:`load_zone`.
"""

from __future__ import annotations

import re
import threading
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.messages import Message

_VERSION_LINE = re.compile(r"#\s*version\s+(\d{4})([a-z]*)")
_KEY = re.compile(r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*$")

SYSTEM = "system"
PACKAGE = "tzdata package"


class UnknownTimezoneError(ValueError):
    """The plan's time zone is not an IANA zone name that the zone rules know."""


@dataclass(frozen=True, slots=True)
class ZoneRules:
    """Where zones come from: ``source`` is :data:`SYSTEM` or :data:`PACKAGE`."""

    source: str
    version: str  # the IANA release, e.g. "2026f"; "" if unknown
    folder: Path | None  # the system folder when ``source`` is SYSTEM

    def describe(self) -> str:
        """E.g. "IANA 2026f (the tzdata package)": English, as the calendar names it."""
        return self.message().english()

    def message(self) -> Message:
        """:meth:`describe` in the user's language."""
        version: Message | str = self.version or Message("zones.unknown_version")
        where = Message("zones.system" if self.source == SYSTEM else "zones.package")
        return Message("zones.rules", {"version": version, "where": where})


_DESCRIBED = re.compile(
    r"IANA (?P<version>.+) \((?P<where>the system's zone database|the tzdata package)\)"
)


def rules_message(described: str) -> Message | str:
    """What :meth:`ZoneRules.describe` wrote, in the user's language; other text as it is."""
    match = _DESCRIBED.fullmatch(described)
    if match is None:
        return described
    version: Message | str = match["version"]
    if version == "unknown version":
        version = Message("zones.unknown_version")
    where = Message("zones.system" if match["where"].startswith("the system") else "zones.package")
    return Message("zones.rules", {"version": version, "where": where})


def version_key(version: str) -> tuple[int, int, str]:
    """A sortable form of an IANA release name: 2025b < 2025c < 2026a < 2026aa."""
    match = re.fullmatch(r"(\d{4})([a-z]*)", version.strip())
    if match is None:
        return (0, 0, "")
    return (int(match.group(1)), len(match.group(2)), match.group(2))


def system_version(tzpath: Sequence[str]) -> tuple[str, Path | None]:
    """The IANA version of the first system folder with a ``tzdata.zi``, and that folder."""
    for entry in tzpath:
        folder = Path(entry)
        try:
            with (folder / "tzdata.zi").open(encoding="utf-8", errors="replace") as handle:
                head = handle.readline()
        except OSError:
            continue
        match = _VERSION_LINE.match(head)
        if match:
            return match.group(1) + match.group(2), folder
    return "", None


def package_version() -> str:
    try:
        import tzdata
    except ImportError:
        return ""
    return str(getattr(tzdata, "IANA_VERSION", ""))


def choose_rules(system: str, system_folder: Path | None, package: str) -> ZoneRules:
    """The newer of the two; the system's on a tie or when the package is missing."""
    if system_folder is not None and (not package or version_key(system) >= version_key(package)):
        return ZoneRules(SYSTEM, system, system_folder)
    if package:
        return ZoneRules(PACKAGE, package, None)
    # Neither says its version: whatever zoneinfo finds.
    return ZoneRules(SYSTEM, system, system_folder)


_lock = threading.Lock()
_rules: ZoneRules | None = None
_cache: dict[str, ZoneInfo] = {}


def zone_rules() -> ZoneRules:
    """The zone rules in use by this process (decided once, on first use)."""
    global _rules
    with _lock:
        if _rules is None:
            version, folder = system_version(zoneinfo.TZPATH)
            _rules = choose_rules(version, folder, package_version())
        return _rules


def reset(tzpath: Sequence[str] | None = None) -> ZoneRules:
    """Decide again (for tests), reading the system database from ``tzpath`` if given."""
    global _rules
    with _lock:
        version, folder = system_version(zoneinfo.TZPATH if tzpath is None else tzpath)
        _rules = choose_rules(version, folder, package_version())
        _cache.clear()
        return _rules


def load_zone(name: str) -> ZoneInfo:
    """The zone called ``name`` under :func:`zone_rules`, or :class:`UnknownTimezoneError`."""
    rules = zone_rules()
    with _lock:
        cached = _cache.get(name)
    if cached is not None:
        return cached
    zone = _read(name, rules)
    with _lock:
        return _cache.setdefault(name, zone)


def _read(name: str, rules: ZoneRules) -> ZoneInfo:
    """The zone from the chosen database, else from the other one (a system may lack old
    names such as "US/Pacific" that Debian moved to a separate package)."""
    if not isinstance(name, str) or not _KEY.match(name) or ".." in name:
        raise UnknownTimezoneError(Message("error.unknown_zone", {"name": repr(name)}))
    readers = [_from_package, _from_system]
    if rules.source == SYSTEM:
        readers.reverse()
    for reader in readers:
        zone = reader(name, rules.folder)
        if zone is not None:
            return zone
    raise UnknownTimezoneError(Message("error.unknown_zone", {"name": repr(name)}))


def _from_package(name: str, _folder: Path | None) -> ZoneInfo | None:
    try:
        from importlib import resources

        resource = resources.files("tzdata.zoneinfo").joinpath(*name.split("/"))
        with resource.open("rb") as handle:
            return ZoneInfo.from_file(handle, key=name)
    except (OSError, ValueError, ModuleNotFoundError):
        return None


def _from_system(name: str, folder: Path | None) -> ZoneInfo | None:
    try:
        if folder is None:
            return ZoneInfo(name)
        path = folder / name
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            return ZoneInfo.from_file(handle, key=name)
    except (OSError, ValueError, ZoneInfoNotFoundError):
        return None
