"""Test-wide setup: Qt runs offscreen, and no test touches the user's real data."""

from __future__ import annotations

import os
import tempfile
import uuid

# Must be set before any Qt import, or a headless run aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English unless a test asks for another language, whatever the machine's locale; compiled
# translations go to a cache folder of this run's own.
os.environ["STUDY_PLANNER_LANG"] = "en"
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="study-planner-test-cache-")

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.keyring_backend import MemoryKeyring
from tests.services.radicale_server import RadicaleServer


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the default data folder and Qt's settings at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("STUDY_PLANNER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("STUDY_PLANNER_NOW", raising=False)
    return home / "data"


@pytest.fixture(autouse=True)
def _messages_in_english_again() -> Iterator[None]:
    """Each test starts with the messages' language it found: a command run in-process in
    German (or a window in German) would otherwise leave messages and errors German for
    the rest of the process. (UI tests find the app's English set-up from
    ``tests/ui/conftest.py``; the others plain English.)"""
    from planner.core import messages

    before = (messages._backend, messages._date_format, messages._number_format)
    yield
    messages.set_backend(*before)


# The day the command-line tests that need one are set on: their plans start in the
# weeks after it and their exams and busy days lie ahead of it.
CLI_NOW = "2026-11-30T12:00:00+00:00"


@pytest.fixture
def cli_now(monkeypatch: pytest.MonkeyPatch) -> str:
    """`study-planner` (called here or in a child process) believes it is ``CLI_NOW``, so a
    test of it passes on any day (the clock override is ``STUDY_PLANNER_NOW``)."""
    monkeypatch.setenv("STUDY_PLANNER_NOW", CLI_NOW)
    return CLI_NOW


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder of the test's own."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A system keyring that holds passwords (in memory) for the length of a test."""
    import keyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a system keyring, as on a headless server."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """A real CalDAV server (Radicale on 127.0.0.1), one per test module. Modules that
    need another kind of server (catalog downloads) define their own ``server``."""
    radicale = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    radicale.start()
    yield radicale
    radicale.stop()


@pytest.fixture
def calendar_url(server: RadicaleServer) -> str:
    """A fresh calendar address on that server for each test."""
    return f"{server.url}/alice/{uuid.uuid4().hex[:8]}/"
