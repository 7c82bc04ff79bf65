"""One registry of the app's actions: menu items, toolbar buttons and shortcuts.

Every action has a stable objectName (``action-…``) so tests and automation can
find it, a standard shortcut where the platform defines one, a tooltip and a
status tip. Windows build menus and toolbars from this registry.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionSpec(NamedTuple):  # a NamedTuple: dataclasses would load before the first paint
    name: str  # objectName suffix: "new-plan" -> "action-new-plan"
    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new-plan", "&New Plan…", "Create a study plan", QKeySequence.StandardKey.New),
    ActionSpec(
        "export-calendar", "&Export to Calendar…", "Write the schedule to an .ics file", "Ctrl+E"
    ),
    ActionSpec("quit", "&Quit", "Quit Study Planner", QKeySequence.StandardKey.Quit),
    ActionSpec("undo", "&Undo", "Undo the last change", QKeySequence.StandardKey.Undo),
    ActionSpec("redo", "&Redo", "Redo the last undone change", "Ctrl+Shift+Z"),
    ActionSpec("rebalance", "&Re-plan…", "Re-plan the remaining work from today", "Ctrl+R"),
    ActionSpec("edit-plan", "&Edit Plan…", "Change hours, study days, exam date or courses"),
    ActionSpec(
        "import-busy",
        "&Import Busy Days…",
        "Plan around the busy days in a calendar file",
        "Ctrl+I",
    ),
    ActionSpec("rename-plan", "Re&name Plan…", "Give the plan another name", "F2"),
    ActionSpec(
        "duplicate-plan", "&Duplicate as What-if…", "Copy the plan to try changes", "Ctrl+D"
    ),
    ActionSpec("archive-plan", "&Archive Plan", "Hide the plan from the list (undoable)"),
    ActionSpec(
        "delete-plan", "De&lete Plan…", "Delete the plan (a backup is kept)", "Ctrl+Shift+Delete"
    ),
    ActionSpec("show-archived", "Show Arc&hived Plans", "List archived plans too"),
    ActionSpec("days-off", "Days &Off…", "Holidays and trips with no study"),
    ActionSpec("restore-backup", "Restore a &Backup…", "Go back to a saved copy of your plans"),
    ActionSpec("update-catalog", "Update &Catalog…", "Install newer exam and course facts"),
    ActionSpec("rollback-catalog", "Roll Back Catalo&g…", "Go back to the previous catalog"),
    ActionSpec(
        "preferences",
        "&Preferences…",
        "Week start, session time, theme",
        "Ctrl+,",
    ),
    ActionSpec("view-this-week", "&This Week", "Show this week's sessions", "Ctrl+1"),
    ActionSpec("view-schedule", "&Schedule", "Show the plan week by week", "Ctrl+2"),
    ActionSpec("view-progress", "&Progress", "Show progress and the forecast", "Ctrl+3"),
    ActionSpec("view-catalog", "&Catalog", "Browse paths, courses and certifications", "Ctrl+4"),
    ActionSpec("view-calendar", "&Week Calendar", "Show the week as a calendar", "Ctrl+5"),
    ActionSpec("view-readiness", "&Readiness", "Am I ready to book the exam?", "Ctrl+6"),
    ActionSpec(
        "help", "Study Planner &Help", "Open the help", QKeySequence.StandardKey.HelpContents
    ),
    ActionSpec("about", "&About Study Planner", "Version and licence"),
)


# The views, in the order of the sidebar, the View menu and Ctrl+1 … Ctrl+6.
VIEW_ACTIONS = (
    "view-this-week",
    "view-schedule",
    "view-progress",
    "view-catalog",
    "view-calendar",
    "view-readiness",
)


class ActionRegistry:
    """Creates each action once, parented to ``owner``, and hands them out by name."""

    def __init__(self, owner: QWidget) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(owner.tr(spec.text), owner)
            action.setObjectName(f"action-{spec.name}")
            action.setToolTip(owner.tr(spec.tip))
            action.setStatusTip(owner.tr(spec.tip))
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        return list(self._actions.values())
