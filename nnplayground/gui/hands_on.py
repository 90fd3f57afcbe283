"""Hands on the weights: a click on a link (weight) or a neuron (bias) in the network
view selects that parameter for the weight editor, the loss landscape's 1-D slice and
the contribution overlay on the boundary plot. It computes nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject

from nnplayground.engine.landscape import param_index
from nnplayground.gui.document import Document


class HandsOn(QObject):
    """Routes a selected parameter to the views that show or edit it."""

    def __init__(self, document: Document, network_view, weight_editor, landscape_panel,
                 data_editor, reveal=None) -> None:  # fmt: skip
        super().__init__(document)
        self.document = document
        self.weight_editor, self.landscape = weight_editor, landscape_panel
        self.data_editor, self._reveal = data_editor, reveal
        network_view.link_clicked.connect(self.select_weight)
        network_view.neuron_clicked.connect(self.select_bias)
        # A parameter picked in the landscape panel is edited and overlaid too.
        landscape_panel.parameter_selected.connect(self._follow)

    def select_weight(self, layer: int, row: int, col: int) -> None:
        self.select(param_index(self.document.experiment.network, layer, "kernel", row, col))

    def select_bias(self, layer: int, unit: int) -> None:
        self.select(param_index(self.document.experiment.network, layer, "bias", 0, unit))

    def select(self, index: int) -> None:
        """Edit, slice and overlay flat parameter ``index`` (the landscape panel says
        which one it selected, and the others follow)."""
        self.landscape.select_parameter(index)
        if self._reveal is not None:
            self._reveal()

    def _follow(self, index: int) -> None:
        self.weight_editor.select(index)
        self.data_editor.show_contributions_for(index)
