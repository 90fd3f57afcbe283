"""`nnplayground train --boundary-plot / --figure / --size`: the app's renderer, sizes
checked before training."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from nnplayground.cli import figure_outputs


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_boundary_plot_and_figure_at_the_default_size(run_cli, tmp_path):
    boundary, figure = tmp_path / "b.png", tmp_path / "f.png"
    code, out, err = run_cli(
        "train",
        "circle",
        "--epochs",
        "3",
        "--boundary-plot",
        str(boundary),
        "--figure",
        str(figure),
    )
    assert (code, err) == (0, "")
    assert png_size(boundary) == png_size(figure) == (1600, 1000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.png", "f.png"]


def test_size_applies_to_every_figure_including_the_loss_plot(run_cli, tmp_path):
    paths = [tmp_path / n for n in ("l.png", "b.png", "f.svg")]
    code, _, err = run_cli(
        "train",
        "xor",
        "--epochs",
        "2",
        "--size",
        "slide",
        "--loss-plot",
        str(paths[0]),
        "--boundary-plot",
        str(paths[1]),
        "--figure",
        str(paths[2]),
    )
    assert (code, err) == (0, "")
    assert png_size(paths[0]) == png_size(paths[1]) == (1920, 1080)
    root = ET.parse(paths[2]).getroot()
    assert root.get("viewBox") == "0 0 1920 1080"


def test_custom_size(run_cli, tmp_path):
    out = tmp_path / "b.png"
    code, _, _ = run_cli(
        "train", "blobs", "--epochs", "1", "--size", "1000x1000", "--boundary-plot", str(out)
    )
    assert code == 0 and png_size(out) == (1000, 1000)


@pytest.mark.parametrize("size", ["12x", "1920", "wide", "10x10"])
def test_a_bad_size_exits_2_before_training(run_cli, tmp_path, monkeypatch, size):
    from nnplayground.engine import build

    def no_training(*args, **kwargs):
        raise AssertionError("training started")

    monkeypatch.setattr(build.Experiment, "from_config", no_training)
    code, out, err = run_cli("train", "circle", "--size", size, "--figure", str(tmp_path / "f.png"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("nnplayground: error: argument --size:")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("option", ["--boundary-plot", "--figure"])
def test_a_bad_figure_path_exits_2_before_training(run_cli, tmp_path, option):
    code, _, err = run_cli("train", "circle", option, str(tmp_path / "f.jpg"))
    assert code == 2 and "must be .png or .svg, got '.jpg'" in err
    code, _, err = run_cli("train", "circle", option, str(tmp_path / "nowhere" / "f.png"))
    assert code == 2 and "does not exist" in err


def test_without_size_the_loss_plot_keeps_its_1200_pixel_width(run_cli, tmp_path):
    plot = tmp_path / "l.png"
    assert run_cli("train", "circle", "--epochs", "2", "--loss-plot", str(plot))[0] == 0
    assert png_size(plot) == (1200, 750)


def test_figure_path_type_accepts_png_and_svg(tmp_path):
    assert figure_outputs.figure_path(str(tmp_path / "a.SVG")).name == "a.SVG"
