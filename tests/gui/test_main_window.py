"""The main window: docks, layout, config edits, training commands, closing."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from nnplayground import presets
from nnplayground.gui import controller as controller_mod
from nnplayground.gui import settings
from nnplayground.gui.snapshot import ViewSnapshot

DOCKS = ("architectureDock", "dataDock", "trainingDock", "boundaryDock", "lossDock",
         "activationDock", "diagnosticsDock", "lessonsDock")  # fmt: skip


def with_training(cfg, **changes):
    return cfg.replace(training=dataclasses.replace(cfg.training, **changes))


def test_opens_on_the_default_preset_with_every_dock(window):
    default = presets.load_bundled(presets.DEFAULT_PRESET)
    assert window.objectName() == "mainWindow"
    assert window.document.config == default.config
    assert window.windowTitle().startswith("nnplayground — ")
    assert default.config.title in window.windowTitle()
    assert not window.isWindowModified()
    for name in DOCKS:
        assert window.docks[name].objectName() == name
    assert window.centralWidget() is window.network_view


def test_fits_a_1280_by_800_screen(window, qtbot):
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1280, 800)
    for name in ("architectureDock", "trainingDock", "boundaryDock", "lossDock"):
        dock = window.docks[name]
        assert dock.isVisible() and dock.width() >= 300


def test_view_menu_toggles_docks_and_restores_the_default_layout(window, qtbot):
    window.show()
    loss = window.docks["lossDock"]
    loss.toggleViewAction().trigger()
    assert not loss.isVisible()
    window.docks["boundaryDock"].setFloating(True)
    window.findChild(type(window.play_action), "restoreLayoutAction").trigger()
    assert loss.isVisible()
    assert not window.docks["boundaryDock"].isFloating()


def test_layout_is_saved_on_close_and_restored_next_time(make_window, qtbot):
    first = make_window()
    first.show()
    first.docks["lossDock"].toggleViewAction().trigger()
    first.close()
    geometry, state = settings.window_layout()
    assert geometry is not None and state is not None
    second = make_window()
    second.show()
    assert not second.docks["lossDock"].isVisible()
    assert second.docks["boundaryDock"].isVisible()


def test_adding_a_layer_rebuilds_the_network_and_marks_the_document(window, qtbot):
    before = window.document.experiment
    qtbot.mouseClick(window.architecture_panel.add_button, Qt.MouseButton.LeftButton)
    assert window.document.experiment is not before
    assert len(window.document.experiment.network.layers) == len(before.network.layers) + 1
    assert window.document.experiment.dataset is before.dataset  # data unchanged: reused
    assert window.isWindowModified()
    assert window.windowTitle().endswith("[*]")


def test_an_invalid_config_is_refused_and_nothing_changes(window):
    old_cfg, old_exp = window.document.config, window.document.experiment
    bad = with_training(old_cfg, loss=old_cfg.training.loss.__class__("mean_squared_error"))
    bad = bad.replace(task="regression")  # circle is a classification dataset
    assert window.document.apply(bad) is False
    assert window.document.config == old_cfg and window.document.experiment is old_exp
    assert "Not applied" in window.statusBar().currentMessage()
    assert window.training_panel.config() == old_cfg
    assert not window.isWindowModified()


def test_learning_rate_changes_live_without_rebuilding(window, qtbot):
    exp = window.document.experiment
    window.document.set_playing(True)
    run = window.document.controller.run_id
    window.training_panel.lr_spin.setValue(0.1)
    assert window.document.experiment is exp and window.document.controller.run_id == run
    assert window.document.controller.state == "running"
    assert window.document.config.training.learning_rate == 0.1
    qtbot.waitUntil(lambda: exp.trainer.learning_rate == 0.1)
    window.document.controller.stop()


def test_space_toggles_play_and_pause(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.document.controller.state == "running"
    assert window.training_panel.play_button.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.document.controller.state == "paused"
    assert not window.training_panel.play_button.isChecked()
    window.document.controller.stop()


def test_step_button_trains_exactly_one_epoch(window, qtbot):
    qtbot.mouseClick(window.training_panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.training_panel.epoch_label.text() == "Epoch 1")
    assert window.document.controller.state == "paused"
    assert window.document.experiment.trainer.epoch == 1
    window.document.controller.stop()


def test_new_weights_draws_a_new_seed_and_clears_the_history(window, qtbot):
    with qtbot.waitSignal(window.document.controller.finished, timeout=5000):
        window.document.apply(with_training(window.document.config, epochs=3))
        window.document.set_playing(True)
    seed = window.document.config.training.seed
    qtbot.mouseClick(window.training_panel.new_seed_button, Qt.MouseButton.LeftButton)
    assert window.document.config.training.seed != seed
    assert window.document.experiment.trainer.epoch == 0
    assert window.loss_plot.n_epochs == 0
    assert window.training_panel.seed_spin.value() == window.document.config.training.seed


def test_closing_while_training_stops_promptly_without_qt_warnings(make_window, qtbot, qtlog):
    window = make_window()
    window.show()
    window.document.set_playing(True)
    qtbot.waitUntil(lambda: window.document.experiment.trainer.epoch >= 3)
    t0 = time.perf_counter()
    assert window.close()
    assert time.perf_counter() - t0 < 1.0
    assert controller_mod.live_threads() == []
    assert [r for r in qtlog.records if "QThread" in r.message] == []


def test_divergence_shows_a_banner_naming_the_epoch(window, qtbot):
    cfg = presets.load_bundled("plane").config
    window.document.load(presets.Preset(with_training(cfg, learning_rate=100.0, epochs=0)), None)
    with qtbot.waitSignal(window.document.controller.finished, timeout=5000):
        window.document.set_playing(True)
    epoch = window.document.experiment.trainer.divergence.epoch
    banner = window.training_panel.message
    assert f"epoch {epoch}" in banner.text()
    assert f"epoch {epoch}" in window.statusBar().currentMessage()
    assert window.document.controller.state == "idle"
    assert not window.training_panel.play_button.isChecked()
    assert window.document.experiment.network.all_finite()
    assert window.loss_plot.is_log_scale()  # the blow-up stays readable


def test_play_after_a_divergence_goes_on_once_the_learning_rate_is_lowered(window, qtbot):
    cfg = presets.load_bundled("plane").config
    window.document.load(presets.Preset(with_training(cfg, learning_rate=100.0, epochs=0)), None)
    with qtbot.waitSignal(window.document.controller.finished, timeout=5000):
        window.document.set_playing(True)
    exp = window.document.experiment
    epoch = exp.trainer.epoch
    window.training_panel.lr_spin.setValue(0.001)  # the banner's advice
    assert window.document.experiment is exp  # a live setting: nothing rebuilt, the weights kept
    window.document.set_playing(True)
    qtbot.waitUntil(lambda: exp.trainer.epoch >= epoch + 3)
    window.document.controller.stop()
    assert exp.trainer.divergence is None and exp.network.all_finite()
    assert len(exp.trainer.history) == exp.trainer.epoch


def test_divergence_banner_speaks_french_in_a_french_window(make_window, qtbot):
    from PySide6.QtCore import QLocale

    from nnplayground.gui import language

    locale = QLocale()
    try:
        assert language.install("fr") == "fr"
        window = make_window()
        cfg = presets.load_bundled("plane").config
        diverging = with_training(cfg, learning_rate=100.0, epochs=0)
        window.document.load(presets.Preset(diverging), None)
        with qtbot.waitSignal(window.document.controller.finished, timeout=5000):
            window.document.set_playing(True)
        epoch = window.document.experiment.trainer.divergence.epoch
        text = window.training_panel.message.text()
        assert f"divergé à l'époque {epoch}" in text and "diverged" not in text
    finally:
        language.install("en")
        QLocale.setDefault(locale)


def test_hovering_a_neuron_shows_it_on_the_boundary_plot(window):
    window.network_view.neuron_hovered.emit(0, 1)
    assert window.boundary_plot.showing_neuron()
    window.network_view.neuron_hovered.emit(-1, -1)
    assert not window.boundary_plot.showing_neuron()


def test_snapshots_of_an_old_run_are_ignored(window):
    last = window.live_views.last_view
    stale = ViewSnapshot(window.document.controller.run_id - 1, 99, last.weights, None, [])
    window.live_views._on_views(stale)
    assert window.live_views.last_view is last


def test_dropping_a_preset_file_opens_it(window, tmp_path):
    path = tmp_path / "xor.json"
    presets.save_preset(presets.load_bundled("xor"), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert window.document.config == presets.load_bundled("xor").config
    assert str(path) in window.document.path


def test_history_exports_as_csv(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.document.controller.finished, timeout=5000):
        window.document.apply(with_training(window.document.config, epochs=4))
        window.document.set_playing(True)
    path = tmp_path / "h.csv"
    assert window.export_actions.export_history(str(path))
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    assert table.shape == (4, 5)


def test_starting_a_lesson_loads_its_preset_and_try_this_applies_its_change(window, qtbot):
    panel = window.lessons_panel
    lesson = panel.lesson
    qtbot.mouseClick(panel.start, Qt.MouseButton.LeftButton)
    assert window.document.config == lesson.preset().config
    item = next((t for t in lesson.try_this if t.compare is None), None)
    if item is not None:
        expected = item.change(window.document.config)
        panel.try_this_requested.emit(item)
        assert window.document.config == expected


def test_try_this_of_a_lesson_not_open_loads_that_lesson_first(window, qtbot):
    panel = window.lessons_panel
    panel.select("linear_collapse")
    lesson = panel.lesson
    qtbot.mouseClick(panel._buttons[0], Qt.MouseButton.LeftButton)
    assert window.document.lesson_key == "linear_collapse"
    assert window.document.config == lesson.try_this[0].change(lesson.preset().config)


def test_a_comparing_try_this_opens_the_compare_dialog_and_runs_it(window, qtbot):
    panel = window.lessons_panel
    panel.select("activation_race")
    index = next(i for i, t in enumerate(panel.lesson.try_this) if t.compare is not None)
    qtbot.mouseClick(panel._buttons[index], Qt.MouseButton.LeftButton)
    dialog = window.findChild(QWidget, "compareDialog")
    try:
        assert dialog is not None and dialog.isVisible()
        assert dialog.is_running()
        assert dialog.values() == ["sigmoid", "tanh", "relu"]
        assert dialog._cfg == panel.lesson.preset().config
        assert dialog.thresholdSpin.value() == 0.3
    finally:
        dialog.shutdown()


def test_lessons_menu_lists_every_lesson_and_loads_the_chosen_one(window):
    from PySide6.QtWidgets import QMenu

    from nnplayground import lessons

    menu = window.findChild(QMenu, "lessonsMenu")
    assert menu is not None and menu.menuAction() in window.menuBar().actions()
    keys = [a.objectName() for a in menu.actions()]
    assert keys == [f"lesson_{lesson.key}" for lesson in lessons.lessons()]
    assert all(a.toolTip() for a in menu.actions())
    window.show()
    window.docks["lessonsDock"].close()
    next(a for a in menu.actions() if a.objectName() == "lesson_zero_init").trigger()
    assert window.document.config == lessons.get("zero_init").preset().config
    assert window.lessons_panel.lesson.key == "zero_init"
    assert window.docks["lessonsDock"].isVisible()


def test_open_code_view_and_compare_dialog_follow_the_edited_network(window):
    code = window.tools_actions.open_code_view()
    compare = window.tools_actions.open_compare()
    hidden = window.document.config.network.hidden
    bigger = dataclasses.replace(hidden[0], units=37)
    cfg = window.document.config.replace(
        network=dataclasses.replace(window.document.config.network, hidden=(bigger, *hidden[1:]))
    )
    assert window.document.apply(cfg)
    assert all("37" in editor.toPlainText() for editor in code.editors.values())
    assert compare._cfg == window.document.config
    code.close()
    compare.close()


def test_tools_menu_opens_each_tool(window):
    for name, object_name in (("compareAction", "compareDialog"), ("codeAction", "codeView"),
                              ("explorerAction", "activationExplorer")):  # fmt: skip
        window.findChild(type(window.play_action), name).trigger()
        dialog = window.findChild(QWidget, object_name)
        assert dialog is not None and dialog.isVisible(), name
        dialog.close()


def test_clicking_a_neuron_pins_its_map_until_clicked_again(window):
    view = window.network_view
    view.neuron_clicked.emit(0, 1)
    assert window.boundary_plot.showing_neuron()
    assert "pinned" in window.boundary_plot.captionLabel.text()
    view.neuron_hovered.emit(0, 2)  # hovering another neuron shows that one...
    view.neuron_hovered.emit(-1, -1)  # ...and leaving returns to the pinned one
    assert window.boundary_plot.showing_neuron()
    view.neuron_clicked.emit(0, 1)  # a second click releases it
    assert not window.boundary_plot.showing_neuron()
    view.neuron_hovered.emit(-1, -1)
    assert not window.boundary_plot.showing_neuron()


def test_a_zero_epsilon_edit_is_refused_and_the_network_is_unchanged(window, qtbot):
    panel = window.training_panel
    combo = panel.optimizer_editor.combo
    combo.setCurrentIndex(combo.findData("rmsprop"))
    cfg, exp = window.document.config, window.document.experiment
    weights = [w.copy() for pair in exp.network.get_weights() for w in pair]
    assert cfg.training.optimizer.name == "rmsprop"
    panel.optimizer_editor.param_widget("epsilon").setValue(0.0)
    assert window.document.config == cfg and window.document.experiment is exp
    after = [w for pair in exp.network.get_weights() for w in pair]
    assert all(np.array_equal(a, b) for a, b in zip(weights, after))
    assert "'epsilon' must be greater than 0.0" in panel.message.text()
