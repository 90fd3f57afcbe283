"""The timeline scrubber, forks and run files, driven through the document and window."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnplayground import presets


@pytest.fixture
def document(qtbot):
    from nnplayground.gui.document import Document

    doc = Document()
    yield doc
    doc.shutdown()


def limited(doc, epochs: int) -> None:
    cfg = doc.config
    assert doc.apply(cfg.replace(training=dataclasses.replace(cfg.training, epochs=epochs)))


def train_to_limit(doc, qtbot, epochs: int) -> None:
    limited(doc, epochs)
    with qtbot.waitSignal(doc.finished, timeout=20000):
        doc.play()
    assert doc.experiment.trainer.epoch == epochs


def test_training_records_a_timeline_from_epoch_zero(document, qtbot):
    train_to_limit(document, qtbot, 30)
    epochs = document.branch.timeline.epochs
    assert epochs[0] == 0 and epochs[-1] == 30
    assert len(epochs) == 31  # every epoch early on


def test_a_fork_with_no_change_reproduces_the_original_bit_for_bit(document, qtbot):
    train_to_limit(document, qtbot, 40)
    original_rows = document.history_rows()
    original_weights = document.experiment.network.flat_params.copy()
    branch = document.fork(20)
    assert document.branch is branch and branch.parent_epoch == 20
    assert document.experiment.trainer.epoch == 20
    with qtbot.waitSignal(document.finished, timeout=20000):
        document.play()
    np.testing.assert_array_equal(document.history_rows(), original_rows)
    np.testing.assert_array_equal(document.experiment.network.flat_params, original_weights)
    assert branch.changes == ()


def test_a_fork_with_a_change_lists_it_and_keeps_the_original(document, qtbot):
    train_to_limit(document, qtbot, 20)
    cfg = document.config
    changed = cfg.replace(training=dataclasses.replace(cfg.training, learning_rate=0.3))
    branch = document.fork(10, changed)
    assert [c.path for c in branch.changes] == ["training.learning_rate"]
    assert document.run.main.trainer.epoch == 20  # the original is untouched
    assert document.experiment.trainer.live.learning_rate == 0.3
    document.drop_branch(branch)
    assert document.branch is document.run.main and not document.run.forks


def test_a_refused_fork_changes_nothing(document, qtbot):
    train_to_limit(document, qtbot, 10)
    cfg = document.config
    bad = cfg.replace(training=dataclasses.replace(cfg.training, batch_size=0))
    with pytest.raises(ValueError):
        document.fork(5, bad)
    assert not document.run.forks and document.experiment.trainer.epoch == 10


def test_save_and_open_run_keep_timeline_and_forks(document, qtbot, tmp_path):
    train_to_limit(document, qtbot, 15)
    document.fork(5)
    path = str(tmp_path / "run.nnrun")
    document.save_run(path)
    from nnplayground.gui.document import Document

    other = Document()
    try:
        other.open_run(path)
        assert len(other.run.forks) == 1
        assert other.run.main.timeline.epochs == document.run.main.timeline.epochs
    finally:
        other.shutdown()


def test_a_bad_run_file_leaves_the_document_untouched(document, qtbot, tmp_path):
    from nnplayground.presets.runfile import RunFileError

    train_to_limit(document, qtbot, 5)
    run = document.run
    bad = tmp_path / "bad.nnrun"
    bad.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(RunFileError):
        document.open_run(str(bad))
    assert document.run is run and document.experiment.trainer.epoch == 5


# ------------------------------------------------------------ the window


def test_scrubbing_while_paused_never_changes_the_weights_training_continues_from(
    make_window, qtbot
):
    window = make_window()
    doc = window.document
    limited(doc, 0)
    doc.play()
    qtbot.waitUntil(lambda: doc.branch.timeline.epochs[-1:] >= [30], timeout=20000)
    doc.pause()
    qtbot.waitUntil(lambda: doc.controller.state == "paused")
    with doc.controller.hold():
        before = doc.experiment.network.flat_params.copy()
        epoch = doc.experiment.trainer.epoch
    panel = window.timeline_panel
    for target in (1, 7, 15, epoch // 2):
        assert panel.scrub_to(target)
        assert window.live_views.scrubbed and panel.scrubbed_epoch == target
    with doc.controller.hold():
        np.testing.assert_array_equal(doc.experiment.network.flat_params, before)
        assert doc.experiment.trainer.epoch == epoch
    doc.controller.stop()


def test_dragging_the_slider_shows_the_past_and_live_pictures_wait(make_window, qtbot):
    window = make_window()
    doc = window.document
    limited(doc, 0)
    doc.play()
    qtbot.waitUntil(lambda: window.timeline_panel.slider.maximum() >= 40, timeout=20000)
    slider = window.findChild(type(window.timeline_panel.slider), "timelineSlider")
    slider.setValue(10)  # what a drag does
    qtbot.waitUntil(lambda: window.live_views.last_view.epoch == 10)
    assert window.loss_plot.marker.isVisible()
    seen = []
    doc.views.connect(lambda view: seen.append(view))
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10000)
    assert window.live_views.last_view.epoch == 10  # live pictures did not overwrite it
    live = window.findChild(type(window.timeline_panel.live_button), "timelineLiveButton")
    qtbot.mouseClick(live, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.live_views.last_view.epoch > 10)
    assert not window.live_views.scrubbed and not window.loss_plot.marker.isVisible()
    doc.controller.stop()


def test_fork_from_the_window_draws_the_original_faded_and_lists_the_fork(make_window, qtbot):
    window = make_window()
    doc = window.document
    train_to_limit(doc, qtbot, 30)
    window.timeline_panel.scrub_to(12)

    def choose(dialog):
        dialog.lr_spin.setValue(0.3)
        return True

    window.prompts.ask_fork_options = choose
    fork = window.findChild(type(window.timeline_panel.fork_button), "timelineForkButton")
    qtbot.mouseClick(fork, Qt.MouseButton.LeftButton)
    assert doc.branch is doc.run.forks[0] and doc.branch.parent_epoch == 12
    x, _ = window.loss_plot.background_curves[0].getData()
    assert x is not None and len(x) == 30
    forks = window.forks_panel
    assert forks.list.count() == 2
    assert "learning_rate" in forks.list.item(1).text()
    assert window.timeline_panel.scrubbed_epoch is None  # the fork is shown live
    forks.list.setCurrentRow(1)
    qtbot.mouseClick(forks.buttons["promote"], Qt.MouseButton.LeftButton)
    assert doc.run.main is doc.branch


def test_new_controls_are_named_and_described(make_window):
    window = make_window()
    names = [
        "timelineSlider",
        "timelineLiveButton",
        "timelineForkButton",
        "forksList",
        "forksShowButton",
        "forksKeepButton",
        "forksDropButton",
        "forksPromoteButton",
    ]
    for name in names:
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.toolTip() and widget.accessibleName(), name
    assert presets  # the module under test loads bundled presets


def test_save_run_and_open_run_from_the_file_menu(make_window, qtbot, tmp_path):
    window = make_window()
    doc = window.document
    train_to_limit(doc, qtbot, 12)
    doc.fork(6)
    path = str(tmp_path / "lesson")
    window.prompts.ask_save_path = lambda *args: path
    window.findChild(object, "saveRunAction").trigger()
    assert (tmp_path / "lesson.nnrun").exists() and not window.errors
    other = make_window()
    other.prompts.ask_open_path = lambda *args: path + ".nnrun"
    other.findChild(object, "openRunAction").trigger()
    assert len(other.document.run.forks) == 1 and not other.errors
    assert other.timeline_panel.slider.maximum() == 12


def test_a_bad_run_file_from_the_menu_is_one_line_and_keeps_the_work(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.nnrun"
    bad.write_bytes(b"not a zip at all")
    run = window.document.run
    window.prompts.ask_open_path = lambda *args: str(bad)
    window.findChild(object, "openRunAction").trigger()
    assert len(window.errors) == 1 and "\n" not in window.errors[0][1]
    assert window.document.run is run


def test_the_landscape_follows_the_scrubber_and_comes_back_live(make_window, qtbot):
    from nnplayground.gui.panels.landscape import flat

    window = make_window()
    doc = window.document
    train_to_limit(doc, qtbot, 30)
    window.show()
    window.docks["landscapeDock"].show()
    panel = window.landscape_panel
    qtbot.waitUntil(lambda: panel.plot_1d.last is not None, timeout=10000)
    live = flat(doc.experiment.network.get_weights())[panel.parameter_index]
    window.timeline_panel.scrub_to(3)
    past = flat(window.live_views.last_view.weights)[panel.parameter_index]
    assert past != live
    qtbot.waitUntil(lambda: panel.plot_1d.last.value == past, timeout=10000)
    qtbot.mouseClick(window.timeline_panel.live_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.plot_1d.last.value == live, timeout=10000)
