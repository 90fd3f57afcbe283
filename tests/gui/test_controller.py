"""TrainingController with real threads: start, pause, resume, step, stop, reset."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from nnplayground.gui import controller as controller_mod
from nnplayground.gui.controller import TrainingController


@pytest.fixture
def controller(qtbot):
    ctl = TrainingController()
    yield ctl
    ctl.shutdown()


def collect(signal) -> list:
    got: list = []
    signal.connect(got.append)
    return got


def test_start_trains_in_a_thread_and_stop_blocks_until_it_is_gone(
    controller, make_experiment, qtbot
):
    exp = make_experiment(epochs=0)
    progress = collect(controller.progress)
    controller.start(exp)
    assert controller.state == "running" and controller.is_running
    qtbot.waitUntil(lambda: bool(progress) and progress[-1].epoch >= 5)
    assert controller_mod.live_threads()
    assert controller.stop()
    assert controller_mod.live_threads() == []
    assert controller.state == "idle" and not controller.is_running


def test_pause_freezes_training_and_resume_continues(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    progress = collect(controller.progress)
    controller.start(exp)
    qtbot.waitUntil(lambda: bool(progress) and progress[-1].epoch >= 3)
    with qtbot.waitSignal(controller.state_changed) as blocker:
        controller.pause()
    assert blocker.args == ["paused"]
    qtbot.waitUntil(lambda: not progress[-1].running)  # the final snapshot of the pause
    frozen = exp.trainer.epoch
    assert progress[-1].epoch == frozen
    qtbot.wait(100)
    assert exp.trainer.epoch == frozen
    controller.resume()
    assert controller.state == "running"
    qtbot.waitUntil(lambda: exp.trainer.epoch > frozen + 3)
    controller.stop()


def test_step_from_idle_trains_exactly_one_epoch_then_pauses(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    progress = collect(controller.progress)
    controller.step(exp)
    assert controller.state == "paused"
    qtbot.waitUntil(lambda: bool(progress) and not progress[-1].running)
    assert exp.trainer.epoch == 1
    controller.step()
    qtbot.waitUntil(lambda: progress[-1].epoch == 2 and not progress[-1].running)
    qtbot.wait(50)
    assert exp.trainer.epoch == 2
    assert controller.state == "paused"
    controller.stop()


def test_run_ending_on_the_epoch_limit_finishes_and_goes_idle(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=25)
    progress = collect(controller.progress)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(exp)
    assert blocker.args[0].reason == "epochs"
    assert controller.state == "idle" and not controller.is_running
    assert sum(len(s.rows) for s in progress) == 25
    assert progress[-1].epoch == 25


def test_snapshots_from_a_stopped_run_are_dropped(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    controller.start(exp)
    qtbot.waitUntil(lambda: exp.trainer.epoch >= 3)
    controller.stop()  # its last snapshots may still be queued
    progress = collect(controller.progress)
    views = collect(controller.views)
    second = controller.start(exp.reset())
    qtbot.waitUntil(lambda: len(progress) >= 2 and len(views) >= 1)
    controller.stop()
    assert {s.run_id for s in progress + views} == {second}
    assert progress[0].first_epoch == 1  # reset: the new run starts from epoch 1


def test_learning_rate_changes_live_without_restarting(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    progress = collect(controller.progress)
    run = controller.start(exp)
    qtbot.waitUntil(lambda: bool(progress))
    controller.set_live_settings(dataclasses.replace(exp.trainer.live, learning_rate=0.125))
    qtbot.waitUntil(lambda: progress[-1].learning_rate == 0.125)
    assert controller.run_id == run
    controller.stop()
    assert exp.trainer.learning_rate == 0.125


def test_divergence_is_signalled_and_the_run_ends(controller, make_experiment, qtbot):
    exp = make_experiment("plane", learning_rate=100.0, epochs=0)
    diverged = collect(controller.diverged)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(exp)
    assert blocker.args[0].reason == "diverged"
    assert "epoch" in diverged[0]
    assert controller.state == "idle"
    assert exp.network.all_finite()


def test_worker_exception_surfaces_as_failed(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)

    def broken(x, y) -> None:
        raise ValueError("bad batch")

    exp.trainer.train_step = broken
    with qtbot.waitSignal(controller.failed, timeout=5000) as blocker:
        controller.start(exp)
    assert "bad batch" in blocker.args[0]
    qtbot.waitUntil(lambda: controller.state == "idle")


def test_hold_parks_the_worker_so_the_network_can_be_read(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    controller.start(exp)
    qtbot.waitUntil(lambda: exp.trainer.epoch >= 2)
    with controller.hold():
        before = exp.network.flat_params.copy()
        epoch = exp.trainer.epoch
        qtbot.wait(50)
        np.testing.assert_array_equal(exp.network.flat_params, before)
        assert exp.trainer.epoch == epoch
    qtbot.waitUntil(lambda: exp.trainer.epoch > epoch)
    assert controller.state == "running"
    controller.stop()


def test_a_hundred_rapid_start_stop_reset_cycles_neither_crash_nor_hang(
    controller, make_experiment, qtbot
):
    exp = make_experiment(epochs=0)
    t0 = time.perf_counter()
    for i in range(100):
        controller.start(exp)
        if i % 3 == 0:
            controller.pause()
        if i % 4 == 0:
            controller.step()
        if i % 5 == 0:
            qtbot.wait(1)
        controller.stop()
        if i % 10 == 0:
            exp = exp.reset(seed=i)
    assert time.perf_counter() - t0 < 20
    assert controller_mod.live_threads() == []
    assert controller.state == "idle"


def test_step_batch_trains_exactly_one_mini_batch_then_pauses(controller, make_experiment, qtbot):
    exp = make_experiment(epochs=0)
    progress = collect(controller.progress)
    controller.step_batch(exp)
    assert controller.state == "paused"
    qtbot.waitUntil(lambda: bool(progress) and not progress[-1].running)
    assert (exp.trainer.steps, exp.trainer.epoch) == (1, 0)
    assert (progress[-1].batch, progress[-1].epoch) == (1, 0)
    controller.step_batch()
    qtbot.waitUntil(lambda: progress[-1].batch == 2 and not progress[-1].running)
    qtbot.wait(50)
    assert exp.trainer.steps == 2 and controller.state == "paused"
    controller.stop()


def test_play_after_a_divergence_goes_on_with_a_lower_learning_rate(
    controller, make_experiment, qtbot
):
    exp = make_experiment("plane", learning_rate=100.0, epochs=0)
    diverged = collect(controller.diverged)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(exp)
    assert blocker.args[0].reason == "diverged"
    kept, epoch = exp.network.flat_params.copy(), exp.trainer.epoch
    # Play again with the same rate: it diverges again at once, saying so again.
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(exp)
    assert blocker.args[0].reason == "diverged" and len(diverged) == 2
    np.testing.assert_array_equal(exp.network.flat_params, kept)
    # Lower it (no run: the experiment keeps it) and press Play: training goes on.
    lower = dataclasses.replace(exp.trainer.live, learning_rate=0.001, epochs=epoch + 5)
    controller.set_live_settings(lower, exp)
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.start(exp)
    assert (blocker.args[0].reason, blocker.args[0].epochs) == ("epochs", epoch + 5)
    assert len(diverged) == 2 and exp.trainer.divergence is None
    assert len(exp.trainer.history) == epoch + 5 and exp.network.all_finite()


def test_diverged_signal_carries_the_translatable_message(controller, make_experiment, qtbot):
    from nnplayground.engine import training

    exp = make_experiment("plane", learning_rate=100.0, epochs=0)
    with qtbot.waitSignal(controller.diverged, timeout=5000) as blocker:
        controller.start(exp)
    message = blocker.args[0]
    assert message.template in (training.DIVERGED_LOSS, training.DIVERGED_WEIGHTS)
    assert message.params == {"epoch": exp.trainer.divergence.epoch}
    qtbot.waitUntil(lambda: controller.state == "idle")


def _big_experiment(make_experiment):
    from nnplayground.engine import build
    from nnplayground.engine.config import LayerConfig

    exp = make_experiment(batch_size=1, epochs=0)
    network = dataclasses.replace(
        exp.config.network, hidden=tuple(LayerConfig(256) for _ in range(16))
    )
    data = dataclasses.replace(exp.config.data, n_points=10_000)
    return build.Experiment.from_config(exp.config.replace(network=network, data=data))


def test_hold_and_stop_answer_within_a_mini_batch_on_a_large_network(
    controller, make_experiment, qtbot, monkeypatch
):
    from nnplayground.engine.control import RunControl

    exp = _big_experiment(make_experiment)
    at_stop = []
    request_stop = RunControl.request_stop

    def recording_stop(control):
        request_stop(control)
        at_stop.append(exp.trainer.steps)  # read once the request is made

    monkeypatch.setattr(RunControl, "request_stop", recording_stop)
    assert exp.trainer.batches_per_epoch >= 4000  # an epoch takes many seconds
    controller.start(exp)
    qtbot.waitUntil(lambda: exp.trainer.steps >= 3, timeout=20000)
    with controller.hold():  # Save: used to time out ("did not pause in time")
        at_hold = exp.trainer.steps
        weights = exp.network.get_weights()
        qtbot.wait(30)
        assert exp.trainer.steps == at_hold
    assert all(np.isfinite(W).all() for W, _ in weights)
    qtbot.waitUntil(lambda: exp.trainer.steps > at_hold + 2, timeout=20000)
    assert controller.stop()  # Close: used to freeze the window for minutes
    assert exp.trainer.steps - at_stop[0] <= 1
    assert exp.trainer.epoch == 0 and len(exp.trainer.history) == 0
