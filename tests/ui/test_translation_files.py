"""The translation catalogs: complete, in step with the code, and right in the plural."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from planner.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n as tool  # noqa: E402  (packaging/i18n.py)


def _messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    out = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_string_in_the_code_has_a_finished_german_translation(tmp_path: Path) -> None:
    """pyside6-lupdate over the code into a fresh file: the same strings as the shipped
    catalog, and each one translated there (a new tr() string fails until translated)."""
    fresh = tmp_path / "fresh.ts"
    command = [tool.tool("pyside6-lupdate"), *[str(p) for p in tool.sources()]]
    subprocess.run([*command, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    shipped = _messages(resource_path("i18n", "study_planner_de.ts"))
    assert len(in_code) > 700
    assert in_code - set(shipped) == set(), "run: python packaging/i18n.py update"
    assert set(shipped) - in_code == set(), "strings no longer in the code: run update"
    unfinished = [
        key
        for key, message in shipped.items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(t.itertext()).strip()
    ]
    assert unfinished == []


def test_english_catalog_holds_every_plural_with_both_forms() -> None:
    german = _messages(resource_path("i18n", "study_planner_de.ts"))
    english = _messages(resource_path("i18n", "study_planner_en.ts"))
    plural = {k for k, m in german.items() if m.get("numerus") == "yes"}
    assert len(plural) >= 15
    assert set(english) == plural
    for key in plural:
        for message in (german[key], english[key]):
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and all("%n" in f for f in forms), key


@pytest.mark.gui
@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 day to the exam", "2 days to the exam"),
        ("de", "1 Tag bis zur Prüfung", "2 Tage bis zur Prüfung"),
    ],
)
def test_plurals_in_the_app(qapp: object, language: str, one: str, two: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from planner.ui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert i18n.install(app, language) == language
        say = QCoreApplication.translate
        assert say("MainWindow", "%n day(s) to the exam", "", 1) == one
        assert say("MainWindow", "%n day(s) to the exam", "", 2) == two
        from planner.ui.views.progress import days_text

        assert days_text(1) != days_text(2)
        assert days_text(2).startswith("2 ")
    finally:
        i18n.install(app, "en")


def test_the_command_line_catalog_reads_the_same_plurals_without_qt() -> None:
    from planner import messages
    from planner.translations import catalog_backend

    try:
        messages.set_backend(catalog_backend("de"))  # type: ignore[arg-type]
        assert messages.translate("MainWindow", "%n day(s) to the exam", None, 1) == (
            "1 Tag bis zur Prüfung"
        )
        assert messages.translate("MainWindow", "%n day(s) to the exam", None, 2) == (
            "2 Tage bis zur Prüfung"
        )
    finally:
        messages.set_backend(None)
    assert messages.translate("MainWindow", "%n day(s) to the exam", None, 1) == (
        "1 day to the exam"
    )
    assert messages.translate("MainWindow", "%n day(s) to the exam", None, 2) == (
        "2 days to the exam"
    )


def test_the_english_rule_of_the_command_line_matches_the_english_catalog() -> None:
    from planner.messages import translate

    english = _messages(resource_path("i18n", "study_planner_en.ts"))
    for (context, source), message in english.items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert translate(context, source, None, 1) == forms[0].replace("%n", "1")
        assert translate(context, source, None, 2) == forms[1].replace("%n", "2")


@pytest.mark.gui
@pytest.mark.parametrize(
    ("language", "one", "two", "summary"),
    [
        (
            "en",
            "Synced: Sent 1 new event, ticked 1 module done on the phone.",
            "Synced: Sent 2 new events, ticked 2 modules done on the phone.",
            "Synced: 0 new, 2 changed, 61 unchanged, 0 deleted; "
            "1 task (1 new, 0 changed); 2 modules ticked from the calendar.",
        ),
        (
            "de",
            "Synchronisiert: 1 neuen Termin gesendet, "
            "1 auf dem Smartphone erledigtes Modul abgehakt.",
            "Synchronisiert: 2 neue Termine gesendet, "
            "2 auf dem Smartphone erledigte Module abgehakt.",
            "Synchronisiert: 0 neu, 2 geändert, 61 unverändert, 0 gelöscht; "
            "1 Aufgabe (1 neu, 0 geändert); 2 Module aus dem Kalender abgehakt.",
        ),
    ],
)
def test_calendar_sync_counts_modules_and_events_in_the_plural(
    qapp: object, language: str, one: str, two: str, summary: str
) -> None:
    """What a sync did reads "1 module" / "2 modules" ("1 Modul" / "2 Module"), both in
    Preferences › Calendar sync and in the summary a sync stored for the command line."""
    from PySide6.QtCore import QCoreApplication

    from planner.services.sync import SyncOutcome
    from planner.ui import i18n
    from planner.ui.preferences import SyncPage
    from planner.ui.sync_status import summary_text

    app = QCoreApplication.instance()
    assert app is not None
    try:
        assert i18n.install(app, language) == language
        page = SyncPage(None)
        url = "https://cloud.example.org/cal/"
        assert page.outcome_text(SyncOutcome(url, sent_new=1, ticked=["a"])) == one
        assert page.outcome_text(SyncOutcome(url, sent_new=2, ticked=["a", "b"])) == two
        stored = SyncOutcome(
            url, sent_changed=2, unchanged=61, tasks_new=1, ticked=["a", "b"]
        ).summary()
        assert stored.startswith("Synced: 0 new, 2 changed")  # English for the command line
        assert summary_text(stored) == summary
        error = "Cannot reach the calendar server at https://cloud.example.org."
        assert summary_text(error) == error  # not a summary: shown as it is
        say = QCoreApplication.translate
        modules = ("1 module ", "2 modules ") if language == "en" else ("1 Modul ", "2 Module ")
        assert say("SyncManager", "%n module(s) ticked", "", 1).startswith(modules[0])
        assert say("SyncManager", "%n module(s) ticked", "", 2).startswith(modules[1])
    finally:
        i18n.install(app, "en")
