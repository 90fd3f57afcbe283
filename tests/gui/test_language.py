"""Switching languages restores everything the previous language changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from nnplayground.gui import language


def test_back_to_english_restores_translations_and_the_number_locale(qapp):
    before = QLocale().name()
    try:
        assert language.install("fr") == "fr"
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert QLocale().decimalPoint() == ","
    finally:
        assert language.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().name() == before
    assert QLocale().decimalPoint() == QLocale(before).decimalPoint()
