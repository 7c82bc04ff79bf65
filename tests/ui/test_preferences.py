"""Preferences: stored per data folder, edited in a dialog; themes with readable contrast."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from planner.ui.preferences import AppPreferences, PreferencesDialog
from planner.ui.theme import (
    TEXT_PAIRS,
    ThemeStyle,
    apply_theme,
    contrast_ratio,
    is_dark,
    palette_for,
)

pytestmark = pytest.mark.gui


def test_preferences_are_kept_in_the_data_folder(qtbot, data_dir: Path) -> None:
    prefs = AppPreferences(data_dir)
    assert prefs.theme == "system" and prefs.session_start == time(19, 0)
    with qtbot.waitSignal(prefs.changed):
        prefs.theme = "dark"
    prefs.week_start = 6
    prefs.session_start = time(6, 30)
    again = AppPreferences(data_dir)
    assert (again.theme, again.week_start, again.session_start) == ("dark", 6, time(6, 30))
    assert (data_dir / "window.ini").exists()


def test_bad_values_are_refused_and_bad_files_fall_back(data_dir: Path) -> None:
    prefs = AppPreferences(data_dir)
    with pytest.raises(ValueError, match="unknown theme"):
        prefs.theme = "purple"
    with pytest.raises(ValueError, match="weekday"):
        prefs.week_start = 7
    (data_dir / "window.ini").write_text(
        "[preferences]\ntheme=purple\nweek_start=9\nsession_start=late\n"
    )
    broken = AppPreferences(data_dir)
    assert broken.theme == "system"
    assert 0 <= broken.week_start <= 6
    assert broken.session_start == time(19, 0)


def test_dialog_saves_on_ok_and_keeps_on_cancel(qtbot, data_dir: Path) -> None:
    prefs = AppPreferences(data_dir)
    dialog = PreferencesDialog(prefs, data_dir)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "pref-data-dir").text() == str(data_dir)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.week_start.setCurrentIndex(2)
    dialog.reject()
    assert prefs.theme == "system"

    dialog = PreferencesDialog(prefs, data_dir)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.week_start.setCurrentIndex(2)
    dialog.session_start.setTime(dialog.session_start.time().addSecs(-3600))
    with qtbot.waitSignal(prefs.changed):
        dialog.accept()
    assert (prefs.theme, prefs.week_start, prefs.session_start) == ("light", 2, time(18, 0))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_palettes_meet_wcag_aa_for_text(scheme: str) -> None:
    palette = palette_for(scheme)
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 4.5, f"{scheme}: {text.name} on {background.name} is {ratio:.2f}:1"


def test_apply_theme_switches_the_application_palette(qtbot) -> None:
    app = QApplication.instance()
    original, style = app.palette(), app.style().name()
    try:
        apply_theme(app, "dark")
        assert is_dark(app.palette())
        style_now = app.style()
        assert isinstance(style_now, ThemeStyle)
        assert style_now.baseStyle().name().lower() == "fusion"
        apply_theme(app, "light")
        assert not is_dark(app.palette())
        apply_theme(app, "system")  # offscreen reports no scheme: light
        assert app.palette().color(QPalette.ColorRole.Window) == palette_for("light").color(
            QPalette.ColorRole.Window
        )
        with pytest.raises(ValueError, match="unknown theme"):
            apply_theme(app, "sepia")
    finally:
        app.setStyle(style)
        app.setPalette(original)


def test_screenshot_script_renders_every_view_in_dark(qapp, tmp_path: Path) -> None:
    from planner.ui.screenshots import main

    app = qapp
    original, style = app.palette(), app.style().name()
    try:
        assert main([str(tmp_path / "shots")]) == 0
    finally:
        app.setStyle(style)
        app.setPalette(original)
    files = {p.name for p in (tmp_path / "shots").iterdir()}
    for name in ("first-run", "progress", "catalog", "wizard-5-preview", "preferences"):
        assert {f"{name}-light.png", f"{name}-dark.png"} <= files
    for name in ("replan", "export", "import-busy", "recovery"):
        assert {f"dialog-{name}-light.png", f"dialog-{name}-dark.png"} <= files
    # One command regenerates the gallery: it writes exactly the committed files,
    # and README's "### Screenshots" shows each of them.
    root = Path(__file__).resolve().parents[2]
    committed = {p.name for p in (root / "docs" / "screenshots").glob("*.png")}
    assert files == committed
    readme = (root / "README.md").read_text(encoding="utf-8")
    gallery = readme.split("### Screenshots", 1)[1].split("\n## ", 1)[0]
    assert set(re.findall(r"docs/screenshots/([\w.-]+\.png)", gallery)) == committed
    assert all((root / "docs" / "screenshots" / n).stat().st_size <= 200_000 for n in committed)
    from PySide6.QtGui import QColor, QImage

    dark = QImage(str(tmp_path / "shots" / "progress-view-dark.png"))
    light = QImage(str(tmp_path / "shots" / "progress-view-light.png"))
    assert QColor(dark.pixel(5, 5)).lightnessF() < 0.3 < QColor(light.pixel(5, 5)).lightnessF()
