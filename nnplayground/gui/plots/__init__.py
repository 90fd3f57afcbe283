"""Live plots and the network view: pyqtgraph items created once, updated in place."""

from __future__ import annotations

import PySide6.QtCore  # noqa: F401  (bind pyqtgraph to PySide6 before it is imported)
