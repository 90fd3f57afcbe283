"""Each lesson's claim, reproduced headlessly with its bundled preset and "Try this" changes."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground import lessons
from nnplayground.engine import diagnostics
from nnplayground.engine.build import Experiment, check_experiment
from nnplayground.engine.grid import decision_grid
from nnplayground.engine.network import equivalent_linear_map


def trained(cfg, epochs=None):
    exp = Experiment.from_config(cfg)
    exp.trainer.run(max_epochs=epochs)
    return exp


def stats(exp):
    d = exp.dataset
    return diagnostics.layer_stats(exp.network, d.X_train, d.y_train, exp.trainer.loss)


def lesson_cfg(key):
    return lessons.get(key).preset().config


def apply(key, label_start):
    lesson = lessons.get(key)
    (button,) = [t for t in lesson.try_this if t.label.startswith(label_start)]
    return button.change(lesson.preset().config)


def first_epoch_at_or_below(history, threshold):
    hits = np.flatnonzero(history.train_loss <= threshold)
    return int(hits[0]) + 1 if hits.size else None


def test_every_lesson_has_a_valid_preset_text_and_valid_try_this_changes():
    assert len(lessons.lessons()) >= 8
    for lesson in lessons.lessons():
        cfg = lesson.preset().config
        check_experiment(cfg)
        assert lesson.look and lesson.change and lesson.see and lesson.try_this
        for button in lesson.try_this:
            check_experiment(button.change(cfg))


def test_linear_layers_collapse_to_one_map_and_cannot_fit_xor_while_tanh_can():
    exp = trained(lesson_cfg("linear_collapse"))
    W, b = equivalent_linear_map(exp.network)
    x = exp.dataset.X_test
    z_out = exp.network.trace(x)[-1].z
    np.testing.assert_allclose(z_out, x @ W + b, rtol=1e-10, atol=1e-12)
    assert exp.trainer.history.test_accuracy[-1] <= 0.75
    assert trained(apply("linear_collapse", "Use tanh")).trainer.history.test_accuracy[-1] >= 0.95
    assert trained(apply("linear_collapse", "Use ReLU")).trainer.history.test_accuracy[-1] >= 0.95


def test_relu_and_tanh_reach_the_loss_threshold_before_sigmoid():
    epochs = {}
    for act in ("sigmoid", "tanh", "relu"):
        cfg = lessons.changes.hidden_activation(lesson_cfg("activation_race"), act)
        epochs[act] = first_epoch_at_or_below(trained(cfg).trainer.history, 0.3)
    assert epochs["relu"] is not None and epochs["tanh"] is not None
    assert epochs["relu"] < epochs["tanh"] < (epochs["sigmoid"] or 10**9)


def test_large_sigmoid_weights_saturate_and_glorot_fixes_it():
    cfg = lesson_cfg("saturation")
    exp = Experiment.from_config(cfg)
    hidden = stats(exp)[:-1]
    assert min(s.saturated_fraction for s in hidden) >= 0.5
    exp.trainer.run()
    fixed = Experiment.from_config(apply("saturation", "Use Glorot"))
    assert max(s.saturated_fraction for s in stats(fixed)[:-1]) == 0.0
    fixed.trainer.run()
    assert exp.trainer.history.train_loss[-1] > 0.1
    assert fixed.trainer.history.train_loss[-1] < 0.02


def test_negative_bias_kills_relu_units_and_leaky_relu_keeps_them_alive():
    exp = trained(lesson_cfg("dying_relu"))
    dead = [s.dead_fraction for s in stats(exp)[:-1]]
    assert max(dead) == 1.0
    assert exp.trainer.history.train_loss[-1] > 0.6  # nothing gets through: stuck near ln 2
    leaky = trained(apply("dying_relu", "Use Leaky ReLU (slope 0.01)"))
    assert all(s.dead_fraction == 0.0 for s in stats(leaky))
    assert leaky.trainer.history.train_loss[-1] < 0.1


def test_zero_init_keeps_hidden_units_identical_and_small_random_weights_break_symmetry():
    exp = trained(lesson_cfg("zero_init"))
    W = exp.network.layers[0].W
    assert np.any(W != 0.0)  # the weights did change...
    assert all(np.array_equal(W[:, 0], W[:, j]) for j in range(W.shape[1]))  # ...identically
    assert stats(exp)[0].symmetry == pytest.approx(1.0, abs=1e-12)
    assert stats(exp)[0].identical  # the verdict both panels show, from one threshold
    random = trained(apply("zero_init", "Use small random"))
    assert stats(random)[0].symmetry < 0.99
    assert not any(s.identical for s in stats(random))
    assert random.trainer.history.test_accuracy[-1] > exp.trainer.history.test_accuracy[-1] + 0.2


def test_tiny_weights_shrink_the_signal_in_depth_and_glorot_keeps_it():
    def spreads(cfg):
        exp = Experiment.from_config(cfg)
        return [float(t.a.std()) for t in exp.network.trace(exp.dataset.X_train)[:-1]]

    tiny = spreads(lesson_cfg("init_scale"))
    assert all(later < earlier / 5 for earlier, later in zip(tiny, tiny[1:]))
    assert tiny[-1] < 1e-6
    glorot = spreads(apply("init_scale", "Use Glorot"))
    assert min(glorot) > 0.1
    big = Experiment.from_config(apply("init_scale", "Use large"))
    assert np.mean([s.saturated_fraction for s in stats(big)[1:-1]]) > 0.4
    assert trained(lesson_cfg("init_scale")).trainer.history.train_loss[-1] > 0.68
    assert trained(apply("init_scale", "Use Glorot")).trainer.history.train_loss[-1] < 0.05


def test_linear_output_predicts_negative_prices_and_relu_output_never_does():
    def predictions(cfg):
        exp = trained(cfg)
        d = exp.dataset
        grid = decision_grid(exp.network, d.features, d.bounds, 100)
        return exp.network.predict(d.X_test), grid.values

    assert (predictions(lesson_cfg("output_and_loss"))[1] < 0).any()
    test_pred, grid = predictions(apply("output_and_loss", "Use a ReLU output"))
    assert test_pred.min() >= 0.0 and grid.min() >= 0.0


def test_softmax_output_gives_class_probabilities_that_sum_to_one():
    exp = trained(apply("output_and_loss", "Three classes"), epochs=100)
    probs = exp.network.predict(exp.dataset.X_test)
    assert probs.shape[1] == 3
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert exp.trainer.history.test_accuracy[-1] > 0.9


def test_training_changes_only_the_weights_never_the_data():
    cfg = lesson_cfg("what_is_a_loss")
    exp = Experiment.from_config(cfg)
    d = exp.dataset
    before = [a.copy() for a in (d.X_train, d.y_train, d.X_test, d.y_test)]
    weights = exp.network.flat_params.copy()
    exp.trainer.run()
    for old, new in zip(before, (d.X_train, d.y_train, d.X_test, d.y_test)):
        assert np.array_equal(old, new)
    assert not np.array_equal(weights, exp.network.flat_params)
    h = exp.trainer.history
    assert h.train_loss[0] == pytest.approx(np.log(2), abs=0.05)  # a coin flip's loss
    assert h.train_loss[-1] < 0.1


def test_mean_squared_error_starts_near_a_quarter_and_also_falls():
    h = trained(apply("what_is_a_loss", "Use mean squared error")).trainer.history
    assert h.train_loss[0] == pytest.approx(0.25, abs=0.03)
    assert h.train_loss[-1] < h.train_loss[0] / 3
