"""One registry of the app's actions: menu items, toolbar buttons and shortcuts.

Actions are keyed by :class:`Act`. Every action has a stable objectName
(``action-…``) so tests and automation can find it, a standard shortcut where the
platform defines one, a tooltip and a status tip. Windows build menus and toolbars
from this registry.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner.messages import QT_TRANSLATE_NOOP


class Act(StrEnum):
    """Every action's key (also its objectName suffix: ``action-new-plan``)."""

    NEW_PLAN = "new-plan"
    EXPORT_CALENDAR = "export-calendar"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    REBALANCE = "rebalance"
    EDIT_PLAN = "edit-plan"
    IMPORT_BUSY = "import-busy"
    RENAME_PLAN = "rename-plan"
    DUPLICATE_PLAN = "duplicate-plan"
    ARCHIVE_PLAN = "archive-plan"
    DELETE_PLAN = "delete-plan"
    SHOW_ARCHIVED = "show-archived"
    DAYS_OFF = "days-off"
    RESTORE_BACKUP = "restore-backup"
    UPDATE_CATALOG = "update-catalog"
    ROLLBACK_CATALOG = "rollback-catalog"
    PREFERENCES = "preferences"
    VIEW_THIS_WEEK = "view-this-week"
    VIEW_SCHEDULE = "view-schedule"
    VIEW_PROGRESS = "view-progress"
    VIEW_CATALOG = "view-catalog"
    VIEW_CALENDAR = "view-calendar"
    VIEW_READINESS = "view-readiness"
    HELP = "help"
    ABOUT = "about"


class ActionSpec(NamedTuple):  # a NamedTuple: dataclasses would load before the first paint
    name: Act
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        Act.NEW_PLAN,
        QT_TRANSLATE_NOOP("Actions", "&New Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Create a study plan"),
        QKeySequence.StandardKey.New,
    ),
    ActionSpec(
        Act.EXPORT_CALENDAR,
        QT_TRANSLATE_NOOP("Actions", "&Export to Calendar…"),
        QT_TRANSLATE_NOOP("Actions", "Write the schedule to an .ics file"),
        "Ctrl+E",
    ),
    ActionSpec(
        Act.QUIT,
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit Study Planner"),
        QKeySequence.StandardKey.Quit,
    ),
    ActionSpec(
        Act.UNDO,
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        QKeySequence.StandardKey.Undo,
    ),
    ActionSpec(
        Act.REDO,
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the last undone change"),
        "Ctrl+Shift+Z",
    ),
    ActionSpec(
        Act.REBALANCE,
        QT_TRANSLATE_NOOP("Actions", "&Re-plan…"),
        QT_TRANSLATE_NOOP("Actions", "Re-plan the remaining work from today"),
        "Ctrl+R",
    ),
    ActionSpec(
        Act.EDIT_PLAN,
        QT_TRANSLATE_NOOP("Actions", "&Edit Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Change hours, study days, exam date or courses"),
    ),
    ActionSpec(
        Act.IMPORT_BUSY,
        QT_TRANSLATE_NOOP("Actions", "&Import Busy Days…"),
        QT_TRANSLATE_NOOP("Actions", "Plan around the busy days in a calendar file"),
        "Ctrl+I",
    ),
    ActionSpec(
        Act.RENAME_PLAN,
        QT_TRANSLATE_NOOP("Actions", "Re&name Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Give the plan another name"),
        "F2",
    ),
    ActionSpec(
        Act.DUPLICATE_PLAN,
        QT_TRANSLATE_NOOP("Actions", "&Duplicate as What-if…"),
        QT_TRANSLATE_NOOP("Actions", "Copy the plan to try changes"),
        "Ctrl+D",
    ),
    ActionSpec(
        Act.ARCHIVE_PLAN,
        QT_TRANSLATE_NOOP("Actions", "&Archive Plan"),
        QT_TRANSLATE_NOOP("Actions", "Hide the plan from the list (undoable)"),
    ),
    ActionSpec(
        Act.DELETE_PLAN,
        QT_TRANSLATE_NOOP("Actions", "De&lete Plan…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the plan (a backup is kept)"),
        "Ctrl+Shift+Delete",
    ),
    ActionSpec(
        Act.SHOW_ARCHIVED,
        QT_TRANSLATE_NOOP("Actions", "Show Arc&hived Plans"),
        QT_TRANSLATE_NOOP("Actions", "List archived plans too"),
    ),
    ActionSpec(
        Act.DAYS_OFF,
        QT_TRANSLATE_NOOP("Actions", "Days &Off…"),
        QT_TRANSLATE_NOOP("Actions", "Holidays and trips with no study"),
    ),
    ActionSpec(
        Act.RESTORE_BACKUP,
        QT_TRANSLATE_NOOP("Actions", "Restore a &Backup…"),
        QT_TRANSLATE_NOOP("Actions", "Go back to a saved copy of your plans"),
    ),
    ActionSpec(
        Act.UPDATE_CATALOG,
        QT_TRANSLATE_NOOP("Actions", "Update &Catalog…"),
        QT_TRANSLATE_NOOP("Actions", "Install newer exam and course facts"),
    ),
    ActionSpec(
        Act.ROLLBACK_CATALOG,
        QT_TRANSLATE_NOOP("Actions", "Roll Back Catalo&g…"),
        QT_TRANSLATE_NOOP("Actions", "Go back to the previous catalog"),
    ),
    ActionSpec(
        Act.PREFERENCES,
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QT_TRANSLATE_NOOP("Actions", "Week start, session time, theme, language"),
        "Ctrl+,",
    ),
    ActionSpec(
        Act.VIEW_THIS_WEEK,
        QT_TRANSLATE_NOOP("Actions", "&This Week"),
        QT_TRANSLATE_NOOP("Actions", "Show this week's sessions"),
        "Ctrl+1",
    ),
    ActionSpec(
        Act.VIEW_SCHEDULE,
        QT_TRANSLATE_NOOP("Actions", "&Schedule"),
        QT_TRANSLATE_NOOP("Actions", "Show the plan week by week"),
        "Ctrl+2",
    ),
    ActionSpec(
        Act.VIEW_PROGRESS,
        QT_TRANSLATE_NOOP("Actions", "&Progress"),
        QT_TRANSLATE_NOOP("Actions", "Show progress and the forecast"),
        "Ctrl+3",
    ),
    ActionSpec(
        Act.VIEW_CATALOG,
        QT_TRANSLATE_NOOP("Actions", "&Catalog"),
        QT_TRANSLATE_NOOP("Actions", "Browse paths, courses and certifications"),
        "Ctrl+4",
    ),
    ActionSpec(
        Act.VIEW_CALENDAR,
        QT_TRANSLATE_NOOP("Actions", "&Week Calendar"),
        QT_TRANSLATE_NOOP("Actions", "Show the week as a calendar"),
        "Ctrl+5",
    ),
    ActionSpec(
        Act.VIEW_READINESS,
        QT_TRANSLATE_NOOP("Actions", "&Readiness"),
        QT_TRANSLATE_NOOP("Actions", "Am I ready to book the exam?"),
        "Ctrl+6",
    ),
    ActionSpec(
        Act.HELP,
        QT_TRANSLATE_NOOP("Actions", "Study Planner &Help"),
        QT_TRANSLATE_NOOP("Actions", "Open the help"),
        QKeySequence.StandardKey.HelpContents,
    ),
    ActionSpec(
        Act.ABOUT,
        QT_TRANSLATE_NOOP("Actions", "&About Study Planner"),
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
    ),
)


# The views, in the order of the sidebar, the View menu and Ctrl+1 … Ctrl+6.
VIEW_ACTIONS = (
    Act.VIEW_THIS_WEEK,
    Act.VIEW_SCHEDULE,
    Act.VIEW_PROGRESS,
    Act.VIEW_CATALOG,
    Act.VIEW_CALENDAR,
    Act.VIEW_READINESS,
)


class ActionRegistry:
    """Creates each action once, parented to ``owner``, and hands them out by name."""

    def __init__(self, owner: QWidget) -> None:
        self._actions: dict[Act, QAction] = {}
        for spec in SPECS:
            tip = QCoreApplication.translate("Actions", spec.tip)
            action = QAction(QCoreApplication.translate("Actions", spec.text), owner)
            action.setObjectName(f"action-{spec.name}")
            action.setToolTip(tip)
            action.setStatusTip(tip)
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self._actions[spec.name] = action

    def __getitem__(self, name: Act | str) -> QAction:
        """The action for ``name`` (an :class:`Act`; its plain text value works too)."""
        return self._actions[Act(name)]

    def all(self) -> list[QAction]:
        return list(self._actions.values())
