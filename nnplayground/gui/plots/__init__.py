"""Live plots and the network view: pyqtgraph items created once, updated in place."""

from __future__ import annotations

import PySide6.QtCore  # noqa: F401  (bind pyqtgraph to PySide6 before it is imported)

from nnplayground.gui.plots.activation import ActivationPlot
from nnplayground.gui.plots.boundary import BoundaryPlot
from nnplayground.gui.plots.loss import LossPlot
from nnplayground.gui.plots.network_view import NetworkView

__all__ = ["ActivationPlot", "BoundaryPlot", "LossPlot", "NetworkView"]
