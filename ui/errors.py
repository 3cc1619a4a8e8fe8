"""Showing errors: a KnownError as a plain message, anything else as a bug with the log's place."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import Cancelled, KnownError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        QMessageBox.information(parent, QCoreApplication.translate("errors", "已取消"), str(exc))
        return
    if isinstance(exc, KnownError):
        QMessageBox.warning(parent, QCoreApplication.translate("errors", "无法完成"), str(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_bug(parent, exc)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """The crash dialog: an apology, where the log is, and the details on demand.

    It promises nothing about the data: a bug can strike outside a service's transaction (in the
    GUI, or after files were written), so the clerk is asked to check instead.
    """
    from app.paths import logs_dir

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "程序出错"))
    box.setText(
        QCoreApplication.translate(
            "errors", "程序遇到意外错误，这次操作可能没有完成。请核对刚才操作的结果后再继续。"
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "errors", "错误已记录在日志中：{path}\n如反复出现，请把该文件发给维护人员。"
        ).format(path=logs_dir() / "xianxueban.log")
    )
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()
