"""The new-plan wizard: clicking through to a stored plan, exams, courses, the live diagnosis."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui.formatting import date_text
from planner.ui.models.wizard_courses import CourseListModel
from planner.ui.models.wizard_preview import WeekPreviewModel
from planner.ui.wizard import NewPlanWizard, run_new_plan_wizard

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 26)


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    return load_catalog(data_dir).catalog


@pytest.fixture
def service(data_dir: Path) -> Iterator[PlanService]:
    svc = PlanService(data_dir, FixedClock(datetime(2026, 11, 26, 12, tzinfo=UTC)))
    yield svc
    svc.close()


@pytest.fixture
def wizard(qtbot, service: PlanService, catalog: Catalog) -> NewPlanWizard:
    w = NewPlanWizard(service, catalog, TODAY, timezone="Europe/Berlin")
    qtbot.addWidget(w)
    w.show()
    return w


def _goto(wizard: NewPlanWizard, page_name: str) -> None:
    while wizard.currentPage().objectName() != page_name:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on {wizard.currentPage().objectName()}"


def test_click_through_to_a_stored_plan(qtbot, wizard: NewPlanWizard, service) -> None:
    qtbot.mouseClick(wizard.start_page.buttons["data-scientist"], Qt.MouseButton.LeftButton)
    _goto(wizard, "page-exam")
    assert wizard.exam_page.selected_cert().id == "gcp-pmle"
    assert "Recommended experience" in wizard.exam_page.experience.text()
    _goto(wizard, "page-courses")
    page = wizard.courses_page
    assert wizard.courses.refs == ["production-ml-systems", "portfolio-project"]
    page.select_row(1)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    _goto(wizard, "page-time")
    wizard.time_page.hours.setValue(10)
    _goto(wizard, "page-preview")
    wizard.preview_page.name.setText("  My PMLE plan ")
    assert "Fits" in wizard.preview_page.result.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    stored = service.load(wizard.created_plan_id)
    assert stored.name == "My PMLE plan"
    assert stored.certification_id == "gcp-pmle" and stored.path_id == "data-scientist"
    assert stored.settings.hours_per_week == 10
    assert stored.settings.timezone == "Europe/Berlin"
    groups = list(dict.fromkeys(item.group for item in stored.items))
    assert groups == ["production-ml-systems", "exam-prep"]
    assert stored.baseline.exam_date is not None


def test_retired_exam_is_shown_as_retired_with_its_successor_preselected(
    wizard: NewPlanWizard,
) -> None:
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-exam")
    page = wizard.exam_page
    page.cloud.setCurrentIndex(page.cloud.findData("aws"))
    # The English MLA-C01 exam ended on 2026-09-28: MLS-C01 → MLA-C01 → MLA-C02 (in beta).
    assert page.selected_cert().id == "aws-mla-c02"
    labels = [page.cert.itemText(i) for i in range(page.cert.count())]
    retired = f"retired {date_text(date(2026, 3, 31))}"  # in the user's locale, not ISO
    assert any("MLS-C01" in label and retired in label for label in labels)
    assert "successor" in page.redirect.text() and page.redirect.isVisible()
    assert f"beta until {date_text(date(2027, 1, 14))}" in page.redirect.text()

    page.cert.setCurrentIndex(page.cert.findData("aws-mls-c01"))
    assert "retired" in page.retired.text() and "MLA-C01" in page.retired.text()


def test_each_cloud_gets_its_own_hands_on_coursework(wizard: NewPlanWizard) -> None:
    wizard.start_page.buttons["data-scientist"].setChecked(True)
    _goto(wizard, "page-exam")
    page = wizard.exam_page
    page.cloud.setCurrentIndex(page.cloud.findData("aws"))
    _goto(wizard, "page-courses")
    assert wizard.courses.refs == [
        "aws-sagemaker-ml-engineering",
        "aws-bedrock-genai-engineering",
        "portfolio-project",
    ]
    wizard.back()
    page.cloud.setCurrentIndex(page.cloud.findData("azure"))
    assert page.selected_cert().id == "azure-ai-300"
    _goto(wizard, "page-courses")
    assert wizard.courses.refs == ["azure-ml-mlops", "azure-genaiops", "portfolio-project"]


def test_a_plan_that_does_not_fit_shows_the_fix_and_applying_it_makes_it_fit(
    qtbot, wizard: NewPlanWizard
) -> None:
    wizard.start_page.buttons["ml-practitioner"].setChecked(True)
    _goto(wizard, "page-time")
    time_page = wizard.time_page
    time_page.hours.setValue(2)
    time_page.by_date.setChecked(True)
    time_page.exam_date.setDate(QDate(2027, 2, 15))
    _goto(wizard, "page-preview")
    page = wizard.preview_page
    assert "Does not fit" in page.result.text()
    assert "needs" in page.result.text() and "move the exam to" in page.result.text()
    assert page.fix_hours.isVisible() and page.fix_exam.isVisible()
    assert not page.isComplete(), "a plan that does not fit is not created"
    needed = wizard.preview().schedule.diagnosis.hours_per_week_needed

    qtbot.mouseClick(page.fix_hours, Qt.MouseButton.LeftButton)
    assert time_page.hours.value() == needed
    assert "Fits" in page.result.text()
    assert not page.fix_hours.isVisible()
    assert page.isComplete()


def test_moving_the_exam_to_the_earliest_date_makes_the_plan_fit(
    qtbot, wizard: NewPlanWizard
) -> None:
    wizard.start_page.buttons["ml-practitioner"].setChecked(True)
    _goto(wizard, "page-time")
    wizard.time_page.hours.setValue(3)
    wizard.time_page.by_date.setChecked(True)
    wizard.time_page.exam_date.setDate(QDate(2027, 1, 10))
    _goto(wizard, "page-preview")
    earliest = wizard.preview().schedule.diagnosis.earliest_exam_date
    qtbot.mouseClick(wizard.preview_page.fix_exam, Qt.MouseButton.LeftButton)
    assert wizard.preview().schedule.exam_date == earliest
    assert wizard.preview().schedule.feasible


def test_courses_can_be_reordered_dropped_added_and_their_hours_changed(
    wizard: NewPlanWizard,
) -> None:
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-courses")
    page = wizard.courses_page
    first, second = wizard.courses.refs[:2]
    page.select_row(1)
    page.up.click()
    assert wizard.courses.refs[:2] == [second, first]
    assert page.selected_row() == 0
    assert not page.up.isEnabled() and page.down.isEnabled(), "nothing is above the first"
    page.add_choice.setCurrentIndex(page.add_choice.findData("production-ml-systems"))
    page.add.click()
    assert wizard.courses.refs[-1] == "production-ml-systems"
    assert page.add_choice.findData("production-ml-systems") == -1
    module = wizard.courses.index(0, 1, wizard.courses.index(0, 0))
    assert wizard.courses.setData(module, 7.5)
    assert not wizard.courses.setData(module, -1)

    items = wizard.preview().schedule.items
    groups = list(dict.fromkeys(item.group for item in items))
    assert groups[:2] == [second, first]
    assert groups[-2:] == ["production-ml-systems", "exam-prep"]
    edited = items[0]
    assert edited.hours == 7.5 and not edited.hours_is_estimate
    assert "7.5 h" in wizard.courses.index(0, 1, wizard.courses.index(0, 0)).data()


def test_custom_plan_starts_from_exam_preparation_alone(wizard: NewPlanWizard) -> None:
    wizard.start_page.buttons["__custom__"].setChecked(True)
    _goto(wizard, "page-courses")
    assert wizard.courses.refs == []
    items = wizard.preview().schedule.items
    assert {item.group for item in items} == {"exam-prep"}


def test_bad_time_input_is_explained_inline_and_blocks_going_on(wizard: NewPlanWizard) -> None:
    _goto(wizard, "page-time")
    for box in wizard.time_page.days:
        box.setChecked(False)
    wizard.refresh_preview()
    assert "choose at least one study day" in wizard.time_page.result.text()
    assert not wizard.time_page.isComplete()
    wizard.time_page.days[1].setChecked(True)  # 8 h on one evening from 19:00 passes midnight
    wizard.refresh_preview()
    assert "midnight" in wizard.time_page.result.text()
    wizard.time_page.days[3].setChecked(True)
    wizard.refresh_preview()
    assert wizard.time_page.isComplete()
    assert "Fits" in wizard.time_page.result.text()


def test_days_off_leave_their_days_empty(wizard: NewPlanWizard) -> None:
    from planner.core.plan import DateRange

    _goto(wizard, "page-time")
    off = DateRange(date(2026, 12, 21), date(2027, 1, 3))
    wizard.time_page.add_days_off(off)
    schedule = wizard.preview().schedule
    assert schedule.settings.days_off == (off,)
    assert not [s for s in schedule.sessions if s.day in off]
    assert wizard.time_page.off_list.count() == 1


def test_cancelling_the_wizard_creates_nothing(qtbot, service, catalog) -> None:
    from datetime import time

    from planner.ui.preferences import AppPreferences

    prefs = AppPreferences(service.data_dir)
    prefs.session_start = time(6, 45)
    prefs.week_start = 6
    seen = {}

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPlanWizard)
        seen["session"] = dialog.time_page.session.time().toString("HH:mm")
        seen["first day"] = dialog.choices().week_start
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert run_new_plan_wizard(None, service, catalog, TODAY) is None
    assert service.list_plans() == []
    assert seen == {"session": "06:45", "first day": 6}  # the user's preferences


def test_wizard_models_pass_the_model_tester(qtmodeltester, catalog: Catalog, wizard) -> None:
    courses = CourseListModel(catalog)
    courses.set_steps(["structuring-ml-projects", "portfolio-project"])
    qtmodeltester.check(courses)
    courses.move(0, 1)
    courses.add("applied-ml-python")
    courses.remove(0)
    qtmodeltester.check(courses)

    weeks = WeekPreviewModel()
    weeks.set_schedule(wizard.preview().schedule)
    assert weeks.rowCount() == len(wizard.preview().schedule.weeks)
    qtmodeltester.check(weeks)
    weeks.set_schedule(None)
    qtmodeltester.check(weeks)


def _inside_a_control(widget, page, kinds) -> bool:
    parent = widget.parent()
    while parent is not None and parent is not page:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def test_every_control_has_an_accessible_name_and_tooltip(wizard: NewPlanWizard) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)
    for page in (wizard.page(i) for i in wizard.pageIds()):
        controls = [c for c in page.findChildren(QWidget) if isinstance(c, kinds)]
        for control in controls:
            if _inside_a_control(control, page, kinds):
                continue  # internal parts: a spin box's line edit, a combo box's list
            assert control.accessibleName(), control.objectName()
            assert control.toolTip(), control.objectName()


def test_start_date_in_the_future_moves_the_plan(wizard: NewPlanWizard) -> None:
    _goto(wizard, "page-time")
    later = TODAY + timedelta(days=30)
    wizard.time_page.start.setDate(QDate(later.year, later.month, later.day))
    assert wizard.preview().schedule.sessions[0].day >= later


def test_when_no_weekly_figure_fits_the_wizard_says_what_else_helps(
    qtbot, wizard: NewPlanWizard
) -> None:
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-time")
    wizard.time_page.hours.setValue(2)
    wizard.time_page.by_date.setChecked(True)
    wizard.time_page.exam_date.setDate(QDate(2027, 1, 10))
    diagnosis = wizard.preview().schedule.diagnosis
    assert diagnosis is not None and diagnosis.hours_per_week_needed is None
    qtbot.waitUntil(lambda: "Does not fit" in wizard.time_page.result.text())
    text = wizard.time_page.result.text()
    assert "add study days or start sessions earlier" in text
    assert "both fixes" not in text


def test_a_start_in_the_year_9999_is_explained_not_raised(qtbot, wizard: NewPlanWizard) -> None:
    _goto(wizard, "page-time")
    wizard.time_page.start.setDate(QDate(9999, 12, 1))
    preview = wizard.preview()
    assert preview.schedule is None and "9999-12-31" in preview.error
    qtbot.waitUntil(lambda: "9999-12-31" in wizard.time_page.result.text())


def test_the_exam_language_chooses_the_exam_and_stays_with_the_plan(
    qtbot, wizard: NewPlanWizard, service
) -> None:
    from planner.services.alerts import facts_for

    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-exam")
    page = wizard.exam_page
    page.cloud.setCurrentIndex(page.cloud.findData("aws"))
    assert page.selected_cert().id == "aws-mla-c02"
    # In Japanese MLA-C01 can still be sat until MLA-C02 is generally available.
    page.language.setCurrentIndex(page.language.findData("ja"))
    assert page.selected_cert().id == "aws-mla-c01"
    _goto(wizard, "page-time")
    wizard.time_page.hours.setValue(12)
    _goto(wizard, "page-preview")
    assert "Fits" in wizard.preview_page.result.text(), wizard.preview_page.result.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.created_plan_id is not None, wizard.preview_page.error.text()
    stored = service.load(wizard.created_plan_id)
    facts = facts_for(service, stored)
    assert not facts.derived
    # Chosen for the exam day, not for today: MLA-C01 ends for Japanese in January.
    assert facts.facts.language == "ja" and facts.facts.certification_id == "aws-mla-c02"
    assert facts.facts.domains and facts.facts.course_hours


def test_honest_guidance_on_the_time_page(qtbot, wizard: NewPlanWizard) -> None:
    from PySide6.QtCore import QDate

    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-time")
    page = wizard.time_page
    page.hours.setValue(0)  # refused with the reason, not turned into 0.25 h
    wizard.refresh_preview()
    assert page.hours.value() == 0
    assert "0 h/week would never finish the plan" in page.result.text()
    assert not page.isComplete()

    page.hours.setValue(8)
    page.by_date.setChecked(True)
    page.start.setDate(QDate(2026, 6, 1))
    page.exam_date.setDate(QDate(2026, 11, 1))  # before today, 2026-11-26
    wizard.refresh_preview()
    assert f"the exam date {date_text(date(2026, 11, 1))} has already passed" in page.result.text()

    page.start.setDate(QDate(2026, 12, 7))
    page.exam_date.setDate(QDate(2027, 5, 20))
    wizard.refresh_preview()
    text = page.result.text()
    assert "Every way to fit, smallest change first: drop the optional" in text
    assert "also study on" in text

    page.off_last.setDate(QDate(2027, 1, 5))
    page.off_first.setDate(QDate(2027, 2, 1))  # "to" follows "from"
    assert page.off_last.date() == QDate(2027, 2, 1)


def test_esc_asks_before_throwing_the_choices_away(qtbot, monkeypatch, wizard) -> None:
    from planner.ui import wizard as wizard_module

    asked: list[bool] = []
    monkeypatch.setattr(wizard_module, "confirm_discard", lambda parent: asked.append(True))
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-time")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()  # the answer was "keep"
    monkeypatch.setattr(wizard_module, "confirm_discard", lambda parent: True)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_an_exam_that_ends_before_the_exam_day_is_followed_to_its_successor(
    wizard: NewPlanWizard,
) -> None:
    wizard.start_page.buttons["software-engineer"].setChecked(True)
    _goto(wizard, "page-exam")
    page = wizard.exam_page
    page.cloud.setCurrentIndex(page.cloud.findData("aws"))
    page.language.setCurrentIndex(page.language.findData("ja"))
    assert page.selected_cert().id == "aws-mla-c01", "in Japanese, bookable today"
    _goto(wizard, "page-time")
    wizard.time_page.hours.setValue(12)
    wizard.time_page.by_date.setChecked(True)
    wizard.time_page.exam_date.setDate(QDate(2027, 9, 6))
    choices = wizard.choices()
    assert choices.certification_id == "aws-mla-c02", "MLA-C01 ends for Japanese in January"
    schedule = wizard.preview().schedule
    assert "MLA-C02" in schedule.settings.exam_name
    assert any("successor" in w.message for w in schedule.warnings)
