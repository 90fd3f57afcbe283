"""BoundaryPlot: heatmap of the output under the points, updated in place."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnplayground.engine import build
from nnplayground.engine.config import Component, DataConfig, ExperimentConfig, LayerConfig
from nnplayground.engine.grid import decision_grid
from nnplayground.gui.plots import colors
from nnplayground.gui.plots.boundary import BoundaryPlot


def experiment(dataset: str = "circle") -> build.Experiment:
    cfg = ExperimentConfig(data=DataConfig(dataset=dataset, n_points=200))
    if dataset == "blobs":
        out = LayerConfig(3, activation=Component("softmax"))
        cfg = cfg.replace(
            network=replace(cfg.network, output=out),
            training=replace(cfg.training, loss=Component("categorical_crossentropy")),
        )
    if dataset == "plane":
        out = LayerConfig(1, activation=Component("linear"))
        cfg = cfg.replace(
            task="regression",
            network=replace(cfg.network, output=out),
            training=replace(cfg.training, loss=Component("mse")),
        )
    return build.Experiment.from_config(cfg)


def grid_of(exp, resolution: int = 40):
    ds = exp.dataset
    return decision_grid(exp.network, ds.features, ds.bounds, resolution, task=ds.task)


@pytest.fixture
def plot(qtbot):
    widget = BoundaryPlot()
    qtbot.addWidget(widget)
    return widget


def image_rect(plot):
    return plot.image.mapRectToParent(plot.image.boundingRect())


def test_points_are_coloured_by_class(plot):
    exp = experiment()
    plot.set_dataset(exp.dataset)
    ds = exp.dataset
    pts = plot.train_scatter.data
    assert len(pts) == len(ds.points_train)
    first_class1 = int(np.flatnonzero(ds.labels_train == 1)[0])
    brush = pts["brush"][first_class1]
    assert brush.color().name().upper() == colors.BLUE
    first_class0 = int(np.flatnonzero(ds.labels_train == 0)[0])
    assert pts["brush"][first_class0].color().name().upper() == colors.ORANGE


def test_grid_update_replaces_the_image_in_place_and_covers_the_bounds(plot):
    exp = experiment()
    plot.set_dataset(exp.dataset)
    image = plot.image
    plot.update_grid(grid_of(exp))
    first = plot.image.image.copy()
    assert first.shape == (40, 40, 4)
    exp.network.flat_params *= -1.0
    plot.update_grid(grid_of(exp))
    assert plot.image is image
    assert not np.array_equal(plot.image.image, first)
    rect = image_rect(plot)
    xmin, xmax, ymin, ymax = exp.dataset.bounds
    half = (xmax - xmin) / 39 / 2
    assert rect.left() == pytest.approx(xmin - half)
    assert rect.right() == pytest.approx(xmax + half)
    assert rect.top() == pytest.approx(ymin - half)


def test_image_rows_follow_y(plot):
    exp = experiment()
    plot.set_dataset(exp.dataset)
    grid = grid_of(exp)
    values = np.zeros_like(grid.values)
    values[-1, :] = 1.0  # top row (largest y) is class 1: blue
    plot.update_grid(replace(grid, values=values))
    top = plot.image.image[-1, 0, :3]
    bottom = plot.image.image[0, 0, :3]
    assert top[2] > top[0] and bottom[0] > bottom[2]  # blue on top, orange below


def test_discretize_shows_the_hard_decision(plot, qtbot):
    exp = experiment()
    plot.set_dataset(exp.dataset)
    grid = grid_of(exp)
    plot.update_grid(replace(grid, values=np.full_like(grid.values, 0.7)))
    soft = plot.image.image[0, 0].copy()
    plot.discretizeCheck.click()
    hard = plot.image.image[0, 0]
    np.testing.assert_array_equal(hard, colors.BACKGROUND[-1])
    assert not np.array_equal(soft, hard)


def test_show_test_check_toggles_the_test_points(plot):
    plot.set_dataset(experiment().dataset)
    assert not plot.test_scatter.isVisible()
    plot.showTestCheck.click()
    assert plot.test_scatter.isVisible()
    assert len(plot.test_scatter.data) > 0


def test_neuron_heatmap_replaces_the_output_until_cleared(plot, qtbot):
    exp = experiment()
    plot.set_dataset(exp.dataset)
    plot.show()
    plot.update_grid(grid_of(exp))
    output = plot.image.image.copy()
    neuron = np.linspace(-1, 1, 24 * 24).reshape(24, 24)
    plot.show_neuron(neuron, "Neuron 2 of hidden layer 1")
    assert plot.captionLabel.isVisible()
    assert plot.captionLabel.text() == "Neuron 2 of hidden layer 1"
    assert plot.image.image.shape[:2] == (24, 24)
    plot.update_grid(grid_of(exp))  # a new output grid does not hide the neuron
    assert plot.image.image.shape[:2] == (24, 24)
    rect = image_rect(plot)
    assert rect.left() < exp.dataset.bounds[0] < rect.left() + 1
    plot.show_neuron(None)
    assert not plot.captionLabel.isVisible()
    np.testing.assert_array_equal(plot.image.image, output)


def test_three_classes_blend_the_class_palette(plot):
    exp = experiment("blobs")
    plot.set_dataset(exp.dataset)
    grid = grid_of(exp)
    assert grid.probs is not None
    plot.update_grid(grid)
    expected = colors.blend_classes(grid.probs)
    np.testing.assert_array_equal(plot.image.image, expected)
    plot.discretizeCheck.click()
    winners = grid.values.astype(int)
    assert {tuple(c) for c in plot.image.image[..., :3].reshape(-1, 3)} <= {
        tuple(c) for c in colors.blend_classes(np.eye(3))[..., :3][np.unique(winners)]
    }


def test_regression_uses_the_target_range_and_disables_discretize(plot):
    exp = experiment("plane")
    plot.set_dataset(exp.dataset)
    assert not plot.discretizeCheck.isEnabled()
    plot.update_grid(grid_of(exp))
    assert plot.image.image.shape == (40, 40, 4)


def test_regression_colours_are_centred_on_zero_so_negative_predictions_stand_out(qtbot):
    from nnplayground.engine.config import DataConfig
    from nnplayground.engine.datasets import make_dataset
    from nnplayground.engine.grid import Grid
    from nnplayground.gui.plots.boundary import BoundaryPlot

    plot = BoundaryPlot()
    qtbot.addWidget(plot)
    data = make_dataset(DataConfig(dataset="price", n_points=200))
    plot.set_dataset(data)
    lo, hi = plot._target_range
    assert lo == -hi and hi == pytest.approx(
        max(abs(data.labels_train).max(), abs(data.labels_test).max())
    )
    xs = ys = np.linspace(-6, 6, 4)
    values = np.full((4, 4), 1.0)
    values[0, 0] = -1.0  # one negative price in a corner
    rgba = plot._output_rgba(Grid(xs, ys, values, None, "regression"))
    negative, positive = rgba[0, 0], rgba[3, 3]
    assert negative[0] > negative[2]  # orange: more red than blue
    assert positive[2] > positive[0]  # blue: more blue than red
