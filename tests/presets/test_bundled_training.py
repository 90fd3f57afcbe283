"""Each bundled preset actually learns: the test loss falls clearly in a few epochs."""

from __future__ import annotations

import pytest

from nnplayground.engine.build import Experiment
from nnplayground.presets import bundled_names, load_bundled

EPOCHS = 100  # enough for every bundled preset to show clear progress, in ~2 s in all


@pytest.mark.parametrize("name", bundled_names())
def test_bundled_preset_test_loss_falls(name: str) -> None:
    preset = load_bundled(name)
    experiment = Experiment.from_config(preset.config)
    trainer = experiment.trainer
    before, _ = trainer.evaluate(trainer.X_test, trainer.y_test)
    result = trainer.run(max_epochs=min(EPOCHS, preset.config.training.epochs or EPOCHS))
    assert result.reason == "epochs"
    after = trainer.history.last()["test_loss"]
    assert after < 0.5 * before, f"{name}: test loss {before:.3f} -> {after:.3f}"
