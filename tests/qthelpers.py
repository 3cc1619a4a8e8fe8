"""Helpers for Qt tests."""

from __future__ import annotations


def wait_idle(qtbot) -> None:
    """Block until every queued Op has finished and delivered its callbacks."""
    from ui import tasks

    qtbot.waitUntil(lambda: tasks._runner is None or tasks._runner.pending == 0, timeout=10000)


def answer_next_box(button: str = "", *, key=None, seen: list | None = None) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal message box as the clerk would: click the button named *button*
    (its objectName) or press *key*; *seen* gets (text, default button's objectName).

    The box runs its own event loop (``exec``); a timer started now finds it once it is up.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, act)
            return
        if seen is not None:
            default = box.defaultButton()
            seen.append((box.text(), default.objectName() if default is not None else ""))
        if key is not None:
            QTest.keyClick(box, key)
        else:
            box.findChild(QAbstractButton, button).click()

    QTimer.singleShot(0, act)
