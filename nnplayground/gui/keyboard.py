"""Keyboard and screen-reader access: a Tab order that follows the screen, and a name for
every control.

Qt's default Tab order is the order widgets were created in. Here that put the output
layer before layer 1 (the output editor is built first and the hidden rows later) and the
run bar's Play about 45 stops in (the run bar is added last). :func:`apply` walks the
window the way it reads, the run bar left to right and then each dock's layouts in their
order, and chains the controls with ``QWidget.setTabOrder``. It also gives every control
without one an accessible name, taken from what a sighted user reads next to it: its
buddy or form label, its own text, or the first sentence of its (translated) tooltip, so
the names follow the language. Run it again whenever controls are added (a new layer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QToolBar,
    QWidget,
)

#: Controls a user operates; each needs an accessible name.
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit)
#: A short caption a panel puts on a control whose tooltip changes with its value (a combo
#: whose tooltip is the chosen entry's help): "Activation" rather than the help text.
CAPTION = "accessibleCaption"
#: Set on names this module chose, so they are recomputed (layers renumbered, new tips).
AUTO = "nnplaygroundAutoName"
_TAGS = re.compile(r"<[^>]+>")


def apply(window: QMainWindow, docks: dict[str, QDockWidget], bars: Iterable[QToolBar]) -> None:
    """Chain the Tab order of ``window`` (bars, then ``docks`` in the given order, the
    central widget after the left column) and name every control in it."""
    release_tab_traps(window)
    order: list[QWidget] = []
    visited: dict[int, QWidget] = {}
    for bar in bars:
        _collect(bar, order, visited)
    central = window.centralWidget()
    left = [
        d
        for d in docks.values()
        if window.dockWidgetArea(d) == Qt.DockWidgetArea.LeftDockWidgetArea
    ]
    rest = [d for d in docks.values() if d not in left]
    for dock in left:
        _collect(dock.widget(), order, visited)
    _collect(central, order, visited)
    for dock in rest:
        _collect(dock.widget(), order, visited)
    _collect(window, order, visited)  # anything not reached through a layout
    for first, second in zip(order, order[1:]):
        QWidget.setTabOrder(first, second)
    name_controls(window)


def release_tab_traps(root: QWidget) -> None:
    """Tab leaves tables, lists and text boxes instead of moving inside them."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and not _is_qt_part(widget)


def _is_qt_part(widget: QWidget) -> bool:
    """Qt's own pieces (a spin box's line edit, a scroll area's viewport)."""
    parent = widget.parentWidget()
    return widget.objectName().startswith("qt_") or (
        parent is not None
        and parent.objectName().startswith("qt_")
        and not isinstance(parent, QAbstractScrollArea)  # fmt: skip
    )


def _collect(widget: QWidget | None, order: list[QWidget], visited: dict[int, QWidget]) -> None:
    """Append ``widget``'s focusable controls to ``order`` in reading order: the order of
    its layouts (rows top to bottom, items left to right), then any other children.
    ``visited`` holds every widget already walked (each is walked once)."""
    if widget is not None:
        _visit(widget, order, visited)


def _visit(widget: QWidget, order: list[QWidget], visited: dict[int, QWidget]) -> None:
    if id(widget) in visited:
        return
    visited[id(widget)] = widget  # holds the wrapper, so its id is not reused meanwhile
    if isinstance(widget, QScrollArea):
        # A scroll area shows the focused child itself; it is no Tab stop of its own.
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if widget.widget() is not None:
            _visit(widget.widget(), order, visited)
        return
    if _takes_tab(widget):
        order.append(widget)
    if isinstance(widget, QAbstractSpinBox | QComboBox | QAbstractItemView | QLineEdit):
        return  # compound controls chain their own parts
    if isinstance(widget, QSplitter):
        for i in range(widget.count()):
            _visit(widget.widget(i), order, visited)
    children = [
        c
        for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not c.isWindow()
    ]
    if widget.layout() is not None:
        _visit_layout(widget.layout(), children, order, visited)
    for child in children:
        _visit(child, order, visited)


def _in_layout_order(layout: QLayout, widgets: list[QWidget]) -> list[QWidget | QLayout]:
    """The widgets of ``widgets`` that sit directly in ``layout`` and its sub-layouts, in
    item order. Only QObjects are asked for (``indexOf``): wrapping the QLayoutItems
    that ``itemAt`` returns left stale Python wrappers when Qt deleted the items, and a
    later object at the same address then crashed (the GUI stress test found it)."""
    entries = [(layout.indexOf(w), w) for w in widgets]
    subs = layout.findChildren(QLayout, options=Qt.FindChildOption.FindDirectChildrenOnly)
    entries += [(layout.indexOf(sub), sub) for sub in subs]
    return [entry for index, entry in sorted(entries, key=lambda e: e[0]) if index >= 0]


def _visit_layout(
    layout: QLayout, widgets: list[QWidget], order: list[QWidget], visited: dict[int, QWidget]
) -> None:
    for entry in _in_layout_order(layout, widgets):
        if isinstance(entry, QLayout):
            _visit_layout(entry, widgets, order, visited)
        else:
            _visit(entry, order, visited)


# --------------------------------------------------------------------------- names
def _plain(text: str) -> str:
    """Label or button text as read aloud: no markup, no mnemonic ampersand, no colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _first_sentence(text: str) -> str:
    text = _plain(text)
    for stop in (". ", "; ", " ("):
        head, found, _ = text.partition(stop)
        if found and len(head) >= 3:
            return head.rstrip(".")
    return text.rstrip(".")


def _labels_by_field(root: QWidget) -> dict[int, str]:
    """id(control) → the text of the label that names it (buddy or form row label).
    The caller keeps ``root``'s controls alive, so their ids stay theirs."""
    names: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            names[id(buddy)] = _plain(label.text())
    for form in root.findChildren(QFormLayout):
        owner = form.parentWidget()
        if owner is None:
            continue
        widgets = owner.findChildren(QWidget)  # fields sit in the form or a row layout
        for field in _in_layout_order(form, [w for w in widgets if w.parentWidget() is owner]):
            label = form.labelForField(field)
            if not isinstance(label, QLabel) or not _plain(label.text()):
                continue
            text = _plain(label.text())
            if isinstance(field, QLayout):  # a row of several controls: name the first
                row = [w for w in widgets if field.indexOf(w) >= 0]
                field = next((w for w in row if isinstance(w, CONTROLS)), None)
                if field is None:
                    continue
            names.setdefault(id(field), text)
            for inner in field.findChildren(QWidget):
                if isinstance(inner, CONTROLS):
                    names.setdefault(id(inner), text)
    return names


def _context(widget: QWidget) -> str:
    """The accessible name of the nearest named container (a layer row: "Hidden layer 2")."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if not isinstance(parent, CONTROLS) and parent.accessibleName():
            return parent.accessibleName()
        parent = parent.parentWidget()
    return ""


def _own_name(widget: QWidget, labels: dict[int, str]) -> str:
    if widget.property(CAPTION):
        return str(widget.property(CAPTION))
    text = _plain(widget.text()) if isinstance(widget, QAbstractButton) else ""
    if any(c.isalnum() for c in text):  # not "?" or "…": a symbol reads as nothing
        return text
    if id(widget) in labels:
        return labels[id(widget)]
    if widget.toolTip():
        return _first_sentence(widget.toolTip())
    return widget.objectName()


def name_controls(root: QWidget) -> None:
    """Give every control under ``root`` without a name one a reader can use."""
    alive = root.findChildren(QWidget)  # one wrapper per widget for the whole pass
    controls = [w for w in alive if isinstance(w, CONTROLS)]
    labels = _labels_by_field(root)
    for widget in controls:
        if widget.accessibleName() and not widget.property(AUTO):
            continue
        parent = widget.parentWidget()
        if _is_qt_part(widget) and isinstance(parent, CONTROLS):
            continue  # named below, after its owner
        name = _own_name(widget, labels)
        context = _context(widget)
        if context and not name.startswith(context):
            name = QCoreApplication.translate("MainWindow", "%1: %2")
            name = name.replace("%1", context).replace("%2", _own_name(widget, labels))
        widget.setAccessibleName(name)
        widget.setProperty(AUTO, True)
    for widget in controls:
        parent = widget.parentWidget()
        if _is_qt_part(widget) and isinstance(parent, CONTROLS):
            widget.setAccessibleName(parent.accessibleName())
            widget.setProperty(AUTO, True)
