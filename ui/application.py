"""GUI start-up: QApplication, translations, crash dialog, opening the database, the main window.

The order is for speed (bench/bench_startup.py): opening the database needs only sqlite3 (no
SQLAlchemy, no Alembic unless the file needs upgrading); the window is built without its pages
and painted; then SQLAlchemy and the models are imported on a thread while the window handles
events, and the page on show is built when they are there; it loads its data on the worker.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app import APP_ID, APP_NAME, __version__, i18n
from app.database import Database, open_database
from app.errors import DatabaseError
from ui.settings import Settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
qtlog = logging.getLogger("qt")

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
CJK_UI_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
)


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qtlog.log(level, message)


def install_excepthook() -> None:
    """Log every uncaught exception; on the GUI thread also show the Chinese crash dialog."""

    def hook(exc_type, exc, tb) -> None:
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if threading.current_thread() is threading.main_thread() and QApplication.instance() is not None:
            from ui.errors import show_bug

            show_bug(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def install_translators(app: QApplication) -> None:
    """Qt's own zh_CN strings (dialog buttons) and, for other locales, the app's .qm file."""
    locale = QLocale(os.environ.get("XXB_LOCALE", "zh_CN"))
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), (APP_ID, str(RESOURCES / "i18n"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)


def choose_font(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for family in CJK_UI_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            return


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    qInstallMessageHandler(_qt_message)
    install_translators(app)
    choose_font(app)
    if not hasattr(app, "gc_collector"):
        from ui.gui_gc import GuiThreadCollector

        app.gc_collector = GuiThreadCollector(app)  # no collection on the worker thread (ui/gui_gc.py)
    return app


def open_with_recovery(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open the database; on a known problem offer another file or a backup, never a traceback."""
    from app.database import backup as backups

    while True:
        try:
            return open_database(path)
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", path, exc)
            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("application", "无法打开数据库"))
            box.setText(str(exc))
            other = box.addButton(
                QCoreApplication.translate("application", "选择其他文件…"), QMessageBox.ButtonRole.AcceptRole
            )
            restore = box.addButton(
                QCoreApplication.translate("application", "从备份恢复…"), QMessageBox.ButtonRole.ActionRole
            )
            box.addButton(
                QCoreApplication.translate("application", "退出"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                chosen, _ = QFileDialog.getSaveFileName(
                    parent,
                    QCoreApplication.translate("application", "打开或新建数据库"),
                    str(path.parent),
                    QCoreApplication.translate("application", "献血办数据库 (*.db)"),
                    options=QFileDialog.Option.DontConfirmOverwrite,
                )
                if chosen:
                    path = Path(chosen)
            elif clicked is restore:
                from app.paths import backups_dir

                chosen, _ = QFileDialog.getOpenFileName(
                    parent,
                    QCoreApplication.translate("application", "选择备份文件"),
                    str(backups_dir()),
                    QCoreApplication.translate("application", "数据库备份 (*.db)"),
                )
                if chosen:
                    try:
                        backups.restore(Path(chosen), path)
                    except DatabaseError as rexc:
                        QMessageBox.warning(
                            parent, QCoreApplication.translate("application", "无法恢复"), str(rexc)
                        )
                    except OSError as rexc:
                        QMessageBox.warning(
                            parent, QCoreApplication.translate("application", "无法恢复"), str(rexc)
                        )
            else:
                return None


def report_previous_crash(report: Path, parent: QWidget | None = None) -> None:
    """Tell the clerk the last run ended abnormally and where its report is, once."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("application", "上次运行异常退出"),
        QCoreApplication.translate(
            "application",
            "程序上次运行时意外退出，未保存的操作可能没有完成。\n错误报告已保存在：{path}\n如反复出现，请把该文件发给维护人员。",
        ).format(path=report),
    )


class Preloader(QObject):
    """Imports what the pages need and the window does not (SQLAlchemy, the models, the first
    page's services) on a thread, and says ``done`` on the GUI thread.

    Started after the window's first paint: before it, the thread's bytecode would compete for the
    interpreter with the window's own start-up and every Python call Qt makes while showing it,
    and the first paint would come later (bench/bench_startup.py). Meanwhile the painted window
    keeps handling events. A failure here shows up again where a page imports the module.
    """

    done = Signal()

    def start(self) -> None:
        threading.Thread(target=self._work, name="preload", daemon=True).start()

    def _work(self) -> None:
        try:  # plain imports, so PyInstaller sees them
            from app.database import import_engine_modules

            import_engine_modules()
            # the first page's services, usually the 名册's
            import app.roster.listing
            import app.roster.units  # noqa: F401
        except Exception:  # the page's own import reports it, with its traceback
            log.exception("preloading failed")
        self.done.emit()


def start_first_run(window: MainWindow) -> None:
    """The first-start questions (the office, or the demo) for the window's database."""
    from ui.first_run import FirstRunFlow

    FirstRunFlow(window.ctx, window).start()  # parented to the window, which keeps it


def _after_first_paint(window: MainWindow) -> None:
    """What waits for the page on show: the day's backup, then on a new database the first-start
    questions. Connected only now because naming ``Qt.ConnectionType`` creates the 150 enums of
    the ``Qt`` namespace (30-40 ms), which the window does not need for its first paint."""
    from PySide6.QtCore import Qt

    from ui import smoke

    once = Qt.ConnectionType.SingleShotConnection
    # after the first page's data is asked for, so the copy queues behind it on the worker
    window.ready.connect(window.daily_backup, once)
    if not smoke.enabled():
        # Asks for the office on a new database once the first page is built: ui.first_run needs
        # SQLAlchemy, which is imported after the first paint, not before it.
        window.ready.connect(lambda: start_first_run(window), once)


def run_gui(args: argparse.Namespace) -> int:
    from app.paths import data_dir, default_db_path
    from ui import smoke
    from ui.bus import Bus
    from ui.context import UiContext
    from ui.main_window import MainWindow
    from ui.tasks import shutdown_runner

    app = make_application()
    install_excepthook()
    smoke_run = smoke.start(app) if smoke.enabled() else None
    # A smoke start (CI, installer/build.py) keeps its settings in its data folder, not the user's.
    settings = (
        Settings(QSettings(str(data_dir() / "smoke-settings.ini"), QSettings.Format.IniFormat))
        if smoke.enabled()
        else Settings()
    )
    path = Path(args.db) if args.db else Path(settings.db_path or default_db_path())
    db = open_with_recovery(path)
    if db is None:
        return 1
    settings.remember_database(db.path)
    window = MainWindow(UiContext(db=db, settings=settings, bus=Bus()))
    if smoke_run is not None:
        smoke_run.watch(window)  # from the first paint on; the event loop ends with its verdict
        # the moment the window first painted, for bench/bench_startup.py
        window.first_painted.connect(lambda: print("SMOKE PAINTED", flush=True))
        window.ready.connect(lambda: print("SMOKE READY", flush=True))  # the page on show is built
    preloader = Preloader(window)
    # queued by itself: the preloader emits on its thread, the window lives on this one
    preloader.done.connect(window.release_pages)
    window.hold_pages()
    window.first_painted.connect(preloader.start)
    window.first_painted.connect(lambda: _after_first_paint(window))
    window.show()
    crash = getattr(args, "previous_crash", None)
    if crash is not None and not smoke.enabled():
        QTimer.singleShot(0, lambda: report_previous_crash(crash, window))
    code = app.exec()
    shutdown_runner()
    window.ctx.db.close()
    return code
