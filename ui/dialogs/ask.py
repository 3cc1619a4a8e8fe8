"""Questions to the clerk with the safe answer as default, as every Office program asks them.

``confirm`` is for destructive steps (删除, 恢复, 移除): 否 is the default button and Esc answers
否, so a stray Enter never deletes anything. ``ask_save`` is the unsaved-edits question with
保存 / 不保存 / 取消 as Word asks it: 保存 is the default (Enter keeps the work), Esc cancels.
Call them through the module (``ask.confirm(...)``) so tests can answer for the clerk.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm_box(parent: QWidget | None, title: str, text: str, *, yes_text: str = "") -> QMessageBox:
    """The question box itself (tests drive it); 否 is default and escape button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text or QCoreApplication.translate("ask", "是"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("ask", "否"), QMessageBox.ButtonRole.NoRole)
    yes.setObjectName("ask_yes")
    no.setObjectName("ask_no")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box


def confirm(parent: QWidget | None, title: str, text: str, *, yes_text: str = "") -> bool:
    """True only if the clerk explicitly chose the yes button."""
    box = confirm_box(parent, title, text, yes_text=yes_text)
    box.exec()
    return box.clickedButton() is not None and box.clickedButton().objectName() == "ask_yes"


def save_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("ask", "保存"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        QCoreApplication.translate("ask", "不保存"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QCoreApplication.translate("ask", "取消"), QMessageBox.ButtonRole.RejectRole)
    save.setObjectName("ask_save")
    discard.setObjectName("ask_discard")
    cancel.setObjectName("ask_cancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    return box


def ask_save(parent: QWidget | None, title: str, text: str) -> SaveAnswer:
    """保存 / 不保存 / 取消; closing the box any other way is 取消."""
    box = save_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"ask_save": SaveAnswer.SAVE, "ask_discard": SaveAnswer.DISCARD}.get(name, SaveAnswer.CANCEL)
