"""TrainingWorker run synchronously (no thread): what it emits and when."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from nnplayground.gui import worker as worker_mod
from nnplayground.gui.snapshot import ProgressSnapshot, ViewSnapshot
from nnplayground.gui.worker import TrainingWorker


class Recorder:
    """Collects everything a worker emits (direct connections: same thread)."""

    def __init__(self, worker: TrainingWorker) -> None:
        self.progress: list[ProgressSnapshot] = []
        self.views: list[ViewSnapshot] = []
        self.diverged: list[str] = []
        self.failed: list[str] = []
        self.finished: list[object] = []
        worker.progress.connect(self.progress.append)
        worker.views.connect(self.views.append)
        worker.diverged.connect(lambda _id, msg: self.diverged.append(msg))
        worker.failed.connect(lambda _id, msg: self.failed.append(msg))
        worker.finished.connect(lambda _id, result: self.finished.append(result))


def run_worker(experiment, **kwargs) -> Recorder:
    worker = TrainingWorker(experiment, run_id=7, **kwargs)
    rec = Recorder(worker)
    worker.run()
    return rec


def test_progress_chunks_carry_every_epoch_exactly_once(make_experiment):
    exp = make_experiment(epochs=120)
    rec = run_worker(exp)
    rows = np.concatenate([s.rows for s in rec.progress])
    assert rows.shape == (120, 4)
    np.testing.assert_array_equal(rows[:, 0], exp.trainer.history.train_loss)
    firsts = [s.first_epoch for s in rec.progress]
    sizes = [len(s.rows) for s in rec.progress]
    assert firsts == list(np.cumsum([1, *sizes[:-1]]))
    assert all(s.run_id == 7 for s in rec.progress + rec.views)


def test_run_ending_on_epoch_limit_sends_final_snapshots_then_finished(make_experiment):
    rec = run_worker(make_experiment(epochs=15))
    assert rec.finished[0].reason == "epochs"
    assert rec.progress[-1].epoch == 15 and rec.progress[-1].running is False
    assert rec.progress[-1].epochs_per_second > 0.0  # the speed it reached, not 0
    assert rec.views[-1].epoch == 15


def test_snapshots_are_throttled_well_below_the_epoch_rate(make_experiment, monkeypatch):
    monkeypatch.setattr(worker_mod, "VIEW_INTERVAL", 10.0)
    monkeypatch.setattr(worker_mod, "PROGRESS_INTERVAL", 10.0)
    rec = run_worker(make_experiment(epochs=60))
    # the first epoch's snapshot, then only the final one
    assert len(rec.progress) == 2 and len(rec.views) == 2
    assert sum(len(s.rows) for s in rec.progress) == 60


def test_view_snapshot_holds_copies_of_the_weights(make_experiment):
    exp = make_experiment(epochs=3)
    rec = run_worker(exp)
    view = rec.views[-1]
    for (W, b), layer in zip(view.weights, exp.network.layers):
        np.testing.assert_array_equal(W, layer.W)
        assert not np.shares_memory(W, exp.network.flat_params)
        assert not np.shares_memory(b, exp.network.flat_params)


def test_view_snapshot_has_a_coarse_grid_and_one_layer_view_per_layer(make_experiment):
    exp = make_experiment(epochs=2)
    view = run_worker(exp).views[-1]
    assert view.grid.values.shape == (worker_mod.GRID_RESOLUTION,) * 2
    assert len(view.layers) == len(exp.network.layers)
    first = view.layers[0]
    assert first.activation == exp.network.layers[0].activation.name
    probe = min(worker_mod.PROBE_ROWS, len(exp.trainer.X_train))
    assert first.z_sample.shape == (probe * exp.network.layers[0].units,)
    assert first.stats.units == exp.network.layers[0].units


def test_z_sample_is_capped(make_experiment, monkeypatch):
    monkeypatch.setattr(worker_mod, "Z_SAMPLE_MAX", 100)
    view = run_worker(make_experiment(epochs=1)).views[-1]
    assert all(layer.z_sample.size <= 100 for layer in view.layers)


def test_live_settings_set_before_the_run_are_used(make_experiment):
    exp = make_experiment(epochs=2)
    worker = TrainingWorker(exp, run_id=1)
    worker.set_live_settings(dataclasses.replace(exp.trainer.live, learning_rate=0.25))
    rec = Recorder(worker)
    worker.run()
    assert exp.trainer.learning_rate == 0.25
    assert rec.progress[-1].learning_rate == 0.25


def test_divergence_is_reported_with_its_epoch_and_weights_stay_finite(make_experiment):
    exp = make_experiment("plane", learning_rate=100.0, epochs=0)
    rec = run_worker(exp)
    assert rec.finished[0].reason == "diverged"
    assert len(rec.diverged) == 1
    epoch = exp.trainer.divergence.epoch
    assert f"epoch {epoch}" in rec.diverged[0]
    assert exp.network.all_finite()
    assert all(np.isfinite(W).all() for W, _ in rec.views[-1].weights)


def test_an_exception_in_training_becomes_failed_not_a_crash(make_experiment):
    exp = make_experiment(epochs=0)

    def broken(x, y) -> None:
        raise RuntimeError("matrix on fire")

    exp.trainer.train_step = broken
    rec = run_worker(exp)
    assert rec.failed == ["RuntimeError: matrix on fire"]
    assert rec.finished[0].reason == "failed"


def test_a_stop_requested_before_running_trains_nothing(make_experiment):
    exp = make_experiment(epochs=0)
    worker = TrainingWorker(exp, run_id=1)
    worker.request_stop()
    rec = Recorder(worker)
    worker.run()
    assert exp.trainer.epoch == 0
    assert rec.finished[0].reason == "stopped"
    assert rec.progress[-1].rows.shape == (0, 4)


@pytest.mark.parametrize("preset", ["blobs", "sine"])
def test_views_work_for_multiclass_and_regression(make_experiment, preset):
    exp = make_experiment(preset, epochs=1)
    view = run_worker(exp).views[-1]
    assert view.grid is not None and np.isfinite(view.grid.values).all()


def test_views_of_the_largest_networks_are_coarser_so_the_loop_answers_soon():
    full = (worker_mod.GRID_RESOLUTION, worker_mod.PROBE_ROWS)
    assert worker_mod.view_detail(500) == full  # every bundled preset: full detail
    n = 2 * 256 + 15 * 256 * 257 + 257  # 16 hidden layers of 256 units
    resolution, probe = worker_mod.view_detail(n)
    assert resolution < full[0] and probe < full[1]
    # one forward pass per grid point, three per probe row, within the budget
    assert (resolution**2 + 3 * probe) * n <= worker_mod.VIEW_WORK
