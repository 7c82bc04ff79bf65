"""Typing a date the way a user does: select the field (Tab or Ctrl+A), type the whole date in
the form it shows, Tab away. Real key events through pytest-qt; what depends on the date
(the wizard's diagnosis, Edit Plan's preview, a "to" field) follows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.catalog import load_catalog
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui.date_field import DateField, link_range
from planner.ui.dialogs.edit_plan import EditPlanDialog
from planner.ui.dialogs.log_time import LogTimeDialog
from planner.ui.formatting import date_pattern, date_text
from planner.ui.views.schedule import DaysOffDialog
from planner.ui.wizard import NewPlanWizard
from tests.ui.test_edit_plan import TODAY as EDIT_TODAY
from tests.ui.test_edit_plan import make_plan

pytestmark = pytest.mark.gui


def type_date(qtbot, field: QWidget, day: date, *, select: str = "tab") -> None:  # type: ignore[no-untyped-def]
    """Select the field as a user does, type ``day`` as the field shows dates, Tab away."""
    window = field.window()
    if not window.isActiveWindow():  # focus (and so Tab) works in the active window only
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    if select == "tab":  # Tab into the field from the control before it: all selected
        before = field.previousInFocusChain()
        while before is not field and not (
            before.isEnabled()
            and before.isVisible()
            and before.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            before = before.previousInFocusChain()
        before.setFocus()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        from PySide6.QtWidgets import QApplication

        assert field.hasFocus() and field.selectedText() == field.text(), (
            before,
            QApplication.focusWidget(),
        )
    else:  # click into it and select everything
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, date_text(day))
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.fixture(params=["en_US", "en_GB", "C"])
def locale(request: pytest.FixtureRequest) -> str:
    """Month names first and last, with and without a comma."""
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(QLocale.system())


def test_a_whole_date_typed_over_a_selected_field_is_taken(qtbot, locale: str) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    field = DateField(QDate(2026, 12, 1), box)
    after = QLineEdit(box)
    layout.addWidget(field)
    layout.addWidget(after)
    box.show()
    qtbot.waitExposed(box)
    assert field.text() == QLocale().toString(QDate(2026, 12, 1), date_pattern())
    seen: list[QDate] = []
    field.dateChanged.connect(seen.append)

    for day, select in ((date(2027, 3, 5), "tab"), (date(2027, 11, 23), "click")):
        type_date(qtbot, field, day, select=select)
        assert field.date() == QDate(day.year, day.month, day.day), (locale, field.text())
        assert field.text() == date_text(day)
    assert seen == [QDate(2027, 3, 5), QDate(2027, 11, 23)], "one change per date typed"
    assert after.hasFocus(), "Tab moved on"

    # The ISO form is read too; text that is not a date changes nothing and says why.
    refused: list[str] = []
    field.refused.connect(refused.append)
    qtbot.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back in
    qtbot.keyClicks(field, "2027-01-09")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 1, 9)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "next tuesday")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2027, 1, 9) and field.text() == date_text(date(2027, 1, 9))
    assert refused and refused[-1].startswith("Not a date; type it like ")


def test_to_follows_from_and_never_precedes_it(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    first, last = DateField(date(2026, 12, 21), box), DateField(date(2026, 12, 23), box)
    layout.addWidget(first)
    layout.addWidget(last)
    link_range(first, last)
    box.show()

    type_date(qtbot, first, date(2027, 1, 4))  # "from" after "to": "to" moves to it
    assert last.date() == QDate(2027, 1, 4)
    type_date(qtbot, last, date(2027, 1, 2))  # "to" before "from": it stops at "from"
    assert last.date() == QDate(2027, 1, 4)
    type_date(qtbot, last, date(2027, 1, 9))
    type_date(qtbot, first, date(2026, 12, 30))  # "from" earlier: "to" stays
    assert last.date() == QDate(2027, 1, 9)
    type_date(qtbot, first, date(2027, 1, 6))  # "from" later but not past "to": "to" stays
    assert last.date() == QDate(2027, 1, 9)


@pytest.fixture
def wizard(qtbot, data_dir: Path) -> NewPlanWizard:
    svc = PlanService(data_dir, FixedClock(datetime(2026, 11, 26, 12, tzinfo=UTC)))
    w = NewPlanWizard(
        svc, load_catalog(data_dir).catalog, date(2026, 11, 26), timezone="Europe/Berlin"
    )
    qtbot.addWidget(w)
    w.show()
    yield w
    svc.close()


def test_the_wizards_start_exam_and_days_off_take_typed_dates(qtbot, wizard: NewPlanWizard) -> None:
    wizard.start_page.buttons["ml-practitioner"].setChecked(True)
    while wizard.currentPage().objectName() != "page-time":
        wizard.next()
    page = wizard.time_page
    page.hours.setValue(2)
    qtbot.mouseClick(page.by_date, Qt.MouseButton.LeftButton)

    type_date(qtbot, page.exam_date, date(2027, 2, 15))
    assert page.exam_date.date() == QDate(2027, 2, 15)
    qtbot.waitUntil(lambda: "Does not fit" in page.result.text())
    type_date(qtbot, page.exam_date, date(2028, 6, 30), select="click")
    qtbot.waitUntil(lambda: "Fits" in page.result.text())
    assert wizard.preview().schedule.exam_date == date(2028, 6, 30)

    type_date(qtbot, page.start, date(2027, 1, 4))
    qtbot.waitUntil(lambda: wizard.preview().schedule.sessions[0].day >= date(2027, 1, 4))

    type_date(qtbot, page.off_first, date(2027, 2, 1))
    assert page.off_last.date() == QDate(2027, 2, 1), "'to' follows 'from'"
    type_date(qtbot, page.off_last, date(2027, 1, 20))
    assert page.off_last.date() == QDate(2027, 2, 1), "'to' cannot precede 'from'"
    type_date(qtbot, page.off_last, date(2027, 2, 14))
    qtbot.mouseClick(page.off_add, Qt.MouseButton.LeftButton)
    assert page.off_list.count() == 1
    qtbot.waitUntil(
        lambda: (
            not [
                s
                for s in wizard.preview().schedule.sessions
                if date(2027, 2, 1) <= s.day <= date(2027, 2, 14)
            ]
        )
    )


@pytest.fixture
def window(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    from planner.ui.app import build_main_window

    make_plan(data_dir)
    win = build_main_window(data_dir, FixedClock(EDIT_TODAY))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # settled, so a dialog opened next stays the active window
        win.show()
    return win


def test_edit_plans_exam_date_takes_a_typed_date_and_previews_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = EditPlanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.open()  # as the app shows it: modal to the window
    qtbot.waitExposed(dialog)
    if not dialog.by_date.isChecked():
        qtbot.mouseClick(dialog.by_date, Qt.MouseButton.LeftButton)
    type_date(qtbot, dialog.exam, date(2027, 5, 20))
    assert dialog.exam.date() == QDate(2027, 5, 20)
    assert "Does not fit" in dialog.summary.text() and not dialog.save.isEnabled()


def test_log_time_takes_a_typed_day_and_never_a_future_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.controller.service.clock = FixedClock(datetime(2026, 12, 9, 9, 0, tzinfo=UTC))
    window.controller._clock = window.controller.service.clock
    dialog = LogTimeDialog(window.controller, None, window)
    qtbot.addWidget(dialog)
    dialog.open()  # as the app shows it: modal to the window
    today = dialog.day.maximumDate()
    type_date(qtbot, dialog.day, date(2026, 12, 2))
    assert dialog.day.date() == QDate(2026, 12, 2)
    type_date(qtbot, dialog.day, date(2027, 1, 15))
    assert dialog.day.date() == today, "a future day is brought back to today"


def test_the_days_off_dialog_takes_typed_dates_and_to_follows_from(qtbot) -> None:
    dialog = DaysOffDialog((), date(2026, 12, 8), None)
    qtbot.addWidget(dialog)
    dialog.open()  # as the app shows it: modal to the window
    type_date(qtbot, dialog.first, date(2026, 12, 24))
    assert dialog.last.date() == QDate(2026, 12, 24), "'to' follows 'from'"
    type_date(qtbot, dialog.last, date(2026, 12, 20))
    assert dialog.last.date() == QDate(2026, 12, 24), "'to' cannot precede 'from'"
    assert dialog.message.text() == (
        f"{date_text(date(2026, 12, 20))} is before {date_text(date(2026, 12, 24))}, "
        f"the earliest day here; {date_text(date(2026, 12, 24))} is used."
    )
    type_date(qtbot, dialog.last, date(2027, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(r.first, r.last) for r in dialog.ranges] == [(date(2026, 12, 24), date(2027, 1, 1))]
