"""Loss functions: a number saying how far predictions are from targets.

Shapes: predictions ``a`` and targets ``y`` are (n_samples, n_outputs). Every loss is a
mean over samples. ``value(a, y)`` and ``grad(a, y)`` (= dL/da) work on outputs;
cross-entropies are *fused* with their output activation: ``value_from_logits(z, y)`` and
``grad_logits(z, a, y)`` (= dL/dz) never take the log of a rounded probability.
"""

from __future__ import annotations

import numpy as np

from nnplayground.engine.registry import Param, Registry
from nnplayground.messages import QT_TRANSLATE_NOOP, text

Array = np.ndarray


class Loss:
    name = ""
    formula = ""
    #: Output activation this loss is fused with (its gradient is taken w.r.t. logits).
    fused_activation: str | None = None

    def params(self) -> dict[str, float]:
        return {}

    def value(self, a: Array, y: Array) -> float:
        raise NotImplementedError

    def grad(self, a: Array, y: Array) -> Array:
        raise NotImplementedError

    def value_from_logits(self, z: Array, a: Array, y: Array) -> float:
        return self.value(a, y)

    def grad_logits(self, z: Array, a: Array, y: Array) -> Array:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.params()})"


class MeanSquaredError(Loss):
    """L = mean((a − y)²) over samples and outputs (Keras' definition)."""

    name, formula = "mean_squared_error", "L = mean((ŷ − y)²)"

    def value(self, a, y):
        d = a - y
        return float(np.mean(d * d))

    def grad(self, a, y):
        return (2.0 / a.size) * (a - y)


class MeanAbsoluteError(Loss):
    """L = mean(|a − y|); dL/da = sign(a − y) / size."""

    name, formula = "mean_absolute_error", "L = mean(|ŷ − y|)"

    def value(self, a, y):
        return float(np.mean(np.abs(a - y)))

    def grad(self, a, y):
        return np.sign(a - y) / a.size


class Huber(Loss):
    """L = mean(½e² if |e| ≤ δ else δ(|e| − ½δ)), e = a − y: quadratic near 0, linear far."""

    name = "huber"

    def __init__(self, delta: float = 1.0) -> None:
        self.delta = delta
        self.formula = f"L = mean(½e² if |e| ≤ {delta:g}, else {delta:g}·(|e| − {delta / 2:g}))"

    def params(self):
        return {"delta": self.delta}

    def value(self, a, y):
        e = np.abs(a - y)
        d = self.delta
        return float(np.mean(np.where(e <= d, 0.5 * e * e, d * (e - 0.5 * d))))

    def grad(self, a, y):
        e = a - y
        return np.clip(e, -self.delta, self.delta) / a.size


class BinaryCrossentropy(Loss):
    """L = −mean(y log p + (1 − y) log(1 − p)), p = sigmoid(z), from logits:
    L = mean(max(z, 0) − z·y + log(1 + e^−|z|)); dL/dz = (p − y) / n."""

    name, fused_activation = "binary_crossentropy", "sigmoid"
    formula = "L = −mean(y·ln ŷ + (1 − y)·ln(1 − ŷ))"

    def value_from_logits(self, z, a, y):
        return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))

    def grad_logits(self, z, a, y):
        return (a - y) / a.size

    def value(self, a, y):
        p = np.clip(a, 1e-15, 1.0 - 1e-15)
        return float(-np.mean(y * np.log(p) + (1.0 - y) * np.log1p(-p)))


class CategoricalCrossentropy(Loss):
    """L = −mean_n Σ_k y_k log softmax(z)_k, from logits with a log-sum-exp;
    dL/dz = (softmax(z) − y) / n."""

    name, fused_activation = "categorical_crossentropy", "softmax"
    formula = "L = −mean(Σ_k y_k·ln ŷ_k)"

    def value_from_logits(self, z, a, y):
        m = z.max(axis=1, keepdims=True)
        log_p = z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))
        return float(-np.sum(y * log_p) / z.shape[0])

    def grad_logits(self, z, a, y):
        return (a - y) / a.shape[0]

    def value(self, a, y):
        return float(-np.sum(y * np.log(np.clip(a, 1e-15, 1.0))) / a.shape[0])


REGISTRY: Registry[Loss] = Registry("loss")
REGISTRY.register(
    "mean_squared_error", MeanSquaredError, summary="Average squared distance.", aliases=("mse",)
)
REGISTRY.register(
    "mean_absolute_error", MeanAbsoluteError, summary="Average absolute distance.", aliases=("mae",)
)
REGISTRY.register(
    "huber",
    Huber,
    (Param("delta", 1.0, 1e-6, 100.0, "Where the loss turns from square to linear."),),
    "Squared for small errors, linear for large ones.",
)
REGISTRY.register(
    "binary_crossentropy", BinaryCrossentropy, summary="Two classes; pairs with a sigmoid output."
)
REGISTRY.register(
    "categorical_crossentropy",
    CategoricalCrossentropy,
    summary="Three or more classes; pairs with a softmax output.",
)

CLASSIFICATION_ONLY = frozenset({"binary_crossentropy", "categorical_crossentropy"})


PAIRING_REGRESSION = QT_TRANSLATE_NOOP(
    "messages",
    "{loss} compares class probabilities; a regression needs a distance such as "
    "mean_squared_error.",
)
PAIRING_MULTICLASS = QT_TRANSLATE_NOOP(
    "messages", "{n} classes need a softmax output with categorical_crossentropy."
)
PAIRING_SOFTMAX = QT_TRANSLATE_NOOP(
    "messages", "softmax needs three or more output units; use sigmoid for one output."
)
PAIRING_CATEGORICAL = QT_TRANSLATE_NOOP(
    "messages",
    "categorical_crossentropy needs three or more classes; use binary_crossentropy for two.",
)
PAIRING_BINARY = QT_TRANSLATE_NOOP(
    "messages",
    "binary_crossentropy reads the output as a probability, so it needs a sigmoid "
    "output, not {activation}.",
)


def check_pairing(task: str, n_classes: int, loss: str, output_activation: str) -> str | None:
    """Return a sentence explaining why this output/loss pair is invalid, or None if valid.

    The sentence is a :class:`~nnplayground.messages.Message` (a ``str``) so the GUI can
    translate it.
    """
    loss = REGISTRY.canonical(loss)
    if task == "regression" and loss in CLASSIFICATION_ONLY:
        return text(PAIRING_REGRESSION, loss=loss)
    if task == "classification" and n_classes > 2:
        if loss != "categorical_crossentropy" or output_activation != "softmax":
            return text(PAIRING_MULTICLASS, n=n_classes)
        return None
    if output_activation == "softmax":
        return text(PAIRING_SOFTMAX)
    if loss == "categorical_crossentropy":
        return text(PAIRING_CATEGORICAL)
    if loss == "binary_crossentropy" and output_activation != "sigmoid":
        return text(PAIRING_BINARY, activation=output_activation)
    return None


def valid_output_activations(
    task: str, n_classes: int, loss: str, candidates: list[str]
) -> list[str]:
    """The subset of ``candidates`` that :func:`check_pairing` accepts."""
    return [c for c in candidates if check_pairing(task, n_classes, loss, c) is None]


def get(name: str, **params: float) -> Loss:
    return REGISTRY.get(name, **params)


def names() -> list[str]:
    return REGISTRY.names()
