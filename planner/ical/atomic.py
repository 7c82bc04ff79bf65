"""Writing a file so that readers see the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class ExportWriteError(OSError):
    """The file could not be written; the message names the path and the reason."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path``: a temporary file in the same folder, fsync, then rename.

    On failure raises :class:`ExportWriteError` ("Cannot write <path>: <reason>") and
    leaves neither a partial file at ``path`` nor a temporary file beside it; an
    existing file at ``path`` is kept unchanged.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportWriteError(f"Cannot write {target}: it is a folder")
    if target.exists() and not target.is_file():
        # A device, a pipe or a socket: renaming over it would replace it with a file.
        raise ExportWriteError(f"Cannot write {target}: it is not a regular file")
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportWriteError(f"Cannot write {target}: {_reason(exc)}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the permissions the user gave the file they are replacing.
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp_name, 0o644)  # mkstemp makes it private; a calendar file is not
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise ExportWriteError(f"Cannot write {target}: {_reason(exc)}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows syncing a folder (not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
