"""Loads the built-in catalog and the user's catalog files into one :class:`Catalog`.

Order and precedence: the built-in files (``resources/catalog/*.toml``) — or, in
their place, a catalog update installed in ``<data dir>/catalog-update/current/``
(see :mod:`planner.catalog.bundle`) — then the user's files in
``<data dir>/catalogs/`` (``*.toml`` and ``*.json``, by name), then the files given
with ``--catalog`` in the order given. A later entry with the same id and kind
replaces the earlier one entirely (a user can override a built-in course,
certification or path). Within the built-in catalog, and within one file, an id
may appear only once.

A user file with any error is reported and skipped as a whole; the rest still
loads. Before a user file is accepted, the merged catalog is checked again so that
a file cannot break references (e.g. a path naming a course that does not exist).
Unknown fields are warnings: reported, but the entry still loads.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.catalog.lines import LineFinder, Where
from planner.catalog.problems import CatalogError, CatalogProblem, Severity
from planner.catalog.reader import KINDS, SINGULAR, FileContents, FileReader
from planner.catalog.validate import check_references
from planner.core.catalog import Catalog
from planner.messages import Message

USER_CATALOG_FOLDER = "catalogs"
SUFFIXES = (".toml", ".json")


@dataclass(frozen=True, slots=True)
class LoadResult:
    catalog: Catalog
    problems: tuple[CatalogProblem, ...] = ()
    skipped_files: tuple[str, ...] = ()
    loaded_files: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[CatalogProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)


@dataclass
class _Origin:
    file: str
    finder: LineFinder
    where: Where


@dataclass
class _State:
    entries: dict[str, dict[str, Any]] = field(default_factory=lambda: {k: {} for k in KINDS})
    origins: dict[tuple[str, str], _Origin] = field(default_factory=dict)
    as_of: date | None = None
    version: str = ""
    source: str = "builtin"

    def copy(self) -> _State:
        return _State(
            {k: dict(v) for k, v in self.entries.items()},
            dict(self.origins),
            self.as_of,
            self.version,
            self.source,
        )

    def catalog(self) -> Catalog:
        e = self.entries
        return Catalog(
            certifications=e["certifications"],
            courses=e["courses"],
            projects=e["projects"],
            exam_preps=e["exam_preps"],
            paths=e["paths"],
            as_of=self.as_of,
            version=self.version,
            source=self.source,
        )

    def locate(self, kind: str, entry_id: str, field_name: str, sub: int) -> tuple[str, int | None]:
        origin = self.origins.get((kind, entry_id))
        if origin is None:
            return "?", None
        where = origin.where
        key = field_name
        if field_name.startswith("exams."):
            where = Where(where.kind, where.index, where.entry_id, "exams", 0)
            key = field_name.split(".", 1)[1]
        elif sub >= 0:
            sub_name = field_name.split("[")[0]
            where = Where(where.kind, where.index, where.entry_id, sub_name, sub)
            key = field_name.rsplit(".", 1)[-1]
        return origin.file, origin.finder.line(where, key)


def builtin_catalog_files() -> list[Path]:
    from planner.resources import ResourcesNotFoundError, resource_path

    try:
        folder = resource_path("catalog")
    except ResourcesNotFoundError as exc:
        raise CatalogError(str(exc)) from exc
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CatalogError(Message("error.catalog_builtin_empty", {"folder": str(folder)}))
    return files


def user_catalog_files(data_dir: Path | None) -> list[Path]:
    if data_dir is None:
        return []
    folder = data_dir / USER_CATALOG_FOLDER
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())


MAX_CATALOG_BYTES = 8 * 1024 * 1024
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def _parse(path: Path, shown: str) -> tuple[dict[str, Any] | None, str, CatalogProblem | None]:
    """Parse a file as data (never as code). Returns (data, text, problem)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return None, "", CatalogProblem.of(shown, Message("error.catalog_suffix"))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, "", CatalogProblem.of(shown, Message("error.catalog_missing"))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, "", CatalogProblem.of(shown, Message("error.catalog_read", {"reason": reason}))
    if len(raw) > MAX_CATALOG_BYTES:
        size = MAX_CATALOG_BYTES // (1024 * 1024)
        return None, "", CatalogProblem.of(shown, Message("error.catalog_large", {"mb": size}))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "", CatalogProblem.of(shown, Message("error.catalog_utf8"))
    try:
        if suffix == ".toml":
            data: Any = tomllib.loads(text)
        else:
            data = json.loads(text)
    except RecursionError:
        return None, text, CatalogProblem.of(shown, Message("error.catalog_deep"))
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc)).strip()  # Python's own words stay
        line = int(match.group(1)) if match else None
        said = Message("error.catalog_toml", {"reason": message})
        return None, text, CatalogProblem.of(shown, said, line=line)
    except json.JSONDecodeError as exc:
        said = Message("error.catalog_json", {"reason": exc.msg})
        return None, text, CatalogProblem.of(shown, said, line=exc.lineno)
    except ValueError:  # Python refuses integers of more than 4,300 digits
        return None, text, CatalogProblem.of(shown, Message("error.catalog_long_number"))
    if not isinstance(data, dict):
        return None, text, CatalogProblem.of(shown, Message("error.catalog_top"))
    return data, text, None


def _read_file(
    path: Path, shown: str, *, custom: bool
) -> tuple[FileContents | None, LineFinder | None, list[CatalogProblem]]:
    data, text, problem = _parse(path, shown)
    if problem is not None or data is None:
        return None, None, [problem] if problem else []
    finder = LineFinder(text, "toml" if path.suffix.lower() == ".toml" else "json")
    reader = FileReader(shown, finder, custom=custom)
    contents = reader.read(data)
    return contents, finder, reader.problems


def _merge(
    state: _State,
    contents: FileContents,
    finder: LineFinder,
    shown: str,
    *,
    allow_override: bool,
) -> list[CatalogProblem]:
    problems: list[CatalogProblem] = []
    for kind in KINDS:
        seen_here: set[str] = set()
        for entry, where in getattr(contents, kind):
            entry_id = entry.id
            label = f"{SINGULAR[kind]} '{entry_id}'"
            clash = entry_id in seen_here or (
                not allow_override and entry_id in state.entries[kind]
            )
            if clash:
                first = state.origins[(kind, entry_id)]
                problems.append(
                    CatalogProblem.of(
                        shown,
                        Message(
                            "error.catalog_id_used",
                            {"kind": Message(f"error.catalog_kind.{kind}"), "file": first.file},
                        ),
                        label,
                        "id",
                        finder.line(where, "id"),
                    )
                )
                continue
            seen_here.add(entry_id)
            state.entries[kind][entry_id] = entry
            state.origins[(kind, entry_id)] = _Origin(shown, finder, where)
    return problems


def _shown(path: Path) -> str:
    return str(path)


def _load_base(files: Iterable[Path], source: str) -> tuple[_State, list[CatalogProblem]]:
    state = _State(source=source)
    problems: list[CatalogProblem] = []
    for path in files:
        contents, finder, found = _read_file(path, path.name, custom=False)
        problems.extend(found)
        if contents is None or finder is None:
            continue
        problems.extend(_merge(state, contents, finder, path.name, allow_override=False))
        if contents.as_of is not None:
            state.as_of = max(state.as_of or contents.as_of, contents.as_of)
        state.version = contents.version or state.version
    problems.extend(check_references(state.catalog(), state.locate))
    return state, problems


def load_catalog(
    data_dir: Path | None = None,
    extra_files: Sequence[Path] = (),
    *,
    builtin_files: Iterable[Path] | None = None,
    user_files: bool = True,
) -> LoadResult:
    """Load the base catalog plus the user's files; never raises for a bad user file.

    The base is the catalog update installed in ``data_dir`` (``study-planner catalog
    update``) if there is one and it loads without errors, else the built-in catalog.
    Raises :class:`CatalogError` only when the built-in catalog is missing.
    """
    problems: list[CatalogProblem] = []
    if builtin_files is not None:
        state, found = _load_base(builtin_files, "builtin")
    else:
        from planner.catalog.bundle import installed_catalog

        installed = installed_catalog(data_dir)
        state, found = (_State(), [])
        if installed is not None:
            state, found = _load_base(installed.files, installed.source)
            if any(p.severity is Severity.ERROR for p in found):
                problems.append(
                    CatalogProblem.of(
                        str(installed.folder),
                        Message("error.catalog_update_broken"),
                        severity=Severity.WARNING,
                    )
                )
                installed = None
        if installed is None:
            state, found = _load_base(builtin_catalog_files(), "builtin")
    problems.extend(found)
    known = {str(p) for p in found}

    skipped: list[str] = []
    loaded: list[str] = []
    own = user_catalog_files(data_dir) if user_files else []
    for path in [*own, *extra_files]:
        shown = _shown(path)
        contents, finder, found = _read_file(path, shown, custom=True)
        problems.extend(found)
        if contents is None or finder is None or any(p.severity is Severity.ERROR for p in found):
            skipped.append(shown)
            continue
        candidate = state.copy()
        clashes = _merge(candidate, contents, finder, shown, allow_override=True)
        new = [
            p
            for p in check_references(candidate.catalog(), candidate.locate)
            if str(p) not in known
        ]
        if clashes or new:
            problems.extend(clashes + new)
            skipped.append(shown)
            continue
        state = candidate
        loaded.append(shown)
    return LoadResult(state.catalog(), tuple(problems), tuple(skipped), tuple(loaded))
