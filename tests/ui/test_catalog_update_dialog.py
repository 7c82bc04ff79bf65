"""File › Update Catalog… and Roll Back Catalog, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.catalog import load_catalog
from planner.catalog.bundle import installed_catalog, update_catalog
from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.dialogs import catalog_update
from planner.ui.dialogs.catalog_update import CatalogUpdateDialog
from planner.ui.formatting import date_text
from planner.ui.views.catalog import CatalogView
from tests.bundle_server import BundleServer, Route, builtin_texts, make_bundle

pytestmark = pytest.mark.gui


@pytest.fixture
def server() -> Iterator[BundleServer]:
    with BundleServer() as running:
        yield running


def newer() -> bytes:
    texts = builtin_texts()
    catalog = texts["catalog.toml"].replace('version = "2026.11.29"', 'version = "2026.12.20"')
    certs = texts["certifications.toml"].replace("price_usd = 200\n", "price_usd = 230\n", 1)
    return make_bundle({"catalog.toml": catalog, "certifications.toml": certs})


def _dialog(qtbot, data_dir: Path) -> CatalogUpdateDialog:
    dialog = CatalogUpdateDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_update_from_a_local_address_is_installed_and_shows_what_changed(
    qtbot, server: BundleServer, data_dir: Path
) -> None:
    url = server.serve("/c.zip", Route(newer()))
    dialog = _dialog(qtbot, data_dir)
    assert not dialog.update_button.isEnabled()
    qtbot.keyClicks(dialog.source, url)
    with qtbot.waitSignal(dialog.finished_update, timeout=20000) as outcome:
        qtbot.mouseClick(dialog.update_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [True]
    checked = date_text(date(2026, 11, 29))  # in the user's locale
    assert dialog.status.text() == f"Catalog updated: version 2026.12.20, facts checked {checked}."
    assert "changed PMLE (gcp-pmle) (price USD 200 → 230)" in dialog.changes.toPlainText()
    assert dialog.changes.isVisible()
    current = installed_catalog(data_dir)
    assert current is not None and current.source == url


def test_a_broken_bundle_is_explained_in_the_dialog_and_changes_nothing(
    qtbot, server: BundleServer, data_dir: Path
) -> None:
    paths = builtin_texts()["paths.toml"].replace('ref = "exam-prep"', 'ref = "nowhere"', 1)
    url = server.serve("/bad.zip", Route(make_bundle({"paths.toml": paths})))
    dialog = _dialog(qtbot, data_dir)
    dialog.source.setText(url)
    with qtbot.waitSignal(dialog.finished_update, timeout=20000) as outcome:
        dialog.start()
    assert outcome.args == [False]
    assert dialog.status.text().startswith("Not updated: the bundle has errors")
    assert "names 'nowhere', which is not a exam-preparation block" in dialog.status.text()
    assert dialog.update_button.isEnabled() and dialog.source.isEnabled()
    assert dialog.installed is None and installed_catalog(data_dir) is None
    assert load_catalog(data_dir).catalog.source == "builtin"


def test_the_file_menu_updates_and_rolls_back_the_catalog_the_view_shows(
    qtbot, server: BundleServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.serve("/c.zip", Route(newer()))
    window = build_main_window(data_dir, FixedClock(datetime(2026, 11, 30, 9, tzinfo=UTC)))
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "action-update-catalog" in names and "action-rollback-catalog" in names
    window.show_view(3)
    view = window.findChild(CatalogView)
    assert view is not None and view.origin.text().startswith("Catalog: built in")

    def update_without_showing(parent: object, folder: Path) -> bool:
        update_catalog(url, folder)
        return True

    monkeypatch.setattr(catalog_update, "update_catalog_dialog", update_without_showing)
    window.actions_["update-catalog"].trigger()
    assert view.origin.text().startswith(f"Catalog: {url} · version 2026.12.20")
    assert window.controller.catalog().certifications["gcp-pmle"].price_usd == 230

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.actions_["rollback-catalog"].trigger()
    assert view.origin.text().startswith("Catalog: built in")
    assert "rolled back to the built-in catalog" in told[0]
    assert "price USD 230 → 200" in told[0]
    window.actions_["rollback-catalog"].trigger()
    assert "no update to roll back" in told[1]


def test_cancel_stops_a_slow_download_and_changes_nothing(
    qtbot, server: BundleServer, data_dir: Path
) -> None:
    url = server.serve("/slow.zip", Route(newer()[:400], delay_per_byte=0.02))
    dialog = _dialog(qtbot, data_dir)
    dialog.source.setText(url)
    dialog.start()
    assert dialog.busy and not dialog.source.isEnabled()
    with qtbot.waitSignal(dialog.finished_update, timeout=20000) as outcome:
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert outcome.args == [False]
    assert dialog.status.text() == ("Not updated: the download was cancelled; nothing was changed")
    assert dialog.isVisible() and installed_catalog(data_dir) is None
