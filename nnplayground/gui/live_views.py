"""What the views show of the document: the binding between the document's signals and
the plots, readouts and panels that draw a run. It computes nothing: the engine builds
and trains, the worker makes snapshots, the widgets draw them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from nnplayground.gui.document import Document
from nnplayground.gui.messages import localized
from nnplayground.gui.neuron_map import NeuronMap
from nnplayground.gui.prompts import Prompts
from nnplayground.gui.worker import make_view


@dataclass(frozen=True)
class Views:
    """The widgets that draw a run (each draws; none knows the others)."""

    architecture_panel: object
    data_panel: object
    training_panel: object
    loss_plot: object
    activation_plot: object
    boundary_plot: object
    diagnostics_panel: object
    lessons_panel: object
    network_view: object
    status_label: object


class LiveViews(QObject):
    """Keeps ``views`` showing ``document``: rebuilt on a new network or data, updated
    in place from training snapshots."""

    def __init__(self, document: Document, views: Views, prompts: Prompts) -> None:
        super().__init__(document)
        self.document = document
        self.v = views
        self.prompts = prompts
        self.last_view = None
        self._last_row = None
        #: A past epoch is shown (the timeline scrubber): live pictures wait in _held.
        self.scrubbed = False
        self._held = None
        self.neuron_map = NeuronMap(
            document, views.network_view, views.boundary_plot, views.activation_plot
        )
        doc = document
        doc.data_changed.connect(self._on_data)
        doc.structure_changed.connect(self._on_structure)
        doc.weights_changed.connect(self._on_weights)
        doc.refused.connect(self._on_refused)
        doc.readout_changed.connect(self._on_readout)
        doc.progress.connect(self._on_progress)
        doc.views.connect(self._on_views)
        doc.state_changed.connect(self._on_state)
        doc.diverged.connect(self._on_diverged)
        doc.failed.connect(self._on_failed)
        doc.finished.connect(self._on_finished)

    # ------------------------------------------------------------ the document changed
    def _on_data(self, dataset) -> None:
        self.v.data_panel.set_dataset(dataset)
        self.v.boundary_plot.set_dataset(dataset)

    def _on_structure(self, cfg) -> None:
        data = self.document.experiment.dataset
        self.v.network_view.set_network(cfg, data.features, data.bounds)
        self.v.activation_plot.set_layers(cfg)

    def _on_weights(self) -> None:
        """A new experiment: clear the run's traces and draw its starting point."""
        v, experiment = self.v, self.document.experiment
        self._last_row = None
        self.scrubbed, self._held = False, None
        v.loss_plot.reset()
        v.diagnostics_panel.reset()
        v.training_panel.clear_message()
        history = experiment.trainer.history
        if len(history):
            v.loss_plot.append(1, history.slice(0))
            self._last_row = history.slice(len(history) - 1)[0]
        self._show_readouts(experiment.trainer.epoch, 0.0)
        self.show_view(make_view(experiment, self.document.controller.run_id))
        self._on_state(self.document.controller.state)

    def _on_readout(self, row) -> None:
        """A weight edited by hand: show the losses of the edited network."""
        self._last_row = row
        self._show_readouts(self.document.experiment.trainer.epoch, 0.0)

    def _on_refused(self, message: str) -> None:
        self.prompts.status(self.tr("Not applied: %1").replace("%1", message), 10000)

    # ------------------------------------------------------------ training
    def _on_progress(self, snap) -> None:
        if snap.run_id != self.document.controller.run_id:
            return
        if len(snap.rows):
            self.v.loss_plot.append(snap.first_epoch, snap.rows)
            self._last_row = snap.rows[-1]
        self._show_readouts(snap.epoch, snap.epochs_per_second)

    def _show_readouts(self, epoch: int, rate: float) -> None:
        row = self._last_row
        if row is None:
            self.v.training_panel.set_progress(epoch, rate, None, None, None, None)
        else:
            self.v.training_panel.set_progress(epoch, rate, *(float(x) for x in row))

    def _on_views(self, view) -> None:
        if view.run_id != self.document.controller.run_id:
            return
        if self.scrubbed:
            self._held = view  # shown when the learner goes back to the present
        else:
            self.show_view(view)

    def show_past(self, view) -> None:
        """Show a past epoch's ``view``; live pictures wait until :meth:`show_live`."""
        self.scrubbed = True
        self.show_view(view)

    def show_live(self) -> None:
        """Back to the present: the latest live picture, or a fresh one."""
        self.scrubbed = False
        view, self._held = self._held, None
        if view is not None and view.run_id == self.document.controller.run_id:
            self.show_view(view)
        else:
            self.document.refresh_views()

    def show_view(self, view) -> None:
        v = self.v
        self.last_view = view
        if view.grid is not None:
            v.boundary_plot.update_grid(view.grid)
        v.network_view.update_view(view)
        v.activation_plot.update_view(view)
        v.diagnostics_panel.update_view(view)
        v.architecture_panel.set_layer_status([lv.stats for lv in view.layers])
        v.lessons_panel.update_view(view, self.document.config)
        self.neuron_map.show_view(view)

    def _on_state(self, state: str) -> None:
        self.v.training_panel.set_running(state == "running")
        texts = {"idle": self.tr("Idle"), "running": self.tr("Training"),
                 "paused": self.tr("Paused")}  # fmt: skip
        self.v.status_label.setText(texts.get(state, state))

    def _on_diverged(self, message) -> None:
        """``message``: the Divergence's Message (epoch and what blew up), localized."""
        text = localized(message)
        self.v.training_panel.show_message(text, "error")
        self.prompts.status(text, 15000)
        # A blow-up spans hundreds of decades: only a log axis keeps the curve readable.
        self.v.loss_plot.set_log_scale(True)

    def _on_failed(self, message: str) -> None:
        text = self.tr("Training stopped by an error: %1").replace("%1", message)
        self.v.training_panel.show_message(text, "error")
        self.prompts.status(text, 15000)

    def _on_finished(self, result) -> None:
        texts = {
            "epochs": self.tr("Stopped at the epoch limit (%1); raise it in Training to go on."),
            "target_loss": self.tr("Reached the target loss at epoch %1."),
            "patience": self.tr("Stopped at epoch %1: the test loss stopped improving."),
        }
        if result.reason in texts:
            cfg = self.document.config
            value = cfg.training.epochs if result.reason == "epochs" else result.epochs
            text = texts[result.reason].replace("%1", str(value))
            self.v.training_panel.show_message(text, "info")
            self.prompts.status(text, 10000)
