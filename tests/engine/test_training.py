"""The training loop: regularization gradients, determinism, divergence, stop rules, history."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from nnplayground.engine.build import Experiment
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.engine.training import History

EPS = 1e-6


def classification(**training) -> ExperimentConfig:
    return ExperimentConfig(
        data=DataConfig(dataset="circle", n_points=200),
        training=TrainingConfig(**training),
    )


def regression(**training) -> ExperimentConfig:
    training.setdefault("loss", Component("mean_squared_error"))
    return ExperimentConfig(
        task="regression",
        data=DataConfig(dataset="plane", n_points=200),
        network=NetworkConfig(
            hidden=(LayerConfig(4), LayerConfig(3)),
            output=LayerConfig(1, activation=Component("linear")),
        ),
        training=TrainingConfig(**training),
    )


# ---------------------------------------------------------------- regularization
@pytest.mark.parametrize("kind", ["l1", "l2"])
def test_regularized_gradient_matches_finite_differences_of_the_penalised_loss(kind):
    rate = 0.03
    exp = Experiment.from_config(
        classification(regularization=kind, regularization_rate=rate, batch_size=50)
    )
    trainer, net = exp.trainer, exp.network
    net.flat_params[:] = np.random.default_rng(0).normal(scale=0.8, size=net.n_params)
    x, y = trainer.X_train[:20], trainer.y_train[:20]
    mask = net.kernel_mask

    def objective() -> float:
        net.forward(x)
        w = net.flat_params * mask  # weights only, not biases
        penalty = rate * (np.sum(w * w) if kind == "l2" else np.sum(np.abs(w)))
        return net.loss_value(trainer.loss, y) + penalty

    net.forward(x)
    net.backward(trainer.loss, y)
    plain = net.flat_grads.copy()
    trainer._regularize()
    analytic = net.flat_grads.copy()
    numeric = np.zeros(net.n_params)
    for i in range(net.n_params):
        old = net.flat_params[i]
        net.flat_params[i] = old + EPS
        hi = objective()
        net.flat_params[i] = old - EPS
        lo = objective()
        net.flat_params[i] = old
        numeric[i] = (hi - lo) / (2 * EPS)
    scale = np.maximum(np.maximum(np.abs(numeric), np.abs(analytic)), 1e-3)
    assert np.max(np.abs(numeric - analytic) / scale) < 1e-6
    # The penalty leaves bias gradients alone.
    bias = mask == 0.0
    np.testing.assert_array_equal(analytic[bias], plain[bias])
    expected = 2 * rate * net.flat_params if kind == "l2" else rate * np.sign(net.flat_params)
    np.testing.assert_allclose((analytic - plain)[~bias], expected[~bias], rtol=1e-12)


def test_l2_regularization_shrinks_the_weights():
    plain = Experiment.from_config(classification(epochs=30))
    shrunk = Experiment.from_config(
        classification(epochs=30, regularization="l2", regularization_rate=0.05)
    )
    plain.trainer.run()
    shrunk.trainer.run()
    norm = lambda e: np.sum((e.network.flat_params * e.network.kernel_mask) ** 2)  # noqa: E731
    assert norm(shrunk) < 0.8 * norm(plain)


# ---------------------------------------------------------------- determinism
def test_same_config_and_seed_give_the_same_history_bit_for_bit():
    cfg = classification(epochs=15, optimizer=Component("adam"), learning_rate=0.01)
    runs = [Experiment.from_config(cfg) for _ in range(2)]
    for exp in runs:
        assert exp.trainer.run().reason == "epochs"
    a, b = (exp.trainer.history for exp in runs)
    assert len(a) == len(b) == 15
    assert np.array_equal(a.slice(0), b.slice(0))
    assert np.array_equal(runs[0].network.flat_params, runs[1].network.flat_params)


def test_another_seed_gives_another_history():
    cfg = classification(epochs=5)
    other = cfg.replace(training=dataclasses.replace(cfg.training, seed=1))
    a = Experiment.from_config(cfg).trainer
    b = Experiment.from_config(other).trainer
    a.run(), b.run()
    assert not np.array_equal(a.history.train_loss, b.history.train_loss)


# ---------------------------------------------------------------- divergence
def test_huge_learning_rate_diverges_and_keeps_the_last_finite_weights():
    exp = Experiment.from_config(regression(optimizer=Component("sgd"), learning_rate=100.0))
    result = exp.trainer.run(max_epochs=100)
    assert result.reason == "diverged"
    div = result.divergence
    assert div is not None and div is exp.trainer.divergence
    assert div.epoch >= 1
    assert "learning rate" in div.message
    assert np.all(np.isfinite(exp.network.flat_params))
    assert len(exp.trainer.history) == div.epoch - 1
    assert np.all(np.isfinite(exp.trainer.history.train_loss))
    # A diverged trainer refuses to go on.
    assert exp.trainer.train_epoch() is False


@pytest.mark.parametrize("name", ["plane", "sine", "gaussian_bumps", "price"])
def test_every_bundled_regression_preset_diverges_cleanly_at_learning_rate_100(name):
    from nnplayground.presets import load_bundled

    preset = load_bundled(name)
    assert preset.config.task == "regression"
    training = dataclasses.replace(
        preset.config.training, optimizer=Component("sgd"), learning_rate=100.0
    )
    exp = Experiment.from_config(preset.config.replace(training=training), preset.weights)
    result = exp.trainer.run(max_epochs=200)
    assert result.reason == "diverged" and result.divergence.epoch >= 1
    assert "learning rate" in result.divergence.message
    assert exp.network.all_finite()


# ---------------------------------------------------------------- stop rules
def test_epoch_limit_stops_the_run():
    exp = Experiment.from_config(classification(epochs=7))
    seen = []
    result = exp.trainer.run(on_progress=lambda t: seen.append(t.epoch))
    assert (result.reason, result.epochs) == ("epochs", 7)
    assert seen == list(range(1, 8))
    assert len(exp.trainer.history) == 7


def test_max_epochs_counts_from_where_the_run_resumes():
    exp = Experiment.from_config(classification(epochs=0))  # 0 means no limit
    assert exp.trainer.run(max_epochs=3).epochs == 3
    assert exp.trainer.run(max_epochs=4).epochs == 7


def test_target_loss_stops_once_the_test_loss_reaches_it():
    exp = Experiment.from_config(classification(epochs=500, target_loss=0.3, learning_rate=0.1))
    result = exp.trainer.run()
    assert result.reason == "target_loss"
    test_loss = exp.trainer.history.test_loss
    assert test_loss[-1] <= 0.3
    assert np.all(test_loss[:-1] > 0.3)


def test_patience_stops_after_that_many_epochs_without_a_better_test_loss():
    exp = Experiment.from_config(classification(epochs=100, patience=3))
    # weights frozen: the test loss never improves again
    exp.trainer.live = dataclasses.replace(exp.trainer.live, learning_rate=0.0)
    result = exp.trainer.run()
    assert (result.reason, result.epochs) == ("patience", 4)


def test_should_stop_hook_ends_the_run():
    exp = Experiment.from_config(classification(epochs=0))
    calls = iter([False, False, True])
    result = exp.trainer.run(should_stop=lambda: next(calls))
    assert (result.reason, result.epochs) == ("stopped", 2)


def test_learning_rate_can_change_between_steps():
    exp = Experiment.from_config(classification(batch_size=200, shuffle=False))
    trainer, net = exp.trainer, exp.network
    x, y = trainer.X_train, trainer.y_train
    before = net.flat_params.copy()
    grad = net.gradients(x, y, trainer.loss)
    trainer.live = dataclasses.replace(trainer.live, learning_rate=0.5)
    trainer.train_step(x, y)
    np.testing.assert_allclose(net.flat_params, before - 0.5 * grad, rtol=1e-12)


# ---------------------------------------------------------------- history
def test_history_views_are_read_only_and_slices_are_copies():
    h = History(capacity=2)
    for i in range(5):
        h.append(float(i), 2.0 * i, 0.5, 0.25)
    assert len(h) == 5
    np.testing.assert_array_equal(h.test_loss, [0, 2, 4, 6, 8])
    with pytest.raises(ValueError):
        h.train_loss[0] = 1.0
    rows = h.slice(3)
    assert rows.shape == (2, 4)
    rows[0, 0] = -1.0
    assert h.train_loss[3] == 3.0
    h.truncate(2)
    assert len(h) == 2 and h.last()["train_loss"] == 1.0


def test_history_grows_by_doubling_at_most_64_bytes_an_epoch():
    h = History(capacity=1024)
    for i in range(5000):
        h.append(1.0, 1.0, 0.5, 0.5)
        if i + 1 in (1024, 1025, 2049, 4097, 5000):
            assert h.nbytes <= 64 * max(len(h), 1024)
    assert h.nbytes == 4 * 8 * 8192


def test_a_million_epochs_fit_in_under_100_megabytes():
    h = History()
    t0 = time.perf_counter()
    append = h.append
    for _ in range(1_000_000):
        append(1.0, 1.0, float("nan"), float("nan"))
    elapsed = time.perf_counter() - t0
    assert len(h) == 1_000_000
    assert h.nbytes < 100 * 1024 * 1024
    print(f"1,000,000 appends: {elapsed:.2f} s, {h.nbytes / 1e6:.1f} MB")


def test_history_csv_has_accuracy_columns_only_for_classification(tmp_path):
    h = History()
    h.append(0.5, 0.6, float("nan"), float("nan"))
    h.append(0.25, 0.3, float("nan"), float("nan"))
    path = tmp_path / "h.csv"
    h.to_csv(str(path))
    lines = path.read_text().splitlines()
    assert lines == ["epoch,train_loss,test_loss", "1,0.5,0.6", "2,0.25,0.3"]
    h = History()
    h.append(0.5, 0.6, 0.75, 1.0)
    h.to_csv(str(path))
    assert path.read_text().splitlines()[0].endswith("train_accuracy,test_accuracy")
