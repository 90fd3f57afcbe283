"""The one training loop and its control object, without Qt: pause, resume, steps, live
settings, stops inside an epoch, the speed limit, going on after a divergence."""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest

from nnplayground.engine.build import Experiment
from nnplayground.engine.config import (
    Component,
    DataConfig,
    ExperimentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from nnplayground.engine.control import LiveSettings, RunControl
from nnplayground.engine.training import Trainer, train

WAIT = 30.0  # seconds a test waits for the loop before failing (never reached when it works)


def experiment(n_points: int = 200, **training) -> Experiment:
    training.setdefault("epochs", 0)
    return Experiment.from_config(
        ExperimentConfig(
            data=DataConfig(dataset="circle", n_points=n_points),
            training=TrainingConfig(**training),
        )
    )


def big_experiment() -> Experiment:
    """16 hidden layers of 256 units, batch size 1, 5,000 training points: an epoch takes
    many seconds (the case where Save timed out and closing froze the window)."""
    return Experiment.from_config(
        ExperimentConfig(
            data=DataConfig(dataset="circle", n_points=10_000),
            network=NetworkConfig(hidden=tuple(LayerConfig(256) for _ in range(16))),
            training=TrainingConfig(batch_size=1, epochs=0),
        )
    )


class Runner:
    """train(trainer, control) in a thread of its own, as the GUI worker runs it."""

    def __init__(self, trainer: Trainer, control: RunControl, **kwargs) -> None:
        self.result = None
        self.thread = threading.Thread(target=self._run, args=(trainer, control), kwargs=kwargs)
        self.thread.start()

    def _run(self, trainer, control, **kwargs) -> None:
        self.result = train(trainer, control, **kwargs)
        control.finish()

    def join(self):
        self.thread.join(WAIT)
        assert not self.thread.is_alive()
        return self.result


def with_live(trainer: Trainer, **changes) -> None:
    trainer.live = dataclasses.replace(trainer.live, **changes)


def wait_until(condition, timeout: float = WAIT) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        assert time.perf_counter() < end, "timed out"
        time.sleep(0.001)


# ---------------------------------------------------------------- pause, resume, steps
def test_pause_parks_the_loop_and_resume_continues_it():
    trainer = experiment().trainer
    control = RunControl()
    runner = Runner(trainer, control)
    wait_until(lambda: trainer.epoch >= 3)
    control.request_pause()
    assert control.wait_idle(WAIT)
    epoch, steps = trainer.epoch, trainer.steps
    time.sleep(0.05)
    assert (trainer.epoch, trainer.steps) == (epoch, steps)
    control.request_resume()
    wait_until(lambda: trainer.epoch >= epoch + 3)
    control.request_stop()
    assert runner.join().reason == "stopped"


def test_step_trains_exactly_one_epoch_then_pauses():
    trainer = experiment().trainer
    control = RunControl(paused=True)
    runner = Runner(trainer, control)
    for expected in (1, 2):
        control.request_step()
        wait_until(lambda e=expected: control.wait_idle(0) and trainer.epoch == e)
        assert not trainer.in_epoch
        assert trainer.steps == expected * trainer.batches_per_epoch
    control.request_stop()
    runner.join()


def test_step_batch_trains_exactly_one_mini_batch_then_pauses():
    trainer = experiment().trainer
    control = RunControl(paused=True)
    runner = Runner(trainer, control)
    for expected in (1, 2, 3):
        control.request_step_batch()
        wait_until(lambda e=expected: control.wait_idle(0) and trainer.steps == e)
        time.sleep(0.02)
        assert trainer.steps == expected and trainer.batch_index == expected
        assert trainer.in_epoch and trainer.epoch == 0 and len(trainer.history) == 0
    # "Step" while paused mid-epoch finishes that epoch (it does not train a whole new one).
    control.request_step()
    wait_until(lambda: control.wait_idle(0) and trainer.epoch == 1)
    assert trainer.steps == trainer.batches_per_epoch and not trainer.in_epoch
    control.request_stop()
    runner.join()


def test_a_batch_step_on_the_last_batch_ends_and_records_the_epoch():
    trainer = experiment().trainer
    trainer.begin_epoch()
    trainer.train_batches(trainer.batches_per_epoch - 1)
    control = RunControl(paused=True)
    runner = Runner(trainer, control)
    control.request_step_batch()
    wait_until(lambda: control.wait_idle(0) and trainer.epoch == 1)
    assert len(trainer.history) == 1 and not trainer.in_epoch
    control.request_stop()
    runner.join()


def test_learning_rate_change_takes_effect_at_the_next_mini_batch():
    exp = experiment(optimizer=Component("sgd"), shuffle=False)
    trainer, net = exp.trainer, exp.network
    control = RunControl(paused=True)
    runner = Runner(trainer, control)
    control.request_step_batch()
    wait_until(lambda: control.wait_idle(0) and trainer.steps == 1)
    # the next batch, in the epoch's order (no shuffle: rows bs..2bs)
    bs = trainer.batch_size
    x, y = trainer.X_train[bs : 2 * bs], trainer.y_train[bs : 2 * bs]
    before = net.flat_params.copy()
    grad = net.gradients(x, y, trainer.loss)
    with_live(trainer, learning_rate=0.5)  # one assignment, from this (another) thread
    control.request_step_batch()
    wait_until(lambda: control.wait_idle(0) and trainer.steps == 2)
    np.testing.assert_allclose(net.flat_params, before - 0.5 * grad, rtol=1e-12)
    control.request_stop()
    runner.join()


def test_stop_rules_are_read_live_between_epochs():
    trainer = experiment().trainer  # no epoch limit
    control = RunControl()
    runner = Runner(trainer, control)
    wait_until(lambda: trainer.epoch >= 2)
    control.request_pause()
    assert control.wait_idle(WAIT)
    limit = trainer.epoch + 3
    with_live(trainer, epochs=limit)
    control.request_resume()
    result = runner.join()
    assert (result.reason, result.epochs) == ("epochs", limit)


# ---------------------------------------------------------------- inside an epoch
def _stop_after_batches(trainer: Trainer, control: RunControl, n: int) -> None:
    """Request a stop (as another thread would) while the n-th mini-batch trains."""
    step = trainer.train_step

    def counting(x, y):
        step(x, y)
        if trainer.steps == n:
            control.request_stop()

    trainer.train_step = counting


def test_a_stop_inside_an_epoch_records_nothing_and_the_next_run_continues_it_bit_for_bit():
    cfg = dict(batch_size=7, epochs=4, optimizer=Component("adam"), learning_rate=0.01)
    plain = experiment(**cfg).trainer
    assert train(plain).reason == "epochs"

    broken = experiment(**cfg).trainer
    per_epoch = broken.batches_per_epoch
    for n in (per_epoch + 5, 3 * per_epoch - 1):  # inside epoch 2, then inside epoch 3
        control = RunControl()
        _stop_after_batches(broken, control, n)
        assert train(broken, control).reason == "stopped"
        assert broken.steps == n  # not one mini-batch more
        assert broken.epoch == len(broken.history) == n // per_epoch  # no partial epoch
        assert broken.in_epoch and broken.batch_index == n % per_epoch
        del broken.train_step
    assert train(broken).reason == "epochs"
    np.testing.assert_array_equal(broken.history.slice(0), plain.history.slice(0))
    np.testing.assert_array_equal(broken.network.flat_params, plain.network.flat_params)


def test_pause_inside_an_epoch_then_resume_gives_the_same_history_bit_for_bit():
    cfg = dict(batch_size=5, epochs=3)
    plain = experiment(**cfg).trainer
    train(plain)
    paused = experiment(**cfg).trainer
    control = RunControl(paused=True)
    runner = Runner(paused, control)
    for _ in range(7):
        control.request_step_batch()
        wait_until(lambda: control.wait_idle(0))
    control.request_step()
    wait_until(lambda: control.wait_idle(0) and paused.epoch == 1)
    control.request_resume()
    assert runner.join().reason == "epochs"
    np.testing.assert_array_equal(paused.history.slice(0), plain.history.slice(0))
    np.testing.assert_array_equal(paused.network.flat_params, plain.network.flat_params)


@pytest.mark.parametrize("request_name", ["request_pause", "request_stop"])
def test_a_large_network_answers_pause_and_stop_after_the_mini_batch_in_progress(request_name):
    trainer = big_experiment().trainer
    assert trainer.batches_per_epoch == 5000  # an epoch costs thousands of mini-batches
    control = RunControl()
    runner = Runner(trainer, control)
    wait_until(lambda: trainer.steps >= 3)
    t0 = time.perf_counter()
    getattr(control, request_name)()
    at_request = trainer.steps
    assert control.wait_idle(WAIT)
    elapsed = time.perf_counter() - t0
    # At most the mini-batch in progress finishes: the loop looks after every one.
    assert trainer.steps - at_request <= 1
    assert trainer.epoch == 0 and len(trainer.history) == 0
    print(f"{request_name} answered in {1000 * elapsed:.1f} ms")
    control.request_stop()
    runner.join()


def test_a_large_evaluation_is_interrupted_and_redone_with_the_same_numbers():
    trainer = big_experiment().trainer
    trainer.begin_epoch()
    trainer._cursor = len(trainer.X_train)  # pretend every batch is trained: evaluate now
    calls = []

    def interrupted() -> bool:
        calls.append(1)
        return len(calls) == 2

    assert trainer.finish_epoch(interrupted) is None  # cut short after the second chunk
    assert len(calls) == 2 and trainer.in_epoch and trainer.epoch == 0
    assert trainer.finish_epoch() is True
    whole = trainer.evaluate(trainer.X_test, trainer.y_test)
    assert trainer.history.last()["test_loss"] == whole[0]


# ---------------------------------------------------------------- speed limit
def test_speed_limit_spaces_the_epochs():
    trainer = experiment().trainer
    with_live(trainer, epochs=5, max_epochs_per_second=20.0)
    t0 = time.perf_counter()
    assert train(trainer).reason == "epochs"
    assert time.perf_counter() - t0 >= 4 / 20.0  # five epochs start 1/20 s apart


@pytest.mark.parametrize("request_name", ["request_pause", "request_stop"])
def test_a_slow_speed_limit_still_answers_pause_and_stop_at_once(request_name):
    trainer = experiment().trainer
    with_live(trainer, max_epochs_per_second=0.05)  # 20 s between epochs
    control = RunControl()
    runner = Runner(trainer, control)
    wait_until(lambda: trainer.epoch == 1)
    time.sleep(0.1)  # the loop now naps before epoch 2
    t0 = time.perf_counter()
    getattr(control, request_name)()
    assert control.wait_idle(WAIT)
    # An uninterruptible nap would take ~20 s here.
    assert time.perf_counter() - t0 < 2.0
    assert trainer.epoch == 1
    control.request_stop()
    runner.join()


def test_live_settings_check_their_values():
    with pytest.raises(ValueError):
        LiveSettings(learning_rate=float("nan"))
    with pytest.raises(ValueError):
        LiveSettings(learning_rate=0.1, max_epochs_per_second=0.0)
    cfg = TrainingConfig(learning_rate=0.2, epochs=9, target_loss=0.1, patience=4)
    assert LiveSettings.from_config(cfg, 2.0) == LiveSettings(0.2, 9, 0.1, 4, 2.0)


# ---------------------------------------------------------------- after a divergence
def regression_exp(learning_rate: float) -> Experiment:
    return Experiment.from_config(
        ExperimentConfig(
            task="regression",
            data=DataConfig(dataset="plane", n_points=200),
            network=NetworkConfig(
                hidden=(LayerConfig(4), LayerConfig(3)),
                output=LayerConfig(1, activation=Component("linear")),
            ),
            training=TrainingConfig(
                loss=Component("mean_squared_error"),
                optimizer=Component("sgd", {"momentum": 0.9}),
                learning_rate=learning_rate,
                epochs=0,
            ),
        )
    )


def test_after_a_divergence_a_lower_learning_rate_goes_on_from_the_kept_weights():
    exp = regression_exp(100.0)
    trainer = exp.trainer
    result = trainer.run(max_epochs=100)
    assert result.reason == "diverged"
    kept = exp.network.flat_params.copy()
    epochs = trainer.epoch
    # The same learning rate would blow up again: the trainer says so and changes nothing.
    again = trainer.run(max_epochs=5)
    assert again.reason == "diverged" and again.divergence == result.divergence
    np.testing.assert_array_equal(exp.network.flat_params, kept)
    # A lower one goes on from the last finite weights, with fresh optimizer state (the
    # old momentum holds the blow-up).
    with_live(trainer, learning_rate=0.001)
    starts = []
    trainer.run(max_epochs=1, on_progress=lambda t: starts.append(t.optimizer.iterations))
    assert trainer.divergence is None
    assert starts == [trainer.batches_per_epoch]  # counted from 0 again: a fresh optimizer
    assert trainer.epoch == epochs + 1 and len(trainer.history) == epochs + 1
    assert exp.network.all_finite() and np.isfinite(trainer.history.train_loss).all()
    assert trainer.run(max_epochs=5).reason == "epochs"
    assert trainer.epoch == epochs + 6
    # The first epoch after the divergence started from the kept weights: redo it by hand.
    redo = regression_exp(0.001).trainer
    redo.network.flat_params[:] = kept
    redo.rng = np.random.default_rng([0, 1])
    for _ in range(epochs + 1):  # the permutations the diverged trainer drew before
        redo.rng.permutation(len(redo.X_train))
    assert redo.train_epoch()
    assert redo.history.last()["train_loss"] == trainer.history.train_loss[epochs]
