"""Translation hook for user-facing text produced below the UI layer.

`app/` and `db/` may not import Qt, yet their messages must go through Qt's translation
machinery so an English build stays possible. They call :func:`tr`; the GUI installs
``QCoreApplication.translate`` as the translator at start-up. Headless runs keep the source
text (Simplified Chinese).
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install (or remove, with None) the function that translates (context, text)."""
    global _translator
    _translator = fn


def tr(context: str, text: str) -> str:
    """Translate *text* in *context*; the source language is Simplified Chinese."""
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, so tools recognise the marker
    """Mark *text* for the translation catalogue where it sits in a table; translate it later with
    ``tr(context, text)`` when it is shown."""
    return text
