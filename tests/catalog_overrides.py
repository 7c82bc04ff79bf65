"""User catalog files (``<data dir>/catalogs/*.json``) that change built-in entries, so a
test can change the catalog under a saved plan the way a user's file or an update does."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from planner.resources import resource_path

USER_FILE = "changes.json"


def builtin_entry(kind: str, entry_id: str) -> dict[str, Any]:
    """One built-in entry (``kind``: certifications, courses…) as the catalog files hold it."""
    for path in sorted(resource_path("catalog").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entry in data.get(kind, []):
            if entry.get("id") == entry_id:
                return dict(entry)
    raise KeyError(entry_id)


def write_changes(data_dir: Path, **entries: list[dict[str, Any]]) -> Path:
    folder = data_dir / "catalogs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / USER_FILE
    path.write_text(
        json.dumps(entries, default=lambda d: d.isoformat() if isinstance(d, date) else d),
        encoding="utf-8",
    )
    return path


def mla_c01_never_retires(data_dir: Path) -> Path:
    """A catalog in which MLA-C01 has no end in any language (as before AWS announced it)."""
    cert = builtin_entry("certifications", "aws-mla-c01")
    cert["timeline"] = [e for e in cert["timeline"] if e["status"] != "retired"]
    cert.pop("successor", None)
    return write_changes(data_dir, certifications=[cert])


def new_course_hours(data_dir: Path) -> Path:
    """Production ML Systems gains 2 hours; nothing else changes."""
    course = builtin_entry("courses", "production-ml-systems")
    modules = [dict(m) for m in course["modules"]]
    modules[0]["hours"] = modules[0]["hours"] + 2
    course["modules"] = modules
    return write_changes(data_dir, courses=[course])


def new_weights_and_hours(data_dir: Path) -> Path:
    """The PMLE's first two domains swap weights; Production ML Systems gains 2 hours."""
    cert = builtin_entry("certifications", "gcp-pmle")
    domains = [dict(d) for d in cert["domains"]]
    domains[0]["weight"], domains[1]["weight"] = domains[1]["weight"], domains[0]["weight"]
    if domains[0] == cert["domains"][0]:  # equal weights: move one instead
        domains[0]["weight"] = domains[0]["weight"] + 3
    cert["domains"] = domains
    course = builtin_entry("courses", "production-ml-systems")
    modules = [dict(m) for m in course["modules"]]
    modules[0]["hours"] = modules[0]["hours"] + 2
    course["modules"] = modules
    return write_changes(data_dir, certifications=[cert], courses=[course])
