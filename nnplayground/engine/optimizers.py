"""Optimizers with Keras' update rules, updating parameter arrays in place.

``step(params, grads, learning_rate)`` takes the learning rate on every call, so it can
change between steps without resetting the optimizer's state (moments, velocities).
"""

from __future__ import annotations

import numpy as np

from nnplayground.engine.registry import Param, Registry

Array = np.ndarray


class Optimizer:
    name = ""
    formula = ""

    def __init__(self, **params: float | bool) -> None:
        self._params = dict(params)
        self._state: list[list[Array]] | None = None
        self.iterations = 0

    def params(self) -> dict[str, float | bool]:
        return dict(self._params)

    def reset(self) -> None:
        self._state, self.iterations = None, 0

    def _slots(self, params: list[Array], n: int, fill: float = 0.0) -> list[list[Array]]:
        """``n`` state arrays per parameter, made afresh when the parameters' shapes change
        (a layer resized keeps the same number of arrays but not their shapes)."""
        shapes = [p.shape for p in params]
        if self._state is None or [s.shape for s in self._state[0]] != shapes:
            self._state = [[np.full_like(p, fill) for p in params] for _ in range(n)]
        return self._state

    def step(self, params: list[Array], grads: list[Array], learning_rate: float) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{self.name}({self._params})"


class SGD(Optimizer):
    """v ← μv − η·g; w ← w + v (Nesterov: w ← w + μv − η·g). μ = 0 is plain w ← w − η·g."""

    name, formula = "sgd", "w ← w − η·g"

    def step(self, params, grads, learning_rate):
        self.iterations += 1
        momentum = self._params["momentum"]
        if momentum == 0.0:
            for p, g in zip(params, grads):
                p -= learning_rate * g
            return
        (velocity,) = self._slots(params, 1)
        nesterov = self._params["nesterov"]
        for p, g, v in zip(params, grads, velocity):
            v *= momentum
            v -= learning_rate * g
            if nesterov:
                p += momentum * v - learning_rate * g
            else:
                p += v


class RMSprop(Optimizer):
    """s ← ρs + (1 − ρ)g²; w ← w − η·g / √(s + ε) (Keras 3, without centring)."""

    name, formula = "rmsprop", "w ← w − η·g / √(E[g²] + ε)"

    def step(self, params, grads, learning_rate):
        self.iterations += 1
        rho, eps, momentum = self._params["rho"], self._params["epsilon"], self._params["momentum"]
        square, velocity = self._slots(params, 2)
        for p, g, s, v in zip(params, grads, square, velocity):
            s *= rho
            s += (1.0 - rho) * g * g
            update = learning_rate * g / np.sqrt(s + eps)
            if momentum > 0.0:
                v *= momentum
                v += update
                update = v
            p -= update


class Adam(Optimizer):
    """m ← β1·m + (1−β1)g; v ← β2·v + (1−β2)g²; w ← w − η·m̂ / (√v̂ + ε) with bias correction."""

    name, formula = "adam", "w ← w − η·m̂ / (√v̂ + ε)"

    def step(self, params, grads, learning_rate):
        self.iterations += 1
        b1, b2, eps = self._params["beta_1"], self._params["beta_2"], self._params["epsilon"]
        m_all, v_all = self._slots(params, 2)
        t = self.iterations
        # Keras folds both bias corrections into the step size.
        alpha = learning_rate * np.sqrt(1.0 - b2**t) / (1.0 - b1**t)
        for p, g, m, v in zip(params, grads, m_all, v_all):
            m += (1.0 - b1) * (g - m)
            v += (1.0 - b2) * (g * g - v)
            p -= alpha * m / (np.sqrt(v) + eps)


class Adagrad(Optimizer):
    """s ← s + g²; w ← w − η·g / √(s + ε), s starting at initial_accumulator_value (Keras 3)."""

    name, formula = "adagrad", "w ← w − η·g / √(Σg² + ε)"

    def step(self, params, grads, learning_rate):
        self.iterations += 1
        eps = self._params["epsilon"]
        (acc,) = self._slots(params, 1, self._params["initial_accumulator_value"])
        for p, g, s in zip(params, grads, acc):
            s += g * g
            p -= learning_rate * g / np.sqrt(s + eps)


# ε = 0 divides by zero as soon as a gradient is 0 (s = 0 or v = 0): refuse it.
_EPS = Param("epsilon", 1e-7, 0.0, 1.0, "Keeps the division finite.", minimum_exclusive=True)
REGISTRY: Registry[Optimizer] = Registry("optimizer")
REGISTRY.register(
    "sgd",
    SGD,
    (
        Param("momentum", 0.0, 0.0, 0.9999, "Fraction of the previous step kept (0 = plain SGD)."),
        Param("nesterov", False, kind="bool", help="Look ahead along the momentum."),
    ),
    "Stochastic gradient descent, optionally with momentum.",
)
REGISTRY.register(
    "rmsprop",
    RMSprop,
    (
        Param("rho", 0.9, 0.0, 0.9999, "Decay of the running mean of g²."),
        Param("momentum", 0.0, 0.0, 0.9999, "Momentum on the scaled step."),
        _EPS,
    ),
    "Divides each step by a running root-mean-square of recent gradients.",
)
REGISTRY.register(
    "adam",
    Adam,
    (
        Param("beta_1", 0.9, 0.0, 0.9999, "Decay of the mean of gradients."),
        Param("beta_2", 0.999, 0.0, 0.99999, "Decay of the mean of squared gradients."),
        _EPS,
    ),
    "Momentum plus per-weight step sizes, with bias correction.",
)
REGISTRY.register(
    "adagrad",
    Adagrad,
    (Param("initial_accumulator_value", 0.1, 0.0, 100.0, "Starting value of Σg²."), _EPS),
    "Per-weight step sizes that shrink as gradients accumulate.",
)


def get(name: str, **params: float | bool) -> Optimizer:
    return REGISTRY.get(name, **params)


def names() -> list[str]:
    return REGISTRY.names()
