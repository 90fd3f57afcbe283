"""`nnplayground animate` records a run; its options are checked before training."""

from __future__ import annotations

import importlib.util

import pytest


def test_animate_writes_a_gif_from_epoch_1_to_n(run_cli, tmp_path):
    PIL = pytest.importorskip("PIL.Image")
    out = tmp_path / "run.gif"
    code, _, err = run_cli(
        "animate",
        "circle",
        "--epochs",
        "20",
        "--out",
        str(out),
        "--size",
        "300x200",
        "--fps",
        "5",
        "--duration",
        "2",
        "--log-time",
    )
    assert code == 0 and "10 frames, epochs 1 to 20" in err
    with PIL.open(out) as gif:
        assert gif.size == (300, 200)
        total = 0
        for i in range(gif.n_frames):  # early epochs held: fewer stored frames, same length
            gif.seek(i)
            total += gif.info["duration"]
    assert total == 2000


def test_animate_honours_start_and_end(run_cli, tmp_path):
    pytest.importorskip("PIL")
    out = tmp_path / "part.gif"
    code, _, err = run_cli(
        "animate",
        "circle",
        "--epochs",
        "20",
        "--out",
        str(out),
        "--size",
        "300x200",
        "--fps",
        "2",
        "--duration",
        "2",
        "--start",
        "5",
        "--end",
        "15",
        "--views",
        "network",
    )
    assert code == 0 and "epochs 5 to 15" in err


@pytest.mark.parametrize(
    "args,words",
    [
        (["--out", "run.avi"], "must end in .gif or .mp4"),
        (["--out", "run.gif", "--size", "10x10"], "--size"),
        (["--out", "run.gif", "--views", "boundary,nope"], "--views"),
        (["--out", "run.gif", "--fps", "0"], "--fps"),
        (["--out", "run.gif", "--start", "9", "--end", "3", "--epochs", "10"], "start <= end"),
    ],
)
def test_bad_options_exit_2_with_one_line(run_cli, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("animate", "circle", *args)
    assert code == 2 and words in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name,package", [("run.gif", "Pillow"), ("run.mp4", "imageio-ffmpeg")])
def test_without_the_video_extra_the_cli_says_what_to_install(
    run_cli, tmp_path, monkeypatch, name, package
):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda mod, *a: None if mod in ("PIL", "imageio_ffmpeg") else real(mod, *a),
    )
    code, _, err = run_cli("animate", "circle", "--out", str(tmp_path / name))
    assert code == 2
    assert f"needs {package}; install it with pip install 'nnplayground[video]'" in err
