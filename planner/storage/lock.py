"""One running instance per data folder.

The desktop app holds an exclusive lock on ``<data dir>/instance.lock`` while it
runs; CLI commands that write take the same lock for their duration. The lock
is an OS file lock (``flock`` / ``msvcrt.locking``), so the operating system
releases it when a process dies: a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from planner.errors import PlannerError

LOCK_FILENAME = "instance.lock"


class LockedError(PlannerError):
    """Another process holds the data folder."""

    def __init__(self, holder: str) -> None:
        super().__init__(
            "Study Planner is already running with this data folder"
            + (f" ({holder})" if holder else "")
            + "; close it, or use it there."
        )
        self.holder = holder


class InstanceLock:
    def __init__(self, data_dir: Path, who: str = "study-planner") -> None:
        self.path = data_dir / LOCK_FILENAME
        self.who = who
        self._fh: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> InstanceLock:
        fh = self.path.open("a+", encoding="utf-8")
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            raise LockedError(holder) from None
        fh.seek(0)
        fh.truncate()
        # The note only names the holder, so a full disk must not stop the lock; written
        # unbuffered, so a failed note cannot resurface when the file is closed.
        with contextlib.suppress(OSError):
            os.write(fh.fileno(), f"{self.who}, process {os.getpid()}".encode())
        self._fh = fh
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
