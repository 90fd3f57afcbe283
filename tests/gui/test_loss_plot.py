"""LossPlot: full history kept, decimated drawing, log toggle, reset."""

from __future__ import annotations

import numpy as np
import pytest

from nnplayground.gui.plots.loss import LossPlot, PeakDecimator


def _rows(first: int, k: int) -> np.ndarray:
    epochs = np.arange(first, first + k, dtype=np.float64)
    train = 1.0 / np.sqrt(epochs)
    rows = np.column_stack([train, train * 1.1, 1 - train / 2, 1 - train / 1.8])
    return rows


@pytest.fixture
def plot(qtbot):
    widget = LossPlot()
    qtbot.addWidget(widget)
    return widget


def test_short_history_is_drawn_point_for_point(plot):
    plot.append(1, _rows(1, 50))
    x, y = plot.train_curve.getOriginalDataset()
    assert list(x) == list(range(1, 51))
    np.testing.assert_allclose(y, _rows(1, 50)[:, 0])
    _, test_y = plot.test_curve.getOriginalDataset()
    np.testing.assert_allclose(test_y, _rows(1, 50)[:, 1])


def test_million_epochs_draw_few_points_and_end_on_the_last_value(plot):
    first = 1
    train_item = plot.train_curve
    for k in (3, 997, 12_345, 100_000, 400_000, 486_655):
        plot.append(first, _rows(first, k))
        first += k
    assert plot.n_epochs == 1_000_000
    assert plot.train_curve is train_item  # updated in place, never re-created
    assert plot.drawn_points() <= 2_500
    x, y = plot.train_curve.getOriginalDataset()
    assert x[-1] == 1_000_000
    assert y[-1] == pytest.approx(_rows(1_000_000, 1)[0, 0])
    _, rows = plot.history()
    assert rows.shape == (1_000_000, 4)  # no loss value dropped


def test_a_single_spike_survives_decimation(plot):
    rows = _rows(1, 300_000)
    rows[123_457, 0] = 50.0
    plot.append(1, rows[:200_000])
    plot.append(200_001, rows[200_000:])
    _, y = plot.train_curve.getOriginalDataset()
    assert y.max() == 50.0


def test_decimator_buckets_match_a_direct_min_max():
    dec = PeakDecimator(max_buckets=8)
    values = np.random.default_rng(0).normal(size=(1000, 4))
    for start in range(0, 1000, 37):
        chunk = values[start : start + 37]
        dec.append(start + 1, chunk)
    size = dec.size
    assert dec.n_full <= 8
    direct = values[: dec.n_full * size, 0].reshape(dec.n_full, size)
    np.testing.assert_array_equal(dec.mins[: dec.n_full, 0], direct.min(axis=1))
    np.testing.assert_array_equal(dec.maxs[: dec.n_full, 0], direct.max(axis=1))


def test_nan_losses_do_not_warn_or_break_the_curve(plot):
    rows = _rows(1, 5000)
    rows[4000:, :2] = np.nan  # diverged
    plot.append(1, rows)
    _, y = plot.train_curve.getOriginalDataset()
    assert np.isfinite(y[:-3]).any()


def test_log_scale_check_toggles_the_y_axis(plot, qtbot):
    plot.append(1, _rows(1, 100))
    plot.logScaleCheck.click()
    assert plot.is_log_scale()
    assert plot.plot_widget.getPlotItem().getAxis("left").logMode
    plot.set_log_scale(False)
    assert not plot.logScaleCheck.isChecked()
    assert not plot.plot_widget.getPlotItem().getAxis("left").logMode


def test_log_scale_survives_zero_and_nan_losses(plot):
    rows = _rows(1, 10)
    rows[3, 0] = 0.0
    rows[4, 1] = np.nan
    plot.set_log_scale(True)
    plot.append(1, rows)
    plot.grab()  # paints without raising or warning


def test_reset_clears_history_and_curves(plot):
    plot.append(1, _rows(1, 3000))
    plot.reset()
    assert plot.n_epochs == 0
    assert plot.drawn_points() == 0
    plot.append(1, _rows(1, 5))
    assert plot.drawn_points() == 5


def test_restarting_from_an_earlier_epoch_replaces_the_tail(plot):
    plot.append(1, _rows(1, 100))
    plot.append(51, _rows(51, 10))
    epochs, _ = plot.history()
    assert epochs[-1] == 60 and len(epochs) == 60


def test_accuracy_toggle_shows_accuracy_curves(plot, qtbot):
    plot.show()
    plot.append(1, _rows(1, 20))
    assert not plot.accuracy_widget.isVisible()
    plot.accuracyCheck.click()
    assert plot.accuracy_widget.isVisible()
    _, acc = plot.test_acc_curve.getOriginalDataset()
    np.testing.assert_allclose(acc, _rows(1, 20)[:, 3])


def test_three_hundred_live_frames_update_in_place(plot, qapp):
    plot.show()
    curve = plot.train_curve
    for frame in range(300):
        plot.append(frame * 40 + 1, _rows(frame * 40 + 1, 40))
        qapp.processEvents()
    assert plot.train_curve is curve
    assert plot.n_epochs == 12_000
    assert plot.drawn_points() <= 2_500


def test_view_grows_in_steps_so_axes_stay_put_between_frames(qtbot):
    from nnplayground.gui.plots.loss import LossPlot, nice_ceiling

    assert [nice_ceiling(v) for v in (0.7, 1.0, 150, 201, 999)] == [0.8, 1.0, 150, 300, 1000]
    plot = LossPlot()
    qtbot.addWidget(plot)
    rows = lambda k: np.column_stack([np.linspace(0.7, 0.3, k)] * 2 + [np.full(k, np.nan)] * 2)  # noqa: E731
    plot.append(1, rows(150))
    vb = plot.plot_widget.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    assert 150 <= x1 < 160 and y0 <= 0.0 and 0.8 <= y1 < 0.85
    plot.append(151, rows(40))  # 190 epochs: next step, 200
    (x0, x1) = vb.viewRange()[0]
    assert 200 <= x1 < 210
    plot.append(191, rows(5))  # 195 epochs: still inside the 200 step
    assert vb.viewRange()[0] == [x0, x1]
    plot.append(196, rows(55))  # 250 epochs: next step
    assert 300 <= vb.viewRange()[0][1] < 310
    vb.sigRangeChangedManually.emit([True, True])  # the user zooms: we stop moving the view
    vb.setXRange(10, 20, padding=0)
    plot.append(251, rows(800))
    assert vb.viewRange()[0] == [10, 20]


def test_reset_goes_back_to_the_starting_axes(qtbot):
    import numpy as np

    from nnplayground.gui.plots.loss import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    rows = np.column_stack([np.linspace(50, 40, 500), np.linspace(60, 45, 500),
                            np.full(500, np.nan), np.full(500, np.nan)])  # fmt: skip
    plot.append(1, rows)
    plot.reset()
    (x0, x1), (y0, y1) = plot.plot_widget.getPlotItem().viewRange()
    assert x1 < 20 and y1 < 2  # not the last run's 500 epochs and losses near 50
