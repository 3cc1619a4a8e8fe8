"""Showing errors: a KnownError as a plain message, anything else as a bug with the log's place."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import KnownError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    translate = QCoreApplication.translate
    if isinstance(exc, KnownError):
        QMessageBox.warning(parent, translate("errors", "无法完成"), str(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """The crash dialog: an apology, where the log is, and the details on demand."""
    from app.paths import logs_dir

    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("errors", "程序出错"))
    box.setText(translate("errors", "程序遇到意外错误，这次操作没有完成，已做的修改已撤销。"))
    box.setInformativeText(
        translate("errors", "错误已记录在日志中：{path}\n如反复出现，请把该文件发给维护人员。").format(
            path=logs_dir() / "xianxueban.log"
        )
    )
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()
