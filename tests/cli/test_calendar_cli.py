"""``export`` and ``import-busy`` on a stored plan, with the files parsed back."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.cli import main
from planner.storage.db import DB_FILENAME

# Their plans are dated: `study-planner` is told what day it is (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("cli_now")


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    args = ["new", "--path", "data-scientist", "--start", "2026-11-30", "--hours-per-week", "8"]
    assert (
        main(
            [
                "--data-dir",
                str(data),
                *args,
                "--exam-date",
                "2027-06-30",
                "--tz",
                "Europe/Berlin",
                "--name",
                "PMLE",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return data


def cli(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_twice_gives_the_same_events_and_a_tick_bumps_one_sequence(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "plan.ics"
    assert cli(folder, "export", "--ics", str(ics)) == 0
    assert "new" in capsys.readouterr().out
    first = events(ics)
    assert any(
        "EXAM" in str(e.get("SUMMARY", "")).upper() or "exam" in uid for uid, e in first.items()
    )
    assert cli(folder, "export", "--ics", str(ics)) == 0
    second = events(ics)
    assert first.keys() == second.keys()
    assert all(int(second[u]["SEQUENCE"]) == int(first[u]["SEQUENCE"]) for u in first)
    capsys.readouterr()
    assert cli(folder, "show", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    first_session = plan["sessions"][0]
    for entry in first_session["items"]:
        if not any(it["key"] == entry["item"] and it["done"] for it in plan["items"]):
            assert cli(folder, "tick", entry["item"]) == 0
    assert cli(folder, "export", "--ics", str(ics)) == 0
    third = events(ics)
    assert third.keys() == first.keys()
    bumped = [u for u in first if int(third[u]["SEQUENCE"]) > int(first[u]["SEQUENCE"])]
    ticked = {entry["item"] for entry in first_session["items"]}
    touched = {
        s["date"] for s in plan["sessions"] if ticked & {entry["item"] for entry in s["items"]}
    }
    day = first_session["date"]
    assert any(day in uid for uid in bumped)
    assert all(any(d in uid for d in touched) for uid in bumped), "only sessions of ticked items"
    assert str(next(third[u] for u in bumped if day in u)["SUMMARY"]).startswith("✓")


def test_export_to_a_folder_that_does_not_exist_is_one_line_and_changes_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()
    target = tmp_path / "missing" / "plan.ics"
    assert cli(folder, "export", "--ics", str(target)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Cannot write" in err[0]
    assert not target.parent.exists()
    assert hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest() == before


BUSY = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:trip@test
SUMMARY:Conference trip
DTSTART;VALUE=DATE:20261207
DTEND;VALUE=DATE:20261212
END:VEVENT
BEGIN:VEVENT
UID:choir@test
SUMMARY:Choir
DTSTART;TZID=Europe/Berlin:20261202T180000
DTEND;TZID=Europe/Berlin:20261202T203000
RRULE:FREQ=WEEKLY;COUNT=6
EXDATE;TZID=Europe/Berlin:20261216T180000
END:VEVENT
BEGIN:VEVENT
UID:broken@test
SUMMARY:Broken start
DTSTART:not-a-date
END:VEVENT
END:VCALENDAR
"""


def test_import_busy_replans_around_busy_days_and_reports_skipped_events(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    busy = tmp_path / "busy.ics"
    busy.write_bytes(BUSY)
    assert cli(folder, "import-busy", str(busy)) == 0
    out = capsys.readouterr().out
    assert "Re-planned" in out
    assert "skipped: Broken start" in out
    assert cli(folder, "show", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    days = {s["date"] for s in plan["sessions"]}
    assert not days & {"2026-12-07", "2026-12-09", "2026-12-11"}, "the trip is a day off"
    assert ["2026-12-09", 0.0] in plan["settings"]["day_limits"]


@pytest.mark.parametrize("content", [b"", b"\x00\xff garbage", b"BEGIN:VCALENDAR\nEND:VCALENDAR\n"])
def test_a_file_that_yields_nothing_never_changes_the_plan(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    before = hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()
    busy = tmp_path / "busy.ics"
    busy.write_bytes(content)
    assert cli(folder, "import-busy", str(busy)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not changed" in err[0]
    assert hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest() == before


def test_an_exam_only_export_after_a_full_one_cancels_no_session(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "plan.ics"
    assert cli(folder, "export", "--ics", str(ics)) == 0
    sessions = [uid for uid in events(ics) if "-s-" in uid]
    assert len(sessions) > 50
    capsys.readouterr()
    assert cli(folder, "export", "--ics", str(ics), "--what", "exam") == 0
    out = capsys.readouterr().out
    assert "0 cancelled" in out
    assert list(events(ics)) == [
        uid for uid in events(ics) if uid.endswith("-m-exam@study-planner")
    ]
    # The full export again: the sessions are still live there, with their old SEQUENCE.
    assert cli(folder, "export", "--ics", str(ics)) == 0
    again = events(ics)
    assert all(str(again[uid]["STATUS"]) == "CONFIRMED" for uid in sessions)
    assert all(int(again[uid]["SEQUENCE"]) == 0 for uid in sessions)


def test_each_file_is_a_target_of_its_own(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, exam = tmp_path / "all.ics", tmp_path / "exam.ics"
    assert cli(folder, "export", "--ics", str(full)) == 0
    assert cli(folder, "export", "--ics", str(exam), "--what", "exam") == 0
    assert len(events(exam)) == 1
    capsys.readouterr()
    # A new file never gets cancellations of what only the other file received.
    assert cli(folder, "export", "--ics", str(tmp_path / "new.ics"), "--what", "milestones") == 0
    new = events(tmp_path / "new.ics")
    assert new and all(str(e["STATUS"]) == "CONFIRMED" for e in new.values())
    assert "Times computed with the zone rules of IANA" in capsys.readouterr().out


def test_a_meeting_after_the_session_is_remembered_and_said(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The plan studies Mon, Wed and Sat from 19:00 for 2.5 h; a call follows at 22:00.
    busy = tmp_path / "late.ics"
    busy.write_bytes(
        b"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nBEGIN:VEVENT\nUID:late@t\n"
        b"SUMMARY:Late call\nDTSTART;TZID=Europe/Berlin:20261207T220000\n"
        b"DTEND;TZID=Europe/Berlin:20261207T230000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert cli(folder, "import-busy", str(busy)) == 0
    out = capsys.readouterr().out
    assert "no study time falls on them today" in out
    assert cli(folder, "show", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    assert "2026-12-07" in {day for day, _ in plan["settings"]["day_limits"]}
    assert all(s["end"] <= "22:00" for s in plan["sessions"] if s["date"] == "2026-12-07")
