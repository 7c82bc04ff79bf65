"""Where the user's data lives.

Precedence: the ``--data-dir`` option, then the ``STUDY_PLANNER_DATA_DIR``
environment variable, then the platform's per-user app-data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.errors import PlannerError
from planner.messages import Message

ENV_DATA_DIR = "STUDY_PLANNER_DATA_DIR"


class DataDirError(PlannerError):
    """The data folder cannot be created or is not a folder."""


def default_data_dir() -> Path:
    from platformdirs import user_data_dir  # only when no folder was given: saves start-up

    return Path(user_data_dir("study-planner", appauthor=False, roaming=True))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """The data folder chosen by option, environment or platform default (not created)."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_DATA_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (and its parents) if needed; explain failures in plain words."""
    if path.exists() and not path.is_dir():
        raise DataDirError(Message("error.data_not_folder", {"path": str(path)}))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataDirError(
            Message("error.data_create", {"path": str(path), "reason": reason})
        ) from exc
    return path
