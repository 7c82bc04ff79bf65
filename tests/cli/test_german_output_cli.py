"""The rest of the command line in German: `where`, `catalog`, `new`, `edit`, the alerts
and their fixes, calendars, backups, exam logistics and retakes.

Each command runs as the user runs it — `python -m planner` in a child process, on a real
data folder — once with STUDY_PLANNER_LANG=en and once with =de, on two copies of the
same folder. German says it in German and none of the English sentences are left; the
English stays word for word as it was; --json is the same byte for byte in both.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.bundle_server import builtin_texts, make_bundle
from tests.catalog_overrides import mla_c01_never_retires, new_weights_and_hours
from tests.conftest import CLI_NOW

TODAY = date.fromisoformat(CLI_NOW[:10])
LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "STUDY_PLANNER_LANG")
ALL_DAYS = "mon,tue,wed,thu,fri,sat,sun"


def run(folder: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE}
    env.update(
        STUDY_PLANNER_LANG=lang,
        STUDY_PLANNER_NOW=CLI_NOW,
        # The child has no keyring of the test's: none at all, as on a headless server.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=120,
    )


def ok(folder: Path, lang: str, *args: str) -> str:
    done = run(folder, lang, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


Runs = tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]


def twice(tmp_path: Path, master: Path, *args: str) -> Runs:
    """The command in English on one copy of ``master``, in German on another."""
    out = []
    for lang in ("en", "de"):
        copy = tmp_path / f"copy-{lang}"
        if not copy.exists():
            shutil.copytree(master, copy)
        out.append(run(copy, lang, *args))
    return out[0], out[1]


def same_json(tmp_path: Path, master: Path, *args: str) -> str:
    """The command's --json output, checked to be the same in both languages."""
    english, german = twice(tmp_path / "json", master, *args, "--json")
    assert english.returncode == german.returncode
    assert english.stdout == german.stdout and english.stdout.strip().startswith(("{", "["))
    return english.stdout


def no_english(text: str, *sentences: str) -> None:
    for sentence in sentences:
        assert sentence not in text, f"still English: {sentence!r}"


@pytest.fixture(scope="module")
def gcp_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved Google Cloud plan (the PMLE exam), made through the command line."""
    folder = tmp_path_factory.mktemp("gcp") / "data"
    ok(
        folder,
        "en",
        *("new", "--path", "software-engineer", "--tz", "UTC", "--hours-per-week", "12"),
        *("--start", TODAY.isoformat(), "--prep-weeks", "8", "--name", "PMLE"),
    )
    return folder


@pytest.fixture(scope="module")
def aws_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An AWS plan saved while MLA-C01 in English had no end: the catalog now says it ended."""
    folder = tmp_path_factory.mktemp("aws") / "data"
    override = mla_c01_never_retires(folder)
    ok(
        folder,
        "en",
        *("new", "--path", "data-scientist", "--cloud", "aws", "--tz", "UTC"),
        *("--start", TODAY.isoformat(), "--days", ALL_DAYS, "--hours-per-week", "30"),
        *("--exam-date", (TODAY + timedelta(days=60)).isoformat()),
    )
    override.unlink()
    return folder


def test_where_speaks_german_and_english_keeps_its_columns(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    english = ok(folder, "en", "where").splitlines()
    assert english[:3] == [
        f"data folder: {folder}",
        f"resources:   {english[1].split(maxsplit=1)[1]}",
        f"log file:    {folder / 'study-planner.log'}",
    ]
    german = ok(folder, "de", "where")
    assert german.startswith(f"Datenordner: {folder}\n")
    assert "Logdatei:" in german and "Ressourcen:" in german
    no_english(german, "data folder:", "resources:", "log file:")


def test_the_catalog_overview_speaks_german(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    english = ok(folder, "en", "catalog")
    german = ok(folder, "de", "catalog")
    assert english.startswith("Study Planner catalog · version ")
    assert "\nPATHS\n" in english and "\nCERTIFICATIONS\n" in english
    assert "  Exam by cloud: Google Cloud (default): PMLE (available)" in english
    assert german.startswith("Study-Planner-Katalog · Version ")
    for heading in ("\nLERNPFADE\n", "\nKURSE\n", "\nZERTIFIZIERUNGEN\n"):
        assert heading in german
    assert "Prüfung je Cloud: Google Cloud (Standard): PMLE (verfügbar)" in german
    assert "Katalogtext auf Englisch" in german and " Modulen" in german
    no_english(
        german,
        "Hours marked",
        "facts checked",
        "PATHS",
        "COURSES",
        "CERTIFICATIONS",
        "Exam by cloud",
        "(default)",
        "\n  Why: ",
        "\n    Timeline: ",
        "\n    Domains: ",
        " · confidence ",
        " · sources: ",
        " · questions: ",
        " · rated ",
    )
    assert re.search(r" \d+ modules", german) is None
    same_json(tmp_path, folder, "catalog")


def test_an_old_catalog_warns_in_german(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    old = {name: text.replace("2026-11-29", "2026-01-10") for name, text in builtin_texts().items()}
    (tmp_path / "old.zip").write_bytes(make_bundle(dict(old)))
    ok(folder, "en", "catalog", "update", str(tmp_path / "old.zip"))
    german = ok(folder, "de", "catalog")
    assert "Warnung: Die Angaben des Katalogs wurden zuletzt am 2026-01-10 geprüft" in german
    assert "Datei › Katalog aktualisieren…" in german
    no_english(german, "were last checked", "Warning:")


def test_catalog_update_and_rollback_speak_german(tmp_path: Path) -> None:
    certs = builtin_texts()["certifications.toml"].replace(
        "price_usd = 200\n", "price_usd = 220\n", 1
    )
    bundle = tmp_path / "newer.zip"
    bundle.write_bytes(make_bundle({"certifications.toml": certs}))
    master = tmp_path / "data"
    master.mkdir()
    english, german = twice(tmp_path, master, "catalog", "update", str(bundle))
    assert english.returncode == german.returncode == 0
    assert f"Catalog updated from {bundle} (version 2026.11.29, facts checked 2026-11-29)." in (
        english.stdout
    )
    assert "  Exams: changed PMLE (gcp-pmle) (price USD 200 → 220)" in english.stdout
    assert german.stdout.startswith(f"Katalog aktualisiert aus {bundle} (Version 2026.11.29")
    assert "  Prüfungen: geändert PMLE (gcp-pmle)" in german.stdout
    no_english(german.stdout, "Catalog updated", "Exams:", "changed ", "previous catalog")

    english, german = twice(tmp_path, master, "catalog", "rollback")
    assert english.stdout.startswith("Catalog rolled back to the built in catalog")
    assert german.stdout.startswith("Katalog zurückgesetzt auf den Katalog „mitgeliefert“")
    no_english(german.stdout, "rolled back", "Exams:", "facts checked")


def test_new_speaks_german_when_the_plan_does_not_fit_and_when_saved(tmp_path: Path) -> None:
    master = tmp_path / "data"
    master.mkdir()
    tight = ("new", "--path", "software-engineer", "--tz", "UTC", "--hours-per-week", "8")
    tight += ("--start", TODAY.isoformat(), "--exam-date", (TODAY + timedelta(days=40)).isoformat())
    english, german = twice(tmp_path, master, *tight, "--dry-run")
    assert english.returncode == german.returncode == 2
    assert english.stderr.startswith("study-planner: plan does not fit: ")
    assert "\n  fix: move the exam to " in english.stderr
    assert german.stderr.startswith("study-planner: Fehler: Der Plan passt nicht: ")
    assert "\n  Abhilfe: die Prüfung auf " in german.stderr
    no_english(german.stderr, "does not fit", "fix:", "move the exam", "study days")
    no_english(german.stdout, "warning:", "estimated hours")
    same_json(tmp_path, master, *tight, "--dry-run")

    fits = ("new", "--path", "software-engineer", "--tz", "UTC", "--hours-per-week", "12")
    english, german = twice(tmp_path, master, *fits, "--start", TODAY.isoformat())
    assert english.stdout.endswith("\nSaved as plan 1. 'study-planner show' shows this week.\n")
    assert german.stdout.endswith(
        "\nAls Plan 1 gespeichert. 'study-planner show' zeigt diese Woche.\n"
    )
    assert "Warnung: " in german.stdout
    no_english(german.stdout, "Saved", "warning:", "log your hours")

    english, german = twice(
        tmp_path, master, "new", "--path", "x", "--hours-per-week", "8", "--days", "mon,someday"
    )
    assert english.returncode == german.returncode == 2
    assert "'someday' is not a weekday (use e.g. mon,wed,sat)" in english.stderr
    assert "'someday' ist kein Wochentag" in german.stderr
    no_english(german.stderr, "is not a weekday")


def test_edit_speaks_german(tmp_path: Path, gcp_plan: Path) -> None:
    english, german = twice(tmp_path, gcp_plan, "edit", "--hours-per-week", "14", "--dry-run")
    assert english.returncode == german.returncode == 0
    lines = english.stdout.splitlines()
    assert lines[:2] == ["Changes:", "  hours per week: 12 h → 14 h"]
    assert "What moves:" in lines and lines[-1] == "Dry run: nothing was saved."
    assert german.stdout.startswith("Änderungen:\n  Stunden pro Woche: 12 h → 14 h\n")
    assert "Was sich verschiebt:" in german.stdout
    assert german.stdout.endswith("Probelauf: Nichts wurde gespeichert.\n")
    no_english(german.stdout, "Changes:", "What moves", "finished ", "Last session", "Dry run")
    same_json(tmp_path, gcp_plan, "edit", "--hours-per-week", "14", "--dry-run")

    english, german = twice(tmp_path, gcp_plan, "edit", "--hours-per-week", "14")
    assert english.stdout.endswith("Saved: Edit plan. 'study-planner undo' takes it back.\n")
    assert german.stdout.endswith(
        "Gespeichert: Plan bearbeitet. 'study-planner undo' nimmt es zurück.\n"
    )

    english, german = twice(tmp_path, gcp_plan, "edit", "--drop", "nope")
    assert english.returncode == german.returncode == 2
    assert "'nope' is not a course of this plan" in english.stderr
    assert "'nope' ist kein Kurs dieses Plans" in german.stderr


def test_alerts_switch_exam_and_keep_as_is_speak_german(tmp_path: Path, aws_plan: Path) -> None:
    english, german = twice(tmp_path, aws_plan, "status")
    assert "\nalert: " in english.stdout and "\n  fix: Switch to" in english.stdout
    assert "\nHinweis: " in german.stdout and "\n  Abhilfe: " in german.stdout
    no_english(german.stdout, "alert:", "fix:", "Switch to", "retires", "in English")
    same_json(tmp_path, aws_plan, "status")

    english, german = twice(tmp_path, aws_plan, "switch-exam", "--dry-run")
    assert english.stdout.startswith("Would switch: ")
    assert german.stdout.startswith("Würde wechseln: ")
    no_english(german.stdout, "Would switch", "finishes", "days)")
    same_json(tmp_path, aws_plan, "switch-exam", "--dry-run")

    english, german = twice(tmp_path, aws_plan, "keep-as-is")
    assert english.stdout.startswith("Saved: ") and "(1 alert(s) silenced)." in english.stdout
    assert english.stdout.endswith("\n'study-planner undo' takes it back.\n")
    assert german.stdout.startswith("Gespeichert: ")
    assert "(stummgeschaltete Hinweise: 1)." in german.stdout
    no_english(german.stdout, "silenced", "takes it back")
    english, german = twice(tmp_path, aws_plan, "status")
    assert "(1 catalog change(s) kept as they are)" in english.stdout
    assert "(beibehaltene Katalogänderungen: 1)" in german.stdout


def test_catalog_changes_under_a_plan_are_told_in_german(tmp_path: Path, gcp_plan: Path) -> None:
    master = tmp_path / "changed"
    shutil.copytree(gcp_plan, master)
    new_weights_and_hours(master)
    english, german = twice(tmp_path, master, "status")
    assert english.stdout.count("\nalert: ") == german.stdout.count("\nHinweis: ") >= 1
    no_english(german.stdout, "alert:", "fix:", "domain weights", "Re-plan")


def test_export_and_import_busy_speak_german(tmp_path: Path, gcp_plan: Path) -> None:
    english, german = twice(tmp_path, gcp_plan, "export", "--ics", str(tmp_path / "plan.ics"))
    assert english.stdout.startswith("Wrote ") and "events update instead of duplicating" in (
        english.stdout
    )
    assert "Times computed with the zone rules of " in english.stdout
    assert " Termine nach " in german.stdout and "Zeiten berechnet mit" in german.stdout
    no_english(german.stdout, "Wrote", "events", "Times computed")

    day = (TODAY + timedelta(days=2)).strftime("%Y%m%d")
    busy = tmp_path / "busy.ics"
    busy.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:b1\r\n"
        f"DTSTAMP:20261101T000000Z\r\nDTSTART;VALUE=DATE:{day}\r\n"
        "SUMMARY:Trip\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    english, german = twice(tmp_path, gcp_plan, "import-busy", str(busy), "--dry-run")
    assert english.returncode == german.returncode == 0, german.stderr
    assert english.stdout.startswith("Read 1 busy events over 1 days.\nWould re-plan")
    assert german.stdout.startswith("1 belegte(n) Termin(e) an 1 Tag(en) gelesen.\n")
    assert "\nWürde neu planen: " in german.stdout
    no_english(german.stdout, "Read ", "Would re-plan", "finishes", "study days have")


def test_backups_restore_and_check_speak_german(tmp_path: Path, gcp_plan: Path) -> None:
    empty = tmp_path / "empty"
    assert ok(empty, "en", "backups") == "No backups yet. 'study-planner backup' takes one.\n"
    assert ok(empty, "de", "backups").startswith("Noch keine Sicherungen.")

    english, german = twice(tmp_path, gcp_plan, "backup")
    assert english.stdout.startswith("Backup ") and "KiB, verified)." in english.stdout
    assert german.stdout.startswith("Sicherung ") and "KiB, geprüft)." in german.stdout
    backup_id = german.stdout.split()[1]

    english, german = twice(tmp_path, gcp_plan, "check")
    assert english.stdout.endswith(
        ": ok (integrity, foreign keys, tables and stored values checked)\n"
    )
    assert german.stdout.endswith(
        ": in Ordnung (Integrität, Fremdschlüssel, Tabellen und gespeicherte Werte geprüft)\n"
    )

    german = ok(tmp_path / "copy-de", "de", "restore", backup_id)
    assert (
        german
        == f"{backup_id} wiederhergestellt. Ihre bisherige Plandatei wurde vorher gesichert.\n"
    )


def test_sync_setup_sync_and_off_speak_german(
    tmp_path: Path, gcp_plan: Path, calendar_url: str
) -> None:
    password = tmp_path / "pw"
    password.write_text("secret\n", encoding="utf-8")
    folder = tmp_path / "data"
    shutil.copytree(gcp_plan, folder)
    setup = ("sync", "setup", calendar_url, "--user", "alice", "--create", "--no-remember")
    german = ok(folder, "de", *setup, "--password-file", str(password))
    assert german.startswith(f"Kalender {calendar_url} angelegt.\nAbgeglichen mit {calendar_url}: ")
    assert "Ab jetzt gleicht 'study-planner sync' erneut ab." in german
    no_english(german, "Created", "Synced", "From now on", "Times computed")

    again = run(folder, "de", "sync")
    assert again.returncode != 0
    assert "--password-file DATEI an (es gibt kein Terminal" in again.stderr
    assert "there is no terminal" not in again.stderr
    german = ok(folder, "de", "sync", "--password-file", str(password))
    assert german.startswith(f"Abgeglichen mit {calendar_url}: 0 neu, 0 geändert")
    german = ok(folder, "de", "sync", "off")
    assert german.startswith(f"Kein Abgleich mehr mit {calendar_url} (")
    no_english(german, "No longer syncing", "events forgotten")


def test_exam_logistics_attempt_import_and_retake_speak_german(
    tmp_path: Path, gcp_plan: Path
) -> None:
    exam_day = (TODAY + timedelta(days=20)).isoformat()
    english, german = twice(
        tmp_path, gcp_plan, "exam", "book", "--date", exam_day, "--delivery", "online"
    )
    assert english.returncode == german.returncode == 0, german.stderr
    assert f"\nExam #1: {exam_day}, online" in english.stdout
    assert f"\nPrüfung Nr. 1: {exam_day}, online" in german.stdout
    no_english(german.stdout, "Exam #", "rules as of")
    same_json(tmp_path, gcp_plan, "exam", "show")

    none = tmp_path / "no-exam"
    shutil.copytree(gcp_plan, none)
    assert ok(none, "en", "exam", "show").startswith("No exam booked yet: ")
    assert ok(none, "de", "exam", "show").startswith("Noch keine Prüfung gebucht: ")

    csv = tmp_path / "attempts.csv"
    csv.write_text("date,score\n2026-11-20,61\n", encoding="utf-8")
    english, german = twice(tmp_path, gcp_plan, "attempt", "import", str(csv))
    assert english.stdout.splitlines()[1].startswith("Not yet: ")
    assert german.stdout.splitlines()[1].startswith("Noch nicht: ")
    no_english(german.stdout, "Not yet", " against ")
    missing = run(gcp_plan, "de", "attempt", "import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "Es gibt keine Datei " in missing.stderr


def test_a_failed_exam_and_its_retake_speak_german(tmp_path: Path, gcp_plan: Path) -> None:
    # The exam was yesterday: "today" is pinned, so its result can be recorded now.
    master = tmp_path / "failed"
    shutil.copytree(gcp_plan, master)
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    ok(master, "en", "exam", "book", "--date", yesterday, "--delivery", "online")
    english, german = twice(tmp_path, master, "exam", "result", "fail", "--score", "55")
    assert english.returncode == german.returncode == 0, german.stderr
    assert "To move the exam to " in english.stdout
    assert "Die Prüfung auf den " in german.stdout and "study-planner retake 1" in german.stdout
    no_english(german.stdout, "To move the exam", "Earliest retake", "failure")

    ok(master, "en", "exam", "result", "fail", "--score", "55")
    # The earliest retake leaves too little time for this plan: a later day does.
    later = ("--date", (TODAY + timedelta(days=150)).isoformat())
    english, german = twice(tmp_path / "retake", master, "retake", *later, "--dry-run")
    assert english.returncode == german.returncode == 0, german.stderr
    assert "\nExam date: " in english.stdout and "Nothing changed (--dry-run)." in english.stdout
    assert "\nPrüfungstermin: " in german.stdout and "Erneute Vorbereitung" in german.stdout
    no_english(german.stdout, "Exam date", "Renewed preparation", "Earliest retake", "Hours follow")
    same_json(tmp_path, master, "retake", *later, "--dry-run")

    english, german = twice(tmp_path / "applied", master, "retake", *later)
    assert "Saved: re-planned for the retake on " in english.stdout
    assert "Gespeichert: für die Wiederholung am " in german.stdout
    assert "Buchen Sie die Wiederholung mit: study-planner exam book --date " in german.stdout


def test_an_abbreviated_json_option_is_machine_output_too(tmp_path: Path, gcp_plan: Path) -> None:
    # argparse takes "--js" for "--json": scripts get the same language-neutral output,
    # error lines included, whatever the locale.
    folder = tmp_path / "copy"
    shutil.copytree(gcp_plan, folder)
    english = run(folder, "en", "status", "--json")
    german = run(folder, "de", "status", "--js")
    assert german.returncode == english.returncode == 0
    assert german.stdout == english.stdout
    english = run(folder, "en", "show", "99", "--json")
    german = run(folder, "de", "show", "99", "--jso")
    assert german.returncode == english.returncode != 0
    assert german.stderr == english.stderr and "plan" in english.stderr
