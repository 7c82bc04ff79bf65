"""The hostile generators of ``tests/hostile`` with a long budget, counting what matters.

Run: ``python bench/bench_hostile.py`` (``--budget 0.1`` for a tenth of the inputs,
``--json`` for scripts). For each class of input it reports the inputs tried, the
tracebacks (any exception that is not a plain user-facing error, or "Traceback" on
stderr), the hangs (one input taking over 10 s; file states run in their own process
and are killed at 60 s), files moved aside that were not damaged, and data lost (the
plans file gone without an intact copy moved aside, or the newest backup missing).
The suite runs the same generators with a small fixed budget; the figures are
recorded in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from planner.catalog import load_catalog  # noqa: E402
from planner.cli import main as cli_main  # noqa: E402
from planner.errors import PlannerError  # noqa: E402
from planner.ical.busy import BusyImportError, read_busy  # noqa: E402
from planner.storage.backups import list_backups, take_backup  # noqa: E402
from planner.storage.db import DB_FILENAME  # noqa: E402
from tests.hostile.generators import (  # noqa: E402
    FILE_STATES,
    calendars,
    catalogs,
    clock_steps,
    flip,
    make_state,
    page_flips,
    table_pages,
)
from tests.hostile.helpers import digest  # noqa: E402
from tests.plan_factory import schedule, service  # noqa: E402

HANG_SECONDS = 10.0
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
DAMAGE_STATES = {"empty", "header", "truncated", "zeros", "app-id", "dropped-table"}


@dataclass
class Tally:
    name: str
    inputs: int = 0
    tracebacks: int = 0
    hangs: int = 0
    wrongly_moved: int = 0
    lost: int = 0
    check_misses: int = 0  # page flips: check said ok, yet a command could not read the file
    slowest_s: float = 0.0
    seconds: float = 0.0

    def timed(self, job: Callable[[], None]) -> None:
        began = time.perf_counter()
        try:
            job()
        except PlannerError:
            pass
        except Exception as exc:  # a traceback a user would have seen
            self.tracebacks += 1
            print(f"  {self.name}: {type(exc).__name__}: {exc!s:.200}", file=sys.stderr)
        took = time.perf_counter() - began
        self.inputs += 1
        self.slowest_s = max(self.slowest_s, took)
        self.hangs += took > HANG_SECONDS


def _run(
    examples: int, strategy: st.SearchStrategy[object], body: Callable[[object], None]
) -> None:
    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def drive(value: object) -> None:
        body(value)

    drive()


def cli(folder: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = cli_main(["--data-dir", str(folder), *args])
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
    return status, err.getvalue()


def bench_calendars(n: int) -> Tally:
    tally = Tally("calendars (grammar-built .ics)")

    def one(data: object) -> None:
        assert isinstance(data, bytes)

        def job() -> None:
            with contextlib.suppress(BusyImportError):
                read_busy(data, tz="Europe/Berlin", first=date(2027, 1, 1), last=date(2027, 12, 31))

        tally.timed(job)

    _run(n, calendars(max_events=30), one)
    return tally


def bench_catalogs(n: int, work: Path) -> Tally:
    tally = Tally("catalogs (hostile .toml/.json)")

    def one(value: object) -> None:
        name, text = value  # type: ignore[misc]
        folder = Path(tempfile.mkdtemp(dir=work))
        (folder / "catalogs").mkdir()
        (folder / "catalogs" / name).write_text(text, encoding="utf-8", errors="replace")
        tally.timed(lambda: load_catalog(folder))
        shutil.rmtree(folder)

    _run(n, catalogs(), one)
    return tally


def _plan_folder(work: Path) -> Path:
    folder = Path(tempfile.mkdtemp(dir=work))
    with service(folder, START) as svc:
        plan = svc.create_plan(name="Hostile", schedule=schedule())
        svc.tick(plan, "course-0/m0")
    return folder


def bench_clock(n: int, work: Path) -> Tally:
    tally = Tally("clock skew (backups)")

    def one(steps: object) -> None:
        folder = _plan_folder(work)

        def job() -> None:
            for days, reason in steps:  # type: ignore[attr-defined]
                taken = take_backup(folder, reason, START + timedelta(days=days))
                if list_backups(folder)[0] != taken:
                    tally.lost += 1
                    return

        tally.timed(job)
        shutil.rmtree(folder)

    _run(n, clock_steps, one)
    return tally


def bench_file_states(rounds: int, work: Path) -> Tally:
    tally = Tally("file states (own process)")
    for _ in range(rounds):
        for state in FILE_STATES:
            folder = _plan_folder(work)
            make_state(folder, state)
            began = time.perf_counter()
            try:
                done = subprocess.run(
                    [sys.executable, "-m", "planner", "--data-dir", str(folder), "status"],
                    capture_output=True, text=True, timeout=60, cwd=ROOT,
                )  # fmt: skip
                err = done.stderr
            except subprocess.TimeoutExpired:
                tally.hangs += 1
                err = ""
            took = time.perf_counter() - began
            tally.inputs += 1
            tally.slowest_s = max(tally.slowest_s, took)
            tally.hangs += took > HANG_SECONDS
            tally.tracebacks += "Traceback" in err
            moved = list(folder.glob("planner.db.damaged-*"))
            tally.wrongly_moved += bool(moved) and state not in DAMAGE_STATES
            tally.lost += state in DAMAGE_STATES and not moved
            with contextlib.suppress(OSError):
                shutil.rmtree(folder)
    return tally


def bench_page_flips(n: int, work: Path) -> Tally:
    tally = Tally("page flips (every table)")
    template = _plan_folder(work)
    pages = table_pages(template / DB_FILENAME)

    def one(value: object) -> None:
        _table, flips = value  # type: ignore[misc]
        folder = Path(tempfile.mkdtemp(dir=work))
        shutil.rmtree(folder)
        shutil.copytree(template, folder)
        db = folder / DB_FILENAME
        flip(db, flips)
        flipped = digest(db)

        def job() -> None:
            check_status, err = cli(folder, "check")
            tally.tracebacks += "Traceback" in err
            for command in (["status"], ["show"], ["plans"], ["tick", "course-0/m1"]):
                status, err = cli(folder, *command)
                tally.tracebacks += "Traceback" in err
                moved = list(folder.glob("planner.db.damaged-*"))
                if moved:
                    tally.wrongly_moved += check_status == 0
                    tally.lost += digest(moved[0]) != flipped
                    return
                if check_status == 0 and status != 0:
                    tally.check_misses += 1
                    print(f"  check ok, {command[0]} failed: {err.strip()[:160]}", file=sys.stderr)
            if not db.exists():
                tally.lost += 1

        tally.timed(job)
        shutil.rmtree(folder)

    _run(n, page_flips(pages), one)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=1.0, help="scale the inputs tried")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--only",
        action="append",
        choices=["calendars", "catalogs", "clock", "states", "flips"],
        help="run only these classes (repeatable)",
    )
    args = parser.parse_args(argv)
    scale = args.budget
    warnings.simplefilter("ignore")
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    tallies: list[Tally] = []
    try:
        classes: dict[str, Callable[[], Tally]] = {
            "calendars": lambda: bench_calendars(int(3000 * scale)),
            "catalogs": lambda: bench_catalogs(int(400 * scale), work),
            "clock": lambda: bench_clock(int(200 * scale), work),
            "states": lambda: bench_file_states(max(1, int(3 * scale)), work),
            "flips": lambda: bench_page_flips(int(600 * scale), work),
        }
        for name, make in classes.items():
            if args.only and name not in args.only:
                continue
            began = time.perf_counter()
            tally = make()
            tally.seconds = round(time.perf_counter() - began, 1)
            tally.slowest_s = round(tally.slowest_s, 2)
            tallies.append(tally)
            print(f"done: {tally}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps([asdict(t) for t in tallies], indent=2))
    else:
        print(
            f"{'class':34} {'inputs':>7} {'tracebacks':>10} {'hangs>10s':>9} "
            f"{'moved wrongly':>13} {'lost':>5} {'check misses':>12} {'slowest':>8}"
        )
        for t in tallies:
            print(
                f"{t.name:34} {t.inputs:>7} {t.tracebacks:>10} {t.hangs:>9} "
                f"{t.wrongly_moved:>13} {t.lost:>5} {t.check_misses:>12} {t.slowest_s:>7.2f}s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
