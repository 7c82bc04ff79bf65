"""The Readiness view and the attempt form, on real widgets over a real plans file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.catalog import load_catalog
from planner.core.build import build_plan_items
from planner.core.plan import PlanSettings
from planner.core.readiness import plan_domains
from planner.core.scheduler import build_schedule
from planner.services.attempts import list_sittings
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui.app import build_main_window
from planner.ui.dialogs import attempt as attempt_dialog
from planner.ui.dialogs import retake as retake_dialog
from planner.ui.dialogs.attempt import AttemptDialog
from planner.ui.dialogs.booking import BookingDialog
from planner.ui.dialogs.retake import RetakeDialog
from planner.ui.formatting import date_text
from planner.ui.main_window import READINESS, MainWindow
from planner.ui.views.readiness import ReadinessView

pytestmark = pytest.mark.gui

NOW = datetime(2027, 1, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    catalog = load_catalog(None).catalog
    exam = catalog.certifications["gcp-pmle"]
    items = build_plan_items(catalog, "ml-practitioner", exam, hours_per_week=6, prep_weeks=10)
    settings = PlanSettings(date(2026, 11, 30), 6, frozenset({0, 2, 5}), prep_weeks=10)
    with PlanService(data_dir, FixedClock(NOW)) as svc:
        svc.create_plan(
            name="Google MLE",
            schedule=build_schedule(items, settings),
            path_id="ml-practitioner",
            cloud="gcp",
            certification_id="gcp-pmle",
        )
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    return win


def _view(win: MainWindow) -> ReadinessView:
    win.actions_["view-readiness"].trigger()
    view = win.views.currentWidget()
    assert isinstance(view, ReadinessView)
    return view


def _fill(dialog: AttemptDialog, day: date, score: str, domains: dict[int, str]) -> None:
    dialog.date.setDate(day)
    dialog.score.setText(score)
    for n, text in domains.items():
        dialog.domain_edits[n - 1].setText(text)


def test_ctrl_5_shows_readiness_and_recording_attempts_changes_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    assert window.actions_["view-readiness"].shortcut().toString() == "Ctrl+6"
    view = _view(window)
    assert window.sidebar.views.currentRow() == READINESS
    assert view.sentence.text().startswith("Not yet: no attempts recorded")
    assert "pass mark 70 % assumed (not published)" in view.details.text()

    forms: list[AttemptDialog] = []

    def fill_and_save(parent, controller, domains, attempt=None) -> bool:  # type: ignore[no-untyped-def]
        dialog = AttemptDialog(controller, domains, attempt, parent)
        qtbot.addWidget(dialog)
        day, score, scores = answers.pop(0)
        _fill(dialog, day, score, scores)
        forms.append(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(attempt_dialog, "run_attempt_dialog", fill_and_save)
    answers = [
        (date(2027, 1, 4), "61", {4: "52"}),
        (date(2027, 1, 17), "78", {4: "77", 6: "80"}),
    ]
    qtbot.mouseClick(view.record, Qt.MouseButton.LeftButton)
    assert view.sentence.text() == "Not yet: Serving and scaling models at 52 % against 75 %."
    assert "Serving and scaling models gets" in view.steer.text()
    qtbot.mouseClick(view.record, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 2
    assert view.model.index(0, 1).data() == "78 %"  # newest first
    serving = next(d for d in view.bars.state.domains if d.name.startswith("Serving"))  # type: ignore[union-attr]
    assert [s for _, s in serving.trend] == [52, 77]
    assert "Serving and scaling models: " in view.bars.accessibleDescription()
    assert len(view.trend.points) == 2

    # Undo (Ctrl+Z) takes the newest attempt back; the view follows.
    window.actions_["undo"].trigger()
    assert view.model.rowCount() == 1
    assert view.sentence.text() == "Not yet: Serving and scaling models at 52 % against 75 %."


def test_the_margin_moves_the_target_and_is_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _view(window)
    view.margin.setValue(10)
    assert view.state is not None and view.state.target == 80
    assert "Target 80 %" in view.details.text()
    view.margin.editingFinished.emit()  # the user leaves the box: the margin is kept
    assert window.actions_["undo"].text() == "&Undo Set the readiness target: margin 10 points"
    window.controller.refresh()
    assert view.margin.value() == 10
    window.actions_["undo"].trigger()
    assert view.margin.value() == 5 and view.state.target == 75


def test_the_form_checks_as_you_type_and_never_saves_nonsense(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    snap = window.controller.view.snapshot  # type: ignore[union-attr]
    dialog = AttemptDialog(window.controller, plan_domains(snap.items), None, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.message.text() == "Enter the overall score or at least one domain's score."
    dialog.score.setText("120")
    assert not save.isEnabled()
    assert dialog.message.text() == "Overall score: a percentage runs from 0 to 100."
    dialog.score.setText("")
    dialog.domain_edits[2].setText("seventy")
    assert "“seventy” is not a number" in dialog.message.text()
    dialog.domain_edits[2].setText("70 %")
    assert save.isEnabled() and dialog.message.text() == ""
    # No future day can be picked.
    dialog.date.setDate(NOW.date() + timedelta(days=3))
    assert dialog.date.date().toPython() == NOW.date()


def test_edit_and_delete_a_recorded_attempt(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from planner.services.operations import AttemptEntry, RecordAttempts

    plan = window.controller.plan_id
    assert plan is not None
    window.controller.run(RecordAttempts(plan, (AttemptEntry(date(2027, 1, 10), 64.0),)))
    view = _view(window)
    assert not view.edit.isEnabled()
    view.table.selectRow(0)
    assert view.edit.isEnabled() and view.delete.isEnabled()

    def change_score(parent, controller, domains, attempt=None) -> bool:  # type: ignore[no-untyped-def]
        dialog = AttemptDialog(controller, domains, attempt, parent)
        qtbot.addWidget(dialog)
        assert dialog.score.text() == "64"
        dialog.score.setText("69")
        dialog.save()
        return True

    monkeypatch.setattr(attempt_dialog, "run_attempt_dialog", change_score)
    qtbot.mouseClick(view.edit, Qt.MouseButton.LeftButton)
    assert view.model.index(0, 1).data() == "69 %"
    view.table.selectRow(0)
    qtbot.mouseClick(view.delete, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    # The Edit menu writes the attempt's day as the app writes dates.
    day = date_text(date(2027, 1, 10))
    assert window.actions_["undo"].text() == f"&Undo Delete attempt of {day} (69 %)"


def test_the_attempts_model_is_a_well_behaved_model(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from planner.services.operations import AttemptEntry, RecordAttempts

    plan = window.controller.plan_id
    assert plan is not None
    entry = AttemptEntry(date(2027, 1, 10), 64.0, (("1", 70.0),), "Mock")
    window.controller.run(RecordAttempts(plan, (entry,)))
    view = _view(window)
    qtmodeltester.check(view.model)


def test_replan_toward_weak_domains_asks_with_the_reasons_and_is_undoable(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from planner.services.operations import AttemptEntry, RecordAttempts
    from planner.ui.views import readiness as readiness_view

    view = _view(window)
    assert not view.steer_button.isEnabled()  # no attempt: nothing to steer by
    plan = window.controller.plan_id
    assert plan is not None
    scores = (("1", 80.0), ("4", 55.0), ("6", 81.0))
    window.controller.run(RecordAttempts(plan, (AttemptEntry(date(2027, 1, 16), 76.0, scores),)))
    assert view.steer_button.isEnabled()
    serving_key = next(d.key for d in view.domains if d.name.startswith("Serving"))
    before = window.controller.view.snapshot.item(serving_key).hours  # type: ignore[union-attr]
    asked: list[str] = []
    monkeypatch.setattr(
        readiness_view, "confirm_steer", lambda _p, text: asked.append(text) or True
    )
    qtbot.mouseClick(view.steer_button, Qt.MouseButton.LeftButton)
    assert "Serving and scaling models gets" in asked[0]
    assert "55 % against 75 %" in asked[0]
    after = window.controller.view.snapshot.item(serving_key).hours  # type: ignore[union-attr]
    assert after > before
    assert window.actions_["undo"].text() == "&Undo Re-plan toward weak domains"
    window.actions_["undo"].trigger()
    assert window.controller.view.snapshot.item(serving_key).hours == before  # type: ignore[union-attr]


def test_book_the_exam_then_record_a_failure_and_see_the_earliest_retake(
    qtbot, data_dir: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from planner.ui.dialogs import booking
    from planner.ui.dialogs.booking import BookingDialog

    view = _view(window)
    assert view.logistics.text() == "No exam booked yet."
    assert not view.passed.isEnabled() and not view.failed.isEnabled()

    def book(parent, controller) -> bool:  # type: ignore[no-untyped-def]
        dialog = BookingDialog(controller, parent)
        qtbot.addWidget(dialog)
        dialog.date.setDate(date(2027, 1, 15))
        dialog.delivery.setCurrentIndex(dialog.delivery.findData("test-centre"))
        dialog.confirmation.setText("WA-77")
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(booking, "run_booking_dialog", book)
    qtbot.mouseClick(view.book, Qt.MouseButton.LeftButton)
    # Days in the user's locale, as everywhere in the app (ISO is for the command line).
    from planner.ui.formatting import date_text

    assert view.logistics.text().startswith(
        f"Exam #1: {date_text(date(2027, 1, 15))} 09:00, at a test centre (confirmation WA-77)"
    )
    assert "2027-01-15" not in view.logistics.text()
    assert view.failed.isEnabled()  # the sitting was three days ago: its result can go in
    offered: list[object] = []
    monkeypatch.setattr(
        retake_dialog, "run_retake_dialog", lambda *args: offered.append(args) or False
    )
    assert not view.retake.isEnabled()
    qtbot.mouseClick(view.failed, Qt.MouseButton.LeftButton)
    assert len(offered) == 1  # the failure offers the retake re-plan at once
    assert "— fail" in view.logistics.text()
    # 14 days, Google's rule
    assert f"Earliest retake: {date_text(date(2027, 1, 29))} (14 days" in view.logistics.text()
    assert not view.failed.isEnabled()
    assert view.retake.isEnabled()  # "Not now": the offer stays one click away
    qtbot.mouseClick(view.retake, Qt.MouseButton.LeftButton)
    assert len(offered) == 2
    window.actions_["undo"].trigger()
    assert "Earliest retake" not in view.logistics.text()


def test_ticking_a_practice_exam_offers_to_record_its_score(window: MainWindow) -> None:
    snap = window.controller.view.snapshot  # type: ignore[union-attr]
    mock = next(i.key for i in snap.items if i.key == "prep/practice-1")
    module = next(i.key for i in snap.items if i.kind.value == "exam_domain")
    assert window.controller.set_done(module, True)
    assert "record its score" not in window.statusBar().currentMessage()
    assert window.controller.set_done(mock, True)
    assert window.statusBar().currentMessage() == (
        "Practice test done: record its score in View › Readiness (Ctrl+6)."
    )


def test_a_failure_offers_the_retake_with_a_preview_one_click_and_one_undo(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from planner.core.plan import ItemKind
    from planner.services.operations import BookExam, Tick

    controller = window.controller
    plan = controller.plan_id
    assert plan is not None
    for item in controller.view.snapshot.items:  # type: ignore[union-attr]
        if item.kind not in (ItemKind.EXAM_DOMAIN, ItemKind.REVIEW):
            controller.run(Tick(plan, item.key))
    controller.run(BookExam(plan, date(2027, 1, 15), "online", "09:00"))
    before = controller.view.snapshot  # type: ignore[union-attr]
    view = _view(window)
    dialogs: list[RetakeDialog] = []

    def enter_report(parent, controller, domains, attempt=None, report_day=None) -> bool:  # type: ignore[no-untyped-def]
        dialog = AttemptDialog(controller, domains, attempt, parent, report_day)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Enter the score report"
        assert dialog.source.text() == f"Score report of the exam on {date_text(date(2027, 1, 15))}"
        _fill(dialog, date(2027, 1, 15), "", {1: "90", 4: "38", 6: "85"})
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    def offer(parent, controller, policy, mark=None) -> bool:  # type: ignore[no-untyped-def]
        dialog = RetakeDialog(controller, policy, mark, parent)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        earliest = date_text(date(2027, 1, 29), weekday=True)  # in the user's locale
        assert dialog.outlook.text() == f"The earliest allowed retake is {earliest}."
        assert dialog.day.minimumDate().toPython() == date(2027, 1, 29)
        assert "more hours where" not in dialog.summary.text()  # no score report yet
        monkeypatch.setattr(attempt_dialog, "run_attempt_dialog", enter_report)
        qtbot.mouseClick(dialog.report, Qt.MouseButton.LeftButton)
        assert "more hours where the score report is weak" in dialog.summary.text()
        rows = {
            dialog.shifts.index(r, 0).data(): dialog.shifts.index(r, 2).data()
            for r in range(dialog.shifts.rowCount())
        }
        assert "(+" in rows["Serving and scaling models"]  # the weak domain gains
        assert "(−" in rows["Architecting low-code AI solutions"]
        # The renewed preparation is in the table above; all else is done, so nothing
        # else moves, and the dialog says so rather than showing an empty table.
        assert dialog.moves.rowCount() == 0
        assert dialog.moves_label.text() == "Nothing else moves."
        assert dialog.apply_button.isEnabled()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(retake_dialog, "run_retake_dialog", offer)
    qtbot.mouseClick(view.failed, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 1
    after = controller.view.snapshot  # type: ignore[union-attr]
    assert after.baseline.exam_date == date(2027, 1, 29)
    serving = next(i for i in after.items if i.title.startswith("Retake — Serving"))
    low_code = next(i for i in after.items if i.title.startswith("Retake — Architecting"))
    assert serving.hours / 20 > low_code.hours / 13  # more per weight point where weak
    retake_day = date_text(date(2027, 1, 29))  # the Edit menu writes dates as the app does
    assert window.actions_["undo"].text() == f"&Undo Re-plan for the retake on {retake_day}"
    window.actions_["undo"].trigger()
    restored = controller.view.snapshot  # type: ignore[union-attr]
    assert restored.baseline.exam_date == before.baseline.exam_date
    assert restored.items == before.items


def test_without_vendor_rules_the_retake_day_is_the_learners_choice(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from planner.services.operations import BookExam, RecordResult

    controller = window.controller
    plan = controller.plan_id
    assert plan is not None
    controller.run(BookExam(plan, date(2027, 1, 15), "online"))
    controller.run(RecordResult(plan, 1, "fail"))
    dialog = RetakeDialog(controller, None, None, window)
    qtbot.addWidget(dialog)
    assert dialog.outlook.text() == (
        "The catalog has no retake rules for this exam: choose the retake day."
    )
    assert dialog.chosen_day() == NOW.date() + timedelta(days=1)
    dialog.day.setDate(date(2027, 4, 12))
    assert dialog.preview is not None and dialog.preview.exam_date == date(2027, 4, 12)
    dialog.day.setDate(date(2027, 1, 10))  # before today: said, not stored
    assert dialog.preview is None and "has to be after today" in dialog.outlook.text()
    assert not dialog.apply_button.isEnabled()


def test_a_refused_save_stays_open_with_the_reason_and_a_good_one_closes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    assert controller.view is not None
    plan = controller.view.snapshot.id
    dialog = BookingDialog(controller, window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.objectName() == "booking-save" and save.text() == "&Save booking"
    assert save.toolTip() == "Record the booking (Ctrl+Z takes it back)"
    assert (
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).toolTip()
        == "Close without changing anything"
    )
    assert dialog.message.objectName() == "booking-message" and dialog.message.text() == ""

    dialog.show()
    dialog.confirmation.setText("x" * 201)
    save.click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "200" in dialog.message.text()  # the service's reason, in the dialog
    assert list_sittings(controller.service, plan) == []

    dialog.confirmation.setText("WA-58213")
    save.click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    (sitting,) = list_sittings(controller.service, plan)
    assert sitting.confirmation == "WA-58213"
    window.actions_["undo"].trigger()
    assert list_sittings(controller.service, plan) == []


def test_cancel_closes_without_saving(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    assert controller.view is not None
    dialog = BookingDialog(controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.confirmation.setText("WA-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert list_sittings(controller.service, controller.view.snapshot.id) == []
