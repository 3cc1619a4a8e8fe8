"""Translation hook for user-facing text produced below the UI layer.

`app/` and `db/` may not import Qt, yet their messages must go through Qt's translation
machinery so an English build stays possible. They call :func:`translate` with a literal
context and text — ``translate("roster", "找不到该单位（编号 {id}）")`` — the form Qt's own
``pyside6-lupdate`` extracts from Python files (it reads any call named ``translate`` with two
string literals, and ``QT_TRANSLATE_NOOP`` the same way). A context held in a variable is
invisible to it, so the context is always written out.

The GUI installs ``QCoreApplication.translate`` as the translator at start-up; headless runs
keep the source text (Simplified Chinese).
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install (or remove, with None) the function that translates (context, text)."""
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    """Translate *text* in *context*; the source language is Simplified Chinese."""
    if _translator is None:
        return text
    return _translator(context, text)


#: The first wave's name. pyside6-lupdate does not read ``tr(context, text)`` (it takes a bare
#: ``tr`` for a class's one-argument tr), so tests/tools/test_i18n.py refuses calls to it in
#: app/: kept only so a branch written against it still imports while it is converted.
tr = translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: pyside6-lupdate extracts it
    """Mark *text* for the translation catalogue where it sits in a table; translate it later with
    ``translate(context, text)`` when it is shown."""
    return text
