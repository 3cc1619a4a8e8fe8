"""After an export: say where the file went and offer 打开所在文件夹, as Office programs do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import desktop


def exported_box(parent: QWidget | None, title: str, text: str, path: Path) -> QMessageBox:
    """The message itself (tests drive it): 打开所在文件夹 opens the folder, 关闭 closes."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    folder = box.addButton(
        QCoreApplication.translate("exported", "打开所在文件夹"), QMessageBox.ButtonRole.ActionRole
    )
    folder.setObjectName("open_folder")
    close = box.addButton(QCoreApplication.translate("exported", "关闭"), QMessageBox.ButtonRole.RejectRole)
    close.setObjectName("close")
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    folder.clicked.connect(lambda: desktop.open_folder(Path(path)))
    return box


def show_exported(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    exported_box(parent, title, text, path).exec()
