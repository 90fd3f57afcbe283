"""Neuron maps on the boundary plot: hover shows a neuron's output over the input plane,
a click pins it (it then follows training) until a second click releases it."""

from __future__ import annotations

from nnplayground.engine.network import Network

NEURON_RESOLUTION = 64


class NeuronMapMixin:
    """For MainWindow: needs ``boundary_plot``, ``activation_plot``, ``_experiment`` and
    ``_last_view`` (the last ViewSnapshot)."""

    def _init_neuron_map(self) -> None:
        self._probe: Network | None = None  # a copy network: the live one may be training
        self._pinned: tuple[int, int] | None = None  # neuron whose map stays on screen

    _hovering = False

    def _on_neuron_hovered(self, layer: int, unit: int) -> None:
        """Hovering shows a neuron's map; leaving goes back to the pinned one, if any."""
        self._hovering = layer >= 0
        if self._hovering:
            self._show_neuron(layer, unit)
        elif self._pinned is not None:
            self._show_neuron(*self._pinned)
        else:
            self.boundary_plot.show_neuron(None)

    def _on_neuron_clicked(self, layer: int, unit: int) -> None:
        """A click pins the neuron's map (it stays and follows training); a second click on
        the same neuron releases it. The activation plot shows the neuron's layer."""
        self.activation_plot.set_layer(layer)
        if self._pinned == (layer, unit):
            self._pinned = None
            self.boundary_plot.show_neuron(None)
        else:
            self._pinned = (layer, unit)
            self._show_neuron(layer, unit)

    def _show_neuron(self, layer: int, unit: int) -> None:
        """One neuron's output over the plane, from the last snapshot's weights (a copy
        network: the live one may be training)."""
        view = self._last_view
        if view is None:
            return
        from nnplayground.engine import grid

        net = self._experiment.network
        if self._probe is None or self._probe.sizes != net.sizes:
            self._probe = Network(net.sizes, [lyr.activation for lyr in net.layers])
        try:
            self._probe.set_weights(view.weights)
            data = self._experiment.dataset
            values = grid.neuron_grid(
                self._probe, data.features, data.bounds, layer, unit, NEURON_RESOLUTION
            )
        except ValueError:
            return
        label = self.tr("Layer %1, neuron %2").replace("%1", str(layer + 1))
        label = label.replace("%2", str(unit + 1))
        if self._pinned == (layer, unit):
            label += " " + self.tr("(pinned: click it again to release)")
        self.boundary_plot.show_neuron(values, label)
