"""The timeline keeps snapshots under its budget; a fork without change replays the run."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from nnplayground.engine.build import Experiment
from nnplayground.engine.config import Component, ExperimentConfig, LayerConfig, NetworkConfig
from nnplayground.engine.fork import Change, Run, config_changes
from nnplayground.engine.timeline import Snapshot, Timeline


def _cfg(optimizer: str = "adam", **params) -> ExperimentConfig:
    cfg = ExperimentConfig(network=NetworkConfig(hidden=(LayerConfig(6), LayerConfig(4))))
    cfg = cfg.replace(
        training=replace(cfg.training, optimizer=Component(optimizer, params), epochs=0)
    )
    return cfg.replace(data=replace(cfg.data, n_points=120))


def _fake(epoch: int, n: int = 10) -> Snapshot:
    return Snapshot(epoch, np.zeros(n), (), 0, {}, epoch, 0, 0.0, 0, 0.1, (1, n - 1))


def test_every_epoch_is_kept_while_the_budget_allows():
    tl = Timeline(budget=10**6)
    for e in range(100):
        tl.add(_fake(e))
    assert tl.epochs == list(range(100))


def test_thinning_stays_under_the_budget_and_keeps_early_epochs_dense():
    size = _fake(0).nbytes
    tl = Timeline(budget=size * 64)  # room for 64 snapshots
    for e in range(200_000):
        if tl.due(e):
            tl.add(_fake(e))
    assert len(tl) <= 64 and tl.nbytes <= size * 64
    epochs = tl.epochs
    assert epochs[:3] == [0, 1, 2] and epochs[-1] >= 150_000
    gaps = np.diff(epochs)
    assert gaps[-1] > 100 * gaps[0]  # log-spaced: later gaps far wider


def test_snapshot_at_returns_the_nearest_at_or_before():
    tl = Timeline()
    for e in (0, 1, 2, 4, 8):
        tl.add(_fake(e))
    assert [tl.snapshot_at(e).epoch for e in (0, 3, 4, 7, 100)] == [0, 2, 4, 4, 8]


@pytest.mark.parametrize(
    "optimizer,params", [("adam", {}), ("sgd", {"momentum": 0.9}), ("rmsprop", {})]
)
def test_a_fork_without_change_reproduces_the_run_bit_for_bit(optimizer, params):
    run = Run.from_config(_cfg(optimizer, **params))
    run.main.train(40)
    original = run.main.history.slice(0)
    weights = run.main.experiment.network.flat_params.copy()
    fork = run.fork(17)
    assert fork.parent_epoch == 17 and fork.changes == ()
    assert len(fork.history) == 17
    fork.train(23)
    assert np.array_equal(fork.experiment.network.flat_params, weights)
    assert np.array_equal(fork.history.slice(0), original)


def test_a_fork_from_the_start_reproduces_the_run():
    run = Run.from_config(_cfg("sgd"))
    run.main.train(10)
    fork = run.fork(0)
    fork.train(10)
    assert np.array_equal(fork.history.slice(0), run.main.history.slice(0))


def test_a_fork_records_what_it_changed_and_starts_a_new_optimizer():
    cfg = _cfg("adam")
    run = Run.from_config(cfg)
    run.main.train(12)
    hidden = (replace(cfg.network.hidden[0], activation=Component("relu")), cfg.network.hidden[1])
    changed = cfg.replace(
        network=replace(cfg.network, hidden=hidden),
        training=replace(cfg.training, optimizer=Component("sgd"), learning_rate=0.1),
    )
    fork = run.fork(10, changed)
    assert fork.changes == (
        Change("network.hidden[0].activation", {"name": "tanh"}, {"name": "relu"}),
        Change("training.optimizer", {"name": "adam"}, {"name": "sgd"}),
        Change("training.learning_rate", 0.03, 0.1),
    )
    snap = run.main.timeline.snapshot_at(10)
    assert np.array_equal(fork.experiment.network.flat_params, snap.params)
    assert fork.trainer.optimizer.iterations == 0 and fork.trainer.learning_rate == 0.1
    fork.train(5)
    assert len(fork.history) == 15


def test_a_wider_layer_keeps_the_weights_of_the_unchanged_layers():
    cfg = _cfg("sgd")
    run = Run.from_config(cfg)
    run.main.train(5)
    hidden = (cfg.network.hidden[0], replace(cfg.network.hidden[1], units=7))
    fork = run.fork(5, cfg.replace(network=replace(cfg.network, hidden=hidden)))
    first = run.main.timeline.snapshot_at(5).weights()[0]
    assert np.array_equal(fork.experiment.network.layers[0].W, first[0])
    assert fork.experiment.network.layers[1].W.shape == (6, 7)


def test_keep_drop_and_promote():
    run = Run.from_config(_cfg("sgd"))
    run.main.train(4)
    a = run.fork(2, name="a")
    b = run.fork(
        3, run.main.config.replace(training=replace(run.main.config.training, learning_rate=0.3))
    )
    run.keep(a)
    assert a.kept
    run.drop(a)
    assert run.forks == [b]
    old = run.main
    run.promote(b)
    assert run.main is b and run.forks == [old]
    assert old.changes == (Change("training.learning_rate", 0.3, 0.03),)


def test_config_changes_ignores_the_title():
    cfg = _cfg()
    assert config_changes(cfg, cfg.replace(title="other")) == []


def test_recording_does_not_touch_training():
    plain = Experiment.from_config(_cfg())
    plain.trainer.run(15)
    run = Run.from_config(_cfg())
    run.main.train(15)
    assert np.array_equal(plain.network.flat_params, run.main.experiment.network.flat_params)
    assert run.main.timeline.snapshot_at(15).stats is not None


def test_looking_at_the_past_leaves_the_present_alone():
    run = Run.from_config(_cfg())
    run.main.train(10)
    now = run.main.experiment.network.flat_params.copy()
    past = run.main.at(4)
    assert past.trainer.epoch == 4 and len(past.trainer.history) == 4
    assert np.array_equal(past.network.flat_params, run.main.timeline.snapshot_at(4).params)
    past.trainer.run(3)
    assert np.array_equal(run.main.experiment.network.flat_params, now)
    assert run.main.trainer.epoch == 10


def test_truncated_keeps_the_snapshots_up_to_an_epoch():
    tl = Timeline()
    for e in (0, 1, 2, 4, 8):
        tl.add(_fake(e))
    assert tl.truncated(4).epochs == [0, 1, 2, 4] and tl.epochs == [0, 1, 2, 4, 8]


def test_scrubbing_from_another_thread_while_recording_never_fails():
    import threading

    tl = Timeline(budget=_fake(0).nbytes * 32)
    tl.add(_fake(0))
    done = threading.Event()
    errors = []

    def scrub() -> None:
        while not done.is_set():
            try:
                for e in tl.epochs[::7]:
                    assert tl.snapshot_at(e).epoch <= e
            except Exception as exc:  # pragma: no cover - the failure being tested
                errors.append(exc)

    reader = threading.Thread(target=scrub)
    reader.start()
    for e in range(1, 20_000):
        if tl.due(e):
            tl.add(_fake(e))
    done.set()
    reader.join()
    assert errors == []
