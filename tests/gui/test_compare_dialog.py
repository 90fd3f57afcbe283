"""The compare dialog: validation, a threaded run, the curves, the table and the exports."""

from __future__ import annotations

import csv
import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from nnplayground import presets
from nnplayground.gui.compare_dialog import CompareDialog


@pytest.fixture
def cfg():
    base = presets.load_bundled("circle").config
    data = dataclasses.replace(base.data, n_points=200)
    return base.replace(data=data)


@pytest.fixture
def make_dialog(qtbot, cfg):
    def make(**kwargs) -> CompareDialog:
        dlg = CompareDialog(cfg, **kwargs)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg

    return make


@pytest.fixture
def dialog(make_dialog):
    return make_dialog(variable="activation", values=["sigmoid", "tanh", "relu"])


def run_to_end(qtbot, dlg, epochs: int = 30) -> None:
    dlg.epochsSpin.setValue(epochs)
    qtbot.mouseClick(dlg.runButton, Qt.MouseButton.LeftButton)
    assert dlg.is_running()
    qtbot.waitUntil(lambda: dlg.comparison() is not None, timeout=8000)
    assert not dlg.is_running()


def test_preset_choice_ticks_the_given_activations(dialog):
    assert dialog.variable() == "activation"
    assert dialog.values() == ["sigmoid", "tanh", "relu"]
    assert dialog.valuesList.isVisible() and not dialog.valuesEdit.isVisible()


def test_running_three_activations_draws_three_named_curves(qtbot, dialog):
    run_to_end(qtbot, dialog)
    assert dialog.plot.legend_names() == ["sigmoid", "tanh", "relu"]
    for curve in dialog.plot.solid:
        x, y = curve.getData()
        assert len(x) == 30 and y[-1] < y[0]
    assert dialog.progressBar.value() == 30
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(2, 0).text() == "relu"
    assert dialog.table.item(2, 6).text() == "done"
    assert dialog.exportCsvButton.isEnabled()


def test_csv_export_has_every_variant_and_epoch(qtbot, dialog, tmp_path, monkeypatch):
    run_to_end(qtbot, dialog, epochs=5)
    target = tmp_path / "runs.csv"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested, filters: str(target))
    qtbot.mouseClick(dialog.exportCsvButton, Qt.MouseButton.LeftButton)
    with open(target, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["variant", "epoch", "train_loss", "test_loss"]
    assert len(rows) == 1 + 3 * 5
    assert [r[0] for r in rows[1::5]] == ["sigmoid", "tanh", "relu"]


def test_png_export_writes_a_valid_image(qtbot, dialog, tmp_path, monkeypatch):
    run_to_end(qtbot, dialog, epochs=5)
    target = tmp_path / "plot.png"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested, filters: str(target))
    qtbot.mouseClick(dialog.exportPlotButton, Qt.MouseButton.LeftButton)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not QImage(str(target)).isNull()
    assert [p.name for p in tmp_path.iterdir()] == ["plot.png"]


def test_a_single_value_shows_a_message_and_does_not_start(qtbot, make_dialog):
    dlg = make_dialog(variable="activation", values=["tanh"])
    qtbot.mouseClick(dlg.runButton, Qt.MouseButton.LeftButton)
    assert not dlg.is_running()
    assert dlg.message.isVisible()
    assert "2 to 6" in dlg.message.text()
    assert dlg.message.text().count(".") == 1


def test_a_learning_rate_that_is_not_a_number_is_refused(qtbot, make_dialog):
    dlg = make_dialog()
    dlg.variableCombo.setCurrentIndex(dlg.variableCombo.findData("learning_rate"))
    dlg.valuesEdit.clear()
    qtbot.keyClicks(dlg.valuesEdit, "0.03, abc")
    qtbot.mouseClick(dlg.runButton, Qt.MouseButton.LeftButton)
    assert not dlg.is_running()
    assert dlg.message.isVisible()
    assert "'abc' is not a number" in dlg.message.text()


def test_closing_during_a_run_leaves_no_thread_running(qtbot, dialog):
    dialog.epochsSpin.setValue(20000)
    assert dialog.run()
    thread = dialog._thread
    qtbot.waitUntil(lambda: dialog.progressBar.value() > 0, timeout=5000)
    dialog.close()
    assert not dialog.is_running()
    assert not thread.isRunning()


def test_a_diverged_variant_is_a_table_row_not_an_error(qtbot):
    plane = presets.load_bundled("plane").config  # regression: lr 100 diverges in 2 epochs
    dlg = CompareDialog(plane, variable="learning_rate", values=["0.03", "100"])
    qtbot.addWidget(dlg)
    dlg.show()
    run_to_end(qtbot, dlg, epochs=10)
    assert "diverged" in dlg.table.item(1, 6).text()
    assert dlg.table.item(0, 6).text() == "done"
    assert not dlg.message.isVisibleTo(dlg)


def test_log_toggle_and_test_only_keep_the_same_curves(qtbot, dialog):
    run_to_end(qtbot, dialog, epochs=5)
    curves = list(dialog.plot.solid)
    dialog.plot.logCheck.setChecked(True)
    dialog.plot.curveCombo.setCurrentIndex(dialog.plot.curveCombo.findData("test"))
    assert dialog.plot.solid == curves
    _, y = curves[0].getData()  # in log mode pyqtgraph hands back log10 of the data
    assert y[-1] == pytest.approx(np.log10(dialog.comparison().histories[0].test_loss[-1]))


def test_stop_keeps_the_partial_curves_and_says_stopped(qtbot, dialog):
    dialog.epochsSpin.setValue(20000)
    qtbot.mouseClick(dialog.runButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progressBar.value() > 0, timeout=5000)
    qtbot.mouseClick(dialog.stopButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.comparison() is not None, timeout=5000)
    epochs = len(dialog.comparison().histories[0])
    assert 0 < epochs < 20000
    assert dialog.table.item(0, 6).text() == f"stopped at epoch {epochs}"
    assert len(dialog.plot.solid[0].getData()[0]) == epochs
    assert dialog.runButton.isEnabled() and not dialog.stopButton.isEnabled()


def test_set_config_keeps_the_choice_and_uses_the_new_network(qtbot, dialog, cfg):
    bigger = cfg.replace(title="Bigger")
    dialog.set_config(bigger)
    assert dialog.values() == ["sigmoid", "tanh", "relu"]
    run_to_end(qtbot, dialog, epochs=2)
    assert dialog.comparison().configs[0].title.startswith("Bigger")


def test_every_control_has_an_object_name_and_a_tooltip(dialog, unexplained_controls):
    assert unexplained_controls(dialog) == []


def test_deleting_the_parent_window_during_a_run_stops_the_thread(qtbot, cfg):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    dlg = CompareDialog(cfg, parent, variable="activation", values=["tanh", "relu"])
    dlg.epochsSpin.setValue(20000)
    assert dlg.run()
    thread = dlg._thread
    qtbot.waitUntil(lambda: dlg.progressBar.value() > 0, timeout=5000)
    shiboken6.delete(parent)  # no closeEvent reaches the dialog
    assert not thread.isRunning()


def test_svg_export_writes_an_svg_document(qtbot, dialog, tmp_path, monkeypatch):
    run_to_end(qtbot, dialog, epochs=3)
    target = tmp_path / "plot.svg"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested, filters: str(target))
    assert dialog.export_plot() == str(target)
    assert "<svg" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["plot.svg"]


def test_an_unwritable_export_path_shows_a_message(qtbot, dialog, tmp_path, monkeypatch):
    run_to_end(qtbot, dialog, epochs=3)
    target = tmp_path / "taken.csv"
    target.mkdir()
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested, filters: str(target))
    qtbot.mouseClick(dialog.exportCsvButton, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith(f"Could not write {target}")
    assert [p.name for p in tmp_path.iterdir()] == ["taken.csv"]
