"""Render resources/nnplayground.svg to the PNG sizes desktops look for.

Run after changing the SVG: ``python tools/render_icons.py``. Uses Qt's own SVG renderer
(QtSvg ships with PySide6-Essentials), offscreen.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(ROOT / "nnplayground.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/nnplayground.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ROOT / "icons" / f"{size}x{size}" / "nnplayground.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        print(target.relative_to(ROOT.parent))


if __name__ == "__main__":
    main()
