"""A learner's first session, driven through the widgets as a user would."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QWidget

from nnplayground.engine import grid


def epoch_of(window) -> int:
    return int(window.training_panel.epoch_label.text().split()[-1])


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data, Qt.ItemDataRole.UserRole)
    assert index >= 0, f"{data} not offered"
    combo.setCurrentIndex(index)


def predictions(window) -> np.ndarray:
    data = window.document.experiment.dataset
    _xs, _ys, X = grid.grid_inputs(data.features, data.bounds, 25)
    return window.document.experiment.network.predict(X)


def test_build_train_save_reopen_and_export(make_window, qtbot, tmp_path):
    window = make_window()
    window.show()
    arch = window.architecture_panel
    n_before = len(window.document.config.network.hidden)

    qtbot.mouseClick(arch.findChild(QWidget, "addLayerButton"), Qt.MouseButton.LeftButton)
    assert len(window.document.config.network.hidden) == n_before + 1
    editor = arch.findChild(QWidget, f"layerEditor{n_before}")
    choose(editor.findChild(QComboBox, "activationCombo"), "leaky_relu")
    assert window.document.config.network.hidden[-1].activation.name == "leaky_relu"
    assert window.document.experiment.network.layers[n_before].activation.name == "leaky_relu"

    # No epoch limit, typed as a user would: at 400+ epochs/s the preset's limit of 300
    # could otherwise end the run before the pause click, which would then start a new one.
    epochs = window.findChild(QWidget, "epochsSpin")
    epochs.setValue(0)
    qtbot.keyClick(epochs, Qt.Key.Key_Return)
    assert window.document.config.training.epochs == 0

    play = window.findChild(QWidget, "playButton")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: epoch_of(window) >= 50, timeout=10000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)  # pause
    assert window.document.controller.state == "paused"
    losses = window.document.experiment.trainer.history.train_loss
    assert losses[-1] < losses[0]

    path = tmp_path / "mine.json"
    window.prompts.ask_save_path = lambda *args: str(path)
    window.findChild(type(window.play_action), "saveAction").trigger()
    assert path.exists() and not window.isWindowModified()
    expected = predictions(window)
    saved_cfg = window.document.config

    again = make_window()
    assert again.file_actions.open_path(path)
    assert again.document.config == saved_cfg
    np.testing.assert_array_equal(predictions(again), expected)

    png, svg = tmp_path / "loss.png", tmp_path / "loss.svg"
    assert window.export_actions.export_loss_plot(str(png), width=640)
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 640
    assert window.export_actions.export_loss_plot(str(svg), width=640)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    # pyqtgraph's SVGExporter writes the size as the viewBox, not as width/height
    width = root.get("width") or root.get("viewBox").split()[2]
    assert float(width.removesuffix("px")) == 640
    window.document.controller.stop()


def test_every_view_exports_from_the_file_menu(window, tmp_path):
    names = {"exportBoundaryAction": "boundary.png", "exportActivationAction": "act.svg",
             "exportNetworkAction": "net.png", "exportLossAction": "loss.png"}  # fmt: skip
    for action_name, file_name in names.items():
        target = tmp_path / file_name
        window.prompts.ask_save_path = lambda *args, t=target: str(t)
        window.findChild(type(window.play_action), action_name).trigger()
        assert target.exists() and target.stat().st_size > 0, action_name
    assert window.errors == []
    assert not QImage(str(tmp_path / "net.png")).isNull()
