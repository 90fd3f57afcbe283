"""The speed control next to Play: from one epoch a second, to watch each step, to max."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QSlider

from nnplayground.gui.panels.training_widgets import SPEEDS


def unlimited(cfg):
    return cfg.replace(training=dataclasses.replace(cfg.training, epochs=0))


def test_the_slowest_stop_trains_about_one_epoch_a_second(window, qtbot):
    window.document.apply(unlimited(window.document.config))
    slider = window.findChild(QSlider, "speedControl")
    slider.setValue(slider.minimum())
    assert window.document.speed_limit == SPEEDS[0] == 1
    views = []
    window.document.views.connect(views.append)
    window.document.play()
    qtbot.wait(2500)
    epochs = window.document.experiment.trainer.epoch
    window.document.pause()
    # At most 1.5 epochs/s (a slower machine only trains fewer); and every epoch trained
    # got its own picture, so a learner sees each step of the boundary.
    assert 1 <= epochs <= 1.5 * 2.5 + 1
    assert len({v.epoch for v in views}) >= epochs


def test_the_last_stop_is_as_fast_as_possible_and_survives_a_reset(window, qtbot):
    slider = window.findChild(QSlider, "speedControl")
    slider.setValue(3)
    assert window.document.speed_limit == SPEEDS[3]
    window.document.reset()
    assert window.document.experiment.trainer.live.max_epochs_per_second == SPEEDS[3]
    slider.setValue(slider.maximum())
    assert window.document.speed_limit is None
    assert window.document.experiment.trainer.live.max_epochs_per_second is None
    assert window.findChild(QSlider, "speedControl").accessibleName()


def test_play_at_the_epoch_limit_offers_to_go_on(window, qtbot):
    cfg = window.document.config
    window.document.apply(cfg.replace(training=dataclasses.replace(cfg.training, epochs=3)))
    with qtbot.waitSignal(window.document.finished, timeout=10000):
        window.document.play()
    asked = []
    window.prompts.confirm_go_on = lambda limit: asked.append(limit) or True
    window.training_panel.play_button.click()
    assert asked == [3]
    qtbot.waitUntil(lambda: window.document.experiment.trainer.epoch > 3, timeout=10000)
    assert window.document.config.training.epochs == 0  # no limit any more
    window.document.pause()
