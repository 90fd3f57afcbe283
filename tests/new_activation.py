"""A made-up activation for tests that add one and look for it everywhere.

Importable from every test folder: tests/conftest.py puts this folder on sys.path.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator

import numpy as np

from nnplayground.engine import activations
from nnplayground.engine.activations import Activation


class Arctan(Activation):
    """f(z) = arctan z; f' = 1 / (1 + z²), at most 1 at z = 0."""

    name, formula, derivative_formula = "test_arctan", "f(z) = arctan(z)", "f'(z) = 1 / (1 + z²)"
    output_range, bounds, saturating = "(−π/2, π/2)", (-math.pi / 2, math.pi / 2), True

    def f(self, z):
        return np.arctan(z)

    def derivative(self, z, a):
        return 1.0 / (1.0 + z * z)


@contextlib.contextmanager
def registered(*classes: type[Activation]) -> Iterator[None]:
    """Register ``classes`` for the block, and remove them again whatever happens."""
    for cls in classes:
        activations.register(cls)
    try:
        yield
    finally:
        for cls in classes:
            activations.REGISTRY.unregister(cls.name)
    assert all(cls.name not in activations.REGISTRY for cls in classes)
