"""Lessons 9-11 (the loss and the gradient), each claim reproduced headlessly."""

from __future__ import annotations

import numpy as np

from nnplayground import lessons
from nnplayground.engine import landscape
from nnplayground.engine import losses as losses_mod
from nnplayground.engine.build import Experiment
from nnplayground.engine.staged import staged_step

#: Lesson 10's outliers, added by the test: far below the plane target (x1 + x2) / 10.
OUTLIERS = np.array([[4.0, 4.5], [4.5, 3.5], [5.0, 4.0], [3.5, 5.0]])
OUTLIER_TARGET = -6.0


def lesson_cfg(key):
    return lessons.get(key).preset().config


def apply(key, label_start, cfg=None):
    lesson = lessons.get(key)
    (button,) = [t for t in lesson.try_this if t.label.startswith(label_start)]
    return button.change(cfg if cfg is not None else lesson.preset().config)


def first_batch(exp):
    tr = exp.trainer
    perm = np.random.default_rng([exp.config.training.seed, 1]).permutation(len(tr.X_train))
    return tr.X_train[perm[: tr.batch_size]], tr.y_train[perm[: tr.batch_size]]


# ------------------------------------------------------------------ lesson 9
def test_the_path_descends_with_both_losses():
    for cfg in (lesson_cfg("loss_landscape"), apply("loss_landscape", "Train with mean")):
        exp = Experiment.from_config(cfg)
        path = landscape.record_trajectory(exp.trainer, cfg.training.epochs)
        assert path.train_loss[-1] < 0.2 * path.train_loss[0]
        # Mostly downhill, epoch after epoch (mini-batch noise allows a few rises).
        assert np.mean(np.diff(path.train_loss) <= 0) > 0.85


def test_cross_entropy_is_steeper_where_the_network_is_confidently_wrong():
    exp = Experiment.from_config(lesson_cfg("loss_landscape"))
    exp.trainer.run()
    net, tr = exp.network, exp.trainer
    bias = net.n_params - 1  # the output bias: +8 makes it say "class 1" to every point
    ce, mse = losses_mod.get("binary_crossentropy"), losses_mod.get("mean_squared_error")
    theta = net.flat_params.copy()
    theta[bias] += 8.0
    wrong = float(np.mean(net.predict(tr.X_train) > 0.5))  # sanity: it was right before
    assert wrong < 0.6
    g_ce = landscape.gradient(net, theta, tr.X_train, tr.y_train, ce)[bias]
    g_mse = landscape.gradient(net, theta, tr.X_train, tr.y_train, mse)[bias]
    assert abs(g_ce) > 5 * abs(g_mse)
    # The same on the 1-D slices the landscape dock draws (same weights, two losses).
    s_ce = landscape.slice_1d(net, bias, tr.X_train, tr.y_train, ce, 0.03, theta)
    s_mse = landscape.slice_1d(net, bias, tr.X_train, tr.y_train, mse, 0.03, theta)
    assert abs(s_ce.slope) > 5 * abs(s_mse.slope)


# ------------------------------------------------------------------ lesson 10
def _fit_shift(loss_label: str | None) -> tuple[float, float]:
    """(mean |shift|, max |shift|) of the fitted plane over [-6, 6]² when the outliers
    are added to the training set, for the lesson's loss or the one a button picks."""
    cfg = lesson_cfg("outliers") if loss_label is None else apply("outliers", loss_label)
    grid = np.array(np.meshgrid(np.linspace(-6, 6, 13), np.linspace(-6, 6, 13))).reshape(2, -1).T
    fits = []
    for with_outliers in (False, True):
        exp = Experiment.from_config(cfg)
        tr = exp.trainer
        if with_outliers:
            tr.X_train = np.vstack([tr.X_train, OUTLIERS])
            tr.y_train = np.vstack([tr.y_train, np.full((len(OUTLIERS), 1), OUTLIER_TARGET)])
        tr.run()
        fits.append(exp.network.predict(grid).ravel())
    shift = np.abs(fits[1] - fits[0])
    return float(shift.mean()), float(shift.max())


def test_outliers_bend_the_squared_error_fit_but_not_mae_or_huber():
    mse = _fit_shift(None)
    mae = _fit_shift("Use mean absolute error")
    huber = _fit_shift("Use the Huber loss")
    # Measured: the squared-error plane moves by 0.44 on average (up to 1.3, on targets
    # within ±1.2); absolute error by 0.009, Huber by 0.07 (its gradient is capped).
    assert mse[0] > 0.3
    for other in (mae, huber):
        assert mse[0] > 5 * other[0] and mse[1] > 5 * other[1]


def test_the_weights_the_lesson_text_quotes():
    lesson = lessons.get("outliers")
    with_outliers = apply("outliers", "Add four outliers")
    quoted = (  # config, (lowest, highest) weight the text promises
        (lesson.preset().config, (0.099, 0.101)),
        (with_outliers, (0.04, 0.06)),
        (apply("outliers", "Use mean absolute error", with_outliers), (0.095, 0.105)),
        (apply("outliers", "Use the Huber loss", with_outliers), (0.085, 0.095)),
    )
    for cfg, (low, high) in quoted:
        exp = Experiment.from_config(cfg)
        exp.trainer.run()
        W = exp.network.layers[0].W.ravel()
        assert np.all((low <= W) & (W <= high)), (cfg.training.loss.name, W)


def test_the_add_outliers_button_loads_them_into_the_training_set():
    cfg = apply("outliers", "Add four outliers")
    exp = Experiment.from_config(cfg)
    in_train = np.sum(exp.dataset.y_train[:, 0] == OUTLIER_TARGET)
    assert in_train >= 2
    assert len(exp.dataset.y_train) + len(exp.dataset.y_test) == 204
    # Clicking "Use mean absolute error" afterwards keeps the outliers.
    assert apply("outliers", "Use mean absolute error", cfg).data.csv_path == cfg.data.csv_path


# ------------------------------------------------------------------ lesson 11
def test_sigmoid_delta_vanishes_towards_the_input_and_relu_he_keeps_it():
    for cfg, check in (
        (lesson_cfg("vanishing_gradient"), lambda n: n[0] < n[-1] / 100),
        (apply("vanishing_gradient", "Use ReLU"), lambda n: n.max() / n.min() < 10),
    ):
        exp = Experiment.from_config(cfg)
        assert len(exp.network.layers) == 6
        x, y = first_batch(exp)
        norms = staged_step(exp.trainer, x, y).delta_norms()  # one batch, in slow motion
        assert check(norms), norms
