"""Guards for the pinned PySide6 / pyqtgraph versions (see CONVENTIONS, "Versions known
to break"): PySide6 6.11+ with pyqtgraph 0.14.0 aborts in a setData loop and breaks
SVGExporter. If one of these fails after an upgrade, keep the pin."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtWidgets import QApplication


def test_three_hundred_frames_of_set_data_do_not_crash(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.show()
    curve = widget.plot(pen="b")
    scatter = pg.ScatterPlotItem()
    widget.addItem(scatter)
    x = np.linspace(0, 10, 500)
    for frame in range(300):
        curve.setData(x, np.sin(x + frame / 10))
        scatter.setData(x[::25], np.cos(x[::25] + frame / 10))
        QApplication.processEvents()
    xs, ys = curve.getData()
    np.testing.assert_allclose(ys, np.sin(x + 299 / 10))


def test_svg_exporter_writes_a_valid_svg(qtbot, tmp_path):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.plot(np.arange(10.0), np.arange(10.0) ** 2, pen="r")
    path = tmp_path / "plot.svg"
    pyqtgraph.exporters.SVGExporter(widget.getPlotItem()).export(str(path))
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    drawn = [el for el in root.iter() if el.tag.endswith(("path", "polyline"))]
    assert drawn, "the curve is missing from the SVG"
