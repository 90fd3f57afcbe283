"""The main path fits a laptop and a large screen: every control of it fully visible.

At a usable area of 1366 x 728 (a 768-pixel laptop with a taskbar) and at 1920 x 1080,
choosing the dataset, each hidden layer's units, activation and initializer (six layers),
adding a layer, Play, Step, Reset, the speed control, the readouts, the learning rate and
the three main plots must be on screen with nothing scrolled away or clipped.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

RUN_BAR = ("playButton", "stepButton", "resetButton", "newSeedButton", "speedControl",
           "learningRateSpin", "epochLabel", "trainLossLabel", "testLossLabel")  # fmt: skip
ROW_CONTROLS = ("unitsSpin", "activationCombo", "kernelInitCombo")


def six_layers(cfg):
    layer = cfg.network.hidden[0]
    hidden = tuple(dataclasses.replace(layer, units=u) for u in (8, 8, 6, 6, 4, 4))
    return cfg.replace(network=dataclasses.replace(cfg.network, hidden=hidden))


def fully_visible(window, widget: QWidget) -> bool:
    """Shown, not covered or clipped by a parent (its visible region is its whole rect),
    and inside the window."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    if isinstance(widget, QAbstractScrollArea):  # its viewport child is what is seen
        return fully_visible(window, widget.viewport())
    if widget.visibleRegion() != QRegion(widget.rect()):
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def main_path(window) -> list[QWidget]:
    find = window.findChild
    widgets = [find(QWidget, name) for name in RUN_BAR]
    widgets.append(find(QWidget, "datasetCombo"))
    widgets.append(find(QWidget, "addLayerButton"))
    for editor in window.architecture_panel.layer_editors():
        widgets += [editor.findChild(QWidget, name) for name in ROW_CONTROLS]
    widgets += [window.boundary_plot.plot_widget, window.loss_plot.plot_widget,
                window.activation_plot.plot_widget]  # fmt: skip
    assert all(w is not None for w in widgets)
    return widgets


@pytest.mark.parametrize("size", [(1366, 728), (1920, 1080)])
def test_the_main_path_is_fully_visible(make_window, qtbot, size):
    window = make_window()
    window.document.apply(six_layers(window.document.config))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.restore_default_layout()  # the default layout, sized for this window
    qtbot.wait(50)
    hidden = [w.objectName() or type(w).__name__ for w in main_path(window)
              if not fully_visible(window, w)]  # fmt: skip
    assert hidden == []


@pytest.mark.parametrize("size", [(1366, 728), (1920, 1080)])
def test_the_output_plot_gets_the_largest_share(make_window, qtbot, size):
    window = make_window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.restore_default_layout()
    qtbot.wait(50)
    boundary = window.boundary_plot.plot_widget
    area = boundary.width() * boundary.height()
    for other in (window.loss_plot.plot_widget, window.activation_plot.plot_widget,
                  window.network_view):  # fmt: skip
        assert area > other.width() * other.height()
    assert abs(boundary.width() - boundary.height()) <= 2  # square
