"""Presentation mode, for projectors: the whole window about 1.5 times larger.

Like seaborn's plotting contexts ("notebook" → "talk"), one factor scales everything: the
application font (so every label, button and table follows) and, in every pyqtgraph plot,
the axis and legend text, the line widths and the marker sizes. The secondary docks are
hidden so the main path (data, layers, the run bar, the boundary, loss and activation
plots) gets the room. Leaving restores the layout saved on entry (``saveState``) and the
sizes, fonts and pens exactly as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont, QKeySequence, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QMainWindow,
    QToolBar,
)

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)

#: The scale of fonts, lines and markers (seaborn's "talk" is 1.5 × "notebook").
FACTOR = 1.5
#: Docks that stay in presentation mode: the main path.
MAIN_DOCKS = ("dataDock", "architectureDock", "boundaryDock", "lossDock", "activationDock")


def _scaled_font(font: QFont, factor: float) -> QFont:
    big = QFont(font)
    if font.pointSizeF() > 0:
        big.setPointSizeF(font.pointSizeF() * factor)
    else:
        big.setPixelSize(round(font.pixelSize() * factor))
    return big


def _axis_font(axis: pg.AxisItem, font: QFont | None) -> None:
    axis.setStyle(tickFont=font)
    axis.label.setFont(font if font is not None else QFont())


class PlotScaler:
    """Scales the text, pens and markers of every pyqtgraph plot under a widget, and puts
    each back as it was."""

    def __init__(self) -> None:
        self._undo: list = []

    def scale(self, root, factor: float) -> None:
        font = QApplication.font()
        for view in root.findChildren(pg.GraphicsView):
            for item in view.scene().items():
                self._scale_item(item, factor, font)

    def _scale_item(self, item, factor: float, font: QFont) -> None:
        if isinstance(item, pg.AxisItem):
            old = item.style.get("tickFont")
            item.setStyle(tickFont=font)
            item.label.setFont(font)
            self._undo.append(
                lambda i=item, f=old: (i.setStyle(tickFont=f), i.label.setFont(QFont()))
            )
        elif isinstance(item.parentItem(), pg.PlotDataItem):
            return  # its PlotDataItem hands it the pen on every setData: scaled there
        elif isinstance(item, pg.PlotDataItem | pg.PlotCurveItem):
            spec = item.opts["pen"]
            if spec is None:
                return
            old = QPen(pg.mkPen(spec))
            pen = QPen(old)
            pen.setWidthF(max(pen.widthF(), 1.0) * factor)
            item.setPen(pen)
            self._undo.append(lambda i=item, p=old: i.setPen(p))
        elif isinstance(item, pg.ScatterPlotItem):
            old = item.opts["size"]
            item.setSize(old * factor)
            self._undo.append(lambda i=item, s=old: i.setSize(s))
        elif isinstance(item, pg.LabelItem) and item.text:
            old = item.opts.get("size")
            item.setText(item.text, size=f"{font.pointSizeF():g}pt")
            self._undo.append(lambda i=item, s=old: i.setText(i.text, size=s))

    def restore(self) -> None:
        for undo in reversed(self._undo):
            try:
                undo()
            except RuntimeError:  # the item was deleted meanwhile (a rebuilt plot)
                pass
        self._undo.clear()


class PresentationMode(QObject):
    """The View menu's checkable "Presentation mode" (F5 or Ctrl+Shift+P) for ``window``."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._docks = docks
        self._saved: tuple | None = None
        self._plots = PlotScaler()
        self._texts: list[tuple[QAbstractButton, str]] = []
        self.action = QAction(self.tr("Presentation mode"), window)
        self.action.setObjectName("presentationAction")
        self.action.setCheckable(True)
        self.action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Shift+P")])
        tip = self.tr("Larger text and lines for a projector; only the main panels stay (F5)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.toggled.connect(self.set_active)
        window.addAction(self.action)  # the shortcut works even with the menu bar hidden

    def _icon_only_buttons(self) -> list[tuple[QAbstractButton, str]]:
        """The run bar's buttons show their icons only (their names stay for screen
        readers and in tooltips): at 1.5x the bar would not fit a 1366-pixel screen."""
        texts = []
        for bar in self._window.findChildren(QToolBar):
            for button in bar.findChildren(QAbstractButton):
                if button.icon().isNull() or not button.text():
                    continue
                texts.append((button, button.text()))
                if not button.accessibleName():
                    button.setAccessibleName(button.text().replace("&", ""))
                button.setText("")
        return texts

    def is_active(self) -> bool:
        return self._saved is not None

    def set_active(self, on: bool) -> None:
        """Enter (``on``) or leave presentation mode; the action's check follows."""
        if on != self.action.isChecked():
            self.action.setChecked(on)  # re-enters through toggled
            return
        if on and self._saved is None:
            self._enter()
        elif not on and self._saved is not None:
            self._leave()

    def _enter(self) -> None:
        w = self._window
        app = QApplication.instance()
        self._saved = (w.saveState(), w.size(), QFont(app.font()))
        app.setFont(_scaled_font(app.font(), FACTOR))
        for name, dock in self._docks.items():
            if name not in MAIN_DOCKS:
                dock.hide()
        self._plots.scale(w, FACTOR)
        self._texts = self._icon_only_buttons()
        from nnplayground.gui import docks as docks_mod

        docks_mod.size_docks(w, self._docks)  # the freed room goes to the plots

    def _leave(self) -> None:
        state, size, font = self._saved
        self._saved = None
        self._plots.restore()
        for button, text in self._texts:
            button.setText(button.property("fullText") or text)  # Play may now be Pause
        self._texts = []
        QApplication.instance().setFont(font)
        self._window.restoreState(state)
        if not self._window.isMaximized() and not self._window.isFullScreen():
            self._window.resize(size)  # larger fonts may have grown it
