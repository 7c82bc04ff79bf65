"""The Catalog view: browse and filter paths, courses and certifications with their facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.catalog import load_catalog
from planner.core.catalog import Catalog
from planner.ui.formatting import date_text
from planner.ui.views.catalog import CatalogModel, CatalogView

pytestmark = pytest.mark.gui


@pytest.fixture
def catalog(data_dir: Path) -> Catalog:
    return load_catalog(data_dir).catalog


TODAY = date(2026, 11, 30)


def day(iso: str) -> str:
    """A day as the app writes it: in the user's locale ("31 Mar 2026"), not ISO."""
    shown = date_text(date.fromisoformat(iso))
    assert shown != iso
    return shown


@pytest.fixture
def view(qtbot, catalog: Catalog) -> CatalogView:
    widget = CatalogView(catalog, today=TODAY)
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
    assert f"Retired, last day {day('2026-03-31')} → MLA-C01" in text
    # An English exam today: MLS-C01 → MLA-C01 → MLA-C02.
    assert (
        "Plan for its successor, AWS Certified Machine Learning Engineer – Associate (MLA-C02)"
        in text
    )
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


def test_statuses_timelines_beta_conditions_and_disputed_figures_are_shown(
    view: CatalogView,
) -> None:
    assert view.select("aws-mla-c02")
    text = view.details.toPlainText()
    assert f"Beta until {day('2027-01-14')}, in English" in text
    assert f"{day('2026-09-29')} beta (English)" in text
    assert f"{day('2027-01-14')} generally available" in text
    assert "Beta conditions: booked as ME1-C02" in text
    assert "130 minutes!" in text and "the beta (ME1-C02) runs 170 min" in text
    assert f"Checked: {day('2026-11-29')}" in text and "Sources" in text
    assert f"Checked {day('2026-11-29')} · confidence medium · 3 sources listed below" in text
    assert view.select("aws-mla-c01")
    text = view.details.toPlainText()
    assert f"Retired, last day {day('2026-09-28')}, in English → MLA-C02" in text
    assert "Japanese, Korean and Simplified Chinese" in text
    statuses = {
        name: summary
        for name, summary in (
            (
                view.proxy.index(r, 0, view.proxy.index(2, 0)).data(),
                view.proxy.index(r, 1, view.proxy.index(2, 0)).data(),
            )
            for r in range(view.proxy.rowCount(view.proxy.index(2, 0)))
        )
    }
    assert (
        statuses["Microsoft Certified: Machine Learning Operations Engineer Associate (AI-300)"]
        == "Beta"
    )


def test_the_view_says_where_the_catalog_comes_from_and_warns_when_it_is_old(
    qtbot, catalog: Catalog
) -> None:
    fresh = CatalogView(catalog, today=TODAY)
    qtbot.addWidget(fresh)
    assert fresh.origin.text() == (
        f"Catalog: built in · version 2026.11.29 · facts checked {day('2026-11-29')}"
    )
    assert fresh.stale.isHidden()
    later = CatalogView(catalog, today=date(2027, 4, 1))
    qtbot.addWidget(later)
    assert not later.stale.isHidden()
    assert f"last checked on {day('2026-11-29')}, 123 days ago" in later.stale.text()
    assert "File › Update Catalog…" in later.stale.text()
    later.set_catalog(replace(catalog, source="https://example.org/c.zip", as_of=date(2027, 3, 1)))
    assert later.origin.text().startswith("Catalog: https://example.org/c.zip")
    assert later.stale.isHidden()
