"""Errors in the user's language: the command line's one line and the app's error dialog.

The command runs as a child process, as a user starts it, in German
(``STUDY_PLANNER_LANG=de``) and in English, on real plans files; it is told what day
it is (``cli_now``). Every failure leaves what was saved as it was.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner import messages
from planner.errors import InternalError, PlannerError
from planner.messages import Message
from planner.storage import DB_FILENAME
from planner.translations import catalog_backend
from tests.plan_factory import calendar_plan, service

pytestmark = pytest.mark.usefixtures("cli_now")

BROKEN_ICS = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20261203T100000Z\n"
CANCELLED_ICS = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:a@test\n"
    "DTSTAMP:20261101T000000Z\nDTSTART:20261209T090000Z\nDTEND:20261209T170000Z\n"
    "SUMMARY:Team meeting\nSTATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n"
)
BROKEN_TOML = '[catalog]\nas_of = 2026-01-01\n[[courses]\nid = "x"\n'


def cli(folder: Path, *args: str, lang: str = "de") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["STUDY_PLANNER_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "planner", *args, "--data-dir", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def failed(result: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a failed run (no traceback, nothing else on stderr)."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def plans_json(folder: Path) -> list[dict[str, object]]:
    result = cli(folder, "plans", "--json")
    assert result.returncode == 0, result.stderr
    loaded: list[dict[str, object]] = json.loads(result.stdout)
    return loaded


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A data folder with one plan (and the day's backup its first open took)."""
    with service(data_dir, now=datetime(2026, 11, 30, 8, 0, tzinfo=UTC)) as svc:
        calendar_plan(svc, "Google MLE", 18)
        svc.backup("manual")
    return data_dir


# --- the command line ----------------------------------------------------------------


def test_zero_hours_are_refused_in_german_and_in_english(folder: Path) -> None:
    before = plans_json(folder)
    new = ["new", "--path", "ml-practitioner", "--start", "2026-11-30", "--prep-weeks", "8"]
    german = failed(cli(folder, *new, "--hours-per-week", "0"))
    assert german == (
        "study-planner: Fehler: mit 0 h/Woche würde der Plan nie fertig; geben Sie mehr als "
        "0 Stunden pro Woche an"
    )
    english = failed(cli(folder, *new, "--hours-per-week", "0", lang="en"))
    assert english == (
        "study-planner: 0 h/week would never finish the plan; give more than 0 hours per week"
    )
    logged = failed(cli(folder, "log", "course-0/m0", "0"))
    assert logged == "study-planner: Fehler: Die erfasste Zeit muss mehr als 0 Stunden betragen."
    assert "Logged time must be more than 0 hours." in failed(
        cli(folder, "log", "course-0/m0", "0", lang="en")
    )
    assert plans_json(folder) == before, "nothing was saved"


def test_impossible_dates_are_refused_in_german(folder: Path) -> None:
    before = plans_json(folder)
    new = ["new", "--path", "ml-practitioner", "--hours-per-week", "8"]
    early = failed(cli(folder, *new, "--start", "2026-12-07", "--exam-date", "2026-12-01"))
    assert early.startswith("study-planner: Fehler: ")
    assert "das Prüfungsdatum 2026-12-01 muss nach dem Startdatum 2026-12-07 liegen" in early
    assert "the exam date 2026-12-01 must be after the start date 2026-12-07" in failed(
        cli(folder, *new, "--start", "2026-12-07", "--exam-date", "2026-12-01", lang="en")
    )
    future = failed(cli(folder, "log", "course-0/m0", "1", "--date", "2027-01-05"))
    assert future.startswith("study-planner: Fehler: Für einen künftigen Tag")
    assert "2027-01-05" in future
    assert plans_json(folder) == before, "nothing was saved"


def test_a_damaged_plans_file_is_explained_in_german_and_can_be_restored(folder: Path) -> None:
    good = plans_json(folder)
    listing = cli(folder, "backups")
    assert listing.returncode == 0, listing.stderr
    assert "  manuell  " in listing.stdout and "  täglich  " in listing.stdout
    assert " manual " not in listing.stdout and " daily " not in listing.stdout
    english = cli(folder, "backups", lang="en").stdout
    assert "  manual  " in english and "  daily  " in english

    garbage = b"this is no database at all" * 200
    (folder / DB_FILENAME).write_bytes(garbage)
    line = failed(cli(folder, "status"))
    assert line.startswith(f"study-planner: Fehler: Ihre Plandatei {folder / DB_FILENAME} ist ")
    assert "beschädigt: sie ist keine SQLite-Datenbank (ihr Kopf ist falsch)." in line
    assert "beiseitegelegt; es wurde nichts gelöscht." in line
    assert "is damaged" not in line and "moved aside" not in line and "backup" not in line
    [aside] = folder.glob(f"{DB_FILENAME}.damaged-*")
    assert aside.read_bytes() == garbage, "the damaged file is kept as it was"
    newest = re.search(r"'study-planner restore (\S+)'", line).group(1)  # type: ignore[union-attr]
    restored = cli(folder, "restore", newest)
    assert restored.returncode == 0, restored.stderr
    assert plans_json(folder) == good

    (folder / DB_FILENAME).write_bytes(garbage)
    english_line = failed(cli(folder, "status", lang="en"))
    assert english_line.startswith(
        f"study-planner: Your plans file {folder / DB_FILENAME} is damaged: it is not a SQLite "
        "database (its header is wrong). It was moved aside to "
    )
    assert f"The newest good backup is {newest}" in english_line


def test_a_broken_calendar_file_is_explained_in_german_and_changes_nothing(
    folder: Path, tmp_path: Path
) -> None:
    ics = tmp_path / "work.ics"
    ics.write_text(BROKEN_ICS, encoding="utf-8")
    before = cli(folder, "show", "--all", "--json").stdout
    german = failed(cli(folder, "import-busy", str(ics)))
    assert german == (
        "study-planner: Fehler: Belegte Tage lassen sich nicht importieren: Die Datei ist "
        "abgeschnitten: Sie endet innerhalb von VEVENT (keine END-Zeile); exportieren Sie sie "
        "erneut aus Ihrem Kalender. Der Plan wurde nicht geändert."
    )
    english = failed(cli(folder, "import-busy", str(ics), lang="en"))
    assert english.endswith(
        "Cannot import busy days: The file is cut off: it ends inside a VEVENT (no END line); "
        "export it again from your calendar. The plan was not changed."
    )
    # A file whose only event is cancelled: why each event was left out, in German too.
    ics.write_text(CANCELLED_ICS, encoding="utf-8")
    nothing = failed(cli(folder, "import-busy", str(ics)))
    assert nothing == (
        "study-planner: Fehler: Die Datei enthält im Zeitraum des Plans keine belegte Zeit "
        "(Team meeting: abgesagt). Der Plan wurde nicht geändert."
    )
    assert failed(cli(folder, "import-busy", str(ics), lang="en")) == (
        "study-planner: The file holds no busy time in the plan's dates (Team meeting: "
        "cancelled). The plan was not changed."
    )
    assert cli(folder, "show", "--all", "--json").stdout == before


def test_a_malformed_catalog_file_is_explained_in_german(folder: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "update.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("courses.toml", BROKEN_TOML)
    before = cli(folder, "catalog", "--json").stdout
    german = failed(cli(folder, "catalog", "update", str(bundle)))
    assert german.startswith(
        "study-planner: Fehler: Katalog nicht aktualisiert: das Paket hat Fehler, es wurde "
        "nichts geändert: courses.toml:3: ist kein gültiges TOML: "
    )
    # Python's own words about the TOML stay as they are: they are the file's problem.
    assert german.endswith("Expected ']]' at the end of an array declaration")
    english = failed(cli(folder, "catalog", "update", str(bundle), lang="en"))
    assert (
        "catalog not updated: the bundle has errors, nothing was changed: courses.toml:3: "
        "is not valid TOML: Expected ']]'" in english
    )
    assert cli(folder, "catalog", "--json").stdout == before, "the catalog in use is unchanged"

    # The same file given with --catalog: a problem in the user's language, the rest loads.
    broken = tmp_path / "mine.toml"
    broken.write_text('[catalog]\nas_of = 2026-01-01\n[[courses]]\nid = "a b"\n', "utf-8")
    loaded = cli(folder, "catalog", "--catalog", str(broken))
    assert loaded.returncode == 0
    assert f"{broken}:4: Kurs 'a b', Feld 'id': 'a b' darf nur Buchstaben" in loaded.stderr
    assert f"{broken}:3: Kurs 'a b', Feld 'modules': fehlt" in loaded.stderr


def test_json_output_does_not_change_with_the_language(folder: Path) -> None:
    new = ["new", "--path", "ml-practitioner", "--start", "2026-11-30", "--prep-weeks", "8"]
    args = [*new, "--hours-per-week", "0", "--json"]
    german, english = cli(folder, *args), cli(folder, *args, lang="en")
    assert german.returncode == english.returncode != 0
    assert (german.stdout, german.stderr) == (english.stdout, english.stderr)
    assert "0 h/week would never finish the plan" in german.stderr
    assert cli(folder, "plans", "--json").stdout == cli(folder, "plans", "--json", lang="en").stdout


# --- the exception itself -------------------------------------------------------------


@pytest.fixture
def german() -> object:
    messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
    yield
    messages.set_backend(None)


@pytest.mark.usefixtures("german")
def test_an_error_renders_in_the_chosen_language_and_keeps_its_message() -> None:
    said = Message("error.exam_before_start", {"exam": date(2027, 1, 4), "start": date(2027, 2, 1)})
    exc = PlannerError(said)
    assert exc.message == said
    assert str(exc) == "das Prüfungsdatum 2027-01-04 muss nach dem Startdatum 2027-02-01 liegen"
    assert exc.english() == "the exam date 2027-01-04 must be after the start date 2027-02-01"
    assert said.to_json()["id"] == "error.exam_before_start"  # machine output: the id
    plain = PlannerError("an English sentence from older code")
    assert str(plain) == plain.english() == "an English sentence from older code"
    bug = InternalError("KeyError", "/home/me/study-planner.log")
    assert str(bug).startswith("In Study Planner ist ein interner Fehler aufgetreten (KeyError)")
    assert bug.english() == (
        "Something went wrong inside Study Planner (KeyError); nothing was saved. Details are "
        "in /home/me/study-planner.log."
    )


# --- the app ----------------------------------------------------------------------------


@pytest.mark.gui
def test_the_app_tells_errors_in_german(
    qtbot, qapp, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    from planner.services.clock import FixedClock
    from planner.ui import i18n
    from planner.ui.app import build_main_window
    from planner.ui.errors import ErrorDialog

    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    window = build_main_window(folder, FixedClock(datetime(2026, 12, 2, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(window)
    try:
        controller = window.controller
        assert controller.view is not None
        # A mistake the user can fix: the status bar says it.
        assert not controller.log_hours("course-0/m0", 0)
        assert window.statusBar().currentMessage() == (
            "Die erfasste Zeit muss mehr als 0 Stunden betragen."
        )
        assert not window.findChildren(ErrorDialog)
        # The file or the disk failed (here: the backups folder is a file now, so the
        # backup a deletion takes first cannot be written): the one error dialog says so.
        backups = folder / "backups"
        backups.rename(folder / "backups-kept")
        backups.write_text("not a folder", encoding="utf-8")
        assert controller.delete(controller.view.snapshot.id) is None
        [dialog] = window.findChildren(ErrorDialog)
        assert dialog.message.text() == (
            f"Die Sicherung konnte nicht geschrieben werden: {backups} ist kein Ordner."
        )
        assert dialog.heading.text() == "Das hat nicht geklappt"
        assert [p.name for p in controller.plans] == ["Google MLE"], "nothing was deleted"
    finally:
        window.controller.close()
        window.close()
        i18n.install(qapp, "en")
