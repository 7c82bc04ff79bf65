"""The command itself: version, help, data folder and bad arguments."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.cli import main


def run(*args: str, env_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ)
    if env_dir is not None:
        env["STUDY_PLANNER_DATA_DIR"] = str(env_dir)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version_is_printed() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"study-planner {__version__}"


def test_help_lists_the_data_dir_option() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout


def test_unknown_command_is_one_clear_line_and_status_2() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "invalid choice" in lines[0]


def test_data_dir_option_beats_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen folder ü"
    assert main(["--data-dir", str(chosen), "where"]) == 0
    assert f"data folder: {chosen}" in capsys.readouterr().out
    assert chosen.is_dir()


def test_environment_chooses_the_data_dir(tmp_path: Path) -> None:
    folder = tmp_path / "from-env" / "nested"
    result = run("where", env_dir=folder)
    assert result.returncode == 0, result.stderr
    assert f"data folder: {folder}" in result.stdout
    assert folder.is_dir(), "a fresh account's data folder is created with its parents"


def test_data_dir_that_is_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker), "where"]) == 1
    err = capsys.readouterr().err
    assert "not a folder" in err
    assert "Traceback" not in err
