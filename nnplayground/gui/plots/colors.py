"""One palette for every plot: series colours, class colours and value-to-colour maps.

Class colours follow TensorFlow Playground: orange for class 0 / negative values, blue
for class 1 / positive values. Heatmaps are rendered to RGBA here (one vectorised table
look-up) so the plots can hand ``ImageItem.setImage`` a ready image whatever the task.
"""

from __future__ import annotations

import numpy as np

ORANGE = "#F59322"  # class 0, negative weights and values
BLUE = "#0877BD"  # class 1, positive weights and values
WHITE = "#FFFFFF"
GREY = "#9E9E9E"
DARK = "#333333"
RED = "#D62728"

TRAIN = "#1F5FA8"  # train curves: a darker blue than class 1 so both read on one screen
TEST = "#E07B00"  # test curves
TRAIN_ACC = "#5B8FD0"
TEST_ACC = "#F0A050"
F_CURVE = "#1F5FA8"
DF_CURVE = "#C0392B"
HIST_FILL = (120, 120, 120, 70)
HIST_EDGE = (110, 110, 110, 140)

#: Categorical class colours for K > 2 classes (first two match the binary ones).
CATEGORICAL = (
    ORANGE,
    BLUE,
    "#2CA02C",
    "#9467BD",
    "#8C564B",
    "#E377C2",
    "#17BECF",
    "#BCBD22",
    "#7F7F7F",
    "#D62728",
)

#: How much of the heatmap colour is mixed with white so the data points stay readable.
BACKGROUND_STRENGTH = 0.65


def rgb(color: str) -> np.ndarray:
    """'#RRGGBB' → float array (3,) in 0..255."""
    color = color.lstrip("#")
    return np.array([int(color[i : i + 2], 16) for i in (0, 2, 4)], dtype=np.float64)


def class_color(k: int) -> str:
    """Colour of class ``k`` (cycles past the palette's end)."""
    return CATEGORICAL[int(k) % len(CATEGORICAL)]


def palette(n: int, strength: float = 1.0) -> np.ndarray:
    """(n, 3) float RGB of the first ``n`` class colours, mixed with white by ``1 - strength``."""
    colors = np.array([rgb(class_color(k)) for k in range(max(n, 1))])
    return 255.0 - strength * (255.0 - colors)


def diverging_lut(n: int = 256, strength: float = 1.0) -> np.ndarray:
    """(n, 4) uint8 RGBA: orange (low) → white (middle) → blue (high)."""
    t = np.linspace(-1.0, 1.0, n)[:, None]
    white = rgb(WHITE)
    lo, hi = rgb(ORANGE), rgb(BLUE)
    mix = np.where(t < 0, white + (-t) * (lo - white), white + t * (hi - white))
    mix = 255.0 - strength * (255.0 - mix)
    out = np.empty((n, 4), dtype=np.uint8)
    out[:, :3] = np.clip(np.rint(mix), 0, 255)
    out[:, 3] = 255
    return out


DIVERGING = diverging_lut()
BACKGROUND = diverging_lut(strength=BACKGROUND_STRENGTH)


def map_values(values: np.ndarray, lo: float, hi: float, lut: np.ndarray = DIVERGING) -> np.ndarray:
    """Values (...) → RGBA uint8 (..., 4) through ``lut``, ``lo``..``hi`` spanning the table.

    NaN and ±inf are clipped to the ends (NaN maps to the middle) rather than raising.
    """
    lo, hi = float(lo), float(hi)
    if not (np.isfinite(lo) and np.isfinite(hi) and hi > lo):
        lo, hi = (lo, hi) if hi > lo else (lo - 1.0, lo + 1.0)
        lo, hi = np.nan_to_num(lo, nan=-1.0), np.nan_to_num(hi, nan=1.0)  # ±inf → ±max
    # Halved so that hi - lo cannot overflow (a CSV with ±1e308 coordinates, issue 8).
    with np.errstate(all="ignore"):
        half = np.asarray(values, dtype=np.float64) / 2
        t = (half - lo / 2) / (hi / 2 - lo / 2)
    t = np.clip(np.nan_to_num(t, nan=0.5, posinf=1.0, neginf=0.0), 0.0, 1.0)
    idx = np.rint(t * (len(lut) - 1)).astype(np.intp)
    return lut[idx]


def blend_classes(probs: np.ndarray, strength: float = BACKGROUND_STRENGTH) -> np.ndarray:
    """Probabilities (..., K) → RGBA uint8 (..., 4): class colours weighted by probability."""
    k = probs.shape[-1]
    colors = probs @ palette(k, strength)
    out = np.empty(probs.shape[:-1] + (4,), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(colors), 0, 255)
    out[..., 3] = 255
    return out


def symmetric_range(values: np.ndarray) -> tuple[float, float]:
    """(-m, m) with m the largest finite |value| (at least a tiny positive number)."""
    finite = np.abs(values[np.isfinite(values)])
    m = float(finite.max()) if finite.size else 1.0
    m = max(m, 1e-9)
    return -m, m


def activation_range(name: str, values: np.ndarray) -> tuple[float, float]:
    """The colour range for a neuron's activations: (0, 1) when the activation's output
    lies in [0, 1] (``Activation.bounds``: sigmoid, hard_sigmoid, softmax, gaussian), else
    ±max."""
    from nnplayground.engine import activations

    if name in activations.REGISTRY:
        lo, hi = activations.defaults(name).bounds
        if lo >= 0.0 and hi <= 1.0:
            return 0.0, 1.0
    return symmetric_range(values)
