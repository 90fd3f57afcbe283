"""Hands-on benchmark: how fast the views follow a weight dragged by hand.

For networks from 2-4-2-1 up to 16 hidden layers of 64 units, the real MainWindow
(offscreen) with the loss-landscape dock open and the contribution overlay on: a weight
is selected by the network view's link_clicked, then the Weight editor's slider is moved
N times. Prints, per edit (median and max):

- ``sync``: the slider move until every GUI-thread view has redrawn its data: the
  weight written with the run held, train/test losses re-evaluated for the readout, the
  decision-boundary grid, the network view, the activation histograms, the diagnostics
  and the contribution overlay (what ``Document.set_parameter`` triggers);
- ``landscape``: the slider move until the landscape worker's 1-D and 2-D slices for
  that edit are drawn (computed off the GUI thread; edits made meanwhile are skipped).

Usage: python benchmarks/bench_handson.py [--edits N]

Measured 2026-11-30 on the shared 2-core machine under a load average of about 5 (other
test suites running), OPENBLAS_NUM_THREADS=1, 15 edits, median (max):

    network      params   sync             landscape
    2-4-2-1          25   22.9 (45.5) ms   117 (135) ms
    2-8x6-1         393   34.4 (88.2) ms   252 (299) ms
    2-64x4-1     12,737   58.7 (83.8) ms   2.3 (3.4) s
    2-64x16-1    62,657   99.5 (242) ms    7.1 (9.8) s

With OpenBLAS's default two threads on the loaded cores the same run took 1-2 s per
edit for the 64-unit networks (threads spinning against each other); a lone
250x64x64 product took 1.7 ms with 2 threads vs 0.08 ms with 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TARGET_MS = 50.0
NETWORKS = {"2-4-2-1": (4, 2), "2-8x6-1": (8,) * 6, "2-64x4-1": (64,) * 4, "2-64x16-1": (64,) * 16}


def _window(hidden):
    from nnplayground import presets
    from nnplayground.engine.config import LayerConfig
    from nnplayground.gui.main_window import MainWindow

    cfg = presets.load_bundled("circle").config
    layers = tuple(LayerConfig(u) for u in hidden)
    cfg = cfg.replace(network=dataclasses.replace(cfg.network, hidden=layers))
    window = MainWindow(presets.Preset(cfg, None))
    window.prompts.confirm_discard = lambda: "discard"
    window.resize(1366, 768)
    window.show()
    window.docks["landscapeDock"].show()
    window.docks["landscapeDock"].raise_()
    return window


def _measure(app, window, edits: int) -> tuple[list[float], list[float]]:
    panel = window.landscape_panel
    drawn = []
    show = panel.plot_1d.show_slice
    panel.plot_1d.show_slice = lambda s: (show(s), drawn.append(time.perf_counter()))
    window.network_view.link_clicked.emit(0, 0, 0)
    window.data_editor.contributionCheck.setChecked(True)
    app.processEvents()
    sync, landscape = [], []
    slider = window.weight_editor.slider
    for k in range(edits):
        _wait(app, lambda: not panel.worker or not panel.worker.pending_count(), 5.0)
        n = len(drawn)
        t0 = time.perf_counter()
        slider.setValue(100 + 20 * k)
        sync.append(time.perf_counter() - t0)
        if _wait(app, lambda n=n: len(drawn) > n, 10.0):
            landscape.append(drawn[-1] - t0)
    return sync, landscape


def _wait(app, done, timeout: float) -> bool:
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if done():
            return True
        time.sleep(0.001)
    return False


def _ms(values: list[float]) -> str:
    if not values:
        return "n/a"
    ms = [1000 * v for v in values]
    return f"median {statistics.median(ms):7.1f} ms, max {max(ms):7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = QApplication.instance() or QApplication([])
        print(f"Weight edit → views (target: GUI-thread views within {TARGET_MS:.0f} ms)")
        for name, hidden in NETWORKS.items():
            window = _window(hidden)
            app.processEvents()
            sync, land = _measure(app, window, args.edits)
            params = window.document.experiment.network.n_params
            print(f"{name:>10} ({params:6d} params)  sync: {_ms(sync)}   landscape: {_ms(land)}")
            window.close()
            app.processEvents()


if __name__ == "__main__":
    main()
