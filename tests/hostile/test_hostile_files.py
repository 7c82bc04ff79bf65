"""Random bytes and mutated valid files fed to the catalog loader, the .ics importer and
the database opener: each is refused or read, never a traceback, never a lost file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.catalog import load_catalog
from planner.catalog.loader import builtin_catalog_files
from planner.ical.busy import BusyImport, BusyImportError, read_busy
from planner.services.plans import ServiceError
from planner.storage import StorageError
from planner.storage.db import DB_FILENAME
from tests.hostile.helpers import HOSTILE, CliRunner, assert_one_line_error, digest
from tests.plan_factory import schedule, service

GOLDEN_ICS = Path(__file__).parents[1] / "ical" / "golden" / "berlin-2027.ics"


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """A valid file with a few bytes flipped, cut out, duplicated or inserted."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        how = draw(st.sampled_from(["flip", "cut", "dup", "insert", "truncate"]))
        if how == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif how == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif how == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 64))]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at:]
    return bytes(data)


def hostile_bytes(original: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=2048), mutated(original))


# --- catalog files --------------------------------------------------------------------

BUILTIN = builtin_catalog_files()
SAMPLE_TOML = min(BUILTIN, key=lambda p: p.stat().st_size).read_bytes()


def assert_readable_problems(problems: object) -> None:
    for problem in problems:  # type: ignore[attr-defined]
        line = str(problem)
        assert "\n" not in line and "\r" not in line
        assert all(ch.isprintable() for ch in line), repr(line)


@given(data=hostile_bytes(SAMPLE_TOML), suffix=st.sampled_from([".toml", ".json"]))
@HOSTILE
def test_a_garbage_catalog_file_is_skipped_with_readable_reasons(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    home = tmp_path_factory.mktemp("catalog")
    folder = home / "catalogs"
    folder.mkdir()
    bad = folder / f"mine{suffix}"
    bad.write_bytes(data)
    result = load_catalog(home)
    assert_readable_problems(result.problems)
    if result.errors:
        assert str(bad) in result.skipped_files
    assert set(result.catalog.paths) >= {"software-engineer", "data-scientist"}
    assert bad.read_bytes() == data  # read, never rewritten


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[courses]]\nid = "a"\n[[courses.modules]]\nid = "m"\nhours = inf\n', "finite"),
        ('[[courses]]\nid = "a"\n[[courses.modules]]\nid = "m"\nhours = nan\n', "hours"),
        ('{"courses": [{"id": "a", "modules": [{"id": "m", "hours": 1e999}]}]}', "finite"),
        ('{"courses": [{"id": "a", "modules": [{"id": "m", "hours": 1' + "0" * 400 + "}]}]}", ""),
        ('{"courses": [{"id": "\\u0000\\u001b[2J", "title": "x"}]}', "may hold only"),
        ("[[courses]]\n" * 500, ""),
        ("[" * 100_000, "not valid"),
    ],
)
def test_numbers_and_names_that_make_no_sense_are_reported_not_loaded(
    tmp_path: Path, text: str, expected: str
) -> None:
    suffix = ".json" if text.startswith("{") else ".toml"
    path = tmp_path / f"odd{suffix}"
    path.write_text(text, encoding="utf-8")
    result = load_catalog(None, [path])
    assert str(path) in result.skipped_files
    assert_readable_problems(result.problems)
    assert any(expected in str(p) for p in result.errors)


def test_the_catalog_command_survives_a_garbage_file(tmp_path: Path, cli: CliRunner) -> None:
    path = tmp_path / "garbage.toml"
    path.write_bytes(bytes(range(256)) * 8)
    status, out, err = cli("catalog", "--catalog", str(path))
    assert status == 0 and "software-engineer" in out
    assert "not UTF-8" in err and "Traceback" not in err


# --- .ics files -----------------------------------------------------------------------

ICS = GOLDEN_ICS.read_bytes()


@given(data=hostile_bytes(ICS))
@HOSTILE
def test_the_busy_importer_reads_or_refuses_any_bytes(data: bytes) -> None:
    try:
        busy = read_busy(data, tz="Europe/Berlin", first=date(2027, 1, 1), last=date(2027, 12, 31))
    except BusyImportError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(busy, BusyImport)
    for skipped in busy.skipped:
        assert "\n" not in str(skipped)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 1000,
        bytes(range(256)),
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n",  # never ends
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",  # no events
        ICS[: len(ICS) // 3],
        b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 200 + b"END:VCALENDAR\r\n",
    ],
)
def test_import_busy_with_a_bad_file_is_one_line_and_changes_nothing(
    folder: Path, cli: CliRunner, tmp_path: Path, data: bytes
) -> None:
    before = digest(folder / DB_FILENAME)
    backups = sorted(p.name for p in (folder / "backups").iterdir())
    path = tmp_path / "busy.ics"
    path.write_bytes(data)
    status, _out, err = cli("--data-dir", str(folder), "import-busy", str(path))
    assert_one_line_error(status, err, "not changed")
    assert digest(folder / DB_FILENAME) == before
    assert sorted(p.name for p in (folder / "backups").iterdir()) == backups


# --- the database file ----------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_db(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("valid")
    with service(folder) as svc:
        plan = svc.create_plan(name="Google MLE", schedule=schedule())
        svc.tick(plan, "course-0/m0")
    return (folder / DB_FILENAME).read_bytes()


@given(data=st.data())
@HOSTILE
def test_a_garbage_or_mutated_plans_file_is_refused_and_kept_or_read(
    tmp_path_factory: pytest.TempPathFactory, valid_db: bytes, data: st.DataObject
) -> None:
    raw = data.draw(hostile_bytes(valid_db), label="file")
    folder = tmp_path_factory.mktemp("hostile")
    (folder / DB_FILENAME).write_bytes(raw)
    try:
        with service(folder) as svc:
            for plan in svc.list_plans(include_archived=True):
                svc.load(plan.id)
    except (StorageError, ServiceError) as exc:
        message = str(exc)
        assert "\n" not in message and message
        kept = [p for p in folder.iterdir() if p.name.startswith(DB_FILENAME)]
        assert any(p.read_bytes() == raw for p in kept), "the user's file was lost"
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("size", [0, 1, 100, 4096])
def test_the_cli_reports_a_garbage_plans_file_in_one_line_and_keeps_it(
    data_dir: Path, cli: CliRunner, size: int
) -> None:
    raw = (b"SQLite format 3\x00" + b"\xff" * size)[:size]
    (data_dir / DB_FILENAME).write_bytes(raw)
    status, _out, err = cli("--data-dir", str(data_dir), "status")
    assert_one_line_error(status, err, "damaged", "moved aside")
    moved = [p for p in data_dir.iterdir() if p.name.startswith(f"{DB_FILENAME}.damaged-")]
    assert len(moved) == 1 and moved[0].read_bytes() == raw
