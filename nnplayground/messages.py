"""Translatable messages from the Qt-free layers (engine, presets): no Qt here.

A :class:`Message` is the English sentence (it *is* a ``str``, so callers and tests that
compare text see exactly the English of before) that also remembers its ``template`` and
``params``. Templates are module-level constants marked with :func:`QT_TRANSLATE_NOOP` in
the context ``"messages"`` so ``pyside6-lupdate`` extracts them; the GUI translates the
template and formats it with the same parameters (``nnplayground.gui.messages.localized``).
A parameter that is itself a :class:`Message` (a field path prefix, "got ...") is
translated too, so wrapped messages compose.

Exceptions carry their message as their only argument: ``raise ValueError(text(T, x=1))``;
:func:`message_of` gets it back (or the plain English ``str(exc)`` for any other error).
"""

from __future__ import annotations

from typing import Any

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (Qt's name)
    """Mark ``source`` for translation in ``context``; return it unchanged."""
    return source


class Message(str):
    """English text made from ``template.format(**params)``, remembering both.

    ``trim`` (e.g. ``"."``) is stripped from the end of the formatted text, in English and
    in translation, so a sentence can be embedded in a longer one.
    """

    template: str
    params: dict[str, Any]
    trim: str

    def __new__(
        cls, template: str, params: dict[str, Any] | None = None, trim: str = ""
    ) -> Message:
        params = dict(params or {})
        english = template.format(**params)
        obj = super().__new__(cls, english.strip().rstrip(trim) if trim else english)
        obj.template = template
        obj.params = params
        obj.trim = trim
        return obj

    def __getnewargs__(self) -> tuple[str, dict[str, Any], str]:  # type: ignore[override]
        return self.template, self.params, self.trim


def text(template: str, **params: Any) -> Message:
    """The English message for ``template`` with ``params`` (``{name}`` placeholders)."""
    return Message(template, params)


def without_stop(value: str) -> str:
    """``value`` without its final full stop; a :class:`Message` stays translatable."""
    if isinstance(value, Message):
        return Message(value.template, value.params, ".")
    return value.strip().rstrip(".")


def message_of(exc: BaseException | str) -> str:
    """The :class:`Message` an exception was raised with, else its English text."""
    if isinstance(exc, str):
        return exc
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


class Translatable:
    """Mixin for exception types: ``.template`` and ``.params`` of the message raised with.

    Plain English messages give ``template`` = the text itself and no params.
    """

    args: tuple[Any, ...]

    @property
    def template(self) -> str:
        arg = self.args[0] if len(self.args) == 1 else None
        return arg.template if isinstance(arg, Message) else str(self)

    @property
    def params(self) -> dict[str, Any]:
        arg = self.args[0] if len(self.args) == 1 else None
        return dict(arg.params) if isinstance(arg, Message) else {}


# Shared wording used by several modules.
AT = QT_TRANSLATE_NOOP("messages", "{where}: {reason}")
GOT = QT_TRANSLATE_NOOP("messages", "got {value}")
