"""The new-plan wizard: where you stand → exam → courses → time → live preview → create.

``run_new_plan_wizard(parent, service, catalog, today)`` shows it and returns the
new plan's id (or ``None`` if cancelled); tests drive :class:`NewPlanWizard`
directly or monkeypatch the function. The plan is built by
:mod:`planner.ui.models.wizard_plan` (the CLI's rules), re-built as the user
types, and stored through :meth:`PlanService.create_plan` only on Create.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.core.catalog import Catalog, Certification, Cloud, StepKind, StudyPath
from planner.core.plan import WEEKDAY_NAMES, DateRange
from planner.ui.date_field import DateField, link_range
from planner.ui.formatting import date_text, format_hours, weekday_name
from planner.ui.i18n import say
from planner.ui.models.wizard_courses import CourseListModel
from planner.ui.models.wizard_plan import (
    DEFAULT_DAYS,
    Preview,
    WizardChoices,
    build_preview,
    default_steps,
)
from planner.ui.models.wizard_preview import WeekPreviewModel
from planner.ui.views.parts import ElidedCombo, cell_tooltips

if TYPE_CHECKING:  # type-only: importing the wizard must not load SQLAlchemy
    from planner.services.plans import PlanService

CUSTOM = "__custom__"
DEFAULT_HOURS_PER_WEEK = 8.0
PREVIEW_DELAY_MS = 120


def _ui(widget: QWidget, name: str, accessible: str, tip: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)


def _fmt(day: date) -> str:
    return date_text(day, weekday=True)


def system_timezone() -> str:
    """The system's IANA time zone name, or "UTC" if it has none we can use."""
    from PySide6.QtCore import QTimeZone

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


# --- pages ----------------------------------------------------------------------------


class StartPage(QWizardPage):
    """Where you stand: one of the guide's situations (a catalog path), or custom."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("page-start")
        self.setTitle(self.tr("Where do you stand?"))
        self.setSubTitle(
            self.tr("Pick the starting point that fits you best; you can change the courses later.")
        )
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for path in wizard.catalog.paths.values():
            button = QRadioButton(f"{path.title} — {path.persona}", self)
            _ui(button, f"start-{path.id}", path.title, path.persona)
            self.buttons[path.id] = button
        custom = QRadioButton(self.tr("Custom — I'll choose the courses myself"), self)
        _ui(
            custom,
            "start-custom",
            self.tr("Custom"),
            self.tr("Start from exam preparation only and add the courses you want"),
        )
        self.buttons[CUSTOM] = custom
        custom.setEnabled(wizard.custom_base() is not None)
        layout.setSpacing(10)
        for button in self.buttons.values():
            self.group.addButton(button)
            layout.addWidget(button)
        # Why the chosen path looks as it does, in a panel that takes the rest of the page.
        panel = QFrame(self)
        panel.setObjectName("start-reason-panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.reason = _note(panel, "start-reason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(12, 10, 12, 10)
        inside.addWidget(self.reason, 1)
        layout.addSpacing(6)
        layout.addWidget(panel, 1)
        first = next(iter(self.buttons.values()))
        first.setChecked(True)
        self.group.buttonToggled.connect(self._show_reason)
        self._show_reason()

    def choice(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return next(iter(self.buttons))

    def _show_reason(self, *_args: object) -> None:
        key = self.choice()
        if key == CUSTOM:
            self.reason.setText(
                self.tr(
                    "You start with the exam preparation alone and add courses on the courses page."
                )
            )
        else:
            self.reason.setText(self.w.catalog.paths[key].reasoning)
        self.w.schedule_refresh()


class ExamPage(QWizardPage):
    """Target cloud and certification; retired exams marked, the successor preselected."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("page-exam")
        self.setTitle(self.tr("Target cloud and certification"))
        self.setSubTitle(
            self.tr("Choose the cloud your target employers use; it decides the vendor exam.")
        )
        self.cloud = QComboBox(self)
        _ui(
            self.cloud,
            "exam-cloud",
            self.tr("Target cloud"),
            self.tr("The cloud your target employers run on"),
        )
        self.language = QComboBox(self)
        _ui(
            self.language,
            "exam-language",
            self.tr("Exam language"),
            self.tr("The language you will sit the exam in; it decides which exam can be booked"),
        )
        from planner.core.catalog import LANGUAGE_NAMES

        for code, language in LANGUAGE_NAMES.items():
            self.language.addItem(QCoreApplication.translate("Languages", language), code)
        self.cert = QComboBox(self)
        _ui(
            self.cert,
            "exam-certification",
            self.tr("Certification"),
            self.tr("The exam this plan prepares you for"),
        )
        self.redirect = _note(self, "exam-redirect-note")
        self.experience = _note(self, "exam-experience")
        self.retired = _note(self, "exam-retired-warning")
        form = QFormLayout()
        form.addRow(self.tr("&Cloud:"), self.cloud)
        form.addRow(self.tr("Exam &language:"), self.language)
        form.addRow(self.tr("Ce&rtification:"), self.cert)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.redirect)
        layout.addWidget(self.retired)
        layout.addWidget(self.experience)
        layout.addStretch(1)
        self._path_id = ""
        self.cloud.currentIndexChanged.connect(self._cloud_changed)
        self.cert.currentIndexChanged.connect(self._cert_changed)
        self.language.currentIndexChanged.connect(self._cloud_changed)

    def initializePage(self) -> None:
        path = self.w.path()
        if path.id == self._path_id and self.cloud.count():
            return
        self._path_id = path.id
        self.cloud.blockSignals(True)
        self.cloud.clear()
        for cloud in path.exams:
            self.cloud.addItem(cloud.label, cloud.value)
        index = self.cloud.findData(path.default_cloud.value)
        self.cloud.setCurrentIndex(max(index, 0))
        self.cloud.blockSignals(False)
        self._cloud_changed()

    def selected_cloud(self) -> Cloud:
        data = self.cloud.currentData()
        return Cloud(data) if data else self.w.path().default_cloud

    def selected_language(self) -> str:
        return str(self.language.currentData() or "en")

    def selected_cert(self) -> Certification | None:
        cert_id = self.cert.currentData()
        return self.w.catalog.certifications.get(cert_id) if cert_id else None

    def _cloud_changed(self, *_args: object) -> None:
        cloud = self.selected_cloud()
        catalog = self.w.catalog
        choice = catalog.exam_for(
            self._path_id or self.w.path().id, cloud, self.w.today, self.selected_language()
        )
        self.cert.blockSignals(True)
        self.cert.clear()
        certs = sorted(
            (c for c in catalog.certifications.values() if c.cloud is cloud),
            key=lambda c: (c.is_retired, c.name),
        )
        for cert in certs:
            label = f"{cert.name} ({cert.exam_code})"
            if cert.is_retired:
                when = date_text(cert.retired_on) if cert.retired_on else ""
                label += self.tr(" — retired {0}").format(when).rstrip()
            self.cert.addItem(label, cert.id)
        if choice is not None:
            self.cert.setCurrentIndex(max(self.cert.findData(choice.certification.id), 0))
        self.cert.blockSignals(False)
        self.redirect.setText(
            choice.note_text if choice is not None and choice.was_redirected else ""
        )
        self.redirect.setVisible(bool(self.redirect.text()))
        self._cert_changed()

    def _cert_changed(self, *_args: object) -> None:
        cert = self.selected_cert()
        if cert is None:
            self.experience.clear()
            self.retired.clear()
            self.completeChanged.emit()
            return
        self.experience.setText(
            self.tr(
                "<b>Recommended experience:</b> {0}<br>This is the vendor's recommendation, "
                "not a requirement. If you have less, that's fine: give the preparation the "
                "long end of the 8–12 weeks and take a practice exam early."
            ).format(cert.recommended_experience)
        )
        if cert.is_retired:
            successor = self.w.catalog.certifications.get(cert.successor_id or "")
            text = self.tr("{0} is retired{1}; it can no longer be booked.").format(
                cert.name,
                self.tr(" since {0}").format(date_text(cert.retired_on)) if cert.retired_on else "",
            )
            if successor is not None:
                text += " " + self.tr("Its successor is {0} ({1}).").format(
                    successor.name, successor.exam_code
                )
            self.retired.setText(f"<b>{text}</b>")
        else:
            self.retired.clear()
        self.retired.setVisible(bool(self.retired.text()))
        self.completeChanged.emit()
        self.w.schedule_refresh()

    def isComplete(self) -> bool:
        return self.selected_cert() is not None


class CoursesPage(QWizardPage):
    """Add, drop and reorder the plan's courses; change any module's hours."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("page-courses")
        self.setTitle(self.tr("Courses"))
        self.setSubTitle(
            self.tr(
                "Reorder, drop or add courses. Double-click a module's hours "
                "to enter your own; * marks our estimates."
            )
        )
        self.model = wizard.courses
        self.view = cell_tooltips(QTreeView(self))
        _ui(
            self.view,
            "courses-view",
            self.tr("Courses in the plan"),
            self.tr("The plan's courses in order, with their modules and hours"),
        )
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        self.up = QPushButton(self.tr("Move &Up"), self)
        _ui(self.up, "courses-up", self.tr("Move up"), self.tr("Study the selected course earlier"))
        self.down = QPushButton(self.tr("Move &Down"), self)
        _ui(
            self.down,
            "courses-down",
            self.tr("Move down"),
            self.tr("Study the selected course later"),
        )
        self.remove = QPushButton(self.tr("&Remove"), self)
        _ui(
            self.remove,
            "courses-remove",
            self.tr("Remove course"),
            self.tr("Leave the selected course or project out of the plan"),
        )
        self.add_choice = ElidedCombo(self)
        _ui(
            self.add_choice,
            "courses-add-choice",
            self.tr("Course to add"),
            self.tr("A catalog course that is not in the plan yet"),
        )
        self.add = QPushButton(self.tr("&Add"), self)
        _ui(
            self.add,
            "courses-add",
            self.tr("Add course"),
            self.tr("Add the chosen course before the exam preparation"),
        )
        self.total = QLabel(self)
        self.total.setObjectName("courses-total")
        buttons = QHBoxLayout()
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.add_choice, 2)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.total)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.add.clicked.connect(self._add)
        self.model.edited.connect(self._update)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._sync_buttons())
        self.model.modelReset.connect(self._sync_buttons)
        self.model.rowsMoved.connect(lambda *_: self._sync_buttons())
        self._path_key = ""
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """Move Up, Move Down and Remove only where they would do something."""
        row, count = self.selected_row(), self.model.rowCount()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(row >= 0)

    def initializePage(self) -> None:
        key = f"{self.w.start_page.choice()}/{self.w.exam_page.selected_cloud().value}"
        if key != self._path_key:
            self._path_key = key
            self.w.reset_courses()
        self._update()

    def selected_row(self) -> int:
        index = self.view.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _move(self, delta: int) -> None:
        row = self.selected_row()
        if row >= 0:
            self.select_row(self.model.move(row, delta))

    def _remove(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def _add(self) -> None:
        ref = self.add_choice.currentData()
        if ref:
            self.model.add(ref)
            self.select_row(self.model.rowCount() - 1)

    def _update(self) -> None:
        self.add_choice.clear()
        for course in sorted(self.w.catalog.courses.values(), key=lambda c: c.title):
            if course.id not in self.model.refs:
                self.add_choice.addItem(course.title, course.id)
        self.add.setEnabled(self.add_choice.count() > 0)
        hours = sum(self.model.ref_hours(ref)[0] for ref in self.model.refs)
        self.total.setText(
            self.tr("%n course(s) or project(s)", "", len(self.model.refs))
            + self.tr(" · {0} h before the exam preparation").format(format_hours(round(hours, 2)))
        )
        if not self.model.refs:
            self.total.setText(self.tr("Exam preparation only: no courses before it"))
        self._sync_buttons()
        self.w.schedule_refresh()


class TimePage(QWizardPage):
    """Start, exam date or preparation length, hours per week, days, session time, days off."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("page-time")
        self.setTitle(self.tr("Your time"))
        self.setSubTitle(
            self.tr(
                "When you start, when you sit the exam, and how much time you "
                "have. The result below updates as you type."
            )
        )
        today = wizard.today
        self.start = DateField(today, self)
        _ui(self.start, "time-start", self.tr("Start date"), self.tr("The first day you study"))
        self.by_date = QRadioButton(self.tr("On a date:"), self)
        _ui(
            self.by_date,
            "time-by-date",
            self.tr("Exam on a date"),
            self.tr("You have booked, or want to book, the exam on a date"),
        )
        self.exam_date = DateField(today + timedelta(weeks=26), self)
        _ui(self.exam_date, "time-exam-date", self.tr("Exam date"), self.tr("The day of the exam"))
        self.by_weeks = QRadioButton(self.tr("After preparing for:"), self)
        _ui(
            self.by_weeks,
            "time-by-weeks",
            self.tr("Exam after a preparation length"),
            self.tr("The exam goes right after the preparation weeks"),
        )
        prep = next(iter(wizard.catalog.exam_preps.values()), None)
        self.prep_weeks = QSpinBox(self)
        self.prep_weeks.setRange(1, 52)
        self.prep_weeks.setValue(prep.weeks_default if prep else 10)
        self.prep_weeks.setSuffix(self.tr(" weeks"))
        _ui(
            self.prep_weeks,
            "time-prep-weeks",
            self.tr("Preparation weeks"),
            self.tr("Weeks of exam preparation (the guide suggests 8 to 12)"),
        )
        self.by_weeks.setChecked(True)
        # One Tab stop for the two choices; the arrow keys move between them.
        self.exam_mode = QButtonGroup(self)
        self.exam_mode.addButton(self.by_weeks)
        self.exam_mode.addButton(self.by_date)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.0, 100.0)  # 0 is refused with the reason, never replaced
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(DEFAULT_HOURS_PER_WEEK)
        self.hours.setSuffix(self.tr(" h/week"))
        _ui(
            self.hours,
            "time-hours",
            self.tr("Hours per week"),
            self.tr("How many hours a week you can study"),
        )
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for n, name in enumerate(WEEKDAY_NAMES):
            day = weekday_name(date(2024, 1, 1) + timedelta(days=n))
            box = QCheckBox(day, self)
            _ui(
                box,
                f"time-day-{name}",
                self.tr("Study on {0}").format(day),
                self.tr("Study on this weekday"),
            )
            box.setChecked(n in DEFAULT_DAYS)
            self.days.append(box)
        for n in range(7):
            days_row.addWidget(self.days[(wizard.week_start + n) % 7])
        days_row.addStretch(1)
        self.session = QTimeEdit(
            QTime(wizard.session_start.hour, wizard.session_start.minute), self
        )
        self.session.setDisplayFormat("HH:mm")
        _ui(
            self.session,
            "time-session",
            self.tr("Session start"),
            self.tr("When your study sessions start ({0})").format(wizard.timezone),
        )
        self.off_list = cell_tooltips(QListWidget(self))
        _ui(
            self.off_list,
            "time-days-off",
            self.tr("Days off"),
            self.tr("Days without study, e.g. holidays"),
        )
        self.off_list.setMaximumHeight(80)
        self.off_list.setMinimumWidth(420)
        self.off_first = DateField(today, self)
        _ui(
            self.off_first,
            "time-off-first",
            self.tr("First day off"),
            self.tr("The first day of a break"),
        )
        self.off_last = DateField(today, self)
        _ui(
            self.off_last,
            "time-off-last",
            self.tr("Last day off"),
            self.tr("The last day of the break"),
        )
        self.off_add = QPushButton(self.tr("Add Days &Off"), self)
        _ui(
            self.off_add,
            "time-off-add",
            self.tr("Add days off"),
            self.tr("Add the range as days off"),
        )
        self.off_remove = QPushButton(self.tr("Remove"), self)
        _ui(
            self.off_remove,
            "time-off-remove",
            self.tr("Remove days off"),
            self.tr("Remove the selected days off"),
        )
        self.days_off: list[DateRange] = []
        self.result = _note(self, "time-result")

        exam_grid = QGridLayout()
        exam_grid.addWidget(self.by_weeks, 0, 0)
        exam_grid.addWidget(self.prep_weeks, 0, 1)
        exam_grid.addWidget(self.by_date, 1, 0)
        exam_grid.addWidget(self.exam_date, 1, 1)
        exam_grid.setColumnStretch(2, 1)
        off_row = QHBoxLayout()
        off_row.addWidget(self.off_first)
        off_row.addWidget(QLabel("–", self))
        off_row.addWidget(self.off_last)
        off_row.addWidget(self.off_add)
        off_row.addWidget(self.off_remove)
        off_row.addStretch(1)
        # The date fields show the locale's date without the weekday, the form of every
        # other date in the app, and take a whole date typed in it (planner/ui/date_field.py).
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("Exam:"), exam_grid)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("Study days:"), days_row)
        form.addRow(self.tr("Sessions &at:"), self.session)
        form.addRow(self.tr("Days off:"), self.off_list)
        form.addRow("", off_row)
        from planner.ui.review_control import ReviewControl

        self.review = ReviewControl(self, "time-review")
        self.review.changed.connect(self._changed)
        form.addRow(self.tr("Review:"), self.review)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        # Tab follows the rows as they are shown (the controls are made in another order).
        chain = [
            self.start,
            self.by_weeks,
            self.prep_weeks,
            self.by_date,
            self.exam_date,
            self.hours,
            *(self.days[(wizard.week_start + n) % 7] for n in range(7)),
            self.session,
            self.off_list,
            self.off_first,
            self.off_last,
            self.off_add,
            self.off_remove,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        for signal in (
            self.start.dateChanged,
            self.exam_date.dateChanged,
            self.prep_weeks.valueChanged,
            self.hours.valueChanged,
            self.session.timeChanged,
            self.by_date.toggled,
        ):
            signal.connect(self._changed)
        for box in self.days:
            box.toggled.connect(self._changed)
        link_range(self.off_first, self.off_last)
        self.off_add.clicked.connect(self._add_off)
        self.off_remove.clicked.connect(self._remove_off)
        self.by_date.toggled.connect(self._mode_changed)
        self._mode_changed()
        wizard.preview_changed.connect(self._show_result)

    def _mode_changed(self, *_args: object) -> None:
        self.exam_date.setEnabled(self.by_date.isChecked())
        self.prep_weeks.setEnabled(not self.by_date.isChecked())

    def _changed(self, *_args: object) -> None:
        self.w.schedule_refresh()

    def _add_off(self) -> None:
        first, last = self.off_first.day(), self.off_last.day()
        if last < first:
            first, last = last, first
        self.add_days_off(DateRange(first, last))

    def add_days_off(self, days: DateRange) -> None:
        self.days_off.append(days)
        text = (
            _fmt(days.first)
            if days.first == days.last
            else (f"{_fmt(days.first)} – {_fmt(days.last)}")
        )
        self.off_list.addItem(text)
        self.w.schedule_refresh()

    def _remove_off(self) -> None:
        row = self.off_list.currentRow()
        if 0 <= row < len(self.days_off):
            self.days_off.pop(row)
            self.off_list.takeItem(row)
            self.w.schedule_refresh()

    def study_days(self) -> frozenset[int]:
        return frozenset(n for n, box in enumerate(self.days) if box.isChecked())

    def _show_result(self) -> None:
        self.result.setText(self.w.result_html(on_preview=False))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview().schedule is not None


class PreviewPage(QWizardPage):
    """The week-by-week plan, its feasibility diagnosis with fixes, and the plan's name."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setObjectName("page-preview")
        self.setTitle(self.tr("Your plan"))
        self.setSubTitle(self.tr("Check the weeks, then create the plan."))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create Plan"))
        self.name = QLineEdit(self)
        _ui(
            self.name,
            "preview-name",
            self.tr("Plan name"),
            self.tr("A name for the plan in the sidebar"),
        )
        self.result = _note(self, "preview-result")
        self.fix_hours = QPushButton(self)
        _ui(
            self.fix_hours,
            "preview-fix-hours",
            self.tr("Use the hours per week needed"),
            self.tr("Set the hours per week to what the exam date needs"),
        )
        self.fix_exam = QPushButton(self)
        _ui(
            self.fix_exam,
            "preview-fix-exam",
            self.tr("Move the exam"),
            self.tr("Move the exam to the earliest date that fits your hours"),
        )
        self.warnings = _note(self, "preview-warnings")
        self.model = WeekPreviewModel(self)
        self.view = cell_tooltips(QTreeView(self))
        _ui(
            self.view,
            "preview-weeks",
            self.tr("Week-by-week plan"),
            self.tr("Each week's work and milestones"),
        )
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        fixes = QHBoxLayout()
        fixes.addWidget(self.fix_hours)
        fixes.addWidget(self.fix_exam)
        fixes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(fixes)
        layout.addWidget(self.warnings)
        layout.addWidget(self.view, 1)
        self.error = _note(self, "preview-error")
        layout.addWidget(self.error)
        self.fix_hours.clicked.connect(self._use_hours)
        self.fix_exam.clicked.connect(self._move_exam)
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        wizard.preview_changed.connect(self._show)
        self._named_for = ""

    def initializePage(self) -> None:
        cert = self.w.exam_page.selected_cert()
        suggested = cert.name if cert else ""
        if not self.name.text() or self.name.text() == self._named_for:
            self.name.setText(suggested)
        self._named_for = suggested
        self.w.refresh_preview()

    def _show(self) -> None:
        preview = self.w.preview()
        self.result.setText(self.w.result_html())
        schedule = preview.schedule
        diagnosis = schedule.diagnosis if schedule else None
        need = diagnosis.hours_per_week_needed if diagnosis else None
        earliest = diagnosis.earliest_exam_date if diagnosis else None
        self.fix_hours.setVisible(need is not None)
        self.fix_exam.setVisible(earliest is not None)
        if need is not None:
            self.fix_hours.setText(self.tr("Use {0} h/week").format(format_hours(need)))
        if earliest is not None:
            self.fix_exam.setText(self.tr("Move the exam to {0}").format(_fmt(earliest)))
        shown = [say(w) for w in schedule.warnings] if schedule else []
        self.warnings.setText("<br>".join(f"⚠ {text}" for text in shown))
        self.warnings.setVisible(bool(shown))
        self.model.set_schedule(schedule)
        if self.model.rowCount():
            self.view.expand(self.model.index(0, 0))
        self.completeChanged.emit()

    def _use_hours(self) -> None:
        schedule = self.w.preview().schedule
        if schedule and schedule.diagnosis and schedule.diagnosis.hours_per_week_needed:
            self.w.time_page.hours.setValue(schedule.diagnosis.hours_per_week_needed)
            self.w.refresh_preview()

    def _move_exam(self) -> None:
        schedule = self.w.preview().schedule
        if schedule and schedule.diagnosis and schedule.diagnosis.earliest_exam_date:
            self.w.time_page.exam_date.setDate(schedule.diagnosis.earliest_exam_date)
            self.w.refresh_preview()

    def isComplete(self) -> bool:
        """A plan that does not fit before its exam is not created: a fix is one click away."""
        schedule = self.w.preview().schedule
        return schedule is not None and schedule.feasible and bool(self.name.text().strip())

    def validatePage(self) -> bool:
        return self.w.create_plan()


# --- the wizard -----------------------------------------------------------------------


class NewPlanWizard(QWizard):
    """Five pages to a stored plan; ``created_plan_id`` holds it after ``accept()``."""

    preview_changed = Signal()

    def __init__(
        self,
        service: PlanService,
        catalog: Catalog,
        today: date,
        parent: QWidget | None = None,
        *,
        week_start: int = 0,
        session_start: time = time(19, 0),
        timezone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.catalog = catalog
        self.today = today
        self.week_start = week_start
        self.session_start = session_start
        self.timezone = timezone or system_timezone()
        self.created_plan_id: int | None = None
        self._cache: tuple[WizardChoices, Preview] | None = None
        self.setObjectName("new-plan-wizard")
        self.setWindowTitle(self.tr("New Study Plan"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        tips = {
            QWizard.WizardButton.BackButton: self.tr("Go back to the previous step"),
            QWizard.WizardButton.NextButton: self.tr("Go on to the next step"),
            QWizard.WizardButton.FinishButton: self.tr("Store the plan and open it"),
            QWizard.WizardButton.CancelButton: self.tr("Close without creating a plan"),
        }
        for which, tip in tips.items():
            self.button(which).setToolTip(tip)
        self.resize(820, 560)  # taller leaves the short pages half empty

        self.courses = CourseListModel(catalog, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.start_page = StartPage(self)
        self.exam_page = ExamPage(self)
        self.courses_page = CoursesPage(self)
        self.time_page = TimePage(self)
        self.preview_page = PreviewPage(self)
        for page in (
            self.start_page,
            self.exam_page,
            self.courses_page,
            self.time_page,
            self.preview_page,
        ):
            self.addPage(page)
        # Where the user is: "Step 2 of 5 · Target cloud and certification".
        ids = self.pageIds()
        for n, page_id in enumerate(ids, start=1):
            step = self.page(page_id)
            step.setTitle(self.tr("Step {0} of {1} · {2}").format(n, len(ids), step.title()))
        self.reset_courses()

    # --- the choices and the plan they make ------------------------------------
    def custom_base(self) -> StudyPath | None:
        """The path a custom plan starts from: one with exam preparation and no courses."""
        for path in self.catalog.paths.values():
            kinds = {s.kind for s in path.steps}
            if kinds == {StepKind.EXAM_PREP}:
                return path
        return None

    def path(self) -> StudyPath:
        key = self.start_page.choice()
        if key == CUSTOM:
            base = self.custom_base()
            assert base is not None  # the custom button is disabled without one
            return base
        return self.catalog.paths[key]

    def reset_courses(self) -> None:
        path = self.path()
        if self.start_page.choice() == CUSTOM:
            self.courses.set_steps([])
        else:
            optional = {s.ref for s in path.steps if s.optional}
            cloud = self.exam_page.selected_cloud()
            self.courses.set_steps(list(default_steps(self.catalog, path.id, cloud)), optional)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc after the first page asks before the choices are thrown away (Cancel, a
        button the user aims at, closes as it says)."""
        if (
            event.key() == Qt.Key.Key_Escape
            and self.currentId() > self.startId()
            and not confirm_discard(self)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def choices(self) -> WizardChoices:
        t = self.time_page
        cert = self.exam_page.selected_cert()
        if cert is None:
            choice = self.catalog.exam_for(self.path().id, self.path().default_cloud, self.today)
            cert_id = choice.certification.id if choice else ""
        else:
            cert_id = cert.id
        session = t.session.time()
        by_date = t.by_date.isChecked()
        start = t.start.day()
        # The exam is the one that can be sat on the exam day in the chosen language: a
        # path's exam that ends before then is followed to its successor, with a note.
        try:
            weeks = timedelta(weeks=t.prep_weeks.value())
            sat_on = t.exam_date.day() if by_date else start + weeks
        except OverflowError:  # a start near 9999-12-31: the preview says why
            sat_on = start
        note = ""
        if cert_id:
            later = self.catalog.current_exam(cert_id, sat_on, self.exam_page.selected_language())
            cert_id, note = later.certification.id, later.note
        return WizardChoices(
            path_id=self.path().id,
            certification_id=cert_id,
            cloud=self.exam_page.selected_cloud(),
            steps=tuple(self.courses.refs),
            start=start,
            hours_per_week=t.hours.value(),
            exam_date=t.exam_date.day() if by_date else None,
            prep_weeks=None if by_date else t.prep_weeks.value(),
            study_days=t.study_days(),
            session_start=time(session.hour(), session.minute()),
            days_off=tuple(t.days_off),
            timezone=self.timezone,
            week_start=self.week_start,
            hour_overrides=self.courses.item_overrides(),
            today=self.today,
            note=note,
            review_share=t.review.share(),
        )

    def preview(self) -> Preview:
        # Built on the UI thread, 120 ms after the last keystroke: every catalog course
        # at 3 h/week (57 items) builds in about 1 ms (measured 2026-11-26), and the
        # scheduler re-plans 300 items in under 25 ms, so no progress indicator is needed.
        choices = self.choices()
        if self._cache is None or self._cache[0] != choices:
            self._cache = (choices, build_preview(self.catalog, choices))
        return self._cache[1]

    def schedule_refresh(self) -> None:
        """Re-build the preview shortly after the user stops typing."""
        if hasattr(self, "preview_page"):
            self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        self.preview()
        self.preview_changed.emit()

    def result_html(self, *, on_preview: bool = True) -> str:
        """One or two sentences: does the plan fit, and if not, what would."""
        preview = self.preview()
        schedule = preview.schedule
        bad = self.palette().color(QPalette.ColorRole.BrightText).name()
        if schedule is None:
            return self.tr("<b style='color:{0}'>Cannot plan this yet:</b> {1}.").format(
                bad, preview.error
            )
        hours = sum(it.hours for it in schedule.items)
        exam = (
            self.tr(", exam on {0}").format(_fmt(schedule.exam_date)) if schedule.exam_date else ""
        )
        if schedule.diagnosis is not None:
            d = schedule.diagnosis
            fix = []
            if d.hours_per_week_needed is not None:
                fix.append(
                    self.tr("needs {0} h/week").format(format_hours(d.hours_per_week_needed))
                )
            if d.earliest_exam_date is not None:
                fix.append(self.tr("move the exam to {0}").format(_fmt(d.earliest_exam_date)))
            if d.hours_per_week_needed is None:
                # No weekly figure fits: the days themselves are too short before the exam.
                fix.append(
                    self.tr(
                        "add study days or start sessions earlier: even the longest days "
                        "do not hold it"
                    )
                )
            if on_preview:
                after = self.tr("Choose a fix below, or go back and change the plan, to create it.")
            elif len(fix) > 1 and d.hours_per_week_needed is not None:
                after = self.tr("The next page offers both fixes.")
            else:
                after = self.tr("Change it here, or use the fix on the next page.")
            from planner.services.builder import fixes_for

            ways = fixes_for(self.catalog, self.choices(), schedule)
            listed = (
                self.tr("<br>Every way to fit, smallest change first: {0}.").format(
                    "; ".join(say(f) for f in ways)
                )
                if ways
                else ""
            )
            return (
                self.tr(
                    "<b style='color:{0}'>Does not fit:</b> {1} h of study do not fit before "
                    "the exam on {2} — {3}. {4}"
                ).format(
                    bad,
                    format_hours(round(d.hours_needed, 2)),
                    _fmt(schedule.exam_date) if schedule.exam_date else "",
                    self.tr(", or ").join(fix),
                    after,
                )
                + listed
            )
        last = _fmt(schedule.end_date) if schedule.end_date else "—"
        return self.tr("<b>Fits:</b> {0} h over {1} weeks, last session {2}{3}.").format(
            format_hours(round(hours, 2)), len(schedule.weeks), last, exam
        )

    def create_plan(self) -> bool:
        """Store the previewed plan; False (with the reason shown) if it cannot be stored."""
        from planner.errors import PlannerError
        from planner.services.operations import CreatePlan

        preview = self.preview()
        if preview.schedule is None:
            self.preview_page.error.setText(preview.error)
            return False
        choices = self.choices()
        from planner.services.alerts import course_ids_of, facts_from_catalog

        language = self.exam_page.selected_language()
        facts = facts_from_catalog(
            self.catalog, choices.certification_id, course_ids_of(preview.schedule.items), language
        )
        try:
            changes = self.service.run(
                CreatePlan(
                    name=self.preview_page.name.text(),
                    schedule=preview.schedule,
                    path_id=choices.path_id,
                    cloud=choices.cloud.value,
                    certification_id=choices.certification_id,
                    facts=facts,
                )
            )
            self.created_plan_id = changes.plan_id
        except PlannerError as exc:
            self.preview_page.error.setText(f"<b>{exc}</b>")
            return False
        return True


def confirm_discard(parent: QWidget) -> bool:
    """Ask before closing the wizard with choices made (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        parent.tr("Discard this plan?"),
        parent.tr("Close the wizard and throw away the choices you made?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def run_new_plan_wizard(
    parent: QWidget | None, service: PlanService, catalog: Catalog, today: date
) -> int | None:
    """Show the wizard (with the user's week start and session time); the new plan's id."""
    from planner.ui.preferences import AppPreferences

    prefs = AppPreferences(service.data_dir)
    wizard = NewPlanWizard(
        service,
        catalog,
        today,
        parent,
        week_start=prefs.week_start,
        session_start=prefs.session_start,
    )
    if wizard.exec() == QDialog.DialogCode.Accepted:
        return wizard.created_plan_id
    return None
