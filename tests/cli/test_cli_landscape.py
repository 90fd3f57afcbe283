"""`nnplayground landscape`: the heatmap and grid it writes, and its exit codes."""

from __future__ import annotations

import struct

import numpy as np
import pytest


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])  # IHDR width, height


def test_landscape_writes_a_png_and_the_grid_as_csv(run_cli, tmp_path):
    plot, grid = tmp_path / "land.png", tmp_path / "grid.csv"
    code, out, err = run_cli(
        "landscape", "circle", "--epochs", "5", "--grid", "11", "--plot", str(plot),
        "--csv", str(grid),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "5 epochs" in out and "pca directions" in out and "11x11" in out
    width, height = png_size(plot)
    assert width > 400 and height > 300
    rows = grid.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "x,y,loss" and len(rows) == 1 + 11 * 11
    table = np.loadtxt(grid, delimiter=",", skiprows=1)
    assert np.all(np.isfinite(table)) and np.all(table[:, 2] > 0)
    assert len(np.unique(table[:, 0])) == 11 and len(np.unique(table[:, 1])) == 11


def test_random_directions_with_a_seed_and_another_loss(run_cli, tmp_path):
    grids = []
    for seed in ("1", "1", "2"):
        grid = tmp_path / f"g{len(grids)}.csv"
        code, out, err = run_cli(
            "landscape", "circle", "--epochs", "3", "--grid", "5", "--directions", "random",
            "--seed", seed, "--loss", "mse", "--plot", str(tmp_path / "p.png"), "--csv", str(grid),
        )  # fmt: skip
        assert (code, err) == (0, "") and "mean_squared_error" in out
        grids.append(np.loadtxt(grid, delimiter=",", skiprows=1))
    np.testing.assert_array_equal(grids[0], grids[1])
    assert not np.allclose(grids[0][:, 2], grids[2][:, 2])


@pytest.mark.parametrize(
    "args, words",
    [
        (["nope"], "unknown preset"),
        (["circle", "--grid", "2"], "from 3 to"),
        (["circle", "--directions", "sideways"], "invalid choice"),
        (["circle", "--loss", "nope"], "--loss"),
        (["circle", "--plot-ext"], "extension must be .png"),
        (["circle", "--plot-missing"], "does not exist"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(run_cli, tmp_path, args, words):
    plot = tmp_path / "out.png"
    if "--plot-ext" in args:
        args, plot = args[:1], tmp_path / "out.svg"
    elif "--plot-missing" in args:
        args, plot = args[:1], tmp_path / "no" / "out.png"
    code, out, err = run_cli("landscape", *args, "--epochs", "2", "--plot", str(plot))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("nnplayground: error:") and words in err
    assert not plot.exists()


@pytest.mark.parametrize("directions", ["random", "pca"])
def test_divergence_exits_3_and_still_draws_the_last_finite_weights(
    run_cli, tmp_path, preset_copy, directions
):
    def fast(data):
        data["training"]["learning_rate"] = 1.0

    preset = preset_copy("price", fast)
    plot = tmp_path / "div.png"
    code, out, err = run_cli(
        "landscape", str(preset), "--epochs", "30", "--grid", "7", "--directions", directions,
        "--plot", str(plot),
    )  # fmt: skip
    assert code == 3 and "diverged" in err and err.count("\n") == 1
    assert plot.exists()
