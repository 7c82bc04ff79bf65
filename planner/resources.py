"""Finds the shipped ``resources/`` folder at run time.

The folder lives at the top of the source tree. A wheel carries it as
``planner/resources`` and a frozen bundle as ``<bundle>/planner/resources``;
an editable install or a source checkout leaves it at the repository root.
This module is the only place that knows about those layouts.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourcesNotFoundError(RuntimeError):
    """The installation is incomplete: no resources folder could be found."""


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / "planner" / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding ``catalog/`` and ``icons/``."""
    for candidate in _candidates():
        if (candidate / "catalog").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise ResourcesNotFoundError(f"Study Planner's resources are missing (looked in {tried}).")


def resource_path(*parts: str) -> Path:
    """Path of a file inside the resources folder, e.g. ``resource_path("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
