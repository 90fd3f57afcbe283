"""Scrubber benchmark: time from a timeline position to every view redrawn, W1 and W2.

Usage: PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/bench_scrub.py

For each network the window trains 400 epochs, then the scrubber is moved to 31 epochs
(5, 18, …, 395): ``TimelinePanel.scrub_to`` (detached experiment at that snapshot, view
snapshot, every view updated) followed by one ``processEvents`` (the repaint). Measured
twice: with training paused at epoch 400, and while training goes on (the worker thread
competes for the GIL and the loss plot keeps growing).

Measured on the 2-core development machine (2026-11-30, offscreen, 1366 x 768):

- W1 (circle, 2-4-2-1 tanh): median 11-13 ms paused or training.
- W2 (circle, 2-8x6-1 tanh): median 21 ms paused (experiment_at 0.5 ms, make_view
  3.8 ms, the view updates ~3 ms, the rest painting), 16-43 ms while training (two runs).
- The maxima (87-250 ms) are single positions: the first scrub after the window is shown
  (first paint of every view) or a GC / thread switch; the 50 ms target holds for the
  median, not for every position.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

EPOCHS = list(range(5, 400, 13))


def _config(hidden):
    from nnplayground import presets

    cfg = presets.load_bundled("circle").config
    if hidden is not None:
        cfg = cfg.replace(network=dataclasses.replace(cfg.network, hidden=hidden))
    return cfg


def _times(app, window) -> list[float]:
    out = []
    for epoch in EPOCHS:
        start = time.perf_counter()
        window.timeline_panel.scrub_to(epoch)
        app.processEvents()
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench(app, name: str, hidden) -> None:
    from nnplayground import presets
    from nnplayground.gui.main_window import MainWindow

    for training in (False, True):
        cfg = _config(hidden)
        limit = 0 if training else 400
        cfg = cfg.replace(training=dataclasses.replace(cfg.training, epochs=limit))
        window = MainWindow(presets.Preset(cfg))
        window.resize(1366, 768)
        window.show()
        doc = window.document
        if training:
            doc.play()
            while window.timeline_panel.slider.maximum() < 400:
                app.processEvents()
        else:
            loop = QEventLoop()
            doc.finished.connect(loop.quit)
            doc.play()
            loop.exec()
        times = _times(app, window)
        doc.shutdown()
        window.close()
        state = "training" if training else "paused"
        print(f"{name} {state}: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms")


def main() -> None:
    from nnplayground.engine.config import Component, LayerConfig

    app = QApplication.instance() or QApplication([])
    bench(app, "W1 (2-4-2-1 tanh)", None)
    bench(app, "W2 (2-8x6-1 tanh)", tuple(LayerConfig(8, Component("tanh")) for _ in range(6)))


if __name__ == "__main__":
    main()
