"""`nnplayground` without a command, `presets`, `bench` and the loss-plot renderer."""

from __future__ import annotations

import json
import sys
import types
from dataclasses import replace

import numpy as np
import pytest

from nnplayground.cli import bench_workloads, plotfile


def test_no_arguments_start_the_app(monkeypatch, run_cli):
    calls = []
    fake_app = types.ModuleType("nnplayground.app")
    fake_app.main = lambda argv=None, path=None: calls.append(argv) or 0
    monkeypatch.setitem(sys.modules, "nnplayground.app", fake_app)
    monkeypatch.setattr("nnplayground.app", fake_app, raising=False)
    assert run_cli()[0] == 0
    assert len(calls) == 1


def test_presets_lists_bundled_presets_with_task_and_title(run_cli):
    code, out, err = run_cli("presets")
    assert (code, err) == (0, "")
    circle = [line for line in out.splitlines() if line.split()[0] == "circle"]
    assert len(circle) == 1
    assert "classification" in circle[0] and "Circle" in circle[0]
    assert any(line.split()[1] == "regression" for line in out.splitlines())


def test_help_exits_0_without_a_traceback(run_cli):
    code, out, _ = run_cli("train", "--help")
    assert code == 0 and "--loss-plot" in out


def test_quick_bench_prints_every_workload_and_writes_json(run_cli, tmp_path):
    out_json = tmp_path / "bench.json"
    code, out, err = run_cli("bench", "--quick", "--no-torch", "--json", str(out_json))
    assert (code, err) == (0, "")
    for key in ("W1", "W2", "W3", "W4"):
        assert any(line.startswith(key + " ") for line in out.splitlines()), out
    assert "decision grid 200x200" in out and "History of 1,000,000 epochs" in out
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert [w["key"] for w in figures["workloads"]] == ["W1", "W2", "W3", "W4"]
    assert all(w["steps_per_s"] > 0 and w["epochs_per_s"] > 0 for w in figures["workloads"])
    assert figures["history_mb"] < 100


def test_torch_twin_takes_the_same_sgd_steps_as_the_engine():
    torch = pytest.importorskip("torch")
    cfg = bench_workloads.playground_config((4, 2), "tanh")
    cfg = cfg.replace(training=replace(cfg.training, shuffle=False))
    trainer = bench_workloads.experiment(cfg).trainer
    twin = bench_workloads.TorchTwin(torch, trainer)
    trainer.run_steps()
    twin.run_steps()
    assert twin.steps == trainer.steps == 25
    first = twin.model[0]
    np.testing.assert_allclose(first.weight.detach().numpy().T, trainer.network.layers[0].W)
    np.testing.assert_allclose(first.bias.detach().numpy(), trainer.network.layers[0].b)


def test_log_scale_only_when_losses_span_more_than_two_decades():
    assert plotfile.use_log_scale([1.0, 0.5], [0.005])
    assert not plotfile.use_log_scale([1.0, 0.5], [0.011])
    assert not plotfile.use_log_scale([0.0, 1.0], [np.nan])  # zero and NaN are ignored


def test_empty_history_still_renders_a_plot(tmp_path):
    path = tmp_path / "empty.png"
    plotfile.write_loss_plot(path, [], np.array([]), np.array([]), "Nothing yet")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_log_scale_plot_with_a_zero_loss_renders(tmp_path):
    path = tmp_path / "log.svg"
    plotfile.write_loss_plot(path, [1, 2, 3], [1.0, 1e-3, 0.0], [2.0, 1e-2, 1e-4], "Log")
    assert "<svg" in path.read_text(encoding="utf-8")


def test_bench_torch_threads_option_sets_pytorch_threads():
    torch = pytest.importorskip("torch")
    from nnplayground.cli import bench

    before = torch.get_num_threads()
    trainer = bench_workloads.experiment(bench_workloads.playground_config((4, 2), "tanh")).trainer
    twin = bench_workloads.TorchTwin(torch, trainer)
    try:
        settings = bench.Settings(min_time=0.001, torch_threads=1)
        assert bench.pick_torch_threads(torch, twin, settings, default=2) == 1
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_the_full_size_playground_workloads_build():
    """`nnplayground bench` (not only --quick) builds W1-W3 within the limits (W3 once
    asked for 20,000 points and failed)."""
    from nnplayground.cli import bench_workloads as wl

    for work in wl.workloads()[:3]:
        assert work.make().epoch == 0
