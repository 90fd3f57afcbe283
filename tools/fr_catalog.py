"""French texts for the GUI and the lessons: English source text → French.

Filled by tools/update_translations.py into nnplayground/gui/i18n/nnplayground_fr.ts.
"""

FRENCH: dict[str, str] = {}
