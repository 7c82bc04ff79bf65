"""The Catalog view: browse and filter paths, courses and certifications with their facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.ui.views.catalog import CatalogModel, CatalogView

pytestmark = pytest.mark.gui


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    return load_catalog(data_dir).catalog


@pytest.fixture
def view(qtbot, catalog: Catalog) -> CatalogView:
    widget = CatalogView(catalog)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


def test_catalog_model_passes_the_model_tester(qtmodeltester, catalog: Catalog) -> None:
    model = CatalogModel(catalog)
    assert model.rowCount() == 3
    counts = [model.rowCount(model.index(i, 0)) for i in range(3)]
    assert counts == [len(catalog.paths), len(catalog.courses), len(catalog.certifications)]
    qtmodeltester.check(model)


def test_courses_show_rating_and_marked_estimates(view: CatalogView) -> None:
    assert view.select("structuring-ml-projects")
    text = view.details.toPlainText()
    assert "9.8 / 10" in text
    assert "h*" in text and "our estimate" in text
    course = view.catalog.courses["structuring-ml-projects"]
    assert all(m.title in text for m in course.modules)
    assert course.url in view.details.toHtml()


def test_retired_certification_names_its_successor_and_sources(view: CatalogView) -> None:
    assert view.select("aws-mls-c01")
    text = view.details.toPlainText()
    assert "Retired 2026-03-31" in text
    assert "Machine Learning Engineer – Associate (MLA-C01)" in text
    cert = view.catalog.certifications["aws-mls-c01"]
    assert all(d.name in text for d in cert.domains)
    assert "Checked: " in text and "Sources" in text
    assert cert.recommended_experience in text


def test_path_shows_persona_reasoning_steps_and_exams(view: CatalogView) -> None:
    assert view.select("software-engineer")
    text = view.details.toPlainText()
    path = view.catalog.paths["software-engineer"]
    assert path.persona in text and path.reasoning in text
    assert "Machine Learning: Classification (21 h*) (optional)" in text
    assert "Google Cloud" in text and "AWS" in text and "Azure" in text


def test_filter_narrows_the_tree_as_you_type(qtbot, view: CatalogView) -> None:
    everything = len(view.visible_names())
    qtbot.keyClicks(view.filter, "retired")
    names = view.visible_names()
    assert 0 < len(names) < everything
    assert all("(" in name for name in names)  # only certifications, which show their code
    assert any("MLS-C01" in name for name in names)
    view.filter.clear()
    assert len(view.visible_names()) == everything


def test_keyboard_selection_updates_the_details(qtbot, view: CatalogView) -> None:
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    first_path = next(iter(view.catalog.paths.values()))
    assert first_path.title in view.details.toPlainText()
