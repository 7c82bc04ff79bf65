"""The hicolor icons rendered from the SVG: every size, named by the app id, not blank."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from planner import APP_ID

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_are_rendered_in_every_hicolor_size(qapp, tmp_path: Path) -> None:
    module = _render_icons()
    assert module.main([str(tmp_path)]) == 0
    apps = tmp_path / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(apps / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert not image.isNull(), size
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255, f"{size} px icon is blank in the middle"
        assert corner.alpha() < 255, f"{size} px icon has no transparent corner"
    scalable = apps / "scalable" / "apps" / f"{APP_ID}.svg"
    source = ROOT / "resources" / "icons" / "study-planner.svg"
    assert scalable.read_bytes() == source.read_bytes()


def test_a_wrong_invocation_is_one_line_of_usage(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    assert _render_icons().main([]) == 2
    assert capsys.readouterr().err.startswith("usage:")
