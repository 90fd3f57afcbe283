"""Exports: PNG of the requested size, valid SVG, CSV, atomic writes and clear errors."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnplayground.engine import build
from nnplayground.engine.config import ExperimentConfig
from nnplayground.gui.export import (
    ExportError,
    export_history_csv,
    export_plot,
    export_view,
    svg_supported,
)
from nnplayground.gui.plots.boundary import BoundaryPlot
from nnplayground.gui.plots.loss import LossPlot
from nnplayground.gui.plots.network_view import NetworkView


@pytest.fixture
def loss_plot(qtbot):
    widget = LossPlot()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    rows = np.column_stack([np.linspace(1, 0.1, 50)] * 4)
    widget.append(1, rows)
    return widget


def test_png_has_the_requested_size(loss_plot, tmp_path):
    path = tmp_path / "loss.png"
    export_plot(loss_plot, str(path), width=800, height=600)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 600)
    assert os.listdir(tmp_path) == ["loss.png"]


def test_png_width_alone_keeps_the_aspect_ratio(loss_plot, tmp_path):
    path = tmp_path / "loss.png"
    item = loss_plot.plot_widget.getPlotItem()
    export_plot(item, str(path), width=1000)
    image = QImage(str(path))
    ratio = item.sceneBoundingRect().height() / item.sceneBoundingRect().width()
    assert image.width() == 1000
    assert image.height() == pytest.approx(1000 * ratio, abs=2)


def test_svg_is_valid_xml_with_an_svg_root(loss_plot, tmp_path):
    path = tmp_path / "loss.svg"
    export_plot(loss_plot, str(path))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert "polyline" in path.read_text() or "path" in path.read_text()


def test_boundary_plot_with_an_image_exports_to_svg(qtbot, tmp_path):
    exp = build.Experiment.from_config(ExperimentConfig())
    plot = BoundaryPlot()
    qtbot.addWidget(plot)
    plot.set_dataset(exp.dataset)
    from nnplayground.engine.grid import decision_grid

    plot.update_grid(decision_grid(exp.network, exp.dataset.features, exp.dataset.bounds, 30))
    path = tmp_path / "boundary.svg"
    export_plot(plot, str(path), width=400, height=400)
    assert ET.parse(path).getroot().tag.endswith("svg")


def test_unknown_extension_is_refused_with_one_sentence(loss_plot, tmp_path):
    with pytest.raises(ExportError) as info:
        export_plot(loss_plot, str(tmp_path / "loss.bmp"))
    assert str(info.value) == "Unknown image format '.bmp'; use .png or .svg."
    assert os.listdir(tmp_path) == []


def test_missing_folder_raises_export_error_naming_the_path(loss_plot, tmp_path):
    path = tmp_path / "nowhere" / "loss.png"
    with pytest.raises(ExportError) as info:
        export_plot(loss_plot, str(path))
    assert str(info.value) == f"Could not write {path}: the folder does not exist."
    assert isinstance(info.value, OSError)


def test_a_folder_as_target_fails_and_leaves_no_temp_file(loss_plot, tmp_path):
    target = tmp_path / "plot.png"
    target.mkdir()
    with pytest.raises(ExportError) as info:
        export_plot(loss_plot, str(target))
    assert str(target) in str(info.value)
    assert os.listdir(tmp_path) == ["plot.png"]
    assert os.listdir(target) == []


def test_failure_while_writing_removes_the_temp_file(loss_plot, tmp_path, monkeypatch):
    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    path = tmp_path / "loss.svg"
    with pytest.raises(ExportError) as info:
        export_plot(loss_plot, str(path))
    assert str(info.value) == f"Could not write {path}: permission denied."
    assert os.listdir(tmp_path) == []


def test_existing_file_is_replaced_whole(loss_plot, tmp_path):
    path = tmp_path / "loss.png"
    path.write_bytes(b"old")
    export_plot(loss_plot, str(path), 320, 200)
    assert QImage(str(path)).width() == 320


def test_network_view_exports_png_and_svg(qtbot, tmp_path):
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_network(ExperimentConfig(), ("x1", "x2"))
    export_view(view, str(tmp_path / "net.png"))
    assert QImage(str(tmp_path / "net.png")).width() == 400
    assert svg_supported()
    export_view(view, str(tmp_path / "net.svg"))
    root = ET.parse(tmp_path / "net.svg").getroot()
    assert root.tag.endswith("svg")
    assert sorted(os.listdir(tmp_path)) == ["net.png", "net.svg"]


def test_history_csv_from_rows_and_from_the_trainer(loss_plot, tmp_path):
    path = tmp_path / "history.csv"
    export_history_csv(loss_plot, str(path))
    lines = path.read_text().splitlines()
    assert lines[0] == "epoch,train_loss,test_loss,train_accuracy,test_accuracy"
    assert len(lines) == 51 and lines[1].startswith("1,1,")
    exp = build.Experiment.from_config(ExperimentConfig())
    for _ in range(3):
        exp.trainer.train_epoch()
    export_history_csv(exp.trainer.history, str(path))
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    np.testing.assert_allclose(table[:, 1], exp.trainer.history.train_loss, rtol=1e-9)
    with pytest.raises(ExportError, match=r"^Unknown file format '\.txt'; use \.csv\.$"):
        export_history_csv(np.zeros((2, 4)), str(tmp_path / "h.txt"))


def test_export_widget_plot_dispatches_plots_and_views(loss_plot, qtbot, tmp_path):
    from nnplayground.gui.export import export_widget_plot

    export_widget_plot(loss_plot.plot_widget, str(tmp_path / "a.png"), width=300, height=200)
    assert QImage(str(tmp_path / "a.png")).size().toTuple() == (300, 200)
    view = NetworkView()
    qtbot.addWidget(view)
    view.resize(250, 200)
    view.set_network(ExperimentConfig(), ("x1", "x2"))
    export_widget_plot(view, str(tmp_path / "b.png"))
    assert QImage(str(tmp_path / "b.png")).width() == 250
