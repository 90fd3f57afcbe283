"""The main window's dock layout: which widget sits where at 1280 × 800, and the View menu.

Left: Architecture and Data as tabs above Training. Centre: the network view, with the
Activation (and Diagnostics) docks under it. Right: Decision boundary above Loss.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea, QWidget

Area = Qt.DockWidgetArea

#: objectName → (area, tab partner or None); the order is the View menu's order.
LAYOUT: dict[str, tuple[Area, str | None]] = {
    "architectureDock": (Area.LeftDockWidgetArea, None),
    "dataDock": (Area.LeftDockWidgetArea, "architectureDock"),
    "lessonsDock": (Area.LeftDockWidgetArea, "dataDock"),
    "trainingDock": (Area.LeftDockWidgetArea, None),
    "boundaryDock": (Area.RightDockWidgetArea, None),
    "lossDock": (Area.RightDockWidgetArea, None),
    "explanationDock": (Area.RightDockWidgetArea, None),
    "activationDock": (Area.BottomDockWidgetArea, None),
    "diagnosticsDock": (Area.BottomDockWidgetArea, "activationDock"),
    "meanFieldDock": (Area.BottomDockWidgetArea, "diagnosticsDock"),
    "landscapeDock": (Area.BottomDockWidgetArea, "meanFieldDock"),
    "slowStepDock": (Area.BottomDockWidgetArea, "landscapeDock"),
}
LEFT_WIDTH, RIGHT_WIDTH, BOTTOM_HEIGHT = 440, 380, 250
LEFT_TOP_HEIGHT, LEFT_BOTTOM_HEIGHT = 450, 300
SCROLLED = ("dataDock", "trainingDock", "diagnosticsDock")


def make_dock(
    window: QMainWindow, name: str, title: str, widget: QWidget, tip: str, scroll: bool = False
) -> QDockWidget:
    """A dock holding ``widget``, named ``name`` (saveState needs the objectName).

    With ``scroll`` the widget sits in a scroll area, so a tall panel does not force
    the window above 800 px.
    """
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setToolTip(tip)
    if scroll:
        area = QScrollArea(dock)
        area.setObjectName(f"{name}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(widget)
        widget = area
    dock.setWidget(widget)
    dock.toggleViewAction().setObjectName(f"{name}ViewAction")
    dock.toggleViewAction().setToolTip(
        QCoreApplication.translate("MainWindow", "Show or hide the %1 panel").replace("%1", title)
    )
    return dock


def apply_default_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Put every dock back where it starts, visible and docked."""
    window.setCorner(Qt.Corner.TopLeftCorner, Area.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomLeftCorner, Area.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.TopRightCorner, Area.RightDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Area.RightDockWidgetArea)
    for dock in docks.values():
        dock.setFloating(False)
        window.removeDockWidget(dock)
    for name, (area, partner) in LAYOUT.items():
        dock = docks.get(name)
        if dock is None:
            continue
        if partner is not None and partner in docks:
            window.tabifyDockWidget(docks[partner], dock)
        else:
            window.addDockWidget(area, dock)
        dock.show()
    for first in ("architectureDock", "activationDock"):
        if first in docks:
            docks[first].raise_()
    _size_docks(window, docks)


def _size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    horizontal = [(n, w) for n, w in (("trainingDock", LEFT_WIDTH), ("boundaryDock", RIGHT_WIDTH))]
    pairs = [(docks[n], w) for n, w in horizontal if n in docks]
    if pairs:
        window.resizeDocks([d for d, _ in pairs], [w for _, w in pairs], Qt.Orientation.Horizontal)
    vertical = [
        ("activationDock", BOTTOM_HEIGHT),
        ("boundaryDock", 420),
        ("architectureDock", LEFT_TOP_HEIGHT),
        ("trainingDock", LEFT_BOTTOM_HEIGHT),
    ]
    pairs = [(docks[n], h) for n, h in vertical if n in docks]
    if pairs:
        window.resizeDocks([d for d, _ in pairs], [h for _, h in pairs], Qt.Orientation.Vertical)


def fill_view_menu(menu: QMenu, docks: dict[str, QDockWidget], restore) -> None:
    """One checkable entry per dock, then "Restore default layout" (calls ``restore``)."""
    for name in LAYOUT:
        if name in docks:
            menu.addAction(docks[name].toggleViewAction())
    menu.addSeparator()
    action = menu.addAction(QCoreApplication.translate("MainWindow", "Restore default layout"))
    action.setObjectName("restoreLayoutAction")
    action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Put every panel back where it was when the app started"
        )
    )
    action.triggered.connect(restore)
