"""Animations of a run: frames from its timeline, painted by the figure renderer, encoded
as a GIF (Pillow) or an MP4 (imageio-ffmpeg, which ships its own ffmpeg).

The plan (:func:`plan_frames`) is plain numbers: which epoch each frame shows, spread
evenly over the chosen epoch range or, with ``log_time``, evenly in log(epoch) so the early
epochs, where most of the change happens, get as many frames as the late ones (a frame
repeats while an early epoch is held). Each frame is drawn from the snapshot at or before
its epoch (:meth:`~nnplayground.engine.timeline.Timeline.snapshot_at`) with the epoch and
the losses in its title; the loss view's epoch axis stays fixed over the whole range.

Encoding goes through :func:`nnplayground.fileio.atomic_write`: a cancelled or failed
export leaves no file behind (and an existing file untouched). The encoders are the
``video`` install extra; :func:`missing_encoder` says what to install.
"""

from __future__ import annotations

import importlib.util
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnplayground.figures.data import FigureData, from_experiment

FORMATS = (".gif", ".mp4")
VIEW_NAMES = ("boundary", "loss", "network", "summary")
#: Grid resolution of the decision boundary in a frame (the still figures use 200).
FRAME_RESOLUTION = 120
INSTALL = "pip install 'nnplayground[video]'"
#: The module each format needs, and the package that provides it.
_ENCODERS = {".gif": ("PIL", "Pillow"), ".mp4": ("imageio_ffmpeg", "imageio-ffmpeg")}


class Cancelled(Exception):
    """The export was cancelled through ``should_stop``; no file was written."""


@dataclass(frozen=True)
class Frame:
    """One frame: the ``epoch`` it shows (the snapshot's) and its title ``label``."""

    epoch: int
    label: str


def missing_encoder(suffix: str) -> str | None:
    """One sentence saying what to install to write ``suffix`` files, or None if ready."""
    suffix = suffix.lower()
    if suffix not in _ENCODERS:
        return f"the output must end in .gif or .mp4, got '{suffix or 'none'}'"
    module, package = _ENCODERS[suffix]
    if importlib.util.find_spec(module) is None:
        return f"writing {suffix[1:].upper()} files needs {package}; install it with {INSTALL}"
    return None


def frame_epochs(first: int, last: int, n_frames: int, log_time: bool = False) -> np.ndarray:
    """The epoch of each of ``n_frames`` frames from ``first`` to ``last`` (both shown).

    Linear: ``round(linspace(first, last, n))``. Logarithmic: evenly spaced in
    log(epoch + 1), so epoch e gets a share of the film proportional to 1 / (e + 1).
    """
    n = max(1, int(n_frames))
    if n == 1 or last <= first:
        return np.full(n, last, dtype=np.int64)
    if log_time:
        e = np.geomspace(first + 1, last + 1, n) - 1
    else:
        e = np.linspace(first, last, n)
    out = np.clip(np.round(e).astype(np.int64), first, last)
    out[0], out[-1] = first, last
    return out


def check_views(views: Sequence[str]) -> tuple[str, ...]:
    """``views`` as a tuple, or ValueError with one sentence."""
    views = tuple(v.strip() for v in views if v.strip())
    unknown = [v for v in views if v not in VIEW_NAMES]
    if not views or unknown or len(set(views)) != len(views):
        raise ValueError(
            f"views must be distinct names among {', '.join(VIEW_NAMES)}, got {','.join(views)}"
        )
    if "summary" in views and len(views) > 1:
        raise ValueError("summary already shows boundary, loss and network; give it alone")
    return views


def _label(epoch: int, rows: np.ndarray) -> str:
    from nnplayground.figures.style import tr

    train, test = rows[epoch - 1, :2] if 0 < epoch <= len(rows) else (math.nan, math.nan)
    return (
        tr("epoch %1 · train loss %2 · test loss %3")
        .replace("%1", str(epoch))
        .replace("%2", f"{train:.3g}")
        .replace("%3", f"{test:.3g}")
    )


def plan_frames(branch, epochs: np.ndarray) -> list[Frame]:
    """The frames of ``epochs`` for a Branch (each at its snapshot at or before)."""
    rows = branch.history.slice(0)
    snaps = [branch.timeline.snapshot_at(int(e)).epoch for e in epochs]
    return [Frame(e, _label(e, rows)) for e in snaps]


def frame_images(
    branch, frames: Sequence[Frame], views: Sequence[str], size: tuple[int, int]
) -> Iterator:
    """QImages of ``frames`` (a repeated epoch is painted once), in order."""
    from nnplayground.engine.build import Experiment
    from nnplayground.figures.render import render_views

    exp = Experiment.from_config(branch.config, dataset=branch.experiment.dataset)
    rows = branch.history.slice(0)
    end = max(f.epoch for f in frames)
    padded = np.full((max(end, 1), 4), np.nan)  # a fixed epoch axis for the loss view
    last: tuple[int, object] | None = None
    for frame in frames:
        if last is None or last[0] != frame.epoch:
            snap = branch.timeline.snapshot_at(frame.epoch)
            np.copyto(exp.network.flat_params, snap.params)
            padded[:] = np.nan
            padded[: snap.history_len] = rows[: snap.history_len]
            data = from_experiment(
                exp, rows=padded[: snap.history_len], resolution=FRAME_RESOLUTION
            )
            last = (frame.epoch, render_views(views, data, size, frame.label, rows=padded))
        yield last[1]


def image_array(image) -> np.ndarray:
    """A QImage as an (height, width, 3) uint8 RGB array (a copy)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * h)
    return raw.reshape(h, stride)[:, : 3 * w].reshape(h, w, 3).copy()


def export_animation(
    path: str | os.PathLike[str],
    branch,
    frames: Sequence[Frame],
    views: Sequence[str],
    size: tuple[int, int],
    fps: float,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Render ``frames`` of ``branch`` and write them to ``path`` (.gif or .mp4) at ``fps``.

    ``progress(done, total)`` after every frame; ``should_stop()`` before every frame:
    true raises :class:`Cancelled` and no file is left behind. Returns the path written.
    """
    from nnplayground.fileio import atomic_write

    suffix = Path(path).suffix.lower()
    problem = missing_encoder(suffix)
    if problem is not None:
        raise RuntimeError(problem)
    check_views(views)

    def arrays() -> Iterator[np.ndarray]:
        images = frame_images(branch, frames, views, size)
        for i, image in enumerate(images, start=1):
            if should_stop is not None and should_stop():
                raise Cancelled("cancelled")
            yield image_array(image)
            if progress is not None:
                progress(i, len(frames))

    writer = _write_gif if suffix == ".gif" else _write_mp4
    from nnplayground.figures.render import ensure_app

    ensure_app()
    return atomic_write(path, lambda tmp: writer(tmp, arrays(), size, fps))


def gif_durations(counts: Sequence[int], fps: float) -> list[int]:
    """Milliseconds per GIF frame when frame i stands for ``counts[i]`` film frames.

    A GIF counts time in 1/100 s, so each frame ends at its ideal time rounded to 10 ms:
    the film keeps its length (15 fps alternates 60 and 70 ms) instead of drifting."""
    ends = np.round(np.cumsum(counts) * (100.0 / fps)) * 10
    return [int(max(10, d)) for d in np.diff(np.concatenate([[0.0], ends]))]


def _write_gif(tmp: str, frames: Iterator[np.ndarray], size, fps: float) -> None:
    """Pillow: each frame quantised to its own 255-colour palette (figures are flat
    colours with a smooth heatmap, which an adaptive palette renders without banding).
    A frame held for several film frames (log time) is stored once with a longer delay."""
    from PIL import Image

    images, counts, previous = [], [], None
    for a in frames:
        if previous is not None and np.array_equal(a, previous):
            counts[-1] += 1
            continue
        images.append(Image.fromarray(a, "RGB").quantize(255, Image.Quantize.MEDIANCUT, dither=0))
        counts.append(1)
        previous = a
    if not images:
        raise ValueError("no frames to write")
    images[0].save(
        tmp, format="GIF", save_all=True, append_images=images[1:],
        duration=gif_durations(counts, fps), loop=0, optimize=False, disposal=1,
    )  # fmt: skip


def _write_mp4(tmp: str, frames: Iterator[np.ndarray], size, fps: float) -> None:
    """imageio-ffmpeg: H.264 in yuv420p (plays everywhere), streamed frame by frame."""
    import imageio_ffmpeg

    width, height = size
    writer = imageio_ffmpeg.write_frames(
        tmp, (width, height), fps=fps, codec="libx264", pix_fmt_in="rgb24",
        pix_fmt_out="yuv420p", quality=7, macro_block_size=2, output_params=["-f", "mp4"],
    )  # fmt: skip
    writer.send(None)
    try:
        for frame in frames:
            writer.send(np.ascontiguousarray(frame))
    finally:
        writer.close()


__all__ = [
    "Cancelled",
    "FigureData",
    "Frame",
    "check_views",
    "export_animation",
    "frame_epochs",
    "frame_images",
    "gif_durations",
    "image_array",
    "missing_encoder",
    "plan_frames",
]
