"""One running instance per data folder.

The desktop app holds an exclusive lock on ``<data dir>/instance.lock`` while it
runs; CLI commands that write take the same lock for their duration. The lock
is an OS file lock (``flock`` / ``msvcrt.locking``), so the operating system
releases it when a process dies: a crash never leaves a stale lock behind.

A command waits its turn: :meth:`InstanceLock.acquire` with ``wait`` retries for
that many seconds while another *command* holds the folder (its note says so), and
gives up at once when the app holds it, saying so plainly.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO

from planner.errors import PlannerError

LOCK_FILENAME = "instance.lock"
APP_HOLDER = "Study Planner app"
COMMAND_HOLDER = "the study-planner command"
# Lock files this process holds: a check of "held by someone else" must skip them.
_HELD: set[str] = set()


class LockedError(PlannerError):
    """Another process holds the data folder."""

    def __init__(self, holder: str, waited: float = 0.0) -> None:
        from planner.messages import Message
        from planner.text import shown

        who = shown(holder, 80)
        if holder.startswith(COMMAND_HOLDER):
            message = Message("error.locked_command", {"who": who, "seconds": float(waited)})
        elif holder.startswith(APP_HOLDER):
            message = Message("error.locked_app", {"who": who})
        elif who:
            message = Message("error.locked_by", {"who": who})
        else:
            message = Message("error.locked")
        super().__init__(message)
        self.holder = holder


def held_elsewhere(data_dir: Path) -> bool:
    """True if another process holds the folder's lock right now (never blocks)."""
    path = data_dir / LOCK_FILENAME
    if str(path) in _HELD or not path.is_file():
        return False
    try:
        fh = path.open("r", encoding="utf-8", errors="replace")
    except OSError:
        return False
    try:
        try:
            _lock(fh)
        except OSError:
            return True
        _unlock(fh)
        return False
    finally:
        fh.close()


class InstanceLock:
    def __init__(self, data_dir: Path, who: str = "study-planner") -> None:
        self.path = data_dir / LOCK_FILENAME
        self.who = who
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, wait: float = 0.0) -> InstanceLock:
        """Take the lock; while another command holds it, retry for ``wait`` seconds."""
        fh = self.path.open("a+", encoding="utf-8")
        started = time.monotonic()
        while True:
            try:
                _lock(fh)
                break
            except OSError:
                fh.seek(0)
                holder = fh.read(200).strip()
                waited = time.monotonic() - started
                # The app keeps the folder for as long as it is open: waiting is pointless.
                if holder.startswith(APP_HOLDER) or waited >= wait:
                    fh.close()
                    raise LockedError(holder, round(waited, 1)) from None
                time.sleep(0.05)
        fh.seek(0)
        fh.truncate()
        # The note only names the holder, so a full disk must not stop the lock; written
        # unbuffered, so a failed note cannot resurface when the file is closed.
        with contextlib.suppress(OSError):
            os.write(fh.fileno(), f"{self.who}, process {os.getpid()}".encode())
        self._fh = fh
        _HELD.add(str(self.path))
        return self

    def release(self) -> None:
        if self._fh is not None:
            try:
                self._fh.seek(0)
                self._fh.truncate()
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None
                _HELD.discard(str(self.path))

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
