"""The last English words of the German app: the calendar file's descriptions and
reminders, a catalog update's details, the edit dialog's days-off errors and the
preferences' refusals — in real widgets, offscreen. English stays as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from planner.services.clock import FixedClock
from planner.ui import i18n
from planner.ui.app import build_main_window
from planner.ui.dialogs.catalog_update import CatalogUpdateDialog
from planner.ui.dialogs.edit_plan import EditPlanDialog
from planner.ui.dialogs.export import ExportDialog
from planner.ui.main_window import MainWindow
from planner.ui.preferences import AppPreferences
from tests.bundle_server import builtin_texts, make_bundle
from tests.ui.test_german_messages import NOW, _plan

pytestmark = pytest.mark.gui

ENGLISH_DESCRIPTIONS = (
    "A milestone of your plan.",
    "The exam your plan leads to.",
    "Course page:",
    " (done)",
    "Study session",
    " more",
)


@pytest.fixture
def german(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot, data_dir: Path, german: None) -> MainWindow:  # type: ignore[no-untyped-def]
    _plan(data_dir)
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    return win


def _export(qtbot, win: MainWindow, path: Path) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(win.controller, win)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    assert dialog.export(), dialog.message.text()
    calendar = Calendar.from_ical(path.read_bytes())
    events = {}
    for event in calendar.walk("VEVENT"):
        alarms = [str(a["DESCRIPTION"]) for a in event.walk("VALARM")]
        events[str(event["UID"])] = {
            "description": str(event.get("DESCRIPTION", "")),
            "summary": str(event["SUMMARY"]),
            "sequence": int(event["SEQUENCE"]),
            "alarms": alarms,
        }
    return events


def test_the_app_writes_german_descriptions_and_english_again_updates_the_same_events(
    qtbot, window: MainWindow, tmp_path: Path, qapp: QApplication
) -> None:
    path = tmp_path / "plan.ics"
    german = _export(qtbot, window, path)
    descriptions = "\n".join(str(e["description"]) for e in german.values())
    assert "Ein Meilenstein Ihres Plans." in descriptions
    assert "Die Prüfung, auf die Ihr Plan hinführt." in descriptions
    assert "\n\nPlan: Google MLE" in descriptions
    assert "Kursseite: https://" in descriptions
    for english in ENGLISH_DESCRIPTIONS:
        assert english not in descriptions, english
    reminders = [a for e in german.values() for a in e["alarms"]]  # type: ignore[attr-defined]
    assert reminders and all(r.endswith((" in einer Woche", " morgen")) for r in reminders)

    i18n.install(qapp, "en")
    english = _export(qtbot, window, path)
    assert set(english) == set(german)  # the same events, updated, not copies
    changed = [uid for uid in english if english[uid]["description"] != german[uid]["description"]]
    assert changed
    for uid in changed:
        assert english[uid]["sequence"] == int(german[uid]["sequence"]) + 1  # type: ignore[call-overload]
    descriptions = "\n".join(str(e["description"]) for e in english.values())
    assert "A milestone of your plan.\n\nPlan: Google MLE" in descriptions
    assert "The exam your plan leads to." in descriptions
    assert "Ein Meilenstein" not in descriptions and "Kursseite" not in descriptions
    reminders = [a for e in english.values() for a in e["alarms"]]  # type: ignore[attr-defined]
    assert reminders and all(r.endswith((" in one week", " tomorrow")) for r in reminders)


def _updated(qtbot, data_dir: Path, bundle: Path) -> str:  # type: ignore[no-untyped-def]
    dialog = CatalogUpdateDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.source, str(bundle))
    with qtbot.waitSignal(dialog.finished_update, timeout=20000) as outcome:
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [True], dialog.status.text()
    return dialog.changes.toPlainText()


def _bundle(tmp_path: Path) -> Path:
    texts = builtin_texts()
    certs = texts["certifications.toml"].replace("price_usd = 200\n", "price_usd = 230\n", 1)
    courses = texts["courses.toml"]
    bundle = tmp_path / "newer.zip"
    bundle.write_bytes(make_bundle({"certifications.toml": certs, "courses.toml": courses}))
    return bundle


def test_the_catalog_update_dialog_tells_the_details_in_german(
    qtbot, tmp_path: Path, german: None
) -> None:
    shown = _updated(qtbot, tmp_path / "de", _bundle(tmp_path))
    assert "Prüfungen: geändert PMLE (gcp-pmle) (Preis (USD) 200 → 230)" in shown
    for english in ("Exams:", "changed ", "price USD"):
        assert english not in shown


def test_the_catalog_update_dialog_keeps_its_english(qtbot, tmp_path: Path) -> None:
    shown = _updated(qtbot, tmp_path / "en", _bundle(tmp_path))
    assert "Exams: changed PMLE (gcp-pmle) (price USD 200 → 230)" in shown


def test_days_off_and_preferences_refuse_in_german(
    qtbot, window: MainWindow, data_dir: Path
) -> None:
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.off.setText("2027-01-10..2027-01-03")
    assert "„2027-01-10..2027-01-03“ endet, bevor er beginnt" in dialog.summary.text()
    dialog.off.setText("Weihnachten")
    assert "„Weihnachten“ ist weder ein Datum noch ein Zeitraum" in dialog.summary.text()
    assert "ends before" not in dialog.summary.text()
    assert not dialog.save.isEnabled()

    preferences = AppPreferences(data_dir)
    with pytest.raises(ValueError, match=r"^unbekanntes Design 'neon'"):
        preferences.theme = "neon"
    with pytest.raises(ValueError, match=r"^unbekannte Sprache 'xx'"):
        preferences.language = "xx"
    with pytest.raises(ValueError, match=r"^die Woche beginnt an einem Wochentag"):
        preferences.week_start = 9


def test_preferences_say_why_the_last_sync_failed_in_the_app_s_language(
    qtbot, window: MainWindow, data_dir: Path, qapp: QApplication
) -> None:
    from datetime import timedelta

    from planner.messages import Message
    from planner.services.sync import SyncSetup
    from planner.ui.preferences import SYNC_PAGE, PreferencesDialog
    from planner.ui.sync_status import SyncState, SyncStatus

    failure = Message(
        "error.sync_offline",
        {"reason": "Cannot reach cloud.example.org.", "kept": Message("error.sync_unchanged")},
    )
    setup = SyncSetup(
        url="https://cloud.example.org/dav/sam/study/",
        username="sam",
        tasks=False,
        last_synced_at=NOW - timedelta(hours=3),
        last_result=failure.english(),
        result=failure,
    )
    window.sync.set_status(SyncStatus(SyncState.SYNCED, setup))

    def shown() -> str:
        dialog = PreferencesDialog(
            AppPreferences(data_dir), data_dir, window, window.sync, SYNC_PAGE
        )
        qtbot.addWidget(dialog)
        text = dialog.sync_page.last_result.text()
        dialog.reject()
        return text

    german = shown()
    assert german == (
        "Cannot reach cloud.example.org. Ihr Plan wurde nicht geändert. "
        "Versuchen Sie es erneut, wenn er wieder erreichbar ist."
    )
    i18n.install(qapp, "en")
    assert shown() == failure.english()


def test_the_catalog_update_dialog_grows_to_show_its_changes(qtbot, tmp_path: Path) -> None:
    dialog = CatalogUpdateDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.source, str(_bundle(tmp_path)))
    with qtbot.waitSignal(dialog.finished_update, timeout=20000):
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    # The list of changes, hidden until the update, shows several lines, and nothing
    # above it is squeezed below the height its wrapped text needs.
    assert dialog.changes.viewport().height() >= 5 * dialog.changes.fontMetrics().lineSpacing()
    for label in (dialog.status, *dialog.findChildren(QLabel)):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
