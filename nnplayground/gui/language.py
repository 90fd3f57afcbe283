"""Languages: English (the source texts) and French, through Qt's translation system.

Our texts are marked with ``tr()`` / ``QT_TRANSLATE_NOOP`` and extracted by
``tools/update_translations.py`` (pyside6-lupdate → ``i18n/nnplayground_fr.ts``, then
pyside6-lrelease → ``.qm``, shipped inside the package). Qt's own ``qtbase_fr.qm``
translates standard dialog buttons (Cancel, Save, …).

The language follows the system locale unless the user chose one in the Language menu;
the choice is stored in QSettings under ``ui/language`` ("system", "en" or "fr").
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "fr": "Français"}
SETTING = "ui/language"
_installed: list[QTranslator] = []
_original_locale: list[QLocale] = []  # the default locale before our first install


def chosen_language() -> str:
    """The stored choice: "system", "en" or "fr"."""
    value = QSettings().value(SETTING, "system")
    return value if value in ("system", *LANGUAGES) else "system"


def set_chosen_language(choice: str) -> None:
    if choice not in ("system", *LANGUAGES):
        raise ValueError(f"Unknown language {choice!r}; expected system, en or fr")
    QSettings().setValue(SETTING, choice)


def effective_language(choice: str | None = None) -> str:
    """The language to show: the choice, or the system locale's if we have it, else English."""
    choice = chosen_language() if choice is None else choice
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(language: str) -> str:
    """Install translators for ``language`` on the running QCoreApplication (replacing
    earlier ones). Returns the language actually installed ("en" if a file is missing)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _original_locale:
        _original_locale.append(QLocale())
    if language == "en":
        # Numbers go back to the original locale too: a French default would read a typed
        # "0.003" in a spin box as 3.
        QLocale.setDefault(_original_locale[0])
        return "en"
    ours = QTranslator(app)
    qm = resources.files("nnplayground.gui").joinpath("i18n", f"nnplayground_{language}.qm")
    with resources.as_file(qm) as path:
        if not path.exists() or not ours.load(str(path)):
            return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return language


def current_language() -> str:
    return "en" if not _installed else QLocale().name().split("_")[0]
