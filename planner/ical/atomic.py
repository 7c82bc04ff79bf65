"""Writing a file so that readers see the old content or the new, never half of it."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from planner.messages import Message

# Kept short so that a temporary name never runs past the file system's limit on one
# name (255 bytes on most), whatever the length of the target's own name.
_TMP_STEM = 32


class ExportWriteError(OSError):
    """The file could not be written; the message names the path and the reason."""


class ReadOnlyTargetError(ExportWriteError):
    """The target exists and is read-only; writing it needs the user's explicit consent."""


def is_read_only(path: Path) -> bool:
    """True if ``path`` is an existing file that nobody may write (no ``w`` bit at all)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` must change: a symlink's final target, else the path.

    Writing through a link keeps the link (and whatever else points at the file); a
    rename over the link itself would replace it with a plain file. A link loop or a
    link into a missing folder raises :class:`ExportWriteError`.
    """
    target = Path(path)
    if not target.is_symlink():
        return target
    try:
        resolved = Path(os.path.realpath(target, strict=False))
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise ExportWriteError(_cannot(target, Message("error.link_broken"))) from exc
    if resolved.is_symlink():  # realpath stops at a loop
        raise ExportWriteError(_cannot(target, Message("error.link_loop")))
    return resolved


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, replace_read_only: bool = False
) -> Path:
    """Write ``data`` to ``path``: a temporary file in the same folder, fsync, then rename.

    A symlink at ``path`` is followed: its target gets the new content and the link
    stays. A read-only file is replaced only with ``replace_read_only`` (it keeps its
    read-only permissions); otherwise :class:`ReadOnlyTargetError`. Returns the path
    actually written.

    On failure raises :class:`ExportWriteError` ("Cannot write <path>: <reason>") and
    leaves neither a partial file at ``path`` nor a temporary file beside it; an
    existing file at ``path`` is kept unchanged.
    """
    shown = Path(path)
    target = resolve_target(shown)
    if target.is_dir():
        raise ExportWriteError(_cannot(shown, Message("error.target_folder")))
    if target.exists() and not target.is_file():
        # A device, a pipe or a socket: renaming over it would replace it with a file.
        raise ExportWriteError(_cannot(shown, Message("error.target_not_file")))
    if len(os.fsencode(target.name)) > 255:
        raise ExportWriteError(_cannot(shown, Message("error.name_too_long")))
    if is_read_only(target) and not replace_read_only:
        raise ReadOnlyTargetError(_cannot(shown, Message("error.target_read_only")))
    folder = target.parent
    stem = target.name[:_TMP_STEM]
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportWriteError(_cannot(shown, _reason(exc))) from exc
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
        raise ExportWriteError(_cannot(shown, _reason(exc))) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)
    return target


def _reason(exc: OSError) -> Message | str:
    if exc.errno == errno.ENAMETOOLONG:
        return Message("error.name_too_long")
    return exc.strerror.lower() if exc.strerror else str(exc)


def _cannot(path: object, reason: Message | str) -> Message:
    return Message("error.cannot_write", {"path": str(path), "reason": reason})


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
