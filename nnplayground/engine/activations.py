"""Activation functions, each with its derivative right beside it.

An activation maps pre-activations ``z`` (n_samples, units) to ``a = f(z)``.
``derivative(z, a)`` returns f'(z) elementwise; it receives ``a`` too because several
derivatives are cheapest written in terms of the output (sigmoid' = a(1 - a)).
``backward(da, z, a)`` returns dL/dz; only softmax, which is not elementwise, overrides it.
"""

from __future__ import annotations

import math

import numpy as np

from nnplayground.engine.registry import Param, Registry

Array = np.ndarray

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)


def _sigmoid(z: Array) -> Array:
    """Numerically stable 1 / (1 + e^-z): never exponentiates a positive number."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _softplus(z: Array) -> Array:
    """Stable log(1 + e^z) = max(z, 0) + log1p(e^-|z|)."""
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


class Activation:
    """Base class. Subclasses set the metadata and implement ``f`` and ``derivative``.

    The metadata is the one home of every fact the app knows about an activation: the
    pairing checks, the diagnostics, the activation explorer, the GUI combos and the
    colour scales read it here instead of keeping lists of names.
    """

    name = ""
    formula = ""
    derivative_formula = ""
    #: The output range as shown to a learner, e.g. "(0, 1)".
    output_range = ""
    #: The same range as numbers (closure, ±inf when unbounded): drives colour scales.
    bounds: tuple[float, float] = (-math.inf, math.inf)
    zero_centred = True
    #: False when f couples the units of a layer (softmax): one unit alone means nothing.
    elementwise = True
    #: f'(z) → 0 for large |z|: units can saturate (diagnostics count them).
    saturating = False
    #: sup |f'(z)|: "saturated" means |f'| below a fraction of it.
    max_derivative = 1.0
    #: f is 0 with slope 0 on a half-line: a unit whose z stays there is dead.
    rectified = False
    #: Only meaningful on the output layer (softmax): refused in hidden layers.
    output_only = False
    #: False for f(z) = z: stacked layers collapse into one linear map.
    nonlinear = True
    monotonic = True
    periodic = False
    #: Editable parameters (their defaults are the constructor's defaults).
    param_specs: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    #: (x, y, label) points a plot should mark, e.g. sigmoid'(0) = 0.25.
    notable: tuple[tuple[float, float, str], ...] = ()

    def params(self) -> dict[str, float]:
        return {}

    def f(self, z: Array) -> Array:
        raise NotImplementedError

    def derivative(self, z: Array, a: Array) -> Array:
        raise NotImplementedError

    def backward(self, da: Array, z: Array, a: Array) -> Array:
        """dL/dz from dL/da (elementwise chain rule)."""
        return da * self.derivative(z, a)

    def __call__(self, z: Array) -> Array:
        return self.f(z)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v}" for k, v in self.params().items())
        return f"{type(self).__name__}({args})"


class Linear(Activation):
    """f(z) = z."""

    name, formula, derivative_formula, output_range = "linear", "f(z) = z", "f'(z) = 1", "(-∞, ∞)"
    nonlinear = False

    def f(self, z: Array) -> Array:
        return z

    def derivative(self, z: Array, a: Array) -> Array:
        return np.ones_like(z)

    def backward(self, da: Array, z: Array, a: Array) -> Array:
        return da


class Sigmoid(Activation):
    """f(z) = 1 / (1 + e^-z); f' = f(1 - f), at most 0.25 at z = 0."""

    name, formula = "sigmoid", "f(z) = 1 / (1 + e^(-z))"
    derivative_formula, output_range, zero_centred = "f'(z) = f(z)·(1 − f(z))", "(0, 1)", False
    bounds, saturating, max_derivative = (0.0, 1.0), True, 0.25
    notable = ((0.0, 0.25, "max f' = 0.25"), (0.0, 0.5, "f(0) = 0.5"))

    def f(self, z: Array) -> Array:
        return _sigmoid(z)

    def derivative(self, z: Array, a: Array) -> Array:
        return a * (1.0 - a)


class Tanh(Activation):
    """f(z) = tanh z; f' = 1 - tanh² z, at most 1 at z = 0."""

    name, formula = "tanh", "f(z) = (e^z − e^(−z)) / (e^z + e^(−z))"
    derivative_formula, output_range = "f'(z) = 1 − tanh²(z)", "(−1, 1)"
    bounds, saturating = (-1.0, 1.0), True
    notable = ((0.0, 1.0, "max f' = 1"),)

    def f(self, z: Array) -> Array:
        return np.tanh(z)

    def derivative(self, z: Array, a: Array) -> Array:
        return 1.0 - a * a


class ReLU(Activation):
    """f(z) = max(0, z); f' is 0 for z < 0 and 1 for z > 0 (we use 0 at z = 0)."""

    name, formula, derivative_formula = "relu", "f(z) = max(0, z)", "f'(z) = 0 if z < 0, 1 if z > 0"
    output_range, zero_centred, bounds, rectified = "[0, ∞)", False, (0.0, math.inf), True

    def f(self, z: Array) -> Array:
        return np.maximum(z, 0.0)

    def derivative(self, z: Array, a: Array) -> Array:
        return (z > 0).astype(z.dtype)

    def backward(self, da: Array, z: Array, a: Array) -> Array:
        return da * (z > 0)


class LeakyReLU(Activation):
    """f(z) = z for z > 0, slope·z otherwise; f' is slope or 1."""

    name, output_range, zero_centred = "leaky_relu", "(−∞, ∞)", False
    param_specs = (
        Param(
            "negative_slope", 0.01, 0.0, 1.0, "Slope for z < 0 (0.01 in the classic Leaky ReLU)."
        ),
    )

    def __init__(self, negative_slope: float = float(param_specs[0].default)) -> None:
        self.negative_slope = negative_slope
        self.formula = f"f(z) = max({negative_slope:g}·z, z)"
        self.derivative_formula = f"f'(z) = {negative_slope:g} if z < 0, 1 if z > 0"

    def params(self) -> dict[str, float]:
        return {"negative_slope": self.negative_slope}

    @property
    def rectified(self) -> bool:  # type: ignore[override]
        """With slope 0 it is a ReLU: units can die."""
        return self.negative_slope == 0.0

    @property
    def max_derivative(self) -> float:  # type: ignore[override]
        return max(1.0, self.negative_slope)

    def f(self, z: Array) -> Array:
        return np.where(z > 0, z, self.negative_slope * z)

    def derivative(self, z: Array, a: Array) -> Array:
        return np.where(z > 0, 1.0, self.negative_slope)


class ELU(Activation):
    """f(z) = z for z > 0, alpha·(e^z − 1) otherwise; f' = 1 or f + alpha."""

    name, output_range = "elu", "(−alpha, ∞)"
    derivative_formula = "f'(z) = 1 if z > 0, alpha·e^z otherwise"
    param_specs = (
        Param("alpha", 1.0, 0.0, 10.0, "Value the curve tends to for very negative z (as −alpha)."),
    )

    def __init__(self, alpha: float = float(param_specs[0].default)) -> None:
        self.alpha = alpha
        self.formula = f"f(z) = z if z > 0, {alpha:g}·(e^z − 1) otherwise"

    def params(self) -> dict[str, float]:
        return {"alpha": self.alpha}

    @property
    def bounds(self) -> tuple[float, float]:  # type: ignore[override]
        return -self.alpha, math.inf

    @property
    def max_derivative(self) -> float:  # type: ignore[override]
        return max(1.0, self.alpha)

    def f(self, z: Array) -> Array:
        return np.where(z > 0, z, self.alpha * np.expm1(np.minimum(z, 0.0)))

    def derivative(self, z: Array, a: Array) -> Array:
        return np.where(z > 0, 1.0, a + self.alpha)


class SELU(Activation):
    """f(z) = scale·(z if z > 0 else alpha·(e^z − 1)) with Klambauer et al.'s constants."""

    name, output_range = "selu", "(−1.758, ∞)"
    bounds, max_derivative = (-_SELU_SCALE * _SELU_ALPHA, math.inf), _SELU_SCALE * _SELU_ALPHA
    formula = "f(z) = 1.0507·(z if z > 0, 1.6733·(e^z − 1) otherwise)"
    derivative_formula = "f'(z) = 1.0507 if z > 0, 1.0507·1.6733·e^z otherwise"

    def f(self, z: Array) -> Array:
        neg = _SELU_ALPHA * np.expm1(np.minimum(z, 0.0))
        return _SELU_SCALE * np.where(z > 0, z, neg)

    def derivative(self, z: Array, a: Array) -> Array:
        return np.where(z > 0, _SELU_SCALE, a + _SELU_SCALE * _SELU_ALPHA)


class GELU(Activation):
    """Tanh approximation (Hendrycks & Gimpel): 0.5·z·(1 + tanh(√(2/π)(z + 0.044715 z³)))."""

    name, output_range, zero_centred = "gelu", "(≈−0.17, ∞)", False
    bounds, max_derivative, monotonic = (-0.17, math.inf), 1.129, False  # f' peaks at z ≈ 1.5
    formula = "f(z) = 0.5·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))"
    derivative_formula = "f'(z) = 0.5(1 + t) + 0.5·z·(1 − t²)·√(2/π)(1 + 0.134145 z²)"

    def f(self, z: Array) -> Array:
        return 0.5 * z * (1.0 + np.tanh(_SQRT_2_OVER_PI * (z + 0.044715 * z**3)))

    def derivative(self, z: Array, a: Array) -> Array:
        t = np.tanh(_SQRT_2_OVER_PI * (z + 0.044715 * z**3))
        dt = (1.0 - t * t) * _SQRT_2_OVER_PI * (1.0 + 3 * 0.044715 * z * z)
        return 0.5 * (1.0 + t) + 0.5 * z * dt


class SiLU(Activation):
    """f(z) = z·sigmoid(z) (also called swish); f' = s + z·s(1 − s)."""

    name, output_range, zero_centred = "silu", "(≈−0.28, ∞)", False
    bounds, max_derivative, monotonic = (-0.28, math.inf), 1.0998, False  # f' peaks at z ≈ 2.4
    aliases = ("swish",)
    formula, derivative_formula = "f(z) = z·σ(z)", "f'(z) = σ(z)·(1 + z·(1 − σ(z)))"

    def f(self, z: Array) -> Array:
        return z * _sigmoid(z)

    def derivative(self, z: Array, a: Array) -> Array:
        s = _sigmoid(z)
        return s * (1.0 + z * (1.0 - s))


class Softplus(Activation):
    """f(z) = log(1 + e^z), a smooth ReLU; f' = sigmoid(z)."""

    name, output_range, zero_centred, bounds = "softplus", "(0, ∞)", False, (0.0, math.inf)
    formula, derivative_formula = "f(z) = ln(1 + e^z)", "f'(z) = σ(z)"

    def f(self, z: Array) -> Array:
        return _softplus(z)

    def derivative(self, z: Array, a: Array) -> Array:
        return _sigmoid(z)


class Softsign(Activation):
    """f(z) = z / (1 + |z|); f' = 1 / (1 + |z|)²."""

    name, output_range, bounds, saturating = "softsign", "(−1, 1)", (-1.0, 1.0), True
    formula, derivative_formula = "f(z) = z / (1 + |z|)", "f'(z) = 1 / (1 + |z|)²"
    notable = ((0.0, 1.0, "max f' = 1"),)

    def f(self, z: Array) -> Array:
        return z / (1.0 + np.abs(z))

    def derivative(self, z: Array, a: Array) -> Array:
        d = 1.0 + np.abs(z)
        return 1.0 / (d * d)


class HardSigmoid(Activation):
    """Keras 3 form: f(z) = clip(z/6 + 1/2, 0, 1); f' = 1/6 inside (−3, 3), else 0."""

    name, output_range, zero_centred = "hard_sigmoid", "[0, 1]", False
    bounds, saturating, max_derivative = (0.0, 1.0), True, 1.0 / 6.0
    formula, derivative_formula = (
        "f(z) = clip(z/6 + 0.5, 0, 1)",
        "f'(z) = 1/6 if −3 < z < 3, else 0",
    )

    def f(self, z: Array) -> Array:
        return np.clip(z / 6.0 + 0.5, 0.0, 1.0)

    def derivative(self, z: Array, a: Array) -> Array:
        return np.where(np.abs(z) < 3.0, 1.0 / 6.0, 0.0)


class Mish(Activation):
    """f(z) = z·tanh(softplus(z)) (Misra 2019)."""

    name, output_range, zero_centred = "mish", "(≈−0.31, ∞)", False
    bounds, max_derivative, monotonic = (-0.31, math.inf), 1.0885, False  # f' peaks at z ≈ 1.9
    formula = "f(z) = z·tanh(ln(1 + e^z))"
    derivative_formula = "f'(z) = tanh(sp) + z·σ(z)·(1 − tanh²(sp)), sp = ln(1 + e^z)"

    def f(self, z: Array) -> Array:
        return z * np.tanh(_softplus(z))

    def derivative(self, z: Array, a: Array) -> Array:
        t = np.tanh(_softplus(z))
        return t + z * _sigmoid(z) * (1.0 - t * t)


class Gaussian(Activation):
    """f(z) = e^(−z²); f' = −2z·f. A bump, as in TensorFlow Playground's users' requests."""

    name, output_range, zero_centred = "gaussian", "(0, 1]", False
    # |f'| peaks at z = ±1/√2 and vanishes for large |z|.
    bounds, saturating, max_derivative, monotonic = (0.0, 1.0), True, math.sqrt(2 / math.e), False
    formula, derivative_formula = "f(z) = e^(−z²)", "f'(z) = −2z·e^(−z²)"

    def f(self, z: Array) -> Array:
        return np.exp(-z * z)

    def derivative(self, z: Array, a: Array) -> Array:
        return -2.0 * z * a


class Sine(Activation):
    """f(z) = sin z; f' = cos z."""

    name, output_range, bounds, monotonic, periodic = "sine", "[−1, 1]", (-1.0, 1.0), False, True
    formula, derivative_formula = "f(z) = sin(z)", "f'(z) = cos(z)"

    def f(self, z: Array) -> Array:
        return np.sin(z)

    def derivative(self, z: Array, a: Array) -> Array:
        return np.cos(z)


class Softmax(Activation):
    """f(z)_k = e^(z_k − max z) / Σ_j e^(z_j − max z), across the units of each sample.

    Not elementwise: backward applies the Jacobian, dz = a·(da − Σ_k da_k a_k). With
    categorical cross-entropy the loss fuses both into the stable (a − y) / n.
    """

    name, output_range, zero_centred, elementwise = "softmax", "(0, 1), sums to 1", False, False
    bounds, output_only, max_derivative = (0.0, 1.0), True, 0.25  # diagonal f_k(1 − f_k)
    formula = "f(z)_k = e^(z_k) / Σ_j e^(z_j)"
    derivative_formula = "∂f_k/∂z_j = f_k·(δ_kj − f_j)"

    def f(self, z: Array) -> Array:
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def derivative(self, z: Array, a: Array) -> Array:
        """Diagonal of the Jacobian, f_k(1 − f_k): what a per-unit plot can show."""
        return a * (1.0 - a)

    def backward(self, da: Array, z: Array, a: Array) -> Array:
        return a * (da - (da * a).sum(axis=-1, keepdims=True))


REGISTRY: Registry[Activation] = Registry("activation")


def register(cls: type[Activation]) -> type[Activation]:
    """Add activation class ``cls`` under ``cls.name``: its metadata is all the app needs."""
    REGISTRY.register(
        cls.name, cls, cls.param_specs, (cls.__doc__ or "").split("\n")[0], cls.aliases
    )
    return cls


for _cls in (
    Linear,
    Sigmoid,
    Tanh,
    ReLU,
    LeakyReLU,
    ELU,
    SELU,
    GELU,
    SiLU,
    Softplus,
    Softsign,
    HardSigmoid,
    Mish,
    Gaussian,
    Sine,
    Softmax,
):
    register(_cls)


def defaults(name: str) -> Activation:
    """Activation ``name`` with its default parameters: what a question about the kind
    (is it output-only? does it saturate?) is asked of."""
    return REGISTRY.get(name)


def hidden_names() -> list[str]:
    """Activations a hidden layer may use (every one that is not output-only)."""
    return [n for n in REGISTRY.names() if not defaults(n).output_only]


def get(name: str, **params: float) -> Activation:
    """Build the activation ``name`` (Keras name or alias) with ``params``."""
    return REGISTRY.get(name, **params)


def names() -> list[str]:
    return REGISTRY.names()
