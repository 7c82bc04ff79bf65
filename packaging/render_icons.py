"""Render the app icon into the freedesktop hicolor theme's sizes.

    python packaging/render_icons.py OUT_DIR

writes ``OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png`` for each size in ``SIZES``
and ``OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg``, drawn from
``resources/icons/study-planner.svg`` with Qt's SVG renderer (no other tool
needed). The PNGs are build output, never committed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "study-planner.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from planner import APP_ID

    return APP_ID


def render(svg: Path, out_dir: Path, name: str) -> list[Path]:
    """Write the hicolor tree under ``out_dir``; return the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python packaging/render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = render(SVG, Path(args[0]), app_id())
    del app
    print(f"render_icons: {len(files)} icons in {Path(args[0]) / 'hicolor'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
