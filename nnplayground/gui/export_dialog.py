"""File ▸ Export figure…: which figure, its size, PNG or SVG, and its title.

The dialog only gathers the choice (:meth:`ExportDialog.options`); the figure is drawn by
:mod:`nnplayground.figures` at that size, never copied from the window's pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnplayground.figures.data import DEFAULT_SIZE, MAX_SIDE, MIN_SIDE, SIZES

CUSTOM = "custom"


@dataclass(frozen=True)
class ExportOptions:
    kind: str  # a figures.KINDS name
    size: tuple[int, int]
    fmt: str  # "png" or "svg"
    title: str
    accuracy: bool


class ExportDialog(QDialog):
    """Choose a figure (``kind`` preselected), a size, a format and a title."""

    def __init__(
        self,
        kind: str = "summary",
        title: str = "",
        parent: QWidget | None = None,
        has_accuracy: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export figure"))
        self.figureCombo = self._combo(
            "exportFigureCombo",
            self.tr("Figure"),
            self.tr("Which figure to write"),
            [
                (self.tr("Side by side: boundary, loss and network"), "summary"),
                (self.tr("Loss curves"), "loss"),
                (self.tr("Decision boundary"), "boundary"),
                (self.tr("Network"), "network"),
                (self.tr("Activation of a layer"), "activation"),
            ],
        )
        self.sizeCombo = self._combo(
            "exportSizeCombo",
            self.tr("Size"),
            self.tr("Size of the image in pixels"),
            [
                (self.tr("Slide 16:9 (1920 × 1080)"), "slide"),
                (self.tr("Default (1600 × 1000)"), "default"),
                (self.tr("Square (1200 × 1200)"), "square"),
                (self.tr("Custom"), CUSTOM),
            ],
        )
        self.widthSpin = self._spin(
            "exportWidthSpin", self.tr("Width"), self.tr("Width of the image in pixels")
        )
        self.heightSpin = self._spin(
            "exportHeightSpin", self.tr("Height"), self.tr("Height of the image in pixels")
        )
        self.formatCombo = self._combo(
            "exportFormatCombo",
            self.tr("Format"),
            self.tr("PNG for slides and documents, SVG to edit or scale without blur"),
            [(self.tr("PNG image"), "png"), (self.tr("SVG image"), "svg")],
        )
        self.titleEdit = QLineEdit(title)
        self._name(
            self.titleEdit,
            "exportTitleEdit",
            self.tr("Title"),
            self.tr("Drawn above the figure; leave it empty for no title"),
        )
        self.accuracyCheck = QCheckBox(self.tr("Show the accuracy"))
        self._name(
            self.accuracyCheck,
            "exportAccuracyCheck",
            self.tr("Show the accuracy"),
            self.tr("Add the accuracy curves to the loss (right-hand axis)"),
        )
        self.accuracyCheck.setEnabled(has_accuracy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._name(
            self.buttons,
            "exportButtons",
            self.tr("Export or cancel"),
            self.tr("Save chooses the file next"),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._select(self.figureCombo, kind)
        self._select(self.sizeCombo, "default")
        self.sizeCombo.currentIndexChanged.connect(self._size_chosen)
        self._size_chosen()

    # ----------------------------------------------------------------- API
    def options(self) -> ExportOptions:
        return ExportOptions(
            kind=self.figureCombo.currentData(),
            size=(self.widthSpin.value(), self.heightSpin.value()),
            fmt=self.formatCombo.currentData(),
            title=self.titleEdit.text().strip(),
            accuracy=self.accuracyCheck.isEnabled() and self.accuracyCheck.isChecked(),
        )

    def set_size(self, width: int, height: int) -> None:
        """Choose the preset of that size, or Custom with these sides."""
        preset = next((name for name, wh in SIZES.items() if wh == (width, height)), CUSTOM)
        self._select(self.sizeCombo, preset)
        self.widthSpin.setValue(width)
        self.heightSpin.setValue(height)

    def set_format(self, fmt: str) -> None:
        """Choose "png" or "svg"."""
        self._select(self.formatCombo, fmt)

    # ----------------------------------------------------------------- internals
    def _name(self, widget: QWidget, name: str, accessible: str, tip: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)

    def _combo(self, name: str, label: str, tip: str, items) -> QComboBox:
        combo = QComboBox()
        self._name(combo, name, label, tip)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _spin(self, name: str, label: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        self._name(spin, name, label, tip)
        spin.setRange(MIN_SIDE, MAX_SIDE)
        spin.setSuffix(" px")
        return spin

    def _select(self, combo: QComboBox, data) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    def _size_chosen(self) -> None:
        preset = self.sizeCombo.currentData()
        custom = preset == CUSTOM
        self.widthSpin.setEnabled(custom)
        self.heightSpin.setEnabled(custom)
        if not custom:
            width, height = SIZES.get(preset, DEFAULT_SIZE)
            with QSignalBlocker(self.widthSpin), QSignalBlocker(self.heightSpin):
                self.widthSpin.setValue(width)
                self.heightSpin.setValue(height)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Figure:"), self.figureCombo)
        form.addRow(self.tr("&Size:"), self.sizeCombo)
        sides = QHBoxLayout()
        sides.addWidget(self.widthSpin)
        times = QLabel("×")
        times.setObjectName("exportTimesLabel")
        sides.addWidget(times)
        sides.addWidget(self.heightSpin)
        form.addRow(self.tr("Width × height:"), sides)
        form.addRow(self.tr("F&ormat:"), self.formatCombo)
        form.addRow(self.tr("&Title:"), self.titleEdit)
        form.addRow("", self.accuracyCheck)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
