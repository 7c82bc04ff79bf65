"""Sentences made below the UI, seen in German in real widgets: the retake re-plan and its
refusals, re-weighting's refusal, the catalog alerts with their days, hours and weights.
English (what scripts and the English app read) stays as it was."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.plan import PlanSettings
from planner.core.progress import ReplanMode
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.services.operations import BookExam, RecordResult
from planner.services.plans import PlanService, ServiceError
from planner.services.retake import preview_retake
from planner.services.steer import preview_steer
from planner.ui import i18n
from planner.ui.alerts import AlertSource
from planner.ui.app import build_main_window
from planner.ui.dialogs.retake import RetakeDialog
from planner.ui.formatting import date_text
from planner.ui.main_window import MainWindow
from tests.catalog_overrides import builtin_entry, write_changes
from tests.ui.test_alerts_window import _new

pytestmark = pytest.mark.gui

NOW = datetime(2027, 1, 18, 9, 0, tzinfo=UTC)
ISO = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@pytest.fixture
def german(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")  # the app's windows start in German
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")


def _plan(folder: Path) -> None:
    """A PMLE plan (exam 2027-03-01 or so) whose sitting on 15 Jan 2027 failed."""
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=6, prep_weeks=10)
    settings = PlanSettings(date(2026, 11, 30), 6, frozenset({0, 2, 5}), prep_weeks=10)
    with PlanService(folder, FixedClock(NOW)) as svc:
        plan = svc.create_plan(
            name="Google MLE",
            schedule=build_schedule(items, settings),
            path_id="ml-practitioner",
            cloud="gcp",
            certification_id="gcp-pmle",
        )
        svc.run(BookExam(plan, date(2027, 1, 15), "online"))
        svc.run(RecordResult(plan, 1, "fail"))


@pytest.fixture
def failed(qtbot, data_dir: Path, german: None) -> MainWindow:  # type: ignore[no-untyped-def]
    _plan(data_dir)
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_retake_dialog_refuses_a_past_day_in_german(qtbot, failed: MainWindow) -> None:
    dialog = RetakeDialog(failed.controller, None, None, failed)
    qtbot.addWidget(dialog)
    dialog.day.setDate(date(2027, 1, 10))  # before today
    shown = dialog.outlook.text()
    assert dialog.preview is None
    assert (
        shown
        == f"Der Tag der Wiederholung ({date_text(date(2027, 1, 10))}) muss nach heute liegen."
    )
    assert "Jan." in shown and not ISO.search(shown)


def test_the_retake_preview_is_german_and_its_english_is_unchanged(failed: MainWindow) -> None:
    controller = failed.controller
    policy = controller.catalog().certifications["gcp-pmle"].policy
    preview = preview_retake(controller.service, controller.plan_id or 0, policy)
    lines = preview.lines
    old, new = preview.old_exam_date, preview.exam_date
    assert old is not None and preview.items
    assert lines[0].startswith("Frühestmögliche Wiederholung: ")
    assert f"Prüfungstermin: {date_text(old)} → {date_text(new)}." in lines
    domains = len(preview.items)
    renewed = next(line for line in lines if line.startswith("Erneute Vorbereitung: "))
    assert renewed.endswith(f"in {domains} Bereichen vor der Wiederholung.")
    assert not any(ISO.search(line) for line in lines)
    # Scripts keep reading the English, ISO days and all.
    english = [m.english() for m in preview.messages]
    assert english[0].startswith("Earliest retake: ")
    assert f"Exam date: {old.isoformat()} → {new.isoformat()}." in english
    assert (
        f"Renewed preparation: {preview.hours:g} h over {domains} domains before the retake."
        in (english)
    )


def test_a_too_early_retake_day_reads_well_in_both_languages(failed: MainWindow) -> None:
    controller = failed.controller
    policy = controller.catalog().certifications["gcp-pmle"].policy
    svc, plan = controller.service, controller.plan_id or 0
    with pytest.raises(ServiceError) as refused:
        preview_retake(svc, plan, policy, date(2027, 1, 19))
    german = str(refused.value)
    assert german.startswith(f"{date_text(date(2027, 1, 19))} ist zu früh: frühestmögliche ")
    message = refused.value.args[0]
    assert message.english().startswith("2027-01-19 is too early: earliest retake: ")


def test_re_weighting_without_attempts_is_refused_in_german(failed: MainWindow) -> None:
    controller = failed.controller
    with pytest.raises(ServiceError) as refused:
        preview_steer(controller.service, controller.plan_id or 0, ReplanMode.KEEP_EXAM)
    assert str(refused.value).startswith("Noch nicht: ")
    assert "eine neue Gewichtung würde keine Stunden verschieben" in str(refused.value)
    assert "re-weighting would move no hours" in refused.value.args[0].english()


def _half_hours_and_weights(data_dir: Path) -> None:
    """Production ML Systems gains half an hour; the PMLE's first domain 1.5 points."""
    cert = builtin_entry("certifications", "gcp-pmle")
    domains = [dict(d) for d in cert["domains"]]
    domains[0]["weight"] = domains[0]["weight"] + 1.5
    cert["domains"] = domains
    course = builtin_entry("courses", "production-ml-systems")
    modules = [dict(m) for m in course["modules"]]
    modules[0]["hours"] = modules[0]["hours"] + 0.5
    course["modules"] = modules
    write_changes(data_dir, certifications=[cert], courses=[course])


@pytest.mark.usefixtures("cli_now")
def test_the_alert_banner_writes_hours_and_weights_the_german_way(
    qtbot, data_dir: Path, german: None
) -> None:
    from tests.ui.test_alerts_window import _window

    _new(data_dir)
    before = load_catalog(data_dir).catalog.courses["production-ml-systems"].hours
    _half_hours_and_weights(data_dir)
    win = _window(qtbot, data_dir)
    banner = win.this_week.alert
    qtbot.waitUntil(lambda: banner.isVisible())
    text = banner.message.text()
    now = before + 0.5
    german_hours = f"{now:g}".replace(".", ",")
    assert f"dauert jetzt {german_hours} h (geplant mit {before:g} h)" in text
    assert "Architecting low-code AI solutions 13 % → 14,5 %" in text
    assert "14.5" not in text
    # The same alerts in English, as `status` and scripts read them.
    source = AlertSource.of(win.controller)
    english = [a.message for a in source.alerts]
    assert any(f"now takes {now:g} h (planned with {before:g} h)." in e for e in english)
    assert any("Architecting low-code AI solutions 13% → 14.5%" in e for e in english)


@pytest.mark.usefixtures("cli_now")
def test_the_banner_dates_an_ended_exam_in_german(qtbot, data_dir: Path, german: None) -> None:
    from tests.catalog_overrides import mla_c01_never_retires
    from tests.ui.test_alerts_window import _window

    override = mla_c01_never_retires(data_dir)
    _new(data_dir, "--cloud", "aws")
    override.unlink()
    win = _window(qtbot, data_dir)
    banner = win.this_week.alert
    qtbot.waitUntil(lambda: banner.isVisible())
    text = banner.message.text()
    assert "(letzter Tag " in text and not ISO.search(text), text


def test_a_plan_older_than_its_facts_says_so_in_german(qtbot, data_dir: Path, german: None) -> None:
    _plan(data_dir)  # made the old way: no facts kept, they are read from its items
    _half_hours_and_weights(data_dir)
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    banner = win.this_week.alert
    qtbot.waitUntil(lambda: banner.isVisible())
    text = banner.message.text()
    assert "Dieser Plan entstand, bevor Study Planner festhielt" in text
    assert "(angenommen: Prüfung auf Englisch)" in text
    report = AlertSource.of(win.controller).report  # and in English for scripts
    assert report is not None and report.note.startswith("This plan was made before")


def test_an_old_catalog_is_dated_the_german_way(qtbot, german: None) -> None:
    from planner.catalog.describe import stale_text
    from planner.ui.views.catalog import CatalogView

    catalog = load_catalog(None).catalog
    assert catalog.as_of is not None
    later = date(2027, 4, 1)
    view = CatalogView(catalog, today=later)
    qtbot.addWidget(view)
    shown = view.stale.text()
    days = (later - catalog.as_of).days
    assert shown.startswith(
        f"Die Angaben des Katalogs wurden zuletzt am {date_text(catalog.as_of)} geprüft, "
        f"vor {days} Tagen;"
    )
    assert not ISO.search(shown.split("'")[0])
    # The command line's warning stays English, with the ISO day.
    english = stale_text(catalog, later)
    assert english.startswith(f"The catalog's facts were last checked on {catalog.as_of}, ")


def test_an_exam_without_domains_is_judged_overall_in_german(german: None) -> None:
    from planner.core.readiness import Attempt, readiness

    state = readiness([Attempt(1, date(2027, 1, 10), 55.0)], (), date(2027, 1, 18))
    assert str(state.message).startswith("Noch nicht: Gesamt bei 55 %")
    assert str(state.domains[0].label) == "Gesamt"
    assert state.sentence.startswith("Not yet: Overall at 55 %")  # scripts: as before
    assert state.domains[0].name == "Overall"
