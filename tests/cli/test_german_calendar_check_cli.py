"""The last English words of the German command line: the exported calendar's
descriptions and the zone rules' source, a catalog update's details, the sync's last
result and how it found changes, and the problems 'check' lists. Each command runs in a
child process in both languages (as tests/cli/test_german_output_cli.py does); English
stays word for word as it was and --json the same byte for byte."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from icalendar import Calendar

from tests.bundle_server import builtin_texts, make_bundle
from tests.cli.test_german_output_cli import gcp_plan, no_english, ok, run, twice

__all__ = ["gcp_plan"]  # the module-scoped fixture, shared with the other German tests


def _descriptions(path: Path) -> tuple[list[str], list[str]]:
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    uids = sorted(str(e["UID"]) for e in events)
    return uids, [str(e.get("DESCRIPTION", "")) for e in events]


def test_export_writes_the_calendar_in_the_command_line_s_language(
    tmp_path: Path, gcp_plan: Path
) -> None:
    files = {lang: tmp_path / f"plan-{lang}.ics" for lang in ("en", "de")}
    english = ok(_copy(gcp_plan, tmp_path / "en"), "en", "export", "--ics", str(files["en"]))
    german = ok(_copy(gcp_plan, tmp_path / "de"), "de", "export", "--ics", str(files["de"]))
    rules = re.search(
        r"zone rules of IANA (\S+) \((the tzdata package|the system's zone database)\)\.", english
    )
    assert rules, english
    where = "Paket tzdata" if rules[2] == "the tzdata package" else "Zeitzonendatenbank des Systems"
    assert f"Zeiten berechnet mit den Zeitzonenregeln von IANA {rules[1]} ({where}).\n" in german
    no_english(german, "tzdata package", "zone database")

    uids_en, english_texts = _descriptions(files["en"])
    uids_de, german_texts = _descriptions(files["de"])
    assert uids_en == uids_de  # the same events: a re-import updates them
    assert any(t.startswith("A milestone of your plan.\n\nPlan: PMLE") for t in english_texts)
    assert any(t.startswith("Ein Meilenstein Ihres Plans.\n\nPlan: PMLE") for t in german_texts)
    assert any("Kursseite: https://" in t for t in german_texts)
    joined = "\n".join(german_texts)
    no_english(joined, "A milestone", "The exam your plan", "Course page:", "(done)")


def _copy(master: Path, folder: Path) -> Path:
    if not folder.exists():
        shutil.copytree(master, folder)
    return folder


def test_catalog_update_details_speak_german(tmp_path: Path) -> None:
    texts = builtin_texts()
    certs = texts["certifications.toml"].replace("price_usd = 200\n", "price_usd = 220\n", 1)
    bundle = tmp_path / "newer.zip"
    bundle.write_bytes(make_bundle({"certifications.toml": certs}))
    master = tmp_path / "data"
    master.mkdir()
    english, german = twice(tmp_path, master, "catalog", "update", str(bundle))
    assert "  Exams: changed PMLE (gcp-pmle) (price USD 200 → 220)\n" in english.stdout
    assert "  Prüfungen: geändert PMLE (gcp-pmle) (Preis (USD) 200 → 220)\n" in german.stdout
    no_english(german.stdout, "price USD", "Exams:")


def test_check_lists_its_problems_in_german(tmp_path: Path, gcp_plan: Path) -> None:
    missing = tmp_path / "nothing"
    english, german = run(missing, "en", "check"), run(missing, "de", "check")
    assert english.returncode == german.returncode == 1
    assert english.stdout.startswith(f"There is no plans file at {missing / 'planner.db'} yet.\n")
    assert german.stdout.startswith(
        f"Unter {missing / 'planner.db'} gibt es noch keine Plandatei.\n"
    )

    master = _copy(gcp_plan, tmp_path / "damaged")
    with sqlite3.connect(master / "planner.db") as conn:
        conn.execute("UPDATE plans SET timezone = 'Nowhere/Atlantis'")
    english, german = twice(tmp_path, master, "check")
    assert english.returncode == german.returncode == 1
    assert english.stdout.startswith(
        "plans row 1: timezone is not a time zone this computer knows\n"
    )
    assert german.stdout.startswith(
        "plans, Zeile 1: timezone ist keine Zeitzone, die dieser Computer kennt\n"
    )
    no_english(german.stdout, " row ", "is not a time zone")


def test_sync_status_tells_the_last_result_and_the_method_in_german(
    tmp_path: Path, gcp_plan: Path, calendar_url: str
) -> None:
    password = tmp_path / "pw"
    password.write_text("secret\n", encoding="utf-8")
    folder = _copy(gcp_plan, tmp_path / "data")
    setup = ("sync", "setup", calendar_url, "--user", "alice", "--create", "--no-remember")
    english = ok(folder, "en", *setup, "--password-file", str(password))
    assert re.search(r"\(changes found by (sync token|ctag|listing)\)\.", english)
    german = ok(folder, "de", "sync", "--password-file", str(password))
    assert re.search(r"\(Änderungen gefunden per (Sync-Token|CTag|Auflistung)\)\.", german)
    no_english(german, "sync token", "ctag", "listing")

    english = ok(folder, "en", "sync", "status")
    german = ok(folder, "de", "sync", "status")
    # The German sync rewrote the events it had sent in English: their descriptions changed.
    last = re.search(
        r"Last result: +Synced: 0 new, (\d+) changed, (\d+) unchanged, 0 deleted\.", english
    )
    assert last and int(last[1]) > 0, english
    assert (
        f"Letztes Ergebnis: Synchronisiert: 0 neu, {last[1]} geändert, {last[2]} unverändert"
        in german
    )
    no_english(german, "Synced:", " unchanged", " deleted")
