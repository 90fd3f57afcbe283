"""Compose a figure (title + panels) and paint it to a QImage, a PNG or an SVG file.

The same painting function draws the PNG and the SVG, so both have the same layout.
Headless callers (the CLI) get an offscreen QApplication created on first use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from nnplayground.figures.data import KINDS, FigureData

_app = None  # the QApplication created here, if any (kept alive for the process)


def ensure_app():
    """An existing QApplication, or a new one on the offscreen platform."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _app = app = QApplication([])
    return app


def _framed(title: str, draw_body: Callable) -> Callable:
    """A painting function: white background, the title on top, then ``draw_body``."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    from nnplayground.figures.style import Style, draw_title

    def paint(painter, width: int, height: int) -> None:
        style = Style(width, height)
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        top = draw_title(painter, style, title)
        body = QRectF(
            style.pad, top + style.pad * 0.5, width - 2 * style.pad, height - top - 1.5 * style.pad
        )
        draw_body(painter, style, body)

    return paint


def figure_painter(kind: str, data: FigureData, title: str, accuracy: bool) -> Callable:
    """The painting function ``paint(painter, width, height)`` of the figure ``kind``."""
    from nnplayground.figures import activation, boundary, loss, network
    from nnplayground.figures.style import tr

    if kind not in KINDS:
        raise ValueError(f"unknown figure {kind!r}; expected one of: {', '.join(KINDS)}")
    curves = data.loss_curves(tr("train"), tr("test"))
    acc = data.accuracy_curves(tr("train accuracy"), tr("test accuracy")) if accuracy else []
    single = {
        "loss": lambda p, s, r: loss.draw_loss(p, s, r, curves, acc),
        "boundary": lambda p, s, r: boundary.draw_boundary(p, s, r, data),
        "network": lambda p, s, r: network.draw_network(p, s, r, data),
        "activation": lambda p, s, r: activation.draw_activation(p, s, r, data),
    }
    if kind in single:
        return _framed(title, single[kind])
    panels = [
        (tr("Decision boundary"), single["boundary"], 0.42),
        (tr("Loss"), single["loss"], 0.30),
        (tr("Network"), single["network"], 0.28),
    ]
    return _framed(title, lambda p, s, r: _side_by_side(p, s, r, panels))


#: The views an animation frame may combine, with their share of a row.
VIEWS = {"boundary": 0.42, "loss": 0.30, "network": 0.28}


def views_painter(views, data: FigureData, title: str, rows=None) -> Callable:
    """A painting function for one or more of :data:`VIEWS` side by side (a row on a
    landscape figure, a column on a portrait one), or ``("summary",)``, under ``title``.
    ``rows`` (n, 4) replaces ``data.rows`` in the loss view (e.g. NaN-padded so the
    epoch axis stays put from frame to frame)."""
    from dataclasses import replace

    from nnplayground.figures import boundary, loss, network
    from nnplayground.figures.style import tr

    views = tuple(views)
    if rows is not None:
        data = replace(data, rows=rows)
    if len(views) == 1 or views == ("summary",):
        return figure_painter(views[0], data, title, False)
    curves = data.loss_curves(tr("train"), tr("test"))
    draw = {
        "boundary": (
            tr("Decision boundary"),
            lambda p, s, r: boundary.draw_boundary(p, s, r, data),
        ),
        "loss": (tr("Loss"), lambda p, s, r: loss.draw_loss(p, s, r, curves)),
        "network": (tr("Network"), lambda p, s, r: network.draw_network(p, s, r, data)),
    }
    total = sum(VIEWS[v] for v in views)
    panels = [(*draw[v], VIEWS[v] / total) for v in views]

    def body(painter, style, rect) -> None:
        from PySide6.QtCore import QRectF

        across = rect.width() >= rect.height()
        pos = rect.left() if across else rect.top()
        for name, paint, share in panels:
            if across:
                cell = QRectF(pos, rect.top(), rect.width() * share, rect.height())
                pos += cell.width()
            else:
                cell = QRectF(rect.left(), pos, rect.width(), rect.height() * share)
                pos += cell.height()
            _panel(painter, style, cell, name, paint)

    return _framed(title, body)


WIDE = 1.4  # a figure at least this wide for its height puts the three panels in a row


def _side_by_side(painter, style, body, panels) -> None:
    """Three panels in a row; on a squarer figure the boundary on the left and the loss
    above the network on the right, so no panel gets too narrow to read."""
    from PySide6.QtCore import QRectF

    if body.width() >= WIDE * body.height():
        cells, x = [], body.left()
        for _, _, share in panels:
            cells.append(QRectF(x, body.top(), body.width() * share, body.height()))
            x += body.width() * share
    else:
        left = QRectF(body.left(), body.top(), body.width() * 0.55, body.height())
        right_x, right_w = left.right(), body.width() - left.width()
        half = body.height() / 2
        cells = [
            left,
            QRectF(right_x, body.top(), right_w, half),
            QRectF(right_x, body.top() + half, right_w, half),
        ]
    for (name, draw, _), cell in zip(panels, cells):
        _panel(painter, style, cell, name, draw)


def _panel(painter, style, cell, name: str, draw) -> None:
    from PySide6.QtCore import QRectF

    from nnplayground.figures.style import draw_text

    header = style.text_height(style.header_px) + 0.5 * style.pad
    draw_text(
        painter,
        style,
        QRectF(cell.left(), cell.top(), cell.width(), header),
        name,
        style.header_px,
        bold=True,
    )
    draw(
        painter,
        style,
        QRectF(cell.left(), cell.top() + header, cell.width() - style.pad, cell.height() - header),
    )


def title_of(data: FigureData, title: str | None) -> str:
    """``title``, or the preset's title (translated in the app) when it is None."""
    if title is not None:
        return title
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("presets", data.title) if data.title else ""


def paint_image(paint: Callable, size):
    """A white ARGB32 QImage of ``size`` pixels painted by ``paint``."""
    ensure_app()
    from PySide6.QtGui import QImage, QPainter

    width, height = (int(v) for v in size)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        paint(painter, width, height)
    finally:
        painter.end()
    return image


def paint_svg(path: str, paint: Callable, size, title: str) -> None:
    """An SVG file with viewBox 0 0 width height painted by ``paint``."""
    ensure_app()
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator  # in PySide6-Essentials

    width, height = (int(v) for v in size)
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(title or "nnplayground")
    generator.setDescription("nnplayground figure")
    painter = QPainter(generator)
    try:
        paint(painter, width, height)
    finally:
        painter.end()
    _pixel_size(path, width, height)


def _pixel_size(path: str, width: int, height: int) -> None:
    """QSvgGenerator gives the size in mm; a figure is sized in pixels like its PNG."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    head, sep, rest = text.partition(" viewBox=")
    head = re.sub(r'width="[^"]*"', f'width="{width}px"', head, count=1)
    head = re.sub(r'height="[^"]*"', f'height="{height}px"', head, count=1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + sep + rest)


def render_image(
    kind: str, data: FigureData, size, title: str | None = None, accuracy: bool = False
):
    """The figure as a QImage of exactly ``size`` = (width, height) pixels."""
    ensure_app()
    return paint_image(figure_painter(kind, data, title_of(data, title), accuracy), size)


def render_views(views, data: FigureData, size, title: str, rows=None):
    """The views (see :func:`views_painter`) as a QImage of exactly ``size`` pixels."""
    ensure_app()
    return paint_image(views_painter(views, data, title, rows), size)


def write_figure(
    path, kind: str, data: FigureData, size, title: str | None = None, accuracy: bool = False
) -> None:
    """Write the figure to ``path`` (.png or .svg, by its extension)."""
    ensure_app()
    title = title_of(data, title)
    _write(path, figure_painter(kind, data, title, accuracy), size, title)


def write_curves(path, curves, title: str, size, ylabel: str = "loss") -> None:
    """A loss figure of arbitrary curves (e.g. one test-loss curve per variant)."""
    ensure_app()
    from nnplayground.figures import loss

    paint = _framed(title, lambda p, s, r: loss.draw_loss(p, s, r, list(curves), ylabel=ylabel))
    _write(path, paint, size, title)


def _write(path, paint: Callable, size, title: str) -> None:
    from nnplayground.figures import FigureError

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        got = f"'{path.suffix}'" if path.suffix else "none"
        raise FigureError(f"{path.name}: the extension must be .png or .svg, got {got}")

    def write(tmp: str) -> None:
        if suffix == ".svg":
            paint_svg(tmp, paint, size, title)
        elif not paint_image(paint, size).save(tmp, "PNG"):
            raise FigureError(f"could not encode {path.name} as PNG")

    write_file(path, write)


def write_file(path: Path, write: Callable[[str], None]) -> None:
    """``write(tmp)`` to a temporary file, then put it in place atomically
    (:func:`nnplayground.fileio.atomic_write`: symlinks followed, devices refused)."""
    from nnplayground.fileio import atomic_write

    def checked(tmp: str) -> None:
        write(tmp)
        if os.path.getsize(tmp) == 0:
            from nnplayground.figures import FigureError

            raise FigureError(f"could not render {path.name}")

    atomic_write(path, checked, suffix=path.suffix)
