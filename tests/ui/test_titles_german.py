"""In German, the titles the planner made up and the undo labels of every kind of change
appear in German in the app's widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex

from planner.catalog import load_catalog
from planner.services import operations as ops
from planner.services.clock import FixedClock
from planner.ui import i18n
from planner.ui.actions import Act
from tests.services.test_edit import make

pytestmark = pytest.mark.gui

NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def german(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    yield
    i18n.install(qapp, "en")  # type: ignore[arg-type]


def texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every cell's text, children included."""
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(str(index.data() or ""))
        found += texts(model, model.index(row, 0, parent))
    return found


def test_made_up_titles_are_german_in_the_views(qtbot, data_dir: Path, german: None) -> None:
    from planner.ui.app import build_main_window

    catalog = load_catalog(None).catalog
    svc = make(data_dir, catalog, now=NOW)
    exam = next(i for i in svc.load(1).items if i.key == "prep/review").group_title
    exam = exam.removesuffix(" preparation")
    svc.close()
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    win.show()
    schedule = texts(win.schedule.model)
    assert any("Abschließende Wiederholung" in t for t in schedule)
    assert any(f"Vorbereitung auf {exam} · Probeprüfung 1" in t for t in schedule)
    assert any(t.startswith(f"◆ Vorbereitung auf {exam} beginnt · ") for t in schedule)
    assert any(t.startswith("★ Prüfung: ") for t in schedule)
    assert any(t.startswith("◆ ") and " abgeschlossen · " in t for t in schedule)
    assert not any("Final review" in t or "Practice exam" in t for t in schedule)
    assert not any(" preparation" in t or " done · " in t or "Exam: " in t for t in schedule)
    win.show_view(2)  # Progress
    progress = texts(win.progress.courses_model)  # type: ignore[union-attr]
    assert f"Vorbereitung auf {exam}" in progress
    assert not any(" preparation" in t for t in progress)


def test_the_edit_menu_names_rarer_changes_in_german(qtbot, data_dir: Path, german: None) -> None:
    from planner.ui.app import build_main_window

    catalog = load_catalog(None).catalog
    svc = make(data_dir, catalog, now=NOW)
    svc.run(ops.SetReadinessTarget(1, 5.0, None))
    svc.run(ops.BookExam(1, date(2027, 9, 1), "online", "09:30"))
    svc.close()
    win = build_main_window(data_dir, FixedClock(NOW))
    qtbot.addWidget(win)
    undo, redo = win.actions_[Act.UNDO], win.actions_[Act.REDO]
    assert "Prüfung am 1. Sept. 2027 buchen" in undo.text().replace("&", "")
    assert "Book the exam" not in undo.toolTip()
    win.controller.undo()
    assert "Prüfung am" in redo.text() and "buchen" in redo.text()
    assert "Bereitschaftsziel festlegen: Abstand 5 Punkte" in undo.text().replace("&", "")
