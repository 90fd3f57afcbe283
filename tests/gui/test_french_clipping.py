"""No text clipped in a French window at 1366 x 728 (a 768-pixel laptop with a taskbar):
every label and button of the run bar and the open docks is as wide as its text."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QWidget

from nnplayground.gui import language

_TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def french(make_window, qtbot):
    locale = QLocale()
    assert language.install("fr") == "fr"
    window = make_window()
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.training_panel.set_progress(12345, 550.0, 0.5596, 0.61, 0.875, 0.8)
    QApplication.processEvents()
    yield window
    language.install("en")
    QLocale.setDefault(locale)


def _text(widget: QWidget) -> str | None:
    """The plain text ``widget`` shows, or None (word-wrapped, a picture, empty)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        text = widget.text()
    elif isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    else:
        return None
    text = _TAGS.sub("", text).replace("&nbsp;", " ")
    return text if text.strip() else None


def _needed(widget: QWidget, text: str) -> int:
    """The width of the widest line (a readout has two lines, train over test)."""
    advance = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(widget, QLabel):
        return advance + 2 * widget.margin() + widget.indent() * (widget.indent() > 0)
    if isinstance(widget, QCheckBox):
        return advance  # plus the box: compared with its size hint below
    return advance


def _shown(window) -> list[QWidget]:
    roots = [window.run_bar] + [d for d in window.docks.values() if d.isVisible()]
    widgets = []
    for root in roots:
        for w in root.findChildren(QWidget):
            if isinstance(w, QLabel | QAbstractButton) and w.isVisible():
                if not w.visibleRegion().isEmpty():  # scrolled out of sight: not clipped
                    widgets.append(w)
    return widgets


def test_no_label_or_button_is_clipped_in_french_at_1366_by_728(french):
    clipped = []
    for w in _shown(french):
        text = _text(w)
        if text is None:
            continue
        shown = w.visibleRegion().boundingRect().width()
        need = _needed(w, text)
        if isinstance(w, QAbstractButton):
            need = max(need, w.minimumSizeHint().width())
        if min(shown, w.width()) < need:
            clipped.append(f"{w.objectName() or type(w).__name__} {text!r}: {shown} < {need}")
    assert not clipped, "\n".join(clipped)


def test_the_run_bar_readouts_are_all_on_screen_in_french(french):
    run = french.training_panel.controls
    for label in (run.epoch_label, run.train_loss_label, run.test_loss_label,
                  run.accuracy_label, run.speed_label):  # fmt: skip
        assert label.isVisible(), label.objectName()
        rect = label.rect().translated(label.mapTo(french, label.rect().topLeft()))
        assert french.rect().contains(rect), (label.objectName(), rect)
        assert label.visibleRegion().boundingRect() == label.rect(), label.objectName()
    assert Qt.LayoutDirection.LeftToRight == french.layoutDirection()
