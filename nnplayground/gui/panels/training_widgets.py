"""Pieces of the training panel: spin box factories and the run controls with readouts."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nnplayground.gui import numbers
from nnplayground.gui.panels.common import message_label
from nnplayground.gui.panels.number_spin import NumberSpinBox

NO_VALUE = numbers.NO_VALUE


def int_spin(parent: QWidget, name: str, lo: int, hi: int, tip: str) -> QSpinBox:
    """A QSpinBox that commits on Enter / focus-out rather than on every keystroke."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setToolTip(tip)
    spin.setKeyboardTracking(False)
    return spin


def double_spin(parent: QWidget, name: str, lo: float, hi: float, tip: str) -> NumberSpinBox:
    """A NumberSpinBox (any decimal separator, scientific notation) whose arrows step by
    about a tenth of the value (0.03 → 0.031 …)."""
    spin = NumberSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setToolTip(tip)
    return spin


def _number(value: float | None, fmt: str = ".4f") -> str:
    return numbers.short(value, fmt)


def _percent(value: float | None) -> str:
    return numbers.number(value, ".1%")


#: The speed control's stops in epochs per second; None (the last) is as fast as possible.
SPEEDS: tuple[float | None, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, None)


class RunControls(QFrame):
    """The run bar: Play/Pause, Step, Reset, New weights, the speed control, the epoch
    limit, the learning rate (``add_learning_rate``) and the readouts, in one band the
    window puts above its panels; a message banner shows under it when there is news."""

    speed_changed = Signal(object)  # epochs per second (float) or None: as fast as possible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runBar")
        self._task = "classification"
        pix = QStyle.StandardPixmap
        self.play_button = self._button(
            "playButton", self.tr("Play"), pix.SP_MediaPlay, self.tr("Start or pause training")
        )
        self.play_button.setCheckable(True)
        self.step_button = self._button(
            "stepButton", self.tr("Step"), pix.SP_MediaSkipForward, self.tr("Train a single epoch")
        )
        self.reset_button = self._button(
            "resetButton",
            self.tr("Reset"),
            pix.SP_BrowserReload,
            self.tr("Start again from the same initial weights"),
        )
        self.new_seed_button = self._button(
            "newSeedButton", self.tr("New weights"), pix.SP_DialogResetButton,
            self.tr("Start again from new random initial weights"),
        )  # fmt: skip
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.speed_slider.setObjectName("speedControl")
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        self.speed_slider.setPageStep(1)
        self.speed_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed_slider.setFixedWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        self.speed_slider.setToolTip(
            self.tr(
                "Training speed: from 1 epoch per second, to watch each step, to as fast "
                "as possible"
            )  # fmt: skip
        )
        self.speed_slider.setAccessibleName(self.tr("Training speed"))
        self.speed_label = self._label("speedLabel", self.tr("The chosen training speed"))
        self.limit_label = self._label("epochLimitLabel", self.tr("The epoch limit of this run"))
        self.epoch_label = self._label("epochLabel", self.tr("Epochs finished"))
        self.eps_label = self._label("epsLabel", self.tr("Training speed"))
        self.train_loss_label = self._label("trainLossLabel", self.tr("Loss on the training set"))
        self.test_loss_label = self._label("testLossLabel", self.tr("Loss on the test set"))
        self.accuracy_label = self._label(
            "accuracyLabel", self.tr("Share of points classified right (train / test)")
        )
        self.message = message_label("trainingMessage", self)
        self._lay_out()
        self.speed_slider.valueChanged.connect(self._on_speed)
        self._on_speed(self.speed_slider.value(), emit=False)
        self.set_progress(0, 0.0, None, None, None, None)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for button in (self.play_button, self.step_button, self.reset_button,
                       self.new_seed_button):  # fmt: skip
            bar.addWidget(button)
        bar.addWidget(self.limit_label)
        bar.addSpacing(8)
        speed = QLabel(self.tr("Speed"), self)
        speed.setBuddy(self.speed_slider)
        bar.addWidget(speed)
        bar.addWidget(self.speed_slider)
        bar.addWidget(self.speed_label)
        self._rate_slot = QHBoxLayout()  # the learning rate goes here (add_learning_rate)
        bar.addLayout(self._rate_slot)
        bar.addSpacing(8)
        readouts = QGridLayout()
        readouts.setHorizontalSpacing(12)
        readouts.setVerticalSpacing(0)
        readouts.addWidget(self.epoch_label, 0, 0)
        readouts.addWidget(self.eps_label, 1, 0)
        readouts.addWidget(self.train_loss_label, 0, 1)
        readouts.addWidget(self.test_loss_label, 1, 1)
        readouts.addWidget(self.accuracy_label, 0, 2, 2, 1)
        bar.addLayout(readouts)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.message)

    def add_learning_rate(self, spin: QWidget) -> None:
        """Show the learning rate on the bar (it is changed live, while training)."""
        caption = QLabel(self.tr("Learning rate"), self)
        caption.setBuddy(spin)
        self._rate_slot.addWidget(caption)
        self._rate_slot.addWidget(spin)

    def speed(self) -> float | None:
        """Epochs per second at most, or None for as fast as possible."""
        return SPEEDS[self.speed_slider.value()]

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Move the slider to the stop nearest ``epochs_per_second`` (None: the last)."""
        if epochs_per_second is None:
            index = len(SPEEDS) - 1
        else:
            finite = [abs(math.log(v / epochs_per_second)) for v in SPEEDS[:-1]]
            index = finite.index(min(finite))
        self.speed_slider.setValue(index)

    def _on_speed(self, index: int, emit: bool = True) -> None:
        value = SPEEDS[index]
        if value is None:
            self.speed_label.setText(self.tr("max"))
        else:
            self.speed_label.setText(self.tr("%1/s").replace("%1", numbers.number(value, "g")))
        if emit:
            self.speed_changed.emit(value)

    def set_limit(self, epochs: int) -> None:
        """Show the epoch limit beside Play (hidden when there is none)."""
        self.limit_label.setText(self.tr("limit %1").replace("%1", str(int(epochs))))
        self.limit_label.setVisible(bool(epochs))

    def _button(self, name: str, text: str, icon: QStyle.StandardPixmap, tip: str) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _label(self, name: str, tip: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setToolTip(tip)
        return label

    def set_running(self, running: bool) -> None:
        """Check the play button and show Pause (or Play) without emitting."""
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(running)
        pix = QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pix))
        text = self.tr("Pause") if running else self.tr("Play")
        self.play_button.setProperty("fullText", text)  # presentation mode shows icons only
        if self.play_button.text():
            self.play_button.setText(text)

    def set_task(self, task: str) -> None:
        """Accuracy is shown for classification only."""
        self._task = task
        self.accuracy_label.setVisible(task == "classification")
        if task != "classification":
            self.accuracy_label.setText(self._accuracy_text(None, None))

    def set_progress(
        self,
        epoch: int,
        epochs_per_second: float,
        train_loss: float | None,
        test_loss: float | None,
        train_acc: float | None,
        test_acc: float | None,
    ) -> None:
        """Plain digits for the epoch (no thousands separator): tests and users parse it."""
        self.epoch_label.setText(self.tr("Epoch %1").replace("%1", str(int(epoch))))
        self.eps_label.setText(
            self.tr("%1 epochs/s").replace("%1", _number(epochs_per_second, ".0f"))
        )
        self.train_loss_label.setText(self.tr("Train loss %1").replace("%1", _number(train_loss)))
        self.test_loss_label.setText(self.tr("Test loss %1").replace("%1", _number(test_loss)))
        if self._task == "classification":
            self.accuracy_label.setText(self._accuracy_text(train_acc, test_acc))

    def _accuracy_text(self, train: float | None, test: float | None) -> str:
        """Two lines, train over test, beside the two loss lines (one line was clipped)."""
        return "\n".join((self.tr("Train accuracy %1").replace("%1", _percent(train)),
                          self.tr("Test accuracy %1").replace("%1", _percent(test))))  # fmt: skip
