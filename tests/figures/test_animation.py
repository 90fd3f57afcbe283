"""Animations: the frame plan, GIF/MP4 frame count and size, labels, cancellation."""

from __future__ import annotations

import os
import re
import subprocess

import numpy as np
import pytest

from nnplayground.engine.fork import Run
from nnplayground.figures.animation import (
    Cancelled,
    check_views,
    export_animation,
    frame_epochs,
    gif_durations,
    plan_frames,
)
from nnplayground.presets import load_bundled

SIZE = (320, 200)


@pytest.fixture(scope="module")
def branch():
    run = Run.from_config(load_bundled("circle").config)
    run.main.timeline.stats_enabled = False
    run.main.train(30)
    return run.main


def test_linear_frames_start_and_end_on_the_range():
    e = frame_epochs(1, 500, 150)
    assert len(e) == 150 and e[0] == 1 and e[-1] == 500 and np.all(np.diff(e) >= 0)


def test_log_time_gives_the_early_epochs_more_frames():
    linear, log = frame_epochs(1, 1000, 100), frame_epochs(1, 1000, 100, log_time=True)
    assert log[0] == 1 and log[-1] == 1000 and len(log) == 100
    assert np.sum(log <= 100) > 3 * np.sum(linear <= 100)


def test_bad_views_are_refused():
    assert check_views(["boundary", "loss"]) == ("boundary", "loss")
    for views in (["nope"], ["loss", "loss"], ["summary", "loss"], []):
        with pytest.raises(ValueError):
            check_views(views)


def test_frames_are_labelled_with_their_epoch_and_loss(branch):
    frames = plan_frames(branch, frame_epochs(1, 30, 8))
    assert frames[0].epoch == 1 and frames[-1].epoch == 30
    assert frames[0].label.startswith("epoch 1 ·") and frames[-1].label.startswith("epoch 30 ·")
    test_loss = branch.history.test_loss[-1]
    assert f"test loss {test_loss:.3g}" in frames[-1].label


def test_gif_durations_keep_the_film_length():
    assert gif_durations([1] * 15, 15) == [70, 60, 70] * 5
    assert sum(gif_durations([3, 1, 1, 10], 15)) == 1000


def test_a_gif_has_the_frame_count_and_size(branch, tmp_path):
    PIL = pytest.importorskip("PIL.Image")
    frames = plan_frames(branch, frame_epochs(1, 30, 6))
    seen = []
    out = export_animation(tmp_path / "run.gif", branch, frames, ["boundary", "loss"], SIZE, 10,
                           progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    with PIL.open(out) as gif:
        assert gif.size == SIZE
        assert gif.n_frames == 6
    assert seen[-1] == (6, 6)


def test_an_mp4_has_the_frame_count_and_size(branch, tmp_path):
    ffmpeg = pytest.importorskip("imageio_ffmpeg")
    frames = plan_frames(branch, frame_epochs(1, 30, 12))
    out = export_animation(tmp_path / "run.mp4", branch, frames, ["summary"], (400, 240), 12)
    # (imageio_ffmpeg.read_frames leaves a pipe open: ask ffmpeg itself instead)
    assert ffmpeg.count_frames_and_secs(str(out))[0] == 12
    info = subprocess.run(
        [ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(out)], capture_output=True, text=True
    ).stderr
    assert re.search(r"Video: h264.*\b400x240\b", info)


@pytest.mark.parametrize("name", ["run.gif", "run.mp4"])
def test_a_cancelled_export_leaves_no_file(branch, tmp_path, name):
    pytest.importorskip("PIL")
    pytest.importorskip("imageio_ffmpeg")
    frames = plan_frames(branch, frame_epochs(1, 30, 10))
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        export_animation(tmp_path / name, branch, frames, ["loss"], SIZE, 10, should_stop=stop)
    assert os.listdir(tmp_path) == []
