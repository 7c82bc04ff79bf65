"""Inputs that used to end in a traceback: each is one plain line (or works), nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import CliRunner, assert_one_line_error, digest

NEW = ["new", "--path", "software-engineer", "--start", "2026-11-30", "--hours-per-week", "8"]


@pytest.mark.parametrize(
    "zone", ["Europe", "America", "A" * 300, "Europe/" + "x" * 300, "Etc/" + "../" * 50]
)
def test_a_time_zone_that_is_a_folder_or_too_long_is_one_line(
    data_dir: Path, cli: CliRunner, zone: str
) -> None:
    status, _out, err = cli("--data-dir", str(data_dir), *NEW, "--tz", zone)
    assert_one_line_error(status, err, "not a known time zone")
    assert len(err) < 300
    assert not (data_dir / DB_FILENAME).exists()


@pytest.mark.parametrize("ref", ["²", "٣", "①", "¹²³", "𝟗"])
def test_a_plan_given_as_other_digits_is_a_name_not_a_crash(
    folder: Path, cli: CliRunner, ref: str
) -> None:
    before = digest(folder / DB_FILENAME)
    status, _out, err = cli("--data-dir", str(folder), "show", ref)
    assert_one_line_error(status, err, "No plan called")
    status, _out, err = cli("--data-dir", str(folder), "tick", "course-0/m1", "--plan", ref)
    assert "Traceback" not in err and status != 0
    assert digest(folder / DB_FILENAME) == before


def test_a_plan_named_with_other_digits_is_found_by_its_name(folder: Path, cli: CliRunner) -> None:
    assert cli("--data-dir", str(folder), "rename", "1", "²")[0] == 0
    status, out, err = cli("--data-dir", str(folder), "show", "²")
    assert status == 0, err
    assert "²" in out


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000),
        ("deep.toml", "x = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        ("digits.json", '{"courses": [{"id": "x", "hours": ' + "9" * 5000 + "}]}"),
        ("digits.toml", '[[courses]]\nid = "x"\nhours = ' + "9" * 5000 + "\n"),
    ],
)
def test_a_hostile_catalog_file_is_refused_and_the_rest_still_works(
    folder: Path, cli: CliRunner, name: str, body: str
) -> None:
    (folder / "catalogs").mkdir(exist_ok=True)
    (folder / "catalogs" / name).write_text(body)
    status, out, err = cli("--data-dir", str(folder), "catalog")
    assert "Traceback" not in err and status == 0, err
    assert name in err and ("too deep" in err or "too long" in err)
    assert "Structuring" in out  # the built-in catalog still shows
    for command in (["status"], ["show"]):
        status, _out, err = cli("--data-dir", str(folder), *command)
        assert "Traceback" not in err and status == 0, err


def _ics(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}\r\nEND:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{body}END:VCALENDAR\r\n".encode()


def test_busy_events_at_the_end_of_time_and_escape_codes_are_harmless(
    cli_now: str, folder: Path, cli: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "busy.ics"
    path.write_bytes(
        _ics(
            "UID:a\r\nSUMMARY:end\r\nDTSTART:99991231T233000Z\r\nDTEND:99991231T235900Z",
            "UID:b\r\nSUMMARY:Yearly\r\nDTSTART:99991231T233000Z\r\nDURATION:PT1H\r\n"
            "RRULE:FREQ=YEARLY",
            "UID:c\r\nSUMMARY:\x1b]0;pwned\x07\x1b[2J\r\nDTSTART:20261215T180000Z\r\n"
            "DURATION:PT1H\r\nRRULE:FREQ=DAILY;INTERVAL=0",
            "UID:d\r\nSUMMARY:Dentist\r\nDTSTART:20261216T180000Z\r\nDURATION:PT1H",
        )
    )
    status, out, err = cli("--data-dir", str(folder), "import-busy", str(path), "--dry-run")
    assert "Traceback" not in err
    assert status == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;pwned\\x07" in out
    assert "never advances" in out
