"""Helpers for the hostile-input and fault suite: checksums, one-line errors, fault seams."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from planner.storage import db as storage_db

# Repeatable on CI: the same examples every run, no deadline for I/O-bound tests.
HOSTILE = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(status: int, err: str, *expected: str) -> None:
    """A failure the user can read: non-zero status, one line on stderr, no traceback."""
    assert status != 0, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in lines[0], lines[0]


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the plans database behave as on a full disk from now on.

    Every connection the app opens gets SQLite's ``max_page_count`` pinned to the file's
    current size, so the first write that needs a new page fails with "database or disk
    is full", exactly the error a full disk gives.
    """
    original = storage_db._configure

    def configure(dbapi_connection: Any, record: Any) -> None:
        original(dbapi_connection, record)
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={max(pages, 1)}")
        cursor.close()

    monkeypatch.setattr(storage_db, "_configure", configure)


def read_only_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every SQLite file read-only from now on, as on a read-only mount.

    Tests run as root, which ignores file permissions, so the read-only mount is
    simulated where SQLite opens files: reading works, any write (including a backup
    copy) fails with SQLite's own "readonly" or "unable to open" errors.
    """
    real_connect = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.pop("uri", None)
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        return real_connect(uri, *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


CliRunner = Callable[..., tuple[int, str, str]]
