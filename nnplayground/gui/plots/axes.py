"""A log axis whose tick labels never overprint.

pyqtgraph labels a log axis at every decade and, within a decade, at 2…9 as well; on a
short plot or over a range of less than a decade those labels were drawn on top of each
other ("2·10², 10², 9, 8, 7 …"). :class:`LogAxis` labels the decades only, skipping
some when they would not fit, adds 2 and 5 only when the range spans at most two decades,
and writes each label once, short and in the window's number format.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontMetrics

import pyqtgraph as pg  # isort: skip  (after PySide6, so pyqtgraph binds to it)

from nnplayground.gui import numbers  # noqa: E402

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decade_label(exponent: float) -> str:
    """10**exponent as a learner reads it: 0,01 … 1000 in plain digits, else 10⁻⁵."""
    value = 10.0**exponent
    if -3 <= exponent <= 4:
        return numbers.number(value, ".10g")
    mantissa = value / 10.0 ** math.floor(exponent + 1e-9)
    power = f"10{str(int(math.floor(exponent + 1e-9))).translate(_SUPERSCRIPT)}"
    return power if round(mantissa) == 1 else f"{round(mantissa)}·{power}"


class LogAxis(pg.AxisItem):
    """An AxisItem that, in log mode, labels decades (and 2, 5 on short ranges) only."""

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)  # "‖gradient‖ (x0.001)" confused learners

    def _label_room(self) -> float:
        font = self.style.get("tickFont") or QFont()
        metrics = QFontMetrics(font)
        if self.orientation in ("left", "right"):
            return 1.6 * metrics.height()
        return metrics.horizontalAdvance("10⁻⁰⁰⁰") + 12

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 (pyqtgraph override)
        if not self.logMode or not (math.isfinite(minVal) and math.isfinite(maxVal)):
            return super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        decades = list(range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9) + 1))
        fit = max(2, int(size / self._label_room()))
        step = max(1, math.ceil(len(decades) / fit))
        major = [d for d in decades if d % step == 0]
        minor: list[float] = []
        if hi - lo <= 2 and len(major) * 3 <= fit:
            for d in range(math.floor(lo), math.ceil(hi) + 1):
                minor += [d + math.log10(m) for m in (2, 5) if lo <= d + math.log10(m) <= hi]
        return [(float(step), [float(d) for d in major]), (0.5, minor)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [decade_label(v) for v in values]
