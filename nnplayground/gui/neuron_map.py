"""Neuron maps on the boundary plot: hover shows a neuron's output over the input plane,
a click pins it (it then follows training) until a second click releases it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from nnplayground.engine.network import Network
from nnplayground.gui.document import Document

NEURON_RESOLUTION = 64


class NeuronMap(QObject):
    """Drives ``boundary_plot.show_neuron`` from the network view's hover and clicks.

    ``show_view(view)`` is called with each ViewSnapshot shown, so a pinned neuron's map
    follows training; the maps are drawn from the snapshot's weights on a copy network
    (the live one may be training).
    """

    def __init__(self, document: Document, network_view, boundary_plot, activation_plot):
        super().__init__(document)
        self.document = document
        self._boundary, self._activation = boundary_plot, activation_plot
        self._probe: Network | None = None
        self._pinned: tuple[int, int] | None = None
        self._hovering = False
        self._last_view = None
        network_view.neuron_hovered.connect(self._on_hovered)
        network_view.neuron_clicked.connect(self._on_clicked)
        document.weights_changed.connect(self._forget)

    @property
    def pinned(self) -> tuple[int, int] | None:
        return self._pinned

    def show_view(self, view) -> None:
        self._last_view = view
        if self._pinned is not None and not self._hovering:
            self._show(*self._pinned)

    def _forget(self) -> None:
        self._probe, self._pinned, self._hovering = None, None, False
        self._boundary.show_neuron(None)

    def _on_hovered(self, layer: int, unit: int) -> None:
        """Hovering shows a neuron's map; leaving goes back to the pinned one, if any."""
        self._hovering = layer >= 0
        if self._hovering:
            self._show(layer, unit)
        elif self._pinned is not None:
            self._show(*self._pinned)
        else:
            self._boundary.show_neuron(None)

    def _on_clicked(self, layer: int, unit: int) -> None:
        """A click pins the neuron's map; a second click on it releases it. The
        activation plot shows the neuron's layer."""
        self._activation.set_layer(layer)
        if self._pinned == (layer, unit):
            self._pinned = None
            self._boundary.show_neuron(None)
        else:
            self._pinned = (layer, unit)
            self._show(layer, unit)

    def _show(self, layer: int, unit: int) -> None:
        view = self._last_view
        if view is None:
            return
        from nnplayground.engine import grid

        experiment = self.document.experiment
        net = experiment.network
        if self._probe is None or self._probe.sizes != net.sizes:
            self._probe = Network(net.sizes, [lyr.activation for lyr in net.layers])
        try:
            self._probe.set_weights(view.weights)
            data = experiment.dataset
            values = grid.neuron_grid(
                self._probe, data.features, data.bounds, layer, unit, NEURON_RESOLUTION
            )
        except ValueError:
            return
        label = self.tr("Layer %1, neuron %2").replace("%1", str(layer + 1))
        label = label.replace("%2", str(unit + 1))
        if self._pinned == (layer, unit):
            label += " " + self.tr("(pinned: click it again to release)")
        self._boundary.show_neuron(values, label)
