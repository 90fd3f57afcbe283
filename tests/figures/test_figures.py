"""The figure renderer: exact sizes, a drawn title, readable SVG, a heatmap filling its
axes, and the same layout for PNG and SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from nnplayground import figures, presets
from nnplayground.engine import build

PRESET_SIZES = list(figures.SIZES.values()) + [(900, 700)]


@pytest.fixture(scope="module")
def data():
    exp = build.Experiment.from_config(presets.load_bundled("circle").config)
    for _ in range(20):
        exp.trainer.train_epoch()
    return figures.from_experiment(exp, resolution=60)


def pixels(image) -> np.ndarray:
    """(h, w, 3) uint8 RGB of a QImage."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h)
    return raw.reshape(h, stride)[:, : 3 * w].reshape(h, w, 3).copy()


@pytest.mark.parametrize("size", PRESET_SIZES)
@pytest.mark.parametrize("kind", figures.KINDS)
def test_png_has_exactly_the_requested_size(qapp, data, tmp_path, kind, size):
    from PySide6.QtGui import QImage

    path = tmp_path / f"{kind}.png"
    figures.write_figure(path, kind, data, size)
    assert QImage(str(path)).size().toTuple() == size
    assert [p.name for p in tmp_path.iterdir()] == [f"{kind}.png"]  # no temporary file left


@pytest.mark.parametrize("kind", figures.KINDS)
def test_the_title_is_drawn_in_the_title_band(qapp, data, kind):
    with_title = pixels(figures.render_image(kind, data, (1600, 1000)))
    without = pixels(figures.render_image(kind, data, (1600, 1000), title=""))
    band = (slice(0, 45), slice(500, 1100))  # the top centre: where the title is
    dark = (with_title[band] < 128).all(axis=2)
    assert dark.sum() > 300, "no dark title text in the title band"
    assert (with_title[band] != without[band]).any(axis=2).sum() > 300


def test_axis_texts_are_drawn_left_of_and_below_the_data(qapp, data):
    image = pixels(figures.render_image("loss", data, (1600, 1000), title=""))
    dark = (image < 100).all(axis=2)
    assert dark[:, :60].sum() > 200  # the y label and tick labels
    assert dark[930:, :].sum() > 200  # the x tick labels and the x label


def test_text_is_at_least_1_6_percent_of_the_height_and_dark(qapp):
    from nnplayground.figures.style import TEXT, Style

    for width, height in PRESET_SIZES:
        style = Style(width, height)
        smallest = min(style.tick_px, style.legend_px, style.label_px, style.title_px)
        assert smallest >= 0.016 * height if height <= width else True
    # contrast of the text colour on white (WCAG relative luminance)
    rgb = np.array([int(TEXT[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    lin = np.where(rgb <= 0.03928, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    luminance = lin @ [0.2126, 0.7152, 0.0722]
    assert (1.05) / (luminance + 0.05) >= 4.5


@pytest.mark.parametrize("kind", figures.KINDS)
def test_svg_holds_the_title_and_the_png_aspect(qapp, data, tmp_path, kind):
    path = tmp_path / f"{kind}.svg"
    figures.write_figure(path, kind, data, (1920, 1080), title="Mon titre de figure")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert (w, h) == (1920, 1080)
    assert root.get("width") == "1920px" and root.get("height") == "1080px"
    texts = [t.text for t in root.iter() if t.tag.endswith("text")]
    assert "Mon titre de figure" in texts
    assert texts.count("Mon titre de figure") == 1


def test_svg_and_png_have_the_same_layout(qapp, data, tmp_path):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    size = (800, 500)
    path = tmp_path / "f.svg"
    figures.write_figure(path, "loss", data, size)
    svg = QImage(*size, QImage.Format.Format_ARGB32)
    svg.fill(0xFFFFFFFF)
    painter = QPainter(svg)
    QSvgRenderer(str(path)).render(painter)
    painter.end()
    a = pixels(svg).astype(int)
    b = pixels(figures.render_image("loss", data, size)).astype(int)
    dark_a, dark_b = (a < 128).all(axis=2), (b < 128).all(axis=2)
    # the frame, the curves and the texts fall on the same pixels (anti-aliasing aside)
    assert (dark_a & dark_b).sum() > 0.8 * dark_b.sum()


@pytest.mark.parametrize("size", PRESET_SIZES)
def test_boundary_heatmap_fills_its_axes_without_white_margin(qapp, data, size):
    from dataclasses import replace

    # An output of 0 everywhere: the whole heatmap is orange, so white means margin.
    grid = replace(data.grid, values=np.zeros_like(data.grid.values))
    image = pixels(figures.render_image("boundary", replace(data, grid=grid), size, title=""))
    dark = (image < 80).all(axis=2)
    # The axis box: the longest dark row and column runs (the frame).
    rows = np.flatnonzero(dark.sum(axis=1) > 0.5 * min(size))
    cols = np.flatnonzero(dark.sum(axis=0) > 0.5 * min(size))
    top, bottom, left, right = rows.min(), rows.max(), cols.min(), cols.max()
    assert bottom - top == pytest.approx(right - left, abs=3)  # a square data area
    inset = 3
    edges = np.concatenate(
        [
            image[top + inset, left + inset : right - inset],
            image[bottom - inset, left + inset : right - inset],
            image[top + inset : bottom - inset, left + inset],
            image[top + inset : bottom - inset, right - inset],
        ]
    )
    orange = (edges[:, 0] > 200) & (edges[:, 2] < 200)
    assert orange.all()  # the heatmap reaches the frame on all four sides


def test_log_axis_only_beyond_two_decades():
    assert figures.use_log_scale([1.0, 0.5], [0.005])
    assert not figures.use_log_scale([1.0, 0.5], [0.011])


@pytest.mark.parametrize(
    "text, size",
    [
        ("1920x1080", (1920, 1080)),
        ("800 × 600", (800, 600)),
        ("slide", (1920, 1080)),
        ("SQUARE", (1200, 1200)),
    ],
)
def test_sizes_are_parsed(text, size):
    assert figures.parse_size(text) == size


@pytest.mark.parametrize("text", ["12x", "big", "10x10", "1920x90000", "0x0", ""])
def test_bad_sizes_are_one_sentence(text):
    with pytest.raises(ValueError) as info:
        figures.parse_size(text)
    assert re.fullmatch(r"[^\n]+", str(info.value))


@pytest.mark.parametrize("preset", ["blobs", "plane", "spiral"])
def test_multiclass_regression_and_feature_networks_render(qapp, preset, tmp_path):
    exp = build.Experiment.from_config(presets.load_bundled(preset).config)
    exp.trainer.train_epoch()
    data = figures.from_experiment(exp, resolution=40)
    for kind in figures.KINDS:
        image = figures.render_image(kind, data, (1200, 750))
        assert image.size().toTuple() == (1200, 750)


def test_an_empty_history_renders(qapp, data, tmp_path):
    from dataclasses import replace

    empty = replace(data, rows=np.zeros((0, 4)))
    figures.write_figure(tmp_path / "e.png", "summary", empty, (800, 500))
    assert (tmp_path / "e.png").stat().st_size > 0


def test_unknown_extension_is_refused(qapp, data, tmp_path):
    with pytest.raises(figures.FigureError, match=r"extension must be \.png or \.svg"):
        figures.write_figure(tmp_path / "f.bmp", "loss", data)
    assert list(tmp_path.iterdir()) == []


def test_the_figures_package_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, nnplayground.figures; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
