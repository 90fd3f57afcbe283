"""What a figure is drawn from (no Qt): a run's history, points, grid and weights."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

KINDS = ("loss", "boundary", "network", "summary", "activation")
#: Size presets (width, height) in pixels; "default" is what an export uses unless told.
SIZES = {"slide": (1920, 1080), "default": (1600, 1000), "square": (1200, 1200)}
DEFAULT_SIZE = SIZES["default"]
MIN_SIDE, MAX_SIDE = 200, 8000
LOG_SPAN = 100.0  # a log loss axis when the losses span more than two decades
GRID_RESOLUTION = 200
MAX_SAMPLES = 2000  # training points whose pre-activations the activation figure shows

TRAIN_COLOR = "#1F5FA8"  # the window's train/test curve colours (gui.plots.colors)
TEST_COLOR = "#E07B00"


@dataclass(frozen=True)
class Curve:
    """One line of a loss figure: ``y`` against ``x`` (epochs); NaN leaves a gap.

    ``band`` = (low, high), each like ``y``, fills the area between them in a light
    shade of the line's colour (e.g. the 10–90 % band of a loss over seeds)."""

    name: str
    x: np.ndarray
    y: np.ndarray
    color: str | tuple = TRAIN_COLOR
    dashed: bool = False
    band: tuple | None = None


@dataclass(frozen=True)
class FigureData:
    """Everything a figure shows, as copies (safe to keep while training goes on).

    ``rows`` (n, 4): train loss, test loss, train accuracy, test accuracy per epoch
    (NaN where a metric does not apply); ``dataset`` an engine Dataset; ``grid`` an
    engine Grid over a square region containing the data; ``weights`` [(W, b)] per layer
    with W (fan_in, fan_out); ``activations`` one name per layer; ``inputs`` the
    network's input feature names.
    """

    title: str = ""
    rows: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))
    dataset: object = None
    grid: object = None
    weights: tuple = ()
    activations: tuple = ()
    inputs: tuple = ()
    activation_fns: tuple = ()  # the engine Activation of each layer
    preactivations: tuple = ()  # z (n, units) of each layer on the training points
    layer: int = 0  # the layer the activation figure shows (0 = first hidden layer)

    @property
    def epochs(self) -> np.ndarray:
        return np.arange(1, len(self.rows) + 1, dtype=np.float64)

    def loss_curves(self, train: str = "train", test: str = "test") -> list[Curve]:
        x = self.epochs
        return [
            Curve(train, x, self.rows[:, 0], TRAIN_COLOR),
            Curve(test, x, self.rows[:, 1], TEST_COLOR),
        ]

    def accuracy_curves(self, train: str = "train", test: str = "test") -> list[Curve]:
        """Accuracy curves (dashed), or [] when the task has no accuracy."""
        if not len(self.rows) or not np.isfinite(self.rows[:, 2]).any():
            return []
        x = self.epochs
        return [
            Curve(train, x, self.rows[:, 2], TRAIN_COLOR, dashed=True),
            Curve(test, x, self.rows[:, 3], TEST_COLOR, dashed=True),
        ]


def square_bounds(bounds) -> tuple[float, float, float, float]:
    """``bounds`` widened around their centre so both sides have the same span."""
    xmin, xmax, ymin, ymax = (float(v) for v in bounds)
    half = max(xmax - xmin, ymax - ymin) / 2
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    return cx - half, cx + half, cy - half, cy + half


def from_experiment(
    experiment,
    title: str | None = None,
    rows=None,
    resolution: int = GRID_RESOLUTION,
    layer: int = 0,
) -> FigureData:
    """Copy what the figures need from an engine Experiment (pause a running one first).

    ``title`` defaults to the config's title; ``rows`` to the trainer's history; ``layer``
    is the layer of the activation figure.
    """
    from nnplayground.engine.grid import decision_grid

    network, dataset = experiment.network, experiment.dataset
    if rows is None:
        rows = experiment.trainer.history.slice(0)
    rows = np.array(rows, dtype=np.float64).reshape(-1, 4)
    grid = decision_grid(
        network, dataset.features, square_bounds(dataset.bounds), resolution, task=dataset.task
    )
    return FigureData(
        title=experiment.config.title if title is None else title,
        rows=rows,
        dataset=dataset,
        grid=grid,
        weights=tuple(network.get_weights()),
        activations=tuple(dense.activation.name for dense in network.layers),
        inputs=tuple(dataset.features),
        activation_fns=tuple(dense.activation for dense in network.layers),
        preactivations=_preactivations(network, dataset.X_train[:MAX_SAMPLES]),
        layer=layer,
    )


def _preactivations(network, X: np.ndarray) -> tuple:
    """z = a W + b of every layer for the rows of X, one (n, units) array each."""
    out, a = [], np.asarray(X, dtype=np.float64)
    for layer in network.layers:
        z = a @ layer.W + layer.b
        out.append(z)
        a = layer.activation.f(z)
    return tuple(out)


def use_log_scale(*curves) -> bool:
    """True when the positive finite values of ``curves`` span more than two decades."""
    arrays = [np.asarray(c, dtype=np.float64).ravel() for c in curves]
    values = np.concatenate(arrays) if arrays else np.zeros(0)
    values = values[np.isfinite(values) & (values > 0)]
    return bool(values.size > 1 and values.max() / values.min() > LOG_SPAN)


_SIZE = re.compile(r"^\s*(\d+)\s*[x×X*]\s*(\d+)\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' (or a preset name: slide, default, square) → (width, height).

    ValueError with one sentence when the text is not W×H or a side is out of range.
    """
    text = str(text).strip()
    if text.lower() in SIZES:
        return SIZES[text.lower()]
    match = _SIZE.match(text)
    if not match:
        names = ", ".join(SIZES)
        raise ValueError(
            f"expected WIDTHxHEIGHT in pixels such as 1920x1080, or one of {names}; got {text!r}"
        )
    width, height = int(match.group(1)), int(match.group(2))
    for side in (width, height):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise ValueError(
                f"each side must be from {MIN_SIDE} to {MAX_SIDE} pixels, got {width}x{height}"
            )
    return width, height
