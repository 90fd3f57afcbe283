"""Editing panels of the main window: architecture, data and training.

Each panel emits ``config_changed(ExperimentConfig)`` with a new full config on user
edits and exposes ``set_config(cfg)``, which updates its widgets without emitting.
"""

from __future__ import annotations

from nnplayground.gui.panels.architecture import ArchitecturePanel
from nnplayground.gui.panels.component_editor import ComponentEditor
from nnplayground.gui.panels.data import DataPanel
from nnplayground.gui.panels.layer_editor import LayerEditor
from nnplayground.gui.panels.training import TrainingPanel

__all__ = ["ArchitecturePanel", "ComponentEditor", "DataPanel", "LayerEditor", "TrainingPanel"]
