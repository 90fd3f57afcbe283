"""Show messages from the engine and presets in the user's language.

The Qt-free layers raise errors and return reasons as :class:`nnplayground.messages.Message`
(English text + template + parameters). :func:`localized` translates the template in the
``"messages"`` context and fills in the parameters, translating those that are messages
themselves (a field path prefix, "got ..."). Anything else is shown as its English text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnplayground.messages import CONTEXT, Message, message_of


def localized(value: BaseException | str | None) -> str:
    """``value`` (an exception, a message or plain text) as text in the current language."""
    if value is None:
        return ""
    if isinstance(value, BaseException):
        value = message_of(value)
    if not isinstance(value, Message):
        return str(value)
    params = {
        key: localized(param) if isinstance(param, Message) else param
        for key, param in value.params.items()
    }
    translated = QCoreApplication.translate(CONTEXT, value.template)
    try:
        result = translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        result = value.template.format(**params)
    return result.strip().rstrip(value.trim) if value.trim else result
