"""Numbers as the window's language writes them: one format per window.

Spin boxes already follow ``QLocale()`` (0,03 in French); every label and table that
shows a number goes through here, so a readout never shows 0.5596 next to 0,0000.
The format specs are Python's (".4f", ".3g", ".2e", ".0%"), so call sites read as before.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QLocale

NO_VALUE = "—"
_NBSP = "\u00a0"


def _localize(text: str, locale: QLocale) -> str:
    """Python's digits with the locale's decimal point (the minus stays ASCII, as the
    spin boxes write it)."""
    point = locale.decimalPoint()
    return text.replace(".", point) if point != "." else text


def number(value: float | None, spec: str = ".4f") -> str:
    """``value`` formatted by ``spec`` in the current locale; "—" when there is none.

    A percent spec (".1%") writes the locale's way: 85.0% in English, 85,0 % in French."""
    if value is None or not math.isfinite(value):
        return NO_VALUE
    locale = QLocale()
    if spec.endswith("%"):
        digits = _localize(format(100 * value, spec[:-1] + "f"), locale)
        space = _NBSP if locale.language() == QLocale.Language.French else ""
        return f"{digits}{space}%"
    return _localize(format(value, spec), locale)


def short(value: float | None, spec: str = ".4f") -> str:
    """Like :func:`number`, but huge values (an exploding loss) in short scientific form,
    so a readout never grows to hundreds of digits and widens its panel."""
    if value is not None and math.isfinite(value) and abs(value) >= 1e6:
        return number(value, ".3e")
    return number(value, spec)


def in_text(text: str) -> str:
    """The decimals inside a ready-made English text ("max f' = 0.25") written the
    locale's way ("max f' = 0,25" in French)."""
    point = QLocale().decimalPoint()
    if point == ".":
        return text
    return re.sub(r"(?<=\d)\.(?=\d)", point, text)
