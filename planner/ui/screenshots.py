"""Screenshots of every view and dialog, light and dark.

``python -m planner.ui.screenshots OUTDIR`` runs offscreen (no display needed). It
makes a demo data folder in a temporary directory — one plan, started in October, with
some modules ticked off and hours logged, seen on a fixed day (2026-11-26) so the
pictures are reproducible — and writes ``<name>-light.png`` and ``<name>-dark.png``
for each view and dialog, then the main window's views in German
(``<name>-de-<scheme>.png``). ``--lang de`` renders every view and dialog in German.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

DEMO_NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DEMO_TODAY = DEMO_NOW.date()
WINDOW_SIZE = (1000, 680)
DIALOG_SIZE = (820, 600)
SIZES = ((800, 600), (1600, 1000))  # the smallest window supported, and a large one
MAX_PNG_BYTES = 200_000  # a picture the README shows stays small


def make_demo_data(folder: Path) -> int:
    """A data folder with one plan in progress; returns the plan's id."""
    from planner.catalog import load_catalog
    from planner.services.clock import FixedClock
    from planner.services.plans import PlanService
    from planner.ui.models.wizard_plan import WizardChoices, build_preview

    catalog = load_catalog(folder).catalog
    choices = WizardChoices(
        path_id="software-engineer",
        certification_id="gcp-pmle",
        steps=("structuring-ml-projects", "applied-ml-python", "portfolio-project"),
        start=date(2026, 10, 5),
        hours_per_week=8,
        prep_weeks=10,
        timezone="Europe/Berlin",
    )
    schedule = build_preview(catalog, choices).schedule
    if schedule is None:
        raise RuntimeError(
            QCoreApplication.translate("Screenshots", "The demo plan does not build.")
        )
    with PlanService(folder, FixedClock(DEMO_NOW)) as service:
        plan_id = service.create_plan(
            name="Google ML Engineer",
            schedule=schedule,
            path_id=choices.path_id,
            cloud="gcp",
            certification_id=choices.certification_id,
        )
        _demo_attempts(service, plan_id)  # first, so Undo still names the last tick
        # Done up to mid-November, a little behind the plan; real hours logged for most.
        sessions = [s for s in schedule.sessions if s.day < date(2026, 11, 16)]
        keys = list(dict.fromkeys(a.item_key for s in sessions for a in s.allocations))
        hours = {it.key: it.hours for it in schedule.items}
        for n, key in enumerate(keys[:-1]):
            first_day = next(
                s.day for s in sessions if any(a.item_key == key for a in s.allocations)
            )
            last_day = max(s.day for s in sessions if any(a.item_key == key for a in s.allocations))
            # Ticked on the evening of its last session, as a user would.
            service.clock = FixedClock(datetime.combine(last_day, time(20), tzinfo=UTC))
            service.tick(plan_id, key)
            if n % 3 != 2:
                spent = round(hours[key] * (1.25 if n % 2 else 0.9) * 4) / 4
                service.log_hours(plan_id, key, spent, first_day)
        service.clock = FixedClock(DEMO_NOW)
        # Time logged this week too, so the week's summary and Schedule show it.
        week = [s for s in schedule.sessions if date(2026, 11, 23) <= s.day <= DEMO_TODAY]
        if week:
            service.log_hours(plan_id, week[0].allocations[0].item_key, 1.5, week[0].day)
    return plan_id


def make_alert_demo(folder: Path) -> int:
    """A data folder with an English AWS plan saved against MLA-C01 while a user catalog
    file still offered it; the file is then gone, so the plan learns the exam ended."""
    import json
    import tomllib

    from planner.catalog import load_catalog
    from planner.core.catalog import Cloud
    from planner.resources import resource_path
    from planner.services.alerts import course_ids_of, facts_from_catalog
    from planner.services.clock import FixedClock
    from planner.services.operations import CreatePlan
    from planner.services.plans import PlanService
    from planner.ui.models.wizard_plan import WizardChoices, build_preview

    certs = tomllib.loads(resource_path("catalog", "certifications.toml").read_text("utf-8"))
    cert = next(c for c in certs["certifications"] if c["id"] == "aws-mla-c01")
    cert["timeline"] = [e for e in cert["timeline"] if e["status"] != "retired"]
    override = folder / "catalogs" / "before-the-news.json"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(json.dumps({"certifications": [cert]}, default=str), encoding="utf-8")
    catalog = load_catalog(folder).catalog
    choices = WizardChoices(
        path_id="data-scientist",
        certification_id="aws-mla-c01",
        steps=("aws-sagemaker-ml-engineering", "aws-bedrock-genai-engineering"),
        cloud=Cloud.AWS,
        start=date(2026, 11, 2),
        hours_per_week=8,
        prep_weeks=8,
        timezone="Europe/Berlin",
    )
    schedule = build_preview(catalog, choices).schedule
    if schedule is None:
        raise RuntimeError(
            QCoreApplication.translate("Screenshots", "The alert demo plan does not build.")
        )
    facts = facts_from_catalog(catalog, "aws-mla-c01", course_ids_of(schedule.items), "en")
    with PlanService(folder, FixedClock(DEMO_NOW)) as service:
        op = CreatePlan("AWS ML Engineer", schedule, "data-scientist", "aws", "aws-mla-c01", facts)
        plan_id = service.run(op).plan_id
        assert plan_id is not None
        for item in schedule.items[:3]:
            service.tick(plan_id, item.key)
    override.unlink()
    return plan_id


# Three practice tests: (day, overall, the six PMLE domains in guide order, source).
DEMO_ATTEMPTS = (
    (date(2026, 11, 9), 58.0, (62, 55, 60, 48, 57, 66), "Diagnostic practice test"),
    (date(2026, 11, 19), 66.0, (70, 64, 68, 55, 66, 72), "Official sample questions"),
    (date(2026, 11, 25), 71.0, (78, 70, 74, 58, 71, 76), "Practice exam 1"),
)


def _demo_attempts(service: object, plan_id: int) -> None:
    from planner.services.operations import AttemptEntry, BookExam, RecordAttempts
    from planner.services.plans import PlanService

    assert isinstance(service, PlanService)
    entries = tuple(
        AttemptEntry(day, score, tuple((str(n), float(v)) for n, v in enumerate(d, 1)), source)
        for day, score, d, source in DEMO_ATTEMPTS
    )
    service.run(RecordAttempts(plan_id, entries))
    exam = service.load(plan_id).baseline.exam_date
    if exam is not None:
        service.run(BookExam(plan_id, exam, "online", "09:00", "WA-58213"))


def _retake_demo(folder: Path, plan_id: int) -> None:
    """The demo plan after a failed sitting two days ago: coursework and practice exams
    done, the score report entered with the result."""
    from planner.core.plan import ItemKind
    from planner.services.clock import FixedClock
    from planner.services.operations import AttemptEntry, BookExam, RecordResult, Tick
    from planner.services.plans import PlanService

    with PlanService(folder, FixedClock(DEMO_NOW)) as service:
        snap = service.load(plan_id)
        for item in snap.items:
            skip = item.kind in (ItemKind.EXAM_DOMAIN, ItemKind.REVIEW)
            if not skip and item.key not in snap.ledger.done:
                service.run(Tick(plan_id, item.key))
        sat_on = DEMO_TODAY - timedelta(days=2)
        service.run(BookExam(plan_id, sat_on, "test-centre", "09:00", "WA-58213"))
        booked = max(s.id for s in _sittings(service, plan_id) if s.day == sat_on)
        report = AttemptEntry(sat_on, 64.0, (("1", 82.0), ("2", 71.0), ("4", 49.0), ("5", 60.0)))
        service.run(RecordResult(plan_id, booked, "fail", None, report))


def _sittings(service: object, plan_id: int) -> list[Any]:
    from planner.services.attempts import list_sittings
    from planner.services.plans import PlanService

    assert isinstance(service, PlanService)
    return list(list_sittings(service, plan_id))


@contextmanager
def _scheme(app: object, scheme: str) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from planner.ui.theme import apply_theme

    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    app.processEvents()
    yield


def _save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    QApplication.processEvents()
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    image.save(str(path), "PNG", 0)  # type: ignore[call-overload]  # 0: smallest file
    if path.stat().st_size > MAX_PNG_BYTES:  # a large window full of text: 256 colours do
        from PySide6.QtCore import Qt

        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        indexed = image.convertToFormat(QImage.Format.Format_Indexed8, _colours(image), flags)
        indexed.save(str(path), "PNG", 0)  # type: ignore[call-overload]


def _colours(image: object) -> list[int]:
    """The image's 256 most frequent colours, as a colour table (0xffRRGGBB)."""
    from collections import Counter

    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    data = bytes(image.constBits())
    stride, width = image.bytesPerLine(), image.width()
    counts: Counter[bytes] = Counter()
    for y in range(image.height()):
        row = data[y * stride : y * stride + width * 3]
        counts.update(row[i : i + 3] for i in range(0, len(row), 3))
    return [0xFF000000 | int.from_bytes(c, "big") for c, _ in counts.most_common(256)]


def render_all(
    outdir: Path,
    schemes: tuple[str, ...] = ("light", "dark"),
    language: str = "en",
    inspect: Callable[[str, object], None] | None = None,
    views_only: bool = False,
    visit: Callable[[str, object], None] | None = None,
) -> list[Path]:
    """Render every view and dialog into ``outdir``; returns the files written.

    ``language`` other than English renders the app in that language, into files named
    ``<name>-<language>-<scheme>.png``; ``inspect(name, widget)`` sees each widget shot;
    ``views_only`` stops after the main window's views. With ``visit``, nothing is
    written: ``visit(name, widget)`` is called where each picture would be taken (the
    layout test inspects every view and dialog this way).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved = os.environ.get("STUDY_PLANNER_LANG")
    os.environ["STUDY_PLANNER_LANG"] = language
    try:
        return _render_all(outdir, schemes, language, inspect, views_only, visit)
    finally:
        if saved is None:
            os.environ.pop("STUDY_PLANNER_LANG", None)
        else:
            os.environ["STUDY_PLANNER_LANG"] = saved
        from planner.ui.app import ensure_app
        from planner.ui.i18n import install, resolve

        install(ensure_app(icon=False), resolve(None))


def _render_all(
    outdir: Path,
    schemes: tuple[str, ...],
    language: str,
    inspect: Callable[[str, object], None] | None,
    views_only: bool = False,
    visit: Callable[[str, object], None] | None = None,
) -> list[Path]:
    from PySide6.QtWidgets import QWizard

    from planner.catalog import load_catalog
    from planner.services.clock import FixedClock
    from planner.services.plans import PlanService
    from planner.services.status import plan_status
    from planner.ui.alerts import AlertSource
    from planner.ui.app import build_main_window, ensure_app
    from planner.ui.i18n import install
    from planner.ui.preferences import AppPreferences, PreferencesDialog
    from planner.ui.views.catalog import CatalogView
    from planner.ui.views.progress import ProgressView
    from planner.ui.wizard import NewPlanWizard

    app = ensure_app()
    install(app, language)  # for what is built before the first main window
    suffix = "" if language == "en" else f"-{language}"
    if visit is None:
        outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="study-planner-demo-") as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        plan_id = make_demo_data(folder)
        alert_folder = Path(tmp) / "alert"
        alert_folder.mkdir()
        make_alert_demo(alert_folder)
        empty = Path(tmp) / "empty"
        empty.mkdir()
        catalog = load_catalog(folder).catalog
        clock = FixedClock(DEMO_NOW)

        for scheme in schemes:

            def shot(name: str, widget: object, scheme: str = scheme) -> None:
                if visit is not None:
                    app.processEvents()
                    visit(f"{name}{suffix}-{scheme}", widget)
                    return
                path = outdir / f"{name}{suffix}-{scheme}.png"
                _save(widget, path)
                if inspect is not None:
                    inspect(name, widget)
                written.append(path)

            with _scheme(app, scheme):
                # The first run, then the main window on each view.
                first = build_main_window(empty, clock=clock)
                _scheme_again(app, scheme)
                first.resize(*WINDOW_SIZE)
                first.show()
                shot("first-run", first)
                first.close()
                first.deleteLater()

                window = build_main_window(folder, clock=clock)
                _scheme_again(app, scheme)
                window.resize(*WINDOW_SIZE)
                window.show()
                views = (
                    "this-week",
                    "schedule",
                    "progress",
                    "catalog",
                    "week-calendar",
                    "readiness",
                )
                for index, name in enumerate(views):
                    show_view: Callable[[int], None] | None = getattr(window, "show_view", None)
                    if show_view is None:
                        break
                    show_view(index)
                    if name == "catalog":
                        if views_only:
                            continue  # its page stays English, and is too big a picture
                        view = window.findChild(CatalogView)
                        if view is not None:
                            view.select("aws-mls-c01")
                    shot(name, window)
                if views_only:
                    window.close()
                    window.deleteLater()
                    app.processEvents()
                    continue
                _dialogs(window, folder, Path(tmp), shot)
                _sync(window, shot)
                # Every view at the smallest window size and at a large one.
                for width, height in SIZES:
                    window.resize(width, height)
                    for index, name in enumerate(views):
                        window.show_view(index)
                        shot(f"{name}-{width}x{height}", window)
                window.resize(*WINDOW_SIZE)
                _tray_menu(window, shot)
                window.close()
                window.deleteLater()

                # A plan that learns its exam ended: the banner and the status bar.
                alerted = build_main_window(alert_folder, clock=clock)
                _scheme_again(app, scheme)
                alerted.resize(*WINDOW_SIZE)
                alerted.show()
                AlertSource.of(alerted.controller).update()
                shot("this-week-alert", alerted)
                shot("status-bar-alert", alerted.statusBar())
                alerted.close()
                alerted.deleteLater()

                # Busy days and a move change the plan: shown on a copy of the demo folder.
                import shutil

                copy = Path(tmp) / f"calendar-{scheme}"
                shutil.copytree(folder, copy)
                calendar_window = build_main_window(copy, clock=clock)
                _scheme_again(app, scheme)
                calendar_window.resize(*WINDOW_SIZE)
                calendar_window.show()
                _calendar(calendar_window, shot)
                calendar_window.close()
                calendar_window.deleteLater()

                # After a failed sitting: the offer to re-plan for the retake, on a copy.
                retake_copy = Path(tmp) / f"retake-{scheme}"
                shutil.copytree(folder, retake_copy)
                _retake_demo(retake_copy, plan_id)
                retake_window = build_main_window(retake_copy, clock=clock)
                _scheme_again(app, scheme)
                retake_window.resize(*WINDOW_SIZE)
                retake_window.show()
                from planner.ui.dialogs.retake import RetakeDialog

                offer = RetakeDialog(
                    retake_window.controller, catalog.certifications["gcp-pmle"].policy
                )
                offer.setParent(retake_window, offer.windowFlags())
                offer.resize(DIALOG_SIZE[0], 440)
                offer.show()
                shot("dialog-retake", offer)
                offer.reject()
                offer.deleteLater()
                retake_window.close()
                retake_window.deleteLater()

                # The views on their own, in case the window embeds them differently.
                with PlanService(folder, clock) as service:
                    snapshot = service.load(plan_id)
                    status = plan_status(snapshot, DEMO_TODAY)
                    progress = ProgressView()
                    progress.resize(*WINDOW_SIZE)
                    progress.set_plan(snapshot, status)
                    progress.show()
                    progress.weekly.set_hover(7)
                    shot("progress-view", progress)
                    progress.close()
                    progress.deleteLater()

                    wizard = NewPlanWizard(service, catalog, DEMO_TODAY, timezone="Europe/Berlin")
                    wizard.resize(*DIALOG_SIZE)
                    wizard.show()
                    names = ("start", "exam", "courses", "time", "preview")
                    wizard.start_page.buttons["software-engineer"].setChecked(True)
                    for n, name in enumerate(names):
                        if name == "exam":
                            page = wizard.exam_page
                            page.cloud.setCurrentIndex(page.cloud.findData("aws"))
                        if name == "courses":
                            wizard.courses_page.view.expand(wizard.courses.index(0, 0))
                        if name == "time":
                            wizard.time_page.by_date.setChecked(True)
                            wizard.time_page.hours.setValue(6)
                            wizard.time_page.exam_date.setDate(wizard.time_page.exam_date.date())
                        wizard.refresh_preview()
                        shot(f"wizard-{n + 1}-{name}", wizard)
                        if n + 1 < len(names):
                            wizard.next()
                    wizard.button(QWizard.WizardButton.CancelButton)
                    wizard.reject()
                    wizard.deleteLater()

                prefs = AppPreferences(folder)
                dialog = PreferencesDialog(prefs, folder)
                dialog.show()
                shot("preferences", dialog)
                dialog.reject()
                dialog.deleteLater()
                app.processEvents()
    return written


BUSY_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Study Planner demo//EN
BEGIN:VEVENT
UID:demo-busy-1@example.com
DTSTAMP:20261120T090000Z
DTSTART;VALUE=DATE:20261202
DTEND;VALUE=DATE:20261205
SUMMARY:Conference
END:VEVENT
BEGIN:VEVENT
UID:demo-busy-2@example.com
DTSTAMP:20261120T090000Z
DTSTART:20261207T170000Z
DTEND:20261207T210000Z
SUMMARY:Team dinner
END:VEVENT
END:VCALENDAR
"""


def _dialogs(window: object, folder: Path, tmp: Path, shot: Callable[[str, object], None]) -> None:
    """The dialogs over the demo plan: re-plan, export, busy-day import, recovery, error, help."""
    from PySide6.QtWidgets import QDialog

    from planner.services.clock import FixedClock
    from planner.storage.db import damage_message
    from planner.ui.dialogs.export import ExportDialog, ImportBusyDialog
    from planner.ui.dialogs.recovery import RecoveryDialog
    from planner.ui.dialogs.replan import ReplanDialog
    from planner.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    controller = window.controller

    def show(name: str, dialog: QDialog) -> None:
        dialog.show()
        shot(name, dialog)
        dialog.reject()
        dialog.deleteLater()

    show("dialog-replan", ReplanDialog(controller, window))

    from planner.core.readiness import plan_domains
    from planner.ui.dialogs.attempt import AttemptDialog

    assert controller.view is not None
    record = AttemptDialog(controller, plan_domains(controller.view.snapshot.items), None, window)
    record.score.setText("74")
    record.source.setText("Practice exam 2")
    for field, value in zip(record.domain_edits, ("80", "72", "76", "", "74", "79"), strict=False):
        field.setText(value)
    show("dialog-attempt", record)

    from planner.ui.dialogs.booking import BookingDialog

    booking = BookingDialog(controller, window)
    booking.confirmation.setText("WA-58213")
    show("dialog-booking", booking)

    # Edit Plan: an exam date too early, with the fixes that work and what moves.
    from PySide6.QtCore import QDate

    from planner.ui.dialogs.edit_plan import EditPlanDialog
    from planner.ui.dialogs.log_time import LogTimeDialog

    editor = EditPlanDialog(controller, window)
    editor.resize(1040, 600)
    editor.by_date.setChecked(True)
    editor.exam.setDate(QDate(2027, 2, 1))
    show("dialog-edit-plan", editor)
    log = LogTimeDialog(controller, None, window)
    log.day.setDate(QDate(2026, 11, 23))
    log.hours.setValue(1.5)
    show("dialog-log-time", log)

    # A study timer started 40 minutes ago, and the week's logged hours in the summary.
    from datetime import timedelta

    from planner.services.timer import cancel_timer, start_timer

    view = controller.view
    assert view is not None
    service = controller.service
    service.clock = FixedClock(DEMO_NOW - timedelta(minutes=40))
    row = window.this_week.model.rows()[0]
    start_timer(service, view.snapshot.id, row.item_key)
    service.clock = FixedClock(DEMO_NOW)
    window.show_view(0)
    window.this_week.table.selectRow(0)
    window.this_week.timer.refresh()
    shot("this-week-timer", window)
    cancel_timer(service)
    window.this_week.timer.refresh()

    # Written into the temporary folder, shown as in the home folder.
    written, shown = tmp / "Google ML Engineer.ics", "~/Google ML Engineer.ics"
    export = ExportDialog(controller, window)
    export.path_edit.setText(str(written))
    export.export()
    export.path_edit.setText(shown)
    export.message.setText(export.message.text().replace(str(written), shown))
    show("dialog-export", export)

    busy_file = tmp / "work-calendar.ics"
    busy_file.write_text(BUSY_ICS, encoding="utf-8")
    busy = ImportBusyDialog(controller, window)
    busy.path_edit.setText(str(busy_file))
    busy.update_preview()
    busy.path_edit.blockSignals(True)
    busy.path_edit.setText("~/Downloads/work-calendar.ics")
    busy.path_edit.blockSignals(False)
    show("dialog-import-busy", busy)

    controller.service.backup("manual")
    recovery = RecoveryDialog(
        folder,
        FixedClock(DEMO_NOW),
        message=str(
            damage_message(
                Path("~/.local/share/study-planner/plans.db"),
                "it is not a SQLite database (its header is wrong)",
                Path("plans.db.damaged-20261126-090000"),
            )
        ),
        damaged=True,
        parent=window,
    )
    show("dialog-recovery", recovery)

    # An unexpected error, as the app's exception hook shows it (the log shown in the home folder).
    from planner.ui.dialogs.help import HelpDialog, readme_path
    from planner.ui.errors import unexpected_dialog

    bug = KeyError("course-3/module-7")
    try:
        raise bug
    except KeyError:
        pass
    error = unexpected_dialog(
        (KeyError, bug, bug.__traceback__), Path("~/.local/share/study-planner/study-planner.log")
    )
    error.setParent(window, error.windowFlags())
    show("dialog-error", error)

    help_dialog = HelpDialog(window)
    readme = readme_path()
    if readme is not None:  # a source checkout: show where a clone usually is
        shown_readme = "~/study-planner/README.md"
        help_dialog.text.setHtml(help_dialog.help_html().replace(str(readme), shown_readme))
    show("dialog-help", help_dialog)


def _sync(window: object, shot: Callable[[str, object], None]) -> None:
    """Preferences › Calendar sync for a plan that syncs with Nextcloud, and the
    status-bar indicator synced and offline (no server is needed: the states are set)."""
    from datetime import timedelta

    import keyring
    from keyring.backend import KeyringBackend

    from planner.services.sync import SyncSetup
    from planner.ui.main_window import MainWindow
    from planner.ui.preferences import SYNC_PAGE, AppPreferences, PreferencesDialog
    from planner.ui.sync_status import SyncState, SyncStatus

    class ShownKeyring(KeyringBackend):  # the desktop's keyring, as most users have one
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    assert isinstance(window, MainWindow)
    setup = SyncSetup(
        url="https://cloud.example.org/remote.php/dav/calendars/sam/study/",
        username="sam",
        tasks=True,
        last_synced_at=DEMO_NOW - timedelta(minutes=2),
        last_result="Synced: 0 new, 2 changed, 61 unchanged, 0 deleted; "
        "1 module(s) ticked from the calendar.",
    )
    manager = window.sync
    manager.set_status(SyncStatus(SyncState.SYNCED, setup))
    shot("status-bar-sync-synced", window.statusBar())
    offline = "Cannot reach the calendar server at https://cloud.example.org (Connection refused)."
    manager.set_status(SyncStatus(SyncState.OFFLINE, setup, offline))
    shot("status-bar-sync-offline", window.statusBar())
    manager.set_status(SyncStatus(SyncState.SYNCED, setup))
    before = keyring.get_keyring()
    keyring.set_keyring(ShownKeyring())  # type: ignore[no-untyped-call]
    try:
        dialog = PreferencesDialog(
            AppPreferences(window.data_dir), window.data_dir, window, manager, SYNC_PAGE
        )
    finally:
        keyring.set_keyring(before)
    dialog.sync_page.password.setText("app-password")
    dialog.show()
    shot("preferences-sync", dialog)
    dialog.reject()
    dialog.deleteLater()
    manager.set_status(SyncStatus(SyncState.OFF))


def _calendar(window: object, shot: Callable[[str, object], None]) -> None:
    """The week calendar around imported busy days, and its two dialogs."""
    from planner.services.calendar import import_busy
    from planner.services.operations import OpKind
    from planner.ui.main_window import CALENDAR, MainWindow
    from planner.ui.views.week_calendar import (
        MoveDialog,
        MovePreviewDialog,
        WeekCalendarView,
        preview_lines,
    )

    assert isinstance(window, MainWindow)
    controller = window.controller
    plan_id = controller.plan_id
    assert plan_id is not None
    outcome = import_busy(controller.service, plan_id, BUSY_ICS.encode(), apply=False)
    assert outcome.preview is not None
    controller.apply_schedule(outcome.preview.schedule, OpKind.IMPORT_BUSY, "Import busy days")
    window.show_view(CALENDAR)
    view = window.calendar_view
    assert isinstance(view, WeekCalendarView)
    view.shift(1)
    shot("week-calendar-busy", window)

    from planner.services.operations import MoveSession, preview_move

    block = view.grid.block_on(view.grid.selected)
    assert block is not None and controller.view is not None
    move = MoveDialog(block, controller.view.today, window)
    move.show()
    shot("dialog-move", move)
    move.reject()
    move.deleteLater()

    target = next(b for b in view.grid.blocks if b.day > block.day)
    op = MoveSession(plan_id, block.day, target.day, time(20, 0))
    result = preview_move(controller.service, op)
    lines = preview_lines(controller.view.snapshot, result, target.day)
    preview = MovePreviewDialog(lines, window)
    preview.show()
    shot("dialog-move-preview", preview)
    preview.reject()
    preview.deleteLater()


def _tray_menu(window: object, shot: Callable[[str, object], None]) -> None:
    """The tray icon's menu after a session reminder: the next session and Snooze."""
    from datetime import timedelta

    from planner.ui.main_window import MainWindow
    from planner.ui.reminders import attach

    assert isinstance(window, MainWindow)
    reminders = attach(window)
    now = reminders.local_now()
    view = window.controller.view
    assert now is not None and view is not None
    upcoming = next(s for s in view.snapshot.baseline.sessions if s.day > now.date())
    before = datetime.combine(upcoming.day, upcoming.start) - timedelta(minutes=15)
    reminders.check(before)
    reminders.menu.adjustSize()  # rendered without popping up (no keyboard grab offscreen)
    shot("tray-menu", reminders.menu)


def _scheme_again(app: object, scheme: str) -> None:
    """Building a window applies the saved theme; put the requested one back."""
    from PySide6.QtWidgets import QApplication

    from planner.ui.theme import apply_theme

    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    language = "en"
    if len(args) == 3 and args[0] == "--lang":
        language, args = args[1], args[2:]
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m planner.ui.screenshots [--lang de] OUTDIR", file=sys.stderr)
        return 2
    written = render_all(Path(args[0]), language=language)
    if language == "en":  # the gallery also shows the main views in German
        written += render_all(Path(args[0]), language="de", views_only=True)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
