"""Weight initializers with Keras' names, defaults and formulas.

Every initializer is called as ``init(fan_in, fan_out, rng, shape=None)`` with a
``numpy.random.Generator``. It returns an array of ``shape``, by default the kernel shape
``(fan_in, fan_out)``; a bias initializer is called with ``shape=(fan_out,)``.

Glorot, He and LeCun are variance-scaling presets: Var(w) = scale / n, where n is fan_in,
fan_out or their mean, drawn from a truncated normal (std corrected for the truncation)
or from U(−limit, limit) with limit = √(3·scale / n).
"""

from __future__ import annotations

import math

import numpy as np

from nnplayground.engine.registry import Param, Registry

Array = np.ndarray
Shape = tuple[int, ...]

# Std of a standard normal truncated to [-2, 2]; Keras divides by it so the truncated
# draw has the requested variance.
_TRUNC_STD = 0.87962566103423978


def _truncated_normal(rng: np.random.Generator, mean: float, std: float, shape: Shape) -> Array:
    """Normal(mean, std) with draws beyond 2 std re-drawn (as Keras' TruncatedNormal)."""
    out = rng.standard_normal(shape)
    bad = np.abs(out) > 2.0
    while bad.any():
        out[bad] = rng.standard_normal(int(bad.sum()))
        bad = np.abs(out) > 2.0
    return mean + std * out


class Initializer:
    name = ""
    formula = ""

    def __init__(self, **params: float | str) -> None:
        self._params = dict(params)

    def params(self) -> dict[str, float | str]:
        return dict(self._params)

    def sample(self, shape: Shape, fan_in: int, fan_out: int, rng: np.random.Generator) -> Array:
        raise NotImplementedError

    def __call__(
        self, fan_in: int, fan_out: int, rng: np.random.Generator, shape: Shape | None = None
    ) -> Array:
        shape = (fan_in, fan_out) if shape is None else tuple(shape)
        return np.asarray(self.sample(shape, fan_in, fan_out, rng), dtype=np.float64)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v}" for k, v in self._params.items())
        return f"{self.name}({args})"


class Zeros(Initializer):
    name, formula = "zeros", "w = 0"

    def sample(self, shape, fan_in, fan_out, rng):
        return np.zeros(shape)


class Ones(Initializer):
    name, formula = "ones", "w = 1"

    def sample(self, shape, fan_in, fan_out, rng):
        return np.ones(shape)


class Constant(Initializer):
    name, formula = "constant", "w = value"

    def sample(self, shape, fan_in, fan_out, rng):
        return np.full(shape, float(self._params["value"]))


class RandomNormal(Initializer):
    name, formula = "random_normal", "w ~ N(mean, stddev²)"

    def sample(self, shape, fan_in, fan_out, rng):
        return rng.normal(self._params["mean"], self._params["stddev"], shape)


class RandomUniform(Initializer):
    name, formula = "random_uniform", "w ~ U(minval, maxval)"

    def sample(self, shape, fan_in, fan_out, rng):
        lo, hi = float(self._params["minval"]), float(self._params["maxval"])
        if hi < lo:
            raise ValueError(f"random_uniform: maxval ({hi}) is below minval ({lo})")
        return rng.uniform(lo, hi, shape)


class TruncatedNormal(Initializer):
    name, formula = "truncated_normal", "w ~ N(mean, stddev²) cut at ±2·stddev"

    def sample(self, shape, fan_in, fan_out, rng):
        return _truncated_normal(rng, self._params["mean"], self._params["stddev"], shape)


def _fans(shape: Shape, fan_in: int, fan_out: int) -> tuple[int, int]:
    # Keras computes fans from the shape: a 1-D (bias) shape has fan_in = fan_out = size.
    if len(shape) == 1:
        return shape[0], shape[0]
    return fan_in, fan_out


class VarianceScaling(Initializer):
    """Var(w) = scale / n, n = fan_in, fan_out or (fan_in + fan_out) / 2."""

    name, formula = "variance_scaling", "Var(w) = scale / n"

    def __init__(self, *, mode: str, distribution: str, **params: float) -> None:
        super().__init__(**params)
        self.mode, self.distribution = mode, distribution

    def variance(self, fan_in: int, fan_out: int) -> float:
        n = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2.0}[self.mode]
        return float(self._params.get("scale", 1.0)) / max(1.0, n)

    def sample(self, shape, fan_in, fan_out, rng):
        var = self.variance(*_fans(shape, fan_in, fan_out))
        if self.distribution == "uniform":
            limit = math.sqrt(3.0 * var)
            return rng.uniform(-limit, limit, shape)
        return _truncated_normal(rng, 0.0, math.sqrt(var) / _TRUNC_STD, shape)


def _scaling(name: str, scale: float, mode: str, distribution: str, formula: str) -> type:
    def __init__(self, **params: float) -> None:
        VarianceScaling.__init__(self, mode=mode, distribution=distribution, **params)

    return type(name, (VarianceScaling,), {"__init__": __init__, "name": name, "formula": formula})


class Orthogonal(Initializer):
    """A (semi-)orthogonal matrix times ``gain`` (Saxe et al.), via QR of a normal draw."""

    name, formula = "orthogonal", "W = gain·Q, Q from QR(N(0, 1))"

    def sample(self, shape, fan_in, fan_out, rng):
        gain = float(self._params["gain"])
        if len(shape) == 1:  # a bias: orthogonality has no meaning, use unit-norm direction
            v = rng.standard_normal(shape)
            return gain * v / max(np.linalg.norm(v), 1e-12)
        rows, cols = shape
        flat = rng.standard_normal((max(rows, cols), min(rows, cols)))
        q, r = np.linalg.qr(flat)
        q = q * np.sign(np.diag(r))  # make the decomposition unique (as Keras does)
        if rows < cols:
            q = q.T
        return gain * q[:rows, :cols]


REGISTRY: Registry[Initializer] = Registry("initializer")
_SEED_NOTE = "Drawn from the layer's seeded random generator."
_STD = Param("stddev", 0.05, 0.0, 100.0, "Standard deviation (0.01 gives the classic ×0.01).")
_MEAN = Param("mean", 0.0, -100.0, 100.0, "Mean of the draw.")
_SCALE_PARAM = Param("scale", 1.0, 0.0, 100.0, "Multiplies the target variance.")

REGISTRY.register("zeros", Zeros, summary="Every weight is 0: hidden units stay identical.")
REGISTRY.register("ones", Ones, summary="Every weight is 1: hidden units stay identical.")
REGISTRY.register(
    "constant",
    Constant,
    (Param("value", 0.0, -100.0, 100.0, "The value of every weight."),),
    "Every weight has the same value.",
)
REGISTRY.register("random_normal", RandomNormal, (_MEAN, _STD), "Normal draw, fixed spread.")
REGISTRY.register(
    "random_uniform",
    RandomUniform,
    (
        Param("minval", -0.05, -100.0, 100.0, "Lowest value."),
        Param("maxval", 0.05, -100.0, 100.0, "Highest value."),
    ),
    "Uniform draw between minval and maxval.",
)
REGISTRY.register(
    "truncated_normal", TruncatedNormal, (_MEAN, _STD), "Normal draw without the far tails."
)
_VARIANCE_PRESETS = (
    ("glorot_uniform", 1.0, "fan_avg", "uniform", "w ~ U(±√(6 / (fan_in + fan_out)))"),
    ("glorot_normal", 1.0, "fan_avg", "normal", "Var(w) = 2 / (fan_in + fan_out)"),
    ("he_uniform", 2.0, "fan_in", "uniform", "w ~ U(±√(6 / fan_in))"),
    ("he_normal", 2.0, "fan_in", "normal", "Var(w) = 2 / fan_in"),
    ("lecun_uniform", 1.0, "fan_in", "uniform", "w ~ U(±√(3 / fan_in))"),
    ("lecun_normal", 1.0, "fan_in", "normal", "Var(w) = 1 / fan_in"),
)
for _name, _scale, _mode, _dist, _formula in _VARIANCE_PRESETS:
    _cls = _scaling(_name, _scale, _mode, _dist, _formula)
    REGISTRY.register(
        _name,
        _cls,
        (Param("scale", _scale, 0.0, 100.0, "Multiplies the target variance."),),
        f"Variance scaling: {_formula}.",
    )
REGISTRY.register(
    "orthogonal",
    Orthogonal,
    (Param("gain", 1.0, 0.0, 100.0, "Multiplies the matrix."),),
    "A random orthogonal matrix: keeps the length of signals.",
)


def get(name: str, **params: float) -> Initializer:
    """Build the initializer ``name`` with ``params``."""
    return REGISTRY.get(name, **params)


def names() -> list[str]:
    return REGISTRY.names()
