"""`study-planner sync setup / sync / sync status / sync off` end to end, against a real
CalDAV server (Radicale on 127.0.0.1), with the password in a keyring or in a file."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from radicale_server import Phone, free_port

from planner.cli import main
from planner.services import passwords
from tests.keyring_backend import MemoryKeyring


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "cli-data"
    args = ["new", "--path", "data-scientist", "--start", "2026-11-30", "--hours-per-week", "8"]
    assert main(["--data-dir", str(folder), *args, "--tz", "Europe/Berlin", "--name", "P"]) == 0
    capsys.readouterr()
    return folder


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"pw-{uuid.uuid4().hex[:6]}"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_setup_then_sync_with_a_click_then_status_then_off(
    data: Path,
    tmp_path: Path,
    calendar_url: str,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--data-dir", str(data), "sync"]
    assert main([*base, "status"]) == 0
    assert capsys.readouterr().out.startswith("Sync: off.")
    setup = [*base, "setup", calendar_url, "--user", "alice", "--create", "--tasks"]
    assert main([*setup, "--password-file", _file(tmp_path, "secret")]) == 0
    out = capsys.readouterr().out
    assert f"Created the calendar {calendar_url}." in out
    assert "The password is stored in the system keyring" in out
    events = len(Phone(calendar_url).names())
    assert events > 10
    # No password given: the keyring has it. Nothing new to send.
    assert main(base) == 0
    assert f"Synced with {calendar_url}: 0 new, 0 changed" in capsys.readouterr().out
    assert main([*base, "status", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"Calendar:    {calendar_url}" in lines
    assert "User:        alice" in lines
    assert any(line.startswith("Password:    stored in the system keyring") for line in lines)
    assert "Tasks:       each module is a task there" in lines
    assert any(line.startswith("Last result: Synced: 0 new, 0 changed") for line in lines)
    mine = [ln.strip() for ln in lines if ln.strip().startswith(f"calendar {calendar_url} ")]
    assert len(mine) == 1 and re.search(r"as alice: \d+ events, \d+ tasks, last written", mine[0])
    assert main([*base, "off"]) == 0
    assert "they stay in that calendar" in capsys.readouterr().out
    assert memory_keyring.secrets == {}, "the password is forgotten too"
    assert len(Phone(calendar_url).names()) == events, "nothing deleted there"
    assert main(base) == 1
    assert "sync setup URL --user USER" in capsys.readouterr().err


def test_without_a_keyring_or_a_terminal_the_error_says_how_to_give_the_password(
    data: Path,
    tmp_path: Path,
    calendar_url: str,
    no_keyring: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    base = ["--data-dir", str(data), "sync"]
    setup = [*base, "setup", calendar_url, "--user", "alice", "--create"]
    assert main(setup) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--password-file FILE" in err[0]
    assert main([*setup, "--password-file", _file(tmp_path, "secret")]) == 0
    assert "The password is not stored (there is no system keyring here)" in (
        capsys.readouterr().out
    )
    assert main(base) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no system keyring" in err[0] and "--password-file" in err[0]
    assert main([*base, "--password-file", _file(tmp_path, "secret")]) == 0
    assert main([*base, "status"]) == 0
    assert "Password:    not stored (no system keyring here" in capsys.readouterr().out


def test_a_wrong_password_and_an_absent_server_have_their_own_exit_status(
    data: Path,
    tmp_path: Path,
    calendar_url: str,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--data-dir", str(data), "sync"]
    wrong = ["--password-file", _file(tmp_path, "nope")]
    assert main([*base, "setup", calendar_url, "--user", "alice", "--create", *wrong]) == 77
    assert "refused the user name or password" in capsys.readouterr().err
    assert memory_keyring.secrets == {}
    away = f"http://127.0.0.1:{free_port()}/alice/x/"
    right = ["--password-file", _file(tmp_path, "secret")]
    assert main([*base, "setup", away, "--user", "alice", *right]) == 75
    assert "Cannot reach the calendar server" in capsys.readouterr().err
    assert main([*base, "status"]) == 0
    assert capsys.readouterr().out.startswith("Sync: off."), "no setup was stored"
    # Usage mistakes are status 2.
    assert main([*base, "setup"]) == 2
    assert main([*base, "setup", calendar_url, *right]) == 2
    assert "--user" in capsys.readouterr().err
    assert passwords.load_password(calendar_url, "alice") is None


def test_a_stored_password_the_server_no_longer_takes_is_reported_with_the_way_out(
    data: Path,
    tmp_path: Path,
    calendar_url: str,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    base = ["--data-dir", str(data), "sync"]
    right = ["--password-file", _file(tmp_path, "secret")]
    setup = [*base, "setup", calendar_url, "--user", "alice", "--create", "--tasks", *right]
    assert main(setup) == 0
    # The password was changed on the server (here: the stored one is made stale).
    memory_keyring.set_password(passwords.SERVICE, f"alice@{calendar_url}", "old")
    capsys.readouterr()
    assert main(base) == 77
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "refused the user name or password" in err[0]
    assert "stored in the system keyring is out of date" in err[0]
    assert "--password-file FILE" in err[0]
    assert main([*base, *right]) == 0
    # Setting up again with the new password stores it in place of the old one, and
    # keeps the tasks it had.
    tasks = {n for n in Phone(calendar_url).names() if "-t-" in n}
    assert tasks
    assert main([*base, "setup", calendar_url, "--user", "alice", *right]) == 0
    assert passwords.load_password(calendar_url, "alice") == "secret"
    assert main(base) == 0
    assert {n for n in Phone(calendar_url).names() if "-t-" in n} == tasks


def _on_a_terminal(argv: list[str], typed: str) -> tuple[int, str]:
    """Run the command in a child process whose terminal is a pseudo-terminal, type
    ``typed`` when it asks for a password, and return (exit status, all it showed)."""
    import os
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        os.execv(sys.executable, [sys.executable, "-m", "planner", *argv])
    shown = b""
    answered = False
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed its terminal
            break
        if not chunk:
            break
        shown += chunk
        if not answered and b"Password of" in shown:
            os.write(fd, typed.encode() + b"\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


def test_on_a_terminal_the_password_is_asked_for_and_not_shown(
    data: Path, calendar_url: str
) -> None:
    status, shown = _on_a_terminal(
        ["--data-dir", str(data), "sync", "setup", calendar_url, "--user", "alice", "--create"],
        "secret",
    )
    assert status == 0, shown
    assert f"Password of alice at {calendar_url}: " in shown
    assert "secret" not in shown, "typed without echo"
    assert f"Created the calendar {calendar_url}." in shown
    assert "The password is not stored (there is no system keyring here)" in shown
    status, shown = _on_a_terminal(["--data-dir", str(data), "sync"], "wrong")
    assert status == 77 and "refused the user name or password" in shown


def test_sync_status_in_german_lines_up_its_labels(
    data: Path,
    tmp_path: Path,
    calendar_url: str,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--data-dir", str(data), "sync"]
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    assert main([*base, "status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Abgleich: aus. Richten Sie ihn mit 'study-planner sync setup")
    assert "Dieser Plan wurde noch nicht exportiert oder abgeglichen." in out
    setup = [*base, "setup", calendar_url, "--user", "alice", "--create"]
    assert main([*setup, "--password-file", _file(tmp_path, "secret")]) == 0
    capsys.readouterr()
    assert main([*base, "status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The longest German label ("Letztes Ergebnis:") sets where every value starts.
    assert f"Kalender:         {calendar_url}" in lines
    assert "Benutzer:         alice" in lines
    assert any(ln.startswith("Passwort:         im Schlüsselbund des Systems") for ln in lines)
    assert "Aufgaben:         aus" in lines
    assert any(ln.startswith("Letzter Abgleich: 20") for ln in lines)
    assert any(ln.startswith("Letztes Ergebnis: ") for ln in lines)
    assert "Geschrieben nach:" in lines
    mine = [ln.strip() for ln in lines if ln.strip().startswith(f"Kalender {calendar_url} ")]
    assert len(mine) == 1 and re.search(r"als alice: \d+ Termine, zuletzt geschrieben", mine[0])
    assert main([*base, "off"]) == 0
