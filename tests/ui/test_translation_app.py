"""Choosing the app's language: Preferences, the environment, the next start."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.ui import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def english_again(qapp: object) -> object:
    yield qapp
    i18n.install(qapp, "en")  # type: ignore[arg-type]


def test_preferences_store_the_language_for_the_next_start(
    english_again: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.app import create_window
    from planner.ui.preferences import AppPreferences, PreferencesDialog

    prefs = AppPreferences(data_dir)
    assert prefs.language == "system"
    dialog = PreferencesDialog(prefs, data_dir)
    combo = dialog.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "de"]
    assert combo.itemText(2) == "Deutsch"  # each language by its own name
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert AppPreferences(data_dir).language == "de"

    monkeypatch.delenv("STUDY_PLANNER_LANG")  # no override: the preference decides
    window = create_window(data_dir)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Datei" in menus and "&File" not in menus
        assert i18n.current_language() == "de"
    finally:
        window.close()
        window.deleteLater()


def test_the_environment_overrides_the_preference(
    english_again: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.app import create_window
    from planner.ui.preferences import AppPreferences

    AppPreferences(data_dir).language = "de"
    monkeypatch.setenv("STUDY_PLANNER_LANG", "en")
    window = create_window(data_dir)
    try:
        assert "&File" in [a.text() for a in window.menuBar().actions()]
    finally:
        window.close()
        window.deleteLater()


def test_german_standard_buttons_and_dates(english_again: object) -> None:
    from datetime import date

    from PySide6.QtWidgets import QDialogButtonBox

    from planner.ui.formatting import date_text, format_hours

    i18n.install(english_again, "de")  # type: ignore[arg-type]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert "März" in date_text(date(2027, 3, 1))
    assert format_hours(7.5) == "7,5"
    i18n.install(english_again, "en")  # type: ignore[arg-type]
    assert format_hours(7.5) == "7.5"


def test_a_catalog_is_compiled_once_into_the_cache(tmp_path: Path) -> None:
    first = i18n.compiled("de")
    assert first is not None and first.suffix == ".qm" and first.stat().st_size > 10_000
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled("de") == first
    assert first.stat().st_mtime_ns == stamp  # not compiled again
