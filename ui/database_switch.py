"""Opening another database file or restoring a backup while the program runs.

The switch runs as one more task on the worker, in queue order: work queued before it finishes on
the old file, then :meth:`app.database.Database.adopt` makes the context's one ``Database`` object
point at the new file, so work queued after it (pages keep that object, never its engine) runs on
the new one. Unsaved edits are asked about first (``UiContext.confirm_leave``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.database import Database, open_database
from app.database import backup as backups
from ui.bus import Changes
from ui.context import UiContext
from ui.tasks import Op


class DatabaseSwitcher:
    """Switch or restore the context's database from any widget (设置, the 文件 menu)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent

    def choose_and_open(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("DatabaseSwitch", "打开或新建数据库"),
            str(self.ctx.db.path.parent),
            QCoreApplication.translate("DatabaseSwitch", "献血办数据库 (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if target:
            self.switch(Path(target))

    def switch(self, target: Path, *, create: bool = True) -> None:
        """Open *target* (a new file is created unless ``create`` is False, as for recent files)."""
        if not self.ctx.confirm_leave(lambda: self.switch(target, create=create)):
            return
        db = self.ctx.db

        def work() -> Path:
            fresh = open_database(Path(target), create=create)
            db.adopt(fresh)
            return fresh.path

        Op(self.parent, work).with_progress(
            QCoreApplication.translate("DatabaseSwitch", "正在打开数据库……"), cancellable=False
        ).success(self._switched).run()

    def _switched(self, path: Path) -> None:
        self.ctx.settings.remember_database(path)
        self.ctx.bus.database_changed.emit()
        self.ctx.bus.announce(Changes.of("*"), self.parent)

    def restore(self, source: Path) -> None:
        """Put *source* back as the current file (a safety copy of it is kept first)."""
        if not self.ctx.confirm_leave(lambda: self.restore(source)):
            return
        db = self.ctx.db

        def work() -> Path | None:
            path = db.path
            db.close()  # the file is replaced under the engine: no connection may stay open
            try:
                safety = backups.restore(Path(source), path)
            finally:
                db.adopt(_reopen(path))
            return safety

        def done(_safety: Path | None) -> None:
            self.ctx.bus.database_changed.emit()
            self.ctx.bus.announce(Changes.of("*"), self.parent)
            QMessageBox.information(
                self.parent,
                QCoreApplication.translate("DatabaseSwitch", "恢复完成"),
                QCoreApplication.translate("DatabaseSwitch", "已从备份恢复：{name}").format(
                    name=Path(source).name
                ),
            )

        Op(self.parent, work).with_progress(
            QCoreApplication.translate("DatabaseSwitch", "正在恢复……"), cancellable=False
        ).success(done).run()


def _reopen(path: Path) -> Database:
    return open_database(path, create=False)
