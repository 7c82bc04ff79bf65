"""Generated hostile inputs with a small fixed budget (``bench/bench_hostile.py`` runs the
same generators for long): calendars, catalogs, clock skew, file states, page flips.

Each property is what a user would notice: a plain line instead of a traceback, a
file moved aside only when it is really damaged, nothing saved lost, and ``check``
never calling a file fine that the other commands cannot read.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.catalog import load_catalog
from planner.ical.busy import BusyImport, BusyImportError, read_busy
from planner.storage.backups import list_backups, newest_good_backup, take_backup
from planner.storage.db import DB_FILENAME
from tests.hostile.generators import (
    FILE_STATES,
    calendars,
    catalogs,
    clock_steps,
    flip,
    make_state,
    page_flips,
    table_pages,
)
from tests.hostile.helpers import HOSTILE, CliRunner, digest
from tests.plan_factory import schedule, service

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def one_safe_line(text: str) -> bool:
    return "\n" not in text and "\x1b" not in text and "\x07" not in text


@given(data=calendars())
@settings(HOSTILE, max_examples=50)
def test_any_grammar_built_calendar_is_read_or_refused_in_one_line(data: bytes) -> None:
    try:
        busy = read_busy(data, tz="Europe/Berlin", first=date(2027, 1, 1), last=date(2027, 6, 30))
    except BusyImportError as exc:
        assert one_safe_line(str(exc))
        return
    assert isinstance(busy, BusyImport)
    assert all(one_safe_line(str(s)) for s in busy.skipped)
    assert all(date(2027, 1, 1) <= d <= date(2027, 6, 30) for d in busy.days)


@given(catalog=catalogs())
@settings(HOSTILE, max_examples=25)
def test_any_hostile_catalog_file_is_reported_per_file_and_the_rest_loads(
    tmp_path_factory: pytest.TempPathFactory, catalog: tuple[str, str]
) -> None:
    folder = tmp_path_factory.mktemp("catalog")
    (folder / "catalogs").mkdir()
    name, text = catalog
    (folder / "catalogs" / name).write_text(text, encoding="utf-8", errors="replace")
    result = load_catalog(folder)
    assert result.catalog.courses, "the built-in catalog still loads"
    assert all(one_safe_line(str(p)) for p in result.problems)


@given(steps=clock_steps)
@settings(HOSTILE, max_examples=12)
def test_backups_under_a_clock_that_jumps_keep_the_newest_and_never_crash(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, str]]
) -> None:
    folder = tmp_path_factory.mktemp("clock")
    with service(folder, START) as svc:
        svc.create_plan(name="Plan", schedule=schedule())
    for days, reason in steps:
        taken = take_backup(folder, reason, START + timedelta(days=days))
        listed = list_backups(folder)
        assert listed[0] == taken, "the backup just taken is the newest"
        assert newest_good_backup(folder) == taken


SURELY_DAMAGED = {"empty", "header", "truncated", "zeros", "app-id", "dropped-table"}


@pytest.mark.parametrize("state", FILE_STATES)
def test_every_file_state_is_one_line_and_only_damage_is_moved(
    folder: Path, cli: CliRunner, state: str
) -> None:
    make_state(folder, state)
    status, _out, err = cli("--data-dir", str(folder), "status")
    assert "Traceback" not in err
    assert status == 0 or len(err.strip().splitlines()) == 1, err
    moved = list(folder.glob("planner.db.damaged-*"))
    if state in SURELY_DAMAGED:
        assert moved and status != 0
        assert list_backups(folder)[0].id in err, "the newest good backup is named"
    else:
        assert not moved, err
    check_status, _out, _err = cli("--data-dir", str(folder), "check")
    if state in {"dropped-index", *SURELY_DAMAGED}:
        assert check_status != 0


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    with service(folder, START) as svc:
        plan = svc.create_plan(name="Flip me", schedule=schedule())
        svc.tick(plan, "course-0/m0")
    return folder


@settings(HOSTILE, max_examples=40)
@given(data=st.data())
def test_page_flips_in_any_table_never_pass_check_while_commands_fail(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    cli: CliRunner,
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("flip")
    shutil.rmtree(folder)
    shutil.copytree(template, folder)
    db = folder / DB_FILENAME
    table, flips = data.draw(page_flips(table_pages(db)), label="flips")
    flip(db, flips)
    flipped = digest(db)
    check_status, check_out, err = cli("--data-dir", str(folder), "check")
    assert "Traceback" not in err
    if check_status != 0:
        assert "restore" in check_out or "no plans file" in check_out
    target = str(folder.parent / f"{folder.name}.ics")
    for command in (["status"], ["show"], ["plans"], ["export", "--ics", target]):
        status, _out, err = cli("--data-dir", str(folder), *command)
        assert "Traceback" not in err, (table, command, err)
        if check_status == 0:
            assert status == 0, f"check said ok but {command[0]} failed ({table}): {err}"
        if status != 0:
            assert len(err.strip().splitlines()) == 1 and one_safe_line(err.strip()), err
        moved = list(folder.glob("planner.db.damaged-*"))
        if moved:  # moved aside intact, never deleted, and a backup named
            assert digest(moved[0]) == flipped
            assert "restore" in err
            break
