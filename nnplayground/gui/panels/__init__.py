"""Editing panels of the main window: architecture, data and training.

Each panel emits ``config_changed(ExperimentConfig)`` on user edits and exposes
``set_config(cfg)``, which updates its widgets without emitting.
"""

from __future__ import annotations

from nnplayground.gui.panels.architecture import ArchitecturePanel
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.layer_editor import LayerEditor

__all__ = ["ArchitecturePanel", "ComponentEditor", "LayerEditor"]
