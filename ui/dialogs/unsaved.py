"""Esc or 取消 on a form dialog with edits asks first (保存 / 不保存 / 取消), as Word asks before a
document with changes closes; a form left as it opened closes at once.

The dialog overrides ``reject()`` to call :meth:`UnsavedEdits.may_close` first; the fields are
compared with a snapshot taken when the form was filled, so typing a value and taking it back
again counts as no edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.dialogs import ask


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QAbstractSpinBox):
        value = getattr(widget, "value", None)  # the text differs before and after the first show
        return value() if callable(value) else widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def _fields(dialog: QDialog) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # their own editors
        and _value(w) is not None
    ]


class UnsavedEdits(QObject):
    """Owned by *dialog*; *save* is what the dialog's 保存/确定 does (it closes the dialog itself
    once the input is valid and stored, or keeps it open showing the problem)."""

    def __init__(self, dialog: QDialog, save: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.save = save
        self.snapshot()

    def snapshot(self) -> None:
        """The fields as they are now count as unchanged (call again after filling the form)."""
        self._fields = _fields(self.dialog)
        self._start = [_value(w) for w in self._fields]

    def edited(self) -> bool:
        return [_value(w) for w in self._fields] != self._start

    def may_close(self) -> bool:
        """True to close now; otherwise the clerk chose 保存 (the save runs) or 取消."""
        if not self.edited():
            return True
        answer = ask.ask_save(
            self.dialog,
            self.dialog.windowTitle(),
            QCoreApplication.translate("UnsavedEdits", "所做的修改还没有保存。要保存吗？"),
        )
        if answer is ask.SaveAnswer.SAVE:
            self.save()
            return False
        return answer is ask.SaveAnswer.DISCARD
