"""The log file: everything unexpected, with its traceback, in the data folder.

``study-planner where`` prints the path. The file rotates at 1 MB and keeps
three old copies, so it never grows without bound. Only the standard
library's ``logging`` is used; nothing is logged before :func:`setup` runs.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "study-planner.log"
LOGGER_NAME = "planner"
_MAX_BYTES = 1_000_000
_BACKUPS = 3

log = logging.getLogger(LOGGER_NAME)


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILENAME


def setup(data_dir: Path) -> Path | None:
    """Send the ``planner`` logger's records to the rotating log file in ``data_dir``.

    Returns the file's path, or None when it cannot be written (a read-only
    folder): logging must never stop the app from working.
    """
    path = log_path(data_dir)
    for handler in list(log.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            return path
        log.removeHandler(handler)
        handler.close()
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def current_path() -> Path | None:
    """The log file in use, if :func:`setup` has run."""
    for handler in log.handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name)
    return None


def unexpected(exc: BaseException, doing: str) -> Path | None:
    """Log an unexpected exception with its traceback; the log file's path, if any."""
    log.error("unexpected error while %s", doing, exc_info=(type(exc), exc, exc.__traceback__))
    for handler in log.handlers:
        handler.flush()
    return current_path()
