"""One spin box for every real number a user types, and the "never clamp" check.

``NumberSpinBox`` accepts the locale's decimal separator *and* ``.`` (a French user who
types ``0.003`` for the learning rate gets 0.003, not 3), ``,`` in an English window, and
scientific notation (``1e-3``, ``5E-4``) in every language. It shows its value in the
locale's format with up to ``SIGNIFICANT`` significant digits, so 0.0003 never reads 0.00,
and it does not round values to a fixed number of decimals.
"""

from __future__ import annotations

import math
import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

SIGNIFICANT = 6
ZERO_STEP = 0.001  # what the arrows add to 0
# Decimals only bound Qt's internal rounding: enough for 6 significant digits of 1e-12.
_DECIMALS = 18
_PARTIAL = re.compile(r"^[+-]?\d*(?:[.,]\d*)?(?:[eE][+-]?\d*)?$")


def parse_number(text: str) -> float | None:
    """The number ``text`` spells, with ``,`` or ``.`` as decimal point and an optional
    exponent, or None. Spaces (and narrow no-break spaces) are ignored."""
    text = "".join(text.split()).replace("\u202f", "")
    if not text or not _PARTIAL.match(text) or not any(c.isdigit() for c in text):
        return None
    mantissa = re.split(r"[eE]", text)[0]
    if not any(c.isdigit() for c in mantissa) or text[-1] in "eE+-":
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class NumberSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox reading ``0.003``, ``0,003`` and ``3e-3`` alike, in any locale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(_DECIMALS)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)  # one value per Enter / focus-out, not per keystroke

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        locale = self.locale()
        locale.setNumberOptions(locale.NumberOption.OmitGroupSeparator)
        return locale.toString(float(value), "g", SIGNIFICANT)

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        value = parse_number(self._strip(text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> object:
        body = self._strip(text)
        compact = "".join(body.split())
        if not _PARTIAL.match(compact):
            return QValidator.State.Invalid, text, pos
        value = parse_number(body)
        if value is None or not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        """Arrows step by about a tenth of the value (0.03 → 0.031), and by 0.001 from 0:
        Qt's adaptive step would be 1e-18 there, the smallest our decimals allow."""
        value = self.value()
        step = 10.0 ** (math.floor(math.log10(abs(value))) - 1) if value else ZERO_STEP
        new = float(f"{value + steps * step:.12g}")  # 0.031, not 0.031000000000000003
        self.setValue(min(max(new, self.minimum()), self.maximum()))

    def _strip(self, text: str) -> str:
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()


def check_fits(spin: QSpinBox | QDoubleSpinBox, value: float, what: str) -> None:
    """Raise ValueError when ``spin`` cannot show ``value`` (Qt would clamp it silently).

    A panel that clamped would later emit the clamped value as if the user had chosen it
    (a 1024-unit layer became 256 units when only its activation was changed).
    """
    if not spin.minimum() <= value <= spin.maximum():
        raise ValueError(
            f"The {what} {value:g} is outside what the editor can show "
            f"({spin.minimum():g} to {spin.maximum():g})."
        )


__all__ = ["NumberSpinBox", "parse_number", "check_fits", "SIGNIFICANT"]
