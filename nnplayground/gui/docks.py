"""The main window's dock layout and the View menu.

Read left to right as in TensorFlow Playground: data and network settings on the left
(Data above Architecture, then Training settings and Lessons as tabs), the network in the
centre with the Activation and Diagnostics tabs under it, and the output on the right:
the decision boundary, the largest plot, above the loss. The run bar (Play, Step, Reset,
speed, learning rate, readouts) spans the top. Sizes follow the window, so the main path
fits a 1366 x 728 screen without scrolling and a 1920 x 1080 one gives the plots the room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QMenu, QScrollArea, QWidget

Area = Qt.DockWidgetArea

#: objectName → (area, tab partner or None); the order is the View menu's order.
LAYOUT: dict[str, tuple[Area, str | None]] = {
    "dataDock": (Area.LeftDockWidgetArea, None),
    "architectureDock": (Area.LeftDockWidgetArea, None),
    "trainingDock": (Area.LeftDockWidgetArea, None),
    "lessonsDock": (Area.LeftDockWidgetArea, "trainingDock"),
    "boundaryDock": (Area.RightDockWidgetArea, None),
    "lossDock": (Area.RightDockWidgetArea, None),
    "explanationDock": (Area.BottomDockWidgetArea, None),
    # "below:" stacks the dock under its partner instead of making it a tab.
    "activationDock": (Area.BottomDockWidgetArea, "below:explanationDock"),
    "diagnosticsDock": (Area.BottomDockWidgetArea, "activationDock"),
    "meanFieldDock": (Area.BottomDockWidgetArea, "diagnosticsDock"),
    "landscapeDock": (Area.BottomDockWidgetArea, "meanFieldDock"),
    "slowStepDock": (Area.BottomDockWidgetArea, "landscapeDock"),
    "forksDock": (Area.BottomDockWidgetArea, "slowStepDock"),
    "weightDock": (Area.BottomDockWidgetArea, "forksDock"),
}
SCROLLED = ("dataDock", "trainingDock", "diagnosticsDock", "lessonsDock")
#: Secondary tools start closed, so they take nothing from the main path; the View menu
#: (or the Training menu, or a lesson) opens them as tabs beside the activation plot.
CLOSED = ("meanFieldDock", "landscapeDock", "slowStepDock", "forksDock", "weightDock")
#: Height of the explanation strip (two lines and its buttons) over the activation plot.
STRIP_HEIGHT = 84
#: Height the loss dock keeps at least (its curves, axes, legend row and check boxes).
LOSS_MIN = 190
#: Share of the window's width for the left column and for the output column, and of
#: its height for the plots under the network view; each clamped to a usable range.
LEFT_SHARE, LEFT_RANGE = 0.27, (340, 480)
#: The output column grows faster than the window: half of every pixel beyond 360.
RIGHT_SHARE, RIGHT_OFFSET, RIGHT_RANGE = 0.5, 170, (420, 860)
BOUNDARY_SHARE = 0.75  # of the right column's height, the rest for the loss plot
BOTTOM_SHARE, BOTTOM_RANGE = 0.45, (200, 460)


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
    """Put every dock back where it starts, visible and docked, sized for the window."""
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
        if partner is not None and partner.startswith("below:") and partner[6:] in docks:
            window.addDockWidget(area, dock)
            window.splitDockWidget(docks[partner[6:]], dock, Qt.Orientation.Vertical)
        elif partner is not None and partner in docks:
            window.tabifyDockWidget(docks[partner], dock)
        else:
            window.addDockWidget(area, dock)
        dock.setVisible(name not in CLOSED)
    for first in ("trainingDock", "activationDock"):
        if first in docks:
            docks[first].raise_()
    size_docks(window, docks)


def _share(total: int, share: float, bounds: tuple[int, int]) -> int:
    return int(min(max(total * share, bounds[0]), bounds[1]))


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Give each column its share of the window (the output plot the largest)."""
    width, height = window.width(), window.height()
    left = _share(width, LEFT_SHARE, LEFT_RANGE)
    right = _share(width - 2 * RIGHT_OFFSET, RIGHT_SHARE, RIGHT_RANGE)
    horizontal = [(n, w) for n, w in (("architectureDock", left), ("boundaryDock", right))]
    pairs = [(docks[n], w) for n, w in horizontal if n in docks]
    if pairs:
        window.resizeDocks([d for d, _ in pairs], [w for _, w in pairs], Qt.Orientation.Horizontal)
    # Left column: data (its dataset row shows; the rest scrolls), the layer rows, the
    # training settings. Right column: a square boundary plot above the loss.
    usable = max(height - 120, 400)
    strip = STRIP_HEIGHT
    if "explanationDock" in docks and docks["explanationDock"].isVisible():
        strip = max(strip, docks["explanationDock"].minimumSizeHint().height())
    # The loss plot keeps a readable height (LOSS_MIN); the boundary takes the rest. The
    # explanation strip sits over the activation plot, in the middle column.
    boundary = min(right + 40, int(usable * BOUNDARY_SHARE), usable - LOSS_MIN)
    vertical = [
        ("activationDock", _share(height, BOTTOM_SHARE, BOTTOM_RANGE)),
        ("boundaryDock", boundary),
        ("lossDock", usable - boundary),
        ("explanationDock", strip),
        ("dataDock", int(usable * 0.20)),
        ("architectureDock", int(usable * 0.58)),
        ("trainingDock", int(usable * 0.22)),
    ]
    pairs = [(docks[n], h) for n, h in vertical if n in docks]
    if pairs:
        window.resizeDocks([d for d, _ in pairs], [h for _, h in pairs], Qt.Orientation.Vertical)


def float_when_cramped(dock: QDockWidget, minimum: tuple[int, int], size: tuple[int, int]) -> None:
    """Open ``dock`` as its own window, ``size`` large, when it is shown docked in a place
    smaller than ``minimum`` (the Diagnostics tab under the network view at 1366 x 768 is
    about 330 px wide: too narrow for its table and small multiples)."""

    def check() -> None:
        if not dock.isVisible() or dock.isFloating() or dock.window().isMinimized():
            return
        if dock.width() >= minimum[0] and dock.height() >= minimum[1]:
            return
        window = dock.parentWidget()
        dock.setFloating(True)
        dock.resize(*size)
        if window is not None:
            centre = window.geometry().center()
            dock.move(centre.x() - size[0] // 2, centre.y() - size[1] // 2)

    # Checked once events settle: restoring the layout shows every tab for a moment.
    dock.visibilityChanged.connect(lambda visible: visible and QTimer.singleShot(0, check))


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
